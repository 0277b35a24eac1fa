using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// Some specs tell operations on one path apart by a query written into the path key (formapi's
/// <c>/templates?desc=html</c>, ecotaco's <c>/rides?page={page}&amp;per_page={per_page}</c>, openSUSE's
/// <c>…?view=fileinfo</c>). The client sends that query as written, and the operation's query parameters after it
/// joined by '&amp;': a second '?' made them part of the key's last value (<c>desc=html?name=x</c>), so the server never
/// saw them. An API key sent in the query joins it alike.
/// </summary>
public sealed class QueryInPathKeyTests
{
    [Fact]
    public void The_query_parameters_follow_a_query_in_the_path_key_after_an_ampersand()
    {
        var text = """
            openapi: 3.0.3
            info: { title: Templates, version: "1" }
            servers: [{ url: "https://example.test/api" }]
            components:
              securitySchemes:
                key: { type: apiKey, in: query, name: key }
            paths:
              /templates?desc=html:
                post:
                  operationId: createHtml
                  parameters:
                    - { name: name, in: query, schema: { type: string } }
                  responses: { "204": { description: created } }
              /rides?page={page}&per_page={perPage}:
                get:
                  operationId: listRides
                  parameters:
                    - { name: page, in: path, required: true, schema: { type: integer } }
                    - { name: perPage, in: path, required: true, schema: { type: integer } }
                    - { name: sort, in: query, schema: { type: string } }
                  responses: { "204": { description: listed } }
              /search?:
                get:
                  operationId: search
                  parameters:
                    - { name: q, in: query, required: true, schema: { type: string } }
                  responses: { "204": { description: found } }
              /keyed?mode=a:
                get:
                  operationId: keyed
                  security: [{ key: [] }]
                  parameters:
                    - { name: n, in: query, schema: { type: integer } }
                  responses: { "204": { description: found } }
              /plain:
                get:
                  operationId: plain
                  parameters:
                    - { name: v, in: query, schema: { type: string } }
                  responses: { "204": { description: found } }
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/templates.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var user = """
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;

            public sealed class UrlRecorder : HttpMessageHandler
            {
                public readonly System.Collections.Generic.List<string> Urls = new();

                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    Urls.Add(request.RequestUri!.OriginalString);
                    return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.NoContent) { RequestMessage = request });
                }
            }

            public static class Probe
            {
                public static string Run()
                {
                    var recorder = new UrlRecorder();
                    var client = new Tallyfy.TallyfyClient(new HttpClient(recorder), credentials: new Tallyfy.TallyfyClientCredentials { Key = "K" });
                    client.CreateHtmlAsync("a b&c").GetAwaiter().GetResult();
                    client.CreateHtmlAsync().GetAwaiter().GetResult();
                    client.ListRidesAsync(2, 50, "date").GetAwaiter().GetResult();
                    client.ListRidesAsync(2, 50).GetAwaiter().GetResult();
                    client.SearchAsync("x").GetAwaiter().GetResult();
                    client.KeyedAsync(1).GetAwaiter().GetResult();
                    client.KeyedAsync().GetAwaiter().GetResult();
                    client.PlainAsync("v").GetAwaiter().GetResult();
                    return string.Join("\n", recorder.Urls);
                }
            }
            """;
        var urls = ((string)run.Load(user, "query-in-path-key").GetType("Probe")!.GetMethod("Run")!.Invoke(null, null)!).Split('\n');

        Assert.Equal(
            new[]
            {
                "https://example.test/api/templates?desc=html&name=a%20b%26c",
                "https://example.test/api/templates?desc=html",
                "https://example.test/api/rides?page=2&per_page=50&sort=date",
                "https://example.test/api/rides?page=2&per_page=50",
                "https://example.test/api/search?q=x",
                "https://example.test/api/keyed?mode=a&n=1&key=K",
                "https://example.test/api/keyed?mode=a&key=K",
                "https://example.test/api/plain?v=v",
            },
            urls);
    }
}
