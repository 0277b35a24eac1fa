using System;
using System.Threading.Tasks;
using Features;
using WireMock.ResponseBuilders;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>Result cases: typed bodies per status, ranges, default, undocumented, typed headers and text bodies.</summary>
public sealed class ResponseTests : IClassFixture<FeaturesServer>
{
    private readonly FeaturesServer _server;

    public ResponseTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    [Fact]
    public async Task Status200_IsOkWithTypedBody()
    {
        _server.RespondJson(200, "{\"id\":\"w-1\",\"name\":\"Gizmo\",\"weight\":2.75,\"extra\":{\"ignored\":[1,2]}}");

        var result = await _server.CreateFeaturesClient().GetWidgetAsync("w-1");

        var ok = Assert.IsType<GetWidgetResult.Ok>(result);
        Assert.Equal(200, ok.StatusCode);
        Assert.True(ok.IsSuccess);
        Assert.Equal("application/json", ok.ContentType);
        Assert.Equal("w-1", ok.Body.Id);
        Assert.Equal("Gizmo", ok.Body.Name);
        Assert.Equal(2.75, ok.Body.Weight);
        Assert.Null(ok.BodyError);
        Assert.Same(ok, result.EnsureSuccess());
        Assert.True(result.TryGetOk(out var viaTry));
        Assert.Same(ok, viaTry);
        Assert.False(result.TryGetNotFound(out _));
        Assert.Equal("ok Gizmo", Describe(result));

        var wire = _server.Single().Wire;
        Assert.Equal("GET", wire.Method);
        Assert.Equal("/widgets/w-1", wire.RawTarget);
        Assert.Equal("application/json", wire.Header("Accept"));
    }

