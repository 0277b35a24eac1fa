using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Features;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// The generated client against an independent reading of the same spec: Stoplight Prism validates each request
/// (<see cref="PrismServer"/>) and answers with a mock response built from the spec, which the client must then read
/// into its documented case. Our own wire tests (QueryParameterTests, RequestBodyTests, ...) say what we meant to
/// send; these say that someone else's OpenAPI implementation agrees it is what the spec describes. Every test here
/// runs twice: against Prism answering from the spec's examples (<see cref="PrismOracleTests"/>) and against Prism
/// generating each response from its schema (<see cref="PrismDynamicOracleTests"/>).
/// </summary>
public abstract class PrismOracle
{
    private readonly PrismServer _prism;

    protected PrismOracle(PrismServer prism) => _prism = prism;

    protected FeaturesClient Client => _prism.CreateFeaturesClient(new FeaturesClientCredentials
    {
        BearerAuth = "prism-token",
        BasicAuth = new ApiBasicCredentials("prism", "secret"),
        HeaderKey = "header-key",
        QueryKey = "query-key",
        CookieKey = "cookie-key",
    });

    /// <summary>
    /// What is wrong with a call by Prism's judgement and the client's, null when nothing is: Prism refused the request
    /// (an error of the request in <c>sl-violations</c>, or not a 2xx it chose from the documented ones), the client
    /// filed the answer as undocumented, or it could not read the body, unless Prism says its own response breaks the
    /// spec (<paramref name="mockInvalid"/>: then the client may refuse it).
    /// </summary>
    private static string? Fault(ApiResponse result, out bool mockInvalid)
    {
        var errors = PrismViolation.Errors(result.Headers.GetValue("sl-violations"));
        var request = errors.Where(e => e.Where == "request").Select(e => e.Text).ToList();
        mockInvalid = errors.Any(e => e.Where != "request");
        if (request.Count > 0 || !result.IsSuccess)
        {
            return $"Prism refused the request: {result.StatusCode} {string.Join("; ", request)}\n  {Shorten(result.RawBody)}";
        }

        if (result.GetType().Name == "Undocumented")
        {
            return $"{result.StatusCode} read as undocumented";
        }

        return result.BodyError is not null && !mockInvalid
            ? $"The client could not read Prism's {result.StatusCode} body: {result.BodyError.Message}\n  {Shorten(result.RawBody)}"
            : null;
    }

    /// <summary>
    /// Prism took the request as valid and the client read the response it built into a documented case,
    /// <typeparamref name="TCase"/> (<see cref="Fault"/>).
    /// </summary>
    protected TCase Accepted<TCase>(ApiResponse result)
        where TCase : ApiResponse
    {
        var fault = Fault(result, out _);
        Assert.True(fault is null, fault + "\n--- Prism's log ---\n" + _prism.Output());
        return Assert.IsAssignableFrom<TCase>(result);
    }

