using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;

/// <summary>
/// RFC 6570's URI templates as the oracle for how the generated client writes path and query parameters: OpenAPI
/// defines its styles as RFC 6570's expansions (simple <c>{v}</c>, label <c>{.v}</c>, matrix <c>{;v}</c>, form
/// <c>{?v}</c>, each exploded with <c>*</c>; <c>allowReserved</c> and AutoRest's <c>x-ms-skip-url-encoding</c> as
/// reserved expansion <c>{+v}</c>), and url-template 3.1.1 (npm, pinned in <c>RealSpecs/package.json</c>; an RFC 6570 implementation of all
/// four levels) expands the same values. Every style, exploded or not, of a string, a list and an object, with values
/// that hold what a URL must escape (spaces, <c>/ ? # % &amp; + , ; =</c>, non-ASCII letters, an emoji, a
/// percent-encoded triple), must give the URL url-template gives.
/// </summary>
public sealed class UriTemplateOracleTests
{
    /// <summary>Strings that hold what each expansion escapes or keeps.</summary>
    private static readonly string[] Strings =
    {
        "plain", "a b", "a/b", "a?b", "a#b", "100%", "a%20b", "a+b", "a,b", "a;b=c", "x&y", "café", "😀", "a:b@c", "!$'()*", "~-._", "[1]",
    };

    /// <summary>
    /// Calls whose URL differs from RFC 6570's on purpose, with why; each must still differ so, so the list stays true.
    /// </summary>
    private static readonly Dictionary<string, string> Deliberate = new[]
    {
        ("Reserved", "a#b", "a '#' ends a URL's path, so reserved expansion keeps every reserved character of a path value but that one (%23)"),
        ("ReservedQuery", "a#b", "allowReserved: OpenAPI leaves '[', ']' and '#', which a query may not hold, to the client to escape"),
        ("ReservedQuery", "[1]", "allowReserved: OpenAPI leaves '[', ']' and '#', which a query may not hold, to the client to escape"),
        ("ReservedQuery", "x&y", "allowReserved: OpenAPI leaves '&' and '+', which mean something in a form-encoded query, to the client to escape"),
        ("ReservedQuery", "a+b", "allowReserved: OpenAPI leaves '&' and '+', which mean something in a form-encoded query, to the client to escape"),
    }.ToDictionary(d => $"client.{d.Item1}StringAsync({Literal(d.Item2)})", d => d.Item3, StringComparer.Ordinal);

    private static readonly string[][] Lists = { new[] { "a b", "c,d" }, new[] { "é/😀", "x=1", "%41" } };

    private static readonly (string X, string FirstName)[] Objects = { ("1 2", "é"), ("a,b", "c/d;e") };

    /// <summary>
    /// Each operation: its id, the RFC 6570 expression its parameter is written as after <c>/{id}-{kind}</c> (its URL's
    /// literal part), the parameter's place and its style keywords.
    /// </summary>
    /// <remarks><c>Reserved</c>: the value is written by reserved expansion, which a path parameter asks for with AutoRest's
    /// <c>x-ms-skip-url-encoding</c> and a query parameter with <c>allowReserved</c>.</remarks>
    private static readonly (string Id, string Expression, string In, string Style, bool Explode, bool Reserved)[] Styles =
    {
        ("simple", "/{v}", "path", "simple", false, false),
        ("simpleX", "/{v*}", "path", "simple", true, false),
        ("label", "/{.v}", "path", "label", false, false),
        ("labelX", "/{.v*}", "path", "label", true, false),
        ("matrix", "/{;v}", "path", "matrix", false, false),
        ("matrixX", "/{;v*}", "path", "matrix", true, false),
        ("form", "{?v}", "query", "form", false, false),
        ("formX", "{?v*}", "query", "form", true, false),
        ("reserved", "/{+v}", "path", "simple", false, true),
        ("reservedQuery", "?v={+v}", "query", "form", false, true),
    };

    [SkippableFact]
    public void Every_parameter_style_writes_the_URL_RFC_6570_expands()
    {
        RequireUrlTemplate();
        var run = GeneratorHarness.Run(new SpecText("/specs/styles.json", Spec()));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());

        var calls = new List<string>();
        var cases = new JsonArray();
        foreach (var (id, expression, location, _, _, reserved) in Styles)
        {
            var method = char.ToUpperInvariant(id[0]) + id[1..];
            // An empty query value is sent as "v=", as RFC 6570's form expansion writes it; a path segment may not be empty.
            foreach (var value in location == "query" ? Strings.Append(string.Empty) : Strings)
            {
                Add("String", Literal(value), JsonValue.Create(value));
            }

            if (reserved)
            {
                continue; // reserved expansion is tried on strings alone (a path's x-ms-skip-url-encoding applies to plain values only)
            }

            foreach (var list in Lists)
            {
                Add("List", ArrayLiteral(list), JsonList(list));
            }

            foreach (var (x, firstName) in Objects)
            {
                Add("Object", $"new Tallyfy.Pair {{ X = {Literal(x)}, FirstName = {Literal(firstName)} }}", new JsonObject { ["x"] = x, ["first name"] = firstName });
            }

            void Add(string kind, string argument, JsonNode vars)
            {
                calls.Add($"client.{method}{kind}Async({argument}).GetAwaiter().GetResult();");
                cases.Add(new JsonObject { ["template"] = $"/{id}-{kind}{expression}", ["vars"] = new JsonObject { ["v"] = vars } });
            }
        }

