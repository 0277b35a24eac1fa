using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;
using Arr = Conformance.BodyArray;
using Dict = Conformance.BodyDictionary;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>body-array.json and body-dictionary.json: arrays and dictionaries of every item type as whole bodies.</summary>
public sealed class BodyCollectionTests : ConformanceTest
{
    private static readonly Guid[] Uuids =
    {
        Guid.Parse("6dcc7237-45fe-45c4-8a6b-3a8a3f625652"), Guid.Parse("d1399005-30f7-40d6-8da6-dd7c89ad34db"), Guid.Parse("f42f6aa1-a5bc-4ddf-907e-5f915de43205"),
    };

    private static readonly DateOnly[] Dates = { new(2000, 12, 1), new(1980, 1, 2), new(1492, 10, 12) };

    private static readonly DateTimeOffset[] DateTimes =
    {
        new(2000, 12, 1, 0, 0, 1, TimeSpan.Zero), new(1980, 1, 2, 0, 11, 35, TimeSpan.Zero), new(1492, 10, 12, 10, 15, 1, TimeSpan.Zero),
    };

    /// <summary>What the server answers for the valid date-time array: the same instants as <see cref="DateTimes"/> spelled with offsets.</summary>
    private static readonly DateTimeOffset[] DateTimesWithOffsets =
    {
        new(2000, 12, 1, 0, 0, 1, TimeSpan.Zero), new(1980, 1, 2, 0, 11, 35, TimeSpan.FromHours(1)), new(1492, 10, 12, 10, 15, 1, TimeSpan.FromHours(-8)),
    };

    private static readonly byte[][] ByteArrays = { new byte[] { 0xFF, 0xFF, 0xFF, 0xFA }, new byte[] { 0x01, 0x02, 0x03 }, new byte[] { 0x25, 0x29, 0x43 } };

    private readonly Arr.BodyArrayClient _array;
    private readonly Dict.BodyDictionaryClient _dictionary;

    public BodyCollectionTests(TestServer server)
        : base(server)
    {
        _array = Client((http, uri) => new Arr.BodyArrayClient(http, uri));
        _dictionary = Client((http, uri) => new Dict.BodyDictionaryClient(http, uri));
    }

    private static Dictionary<string, T> Indexed<T>(params T[] values) => values.Select((value, i) => (value, i)).ToDictionary(p => p.i.ToString(System.Globalization.CultureInfo.InvariantCulture), p => p.value);

    [Fact]
    public async Task GetArrayNull() => Assert.IsType<Arr.ArrayGetNullResult.Ok>(await _array.ArrayGetNullAsync());

    [Fact]
    public async Task GetArrayInvalid() => Assert.NotNull(Assert.IsType<Arr.ArrayGetInvalidResult.Ok>(await _array.ArrayGetInvalidAsync()).BodyError);

    [Fact]
    public async Task GetArrayEmpty() => Assert.Empty(Assert.IsType<Arr.ArrayGetEmptyResult.Ok>(await _array.ArrayGetEmptyAsync()).Body);

    [Fact]
    public async Task PutArrayEmpty() => Assert.IsType<Arr.ArrayPutEmptyResult.Ok>(await _array.ArrayPutEmptyAsync(Array.Empty<string>()));

    [Fact]
    public async Task GetArrayBooleanValid() => Assert.Equal(new[] { true, false, false, true }, Assert.IsType<Arr.ArrayGetBooleanTfftResult.Ok>(await _array.ArrayGetBooleanTfftAsync()).Body);

    [Fact]
    public async Task PutArrayBooleanValid() => Assert.IsType<Arr.ArrayPutBooleanTfftResult.Ok>(await _array.ArrayPutBooleanTfftAsync(new[] { true, false, false, true }));

    [Fact]
    public async Task GetArrayBooleanWithNull() => Assert.NotNull(Assert.IsType<Arr.ArrayGetBooleanInvalidNullResult.Ok>(await _array.ArrayGetBooleanInvalidNullAsync()).BodyError);