    [Fact]
    public async Task Every_other_request_shape() => Assert.All(new ApiResponse[]
    {
        await Send(c => c.GetWidgetAsync("w 1/2")),
        // Not sent: a Pet. Prism checks oneOf as JSON Schema does, without the discriminator, and a cat also matches
        // the Dog schema (no additionalProperties: false), so it refuses any pet as matching more than one.
        await Send(c => c.PostJsonWithCharsetAsync(new Circle { Radius = 1.5 })),
        await Send(c => c.PostTextWithCharsetAsync("héllo wörld")),
        await Send(c => c.PostVendorJsonAsync(new Circle { Radius = 2 })),
        await Send(c => c.QueryObjectsAsync(new Rectangle { Width = 1, Height = 2 }, new Rectangle { Width = 3, Height = 4 }, new Rectangle { Width = 5, Height = 6 })),
        await Send(c => c.PutContentHeadersWithoutBodyAsync("Q2hlY2sgSW50ZWdyaXR5IQ==", "en-GB", "Thu, 01 Dec 1994 16:00:00 GMT")),
        await Send(c => c.PostContentHeadersWithBodyAsync("text", "attachment; filename=\"a.txt\"", "identity")),
        // Files left out: Prism reads repeated parts of one name as one value, not an array (as with form fields).
        await Send(c => c.UploadFilesAsync(new UploadFilesRequest { Title = "no files" })),
        // A form with no field: Prism's multipart parser crashed the server on the empty part .NET writes by default.
        await Send(c => c.UploadFilesAsync(new UploadFilesRequest())),
        await Send(c => c.SubmitFormWithFileAsync(new SubmitFormWithFileRequest { Name = "n", Note = new ApiFile(new MemoryStream(Encoding.UTF8.GetBytes("a note")), "note.txt", "text/plain") })),
        await Send(c => c.PutChoiceAsync(new PutChoiceRequest { Text = "json" })),
        await Send(c => c.PutChoiceAsync("text")),
        await Send(c => c.PostTextOrJsonAsync("text or json")),
        await Send(c => c.PostOctetsOrJsonAsync(new MemoryStream(new byte[] { 9, 8, 7 }))),
        await Send(c => c.GetSemanticsAsync("old", new DateTimeOffset(2024, 6, 1, 12, 30, 0, TimeSpan.FromHours(2)), TimeSpan.FromSeconds(90))),
        await Send(c => c.SendSemanticsAsync(new Semantics
        {
            PageSize = 10, Label = "l", Ratio = 0.5, Enabled = true, At = DateTimeOffset.UnixEpoch, Day = new DateOnly(2024, 2, 29),
            Clock = new TimeOnly(23, 59, 58), Wait = TimeSpan.FromMinutes(5), Link = new Uri("https://example.test/x"), Price = 9.99m,
            Tiny = -1, Octet = 255, Small = -300, Port = 8080, Count = 7, Huge = 18_000_000_000_000_000_000,
        })),
        await Send(c => c.EchoEnvelopeAsync(new Envelope { Data = JsonNull })),
        await Send(c => c.ListWidgetsAsync()),
        // Parts typed by their encoding. Left out: SubmitEncodedFormAsync, whose spaceDelimited field Prism 5.16.0 refuses
        // even when absent (RequestBodyTests checks its wire form); the part of a +json type Prism does not read as JSON.
        await Send(c => c.UploadEncodedPartsAsync(new UploadEncodedPartsRequest { Note = "n", Image = new ApiFile(new MemoryStream(new byte[] { 1 }), "a.png", null) })),
        // PathAndHeaderStylesAsync and SimplePathStylesAsync are left out: Prism 5.16.0's path deserializers crash the
        // server on any label path parameter (TypeError in deserializeLabelStyle) and on a simple-style path array
        // (value.split is not a function, in simple.js's deserializeArray); HeaderCookiePathTests checks their wire form.
        await Send(c => c.CreateCompletionAsync(new CompletionRequest { Prompt = "hi", Stream = false })),
        await Send(c => c.DownloadAsync("report.bin")),
        await Send(c => c.SecureQueryKeyAsync(2)),
        await Send(c => c.SecureCookieKeyAsync("dark")),
    }, result => Assert.True(Accepted<ApiResponse>(result).IsSuccess));

    /// <summary>
    /// Operations whose responses Prism 5.16.0 cannot make (it answers 500): it has no writer for JSON Lines, NDJSON
    /// or JSON text sequences, does not write an object schema as event-stream text or as */*, and crashes on an array header.
    /// </summary>
    protected virtual IReadOnlyCollection<string> Unmockable => UnmockableStreams;

    /// <summary>A JSON null as a value: what a schema that admits any value (<c>{}</c>) may hold.</summary>
    private static readonly System.Text.Json.JsonElement JsonNull = System.Text.Json.JsonDocument.Parse("null").RootElement;

    protected static readonly string[] UnmockableStreams =
    {
        nameof(FeaturesClient.StreamLinesAsync), nameof(FeaturesClient.StreamNdjsonAsync),
        nameof(FeaturesClient.StreamSequenceAsync), nameof(FeaturesClient.StreamLegacyEventsAsync),

        // Not a stream: Prism crashes validating an array response header it made itself (deserializeArray, style simple).
        nameof(FeaturesClient.GetListHeadersAsync),

        // An object schema under */*: Prism writes */* as text and refuses to ("Cannot serialise complex objects as text").
        // WireSchemaTests reads it from WireMock.
        nameof(FeaturesClient.GetAnyJsonAsync),
    };

    /// <summary>Sends one request; a transport failure (Prism gone) fails with Prism's log, which says why.</summary>
    private async Task<ApiResponse> Send<T>(Func<FeaturesClient, Task<T>> call)
        where T : ApiResponse
    {
        try
        {
            return await call(Client);
        }
        catch (System.Net.Http.HttpRequestException e)
        {
            Assert.Fail($"{e.Message}\n--- Prism's log ---\n{_prism.Output()}");
            throw;
        }
    }

