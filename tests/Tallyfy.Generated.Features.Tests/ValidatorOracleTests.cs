using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Features;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// The generated client against a second independent reading of the spec, express-openapi-validator
/// (<see cref="ValidatorServer"/>): each request must be valid by its judgement, and what it parsed of the request
/// (parameters deserialized by style, the body as its media type reads) must equal the values the test passed, so a
/// request that is valid but carries the wrong values fails too. First the operations Prism cannot check
/// (<see cref="PrismOracle"/>), then the others, with values that exercise the encoding.
/// </summary>
/// <remarks>
/// Left out, with the validator's reason (express-openapi-validator 5.6.2):
/// <list type="bullet">
/// <item><c>PathAndHeaderStylesAsync</c>: it knows the path styles simple only; a label or matrix parameter is refused
/// whatever its value ("Parameter 'style' has incorrect value 'label'"). HeaderCookiePathTests checks its wire form.</item>
/// <item>The four operations with servers of their own (<c>GetFromPathItemServerAsync</c>, ...): it serves the
/// document's root servers only (<c>/v1</c>), so their paths are unknown to it. BodyChoiceAndServerTests checks them.</item>
/// <item><c>HeaderParamsAsync</c>: it reads an array header only with an explicit style (not the default, simple), and
/// refuses the request even when the header is absent ("Parameter 'style' has incorrect value 'undefined' for [X-Tags]").</item>
/// <item><c>SecureBothAsync</c>: of a security requirement naming two schemes (a header key and a query key) it allows
/// only the first's query parameter, so it refuses <c>api_key</c> as an unknown query parameter.</item>
/// <item><c>CreatePetAsync</c>: the spec's Pet is a oneOf of Cat and Dog that both admit any cat or dog (no
/// additionalProperties: false), so by JSON Schema every pet matches both; the validator, like Prism, judges oneOf
/// without the discriminator (which OpenAPI says must not change the outcome).</item>
/// </list>
/// And left out of some requests, each said where: it does not apply a URL-encoded body's <c>encoding</c> (styles: what
/// Express's extended parser makes objects and arrays of, deepObject brackets and exploded members, it checks) nor
/// read its fields as their types (a form field is text to it: <c>count=3</c> "must be integer"), reads a multipart part
/// as JSON only when its property's own schema says object or array (not through a <c>$ref</c>), reads a decoded deepObject
/// value again as a query string (<c>me%20%26%20you</c> becomes "me "), and holds an integer as a JavaScript number.
/// </remarks>
[Collection(ValidatorCollection.Name)]
public sealed class ValidatorOracleTests
{
    private readonly ValidatorServer _server;

    public ValidatorOracleTests(ValidatorServer server) => _server = server;

    /// <summary>
    /// Sends one request with a fresh client and returns what the validator parsed of it, failing unless it was sent
    /// once, the validator found it valid (200) and routed it to <paramref name="operation"/> (the method's name).
    /// </summary>
    private async Task<ValidatorReport> Valid<T>(string operation, Func<FeaturesClient, Task<T>> call)
        where T : ApiResponse
    {
        var client = _server.CreateClient(out var exchanges);
        using var result = await call(client);
        var sent = exchanges.All;
        Assert.True(sent.Count == 1, $"{operation}: {sent.Count} requests were sent; the result: {result.GetType().Name} {result.StatusCode}");
        var (request, status, body) = sent[0];
        Assert.True(
            status == 200,
            $"express-openapi-validator refused {request.Method} {request.RequestUri!.OriginalString} ({request.Content?.Headers.ContentType}): {status} {body}\n--- its output ---\n{_server.Output()}");
        var report = new ValidatorReport(JsonDocument.Parse(body).RootElement.Clone());
        Assert.Equal(char.ToLowerInvariant(operation[0]) + operation[1..^"Async".Length], report.OperationId);
        return report;
    }

    /// <summary>Fails unless <paramref name="actual"/> is the JSON of <paramref name="expected"/> (member order aside).</summary>
    private static void Same(object expected, JsonElement actual)
    {
        var want = expected as JsonNode ?? JsonSerializer.SerializeToNode(expected);
        var got = JsonNode.Parse(actual.GetRawText());
        Assert.True(JsonNode.DeepEquals(want, got), $"expected {want?.ToJsonString()}\n  parsed {got?.ToJsonString()}");
    }

    private static ApiFile File(string text, string name, string? type) => new(new MemoryStream(Encoding.UTF8.GetBytes(text)), name, type);

    private const string Reserved = "a/b?c#d&e=f+g,h;i j é";

    // ---- The operations Prism cannot check ----

