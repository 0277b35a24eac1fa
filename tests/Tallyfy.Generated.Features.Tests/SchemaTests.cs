using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Features;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// Schema constructs read from and written to the wire: required/optional/nullable, formats, arrays, maps, open enums,
/// inline objects, keyword property names, const, allOf and recursion.
/// </summary>
public sealed class SchemaTests : IClassFixture<FeaturesServer>
{
    /// <summary>Every KitchenSink property, in schema order, as the generated writer writes them.</summary>
    private const string KitchenSinkJson =
        "{\"id\":\"5f0c6c1e-9a3b-4c1e-8f55-0a1b2c3d4e5f\",\"name\":\"Sink\",\"nickname\":null,\"note\":null,\"maybeCount\":null,"
        + "\"createdAt\":\"2024-05-06T07:08:09.123+02:00\",\"birthday\":\"1990-12-31\",\"count\":2147483647,"
        + "\"total\":9007199254740993,\"ratio\":0.25,\"score\":0.001,\"payload\":\"AAEC/w==\",\"tags\":[\"a\",\"b\"],"
        + "\"matrix\":[[1,2],[],[3]],\"counts\":{\"a\":1,\"big\":5000000000},\"sort\":\"sideways\",\"priority\":7,"
        + "\"kind\":\"kitchen-sink\",\"address\":{\"city\":\"Oslo\",\"zip\":\"0150\"},\"default\":\"d\",\"ref\":\"r\",\"operator\":\"o\"}";

    private readonly FeaturesServer _server;

    public SchemaTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    [Fact]
    public async Task Numbers_a_schema_gives_as_strings_are_numbers_written_as_strings()
    {
        // Read from strings (past 2^53, past long, a decimal's scale, a double's shortest form), and from numbers too.
        _server.RespondJson(200, "{\"size\":\"9007199254740993\",\"amount\":\"12.50\",\"unsigned\":\"18446744073709551615\",\"ratio\":\"0.1\",\"maybe\":null,\"ids\":[\"1\",-2]}");

        var client = _server.CreateFeaturesClient();
        var sent = new StringNumbers { Size = -9_007_199_254_740_993, Amount = 0.10m, Unsigned = ulong.MaxValue, Ratio = 1e-7, Maybe = 7, Ids = new[] { long.MaxValue } };
        var ok = Assert.IsType<EchoStringNumbersResult.Ok>(await client.EchoStringNumbersAsync(sent, since: 1_700_000_000_000));

        long size = ok.Body.Size;
        decimal amount = ok.Body.Amount;
        Assert.Equal(9_007_199_254_740_993, size);
        Assert.Equal("12.50", amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ulong.MaxValue, ok.Body.Unsigned);
        Assert.Equal(0.1, ok.Body.Ratio);
        Assert.Equal(0.50m, ok.Body.Fee); // left out: the schema's default ("0.50"), given as a string
        Assert.Null(ok.Body.Maybe);
        Assert.Equal(new long[] { 1, -2 }, ok.Body.Ids);

        var wire = _server.Single().Wire;
        Assert.Equal("/models/string-numbers?since=1700000000000", wire.RawTarget);
        Assert.Equal(
            "{\"size\":\"-9007199254740993\",\"amount\":\"0.10\",\"unsigned\":\"18446744073709551615\",\"ratio\":\"1E-07\",\"maybe\":\"7\",\"ids\":[\"9223372036854775807\"]}",
            wire.BodyText);
    }

    [Fact]
    public async Task A_number_given_as_a_string_that_is_no_number_is_a_body_error()
    {
        _server.RespondJson(200, "{\"size\":\"12abc\",\"amount\":\"1\"}");

        var ok = Assert.IsType<EchoStringNumbersResult.Ok>(await _server.CreateFeaturesClient().EchoStringNumbersAsync(new StringNumbers { Size = 1, Amount = 1 }));

        Assert.NotNull(ok.BodyError);
        Assert.Contains("$.size", ok.BodyError!.Message, System.StringComparison.Ordinal);
        Assert.Equal("{\"size\":\"12abc\",\"amount\":\"1\"}", ok.RawBody);
    }

