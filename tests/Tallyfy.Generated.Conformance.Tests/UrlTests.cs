using System;
using System.Text;
using System.Threading.Tasks;
using Conformance.Url;
using Xunit;
using Multi = Conformance.UrlMultiCollectionFormat;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>url.json and url-multi-collectionFormat.json: values in the path and the query, encoded as the server expects.</summary>
public sealed class UrlTests : ConformanceTest
{
    /// <summary>
    /// The scenario's unicode string as the spec spells it (with CJK compatibility ideographs, which must not be normalized):
    /// the enum of <c>/paths/string/unicode/{stringPath}</c>, the fourth string path enum in the ordinal order of the paths.
    /// </summary>
    private static readonly string Unicode = StringPath4.KnownValues[0].Value;
    private const string Reserved = "begin!*'();:@ &=+$,/?#[]end";

    private readonly UrlClient _client;
    private readonly Multi.UrlMultiCollectionFormatClient _multi;

    public UrlTests(TestServer server)
        : base(server)
    {
        _client = Client((http, uri) => new UrlClient(http, uri));
        _multi = Client((http, uri) => new Multi.UrlMultiCollectionFormatClient(http, uri));
    }

    [Fact]
    public async Task UrlPathsBoolTrue() => Assert.IsType<PathsGetBooleanTrueResult.Ok>(await _client.PathsGetBooleanTrueAsync(true));

    [Fact]
    public async Task UrlPathsBoolFalse() => Assert.IsType<PathsGetBooleanFalseResult.Ok>(await _client.PathsGetBooleanFalseAsync(false));

    [Fact]
    public async Task UrlPathsIntPositive() => Assert.IsType<PathsGetIntOneMillionResult.Ok>(await _client.PathsGetIntOneMillionAsync(IntPath2.Value1000000));

    [Fact]
    public async Task UrlPathsIntNegative() => Assert.IsType<PathsGetIntNegativeOneMillionResult.Ok>(await _client.PathsGetIntNegativeOneMillionAsync(IntPath.ValueMinus1000000));

    [Fact]
    public async Task UrlPathsLongPositive() => Assert.IsType<PathsGetTenBillionResult.Ok>(await _client.PathsGetTenBillionAsync(LongPath2.Value10000000000));

    [Fact]
    public async Task UrlPathsLongNegative() => Assert.IsType<PathsGetNegativeTenBillionResult.Ok>(await _client.PathsGetNegativeTenBillionAsync(LongPath.ValueMinus10000000000));

    [Fact]
    public async Task UrlPathsFloatPositive() => Assert.IsType<PathsFloatScientificPositiveResult.Ok>(await _client.PathsFloatScientificPositiveAsync(1.034E+20));

    [Fact]
    public async Task UrlPathsFloatNegative() => Assert.IsType<PathsFloatScientificNegativeResult.Ok>(await _client.PathsFloatScientificNegativeAsync(-1.034E-20));

    [Fact]
    public async Task UrlPathsDoublePositive() => Assert.IsType<PathsDoubleDecimalPositiveResult.Ok>(await _client.PathsDoubleDecimalPositiveAsync(9999999.999));

    [Fact]
    public async Task UrlPathsDoubleNegative() => Assert.IsType<PathsDoubleDecimalNegativeResult.Ok>(await _client.PathsDoubleDecimalNegativeAsync(-9999999.999));

    [Fact]
    public async Task UrlPathsStringUnicode() => Assert.IsType<PathsStringUnicodeResult.Ok>(await _client.PathsStringUnicodeAsync(Unicode));

    [Fact]
    public async Task UrlPathsStringUrlEncoded() => Assert.IsType<PathsStringUrlEncodedResult.Ok>(await _client.PathsStringUrlEncodedAsync(Reserved));

    [Fact]
    public async Task UrlPathsStringUrlNonEncoded() => Assert.IsType<PathsStringUrlNonEncodedResult.Ok>(await _client.PathsStringUrlNonEncodedAsync("begin!*'();:@&=+$,end"));