    /// <summary>Bodiless GETs whose responses Prism cannot make (streams, array headers): only the request is judged here.</summary>
    [Fact]
    public async Task Operations_whose_responses_Prism_cannot_make()
    {
        Same(new { }, (await Valid(nameof(FeaturesClient.StreamLinesAsync), c => c.StreamLinesAsync())).Query);
        Same(new { }, (await Valid(nameof(FeaturesClient.StreamNdjsonAsync), c => c.StreamNdjsonAsync())).Query);
        Same(new { }, (await Valid(nameof(FeaturesClient.StreamSequenceAsync), c => c.StreamSequenceAsync())).Query);
        Same(new { }, (await Valid(nameof(FeaturesClient.StreamLegacyEventsAsync), c => c.StreamLegacyEventsAsync())).Query);
        Same(new { }, (await Valid(nameof(FeaturesClient.StreamEventsAsync), c => c.StreamEventsAsync())).Query);
        Same(new { }, (await Valid(nameof(FeaturesClient.StreamTextAsync), c => c.StreamTextAsync())).Query);
        Same(new { }, (await Valid(nameof(FeaturesClient.GetListHeadersAsync), c => c.GetListHeadersAsync())).Query);
    }

    [Fact]
    public async Task Url_encoded_form_with_encoding_styles()
    {
        // Only the field without an encoding: the validator reads ids=1,2,3, pipes=a|b and spaced=x y as text, not as
        // the arrays their styles make them ("must be array"). RequestBodyTests checks their wire form.
        var report = await Valid(nameof(FeaturesClient.SubmitEncodedFormAsync), c => c.SubmitEncodedFormAsync(new SubmitEncodedFormRequest
        {
            Tags = new[] { "t 1", "t&2", "t=3", "é" },
        }));
        Same(new { tags = new[] { "t 1", "t&2", "t=3", "é" } }, report.Body);
    }

    [Fact]
    public async Task Url_encoded_form_with_structured_fields_in_their_styles()
    {
        // The deepObject fields (Stripe's way: metadata[k]=v, nested objects and array items in brackets) and an object in
        // style form, exploded (each member a field of its own), as Express's extended URL-encoded parser (qs) reads them
        // and the validator then checks against the schema. Left out: pair (form, not exploded) and piped, whose
        // x,1,y,2 the validator reads as text ("must be object"), and plain, JSON text by its content type, likewise.
        var report = await Valid(nameof(FeaturesClient.SubmitStyledFormAsync), c => c.SubmitStyledFormAsync(new SubmitStyledFormRequest
        {
            Metadata = new Dictionary<string, string> { ["order id"] = "6735", ["note"] = "a&b=c [x]" },
            Address = new FormAddress { Line1 = "1 Main St", City = "Paris" },
            Shipping = new SubmitStyledFormRequestShipping { Name = "Jo", Address = new FormAddress { City = "Lyon" } },
            Expand = new[] { "customer", "invoice.subscription" },
            Lines = new[] { new SubmitStyledFormRequestLinesItem { Price = "price_1", Note = "x" }, new SubmitStyledFormRequestLinesItem { Price = "price_2" } },
            Filter = new SubmitStyledFormRequestFilter { Color = "red", Size = "L" },
        }));
        Same(
            new
            {
                metadata = new Dictionary<string, string> { ["order id"] = "6735", ["note"] = "a&b=c [x]" },
                address = new { line1 = "1 Main St", city = "Paris" },
                shipping = new { name = "Jo", address = new { city = "Lyon" } },
                expand = new[] { "customer", "invoice.subscription" },
                lines = new object[] { new { price = "price_1", note = "x" }, new { price = "price_2" } },
                color = "red",
                size = "L",
            },
            report.Body);
    }

    [Fact]
    public async Task Multipart_parts_with_their_encoding_content_types()
    {
        var report = await Valid(nameof(FeaturesClient.UploadEncodedPartsAsync), c => c.UploadEncodedPartsAsync(new UploadEncodedPartsRequest
        {
            // Meta left out: the validator reads its application/vnd.point+json part as text, not JSON ("must be object").
            Note = "# Title\nwith é",
            Image = new ApiFile(new MemoryStream(new byte[] { 0x89, 0x50, 0x4E, 0x47 }), "a.png", null),
            Any = new ApiFile(new MemoryStream(new byte[] { 0xFF, 0xD8 }), "b.jpg", "image/jpeg"),
        }));
        Same(new { note = "# Title\nwith é" }, report.Body);
        Same(
            new object[] { new { field = "image", name = "a.png", type = "image/png", size = 4 }, new { field = "any", name = "b.jpg", type = "image/jpeg", size = 2 } },
            Files(report));
    }

    [Fact]
    public async Task Multipart_form_of_alternatives_beside_a_file()
    {
        // MaxAge left out: the validator reads a form field as text, not as the integer it is ("must be integer").
        var report = await Valid(nameof(FeaturesClient.CreateInviteAsync), c => c.CreateInviteAsync(new CreateInviteRequest
        {
            TargetUserId = Reserved,
            UsersFile = File("u-1", "users.csv", "text/csv"),
        }));
        Same(new { targetUserId = Reserved }, report.Body);
        Same(new object[] { new { field = "usersFile", name = "users.csv", type = "text/csv", size = 3 } }, Files(report));
    }

