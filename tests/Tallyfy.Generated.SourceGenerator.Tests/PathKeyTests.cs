using System.Linq;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// Path keys as real specs write them, beyond segments and placeholders. The client sends its URL uncanonicalized (an
/// escaped <c>.</c> must not turn back into a dot segment), so what the literal parts of a key hold goes into the
/// request line as the URL is built.
/// </summary>
public sealed class PathKeyTests
{
    /// <summary>
    /// Some specs tell operations on one path apart by a query written into the path key (formapi's
    /// <c>/templates?desc=html</c>, ecotaco's <c>/rides?page={page}&amp;per_page={per_page}</c>, openSUSE's
    /// <c>…?view=fileinfo</c>). The client sends that query as written, and the operation's query parameters after it
    /// joined by '&amp;': a second '?' made them part of the key's last value (<c>desc=html?name=x</c>), so the server
    /// never saw them. An API key sent in the query joins it alike.
    /// </summary>
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
        var urls = RequestProbe.Sent(run, "query-in-path-key", "request.RequestUri!.OriginalString", """
            client.CreateHtmlAsync("a b&c").GetAwaiter().GetResult();
            client.CreateHtmlAsync().GetAwaiter().GetResult();
            client.ListRidesAsync(2, 50, "date").GetAwaiter().GetResult();
            client.ListRidesAsync(2, 50).GetAwaiter().GetResult();
            client.SearchAsync("x").GetAwaiter().GetResult();
            client.KeyedAsync(1).GetAwaiter().GetResult();
            client.KeyedAsync().GetAwaiter().GetResult();
            client.PlainAsync("v").GetAwaiter().GetResult();
            """, credentials: "new Tallyfy.TallyfyClientCredentials { Key = \"K\" }");

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

