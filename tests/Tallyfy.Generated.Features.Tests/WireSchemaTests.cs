using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Features;
using WireMock.ResponseBuilders;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// Schema constructs on the wire: nullable list items and map values, 3.1 multi-type values, readOnly/writeOnly,
/// properties named x-…, integer enums written 1.0, UTC date-times and binary bodies documented as JSON.
/// </summary>
public sealed class WireSchemaTests : IClassFixture<FeaturesServer>
{
    private const string Json =
        "{\"nullableInts\":[1,null,3],\"strictInts\":[4],\"strictStrings\":[\"a\"],\"nullableNames\":{\"a\":\"x\",\"b\":null},"
        + "\"flexible\":\"text\",\"numeric\":2,\"serverId\":\"s-1\",\"x-trace\":\"t-1\",\"level\":1,\"stamps\":[\"2024-01-02T03:04:05Z\"]}";

    private readonly FeaturesServer _server;

    public WireSchemaTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    private async Task<GetWireSchemasResult.Ok> GetAsync(string json)
    {
        _server.RespondJson(200, json);
        return Assert.IsType<GetWireSchemasResult.Ok>(await _server.CreateFeaturesClient().GetWireSchemasAsync());
    }

    [Fact]
    public async Task NullItemsAndValues_TheSchemaAllows_AreReadAsNull()
    {
        var ok = await GetAsync(Json);

        Assert.Null(ok.BodyError);
        Assert.Equal(new int?[] { 1, null, 3 }, ok.Body.NullableInts);
        Assert.Equal(new Dictionary<string, string?> { ["a"] = "x", ["b"] = null }, ok.Body.NullableNames);
    }

    [Theory]
    [InlineData("\"strictInts\":[4]", "\"strictInts\":[4,null]", "Item 1 of the array is null")]
    [InlineData("\"strictStrings\":[\"a\"]", "\"strictStrings\":[null,\"a\"]", "Item 0 of the array is null")]
    public async Task NullItems_TheSchemaDoesNotAllow_AreABodyErrorThatSaysSo(string from, string to, string message)
    {
        var ok = await GetAsync(Json.Replace(from, to, StringComparison.Ordinal));

        Assert.NotNull(ok.BodyError);
        Assert.Contains(message, ok.BodyError!.Message, StringComparison.Ordinal);
        Assert.Throws<ApiBodyException>(() => ok.Body);
    }

    [Theory]
    [InlineData("\"text\"", JsonValueKind.String)]
    [InlineData("42", JsonValueKind.Number)]
    [InlineData("true", JsonValueKind.True)]
    public async Task MultiTypeValues_AreReadWhateverTypeTheSchemaListsTheyHave(string flexible, JsonValueKind kind)
    {
        var ok = await GetAsync(Json.Replace("\"flexible\":\"text\"", "\"flexible\":" + flexible, StringComparison.Ordinal).Replace("\"numeric\":2", "\"numeric\":2.5", StringComparison.Ordinal));

        Assert.Null(ok.BodyError);
        Assert.Equal(kind, ok.Body.Flexible!.Value.ValueKind);
        Assert.Equal(flexible, ok.Body.Flexible.Value.GetRawText());
        Assert.Equal(2.5, ok.Body.Numeric);
    }

    [Theory]
    [InlineData("\"count\":12,\"big\":9007199254740993,\"amounts\":[1.5,-2]")]
    [InlineData("\"count\":\"12\",\"big\":\"9007199254740993\",\"amounts\":[\"1.5\",-2]")]
    public async Task NumberOrStringValues_WithANumericFormat_AreNumbers_ReadFromEitherForm(string members)
    {
        var ok = await GetAsync(Json.Replace("\"numeric\":2", "\"numeric\":2," + members, StringComparison.Ordinal));

        Assert.Null(ok.BodyError);
        Assert.Equal(12, ok.Body.Count);
        Assert.Equal(9007199254740993L, ok.Body.Big);
        Assert.Equal(new[] { 1.5, -2 }, ok.Body.Amounts);
    }