    [Fact]
    public async Task GetArrayBooleanWithString() => Assert.NotNull(Assert.IsType<Arr.ArrayGetBooleanInvalidStringResult.Ok>(await _array.ArrayGetBooleanInvalidStringAsync()).BodyError);

    [Fact]
    public async Task GetArrayIntegerValid() => Assert.Equal(new long[] { 1, -1, 3, 300 }, Assert.IsType<Arr.ArrayGetIntegerValidResult.Ok>(await _array.ArrayGetIntegerValidAsync()).Body);

    [Fact]
    public async Task PutArrayIntegerValid() => Assert.IsType<Arr.ArrayPutIntegerValidResult.Ok>(await _array.ArrayPutIntegerValidAsync(new long[] { 1, -1, 3, 300 }));

    [Fact]
    public async Task GetArrayIntegerWithString() => Assert.NotNull(Assert.IsType<Arr.ArrayGetIntInvalidStringResult.Ok>(await _array.ArrayGetIntInvalidStringAsync()).BodyError);

    [Fact]
    public async Task GetArrayLongValid() => Assert.Equal(new long[] { 1, -1, 3, 300 }, Assert.IsType<Arr.ArrayGetLongValidResult.Ok>(await _array.ArrayGetLongValidAsync()).Body);

    [Fact]
    public async Task PutArrayLongValid() => Assert.IsType<Arr.ArrayPutLongValidResult.Ok>(await _array.ArrayPutLongValidAsync(new long[] { 1, -1, 3, 300 }));

    [Fact]
    public async Task GetArrayFloatValid() => Assert.Equal(new[] { 0f, -0.01f, -1.2e20f }, Assert.IsType<Arr.ArrayGetFloatValidResult.Ok>(await _array.ArrayGetFloatValidAsync()).Body);

    [Fact]
    public async Task PutArrayFloatValid() => Assert.IsType<Arr.ArrayPutFloatValidResult.Ok>(await _array.ArrayPutFloatValidAsync(new[] { 0f, -0.01f, -1.2e20f }));

    [Fact]
    public async Task GetArrayDoubleValid() => Assert.Equal(new[] { 0d, -0.01, -1.2e20 }, Assert.IsType<Arr.ArrayGetDoubleValidResult.Ok>(await _array.ArrayGetDoubleValidAsync()).Body);

    [Fact]
    public async Task PutArrayDoubleValid() => Assert.IsType<Arr.ArrayPutDoubleValidResult.Ok>(await _array.ArrayPutDoubleValidAsync(new[] { 0d, -0.01, -1.2e20 }));

    [Fact]
    public async Task GetArrayStringValid() => Assert.Equal(new[] { "foo1", "foo2", "foo3" }, Assert.IsType<Arr.ArrayGetStringValidResult.Ok>(await _array.ArrayGetStringValidAsync()).Body);

    [Fact]
    public async Task PutArrayStringValid() => Assert.IsType<Arr.ArrayPutStringValidResult.Ok>(await _array.ArrayPutStringValidAsync(new[] { "foo1", "foo2", "foo3" }));

    [Fact]
    public async Task GetArrayEnumValid() =>
        Assert.Equal(new[] { "foo1", "foo2", "foo3" }, Assert.IsType<Arr.ArrayGetEnumValidResult.Ok>(await _array.ArrayGetEnumValidAsync()).Body.Select(item => item.Value));

    [Fact]
    public async Task PutArrayEnumValid() =>
        Assert.IsType<Arr.ArrayPutEnumValidResult.Ok>(await _array.ArrayPutEnumValidAsync(new Arr.ArrayPutEnumValidRequestItem[] { "foo1", "foo2", "foo3" }));

    [Fact]
    public async Task GetArrayStringEnumValid() =>
        Assert.Equal(new[] { "foo1", "foo2", "foo3" }, Assert.IsType<Arr.ArrayGetStringEnumValidResult.Ok>(await _array.ArrayGetStringEnumValidAsync()).Body.Select(item => item.Value));

