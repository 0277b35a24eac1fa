using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// Content keys that are not media types (TGEN054): an example's member names written where media types belong
/// (akeneo.com, vmware's vRNI), <c>application/json, charset=utf-8</c> (snyk.io), <c>applicationjson;version=…</c>
/// (loket.nl), an empty key (spoonacular.com). They are reported at their place and kept out of what the client sends
/// and reads; the wire behaviour is checked over WireMock in the Features tests (<c>CarelessSpecTests</c>).
/// </summary>
public sealed class MediaTypeKeyTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Careless, version: "1" }
        servers:
          - url: https://example.test
        paths:
          /accounts/{id}:
            get:
              operationId: getAccount
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
              responses:
                "200":
                  description: The account.
                  content:
                    application/json:
                      schema: { type: object, properties: { name: { type: string } } }
                    name:
                      examples: { response: { value: Ada } }
                    balance:
                      examples: { response: { value: 12 } }
                "404":
                  description: No such account.
                  content:
                    application/json, charset=utf-8:
                      schema: { type: object, properties: { title: { type: string } } }
          /payments:
            post:
              operationId: postPayment
              requestBody:
                required: true
                content:
                  applicationjson;version=2018-01-01:
                    schema: { type: string, format: binary }
              responses:
                "204": { description: Paid. }
          /notes:
            post:
              operationId: postNote
              requestBody:
                required: true
                content:
                  examples:
                    schema: { type: string }
                  text/plain:
                    schema: { type: string }
              responses:
                "204": { description: Noted. }
          /blobs:
            put:
              operationId: putBlob
              requestBody:
                required: true
                content:
                  "":
                    schema: { type: string, format: binary }
              responses:
                "204": { description: Stored. }
        """;

    [Fact]
    public void Each_content_with_keys_that_are_not_media_types_is_reported_once_at_the_first_of_them()
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/careless.yaml", Spec, "Careless", "CarelessClient"));

        var reported = run.Diagnostics.Select(d => (d.Id, d.Severity, Message: d.GetMessage(CultureInfo.InvariantCulture), OpenApi32GenerationTests.Where(d))).OrderBy(d => d.Item4).ToList();
        Assert.Equal(
            new[]
            {
                ("TGEN054", DiagnosticSeverity.Warning, "Not a media type (type/subtype): 'name', 'balance'; left out: a typed body and the Accept header take media types only (the raw body keeps what arrives)", SpecDiffTests.Position(Spec, "name:\n")),
                ("TGEN054", DiagnosticSeverity.Warning, "Not a media type (type/subtype): 'application/json, charset=utf-8'; left out: a typed body and the Accept header take media types only (the raw body keeps what arrives)", SpecDiffTests.Position(Spec, "application/json, charset")),
                ("TGEN054", DiagnosticSeverity.Warning, "Not a media type (type/subtype): 'applicationjson;version=2018-01-01'; the body is sent with it as its Content-Type, as written and unchecked", SpecDiffTests.Position(Spec, "applicationjson;")),
                ("TGEN054", DiagnosticSeverity.Warning, "Not a media type (type/subtype): 'examples'; left out: the body is sent as the content's media types say", SpecDiffTests.Position(Spec, "examples:\n")),
                ("TGEN054", DiagnosticSeverity.Warning, "Not a media type (type/subtype): ''; the body is sent without a Content-Type", SpecDiffTests.Position(Spec, "\"\":")),
            },
            reported);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void The_client_names_only_media_types_in_accept_and_offers_no_overload_for_a_key_left_out()
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/careless.yaml", Spec, "Careless", "CarelessClient"));

        var source = string.Concat(run.Sources.Select(s => s.SourceText.ToString()));
        Assert.DoesNotContain("balance, name", source, StringComparison.Ordinal);
        Assert.DoesNotContain("charset=utf-8\"", source, StringComparison.Ordinal);
        // The 404 documented only under a malformed key has no typed body: the raw body is what it keeps.
        var notFound = run.Output.GetTypeByMetadataName("Careless.GetAccountResult+NotFound");
        Assert.NotNull(notFound);
        Assert.Empty(notFound!.GetMembers("Body"));
        // postNote: text only; "examples" (binary, were it a media type) brings no file overload.
        var client = run.Output.GetTypeByMetadataName("Careless.CarelessClient")!;
        var postNote = client.GetMembers("PostNoteAsync").OfType<IMethodSymbol>().ToList();
        Assert.Equal("string", Assert.Single(postNote).Parameters[0].Type.ToDisplayString());
    }

    /// <summary>
    /// A document that repeats one mistake in many responses (akeneo.com: its error example's <c>code</c>, <c>message</c>
    /// in 470 of them) gets one warning for it, at the first, counting the others; other keys are reported apart.
    /// </summary>
    [Fact]
    public void The_same_keys_repeated_across_a_document_are_reported_once_and_counted()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Repeats, version: "1" }
            servers: [{ url: "https://example.test" }]
            paths:
              /a:
                get:
                  operationId: getA
                  responses:
                    "200": { description: A., content: { application/json: { schema: { type: string } } } }
                    "404": { description: Gone., content: { code: { example: 404 }, message: { example: gone } } }
              /b:
                get:
                  operationId: getB
                  responses:
                    "200": { description: B., content: { application/json: { schema: { type: string } } } }
                    "400": { description: Bad., content: { code: { example: 400 }, message: { example: bad } } }
                    "404": { description: Gone., content: { code: { example: 404 }, message: { example: gone } } }
                    "409": { description: Taken., content: { code: { example: 409 }, detail: { example: taken } } }
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/repeats.yaml", spec, "Repeats", "RepeatsClient"));

        Assert.Equal(
            new[]
            {
                ("Not a media type (type/subtype): 'code', 'message'; left out: a typed body and the Accept header take media types only (the raw body keeps what arrives); the same keys in 2 more contents of this document", SpecDiffTests.Position(spec, "code: { example: 404 }")),
                ("Not a media type (type/subtype): 'code', 'detail'; left out: a typed body and the Accept header take media types only (the raw body keeps what arrives)", SpecDiffTests.Position(spec, "code: { example: 409 }")),
            },
            run.Diagnostics.Select(d => (d.GetMessage(CultureInfo.InvariantCulture), OpenApi32GenerationTests.Where(d))));
        Assert.All(run.Diagnostics, d => Assert.Equal("TGEN054", d.Id));
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void A_swagger_2_produces_entry_that_is_not_a_media_type_is_reported_once_where_the_list_gives_it()
    {
        const string swagger = """
            swagger: "2.0"
            info: { title: Old, version: "1" }
            host: example.test
            produces: [application/json, jsonp]
            paths:
              /a:
                get:
                  operationId: getA
                  responses:
                    "200": { description: A., schema: { type: object, properties: { a: { type: string } } } }
              /b:
                get:
                  operationId: getB
                  responses:
                    "200": { description: B., schema: { type: object, properties: { b: { type: string } } } }
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/old.yaml", swagger, "Old", "OldClient"));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN054", diagnostic.Id);
        Assert.StartsWith("Not a media type (type/subtype): 'jsonp'; left out", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(SpecDiffTests.Position(swagger, "jsonp"), OpenApi32GenerationTests.Where(diagnostic));
        var source = string.Concat(run.Sources.Select(s => s.SourceText.ToString()));
        Assert.DoesNotContain("jsonp", source, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
    }

    public static TheoryData<string> Keys => new()
    {
        "application/json", "application/json; charset=utf-8", "application/json;charset=\"utf-8\"", "text/plain; utf-8",
        "application/vnd.api+json; ext=\"a b\"", " application/json ", "*/*", "text/*", "application/json ; a=b",
        "applicationjson", "applicationjson;version=2018-01-01", "application/json, charset=utf-8", "", " ", "code",
        "application/json;", "application/json; a=", "application/json; =b", "application/", "/json", "text/plain; a=\"open",
        "application/json; charset=utf-8; q", "codecs=opus", "form-data", "JSON", "text/plain;; a=b", "application/json\u00e9",
    };

    /// <summary>.NET's own parser (what the generated code sends through) is the oracle for each key.</summary>
    [Theory]
    [MemberData(nameof(Keys))]
    public void A_key_is_a_media_type_exactly_when_dotnet_parses_it_as_one(string key) =>
        Assert.Equal(MediaTypeHeaderValue.TryParse(key, out _), MediaTypes.IsWellFormed(key));

    /// <summary>
    /// Every key of every object named <c>content</c> in the APIs.guru directory (2,639 documents written by others; 931
    /// distinct keys: media types, and the names of schema properties called <c>content</c>; in the operations of 19
    /// documents, keys that are not media types), judged by <see cref="MediaTypes.IsWellFormed"/> and by .NET's
    /// <see cref="MediaTypeHeaderValue.TryParse(string, out MediaTypeHeaderValue)"/>: they agree on every one.
    /// </summary>
    [SkippableFact]
    public void Every_content_key_of_the_APIs_guru_directory_is_judged_as_dotnet_judges_it()
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in ApisGuruDirectoryTests.Specs(every: 1))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            CollectContentKeys(document.RootElement, keys);
        }

        var disagreements = keys.Where(k => MediaTypeHeaderValue.TryParse(k, out _) != MediaTypes.IsWellFormed(k)).ToList();
        Assert.Empty(disagreements);
        Assert.True(keys.Count > 500, "content keys found: " + keys.Count);
        Assert.Contains("applicationjson;version=2018-01-01", keys);
    }

    /// <summary>The keys of every <c>content</c> object in the document (requests, responses, parameters, components).</summary>
    private static void CollectContentKeys(JsonElement element, SortedSet<string> keys)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals("content") && property.Value.ValueKind == JsonValueKind.Object)
                {
                    foreach (var media in property.Value.EnumerateObject())
                    {
                        keys.Add(media.Name);
                    }
                }

                CollectContentKeys(property.Value, keys);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectContentKeys(item, keys);
            }
        }
    }
}