        // Several parameters of one operation, each in its own style, composed into one URL: /composite/{a}/{.b}{?c,d*}.
        foreach (var (a, b, c, d) in new[] { ("x y", "1/2", "p&q", new[] { "r s", "t" }), ("é", "a.b", "", new[] { "😀" }) })
        {
            calls.Add($"client.CompositeAsync(a: {Literal(a)}, b: {Literal(b)}, c: {Literal(c)}, d: {ArrayLiteral(d)}).GetAwaiter().GetResult();");
            cases.Add(new JsonObject
            {
                ["template"] = "/composite/{a}/{.b}{?c,d*}",
                ["vars"] = new JsonObject { ["a"] = a, ["b"] = b, ["c"] = c, ["d"] = JsonList(d) },
            });
        }

        AssertExpanded(run, "uri-template", calls, cases);
    }

    /// <summary>
    /// Swagger 2.0's <c>collectionFormat</c> (Tallyfy's own description is 2.0): <c>csv</c> in a path is RFC 6570's
    /// <c>{v}</c>, in a query <c>{?v}</c>, and <c>multi</c> <c>{?v*}</c>, as the converter reads them (OpenAPI 3's
    /// simple and form styles); a plain value likewise.
    /// </summary>
    [SkippableFact]
    public void Swagger_2_0_collection_formats_write_the_URL_RFC_6570_expands()
    {
        RequireUrlTemplate();
        var spec = """
            {
              "swagger": "2.0",
              "info": { "title": "Formats", "version": "1" },
              "host": "example.test",
              "schemes": [ "https" ],
              "paths": {
                "/csvPath/{v}": { "get": { "operationId": "csvPath", "parameters": [ { "name": "v", "in": "path", "required": true, "type": "array", "items": { "type": "string" }, "collectionFormat": "csv" } ], "responses": { "204": { "description": "sent" } } } },
                "/csvQuery": { "get": { "operationId": "csvQuery", "parameters": [ { "name": "v", "in": "query", "required": true, "type": "array", "items": { "type": "string" }, "collectionFormat": "csv" } ], "responses": { "204": { "description": "sent" } } } },
                "/multi": { "get": { "operationId": "multi", "parameters": [ { "name": "v", "in": "query", "required": true, "type": "array", "items": { "type": "string" }, "collectionFormat": "multi" } ], "responses": { "204": { "description": "sent" } } } },
                "/plainPath/{v}": { "get": { "operationId": "plainPath", "parameters": [ { "name": "v", "in": "path", "required": true, "type": "string" } ], "responses": { "204": { "description": "sent" } } } },
                "/plainQuery": { "get": { "operationId": "plainQuery", "parameters": [ { "name": "v", "in": "query", "required": true, "type": "string" } ], "responses": { "204": { "description": "sent" } } } }
              }
            }
            """;
        var run = GeneratorHarness.Run(new SpecText("/specs/formats.json", spec));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());

        var calls = new List<string>();
        var cases = new JsonArray();
        foreach (var (operation, expression) in new[] { ("CsvPath", "/{v}"), ("CsvQuery", "{?v}"), ("Multi", "{?v*}") })
        {
            foreach (var list in Lists)
            {
                calls.Add($"client.{operation}Async({ArrayLiteral(list)}).GetAwaiter().GetResult();");
                cases.Add(new JsonObject { ["template"] = "/" + char.ToLowerInvariant(operation[0]) + operation[1..] + expression, ["vars"] = new JsonObject { ["v"] = JsonList(list) } });
            }
        }

        foreach (var (operation, expression) in new[] { ("PlainPath", "/{v}"), ("PlainQuery", "{?v}") })
        {
            foreach (var value in Strings)
            {
                calls.Add($"client.{operation}Async({Literal(value)}).GetAwaiter().GetResult();");
                cases.Add(new JsonObject { ["template"] = "/" + char.ToLowerInvariant(operation[0]) + operation[1..] + expression, ["vars"] = new JsonObject { ["v"] = value } });
            }
        }

        AssertExpanded(run, "uri-template-2.0", calls, cases);
    }

    private static void RequireUrlTemplate() =>
        RealSpecsInstall.Require(Directory.Exists(Path.Combine(RealSpecsInstall.Root, "node_modules", "url-template"))
            ? null
            : "url-template is not installed in RealSpecs/node_modules (npm ci there installs it as the test project builds).");

    /// <summary>
    /// Each call's URL, as the client sends it, must be what url-template expands from its case's template (the server
    /// <c>https://example.test</c> before it), but for the calls <see cref="Deliberate"/> lists, which must still differ.
    /// </summary>
    private static void AssertExpanded(GeneratorRun run, string contextName, List<string> calls, JsonArray cases)
    {
        var script = Path.Combine(RealSpecsInstall.Root, "uri-template.mjs");
        var file = Path.Combine(Path.GetTempPath(), "uri-template-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, cases.ToJsonString());
        string[] expected;
        try
        {
            expected = NodeScript.Lines(RealSpecsInstall.Root, script, new[] { file }, cases.Count, TimeSpan.FromMinutes(2))
                .Select(line => "https://example.test" + JsonSerializer.Deserialize<string>(line)).ToArray();
        }
        finally
        {
            File.Delete(file);
        }

        var sent = RequestProbe.Sent(run, contextName, "request.RequestUri!.OriginalString", string.Join("\n", calls));

        Assert.Equal(cases.Count, sent.Length);
        var differing = Enumerable.Range(0, cases.Count).Where(i => sent[i] != expected[i]).ToList();
        var differ = differing
            .Where(i => !Deliberate.Keys.Any(call => calls[i].StartsWith(call, StringComparison.Ordinal)))
            .Select(i => $"{calls[i]}\n  sent     {sent[i]}\n  RFC 6570 {expected[i]} ({cases[i]!["template"]})")
            .ToList();
        Assert.True(differ.Count == 0, $"{differ.Count} of {cases.Count} URLs are not what RFC 6570 expands:\n" + string.Join("\n", differ));
        var stale = Deliberate.Keys.Where(call => calls.Any(c => c.StartsWith(call, StringComparison.Ordinal)) && !differing.Any(i => calls[i].StartsWith(call, StringComparison.Ordinal))).ToList();
        Assert.True(stale.Count == 0, "Listed as differing on purpose, yet expanded as RFC 6570 does: " + string.Join(", ", stale));
    }

    /// <summary>A C# string literal of <paramref name="value"/>.</summary>
    private static string Literal(string value) => JsonSerializer.Serialize(value);

    /// <summary>A C# array of the strings, <c>new[] { "a", "b" }</c>.</summary>
    private static string ArrayLiteral(IEnumerable<string> items) => "new[] { " + string.Join(", ", items.Select(Literal)) + " }";

    /// <summary>The strings as a JSON list, url-template's value of a list.</summary>
    private static JsonArray JsonList(IEnumerable<string> items) => new(items.Select(item => (JsonNode?)JsonValue.Create(item)).ToArray());

    /// <summary>One operation per style and kind of value: <c>GET /{id}-{kind}/{v}</c> (or a query's <c>?v=</c>) with one required parameter <c>v</c>.</summary>
    private static string Spec()
    {
        var paths = new JsonObject();
        foreach (var (id, _, location, style, explode, reserved) in Styles)
        {
            foreach (var kind in reserved ? new[] { "String" } : new[] { "String", "List", "Object" })
            {
                var path = $"/{id}-{kind}" + (location == "path" ? "/{v}" : string.Empty);
                var schema = kind switch
                {
                    "String" => new JsonObject { ["type"] = "string" },
                    "List" => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                    _ => new JsonObject { ["$ref"] = "#/components/schemas/Pair" },
                };
                var parameter = new JsonObject
                {
                    ["name"] = "v",
                    ["in"] = location,
                    ["required"] = true,
                    ["style"] = style,
                    ["explode"] = explode,
                    ["schema"] = schema,
                };
                if (reserved)
                {
                    parameter[location == "path" ? "x-ms-skip-url-encoding" : "allowReserved"] = true;
                }

                paths[path] = new JsonObject
                {
                    ["get"] = new JsonObject
                    {
                        ["operationId"] = id + kind,
                        ["parameters"] = new JsonArray(parameter),
                        ["responses"] = new JsonObject { ["204"] = new JsonObject { ["description"] = "sent" } },
                    },
                };
            }
        }

        JsonObject Parameter(string name, string location, string style, bool explode, JsonObject schema) =>
            new() { ["name"] = name, ["in"] = location, ["required"] = true, ["style"] = style, ["explode"] = explode, ["schema"] = schema };
        paths["/composite/{a}/{b}"] = new JsonObject
        {
            ["get"] = new JsonObject
            {
                ["operationId"] = "composite",
                ["parameters"] = new JsonArray(
                    Parameter("a", "path", "simple", false, new JsonObject { ["type"] = "string" }),
                    Parameter("b", "path", "label", false, new JsonObject { ["type"] = "string" }),
                    Parameter("c", "query", "form", false, new JsonObject { ["type"] = "string" }),
                    Parameter("d", "query", "form", true, new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } })),
                ["responses"] = new JsonObject { ["204"] = new JsonObject { ["description"] = "sent" } },
            },
        };

        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = "Styles", ["version"] = "1" },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "https://example.test" }),
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = new JsonObject
                {
                    ["Pair"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("x", "first name"),
                        ["properties"] = new JsonObject
                        {
                            ["x"] = new JsonObject { ["type"] = "string" },
                            ["first name"] = new JsonObject { ["type"] = "string" },
                        },
                    },
                },
            },
        }.ToJsonString();
    }
}