    [Fact]
    public async Task UrlPathsStringEmpty() => Assert.IsType<PathsStringEmptyResult.Ok>(await _client.PathsStringEmptyAsync(string.Empty));

    [Fact]
    public async Task UrlPathsStringNullIsRejectedBeforeSending() => await Assert.ThrowsAnyAsync<ArgumentException>(() => _client.PathsStringNullAsync(null!));

    [Fact]
    public async Task UrlPathsEnumValid() => Assert.IsType<PathsEnumValidResult.Ok>(await _client.PathsEnumValidAsync(EnumPath.GreenColor));

    [Fact]
    public async Task UrlPathsByteMultiByte() => Assert.IsType<PathsByteMultiByteResult.Ok>(await _client.PathsByteMultiByteAsync(Encoding.UTF8.GetBytes(Unicode)));

    [Fact]
    public async Task UrlPathsByteEmpty() => Assert.IsType<PathsByteEmptyResult.Ok>(await _client.PathsByteEmptyAsync(BytePath.Value2));

    [Fact]
    public async Task UrlPathsDateValid() => Assert.IsType<PathsDateValidResult.Ok>(await _client.PathsDateValidAsync(DatePath.Value20120101));

    [Fact]
    public async Task UrlPathsDateTimeValid() => Assert.IsType<PathsDateTimeValidResult.Ok>(await _client.PathsDateTimeValidAsync(DateTimePath.Value20120101T010101Z));

    [Fact]
    public async Task UrlPathsBase64Url() => Assert.IsType<PathsBase64UrlResult.Ok>(await _client.PathsBase64UrlAsync(System.Text.Encoding.UTF8.GetBytes("lorem")));

    [Fact]
    public async Task UrlPathsArrayCSVInPath() =>
        Assert.IsType<PathsArrayCsvInPathResult.Ok>(await _client.PathsArrayCsvInPathAsync(new[] { "ArrayPath1", Reserved, string.Empty, string.Empty }));

    [Fact]
    public async Task UrlPathsIntUnixTime() => Assert.IsType<PathsUnixTimeUrlResult.Ok>(await _client.PathsUnixTimeUrlAsync(1460505600L));

    [Fact]
    public async Task UrlQueriesBoolTrue() => Assert.IsType<QueriesGetBooleanTrueResult.Ok>(await _client.QueriesGetBooleanTrueAsync(true));

    [Fact]
    public async Task UrlQueriesBoolFalse() => Assert.IsType<QueriesGetBooleanFalseResult.Ok>(await _client.QueriesGetBooleanFalseAsync(false));

    [Fact]
    public async Task UrlQueriesBoolNull() => Assert.IsType<QueriesGetBooleanNullResult.Ok>(await _client.QueriesGetBooleanNullAsync(null));

    [Fact]
    public async Task UrlQueriesIntPositive() => Assert.IsType<QueriesGetIntOneMillionResult.Ok>(await _client.QueriesGetIntOneMillionAsync(IntQuery2.Value1000000));

    [Fact]
    public async Task UrlQueriesIntNegative() => Assert.IsType<QueriesGetIntNegativeOneMillionResult.Ok>(await _client.QueriesGetIntNegativeOneMillionAsync(IntQuery.ValueMinus1000000));

    [Fact]
    public async Task UrlQueriesIntNull() => Assert.IsType<QueriesGetIntNullResult.Ok>(await _client.QueriesGetIntNullAsync(null));

    [Fact]
    public async Task UrlQueriesLongPositive() => Assert.IsType<QueriesGetTenBillionResult.Ok>(await _client.QueriesGetTenBillionAsync(LongQuery2.Value10000000000));

    [Fact]
    public async Task UrlQueriesLongNegative() => Assert.IsType<QueriesGetNegativeTenBillionResult.Ok>(await _client.QueriesGetNegativeTenBillionAsync(LongQuery.ValueMinus10000000000));

    [Fact]
    public async Task UrlQueriesLongNull() => Assert.IsType<QueriesGetLongNullResult.Ok>(await _client.QueriesGetLongNullAsync(null));