    [Fact]
    public async Task NumberOrStringValues_NotHoldingANumber_AreABodyError()
    {
        var ok = await GetAsync(Json.Replace("\"numeric\":2", "\"numeric\":2,\"count\":\"twelve\"", StringComparison.Ordinal));

        Assert.NotNull(ok.BodyError);
        Assert.Contains("$.count", ok.BodyError!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NumberOrStringValues_AreSentAsNumbers()
    {
        var body = new WireSchemas
        {
            NullableInts = Array.Empty<int?>(),
            StrictInts = Array.Empty<int>(),
            StrictStrings = Array.Empty<string>(),
            Count = 7,
            Big = null,
            Amounts = new[] { 0.25 },
            Secret = "s",
        };

        Assert.IsType<SendWireSchemasResult.NoContent>(await _server.CreateFeaturesClient().SendWireSchemasAsync(body));

        Assert.Equal(
            "{\"nullableInts\":[],\"strictInts\":[],\"strictStrings\":[],\"count\":7,\"big\":null,\"amounts\":[0.25],\"secret\":\"s\"}",
            _server.Single().Wire.BodyText);
    }

    /// <summary>
    /// An optional member whose schema allows null (<c>big</c>) is sent as null when set to null, and left out when never
    /// set: in a JSON merge patch the first removes the member and the second keeps it. A model read from JSON keeps
    /// which members it had, so it is written back as it came.
    /// </summary>
    [Fact]
    public async Task AnOptionalNullableMember_IsSentAsNullWhenSetToNull_AndLeftOutWhenNeverSet()
    {
        var client = _server.CreateFeaturesClient();
        var unset = new WireSchemas { NullableInts = Array.Empty<int?>(), StrictInts = Array.Empty<int>(), StrictStrings = Array.Empty<string>(), Count = 1, Secret = "s" };
        Assert.IsType<SendWireSchemasResult.NoContent>(await client.SendWireSchemasAsync(unset));
        Assert.Equal("{\"nullableInts\":[],\"strictInts\":[],\"strictStrings\":[],\"count\":1,\"secret\":\"s\"}", _server.Single().Wire.BodyText);

        _server.Reset();
        var setToNull = new WireSchemas { NullableInts = Array.Empty<int?>(), StrictInts = Array.Empty<int>(), StrictStrings = Array.Empty<string>(), Count = 1, Big = null, Secret = "s" };
        Assert.IsType<SendWireSchemasResult.NoContent>(await client.SendWireSchemasAsync(setToNull));
        Assert.Equal("{\"nullableInts\":[],\"strictInts\":[],\"strictStrings\":[],\"count\":1,\"big\":null,\"secret\":\"s\"}", _server.Single().Wire.BodyText);

        var read = JsonSerializer.Deserialize<WireSchemas>("{\"nullableInts\":[],\"strictInts\":[],\"strictStrings\":[],\"count\":1,\"big\":null}")!;
        Assert.Null(read.Big);
        Assert.Contains("\"big\":null", JsonSerializer.Serialize(read), StringComparison.Ordinal);
        var readWithout = JsonSerializer.Deserialize<WireSchemas>("{\"nullableInts\":[],\"strictInts\":[],\"strictStrings\":[],\"count\":1}")!;
        Assert.DoesNotContain("\"big\"", JsonSerializer.Serialize(readWithout), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequiredWriteOnlyProperty_MayBeAbsentFromAResponse_AndXNamedPropertiesAreProperties()
    {
        var ok = await GetAsync(Json);

        Assert.Null(ok.BodyError);
        Assert.Null(ok.Body.Secret);
        Assert.Equal("s-1", ok.Body.ServerId);
        Assert.Equal("t-1", ok.Body.XTrace);
        Assert.Equal(WireSchemasLevel.Value1, ok.Body.Level);
        Assert.Equal(new[] { 1L, 2L, 3L }, new[] { WireSchemasLevel.Value1.Value, WireSchemasLevel.Value2.Value, WireSchemasLevel.Value3.Value });
    }

    /// <summary>
    /// <c>secret</c> is required and <c>writeOnly</c>: required in requests only, so optional in a class responses read
    /// too. A request without it fails with an <see cref="ArgumentException"/> naming it, and nothing reaches the server.
    /// </summary>
    [Fact]
    public async Task ARequest_WithoutARequiredWriteOnlyProperty_FailsBeforeItIsSent()
    {
        var body = new WireSchemas { NullableInts = Array.Empty<int?>(), StrictInts = Array.Empty<int>(), StrictStrings = Array.Empty<string>() };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _server.CreateFeaturesClient().SendWireSchemasAsync(body));

        Assert.Equal("Required property 'secret' of WireSchemas is not set: requests must carry it, though responses may leave it out.", error.Message);
        Assert.Empty(_server.Requests);
        // Serialized by the caller (not a request), the same value leaves the member out.
        Assert.Equal("{\"nullableInts\":[],\"strictInts\":[],\"strictStrings\":[]}", JsonSerializer.Serialize(body));
    }

    [Fact]
    public async Task ARequest_LeavesReadOnlyPropertiesOut_SendsNullItems_AndWritesUtcDateTimesWithZ()
    {
        var body = new WireSchemas
        {
            NullableInts = new int?[] { null, 2 },
            StrictInts = new[] { 1 },
            StrictStrings = new[] { "s" },
            NullableNames = new Dictionary<string, string?> { ["n"] = null },
            Flexible = JsonDocument.Parse("7").RootElement,
            ServerId = "ignored",
            Secret = "hunter2",
            XTrace = "t",
            Level = WireSchemasLevel.Value2,
            Stamps = new[] { new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)) },
        };

        Assert.IsType<SendWireSchemasResult.NoContent>(await _server.CreateFeaturesClient().SendWireSchemasAsync(body));

        Assert.Equal(
            "{\"nullableInts\":[null,2],\"strictInts\":[1],\"strictStrings\":[\"s\"],\"nullableNames\":{\"n\":null},\"flexible\":7,"
            + "\"secret\":\"hunter2\",\"x-trace\":\"t\",\"level\":2,\"stamps\":[\"2024-01-02T03:04:05Z\",\"2024-01-02T03:04:05+02:00\"]}",
            _server.Single().Wire.BodyText);
    }

    [Fact]
    public async Task BinaryUnderAJsonMediaType_IsTheRawStream()
    {
        var bytes = new byte[] { 0x7B, 0x00, 0xFF, 0x22 };
        _server.Reset(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(bytes));

        var ok = Assert.IsType<DownloadJsonTypedResult.Ok>(await _server.CreateFeaturesClient().DownloadJsonTypedAsync());

        using var stream = ok.Body;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    /// <summary>
    /// <c>format: binary</c> is unencoded octets (OpenAPI 3.1 and later: <c>contentMediaType</c> without
    /// <c>contentEncoding</c>; base64 is <c>format: byte</c>), so inside JSON the octets are the string's own text:
    /// pydantic (FastAPI) documents a <c>bytes</c> field so and writes it as UTF-8 text (meteosource.com's wind
    /// direction <c>"NNE"</c>, which is not base64 and made every such body unreadable).
    /// </summary>
    [Fact]
    public async Task BinaryPropertyInJson_IsTheStringsOwnText_BothWays()
    {
        _server.RespondJson(200, """{"direction":"NNE \u00e9","speed":4.5}""");

        var ok = Assert.IsType<GetLatestReadingResult.Ok>(await _server.CreateFeaturesClient().GetLatestReadingAsync());

        using var text = new StreamReader(ok.Body.Direction.Content);
        Assert.Equal("NNE \u00e9", await text.ReadToEndAsync());

        _server.Reset(204);
        var reading = new Reading { Direction = new ApiFile(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("rain"))), Speed = 1 };
        Assert.IsType<PutReadingResult.NoContent>(await _server.CreateFeaturesClient().PutReadingAsync(reading));
        using var sent = JsonDocument.Parse(_server.Single().Wire.BodyText);
        Assert.Equal("rain", sent.RootElement.GetProperty("direction").GetString());
    }

    /// <summary>Octets that are not UTF-8 text cannot go unencoded into JSON: an <c>ArgumentException</c>, and nothing is sent.</summary>
    [Fact]
    public async Task BinaryPropertyInJson_ThatIsNotUtf8Text_IsRefusedBeforeSending()
    {
        var reading = new Reading { Direction = new ApiFile(new MemoryStream(new byte[] { 0xFF, 0xFE, 0x00 })) };

        await Assert.ThrowsAnyAsync<ArgumentException>(() => _server.CreateFeaturesClient().PutReadingAsync(reading));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ModelUnderAnyMediaType_IsReadAsItsJson()
    {
        _server.RespondJson(200, """{"id":"w1","name":"one"}""");

        var ok = Assert.IsType<GetAnyJsonResult.Ok>(await _server.CreateFeaturesClient().GetAnyJsonAsync());

        Assert.Equal(("w1", "one"), (ok.Body.Id, ok.Body.Name));
        // A server that negotiates (Spring with an XML converter before JSON answers */* with XML) is asked for the JSON
        // the client reads typed first; anything else is still accepted, and kept raw.
        Assert.Equal("application/json, */*;q=0.8", _server.Single().Wire.Header("Accept"));
    }

    [Fact]
    public async Task StringUnderAnyMediaType_IsText_AndAnyBodyThatIsNotTheSchemasStaysRaw()
    {
        _server.Reset(Response.Create().WithStatusCode(404).WithHeader("Content-Type", "text/plain").WithBody("no such widget"));
        var notFound = Assert.IsType<GetAnyJsonResult.NotFound>(await _server.CreateFeaturesClient().GetAnyJsonAsync());
        Assert.Equal("no such widget", notFound.Body);

        _server.Reset(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody("<p>maintenance</p>"));
        var ok = Assert.IsType<GetAnyJsonResult.Ok>(await _server.CreateFeaturesClient().GetAnyJsonAsync());
        Assert.False(ok.TryGetBody(out _));
        Assert.Equal("<p>maintenance</p>", ok.RawBody);
    }

    [Fact]
    public async Task BinaryUnderAnyMediaType_IsTheRawStream()
    {
        var bytes = new byte[] { 1, 2, 3, 0, 250 };
        _server.Reset(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/png").WithBody(bytes));

        var ok = Assert.IsType<DownloadAnyTypedResult.Ok>(await _server.CreateFeaturesClient().DownloadAnyTypedAsync());

        using var stream = ok.Body;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }
}