    [Fact]
    public async Task PutArrayStringEnumValid() =>
        Assert.IsType<Arr.ArrayPutStringEnumValidResult.Ok>(await _array.ArrayPutStringEnumValidAsync(new Arr.ArrayPutStringEnumValidRequestItem[] { "foo1", "foo2", "foo3" }));

    [Fact]
    public async Task GetArrayStringWithNull() => Assert.Equal<string?>(new[] { "foo", null, "foo2" }, Assert.IsType<Arr.ArrayGetStringWithNullResult.Ok>(await _array.ArrayGetStringWithNullAsync()).Body);

    [Fact]
    public async Task GetArrayUuidValid() => Assert.Equal(Uuids, Assert.IsType<Arr.ArrayGetUuidValidResult.Ok>(await _array.ArrayGetUuidValidAsync()).Body);

    [Fact]
    public async Task PutArrayUuidValid() => Assert.IsType<Arr.ArrayPutUuidValidResult.Ok>(await _array.ArrayPutUuidValidAsync(Uuids));

    [Fact]
    public async Task GetArrayUuidWithInvalidChars() => Assert.NotNull(Assert.IsType<Arr.ArrayGetUuidInvalidCharsResult.Ok>(await _array.ArrayGetUuidInvalidCharsAsync()).BodyError);

    [Fact]
    public async Task GetArrayDateValid() => Assert.Equal(Dates, Assert.IsType<Arr.ArrayGetDateValidResult.Ok>(await _array.ArrayGetDateValidAsync()).Body);

    [Fact]
    public async Task PutArrayDateValid() => Assert.IsType<Arr.ArrayPutDateValidResult.Ok>(await _array.ArrayPutDateValidAsync(Dates));

    [Fact]
    public async Task GetArrayDateWithInvalidChars() => Assert.NotNull(Assert.IsType<Arr.ArrayGetDateInvalidCharsResult.Ok>(await _array.ArrayGetDateInvalidCharsAsync()).BodyError);

    [Fact]
    public async Task GetArrayDateTimeValid() => Assert.Equal(DateTimesWithOffsets, Assert.IsType<Arr.ArrayGetDateTimeValidResult.Ok>(await _array.ArrayGetDateTimeValidAsync()).Body);

    [Fact]
    public async Task PutArrayDateTimeValid() => Assert.IsType<Arr.ArrayPutDateTimeValidResult.Ok>(await _array.ArrayPutDateTimeValidAsync(DateTimes));

    [Fact]
    public async Task GetArrayDateTimeWithInvalidChars() =>
        Assert.NotNull(Assert.IsType<Arr.ArrayGetDateTimeInvalidCharsResult.Ok>(await _array.ArrayGetDateTimeInvalidCharsAsync()).BodyError);

    [Fact]
    public async Task GetArrayDurationValid() =>
        Assert.Equal(new[] { new TimeSpan(123, 22, 14, 12, 11), new TimeSpan(5, 1, 0, 0) }, Assert.IsType<Arr.ArrayGetDurationValidResult.Ok>(await _array.ArrayGetDurationValidAsync()).Body);

    [Fact]
    public async Task PutArrayDurationValid() => Assert.IsType<Arr.ArrayPutDurationValidResult.Ok>(await _array.ArrayPutDurationValidAsync(new[] { new TimeSpan(123, 22, 14, 12, 11), new TimeSpan(5, 1, 0, 0) }));

    [Fact]
    public async Task GetArrayByteValid() => Assert.Equal(ByteArrays, Assert.IsType<Arr.ArrayGetByteValidResult.Ok>(await _array.ArrayGetByteValidAsync()).Body);

    [Fact]
    public async Task PutArrayByteValid() => Assert.IsType<Arr.ArrayPutByteValidResult.Ok>(await _array.ArrayPutByteValidAsync(ByteArrays));