    /// <summary>A request Prism must refuse, to show these tests can fail: the oracle really checks what it is sent.</summary>
    [Fact]
    public async Task Prism_refuses_a_request_the_spec_does_not_allow()
    {
        // The spec's default security is a bearer token; without one Prism answers 401.
        var result = await _prism.CreateFeaturesClient(new FeaturesClientCredentials()).QueryRequiredStringAsync("x");

        Assert.Equal(401, result.StatusCode);
        Assert.IsType<QueryRequiredStringResult.Undocumented>(result);
    }

    [Fact]
    public async Task Query_parameters_of_every_style() => Assert.All(new ApiResponse[]
    {
        await Send(c => c.QueryRequiredStringAsync("a b&c=d/é+?#")),
        await Send(c => c.QueryOptionalIntAsync(25)),
        await Send(c => c.QueryOptionalIntAsync(null)),
        await Send(c => c.QueryFormArrayAsync(new[] { "x", "y z", "a,b" })),
        await Send(c => c.QueryFormArrayNoExplodeAsync(new[] { 1, 2, 3 }, new[] { "p", "q" })),
        await Send(c => c.QuerySpaceDelimitedAsync(new[] { "alpha", "beta" })),
        await Send(c => c.QueryPipeDelimitedAsync(new[] { "A1", "B2" })),
        await Send(c => c.QueryDelimitedExplodedAsync(new[] { "alpha", "beta" }, new[] { "A1", "B2" })),
        await Send(c => c.QueryDeepObjectAsync(new Dictionary<string, string> { ["color"] = "red", ["size"] = "L" })),
        await Send(c => c.QueryDeepNestedAsync(new CreatedOption1 { Gt = 1, Lte = 2 }, new[] { "customer", "invoice" }, new Options { Sort = "desc", Page = new OptionsPage { Size = 20, After = "x" } })),
        await Send(c => c.QueryDeepNestedAsync(created: 1700000000L)),
        await Send(c => c.QueryEnumAsync(SortOrder.Desc)),
        await Send(c => c.AwkwardNamesAsync("first", 10)),
    }, result => Assert.True(Accepted<ApiResponse>(result).StatusCode == 204));