    [Fact]
    public async Task Multipart_repeated_file_parts()
    {
        var report = await Valid(nameof(FeaturesClient.UploadFilesAsync), c => c.UploadFilesAsync(new UploadFilesRequest
        {
            Files = new[] { File("one", "one.txt", "text/plain"), File("three", "three.txt", "text/plain") },
            Title = Reserved,
        }));
        Same(new { title = Reserved }, report.Body);
        Same(
            new object[] { new { field = "files", name = "one.txt", type = "text/plain", size = 3 }, new { field = "files", name = "three.txt", type = "text/plain", size = 5 } },
            Files(report));
    }

    /// <summary>The uploaded files without their text (compared apart where it matters).</summary>
    private static JsonElement Files(ValidatorReport report)
    {
        var files = new JsonArray(report.Files.EnumerateArray().Select(file => (JsonNode)new JsonObject
        {
            ["field"] = file.GetProperty("field").GetString(),
            ["name"] = file.GetProperty("name").GetString(),
            ["type"] = file.GetProperty("type").GetString(),
            ["size"] = file.GetProperty("size").GetInt32(),
        }).ToArray());
        return JsonDocument.Parse(files.ToJsonString()).RootElement.Clone();
    }

    [Fact]
    public async Task Url_encoded_form_with_an_exploded_array()
    {
        // Count left out: the validator reads count=3 as the text "3" ("must be integer"). Colors has two items: one
        // (colors=red) it reads as text, not as an array of one.
        var report = await Valid(nameof(FeaturesClient.SubmitFormAsync), c => c.SubmitFormAsync(new SubmitFormRequest { Name = Reserved, Colors = new[] { "red", "blue/green" } }));
        Same(new { name = Reserved, colors = new[] { "red", "blue/green" } }, report.Body);

        // A binary field of a URL-encoded form goes as its text.
        report = await Valid(nameof(FeaturesClient.SubmitFormWithFileAsync), c => c.SubmitFormWithFileAsync(new SubmitFormWithFileRequest { Name = "n", Note = File("a note & é", "note.txt", "text/plain") }));
        Same(new { name = "n", note = "a note & é" }, report.Body);
    }

    // ---- The others ----

    [Fact]
    public async Task Query_strings_keep_reserved_characters()
    {
        Same(new { q = Reserved }, (await Valid(nameof(FeaturesClient.QueryRequiredStringAsync), c => c.QueryRequiredStringAsync(Reserved))).Query);
        Same(new { limit = -25 }, (await Valid(nameof(FeaturesClient.QueryOptionalIntAsync), c => c.QueryOptionalIntAsync(-25))).Query);
        Same(new { }, (await Valid(nameof(FeaturesClient.QueryOptionalIntAsync), c => c.QueryOptionalIntAsync(null))).Query);
        Same(new Dictionary<string, object> { ["class"] = Reserved, ["page-size"] = 50 }, (await Valid(nameof(FeaturesClient.AwkwardNamesAsync), c => c.AwkwardNamesAsync(Reserved, 50))).Query);
        Same(new { sort = "desc" }, (await Valid(nameof(FeaturesClient.QueryEnumAsync), c => c.QueryEnumAsync(SortOrder.Desc))).Query);

        // allowReserved: the validator refuses reserved characters left unencoded unless the parameter allows them.
        Same(
            new { next = "/a/b?c=d:e@f!$'()*,;/ x&y+z#[]%", paths = new[] { "/p/q", "r,s" } },
            (await Valid(nameof(FeaturesClient.QueryReservedAsync), c => c.QueryReservedAsync("/a/b?c=d:e@f!$'()*,;%2F x&y+z#[]%", new[] { "/p/q", "r,s" }))).Query);

        // ... and so do its lists, objects and maps. (The spec writes piped's explode: false, its default for
        // pipeDelimited, because the validator defaults every query parameter to explode: true and then does not split.)
        Same(
            new Dictionary<string, object>
            {
                ["list"] = new[] { "/p/q", "r:s" },
                ["piped"] = new[] { "/a", "b c" },
                ["point"] = new { x = "/x?", y = "@y" },
                ["where"] = new { path = "/w/v#1" },
                ["filter"] = new { x = "/f", y = "g:h" },
                ["labels"] = new Dictionary<string, string> { ["k/1"] = "v/1" },
            },
            (await Valid(nameof(FeaturesClient.QueryReservedShapesAsync), c => c.QueryReservedShapesAsync(
                list: new[] { "/p/q", "r:s" },
                piped: new[] { "/a", "b c" },
                point: new ReservedPoint { X = "/x?", Y = "@y" },
                @where: new Where { Path = "/w/v#1" },
                filter: new ReservedPoint { X = "/f", Y = "g:h" },
                labels: new Dictionary<string, string> { ["k/1"] = "v/1" }))).Query);
    }

