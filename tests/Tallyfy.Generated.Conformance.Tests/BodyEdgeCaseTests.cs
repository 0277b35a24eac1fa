using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using Arr = Conformance.BodyArray;
using Cx = Conformance.BodyComplex;
using Dict = Conformance.BodyDictionary;
using Dt = Conformance.BodyDatetime;
using Dur = Conformance.BodyDuration;
using R = Conformance.BodyDatetimeRfc1123;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>
/// The edge cases of body-array, body-dictionary, body-datetime(-rfc1123), body-duration and body-complex: null and
/// mistyped items, empty and null nested collections, RFC 1123 dates, offsets.
/// </summary>
public sealed class BodyEdgeCaseTests : ConformanceTest
{
    private static readonly DateTimeOffset[] Rfc1123 = { new(2000, 12, 1, 0, 0, 1, TimeSpan.Zero), new(1980, 1, 2, 0, 11, 35, TimeSpan.Zero), new(1492, 10, 12, 10, 15, 1, TimeSpan.Zero) };

    private readonly Arr.BodyArrayClient _array;
    private readonly Dict.BodyDictionaryClient _dictionary;

    public BodyEdgeCaseTests(TestServer server)
        : base(server)
    {
        _array = Client((http, uri) => new Arr.BodyArrayClient(http, uri));
        _dictionary = Client((http, uri) => new Dict.BodyDictionaryClient(http, uri));
    }

    private static Dictionary<string, T> Indexed<T>(params T[] values)
    {
        var result = new Dictionary<string, T>();
        for (var i = 0; i < values.Length; i++)
        {
            result[i.ToString(System.Globalization.CultureInfo.InvariantCulture)] = values[i];
        }

        return result;
    }

    [Fact]
    public async Task GetArrayIntegerWithNull() => Assert.NotNull(Assert.IsType<Arr.ArrayGetIntInvalidNullResult.Ok>(await _array.ArrayGetIntInvalidNullAsync()).BodyError);

    [Fact]
    public async Task GetArrayLongWithNull() => Assert.NotNull(Assert.IsType<Arr.ArrayGetLongInvalidNullResult.Ok>(await _array.ArrayGetLongInvalidNullAsync()).BodyError);

    [Fact]
    public async Task GetArrayLongWithString() => Assert.NotNull(Assert.IsType<Arr.ArrayGetLongInvalidStringResult.Ok>(await _array.ArrayGetLongInvalidStringAsync()).BodyError);

    [Fact]
    public async Task GetArrayFloatWithNull() => Assert.NotNull(Assert.IsType<Arr.ArrayGetFloatInvalidNullResult.Ok>(await _array.ArrayGetFloatInvalidNullAsync()).BodyError);

    [Fact]
    public async Task GetArrayFloatWithString() => Assert.NotNull(Assert.IsType<Arr.ArrayGetFloatInvalidStringResult.Ok>(await _array.ArrayGetFloatInvalidStringAsync()).BodyError);

    [Fact]
    public async Task GetArrayDoubleWithNull() => Assert.NotNull(Assert.IsType<Arr.ArrayGetDoubleInvalidNullResult.Ok>(await _array.ArrayGetDoubleInvalidNullAsync()).BodyError);

    [Fact]
    public async Task GetArrayDoubleWithString() => Assert.NotNull(Assert.IsType<Arr.ArrayGetDoubleInvalidStringResult.Ok>(await _array.ArrayGetDoubleInvalidStringAsync()).BodyError);

    [Fact]
    public async Task GetArrayStringWithNumber() => Assert.NotNull(Assert.IsType<Arr.ArrayGetStringWithInvalidResult.Ok>(await _array.ArrayGetStringWithInvalidAsync()).BodyError);

    [Fact]
    public async Task GetArrayDateWithNull() => Assert.NotNull(Assert.IsType<Arr.ArrayGetDateInvalidNullResult.Ok>(await _array.ArrayGetDateInvalidNullAsync()).BodyError);