    [Fact]
    public async Task GetArrayComplexValid() =>
        Assert.Equal(
            new[] { (1L, "2"), (3L, "4"), (5L, "6") },
            Assert.IsType<Arr.ArrayGetComplexValidResult.Ok>(await _array.ArrayGetComplexValidAsync()).Body.Select(p => (p.Integer!.Value, p.String!)));

    [Fact]
    public async Task PutArrayComplexValid() =>
        Assert.IsType<Arr.ArrayPutComplexValidResult.Ok>(await _array.ArrayPutComplexValidAsync(new[]
        {
            new Arr.Product { Integer = 1, String = "2" }, new Arr.Product { Integer = 3, String = "4" }, new Arr.Product { Integer = 5, String = "6" },
        }));

    [Fact]
    public async Task GetArrayComplexEmpty() => Assert.Empty(Assert.IsType<Arr.ArrayGetComplexEmptyResult.Ok>(await _array.ArrayGetComplexEmptyAsync()).Body);

    [Fact]
    public async Task GetArrayArrayValid() =>
        Assert.Equal(
            new[] { new[] { "1", "2", "3" }, new[] { "4", "5", "6" }, new[] { "7", "8", "9" } },
            Assert.IsType<Arr.ArrayGetArrayValidResult.Ok>(await _array.ArrayGetArrayValidAsync()).Body);

    [Fact]
    public async Task PutArrayArrayValid() =>
        Assert.IsType<Arr.ArrayPutArrayValidResult.Ok>(await _array.ArrayPutArrayValidAsync(new[] { new[] { "1", "2", "3" }, new[] { "4", "5", "6" }, new[] { "7", "8", "9" } }));

    [Fact]
    public async Task GetArrayArrayEmpty() => Assert.Empty(Assert.IsType<Arr.ArrayGetArrayEmptyResult.Ok>(await _array.ArrayGetArrayEmptyAsync()).Body);

    [Fact]
    public async Task GetArrayDictionaryValid()
    {
        var body = Assert.IsType<Arr.ArrayGetDictionaryValidResult.Ok>(await _array.ArrayGetDictionaryValidAsync()).Body;
        Assert.Equal(3, body.Count);
        Assert.Equal("one", body[0]["1"]);
        Assert.Equal("nine", body[2]["9"]);
    }

    [Fact]
    public async Task PutArrayDictionaryValid() =>
        Assert.IsType<Arr.ArrayPutDictionaryValidResult.Ok>(await _array.ArrayPutDictionaryValidAsync(new[]
        {
            new Dictionary<string, string> { ["1"] = "one", ["2"] = "two", ["3"] = "three" },
            new Dictionary<string, string> { ["4"] = "four", ["5"] = "five", ["6"] = "six" },
            new Dictionary<string, string> { ["7"] = "seven", ["8"] = "eight", ["9"] = "nine" },
        }));

    [Fact]
    public async Task GetDictionaryNull() => Assert.IsType<Dict.DictionaryGetNullResult.Ok>(await _dictionary.DictionaryGetNullAsync());

    [Fact]
    public async Task GetDictionaryEmpty() => Assert.Empty(Assert.IsType<Dict.DictionaryGetEmptyResult.Ok>(await _dictionary.DictionaryGetEmptyAsync()).Body);

    [Fact]
    public async Task PutDictionaryEmpty() => Assert.IsType<Dict.DictionaryPutEmptyResult.Ok>(await _dictionary.DictionaryPutEmptyAsync(new Dictionary<string, string>()));

    [Fact]
    public async Task GetDictionaryInvalid() => Assert.NotNull(Assert.IsType<Dict.DictionaryGetInvalidResult.Ok>(await _dictionary.DictionaryGetInvalidAsync()).BodyError);

    [Fact]
    public async Task GetDictionaryBooleanValid() =>
        Assert.Equal(Indexed(true, false, false, true), Assert.IsType<Dict.DictionaryGetBooleanTfftResult.Ok>(await _dictionary.DictionaryGetBooleanTfftAsync()).Body);