    [Fact]
    public async Task UrlQueriesFloatPositive() => Assert.IsType<QueriesFloatScientificPositiveResult.Ok>(await _client.QueriesFloatScientificPositiveAsync(1.034E+20));

    [Fact]
    public async Task UrlQueriesFloatNegative() => Assert.IsType<QueriesFloatScientificNegativeResult.Ok>(await _client.QueriesFloatScientificNegativeAsync(-1.034E-20));

    [Fact]
    public async Task UrlQueriesFloatNull() => Assert.IsType<QueriesFloatNullResult.Ok>(await _client.QueriesFloatNullAsync(null));

    [Fact]
    public async Task UrlQueriesDoublePositive() => Assert.IsType<QueriesDoubleDecimalPositiveResult.Ok>(await _client.QueriesDoubleDecimalPositiveAsync(9999999.999));

    [Fact]
    public async Task UrlQueriesDoubleNegative() => Assert.IsType<QueriesDoubleDecimalNegativeResult.Ok>(await _client.QueriesDoubleDecimalNegativeAsync(-9999999.999));

    [Fact]
    public async Task UrlQueriesDoubleNull() => Assert.IsType<QueriesDoubleNullResult.Ok>(await _client.QueriesDoubleNullAsync(null));

    [Fact]
    public async Task UrlQueriesStringUnicode() => Assert.IsType<QueriesStringUnicodeResult.Ok>(await _client.QueriesStringUnicodeAsync(Unicode));

    [Fact]
    public async Task UrlQueriesStringUrlEncoded() => Assert.IsType<QueriesStringUrlEncodedResult.Ok>(await _client.QueriesStringUrlEncodedAsync(Reserved));

    [Fact]
    public async Task UrlQueriesStringEmpty() => Assert.IsType<QueriesStringEmptyResult.Ok>(await _client.QueriesStringEmptyAsync(string.Empty));

    [Fact]
    public async Task UrlQueriesStringNull() => Assert.IsType<QueriesStringNullResult.Ok>(await _client.QueriesStringNullAsync(null));

    [Fact]
    public async Task UrlQueriesEnumValid() => Assert.IsType<QueriesEnumValidResult.Ok>(await _client.QueriesEnumValidAsync(EnumQuery.GreenColor));

    [Fact]
    public async Task UrlQueriesEnumNull() => Assert.IsType<QueriesEnumNullResult.Ok>(await _client.QueriesEnumNullAsync(null));

    [Fact]
    public async Task UrlQueriesByteMultiByte() => Assert.IsType<QueriesByteMultiByteResult.Ok>(await _client.QueriesByteMultiByteAsync(Encoding.UTF8.GetBytes(Unicode)));

    [Fact]
    public async Task UrlQueriesByteEmpty() => Assert.IsType<QueriesByteEmptyResult.Ok>(await _client.QueriesByteEmptyAsync(ByteQuery.Value2));

    [Fact]
    public async Task UrlQueriesByteNull() => Assert.IsType<QueriesByteNullResult.Ok>(await _client.QueriesByteNullAsync(null));

    [Fact]
    public async Task UrlQueriesDateValid() => Assert.IsType<QueriesDateValidResult.Ok>(await _client.QueriesDateValidAsync(DateQuery.Value20120101));

    [Fact]
    public async Task UrlQueriesDateNull() => Assert.IsType<QueriesDateNullResult.Ok>(await _client.QueriesDateNullAsync(null));

    [Fact]
    public async Task UrlQueriesDateTimeValid() => Assert.IsType<QueriesDateTimeValidResult.Ok>(await _client.QueriesDateTimeValidAsync(DateTimeQuery.Value20120101T010101Z));

    [Fact]
    public async Task UrlQueriesDateTimeNull() => Assert.IsType<QueriesDateTimeNullResult.Ok>(await _client.QueriesDateTimeNullAsync(null));