    [Fact]
    public async Task GetArrayDateTimeWithNull() => Assert.NotNull(Assert.IsType<Arr.ArrayGetDateTimeInvalidNullResult.Ok>(await _array.ArrayGetDateTimeInvalidNullAsync()).BodyError);

    [Fact]
    public async Task GetArrayByteWithNull() => Assert.NotNull(Assert.IsType<Arr.ArrayGetByteInvalidNullResult.Ok>(await _array.ArrayGetByteInvalidNullAsync()).BodyError);

    [Fact]
    public async Task GetArrayDateTimeRfc1123Valid() => Assert.Equal(Rfc1123, Assert.IsType<Arr.ArrayGetDateTimeRfc1123ValidResult.Ok>(await _array.ArrayGetDateTimeRfc1123ValidAsync()).Body);

    [Fact]
    public async Task PutArrayDateTimeRfc1123Valid() => Assert.IsType<Arr.ArrayPutDateTimeRfc1123ValidResult.Ok>(await _array.ArrayPutDateTimeRfc1123ValidAsync(Rfc1123));

    [Fact]
    public async Task GetArrayBase64Url() =>
        Assert.Equal(
            new[] { "a string that gets encoded with base64url", "test string", "Lorem ipsum" },
            Assert.IsType<Arr.ArrayGetBase64UrlResult.Ok>(await _array.ArrayGetBase64UrlAsync()).Body.Select(System.Text.Encoding.UTF8.GetString));

    [Fact]
    public async Task GetArrayComplexNull() => Assert.IsType<Arr.ArrayGetComplexNullResult.Ok>(await _array.ArrayGetComplexNullAsync());

    [Fact]
    public async Task GetArrayComplexItemNull() => Assert.Null(Assert.IsType<Arr.ArrayGetComplexItemNullResult.Ok>(await _array.ArrayGetComplexItemNullAsync()).Body[1]);

    [Fact]
    public async Task GetArrayComplexItemEmpty()
    {
        var body = Assert.IsType<Arr.ArrayGetComplexItemEmptyResult.Ok>(await _array.ArrayGetComplexItemEmptyAsync()).Body;
        Assert.Null(body[1].Integer);
        Assert.Equal(5L, body[2].Integer);
    }

    [Fact]
    public async Task GetArrayArrayNull() => Assert.IsType<Arr.ArrayGetArrayNullResult.Ok>(await _array.ArrayGetArrayNullAsync());

    [Fact]
    public async Task GetArrayArrayItemNull() => Assert.Null(Assert.IsType<Arr.ArrayGetArrayItemNullResult.Ok>(await _array.ArrayGetArrayItemNullAsync()).Body[1]);

    [Fact]
    public async Task GetArrayArrayItemEmpty() => Assert.Empty(Assert.IsType<Arr.ArrayGetArrayItemEmptyResult.Ok>(await _array.ArrayGetArrayItemEmptyAsync()).Body[1]);

    [Fact]
    public async Task GetArrayDictionaryNull() => Assert.IsType<Arr.ArrayGetDictionaryNullResult.Ok>(await _array.ArrayGetDictionaryNullAsync());

    [Fact]
    public async Task GetArrayDictionaryEmpty() => Assert.Empty(Assert.IsType<Arr.ArrayGetDictionaryEmptyResult.Ok>(await _array.ArrayGetDictionaryEmptyAsync()).Body);

    [Fact]
    public async Task GetArrayDictionaryItemNull() => Assert.Null(Assert.IsType<Arr.ArrayGetDictionaryItemNullResult.Ok>(await _array.ArrayGetDictionaryItemNullAsync()).Body[1]);

    [Fact]
    public async Task GetArrayDictionaryItemEmpty() => Assert.Empty(Assert.IsType<Arr.ArrayGetDictionaryItemEmptyResult.Ok>(await _array.ArrayGetDictionaryItemEmptyAsync()).Body[1]);