    [Fact]
    public async Task KitchenSink_EveryConstructIsRead()
    {
        // An unknown property (with nested values) is skipped.
        _server.RespondJson(200, KitchenSinkJson.Insert(1, "\"unknownExtra\":{\"x\":[1,{\"y\":2}]},"));

        var result = await _server.CreateFeaturesClient().GetKitchenSinkAsync();

        var ok = Assert.IsType<GetKitchenSinkResult.Ok>(result);
        Assert.Null(ok.BodyError);
        var sink = ok.Body;
        Assert.Equal(Guid.Parse("5f0c6c1e-9a3b-4c1e-8f55-0a1b2c3d4e5f"), sink.Id);
        Assert.Equal("Sink", sink.Name);

        // Nullable (3.1 type: [string, "null"]): required and null, optional and absent, required integer and null.
        Assert.Null(sink.Nickname);
        Assert.Null(sink.Note);
        Assert.Null(sink.MaybeCount);

        // Formats.
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 7, 8, 9, 123, TimeSpan.FromHours(2)), sink.CreatedAt);
        Assert.Equal(TimeSpan.FromHours(2), sink.CreatedAt.Offset);
        Assert.Equal(new DateOnly(1990, 12, 31), sink.Birthday);
        Assert.Equal(int.MaxValue, sink.Count);
        Assert.Equal(9007199254740993L, sink.Total);
        Assert.Equal(0.25f, sink.Ratio);
        Assert.Equal(0.001, sink.Score);
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, sink.Payload);

        // Arrays and maps.
        Assert.Equal(new[] { "a", "b" }, sink.Tags);
        Assert.NotNull(sink.Matrix);
        Assert.Equal(3, sink.Matrix!.Count);
        Assert.Equal(new[] { 1, 2 }, sink.Matrix[0]);
        Assert.Empty(sink.Matrix[1]);
        Assert.Equal(new[] { 3 }, sink.Matrix[2]);
        Assert.Equal(new Dictionary<string, long> { ["a"] = 1, ["big"] = 5000000000L }, sink.Counts);

        // Open enums keep values the spec does not list.
        Assert.NotNull(sink.Sort);
        Assert.False(sink.Sort!.Value.IsKnown);
        Assert.Equal("sideways", sink.Sort.Value.Value);
        Assert.NotEqual(SortOrder.Asc, sink.Sort.Value);
        Assert.NotNull(sink.Priority);
        Assert.False(sink.Priority!.Value.IsKnown);
        Assert.Equal(7L, sink.Priority.Value.Value);

        // const, inline object, keyword-named properties.
        Assert.Equal("kitchen-sink", sink.Kind);
        Assert.NotNull(sink.Address);
        Assert.Equal("Oslo", sink.Address!.City);
        Assert.Equal("0150", sink.Address.Zip);
        Assert.Equal("d", sink.Default);
        Assert.Equal("r", sink.Ref);
        Assert.Equal("o", sink.Operator);
    }

    [Fact]
    public async Task KitchenSink_KnownEnumValues_AreTheNamedMembers()
    {
        _server.RespondJson(200, KitchenSinkJson.Replace("\"sideways\"", "\"asc\"").Replace("\"priority\":7", "\"priority\":2"));

        var sink = Assert.IsType<GetKitchenSinkResult.Ok>(await _server.CreateFeaturesClient().GetKitchenSinkAsync()).Body;

        Assert.Equal(SortOrder.Asc, sink.Sort);
        Assert.True(sink.Sort!.Value.IsKnown);
        Assert.Equal(Priority.Value2, sink.Priority);
        Assert.True(sink.Priority!.Value.IsKnown);
        Assert.Contains(SortOrder.Asc, SortOrder.KnownValues);
        Assert.Equal(new[] { 1L, 2L, 3L }, Priority.KnownValues.Select(p => p.Value));
    }

    [Fact]
    public void OpenEnum_Equality_IsOrdinalOnTheWireValue()
    {
        var asc = new SortOrder("asc");

        Assert.True(asc == SortOrder.Asc);
        Assert.False(asc != SortOrder.Asc);
        Assert.True(asc.Equals((object)SortOrder.Asc));
        Assert.Equal(SortOrder.Asc.GetHashCode(), asc.GetHashCode());
        Assert.True(new SortOrder("ASC") != SortOrder.Asc); // ordinal: case counts
        Assert.False(new SortOrder("ASC").Equals((object)SortOrder.Asc));
        Assert.True(default(SortOrder) == new SortOrder(string.Empty)); // an empty struct reads as the empty value
        Assert.Equal(new SortOrder(string.Empty).GetHashCode(), default(SortOrder).GetHashCode());
        Assert.Equal("sideways", new SortOrder("sideways").ToString());
        Assert.True(new Priority(2) == Priority.Value2);
        Assert.Equal(Priority.Value2.GetHashCode(), new Priority(2).GetHashCode());
        Assert.False(new Priority(2).Equals((object)Priority.Value3));
    }

    [Fact]
    public async Task KitchenSink_NullableValuesPresent_AreRead()
    {
        _server.RespondJson(200, KitchenSinkJson.Replace("\"nickname\":null", "\"nickname\":\"Nick\"").Replace("\"maybeCount\":null", "\"maybeCount\":-5,\"note\":\"n\""));

        var sink = Assert.IsType<GetKitchenSinkResult.Ok>(await _server.CreateFeaturesClient().GetKitchenSinkAsync()).Body;

        Assert.Equal("Nick", sink.Nickname);
        Assert.Equal(-5, sink.MaybeCount);
        Assert.Equal("n", sink.Note);
    }

    [Theory]
    [InlineData("\"nickname\":null,")]
    [InlineData("\"maybeCount\":null,")]
    [InlineData("\"name\":\"Sink\",")]
    public async Task KitchenSink_MissingRequiredProperty_IsABodyErrorNotAnException(string removed)
    {
        var json = KitchenSinkJson.Replace(removed, string.Empty);
        _server.RespondJson(200, json);

        var ok = Assert.IsType<GetKitchenSinkResult.Ok>(await _server.CreateFeaturesClient().GetKitchenSinkAsync());

        Assert.NotNull(ok.BodyError);
        Assert.Throws<ApiBodyException>(() => ok.Body);
        Assert.Equal(json, ok.RawBody);
    }

    [Fact]
    public async Task KitchenSink_IsWrittenExactly_NullsForRequiredNullables_UnknownEnumsKept()
    {
        _server.RespondJson(200, KitchenSinkJson);
        var sink = new KitchenSink
        {
            Id = Guid.Parse("5f0c6c1e-9a3b-4c1e-8f55-0a1b2c3d4e5f"),
            Name = "Sink",
            Nickname = null,
            Note = null,
            MaybeCount = null,
            CreatedAt = new DateTimeOffset(2024, 5, 6, 7, 8, 9, 123, TimeSpan.FromHours(2)),
            Birthday = new DateOnly(1990, 12, 31),
            Count = int.MaxValue,
            Total = 9007199254740993L,
            Ratio = 0.25f,
            Score = 0.001,
            Payload = new byte[] { 0, 1, 2, 255 },
            Tags = new[] { "a", "b" },
            Matrix = new[] { new[] { 1, 2 }, Array.Empty<int>(), new[] { 3 } },
            Counts = new Dictionary<string, long> { ["a"] = 1, ["big"] = 5000000000L },
            Sort = new SortOrder("sideways"),
            Priority = new Priority(7),
            Kind = "kitchen-sink",
            Address = new KitchenSinkAddress { City = "Oslo", Zip = "0150" },
            Default = "d",
            Ref = "r",
            Operator = "o",
        };

        var result = await _server.CreateFeaturesClient().EchoKitchenSinkAsync(sink);

        var wire = _server.Single().Wire;
        Assert.Equal("POST", wire.Method);
        Assert.Equal("/models/kitchen-sink", wire.RawTarget);
        Assert.Equal("application/json", wire.Header("Content-Type")); // the spec's media type as written
        Assert.Equal(KitchenSinkJson, wire.BodyText);
        var echoed = Assert.IsType<EchoKitchenSinkResult.Ok>(result).Body;
        Assert.Equal(sink.Total, echoed.Total);
        Assert.Equal(sink.CreatedAt, echoed.CreatedAt);
    }

    [Fact]
    public async Task AnEmptySchema_IsAnyJsonValue_SoARequiredMemberMayBeNull()
    {
        // `data: {}` admits every JSON value, null among them: a required member sent as null is there, not missing,
        // and an optional one sent as null is told apart from an absent one.
        _server.RespondJson(200, "{\"data\":null,\"meta\":null}");
        using var nullData = JsonDocument.Parse("null");

        var result = await _server.CreateFeaturesClient().EchoEnvelopeAsync(new Envelope { Data = nullData.RootElement });

        Assert.Equal("{\"data\":null}", _server.Single().Wire.BodyText);
        var ok = Assert.IsType<EchoEnvelopeResult.Ok>(result);
        Assert.Null(ok.BodyError);
        Assert.Equal(JsonValueKind.Null, ok.Body.Data.ValueKind);
        Assert.Equal(JsonValueKind.Null, ok.Body.Meta!.Value.ValueKind);
    }

    [Fact]
    public async Task AnEmptySchema_KeepsAnyValue_AndARequiredOneStillMustBeThere()
    {
        using var one = JsonDocument.Parse("1");
        _server.RespondJson(200, "{\"data\":{\"a\":[1,null,\"x\"]}}");
        var ok = Assert.IsType<EchoEnvelopeResult.Ok>(await _server.CreateFeaturesClient().EchoEnvelopeAsync(new Envelope { Data = one.RootElement, Meta = one.RootElement }));
        Assert.Equal("{\"data\":1,\"meta\":1}", _server.Single().Wire.BodyText);
        Assert.Equal("{\"a\":[1,null,\"x\"]}", ok.Body.Data.GetRawText());
        Assert.Null(ok.Body.Meta);

        _server.Reset(200);
        _server.RespondJson(200, "{\"meta\":null}");
        var missing = Assert.IsType<EchoEnvelopeResult.Ok>(await _server.CreateFeaturesClient().EchoEnvelopeAsync(new Envelope { Data = one.RootElement }));
        Assert.NotNull(missing.BodyError);
        Assert.Contains("data", missing.BodyError!.Message, StringComparison.Ordinal);
        Assert.Equal("{\"meta\":null}", missing.RawBody);
    }

    [Fact]
    public async Task AllOf_FlattensEveryPartIntoOneType()
    {
        _server.RespondJson(200, "{\"id\":\"dw\",\"name\":\"Detailed\",\"weight\":3,\"createdAt\":\"2023-11-30T23:59:59Z\",\"labels\":[\"x\"]}");

        var result = await _server.CreateFeaturesClient().GetComposedAsync();

        var widget = Assert.IsType<GetComposedResult.Ok>(result).Body;
        Assert.Equal("dw", widget.Id);
        Assert.Equal("Detailed", widget.Name);
        Assert.Equal(3.0, widget.Weight);
        Assert.Equal(new DateTimeOffset(2023, 11, 30, 23, 59, 59, TimeSpan.Zero), widget.CreatedAt);
        Assert.Equal(new[] { "x" }, widget.Labels);
    }

    [Fact]
    public async Task AllOf_RequiredFromEveryPart()
    {
        // createdAt is required by the second allOf part, name by the referenced Widget.
        _server.RespondJson(200, "{\"id\":\"dw\",\"name\":\"Detailed\"}");

        var ok = Assert.IsType<GetComposedResult.Ok>(await _server.CreateFeaturesClient().GetComposedAsync());

        Assert.NotNull(ok.BodyError);
    }

    [Fact]
    public async Task RecursiveSchema_ReadsEveryLevel()
    {
        _server.RespondJson(200, "{\"name\":\"root\",\"children\":[{\"name\":\"a\",\"children\":[{\"name\":\"a1\",\"children\":[]}]},{\"name\":\"b\",\"parent\":{\"name\":\"root\"}}]}");

        var tree = Assert.IsType<GetTreeResult.Ok>(await _server.CreateFeaturesClient().GetTreeAsync()).Body;

        Assert.Equal("root", tree.Name);
        Assert.Null(tree.Parent);
        Assert.Collection(
            tree.Children!,
            a =>
            {
                Assert.Equal("a", a.Name);
                var a1 = Assert.Single(a.Children!);
                Assert.Equal("a1", a1.Name);
                Assert.Empty(a1.Children!);
            },
            b =>
            {
                Assert.Equal("b", b.Name);
                Assert.Null(b.Children);
                Assert.Equal("root", b.Parent!.Name);
            });
    }

    [Fact]
    public async Task RecursiveSchema_DeepNesting()
    {
        // Each level is an object and an array: 25 levels stay within the JSON reader's default depth of 64.
        const int depth = 25;
        var json = string.Concat(Enumerable.Repeat("{\"name\":\"n\",\"children\":[", depth)) + "{\"name\":\"leaf\"}" + string.Concat(Enumerable.Repeat("]}", depth));
        _server.RespondJson(200, json);

        var node = Assert.IsType<GetTreeResult.Ok>(await _server.CreateFeaturesClient().GetTreeAsync()).Body;

        for (var i = 0; i < depth; i++)
        {
            node = Assert.Single(node.Children!);
        }

        Assert.Equal("leaf", node.Name);
    }
}