    /// <summary>
    /// A method takes its path parameters in the order the path template names them, as the URL reads, whatever order
    /// the spec declares them in (path item and operation parameters alike, an undeclared placeholder too): uspto's
    /// <c>/{dataset}/{version}/records</c> declares <c>version</c> first, Twilio's
    /// <c>/PhoneNumbers/{PhoneNumber}/Overrides/{Field}</c> <c>Field</c> first, and a spec that lists them anew would
    /// otherwise swap them in the method, a call by position still compiling with each value going to the other.
    /// </summary>
    [Fact]
    public void Path_parameters_come_in_the_templates_order_whatever_the_order_they_are_declared_in()
    {
        var text = """
            openapi: 3.0.3
            info: { title: Order, version: "1" }
            servers: [{ url: "https://example.test/api" }]
            paths:
              /a/{dataset}/{version}/records/{record}/{part}:
                parameters:
                  - { name: part, in: path, required: true, schema: { type: string } }
                get:
                  operationId: getRecord
                  parameters:
                    - { name: limit, in: query, required: true, schema: { type: integer } }
                    - { name: version, in: path, required: true, schema: { type: string } }
                    - { name: record, in: path, required: true, schema: { type: integer } }
                    - { name: dataset, in: path, required: true, schema: { type: string } }
                  responses: { "204": { description: found } }
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/order.yaml", text));

        Assert.Empty(run.CompilationProblems());
        var method = (Microsoft.CodeAnalysis.IMethodSymbol)run.Output.GetTypeByMetadataName("Tallyfy.TallyfyClient")!.GetMembers("GetRecordAsync").Single();
        Assert.Equal(new[] { "dataset", "version", "record", "part", "limit", "cancellationToken" }, method.Parameters.Select(p => p.Name));
        var urls = RequestProbe.Sent(run, "path-order", "request.RequestUri!.OriginalString", """
            client.GetRecordAsync("d", "v1", 7, "p", 10).GetAwaiter().GetResult();
            """);
        Assert.Equal(new[] { "https://example.test/api/a/d/v1/records/7/p?limit=10" }, urls);
    }

    /// <summary>
    /// A literal part of a path key with a character no URL holds as written (apisetu's placeholder paths with spaces,
    /// loket.nl's key ending in a stray <c>"</c>, a non-ASCII word) went into the request line raw: a space split the
    /// request line, <c>é</c> went as bytes no server reads as the path. Such characters are percent-encoded as UTF-8;
    /// percent-encoded triples, sub-delimiters and <c>: @</c> stay as written.
    /// </summary>
    [Fact]
    public void A_character_a_url_cannot_hold_in_a_path_key_is_percent_encoded()
    {
        var text = """
            openapi: 3.0.3
            info: { title: Files, version: "1" }
            servers: [{ url: "https://example.test/api" }]
            paths:
              /my files/{id}:
                get:
                  operationId: getFile
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: string } }
                  responses: { "204": { description: found } }
              /café/{id}/dossier":
                get:
                  operationId: getDossier
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: string } }
                  responses: { "204": { description: found } }
              /100%/a|b/%7Euser/x:y@z/$it;v=1,2/😀:
                get:
                  operationId: getOdd
                  responses: { "204": { description: found } }
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/files.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var urls = RequestProbe.Sent(run, "path-key-characters", "request.RequestUri!.OriginalString", """
            client.GetFileAsync("a b").GetAwaiter().GetResult();
            client.GetDossierAsync("7").GetAwaiter().GetResult();
            client.GetOddAsync().GetAwaiter().GetResult();
            """);

        Assert.Equal(
            new[]
            {
                "https://example.test/api/my%20files/a%20b",
                "https://example.test/api/caf%C3%A9/7/dossier%22",
                "https://example.test/api/100%25/a%7Cb/%7Euser/x:y@z/$it;v=1,2/%F0%9F%98%80",
            },
            urls);
    }

    /// <summary>
    /// AutoRest's <c>x-ms-skip-url-encoding</c> marks a value that is sent as given: Azure's <c>{scope}</c>,
    /// <c>{resourceUri}</c> and <c>{parentResourcePath}</c> are paths of several segments (465 operations of 72 of the
    /// APIs.guru directory's documents, which keep the extension from their Swagger 2.0 sources). Escaped as one
    /// segment, their slashes went as <c>%2F</c> and Azure found no such resource. Such a value keeps its reserved
    /// characters and percent-encoded triples (RFC 6570's reserved expansion) and has the rest escaped (a <c>#</c> too,
    /// which would end the URL); a parameter without the extension is still one segment. A query parameter with it
    /// keeps reserved characters as <c>allowReserved</c> does, as swagger2openapi converts it; where such a path value
    /// holds a query (Azure's <c>{nextLink}</c>), the parameters' query follows it after a '&amp;'. Swagger 2.0
    /// documents say the same through the converter.
    /// </summary>
    [Theory]
    [InlineData("3.0", """
        openapi: 3.0.3
        info: { title: Roles, version: "1" }
        servers: [{ url: "https://example.test" }]
        paths:
          /{scope}/providers/Microsoft.Authorization/roleAssignments/{name}:
            get:
              operationId: getRoleAssignment
              parameters:
                - { name: scope, in: path, required: true, schema: { type: string }, x-ms-skip-url-encoding: true }
                - { name: name, in: path, required: true, schema: { type: string } }
                - { name: $filter, in: query, schema: { type: string }, x-ms-skip-url-encoding: true }
                - { name: plain, in: query, schema: { type: string } }
              responses: { "204": { description: found } }
          /next/{nextLink}:
            get:
              operationId: listNext
              parameters:
                - { name: nextLink, in: path, required: true, schema: { type: string }, x-ms-skip-url-encoding: true }
                - { name: api-version, in: query, required: true, schema: { type: string } }
              responses: { "204": { description: found } }
        """)]
    [InlineData("2.0", """
        swagger: "2.0"
        info: { title: Roles, version: "1" }
        host: example.test
        schemes: [https]
        paths:
          /{scope}/providers/Microsoft.Authorization/roleAssignments/{name}:
            get:
              operationId: getRoleAssignment
              parameters:
                - { name: scope, in: path, required: true, type: string, x-ms-skip-url-encoding: true }
                - { name: name, in: path, required: true, type: string }
                - { name: $filter, in: query, type: string, x-ms-skip-url-encoding: true }
                - { name: plain, in: query, type: string }
              responses: { "204": { description: found } }
          /next/{nextLink}:
            get:
              operationId: listNext
              parameters:
                - { name: nextLink, in: path, required: true, type: string, x-ms-skip-url-encoding: true }
                - { name: api-version, in: query, required: true, type: string }
              responses: { "204": { description: found } }
        """)]
    public void A_parameter_marked_to_skip_url_encoding_keeps_its_reserved_characters(string version, string text)
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/roles-" + version + ".yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var urls = RequestProbe.Sent(run, "skip-url-encoding-" + version, "request.RequestUri!.OriginalString", """
            client.GetRoleAssignmentAsync("subscriptions/s-1/resourceGroups/my rg#1", "a/b", "atScope() and x=1", "a/b=c").GetAwaiter().GetResult();
            client.GetRoleAssignmentAsync("/subscriptions/s-1/providers/Microsoft.Web/sites/café%2F100%", "n").GetAwaiter().GetResult();
            client.ListNextAsync("users?$skiptoken=X%3D", "1.6").GetAwaiter().GetResult();
            client.ListNextAsync("users", "1.6").GetAwaiter().GetResult();
            """);

        Assert.Equal(
            string.Join("\n", new[]
            {
                "https://example.test/subscriptions/s-1/resourceGroups/my%20rg%231/providers/Microsoft.Authorization/roleAssignments/a%2Fb?%24filter=atScope()%20and%20x=1&plain=a%2Fb%3Dc",
                "https://example.test//subscriptions/s-1/providers/Microsoft.Web/sites/caf%C3%A9%2F100%25/providers/Microsoft.Authorization/roleAssignments/n",
                "https://example.test/next/users?$skiptoken=X%3D&api-version=1.6",
                "https://example.test/next/users?api-version=1.6",
            }),
            string.Join("\n", urls));
    }
}
