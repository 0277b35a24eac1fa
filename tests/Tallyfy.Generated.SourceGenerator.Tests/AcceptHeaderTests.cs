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
        // Further media types of a status that reads JSON typed reach the caller raw: asked for at a lower quality, so
        // a server that negotiates by the order of equal types (as Prism, Express and ASP.NET Core do) sends the JSON.
        { """{ "200": { description: A., content: { application/json: { schema: { $ref: "#/components/schemas/Widget" } }, application/xml: { schema: { $ref: "#/components/schemas/Widget" } } } } }""", "application/json, application/xml;q=0.9" },
        // Traccar's positions: GPX and CSV sort before and after JSON; both come after it.
        { """{ "200": { description: A., content: { application/gpx+xml: { schema: { $ref: "#/components/schemas/Widget" } }, application/json: { schema: { $ref: "#/components/schemas/Widget" } }, text/csv: { schema: { $ref: "#/components/schemas/Widget" } } } } }""", "application/json, application/gpx+xml;q=0.9, text/csv;q=0.9" },
        // Any JSON answer is read as JSON (ASP.NET Core's text/json, a JSON type with a profile): only the XML is raw.
        { """{ "200": { description: A., content: { application/json: { schema: { $ref: "#/components/schemas/Widget" } }, text/json: { schema: { $ref: "#/components/schemas/Widget" } }, "application/json; profile=v2": { schema: { $ref: "#/components/schemas/Widget" } }, application/xml: { schema: { $ref: "#/components/schemas/Widget" } } } } }""", "application/json, application/json; profile=v2, text/json, application/xml;q=0.9" },
        // Text is read as text whatever its media type.
        { """{ "200": { description: A., content: { text/plain: { schema: { type: string } }, text/html: { schema: { type: string } } } } }""", "text/html, text/plain" },
        // A type another status reads its body from stays at full quality.
        { """{ "200": { description: A., content: { application/json: { schema: { $ref: "#/components/schemas/Widget" } }, text/plain: { schema: { type: string } } } }, "400": { description: B., content: { text/plain: { schema: { type: string } } } } }""", "application/json, text/plain" },
        // A stream is handed over whatever its media type: none is preferred.
        { """{ "200": { description: A., content: { application/pdf: { schema: { type: string, format: binary } }, image/png: { schema: { type: string, format: binary } } } } }""", "application/pdf, image/png" },
        // A sequence offered beside JSON is streamed when the answer is of it: both are read.
        { """{ "200": { description: A., content: { application/json: { schema: { $ref: "#/components/schemas/Widget" } }, text/event-stream: { schema: { $ref: "#/components/schemas/Widget" } } } } }""", "application/json, text/event-stream" },
        // Beside */*, the raw-only types come before the wildcard.
        { """{ "200": { description: A., content: { application/json: { schema: { $ref: "#/components/schemas/Widget" } }, application/xml: { schema: { $ref: "#/components/schemas/Widget" } } } }, "404": { description: B., content: { "*/*": { schema: { type: string, format: binary } } } } }""", "application/json, application/xml;q=0.9, */*;q=0.8" },
        // Media types without a wildcard are sent as documented.
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
        var accept = Assert.Single(Regex.Matches(source, "ApiRequest\\.Message\\(GetWidgetOperation, [^\"]*\"([^\"]*)\"\\)")).Groups[1].Value;
        Assert.Equal(expected, accept);

        using var request = new HttpRequestMessage();
        Assert.True(request.Headers.TryAddWithoutValidation("Accept", accept));
        var parsed = request.Headers.Accept.ToList();
        Assert.Equal(accept.Split(", ").Length, parsed.Count);
        var best = parsed.OrderByDescending(m => m.Quality ?? 1.0).First();
        Assert.Equal(expected.Split(", ")[0].Split(';')[0], best.MediaType);
        // Every type the client reads typed is asked for at least as much as any it would only hand over raw.
        Assert.Equal(parsed.OrderByDescending(m => m.Quality ?? 1.0).Select(m => m.ToString()), parsed.Select(m => m.ToString()));
    }
}