    [Fact]
    public async Task GetDictionaryNullValue() =>
        Assert.Contains("null", Assert.IsType<Dict.DictionaryGetNullValueResult.Ok>(await _dictionary.DictionaryGetNullValueAsync()).BodyError!.Message, StringComparison.Ordinal);

    [Fact]
    public async Task GetDictionaryKeyEmptyString() => Assert.Equal("val1", Assert.IsType<Dict.DictionaryGetEmptyStringKeyResult.Ok>(await _dictionary.DictionaryGetEmptyStringKeyAsync()).Body[string.Empty]);

    [Fact]
    public async Task GetDictionaryBooleanWithNull() => Assert.NotNull(Assert.IsType<Dict.DictionaryGetBooleanInvalidNullResult.Ok>(await _dictionary.DictionaryGetBooleanInvalidNullAsync()).BodyError);

    [Fact]
    public async Task GetDictionaryBooleanWithString() => Assert.NotNull(Assert.IsType<Dict.DictionaryGetBooleanInvalidStringResult.Ok>(await _dictionary.DictionaryGetBooleanInvalidStringAsync()).BodyError);

    [Fact]
    public async Task GetDictionaryIntegerWithNull() => Assert.NotNull(Assert.IsType<Dict.DictionaryGetIntInvalidNullResult.Ok>(await _dictionary.DictionaryGetIntInvalidNullAsync()).BodyError);

    [Fact]
    public async Task GetDictionaryIntegerWithString() => Assert.NotNull(Assert.IsType<Dict.DictionaryGetIntInvalidStringResult.Ok>(await _dictionary.DictionaryGetIntInvalidStringAsync()).BodyError);

    [Fact]
    public async Task GetDictionaryLongWithNull() => Assert.NotNull(Assert.IsType<Dict.DictionaryGetLongInvalidNullResult.Ok>(await _dictionary.DictionaryGetLongInvalidNullAsync()).BodyError);

    [Fact]
    public async Task GetDictionaryLongWithString() => Assert.NotNull(Assert.IsType<Dict.DictionaryGetLongInvalidStringResult.Ok>(await _dictionary.DictionaryGetLongInvalidStringAsync()).BodyError);

    [Fact]
    public async Task GetDictionaryFloatWithNull() => Assert.NotNull(Assert.IsType<Dict.DictionaryGetFloatInvalidNullResult.Ok>(await _dictionary.DictionaryGetFloatInvalidNullAsync()).BodyError);

    [Fact]
    public async Task GetDictionaryFloatWithString() => Assert.NotNull(Assert.IsType<Dict.DictionaryGetFloatInvalidStringResult.Ok>(await _dictionary.DictionaryGetFloatInvalidStringAsync()).BodyError);

    [Fact]
    public async Task GetDictionaryDoubleWithNull() => Assert.NotNull(Assert.IsType<Dict.DictionaryGetDoubleInvalidNullResult.Ok>(await _dictionary.DictionaryGetDoubleInvalidNullAsync()).BodyError);

    [Fact]
    public async Task GetDictionaryDoubleWithString() => Assert.NotNull(Assert.IsType<Dict.DictionaryGetDoubleInvalidStringResult.Ok>(await _dictionary.DictionaryGetDoubleInvalidStringAsync()).BodyError);

    [Fact]
    public async Task GetDictionaryStringWithNull() =>
        Assert.Contains("null", Assert.IsType<Dict.DictionaryGetStringWithNullResult.Ok>(await _dictionary.DictionaryGetStringWithNullAsync()).BodyError!.Message, StringComparison.Ordinal);

    [Fact]
    public async Task GetDictionaryStringWithNumber() => Assert.NotNull(Assert.IsType<Dict.DictionaryGetStringWithInvalidResult.Ok>(await _dictionary.DictionaryGetStringWithInvalidAsync()).BodyError);