    [Fact]
    public async Task Header_cookie_and_path_parameters() => Assert.All(new ApiResponse[]
    {
        await Send(c => c.HeaderParamsAsync("req-1", new[] { "a", "b" })),
        // Not sent: the same without the optional X-Tags. Prism 5.16.0 itself crashes on an absent optional array
        // header (its simple-style deserializer splits undefined); QueryParameterTests covers leaving it out.
        await Send(c => c.CookieParamAsync("s3ss10n", "dark")),
        await Send(c => c.CookieParamAsync("s3ss10n")),
        await Send(c => c.PathParamsAsync(42L, Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"))),
        await Send(c => c.GetSegmentsAsync("a b/c", "plain")),
    }, result => Assert.True(Accepted<ApiResponse>(result).IsSuccess));

    [Fact]
    public async Task Json_request_bodies_are_valid_against_their_schemas()
    {
        var created = Accepted<CreateWidgetResult.Created>(await Client.CreateWidgetAsync(new Widget { Id = "w-1", Name = "Sprocket", Weight = 2.5 }));
        Assert.NotNull(created.Body.Id);
        Accepted<UpdateWidgetOptionalResult.NoContent>(await Client.UpdateWidgetOptionalAsync(new Widget { Id = "w-2", Name = "Cog" }));
        Accepted<UpdateWidgetOptionalResult.NoContent>(await Client.UpdateWidgetOptionalAsync(null));
    }

    [Fact]
    public async Task Form_multipart_binary_and_text_bodies()
    {
        // Colors is left out: Prism 5.16.0 reads a form field as an array only when the spec's `encoding` names its
        // style, not by the default (form, exploded: colors=red&colors=blue, which RequestBodyTests checks).
        Accepted<SubmitFormResult.NoContent>(await Client.SubmitFormAsync(new SubmitFormRequest { Name = "Jane Doe & co=1", Count = 3 }));
        Accepted<SubmitFormResult.NoContent>(await Client.SubmitFormAsync(new SubmitFormRequest { Name = "only" }));
        // Structured form fields in their encoding's styles (deepObject in brackets, form exploded, form). Left out, each
        // by Prism 5.16.0's reading: lines, an array of objects in deepObject (lines[0][price]=...), which it wants as
        // JSON text (415); plain, an object with only a content type, JSON text as OpenAPI's default for an object and
        // its own example have it, which it reads in style form ("must be object"); and SubmitPipedFormAsync, whose
        // object in style pipeDelimited (left|1|right|2, OpenAPI's style table) stops Prism's process. RequestBodyTests
        // checks their wire form; ValidatorOracleTests has Express's reading of the deepObject ones (Prism takes a
        // deepObject field sent as JSON text as well, so only the validator tells the two apart).
        Accepted<SubmitStyledFormResult.NoContent>(await Client.SubmitStyledFormAsync(new SubmitStyledFormRequest
        {
            Metadata = new Dictionary<string, string> { ["order"] = "6735" },
            Address = new FormAddress { Line1 = "1 Main St", City = "Paris" },
            Shipping = new SubmitStyledFormRequestShipping { Name = "Jo", Address = new FormAddress { City = "Lyon" } },
            Expand = new[] { "customer", "invoice" },
            Filter = new SubmitStyledFormRequestFilter { Color = "red", Size = "L" },
            Pair = new SubmitStyledFormRequestPair { Left = "a", Right = "b" },
        }));
        Accepted<UploadFileResult.NoContent>(await Client.UploadFileAsync(new UploadFileRequest
        {
            File = new ApiFile(new MemoryStream(Encoding.UTF8.GetBytes("hello")), "hello.txt", "text/plain"),
            Description = "a greeting",
        }));
        Accepted<UploadRawResult.NoContent>(await Client.UploadRawAsync(new MemoryStream(new byte[] { 0, 1, 2, 255 })));
        Accepted<SendTextResult.NoContent>(await Client.SendTextAsync("plain words"));
    }

    /// <summary>
    /// Every operation that takes no argument (a GET or a bodiless POST) is called once: Prism accepts the request and
    /// the client reads the response Prism builds from the spec's examples or schemas into a documented case. Prism
    /// also checks the response it built; where it says its own mock breaks the spec (a recursive type cut short, a
    /// placeholder "string" for a base64 <c>byte</c>), the client may refuse that body, so only the request is judged.
    /// </summary>
    [Fact]
    public async Task Every_operation_without_arguments_reads_the_mock_response()
    {
        // Operations with servers of their own (path item, operation, relative and absolute): Prism serves only the root's.
        var ownServers = new[]
        {
            nameof(FeaturesClient.GetFromPathItemServerAsync), nameof(FeaturesClient.PostToOperationServerAsync),
            nameof(FeaturesClient.GetFromRelativeServerAsync), nameof(FeaturesClient.GetFromAbsoluteServerAsync),
        };
        var client = Client;
        var methods = typeof(FeaturesClient).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && !ownServers.Contains(m.Name) && !Unmockable.Contains(m.Name)
                && m.GetParameters() is [{ ParameterType: var only }] && only == typeof(CancellationToken))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        Assert.True(methods.Count >= 25, $"only {methods.Count} operations without arguments were found");

        var failures = new List<string>();
        var mockBreaksSpec = new List<string>();
        foreach (var method in methods)
        {
            var task = (Task)method.Invoke(client, new object[] { CancellationToken.None })!;
            await task;
            using var result = (ApiResponse)task.GetType().GetProperty("Result")!.GetValue(task)!;
            if (Fault(result, out var mockInvalid) is { } fault)
            {
                failures.Add($"{method.Name}: {result.GetType().Name}: {fault}");
            }
            else if (mockInvalid)
            {
                mockBreaksSpec.Add(method.Name);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n--- Prism's log ---\n" + _prism.Output());
        // Most mock responses are valid: the body check above is not vacuous.
        Assert.True(mockBreaksSpec.Count * 4 < methods.Count, "Prism's mock broke the spec for " + string.Join(", ", mockBreaksSpec));
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}

/// <summary>Prism answering from the spec's examples (or each schema's first choices where there is none).</summary>
public sealed class PrismOracleTests : PrismOracle, IClassFixture<PrismServer>
{
    public PrismOracleTests(PrismServer prism)
        : base(prism)
    {
    }
}

/// <summary>
/// Prism generating every response from its schema (seeded: <see cref="DynamicPrismServer.Seed"/>). Besides the common
/// tests, each model read from such a response is sent back where the spec takes it as a request body: Prism then
/// checks what the generated writer makes of what the generated reader read.
/// </summary>
public sealed class PrismDynamicOracleTests : PrismOracle, IClassFixture<DynamicPrismServer>
{
    public PrismDynamicOracleTests(DynamicPrismServer prism)
        : base(prism)
    {
    }

    /// <summary>And the event streams and the JSON documented by an example only: in dynamic mode Prism makes nothing for a media type without a schema.</summary>
    protected override IReadOnlyCollection<string> Unmockable { get; } =
        UnmockableStreams.Append(nameof(FeaturesClient.StreamEventsAsync)).Append(nameof(FeaturesClient.StreamTextAsync)).Append(nameof(FeaturesClient.GetUntypedAsync)).ToArray();

    /// <remarks>
    /// Not among them: the kitchen sink and the semantics model (Prism's faker writes a <c>byte</c> member as text that
    /// is not base64, and a <c>duration</c> as "P", which Prism itself then flags in the response), and the oneOf pet
    /// (its generated petType matches no mapping, so the value matches more than one alternative, also flagged).
    /// </remarks>
    [Fact]
    public async Task Models_read_from_generated_responses_are_written_back_valid()
    {
        var wire = Accepted<GetWireSchemasResult.Ok>(await Client.GetWireSchemasAsync()).Body;
        Accepted<SendWireSchemasResult.NoContent>(await Client.SendWireSchemasAsync(new WireSchemas
        {
            NullableInts = wire.NullableInts,
            StrictInts = wire.StrictInts,
            StrictStrings = wire.StrictStrings,
            NullableNames = wire.NullableNames,
            Flexible = wire.Flexible,
            Numeric = wire.Numeric,
            ServerId = wire.ServerId, // readOnly: the writer leaves it out
            Secret = "s3cret", // writeOnly and required: no response carries it, a request must
            XTrace = wire.XTrace,
            Level = wire.Level,
            Stamps = wire.Stamps,
            AdditionalProperties = wire.AdditionalProperties,
        }));
        Accepted<PutZooPetResult.NoContent>(await Client.PutZooPetAsync(Accepted<GetZooPetResult.Ok>(await Client.GetZooPetAsync()).Body));
        Accepted<PutZooVehicleResult.NoContent>(await Client.PutZooVehicleAsync(Accepted<GetZooVehicleResult.Ok>(await Client.GetZooVehicleAsync()).Body));
        Accepted<PutZooRecordResult.NoContent>(await Client.PutZooRecordAsync(Accepted<GetZooRecordResult.Ok>(await Client.GetZooRecordAsync()).Body));
        Accepted<PutZooTallyResult.NoContent>(await Client.PutZooTallyAsync(Accepted<GetZooTallyResult.Ok>(await Client.GetZooTallyAsync()).Body));
    }
}

/// <summary>
/// The Swagger 2.0 spec's client against Prism mocking it: a <c>multi</c> query array, a JSON body, formData with a
/// file (multipart). Not sent: the <c>tsv</c> query array, whose collectionFormat Prism does not read (it reports the
/// parameter missing whatever is sent).
/// </summary>
public sealed class PrismLegacyOracleTests : IClassFixture<LegacyPrismServer>
{
    private readonly LegacyPrismServer _prism;

    public PrismLegacyOracleTests(LegacyPrismServer prism) => _prism = prism;

    [Fact]
    public async Task Swagger2_requests_are_valid_and_responses_read()
    {
        var client = _prism.CreateLegacyClient();
        var results = new Legacy.ApiResponse[]
        {
            await client.ListOrdersAsync(new[] { "open", "on hold" }, limit: 10),
            await client.CreateOrderAsync(new Legacy.Order { Id = 0, Items = new[] { "pear", "fig" }, Status = Legacy.OrderStatus.Open, PlacedAt = new DateTimeOffset(2021, 3, 4, 5, 6, 7, TimeSpan.FromHours(-5)) }),
            await client.AttachFileAsync(77, new Legacy.AttachFileRequest
            {
                File = new Legacy.ApiFile(new MemoryStream(Encoding.ASCII.GetBytes("hello")), "invoice.txt", "text/plain"),
                Note = "the invoice",
            }),
        };

        Assert.All(results, result =>
        {
            Assert.True(result.Headers.GetValue("sl-violations") is null && result.IsSuccess, $"{result.StatusCode} {result.Headers.GetValue("sl-violations")}\n{result.RawBody}\n--- Prism's log ---\n{_prism.Output()}");
            Assert.Null(result.BodyError);
            Assert.NotEqual("Undocumented", result.GetType().Name);
        });
    }
}