    [Fact]
    public async Task UrlQueriesArrayCsvValid() =>
        Assert.IsType<QueriesArrayStringCsvValidResult.Ok>(await _client.QueriesArrayStringCsvValidAsync(new[] { "ArrayQuery1", Reserved, string.Empty, string.Empty }));

    [Fact]
    public async Task UrlQueriesArrayCsvNull() => Assert.IsType<QueriesArrayStringCsvNullResult.Ok>(await _client.QueriesArrayStringCsvNullAsync(null));

    [Fact]
    public async Task UrlQueriesArrayCsvEmpty() => Assert.IsType<QueriesArrayStringCsvEmptyResult.Ok>(await _client.QueriesArrayStringCsvEmptyAsync(Array.Empty<string>()));

    [Fact]
    public async Task UrlQueriesArrayNoCollectionFormatValid() =>
        Assert.IsType<QueriesArrayStringNoCollectionFormatEmptyResult.Ok>(await _client.QueriesArrayStringNoCollectionFormatEmptyAsync(new[] { "hello", "nihao", "bonjour" }));

    [Fact]
    public async Task UrlQueriesArraySsvValid() =>
        Assert.IsType<QueriesArrayStringSsvValidResult.Ok>(await _client.QueriesArrayStringSsvValidAsync(new[] { "ArrayQuery1", Reserved, string.Empty, string.Empty }));

    [Fact]
    public async Task UrlQueriesArrayTsvValid() =>
        Assert.IsType<QueriesArrayStringTsvValidResult.Ok>(await _client.QueriesArrayStringTsvValidAsync(new[] { "ArrayQuery1", Reserved, string.Empty, string.Empty }));

    [Fact]
    public async Task UrlQueriesArrayPipesValid() =>
        Assert.IsType<QueriesArrayStringPipesValidResult.Ok>(await _client.QueriesArrayStringPipesValidAsync(new[] { "ArrayQuery1", Reserved, string.Empty, string.Empty }));

    [Fact]
    public async Task UrlPathItemGetAll() =>
        Assert.IsType<PathItemsGetAllWithValuesResult.Ok>(await _client.PathItemsGetAllWithValuesAsync("pathItemStringPath", "globalStringPath", "localStringPath", "pathItemStringQuery", "globalStringQuery", "localStringQuery"));

    [Fact]
    public async Task UrlPathItemGetGlobalNull() =>
        Assert.IsType<PathItemsGetGlobalQueryNullResult.Ok>(await _client.PathItemsGetGlobalQueryNullAsync("pathItemStringPath", "globalStringPath", "localStringPath", "pathItemStringQuery", null, "localStringQuery"));

    [Fact]
    public async Task UrlPathItemGetGlobalAndLocalNull() =>
        Assert.IsType<PathItemsGetGlobalAndLocalQueryNullResult.Ok>(await _client.PathItemsGetGlobalAndLocalQueryNullAsync("pathItemStringPath", "globalStringPath", "localStringPath", "pathItemStringQuery", null, null));

    [Fact]
    public async Task UrlPathItemGetPathItemAndLocalNull() =>
        Assert.IsType<PathItemsGetLocalPathItemQueryNullResult.Ok>(await _client.PathItemsGetLocalPathItemQueryNullAsync("pathItemStringPath", "globalStringPath", "localStringPath", null, "globalStringQuery", null));

    [Fact]
    public async Task UrlQueriesArrayMultiNull() => Assert.IsType<Multi.QueriesArrayStringMultiNullResult.Ok>(await _multi.QueriesArrayStringMultiNullAsync(null));

    [Fact]
    public async Task UrlQueriesArrayMultiEmpty() => Assert.IsType<Multi.QueriesArrayStringMultiEmptyResult.Ok>(await _multi.QueriesArrayStringMultiEmptyAsync(Array.Empty<string>()));

    [Fact]
    public async Task UrlQueriesArrayMultiValid() =>
        Assert.IsType<Multi.QueriesArrayStringMultiValidResult.Ok>(await _multi.QueriesArrayStringMultiValidAsync(new[] { "ArrayQuery1", Reserved, string.Empty, string.Empty }));
}