    [Fact]
    public async Task GetDictionaryDateWithNull() => Assert.NotNull(Assert.IsType<Dict.DictionaryGetDateInvalidNullResult.Ok>(await _dictionary.DictionaryGetDateInvalidNullAsync()).BodyError);

    [Fact]
    public async Task GetDictionaryDateWithInvalidChars() => Assert.NotNull(Assert.IsType<Dict.DictionaryGetDateInvalidCharsResult.Ok>(await _dictionary.DictionaryGetDateInvalidCharsAsync()).BodyError);

    [Fact]
    public async Task GetDictionaryDateTimeWithNull() => Assert.NotNull(Assert.IsType<Dict.DictionaryGetDateTimeInvalidNullResult.Ok>(await _dictionary.DictionaryGetDateTimeInvalidNullAsync()).BodyError);

    [Fact]
    public async Task GetDictionaryDateTimeWithInvalidChars() =>
        Assert.NotNull(Assert.IsType<Dict.DictionaryGetDateTimeInvalidCharsResult.Ok>(await _dictionary.DictionaryGetDateTimeInvalidCharsAsync()).BodyError);

    [Fact]
    public async Task GetDictionaryByteWithNull() => Assert.NotNull(Assert.IsType<Dict.DictionaryGetByteInvalidNullResult.Ok>(await _dictionary.DictionaryGetByteInvalidNullAsync()).BodyError);

    [Fact]
    public async Task GetDictionaryDateTimeRfc1123Valid() =>
        Assert.Equal(Indexed(Rfc1123), Assert.IsType<Dict.DictionaryGetDateTimeRfc1123ValidResult.Ok>(await _dictionary.DictionaryGetDateTimeRfc1123ValidAsync()).Body);

    [Fact]
    public async Task PutDictionaryDateTimeRfc1123Valid() => Assert.IsType<Dict.DictionaryPutDateTimeRfc1123ValidResult.Ok>(await _dictionary.DictionaryPutDateTimeRfc1123ValidAsync(Indexed(Rfc1123)));

    [Fact]
    public async Task GetDictionaryBase64Url() =>
        Assert.Equal("test string", System.Text.Encoding.UTF8.GetString(Assert.IsType<Dict.DictionaryGetBase64UrlResult.Ok>(await _dictionary.DictionaryGetBase64UrlAsync()).Body["1"]));

    [Fact]
    public async Task GetDictionaryComplexNull() => Assert.IsType<Dict.DictionaryGetComplexNullResult.Ok>(await _dictionary.DictionaryGetComplexNullAsync());

    [Fact]
    public async Task GetDictionaryComplexEmpty() => Assert.Empty(Assert.IsType<Dict.DictionaryGetComplexEmptyResult.Ok>(await _dictionary.DictionaryGetComplexEmptyAsync()).Body);

    [Fact]
    public async Task GetDictionaryComplexItemNull() => Assert.Null(Assert.IsType<Dict.DictionaryGetComplexItemNullResult.Ok>(await _dictionary.DictionaryGetComplexItemNullAsync()).Body["1"]);

    [Fact]
    public async Task GetDictionaryComplexItemEmpty() => Assert.Null(Assert.IsType<Dict.DictionaryGetComplexItemEmptyResult.Ok>(await _dictionary.DictionaryGetComplexItemEmptyAsync()).Body["1"].Integer);

    [Fact]
    public async Task GetDictionaryArrayNull() => Assert.IsType<Dict.DictionaryGetArrayNullResult.Ok>(await _dictionary.DictionaryGetArrayNullAsync());

    [Fact]
    public async Task GetDictionaryArrayEmpty() => Assert.Empty(Assert.IsType<Dict.DictionaryGetArrayEmptyResult.Ok>(await _dictionary.DictionaryGetArrayEmptyAsync()).Body);

    [Fact]
    public async Task GetDictionaryArrayItemNull() => Assert.Null(Assert.IsType<Dict.DictionaryGetArrayItemNullResult.Ok>(await _dictionary.DictionaryGetArrayItemNullAsync()).Body["1"]);