    [Fact]
    public async Task Query_arrays_of_every_style()
    {
        Same(new { tag = new[] { "x", "y z", "a,b", "é&=" } }, (await Valid(nameof(FeaturesClient.QueryFormArrayAsync), c => c.QueryFormArrayAsync(new[] { "x", "y z", "a,b", "é&=" }))).Query);
        Same(new { tag = new[] { "only" } }, (await Valid(nameof(FeaturesClient.QueryFormArrayAsync), c => c.QueryFormArrayAsync(new[] { "only" }))).Query);
        Same(new { ids = new[] { 1, -2, 3 }, names = new[] { "p q", "r" } }, (await Valid(nameof(FeaturesClient.QueryFormArrayNoExplodeAsync), c => c.QueryFormArrayNoExplodeAsync(new[] { 1, -2, 3 }, new[] { "p q", "r" }))).Query);
        Same(new { ids = new[] { 7 } }, (await Valid(nameof(FeaturesClient.QueryFormArrayNoExplodeAsync), c => c.QueryFormArrayNoExplodeAsync(new[] { 7 }))).Query);
        Same(new { words = new[] { "alpha", "beta", "gamma" } }, (await Valid(nameof(FeaturesClient.QuerySpaceDelimitedAsync), c => c.QuerySpaceDelimitedAsync(new[] { "alpha", "beta", "gamma" }))).Query);
        Same(new { codes = new[] { "A1", "B 2", "C3" } }, (await Valid(nameof(FeaturesClient.QueryPipeDelimitedAsync), c => c.QueryPipeDelimitedAsync(new[] { "A1", "B 2", "C3" }))).Query);
        Same(new { words = new[] { "alpha", "beta gamma" }, codes = new[] { "A1", "B|2" } }, (await Valid(nameof(FeaturesClient.QueryDelimitedExplodedAsync), c => c.QueryDelimitedExplodedAsync(new[] { "alpha", "beta gamma" }, new[] { "A1", "B|2" }))).Query);
    }

    [Fact]
    public async Task Query_objects_of_every_style()
    {
        Same(
            new { filter = new { color = "red", size = "L", owner = "me, you / é" } },
            (await Valid(nameof(FeaturesClient.QueryDeepObjectAsync), c => c.QueryDeepObjectAsync(new Dictionary<string, string> { ["color"] = "red", ["size"] = "L", ["owner"] = "me, you / é" }))).Query);
        Same(
            new { point = new { width = 1.5, height = 2 }, box = new { width = 3, height = 4.25 }, filter = new { width = 5, height = 6 } },
            (await Valid(nameof(FeaturesClient.QueryObjectsAsync), c => c.QueryObjectsAsync(new Rectangle { Width = 1.5, Height = 2 }, new Rectangle { Width = 3, Height = 4.25 }, new Rectangle { Width = 5, Height = 6 }))).Query);
    }

    [Fact]
    public async Task Query_deep_objects_nested_and_of_unions()
    {
        // One item and one member below the first level: of expand[0]=a&expand[1]=b and of options[page][size]=20&
        // options[page][after]=x the validator keeps the last alone (each later name below the first level replaces
        // what the earlier made; QueryParameterTests checks the whole wire form).
        var report = await Valid(nameof(FeaturesClient.QueryDeepNestedAsync), c => c.QueryDeepNestedAsync(
            new CreatedOption1 { Gt = 1700000000, Lte = 1800000000 },
            new[] { "invoice.lines" },
            new Options { Sort = "desc", Page = new OptionsPage { After = "x" } }));
        Same(
            new
            {
                created = new { gt = 1700000000, lte = 1800000000 },
                expand = new[] { "invoice.lines" },
                options = new { sort = "desc", page = new { after = "x" } },
            },
            report.Query);
        // The union's number case is the parameter's own value (the validator reports the absent object parameter as {}).
        var number = await Valid(nameof(FeaturesClient.QueryDeepNestedAsync), c => c.QueryDeepNestedAsync(created: 1700000000L));
        Same(new { created = 1700000000, options = new { } }, number.Query);
    }