    /// <summary>A whole body whose schema allows null reads a JSON null as a null body, not a body-read error; a value type is <c>T?</c>.</summary>
    [Theory]
    [InlineData(200, "null", null)]
    [InlineData(200, "5", "5")]
    [InlineData(202, "null", null)]
    [InlineData(202, "\"desc\"", "desc")]
    public async Task A_body_whose_schema_allows_null_reads_null(int status, string json, string? expected)
    {
        _server.RespondJson(status, json);

        var result = await _server.CreateFeaturesClient().GetNullableAsync();

        switch (result)
        {
            case GetNullableResult.Ok ok:
                Assert.Null(ok.BodyError);
                long? count = ok.Body;
                Assert.Equal(expected, count?.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case GetNullableResult.Accepted accepted:
                Assert.Null(accepted.BodyError);
                SortOrder? order = accepted.Body;
                Assert.Equal(expected, order?.Value);
                break;
            default:
                Assert.Fail("unexpected case " + result.GetType().Name);
                break;
        }
    }

    /// <summary>
    /// A JSON media type documented by an example only has no schema, so its answer is any JSON: the case reads it as a
    /// <see cref="System.Text.Json.JsonElement"/>, and Accept asks for it beside the XML error (before, the JSON was left
    /// out of Accept, and a server that negotiates answered the success with 406).
    /// </summary>
    [Fact]
    public async Task A_json_answer_without_a_schema_is_any_json_and_asked_for()
    {
        _server.RespondJson(200, "{\"name\":\"Fluffy\",\"tags\":[\"a\",\"b\"]}");

        var ok = Assert.IsType<GetUntypedResult.Ok>(await _server.CreateFeaturesClient().GetUntypedAsync());

        Assert.Null(ok.BodyError);
        System.Text.Json.JsonElement body = ok.Body;
        Assert.Equal("Fluffy", body.GetProperty("name").GetString());
        Assert.Equal(2, body.GetProperty("tags").GetArrayLength());
        Assert.Equal("application/json, application/xml", _server.Single().Wire.Header("Accept"));

        _server.Reset(Response.Create().WithStatusCode(400).WithHeader("Content-Type", "application/xml").WithBody("<error>bad</error>"));
        var bad = Assert.IsType<GetUntypedResult.BadRequest>(await _server.CreateFeaturesClient().GetUntypedAsync());
        Assert.Equal("<error>bad</error>", bad.Body);

        var made = new GetUntypedResult.Ok(System.Text.Json.JsonDocument.Parse("[1,2]").RootElement);
        Assert.Equal("[1,2]", made.RawBody);
    }

    [Fact]
    public async Task A_null_where_the_schema_allows_none_is_a_body_error()
    {
        _server.RespondJson(200, "null");

        var ok = Assert.IsType<GetWidgetResult.Ok>(await _server.CreateFeaturesClient().GetWidgetAsync("w-1"));

        Assert.NotNull(ok.BodyError);
        Assert.False(ok.TryGetBody(out _));
    }

    [Fact]
    public async Task Status404_IsNotFoundWithProblemBody()
    {
        _server.RespondJson(404, "{\"code\":\"WIDGET_NOT_FOUND\",\"message\":\"No widget w-9\"}");

        var result = await _server.CreateFeaturesClient().GetWidgetAsync("w-9");

        var notFound = Assert.IsType<GetWidgetResult.NotFound>(result);
        Assert.Equal(404, notFound.StatusCode);
        Assert.False(notFound.IsSuccess);
        Assert.Equal("WIDGET_NOT_FOUND", notFound.Body.Code);
        Assert.Equal("No widget w-9", notFound.Body.Message);
        Assert.Equal("{\"code\":\"WIDGET_NOT_FOUND\",\"message\":\"No widget w-9\"}", notFound.RawBody);
        Assert.Equal("not found WIDGET_NOT_FOUND", Describe(result));
        var exception = Assert.Throws<ApiResponseException>(() => result.EnsureSuccess());
        Assert.Same(result, exception.Response);
        Assert.Equal(404, exception.StatusCode);
    }

    [Fact]
    public async Task Status422_IsUnprocessableEntityWithItsOwnBodyType()
    {
        _server.RespondJson(422, "{\"errors\":[{\"field\":\"id\",\"reason\":\"too short\"},{\"field\":\"id\",\"reason\":\"bad charset\"}]}");

        var result = await _server.CreateFeaturesClient().GetWidgetAsync("x");

        var invalid = Assert.IsType<GetWidgetResult.UnprocessableEntity>(result);
        Assert.Equal(422, invalid.StatusCode);
        Assert.Collection(
            invalid.Body.Errors,
            e => Assert.Equal(("id", "too short"), (e.Field, e.Reason)),
            e => Assert.Equal(("id", "bad charset"), (e.Field, e.Reason)));
        Assert.Equal("invalid 2", Describe(result));
    }

    [Fact]
    public async Task UndocumentedStatus_IsUndocumentedWithRawBody()
    {
        _server.Reset(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "text/html").WithHeader("Retry-After", "120").WithBody("<h1>down</h1>"));

        var result = await _server.CreateFeaturesClient().GetWidgetAsync("w-1");

        var undocumented = Assert.IsType<GetWidgetResult.Undocumented>(result);
        Assert.Equal(503, undocumented.StatusCode);
        Assert.Equal("<h1>down</h1>", undocumented.RawBody);
        Assert.Equal("text/html", undocumented.ContentType);
        Assert.Equal("120", undocumented.Headers.GetValue("retry-after"));
        Assert.Equal("undocumented 503", Describe(result));
    }

    [Fact]
    public async Task DocumentedStatusWithUnreadableBody_KeepsTheCaseAndReportsTheBodyError()
    {
        _server.RespondJson(200, "{\"id\":\"w-1\"}");

        var result = await _server.CreateFeaturesClient().GetWidgetAsync("w-1");

        var ok = Assert.IsType<GetWidgetResult.Ok>(result);
        Assert.NotNull(ok.BodyError);
        Assert.False(ok.TryGetBody(out _));
        Assert.Throws<ApiBodyException>(() => ok.Body);
        Assert.Equal("{\"id\":\"w-1\"}", ok.RawBody);
    }

