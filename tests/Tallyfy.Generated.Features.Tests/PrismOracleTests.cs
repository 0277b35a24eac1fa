using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Features;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// The generated client against an independent reading of the same spec: Stoplight Prism validates each request
/// (<see cref="PrismServer"/>) and answers with a mock response built from the spec, which the client must then read
/// into its documented case. Our own wire tests (QueryParameterTests, RequestBodyTests, ...) say what we meant to
/// send; these say that someone else's OpenAPI implementation agrees it is what the spec describes.
/// </summary>
public sealed class PrismOracleTests : IClassFixture<PrismServer>
{
    private readonly PrismServer _prism;

    public PrismOracleTests(PrismServer prism) => _prism = prism;

    private FeaturesClient Client => _prism.CreateFeaturesClient();

    /// <summary>
    /// Prism took the request as valid (no <c>sl-violations</c> header, a 2xx it chose from the documented ones) and
    /// the client read the response it built: the result is the case <typeparamref name="TCase"/> with no body error.
    /// </summary>
    private TCase Accepted<TCase>(ApiResponse result)
        where TCase : ApiResponse
    {
        var violations = result.Headers.GetValue("sl-violations");
        Assert.True(violations is null && result.IsSuccess,
            $"Prism refused the request: {result.StatusCode} {violations}\n{result.RawBody}\n--- Prism's log ---\n{_prism.Output()}");
        Assert.True(result.BodyError is null, $"The client could not read Prism's {result.StatusCode} body: {result.BodyError}\n{result.RawBody}");
        return Assert.IsAssignableFrom<TCase>(result);
    }

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
        await Send(c => c.QueryDeepObjectAsync(new Dictionary<string, string> { ["color"] = "red", ["size"] = "L" })),
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
        // Streams Prism 5.16.0 cannot mock: it has no writer for JSON Lines, NDJSON or JSON text sequences, and does
        // not write an object schema as event-stream text (it answers 500 for each).
        var unmockable = new[]
        {
            nameof(FeaturesClient.StreamLinesAsync), nameof(FeaturesClient.StreamNdjsonAsync),
            nameof(FeaturesClient.StreamSequenceAsync), nameof(FeaturesClient.StreamLegacyEventsAsync),
        };
        var client = _prism.CreateFeaturesClient(new FeaturesClientCredentials
        {
            BearerAuth = "prism-token",
            BasicAuth = new ApiBasicCredentials("prism", "secret"),
            HeaderKey = "header-key",
            QueryKey = "query-key",
            CookieKey = "cookie-key",
        });
        var methods = typeof(FeaturesClient).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && !ownServers.Contains(m.Name) && !unmockable.Contains(m.Name)
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
            var violations = result.Headers.GetValue("sl-violations");
            var requestRefused = violations?.Contains("\"request\"", StringComparison.Ordinal) == true || !result.IsSuccess;
            var mockInvalid = violations?.Contains("\"response\"", StringComparison.Ordinal) == true;
            if (requestRefused || result.GetType().Name == "Undocumented" || (result.BodyError is not null && !mockInvalid))
            {
                failures.Add($"{method.Name}: {result.GetType().Name} {result.StatusCode} {violations} {result.BodyError?.Message}\n  {Shorten(result.RawBody)}");
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