    [Fact]
    public async Task PutDictionaryBooleanValid() => Assert.IsType<Dict.DictionaryPutBooleanTfftResult.Ok>(await _dictionary.DictionaryPutBooleanTfftAsync(Indexed(true, false, false, true)));

    [Fact]
    public async Task GetDictionaryIntegerValid() =>
        Assert.Equal(Indexed(1L, -1L, 3L, 300L), Assert.IsType<Dict.DictionaryGetIntegerValidResult.Ok>(await _dictionary.DictionaryGetIntegerValidAsync()).Body);

    [Fact]
    public async Task PutDictionaryIntegerValid() => Assert.IsType<Dict.DictionaryPutIntegerValidResult.Ok>(await _dictionary.DictionaryPutIntegerValidAsync(Indexed(1L, -1L, 3L, 300L)));

    [Fact]
    public async Task GetDictionaryLongValid() =>
        Assert.Equal(Indexed(1L, -1L, 3L, 300L), Assert.IsType<Dict.DictionaryGetLongValidResult.Ok>(await _dictionary.DictionaryGetLongValidAsync()).Body);

    [Fact]
    public async Task PutDictionaryLongValid() => Assert.IsType<Dict.DictionaryPutLongValidResult.Ok>(await _dictionary.DictionaryPutLongValidAsync(Indexed(1L, -1L, 3L, 300L)));

    [Fact]
    public async Task GetDictionaryFloatValid() =>
        Assert.Equal(Indexed(0f, -0.01f, -1.2e20f), Assert.IsType<Dict.DictionaryGetFloatValidResult.Ok>(await _dictionary.DictionaryGetFloatValidAsync()).Body);

    [Fact]
    public async Task PutDictionaryFloatValid() => Assert.IsType<Dict.DictionaryPutFloatValidResult.Ok>(await _dictionary.DictionaryPutFloatValidAsync(Indexed(0f, -0.01f, -1.2e20f)));

    [Fact]
    public async Task GetDictionaryDoubleValid() =>
        Assert.Equal(Indexed(0d, -0.01, -1.2e20), Assert.IsType<Dict.DictionaryGetDoubleValidResult.Ok>(await _dictionary.DictionaryGetDoubleValidAsync()).Body);

    [Fact]
    public async Task PutDictionaryDoubleValid() => Assert.IsType<Dict.DictionaryPutDoubleValidResult.Ok>(await _dictionary.DictionaryPutDoubleValidAsync(Indexed(0d, -0.01, -1.2e20)));

    [Fact]
    public async Task GetDictionaryStringValid() =>
        Assert.Equal(Indexed("foo1", "foo2", "foo3"), Assert.IsType<Dict.DictionaryGetStringValidResult.Ok>(await _dictionary.DictionaryGetStringValidAsync()).Body);

    [Fact]
    public async Task PutDictionaryStringValid() => Assert.IsType<Dict.DictionaryPutStringValidResult.Ok>(await _dictionary.DictionaryPutStringValidAsync(Indexed("foo1", "foo2", "foo3")));

    [Fact]
    public async Task GetDictionaryDateValid() =>
        Assert.Equal(Indexed(Dates), Assert.IsType<Dict.DictionaryGetDateValidResult.Ok>(await _dictionary.DictionaryGetDateValidAsync()).Body);

    [Fact]
    public async Task PutDictionaryDateValid() => Assert.IsType<Dict.DictionaryPutDateValidResult.Ok>(await _dictionary.DictionaryPutDateValidAsync(Indexed(Dates)));

    [Fact]
    public async Task GetDictionaryDateTimeValid() =>
        Assert.Equal(Indexed(DateTimesWithOffsets), Assert.IsType<Dict.DictionaryGetDateTimeValidResult.Ok>(await _dictionary.DictionaryGetDateTimeValidAsync()).Body);