    [Fact]
    public async Task Cookie_and_path_parameters()
    {
        var report = await Valid(nameof(FeaturesClient.CookieParamAsync), c => c.CookieParamAsync("abc 123;x=y", "dark"));
        Same(new { session_id = "abc 123;x=y", theme = "dark" }, report.Cookies);
        Same(new { session_id = "s1" }, (await Valid(nameof(FeaturesClient.CookieParamAsync), c => c.CookieParamAsync("s1"))).Cookies);

        // A form-style list that does not explode (ids=1%2C2): the validator decodes the cookie and splits it at commas.
        // cookieLists it refuses whatever is sent: it gives a cookie parameter no default style ("Parameter 'style' has
        // incorrect value 'undefined'"), so its arrays and objects in their default form are not judged here;
        // HeaderCookiePathTests checks their wire form.
        Same(new { ids = new[] { 1, 22, 333 } }, (await Valid(nameof(FeaturesClient.CookieIdsAsync), c => c.CookieIdsAsync(new long[] { 1, 22, 333 }))).Cookies);

        // The largest integer a JavaScript number holds exactly: the validator reads 2^53 + 1 as 2^53.
        Same(
            new { itemId = 9007199254740991L, versionId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301" },
            (await Valid(nameof(FeaturesClient.PathParamsAsync), c => c.PathParamsAsync(9007199254740991L, Guid.Parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301")))).Params);
        Same(new { id = Reserved }, (await Valid(nameof(FeaturesClient.GetWidgetAsync), c => c.GetWidgetAsync(Reserved))).Params);
        Same(new { name = "report 1.bin" }, (await Valid(nameof(FeaturesClient.DownloadAsync), c => c.DownloadAsync("report 1.bin"))).Params);
        Same(new { free = "a b/c", strict = "..." }, (await Valid(nameof(FeaturesClient.GetSegmentsAsync), c => c.GetSegmentsAsync("a b/c", "..."))).Params);
    }

    /// <summary>
    /// A path array in style simple: RFC 6570's <c>{ids}</c> expands a list as its items escaped and joined by literal
    /// commas (<c>a,b%20c</c>). The validator decodes the segment before splitting it, so it cannot tell
    /// <c>a,b%20c</c> from <c>a%2Cb%20c</c>: it accepts both as the same two items.
    /// </summary>
    [Fact]
    public async Task Path_array_in_style_simple()
    {
        Same(new { ids = new[] { "a", "b c", "é" } }, (await Valid(nameof(FeaturesClient.PathArrayAsync), c => c.PathArrayAsync(new[] { "a", "b c", "é" }))).Params);
    }

    /// <summary>The separator the validator cannot see (above), judged on the wire: literal between items, escaped inside one.</summary>
    [Fact]
    public async Task Path_array_in_style_simple_keeps_its_separators_literal()
    {
        var client = _server.CreateClient(out var exchanges);
        using var result = await client.PathArrayAsync(new[] { "a", "x,y" });
        var (request, status, body) = exchanges.All.Single();
        Assert.True(status == 200, body);
        Assert.EndsWith("/params/path-array/a,x%2Cy", request.RequestUri!.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>
    /// A text body goes with the spec's media type exactly as written, no charset added (the text is UTF-8): servers match
    /// the type as a string (the AutoRest test server's media-type scenarios refuse <c>text/plain; charset=utf-8</c>
    /// where the spec says <c>text/plain</c>), and Express's text parser, like ASP.NET Core's, reads UTF-8 by default.
    /// </summary>
    [Fact]
    public async Task Text_bodies_go_with_the_media_type_as_written()
    {
        var report = await Valid(nameof(FeaturesClient.SendTextAsync), c => c.SendTextAsync("é"));
        Assert.Equal("text/plain", report.Header("Content-Type"));
        Same("é", report.Body);
    }

    [Fact]
    public async Task Json_bodies()
    {
        Same(
            new { id = "w-1", name = "Gizmo \"Pro\" é", weight = 2.5 },
            (await Valid(nameof(FeaturesClient.CreateWidgetAsync), c => c.CreateWidgetAsync(new Widget { Id = "w-1", Name = "Gizmo \"Pro\" é", Weight = 2.5 }))).Body);
        Same(new { id = "w-2", name = "Cog" }, (await Valid(nameof(FeaturesClient.UpdateWidgetOptionalAsync), c => c.UpdateWidgetOptionalAsync(new Widget { Id = "w-2", Name = "Cog" }))).Body);
        Same(new { radius = 1.5 }, (await Valid(nameof(FeaturesClient.PostJsonWithCharsetAsync), c => c.PostJsonWithCharsetAsync(new Circle { Radius = 1.5 }))).Body);
        Same(new { radius = 2 }, (await Valid(nameof(FeaturesClient.PostVendorJsonAsync), c => c.PostVendorJsonAsync(new Circle { Radius = 2 }))).Body);
        Same(new { data = (object?)null }, (await Valid(nameof(FeaturesClient.EchoEnvelopeAsync), c => c.EchoEnvelopeAsync(new Envelope { Data = JsonDocument.Parse("null").RootElement }))).Body);
        Same(new { prompt = "hi", stream = false }, (await Valid(nameof(FeaturesClient.CreateCompletionAsync), c => c.CreateCompletionAsync(new CompletionRequest { Prompt = "hi", Stream = false }))).Body);
        Same(new { text = "json" }, (await Valid(nameof(FeaturesClient.PutChoiceAsync), c => c.PutChoiceAsync(new PutChoiceRequest { Text = "json" }))).Body);
    }

    [Fact]
    public async Task Numbers_as_strings()
    {
        // type: string with a numeric format: the validator (Ajv) wants a string there, and takes the query's text.
        var report = await Valid(nameof(FeaturesClient.EchoStringNumbersAsync), c => c.EchoStringNumbersAsync(
            new StringNumbers { Size = 9_007_199_254_740_993, Amount = 12.50m, Unsigned = ulong.MaxValue, Ratio = 0.1, Fee = 0m, Maybe = null, Ids = new[] { -1L, 2L } },
            since: -5));
        // Maybe (optional, nullable) was set to null: sent as null, which its schema allows.
        Same(new { size = "9007199254740993", amount = "12.50", unsigned = "18446744073709551615", ratio = "0.1", fee = "0", maybe = (string?)null, ids = new[] { "-1", "2" } }, report.Body);
        Same(new { since = "-5" }, report.Query);
    }

    [Fact]
    public async Task Text_and_binary_bodies()
    {
        var text = await Valid(nameof(FeaturesClient.SendTextAsync), c => c.SendTextAsync("plain words é"));
        Same("plain words é", text.Body);
        var charset = await Valid(nameof(FeaturesClient.PostTextWithCharsetAsync), c => c.PostTextWithCharsetAsync("héllo wörld"));
        Same("héllo wörld", charset.Body);
        Same("text", (await Valid(nameof(FeaturesClient.PostContentHeadersWithBodyAsync), c => c.PostContentHeadersWithBodyAsync("text", "attachment; filename=\"a.txt\"", "identity"))).Body);
        Same("text or json", (await Valid(nameof(FeaturesClient.PostTextOrJsonAsync), c => c.PostTextOrJsonAsync("text or json"))).Body);
        Same("choice", (await Valid(nameof(FeaturesClient.PutChoiceAsync), c => c.PutChoiceAsync("choice"))).Body);

        Same(new { base64 = "AAEC/w==" }, (await Valid(nameof(FeaturesClient.UploadRawAsync), c => c.UploadRawAsync(new MemoryStream(new byte[] { 0, 1, 2, 255 })))).Body);
        Same(new { base64 = "CQgH" }, (await Valid(nameof(FeaturesClient.PostOctetsOrJsonAsync), c => c.PostOctetsOrJsonAsync(new MemoryStream(new byte[] { 9, 8, 7 })))).Body);
    }

    [Fact]
    public async Task Multipart_with_a_file_an_object_and_an_array()
    {
        var report = await Valid(nameof(FeaturesClient.UploadFileAsync), c => c.UploadFileAsync(new UploadFileRequest
        {
            File = File("hello é", "hello world.txt", "text/plain"),
            Description = Reserved,
            Meta = new UploadFileRequestMeta { Pages = 3 },
            Labels = new[] { new Widget { Id = "l1", Name = "one" }, new Widget { Id = "l2", Name = "two", Weight = 0.5 } },
        }));
        Same(new { description = Reserved, meta = new { pages = 3 }, labels = new object[] { new { id = "l1", name = "one" }, new { id = "l2", name = "two", weight = 0.5 } } }, report.Body);
        Same(new object[] { new { field = "file", name = "hello world.txt", type = "text/plain", size = 8 } }, Files(report));
        Assert.Equal("hello é", report.Files[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Multipart_overload_of_a_json_body()
    {
        var report = await Valid(nameof(FeaturesClient.PostJsonOrFormAsync), c => c.PostJsonOrFormAsync(new PostJsonOrFormMultipartRequest
        {
            Content = Reserved,
            Tags = new[] { "a", "b" },
            Files0 = File("png", "cat.png", null),
        }));
        Same(new { content = Reserved, tags = new[] { "a", "b" } }, report.Body);
        Same(new object[] { new { field = "files[0]", name = "cat.png", type = "image/png", size = 3 } }, Files(report));
    }

    [Fact]
    public async Task Url_encoded_overload_of_a_json_body()
    {
        var report = await Valid(nameof(FeaturesClient.PostFormOrJsonAsync), c => c.PostFormOrJsonAsync(new Message { Content = Reserved, Tags = new[] { "a", "b" } }));
        Same(new { content = Reserved, tags = new[] { "a", "b" } }, report.Body);
    }

    [Fact]
    public async Task Headers_formats_and_content_headers()
    {
        var at = new DateTimeOffset(2024, 6, 1, 12, 30, 0, TimeSpan.FromHours(2));
        var report = await Valid(nameof(FeaturesClient.GetSemanticsAsync), c => c.GetSemanticsAsync("old", at, TimeSpan.FromSeconds(90), at.AddDays(1), at.AddMinutes(5)));
        Assert.Equal("old", report.Query.GetProperty("legacyFilter").GetString());
        Assert.Equal(at, DateTimeOffset.Parse(report.Query.GetProperty("since").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(at.AddDays(1), DateTimeOffset.Parse(report.Query.GetProperty("after").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(at.AddMinutes(5), DateTimeOffset.Parse(report.Header("X-At")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(TimeSpan.FromSeconds(90), System.Xml.XmlConvert.ToTimeSpan(report.Header("X-Wait")!));

        report = await Valid(nameof(FeaturesClient.PutContentHeadersWithoutBodyAsync), c => c.PutContentHeadersWithoutBodyAsync("Q2hlY2sgSW50ZWdyaXR5IQ==", "en-GB", "Thu, 01 Dec 1994 16:00:00 GMT"));
        Assert.Equal("Q2hlY2sgSW50ZWdyaXR5IQ==", report.Header("Content-MD5"));
        Assert.Equal("en-GB", report.Header("Content-Language"));
        Assert.Equal("Thu, 01 Dec 1994 16:00:00 GMT", report.Header("Expires"));
    }

    [Fact]
    public async Task Security_schemes()
    {
        Assert.Equal("Bearer validator-token", (await Valid(nameof(FeaturesClient.SecureBearerAsync), c => c.SecureBearerAsync())).Header("Authorization"));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("validator:secret")), (await Valid(nameof(FeaturesClient.SecureBasicAsync), c => c.SecureBasicAsync())).Header("Authorization"));
        Assert.Equal("header-key", (await Valid(nameof(FeaturesClient.SecureHeaderKeyAsync), c => c.SecureHeaderKeyAsync())).Header("X-Api-Key"));
        Same(new { page = 2, api_key = "query-key" }, (await Valid(nameof(FeaturesClient.SecureQueryKeyAsync), c => c.SecureQueryKeyAsync(2))).Query);
        Same(new { auth_cookie = "cookie-key", theme = "dark" }, (await Valid(nameof(FeaturesClient.SecureCookieKeyAsync), c => c.SecureCookieKeyAsync("dark"))).Cookies);
        await Valid(nameof(FeaturesClient.SecureEitherAsync), c => c.SecureEitherAsync());
        await Valid(nameof(FeaturesClient.SecureInheritedAsync), c => c.SecureInheritedAsync());
        await Valid(nameof(FeaturesClient.PublicEndpointAsync), c => c.PublicEndpointAsync());
    }

    /// <summary>Models with every schema construct: the body the validator parsed is the JSON the model holds.</summary>
    [Fact]
    public async Task Model_bodies()
    {
        var sink = new KitchenSink
        {
            Id = Guid.Parse("5f0c6c1e-9a3b-4c1e-8f55-0a1b2c3d4e5f"),
            Name = "Sink",
            Nickname = null,
            MaybeCount = null,
            CreatedAt = new DateTimeOffset(2024, 5, 6, 7, 8, 9, 123, TimeSpan.FromHours(2)),
            Birthday = new DateOnly(2024, 2, 29),
            Count = int.MaxValue,
            Total = 9007199254740991L,
            Ratio = 0.25f,
            Payload = new byte[] { 0, 1, 2, 255 },
            Matrix = new[] { new[] { 1, 2 }, Array.Empty<int>() },
            Counts = new Dictionary<string, long> { ["a"] = 1 },
            Sort = SortOrder.Asc,
            Priority = new Priority(2),
            Kind = "kitchen-sink",
            Address = new KitchenSinkAddress { City = "Oslo" },
        };
        Same(
            JsonNode.Parse("""{"id":"5f0c6c1e-9a3b-4c1e-8f55-0a1b2c3d4e5f","name":"Sink","nickname":null,"maybeCount":null,"createdAt":"2024-05-06T07:08:09.123+02:00","birthday":"2024-02-29","count":2147483647,"total":9007199254740991,"ratio":0.25,"payload":"AAEC/w==","matrix":[[1,2],[]],"counts":{"a":1},"sort":"asc","priority":2,"kind":"kitchen-sink","address":{"city":"Oslo"}}""")!,
            (await Valid(nameof(FeaturesClient.EchoKitchenSinkAsync), c => c.EchoKitchenSinkAsync(sink))).Body);

        // Clock (format: time) is left out: a TimeOnly is written 23:59:58, as System.Text.Json writes it and ASP.NET Core
        // documents it (format: time); the validator holds to JSON Schema's time, RFC 3339's full-time, which needs an
        // offset a TimeOnly does not hold (README, Formats). SemanticsTests checks its wire form.
        // The validator fills in the defaults of the members left out (mode, label, ratio, enabled).
        Same(
            JsonNode.Parse("""{"kind":"semantic","mode":"safe","label":"none","ratio":0.5,"enabled":true,"pageSize":10,"at":"1970-01-01T00:00:00Z","day":"2024-02-29","wait":"PT5M","link":"https://example.test/x?a=b","price":9.99,"tiny":-1,"octet":255,"port":8080,"huge":18000000000000000000}""")!,
            (await Valid(nameof(FeaturesClient.SendSemanticsAsync), c => c.SendSemanticsAsync(new Semantics
            {
                PageSize = 10,
                At = DateTimeOffset.UnixEpoch,
                Day = new DateOnly(2024, 2, 29),
                Wait = TimeSpan.FromMinutes(5),
                Link = new Uri("https://example.test/x?a=b"),
                Price = 9.99m,
                Tiny = -1,
                Octet = 255,
                Port = 8080,
                Huge = 18_000_000_000_000_000_000,
            }))).Body);

        Same(
            JsonNode.Parse("""{"nullableInts":[null,2],"strictInts":[1],"strictStrings":["s"],"nullableNames":{"n":null},"flexible":7,"secret":"hunter2","x-trace":"t","level":2,"stamps":["2024-01-02T03:04:05Z","2024-01-02T03:04:05+02:00"]}""")!,
            (await Valid(nameof(FeaturesClient.SendWireSchemasAsync), c => c.SendWireSchemasAsync(new WireSchemas
            {
                NullableInts = new int?[] { null, 2 },
                StrictInts = new[] { 1 },
                StrictStrings = new[] { "s" },
                NullableNames = new Dictionary<string, string?> { ["n"] = null },
                Flexible = JsonDocument.Parse("7").RootElement,
                ServerId = "left out",
                Secret = "hunter2",
                XTrace = "t",
                Level = WireSchemasLevel.Value2,
                Stamps = new[] { new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)) },
            }))).Body);

        Same(
            JsonNode.Parse("""{"petType":"ZooCat","name":"Tom","lives":9,"nemesis":{"petType":"ZooDog","name":"Rex","bark":"woof"},"friends":[{"petType":"ZooLion","name":"Leo","lives":1,"mane":true}]}""")!,
            (await Valid(nameof(FeaturesClient.PutZooPetAsync), c => c.PutZooPetAsync(new ZooCat
            {
                Name = "Tom",
                Lives = 9,
                Nemesis = new ZooDog { Name = "Rex", Bark = "woof" },
                Friends = new ZooPet[] { new ZooLion { Name = "Leo", Lives = 1, Mane = true } },
            }))).Body);
        Same(JsonNode.Parse("""{"kind":"car-v1.0","wheels":4,"seats":5}""")!, (await Valid(nameof(FeaturesClient.PutZooVehicleAsync), c => c.PutZooVehicleAsync(new ZooCar { Wheels = 4, Seats = 5 }))).Body);
        Same(JsonNode.Parse("""{"id":"r1","title":"t"}""")!, (await Valid(nameof(FeaturesClient.PutZooRecordAsync), c => c.PutZooRecordAsync(new ZooRecord { Id = "r1", Title = "t" }))).Body);
        Same(
            JsonNode.Parse("""{"label":"fruit","additionalProperties":"declared","apples":3}""")!,
            (await Valid(nameof(FeaturesClient.PutZooTallyAsync), c => c.PutZooTallyAsync(new ZooTally { Label = "fruit", AdditionalProperties = "declared", AdditionalProperties2 = new Dictionary<string, long> { ["apples"] = 3 } }))).Body);
    }

    /// <summary>Every operation that takes no argument: the validator finds each request valid and routes it to its operation.</summary>
    [Fact]
    public async Task Every_operation_without_arguments()
    {
        // Servers of their own: the validator serves only the document's root servers.
        var ownServers = new[]
        {
            nameof(FeaturesClient.GetFromPathItemServerAsync), nameof(FeaturesClient.PostToOperationServerAsync),
            nameof(FeaturesClient.GetFromRelativeServerAsync), nameof(FeaturesClient.GetFromAbsoluteServerAsync),
            nameof(FeaturesClient.SecureBothAsync), // its query key is refused (see the remarks above)
        };
        var methods = typeof(FeaturesClient).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && !ownServers.Contains(m.Name)
                && m.GetParameters() is [{ ParameterType: var only }] && only == typeof(System.Threading.CancellationToken))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        Assert.True(methods.Count >= 30, $"only {methods.Count} operations without arguments were found");
        foreach (var method in methods)
        {
            var report = await Valid(method.Name, async c =>
            {
                var task = (Task)method.Invoke(c, new object[] { System.Threading.CancellationToken.None })!;
                await task;
                return (ApiResponse)task.GetType().GetProperty("Result")!.GetValue(task)!;
            });
            Assert.Equal(0, report.Body.ValueKind == JsonValueKind.Undefined ? 0 : report.Body.EnumerateObject().Count());
        }
    }

    /// <summary>A request the spec does not allow is refused: the oracle really checks what it is sent.</summary>
    [Fact]
    public async Task The_validator_refuses_a_request_the_spec_does_not_allow()
    {
        var client = _server.CreateClient(out var exchanges);
        using var result = await client.QueryFormArrayNoExplodeAsync(new[] { 1 }, new[] { "a" });
        Assert.Equal(200, exchanges.All.Single().Status);

        // X-Api-Version is a const the client always sends; an unknown query parameter and a wrong type are refused.
        using var http = new System.Net.Http.HttpClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "t");
        var baseUri = new Uri(exchanges.All.Single().Request.RequestUri!, "/v1/");
        using var unknown = await http.GetAsync(new Uri(baseUri, "params/optional-int?limit=1&other=2"));
        Assert.Equal(400, (int)unknown.StatusCode);
        using var notInt = await http.GetAsync(new Uri(baseUri, "params/optional-int?limit=x"));
        Assert.Equal(400, (int)notInt.StatusCode);
        Assert.Contains("must be integer", await notInt.Content.ReadAsStringAsync());
        using var anonymous = new System.Net.Http.HttpClient();
        using var noToken = await anonymous.GetAsync(new Uri(baseUri, "params/optional-int?limit=1"));
        Assert.Equal(401, (int)noToken.StatusCode);
    }
}