    [Theory]
    [InlineData("[{\"id\":\"a\",\"name\":\"A\"},{\"id\":\"b\",\"name\":\"B\",\"weight\":\"heavy\"}]", "(at $[1].weight, line 1, column 54)")]
    [InlineData("[\n  {\"id\": \"a\", \"name\": \"A\"},\n  {\"id\": \"b\"}\n]", "Required property 'name' of Widget is missing or null. (at $[1], line 3, column 13)")]
    [InlineData("[{\"id\":\"a\",\"name\":\"A\"}, 7]", "(at $[1], line 1, column 25)")]
    public async Task AnUnreadableBody_SaysWhereInTheBodyAndAsWhichType(string body, string where)
    {
        _server.RespondJson(200, body);

        var ok = Assert.IsType<ListWidgetsResult.Ok>(await _server.CreateFeaturesClient().ListWidgetsAsync());

        var error = Assert.IsType<System.Text.Json.JsonException>(ok.BodyError);
        Assert.EndsWith(where, error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
        var thrown = Assert.Throws<ApiBodyException>(() => ok.Body);
        Assert.StartsWith("The body of the Ok (HTTP 200) response could not be read as IReadOnlyList<Widget>: ", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(body, ok.RawBody);
    }

    [Fact]
    public async Task Switch_CallsTheMatchingCase()
    {
        _server.RespondJson(404, "{\"code\":\"GONE\"}");
        var result = await _server.CreateFeaturesClient().GetWidgetAsync("w-1");

        string? seen = null;
        result.Switch(
            ok: _ => seen = "ok",
            notFound: n => seen = "notFound " + n.Body.Code + " " + (n.Body.Message ?? "(no message)"),
            unprocessableEntity: _ => seen = "invalid",
            undocumented: _ => seen = "undocumented");

        Assert.Equal("notFound GONE (no message)", seen);
    }

    [Fact]
    public async Task TextPlainResponse_BodyIsTheText()
    {
        _server.Reset(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/plain; charset=utf-8").WithBody("plain ✓ text\nline 2"));

        var result = await _server.CreateFeaturesClient().GetTextAsync();

        var ok = Assert.IsType<GetTextResult.Ok>(result);
        Assert.Equal("plain ✓ text\nline 2", ok.Body);
        Assert.Equal("text/plain", ok.ContentType);
        var wire = _server.Single().Wire;
        Assert.Equal("/text", wire.RawTarget);
        Assert.Equal("text/plain", wire.Header("Accept"));
    }

    [Fact]
    public async Task TextBody_OutlivesDispose_WhileTheRawBytesAreRefused()
    {
        _server.Reset(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/plain; charset=utf-8").WithBody("kept ✓ after dispose"));

        var result = await _server.CreateFeaturesClient().GetTextAsync();
        var ok = Assert.IsType<GetTextResult.Ok>(result);
        ok.Dispose();

        Assert.Equal("kept ✓ after dispose", ok.Body);
        Assert.Equal("kept ✓ after dispose", ok.RawBody);
        Assert.Throws<ObjectDisposedException>(() => ok.RawBodyBytes);
        Assert.Equal("text/plain", ok.ContentType);
    }

    [Fact]
    public async Task ChunkedJsonBody_IsReadWhole_RawBytesReadableUntilDispose()
    {
        // WireMock.Net sends its bodies chunked, without a Content-Length.
        const string json = "{\"id\":\"w-7\",\"name\":\"Chunked\",\"weight\":1.5}";
        _server.RespondJson(200, json);

        var result = await _server.CreateFeaturesClient().GetWidgetAsync("w-7");

        var ok = Assert.IsType<GetWidgetResult.Ok>(result);
        Assert.Null(ok.Headers.GetValue("Content-Length"));
        Assert.Equal(json, System.Text.Encoding.UTF8.GetString(ok.RawBodyBytes.Span));
        ok.Dispose();
        Assert.Throws<ObjectDisposedException>(() => ok.RawBodyBytes);
        Assert.Throws<ObjectDisposedException>(() => ok.RawBody);
        Assert.Equal("Chunked", ok.Body.Name);
        Assert.Equal(200, ok.StatusCode);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    [InlineData(299)]
    public async Task Range2XX_IsSuccessWithTypedBody(int status)
    {
        _server.RespondJson(status, "{\"id\":\"r\",\"name\":\"ranged\"}");

        var result = await _server.CreateFeaturesClient().GetRangesAsync();

        var success = Assert.IsType<GetRangesResult.Success>(result);
        Assert.Equal(status, success.StatusCode);
        Assert.Equal("ranged", success.Body.Name);
        Assert.Same(success, result.EnsureSuccess());
    }

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(499)]
    public async Task Range4XX_IsClientErrorWithTypedBody(int status)
    {
        _server.RespondJson(status, "{\"code\":\"C" + status + "\"}");

        var result = await _server.CreateFeaturesClient().GetRangesAsync();

        var clientError = Assert.IsType<GetRangesResult.ClientError>(result);
        Assert.Equal(status, clientError.StatusCode);
        Assert.Equal("C" + status, clientError.Body.Code);
        Assert.Throws<ApiResponseException>(() => result.EnsureSuccess());
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(599)]
    public async Task Range5XX_IsServerErrorWithTypedBody(int status)
    {
        _server.RespondJson(status, "{\"code\":\"S" + status + "\",\"message\":\"boom\"}");

        var result = await _server.CreateFeaturesClient().GetRangesAsync();

        var serverError = Assert.IsType<GetRangesResult.ServerError>(result);
        Assert.Equal(status, serverError.StatusCode);
        Assert.Equal("S" + status, serverError.Body.Code);
        Assert.Equal("boom", serverError.Body.Message);
    }

    [Fact]
    public async Task Ranges_StatusOutsideEveryRange_IsUndocumented()
    {
        _server.Reset(304);

        var result = await _server.CreateFeaturesClient().GetRangesAsync();

        Assert.Equal(304, Assert.IsType<GetRangesResult.Undocumented>(result).StatusCode);
    }

    [Fact]
    public async Task DefaultResponse_DocumentedStatusIsItsOwnCase()
    {
        _server.RespondJson(200, "{\"id\":\"d\",\"name\":\"dflt\"}");

        var result = await _server.CreateFeaturesClient().GetWithDefaultAsync();

        Assert.Equal("dflt", Assert.IsType<GetWithDefaultResult.Ok>(result).Body.Name);
    }

    [Theory]
    [InlineData(201)]
    [InlineData(418)]
    [InlineData(500)]
    public async Task DefaultResponse_EveryOtherStatusIsDefaultWithTypedBody(int status)
    {
        _server.RespondJson(status, "{\"code\":\"teapot\",\"message\":\"short and stout\"}");

        var result = await _server.CreateFeaturesClient().GetWithDefaultAsync();

        var fallback = Assert.IsType<GetWithDefaultResult.Default>(result);
        Assert.Equal(status, fallback.StatusCode);
        Assert.Equal("teapot", fallback.Body.Code);
        Assert.Equal("short and stout", fallback.Body.Message);
        var described = result.Match(ok: _ => "ok", @default: d => "default " + d.StatusCode);
        Assert.Equal("default " + status, described);
    }

    [Theory]
    [InlineData("2025-01-02T03:04:05Z")]
    [InlineData("2025-01-02T04:04:05+01:00")]
    [InlineData("Thu, 02 Jan 2025 03:04:05 GMT")]
    public async Task TypedResponseHeaders_IntegerStringDateTime(string expiresAt)
    {
        _server.Reset(Response.Create()
            .WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithHeader("X-Rate-Limit", "42")
            .WithHeader("X-Trace", "trace-abc")
            .WithHeader("X-Expires-At", expiresAt)
            .WithBody("{\"id\":\"h\",\"name\":\"headers\"}"));

        var result = await _server.CreateFeaturesClient().GetResponseHeadersAsync();

        var ok = Assert.IsType<GetResponseHeadersResult.Ok>(result);
        Assert.Equal(42, ok.Headers.XRateLimit);
        Assert.Equal("trace-abc", ok.Headers.XTrace);
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero), ok.Headers.XExpiresAt!.Value.ToUniversalTime());
        Assert.Equal("42", ok.Headers.GetValue("x-rate-limit"));
        Assert.Same(ok.Headers, ok.Headers); // made once, on first use
        Assert.Equal("headers", ok.Body.Name);
    }

    [Fact]
    public async Task TypedResponseHeaders_MissingOrUnparseable_ReadAsNull_RawTextKept()
    {
        _server.Reset(Response.Create()
            .WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithHeader("X-Rate-Limit", "lots")
            .WithBody("{\"id\":\"h\",\"name\":\"headers\"}"));

        var ok = Assert.IsType<GetResponseHeadersResult.Ok>(await _server.CreateFeaturesClient().GetResponseHeadersAsync());

        Assert.Null(ok.Headers.XRateLimit);
        Assert.Equal("lots", ok.Headers.GetValue("X-Rate-Limit"));
        Assert.Null(ok.Headers.XTrace);
        Assert.Null(ok.Headers.XExpiresAt);
    }

    [Theory]
    [InlineData("1, 2,3", "a,b c", new long[] { 1, 2, 3 }, new[] { "a", "b c" })]
    [InlineData("7", " x ", new long[] { 7 }, new[] { "x" })]
    [InlineData("1,two", ",", null, new[] { "", "" })]
    public async Task ArrayResponseHeaders_AreTypedLists(string ids, string labels, long[]? expectedIds, string[] expectedLabels)
    {
        _server.Reset(Response.Create()
            .WithStatusCode(200)
            .WithHeader("X-Ids", ids)
            .WithHeader("X-Labels", labels));

        var ok = Assert.IsType<GetListHeadersResult.Ok>(await _server.CreateFeaturesClient().GetListHeadersAsync());

        // Style simple: items split at commas, blanks around each trimmed; a list with an item that is not an integer reads as null.
        Assert.Equal(expectedIds, ok.Headers.XIds);
        Assert.Equal(expectedLabels, ok.Headers.XLabels);
        Assert.Equal(ids, ok.Headers.GetValue("X-Ids"));
    }

    /// <summary>
    /// Set-Cookie is the one header that is never folded into one value (RFC 6265 3): its typed member is every
    /// Set-Cookie field as sent, each whole, whose Expires dates hold commas a list would split at.
    /// </summary>
    [Fact]
    public async Task SetCookieResponseHeader_IsEachFieldWhole()
    {
        var session = "session=abc; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Path=/; HttpOnly";
        _server.Reset(Response.Create().WithStatusCode(200).WithHeader("Set-Cookie", session, "theme=dark"));

        var ok = Assert.IsType<GetListHeadersResult.Ok>(await _server.CreateFeaturesClient().GetListHeadersAsync());

        Assert.Equal(new[] { session, "theme=dark" }, ok.Headers.SetCookie);
        Assert.Null(new GetListHeadersResult.Ok().Headers.SetCookie);
        var fake = new GetListHeadersResult.Ok(new ApiResponseHeaders(new System.Collections.Generic.Dictionary<string, string> { ["set-cookie"] = session }));
        Assert.Equal(new[] { session }, fake.Headers.SetCookie);
    }

    private static string Describe(GetWidgetResult result) => result.Match(
        ok: o => "ok " + o.Body.Name,
        notFound: n => "not found " + n.Body.Code,
        unprocessableEntity: u => "invalid " + u.Body.Errors.Count,
        undocumented: u => "undocumented " + u.StatusCode);
}
