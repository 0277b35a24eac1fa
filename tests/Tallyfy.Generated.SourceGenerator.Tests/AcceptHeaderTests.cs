using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// The <c>Accept</c> header an operation sends, from the media types its responses document. A JSON model documented
/// under <c>*/*</c> (springdoc, Spring Boot's generator, documents every response so) asks for JSON first and anything
/// else at a lower quality: a server that negotiates (Spring with an XML converter ahead of its JSON one answers
/// <c>*/*</c> with XML) then sends what the client reads typed, and what else arrives stays raw. .NET's own header
/// parser is the oracle for the value: every entry parses, and JSON is preferred over the wildcard.
/// </summary>
public sealed class AcceptHeaderTests
{
    public static TheoryData<string, string> Contents => new()
    {
        // springdoc: a model under */* only.
        { """{ "200": { description: A., content: { "*/*": { schema: { $ref: "#/components/schemas/Widget" } } } } }""", "application/json, */*;q=0.8" },
        // A model under */*, its JSON media type an example only (the OSF API).
        { """{ "200": { description: A., content: { "*/*": { schema: { $ref: "#/components/schemas/Widget" } }, application/json: { example: { id: w } } } } }""", "application/json, */*;q=0.8" },
        // A JSON success beside a download under */*.
        { """{ "200": { description: A., content: { application/json: { schema: { $ref: "#/components/schemas/Widget" } } } }, "404": { description: B., content: { "*/*": { schema: { type: string, format: binary } } } } }""", "application/json, */*;q=0.8" },
        // Beside an error's problem JSON, the model's JSON is still asked for by name (*/* alone would tie it with XML).
        { """{ "200": { description: A., content: { "*/*": { schema: { $ref: "#/components/schemas/Widget" } } } }, "400": { description: B., content: { application/problem+json: { schema: { $ref: "#/components/schemas/Widget" } } } } }""", "application/json, application/problem+json, */*;q=0.8" },
        // Text or octets under */*: nothing is read as JSON, any type is as good.
        { """{ "200": { description: A., content: { "*/*": { schema: { type: string } } } } }""", "*/*" },
        { """{ "200": { description: A., content: { "*/*": { schema: { type: string, format: binary } } } } }""", "*/*" },
        // JSON documented by an example only (no schema) is any JSON, asked for as any other: alone, and beside an
        // error's XML (ReadMe's response-multiple-mediatypes.json; before, Accept named the XML only).
        { """{ "200": { description: A., content: { application/json: { example: { id: w } } } } }""", "application/json" },
        { """{ "200": { description: A., content: { application/json: { example: { id: w } } } }, "400": { description: B., content: { application/xml: { example: "<e/>" } } } }""", "application/json, application/xml" },
        // Media types without a wildcard are sent as documented.
        { """{ "200": { description: A., content: { application/json: { schema: { $ref: "#/components/schemas/Widget" } }, application/xml: { schema: { $ref: "#/components/schemas/Widget" } } } } }""", "application/json, application/xml" },
        { """{ "200": { description: A., content: { application/json: { schema: { $ref: "#/components/schemas/Widget" } } } } }""", "application/json" },
    };

    [Theory]
    [MemberData(nameof(Contents))]
    public void A_model_under_any_media_type_asks_for_json_first(string responses, string expected)
    {
        var spec = $$"""
            openapi: 3.0.3
            info: { title: Spring, version: "1" }
            servers: [{ url: "https://example.test" }]
            paths:
              /widgets/{id}:
                get:
                  operationId: getWidget
                  parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
                  responses: {{responses}}
            components:
              schemas:
                Widget: { type: object, properties: { id: { type: string } } }
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/spring.yaml", spec, "Spring", "SpringClient"));

        Assert.Empty(run.CompilationProblems());
        var source = string.Concat(run.Sources.Select(s => s.SourceText.ToString()));
        var accept = Assert.Single(Regex.Matches(source, "ApiRequest\\.Message\\(HttpMethod\\.Get, [^\"]*\"([^\"]*)\"\\)")).Groups[1].Value;
        Assert.Equal(expected, accept);

        using var request = new HttpRequestMessage();
        Assert.True(request.Headers.TryAddWithoutValidation("Accept", accept));
        var parsed = request.Headers.Accept.ToList();
        Assert.Equal(accept.Split(", ").Length, parsed.Count);
        var best = parsed.OrderByDescending(m => m.Quality ?? 1.0).First();
        Assert.Equal(expected.Split(", ")[0].Split(';')[0], best.MediaType);
    }
}