    [Fact]
    public async Task GetDictionaryArrayItemEmpty() => Assert.Empty(Assert.IsType<Dict.DictionaryGetArrayItemEmptyResult.Ok>(await _dictionary.DictionaryGetArrayItemEmptyAsync()).Body["1"]);

    [Fact]
    public async Task GetDictionaryDictionaryNull() => Assert.IsType<Dict.DictionaryGetDictionaryNullResult.Ok>(await _dictionary.DictionaryGetDictionaryNullAsync());

    [Fact]
    public async Task GetDictionaryDictionaryEmpty() => Assert.Empty(Assert.IsType<Dict.DictionaryGetDictionaryEmptyResult.Ok>(await _dictionary.DictionaryGetDictionaryEmptyAsync()).Body);

    [Fact]
    public async Task GetDictionaryDictionaryItemNull() => Assert.Null(Assert.IsType<Dict.DictionaryGetDictionaryItemNullResult.Ok>(await _dictionary.DictionaryGetDictionaryItemNullAsync()).Body["1"]);

    [Fact]
    public async Task GetDictionaryDictionaryItemEmpty() => Assert.Empty(Assert.IsType<Dict.DictionaryGetDictionaryItemEmptyResult.Ok>(await _dictionary.DictionaryGetDictionaryItemEmptyAsync()).Body["1"]);

    [Fact]
    public async Task GetDateTimeMaxLocalNegativeOffsetUppercase() =>
        // 9999-12-31T23:59:59.999-14:00 is past DateTimeOffset.MaxValue in UTC: the body is reported unreadable, not thrown.
        Assert.NotNull(Assert.IsType<Dt.DatetimeGetLocalNegativeOffsetUppercaseMaxDateTimeResult.Ok>(await Client((h, u) => new Dt.BodyDatetimeClient(h, u)).DatetimeGetLocalNegativeOffsetUppercaseMaxDateTimeAsync()).BodyError);

    [Fact]
    public async Task GetDateTimeMaxLocalNegativeOffsetLowercase() =>
        // 9999-12-31T23:59:59.999-14:00 is past DateTimeOffset.MaxValue in UTC: the body is reported unreadable, not thrown.
        Assert.NotNull(Assert.IsType<Dt.DatetimeGetLocalNegativeOffsetLowercaseMaxDateTimeResult.Ok>(await Client((h, u) => new Dt.BodyDatetimeClient(h, u)).DatetimeGetLocalNegativeOffsetLowercaseMaxDateTimeAsync()).BodyError);

    [Fact]
    public async Task GetDateTimeMaxLocalPositiveOffsetLowercase() =>
        Assert.Equal(
            new DateTimeOffset(9999, 12, 31, 23, 59, 59, 999, TimeSpan.FromHours(14)),
            Assert.IsType<Dt.DatetimeGetLocalPositiveOffsetLowercaseMaxDateTimeResult.Ok>(await Client((h, u) => new Dt.BodyDatetimeClient(h, u)).DatetimeGetLocalPositiveOffsetLowercaseMaxDateTimeAsync()).Body);

    [Fact]
    public async Task GetDateTimeMinLocalNoOffset() =>
        Assert.Equal(
            new DateTime(1, 1, 1, 0, 0, 0),
            Assert.IsType<Dt.DatetimeGetLocalNoOffsetMinDateTimeResult.Ok>(await Client((h, u) => new Dt.BodyDatetimeClient(h, u)).DatetimeGetLocalNoOffsetMinDateTimeAsync()).Body.DateTime);