    [Fact]
    public async Task PutDictionaryDateTimeValid() =>
        Assert.IsType<Dict.DictionaryPutDateTimeValidResult.Ok>(await _dictionary.DictionaryPutDateTimeValidAsync(Indexed(
            new DateTimeOffset(2000, 12, 1, 0, 0, 1, TimeSpan.Zero), new DateTimeOffset(1980, 1, 1, 23, 11, 35, TimeSpan.Zero), new DateTimeOffset(1492, 10, 12, 18, 15, 1, TimeSpan.Zero))));

    [Fact]
    public async Task GetDictionaryDurationValid() =>
        Assert.Equal(Indexed(new TimeSpan(123, 22, 14, 12, 11), new TimeSpan(5, 1, 0, 0)), Assert.IsType<Dict.DictionaryGetDurationValidResult.Ok>(await _dictionary.DictionaryGetDurationValidAsync()).Body);

    [Fact]
    public async Task PutDictionaryDurationValid() =>
        Assert.IsType<Dict.DictionaryPutDurationValidResult.Ok>(await _dictionary.DictionaryPutDurationValidAsync(Indexed(new TimeSpan(123, 22, 14, 12, 11), new TimeSpan(5, 1, 0, 0))));

    [Fact]
    public async Task GetDictionaryByteValid() =>
        Assert.Equal(Indexed(ByteArrays), Assert.IsType<Dict.DictionaryGetByteValidResult.Ok>(await _dictionary.DictionaryGetByteValidAsync()).Body);

    [Fact]
    public async Task PutDictionaryByteValid() => Assert.IsType<Dict.DictionaryPutByteValidResult.Ok>(await _dictionary.DictionaryPutByteValidAsync(Indexed(ByteArrays)));

    [Fact]
    public async Task GetDictionaryComplexValid()
    {
        var body = Assert.IsType<Dict.DictionaryGetComplexValidResult.Ok>(await _dictionary.DictionaryGetComplexValidAsync()).Body;
        Assert.Equal((5L, "6"), (body["2"].Integer!.Value, body["2"].String!));
    }

    [Fact]
    public async Task PutDictionaryComplexValid() =>
        Assert.IsType<Dict.DictionaryPutComplexValidResult.Ok>(await _dictionary.DictionaryPutComplexValidAsync(Indexed(
            new Dict.Widget { Integer = 1, String = "2" }, new Dict.Widget { Integer = 3, String = "4" }, new Dict.Widget { Integer = 5, String = "6" })));

    [Fact]
    public async Task GetDictionaryArrayValid() =>
        Assert.Equal(new[] { "7", "8", "9" }, Assert.IsType<Dict.DictionaryGetArrayValidResult.Ok>(await _dictionary.DictionaryGetArrayValidAsync()).Body["2"]);

    [Fact]
    public async Task PutDictionaryArrayValid() =>
        Assert.IsType<Dict.DictionaryPutArrayValidResult.Ok>(await _dictionary.DictionaryPutArrayValidAsync(
            Indexed<IReadOnlyList<string>>(new[] { "1", "2", "3" }, new[] { "4", "5", "6" }, new[] { "7", "8", "9" })));

    [Fact]
    public async Task GetDictionaryDictionaryValid() =>
        Assert.Equal("nine", Assert.IsType<Dict.DictionaryGetDictionaryValidResult.Ok>(await _dictionary.DictionaryGetDictionaryValidAsync()).Body["2"]["9"]);

    [Fact]
    public async Task PutDictionaryDictionaryValid() =>
        Assert.IsType<Dict.DictionaryPutDictionaryValidResult.Ok>(await _dictionary.DictionaryPutDictionaryValidAsync(Indexed<IReadOnlyDictionary<string, string>>(
            new Dictionary<string, string> { ["1"] = "one", ["2"] = "two", ["3"] = "three" },
            new Dictionary<string, string> { ["4"] = "four", ["5"] = "five", ["6"] = "six" },
            new Dictionary<string, string> { ["7"] = "seven", ["8"] = "eight", ["9"] = "nine" })));
}