    [Fact]
    public async Task GetDateTimeRfc1123MaxUtcLowercase() =>
        Assert.Equal(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero), Assert.IsType<R.Datetimerfc1123GetUtcLowercaseMaxDateTimeResult.Ok>(await Client((h, u) => new R.BodyDatetimeRfc1123Client(h, u)).Datetimerfc1123GetUtcLowercaseMaxDateTimeAsync()).Body);

    [Fact]
    public async Task GetDateTimeRfc1123MinUtc() =>
        Assert.Equal("Mon, 01 Jan 0001 00:00:00 GMT", Assert.IsType<R.Datetimerfc1123GetUtcMinDateTimeResult.Ok>(await Client((h, u) => new R.BodyDatetimeRfc1123Client(h, u)).Datetimerfc1123GetUtcMinDateTimeAsync()).Body);

    [Fact]
    public async Task GetDateTimeRfc1123Invalid() =>
        Assert.NotNull(Assert.IsType<R.Datetimerfc1123GetInvalidResult.Ok>(await Client((h, u) => new R.BodyDatetimeRfc1123Client(h, u)).Datetimerfc1123GetInvalidAsync()).BodyError);

    [Fact]
    public async Task GetDateTimeRfc1123Overflow() =>
        Assert.NotNull(Assert.IsType<R.Datetimerfc1123GetOverflowResult.Ok>(await Client((h, u) => new R.BodyDatetimeRfc1123Client(h, u)).Datetimerfc1123GetOverflowAsync()).BodyError);

    [Fact]
    public async Task GetDateTimeRfc1123Underflow() =>
        Assert.NotNull(Assert.IsType<R.Datetimerfc1123GetUnderflowResult.Ok>(await Client((h, u) => new R.BodyDatetimeRfc1123Client(h, u)).Datetimerfc1123GetUnderflowAsync()).BodyError);

    [Fact]
    public async Task GetDurationInvalid() =>
        Assert.NotNull(Assert.IsType<Dur.DurationGetInvalidResult.Ok>(await Client((h, u) => new Dur.BodyDurationClient(h, u)).DurationGetInvalidAsync()).BodyError);

    [Fact]
    public async Task GetComplexPrimitiveDateTimeRfc1123()
    {
        var body = Assert.IsType<Cx.PrimitiveGetDateTimeRfc1123Result.Ok>(await Client((h, u) => new Cx.BodyComplexClient(h, u)).PrimitiveGetDateTimeRfc1123Async()).Body;
        Assert.Equal(DateTimeOffset.MinValue, body.Field);
        Assert.Equal(new DateTimeOffset(2015, 5, 18, 11, 38, 0, TimeSpan.Zero), body.Now);
    }

    [Fact]
    public async Task PutComplexPrimitiveDateTimeRfc1123() =>
        Assert.IsType<Cx.PrimitivePutDateTimeRfc1123Result.Ok>(await Client((h, u) => new Cx.BodyComplexClient(h, u))
            .PrimitivePutDateTimeRfc1123Async(new Cx.Datetimerfc1123Wrapper { Field = DateTimeOffset.MinValue, Now = new DateTimeOffset(2015, 5, 18, 11, 38, 0, TimeSpan.Zero) }));

    [Fact]
    public async Task GetComposedWithDiscriminator() =>
        Assert.NotNull(Assert.IsType<Cx.PolymorphismGetComposedWithDiscriminatorResult.Ok>(await Client((h, u) => new Cx.BodyComplexClient(h, u)).PolymorphismGetComposedWithDiscriminatorAsync()).Body.SampleSalmon);

    [Fact]
    public async Task GetComposedWithoutDiscriminator()
    {
        var market = Assert.IsType<Cx.PolymorphismGetComposedWithoutDiscriminatorResult.Ok>(await Client((h, u) => new Cx.BodyComplexClient(h, u)).PolymorphismGetComposedWithoutDiscriminatorAsync()).Body;
        Assert.Equal("sweden", market.SampleSalmon!.Location);
        // A DotFish without its discriminator is the base's Unknown case, its other members kept.
        var fish = Assert.IsType<Cx.DotFish.Unknown>(market.SampleFish);
        Assert.Equal("australia", fish.AdditionalProperties!["location"].GetString());
    }
}
