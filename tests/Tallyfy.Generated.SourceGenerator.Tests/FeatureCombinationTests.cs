using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// Every schema shape in every place a schema can be: each shape (a plain class, a hierarchy's root and one of its
/// classes, a oneOf of a hierarchy class and a plain one, an anyOf, a union of scalars, an allOf, an array and a map of
/// hierarchy classes, an enum, a nullable class, a class holding a hierarchy class, a discriminated oneOf of a hierarchy's
/// classes, raw octets) as a required and an optional JSON body, a URL-encoded and a multipart form, query parameters of
/// each style, a header, a cookie, a 3.2 query string, and a response, in one document per OpenAPI version. The features
/// were each tested alone; together they met untested paths (a file field of a hierarchy class below a form's class made
/// C# that did not compile). Whatever the generator reports for a combination it does not take, the code it emits compiles,
/// it never throws, and each of its diagnostics points into the spec.
/// </summary>
public sealed class FeatureCombinationTests
{
    private readonly ITestOutputHelper _output;

    public FeatureCombinationTests(ITestOutputHelper output) => _output = output;

    /// <summary>The shapes: a name for the operations and the schema put in each place.</summary>
    private static readonly (string Name, string Schema)[] Shapes =
    {
        ("Plain", """{ "$ref": "#/components/schemas/Plain" }"""),
        ("Root", """{ "$ref": "#/components/schemas/Pet" }"""),
        ("Derived", """{ "$ref": "#/components/schemas/Cat" }"""),
        ("RootOrToy", """{ "oneOf": [ { "$ref": "#/components/schemas/Pet" }, { "$ref": "#/components/schemas/Toy" } ] }"""),
        ("ToyOrPlain", """{ "anyOf": [ { "$ref": "#/components/schemas/Toy" }, { "$ref": "#/components/schemas/Plain" } ] }"""),
        ("Scalars", """{ "oneOf": [ { "type": "string" }, { "type": "integer" } ] }"""),
        ("Composed", """{ "allOf": [ { "$ref": "#/components/schemas/Toy" }, { "type": "object", "properties": { "extra": { "type": "string" } } } ] }"""),
        ("Pets", """{ "type": "array", "items": { "$ref": "#/components/schemas/Pet" } }"""),
        ("PetMap", """{ "type": "object", "additionalProperties": { "$ref": "#/components/schemas/Pet" } }"""),
        ("Color", """{ "$ref": "#/components/schemas/Color" }"""),
        ("Holder", """{ "type": "object", "required": [ "pet" ], "properties": { "pet": { "$ref": "#/components/schemas/Pet" }, "toys": { "type": "array", "items": { "$ref": "#/components/schemas/Toy" } }, "choice": { "oneOf": [ { "$ref": "#/components/schemas/Cat" }, { "$ref": "#/components/schemas/Toy" } ] } } }"""),
        ("CatOrDog", """{ "oneOf": [ { "$ref": "#/components/schemas/Cat" }, { "$ref": "#/components/schemas/Dog" } ], "discriminator": { "propertyName": "kind" } }"""),
        ("Octets", """{ "type": "string", "format": "binary" }"""),
        ("Tree", """{ "$ref": "#/components/schemas/Node" }"""),
        ("Grid", """{ "type": "array", "items": { "type": "array", "items": { "$ref": "#/components/schemas/Toy" } } }"""),
        ("Buckets", """{ "type": "object", "additionalProperties": { "type": "array", "items": { "type": "integer" } } }"""),
        ("Awkward", """{ "$ref": "#/components/schemas/Awkward" }"""),
        ("Anything", """{ }"""),
        ("When", """{ "type": "string", "format": "date-time" }"""),
        ("Level", """{ "type": "integer", "format": "int32", "enum": [ 1, 2, 3 ] }"""),
        ("Words", """{ "type": "array", "items": { "type": "string" } }"""),
    };

    /// <summary>Shapes only some versions can say: a null alternative, several types, a constant.</summary>
    private static (string Name, string Schema)[] VersionShapes(string version) => version.StartsWith("3.0", StringComparison.Ordinal)
        ? new[]
        {
            ("MaybeToy", """{ "allOf": [ { "$ref": "#/components/schemas/Toy" } ], "nullable": true }"""),
            ("MaybePet", """{ "oneOf": [ { "$ref": "#/components/schemas/Cat" }, { "$ref": "#/components/schemas/Toy" } ], "nullable": true }"""),
        }
        : new[]
        {
            ("MaybeToy", """{ "oneOf": [ { "$ref": "#/components/schemas/Toy" }, { "type": "null" } ] }"""),
            ("MaybePet", """{ "anyOf": [ { "$ref": "#/components/schemas/Pet" }, { "type": "null" } ] }"""),
            ("Several", """{ "type": [ "string", "integer", "null" ] }"""),
            ("Fixed", """{ "const": "only" }"""),
            ("NumberOrText", """{ "type": [ "integer", "string" ], "format": "int64", "pattern": "^-?[0-9]+$" }"""),
        };

    private const string Components = """
        {
          "Color": { "type": "string", "enum": [ "red", "green" ] },
          "Toy": {
            "type": "object",
            "required": [ "label", "secret", "id" ],
            "properties": {
              "label": { "type": "string" },
              "weight": { "type": "number" },
              "secret": { "type": "string", "writeOnly": true },
              "id": { "type": "string", "readOnly": true }
            }
          },
          "Plain": {
            "type": "object",
            "required": [ "s" ],
            "properties": {
              "s": { "type": "string" },
              "i": { "type": "integer", "format": "int64" },
              "n": { "type": "number" },
              "b": { "type": "boolean" },
              "d": { "type": "string", "format": "date-time" },
              "day": { "type": "string", "format": "date" },
              "u": { "type": "string", "format": "uuid" },
              "e": { "$ref": "#/components/schemas/Color" },
              "arr": { "type": "array", "items": { "type": "integer" } },
              "toy": { "$ref": "#/components/schemas/Toy" },
              "map": { "type": "object", "additionalProperties": { "type": "string" } },
              "file": { "type": "string", "format": "binary" },
              "files": { "type": "array", "items": { "type": "string", "format": "binary" } },
              "any": { }
            }
          },
          "Node": {
            "type": "object",
            "properties": {
              "name": { "type": "string" },
              "children": { "type": "array", "items": { "$ref": "#/components/schemas/Node" } },
              "parent": { "$ref": "#/components/schemas/Node" }
            }
          },
          "Awkward": {
            "type": "object",
            "required": [ "class", "Value" ],
            "properties": {
              "class": { "type": "string" },
              "Value": { "type": "integer" },
              "value": { "type": "string" },
              "Awkward": { "type": "string" },
              "a-b": { "type": "boolean" },
              "1st": { "type": "string" },
              "Equals": { "type": "string" },
              "kind": { "type": "string" },
              "body": { "type": "string" },
              "cancellationToken": { "type": "string" }
            }
          },
          "Pet": {
            "type": "object",
            "required": [ "kind" ],
            "properties": { "kind": { "type": "string" }, "name": { "type": "string" } },
            "discriminator": {
              "propertyName": "kind",
              "mapping": { "cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog" }
            }
          },
          "Cat": {
            "allOf": [
              { "$ref": "#/components/schemas/Pet" },
              {
                "type": "object",
                "required": [ "lives" ],
                "properties": {
                  "lives": { "type": "integer" },
                  "indoor": { "type": "boolean" },
                  "outdoor": { "type": "boolean" },
                  "secret": { "type": "string", "writeOnly": true }
                },
                "anyOf": [ { "required": [ "indoor" ] }, { "required": [ "outdoor" ] } ]
              }
            ]
          },
          "Dog": {
            "allOf": [
              { "$ref": "#/components/schemas/Pet" },
              {
                "type": "object",
                "properties": {
                  "note": { "type": "string", "format": "binary" },
                  "tags": { "type": "array", "items": { "type": "string" } },
                  "born": { "type": "string", "format": "date" },
                  "owner": { "$ref": "#/components/schemas/Toy" }
                }
              }
            ]
          }
        }
        """;

    public static IEnumerable<object[]> Versions() => new[] { new object[] { "2.0" }, new object[] { "3.0.3" }, new object[] { "3.1.0" }, new object[] { "3.2.0" } };

    [Theory]
    [MemberData(nameof(Versions))]
    public void Every_shape_in_every_place_compiles(string version)
    {
        var spec = Document(version);
        if (Environment.GetEnvironmentVariable("TALLYFY_COMBINATIONS_OUT") is { Length: > 0 } folder)
        {
            // For a run through Prism by hand: TALLYFY_PRISM_SPECS=<folder>/combinations-3.1.0.json with PrismRealSpecTests.
            // Without the headers, the pipe-delimited parameters and the path parameters, which Prism 5.16.0 crashes on (below).
            System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "combinations-" + version + ".json"), Document(version, forPrism: true));
        }

        var run = GeneratorHarness.Run(new SpecText("/specs/combinations.json", spec));

        Assert.Null(run.Result.Results[0].Exception);
        foreach (var diagnostic in run.Diagnostics)
        {
            _output.WriteLine(diagnostic.ToString());
        }

        Assert.DoesNotContain(run.Diagnostics.Concat(run.GeneratorDiagnostics), d => d.Id is "TGEN999" or "CS8785");
        Assert.All(run.Diagnostics, d => Assert.True(d.Location.Kind == LocationKind.ExternalFile, d.ToString()));
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20).Select(p => p + " | " + Line(p))));

        // Every shape's operations are there: a combination left out is reported, not dropped in silence.
        var client = run.Source("TallyfyClient.g.cs");
        foreach (var (name, _) in version == "2.0" ? Shapes : AllShapes(version))
        {
            Assert.Contains("Json" + name + "Async(", client, StringComparison.Ordinal);
            if (version == "2.0")
            {
                Assert.Contains("Form" + name + "Async(", client, StringComparison.Ordinal);
                continue;
            }

            Assert.Contains("Parameters" + name + "Async(", client, StringComparison.Ordinal);
            Assert.Contains("Response" + name + "Async(", client, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<(string Name, string Schema)> AllShapes(string version) => Shapes.Concat(VersionShapes(version));

    private static string Line(Diagnostic problem)
    {
        var tree = problem.Location.SourceTree;
        return tree is null ? string.Empty : tree.GetText().Lines[problem.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim();
    }

    private static string Document(string version, bool forPrism = false) =>
        version == "2.0" ? Swagger2Document() : OpenApi3Document(version, forPrism);

    /// <summary>
    /// Swagger 2.0, Tallyfy's own format: each shape as a body parameter (JSON, and the form's fields where the shape
    /// is a class) and as a response; a query array of each style; the shapes 2.0 has no words for (oneOf, anyOf) as
    /// 3.0 reads them, which 2.0 documents in the wild carry too.
    /// </summary>
    private static string Swagger2Document()
    {
        var paths = new JsonObject();
        foreach (var (name, schema) in Shapes)
        {
            var schema2 = schema.Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal);
            var response = new JsonObject
            {
                ["200"] = new JsonObject { ["description"] = "the shape", ["schema"] = JsonNode.Parse(schema2) },
                ["404"] = new JsonObject { ["description"] = "the shape again", ["schema"] = JsonNode.Parse(schema2) },
            };
            var post = new JsonObject
            {
                ["operationId"] = "json" + name,
                ["consumes"] = new JsonArray { "application/json" },
                ["produces"] = new JsonArray { "application/json" },
                ["parameters"] = new JsonArray
                {
                    new JsonObject { ["name"] = "body", ["in"] = "body", ["required"] = true, ["schema"] = JsonNode.Parse(schema2) },
                    new JsonObject { ["name"] = "ids", ["in"] = "query", ["type"] = "array", ["collectionFormat"] = "multi", ["items"] = new JsonObject { ["type"] = "integer" } },
                    new JsonObject { ["name"] = "tags", ["in"] = "query", ["type"] = "array", ["collectionFormat"] = "pipes", ["items"] = new JsonObject { ["type"] = "string" } },
                    new JsonObject { ["name"] = "X-Days", ["in"] = "header", ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["format"] = "date" } },
                },
                ["responses"] = response,
            };
            var form = new JsonObject
            {
                ["operationId"] = "form" + name,
                ["consumes"] = new JsonArray { "multipart/form-data", "application/x-www-form-urlencoded" },
                ["parameters"] = new JsonArray
                {
                    new JsonObject { ["name"] = "file", ["in"] = "formData", ["type"] = "file", ["required"] = true },
                    new JsonObject { ["name"] = "note", ["in"] = "formData", ["type"] = "string" },
                    new JsonObject { ["name"] = "counts", ["in"] = "formData", ["type"] = "array", ["collectionFormat"] = "csv", ["items"] = new JsonObject { ["type"] = "integer" } },
                },
                ["responses"] = JsonNode.Parse(response.ToJsonString()),
            };
            paths["/json/" + name] = new JsonObject { ["post"] = post, ["put"] = form };
        }

        var definitions = JsonNode.Parse(Components.Replace("#/components/schemas/", "#/definitions/", StringComparison.Ordinal))!.AsObject();
        var document = new JsonObject
        {
            ["swagger"] = "2.0",
            ["info"] = new JsonObject { ["title"] = "Combinations", ["version"] = "1" },
            ["host"] = "example.test",
            ["schemes"] = new JsonArray { "https" },
            ["paths"] = paths,
            ["definitions"] = definitions,
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static string OpenApi3Document(string version, bool forPrism)
    {
        var paths = new JsonObject();
        foreach (var (name, schema) in AllShapes(version))
        {
            paths["/json/" + name] = new JsonObject
            {
                ["post"] = Operation("json" + name, Body("application/json", schema, required: true), Responses(schema, headers: !forPrism)),
                ["put"] = Operation("jsonOptional" + name, Body("application/json", schema, required: false), NoContent()),
            };
            paths["/form/" + name] = new JsonObject
            {
                ["post"] = Operation("form" + name, Body("application/x-www-form-urlencoded", schema, required: true), NoContent()),
                ["put"] = Operation("multipart" + name, Body("multipart/form-data", schema, required: false), NoContent()),
                ["patch"] = Operation("formOrJson" + name, Bodies(schema), NoContent()),
            };
            var parameters = new JsonArray
            {
                Parameter("deep", "query", "deepObject", explode: true, schema, required: true),
                Parameter("form", "query", "form", explode: true, schema, required: false),
                Parameter("flat", "query", "form", explode: false, schema, required: false),
                Parameter("shape", "cookie", "form", explode: true, schema, required: false),
            };
            if (!forPrism)
            {
                // Prism 5.16.0 dies on a pipe-delimited parameter that is no array (OpenAPI allows objects too) and on an
                // absent optional header of an object schema.
                parameters.Add(Parameter("pipes", "query", "pipeDelimited", explode: false, schema, required: false));
                parameters.Add(Parameter("X-Shape", "header", "simple", explode: false, schema, required: false));
            }

            var get = Operation("parameters" + name, body: null, NoContent());
            if (!forPrism)
            {
                // Prism 5.16.0 dies on object path parameters of any style (their made-up values among them).
                var inPath = Operation("path" + name, body: null, NoContent());
                inPath["parameters"] = new JsonArray
                {
                    Parameter("simple", "path", "simple", explode: false, schema, required: true),
                    Parameter("label", "path", "label", explode: true, schema, required: true),
                    Parameter("matrix", "path", "matrix", explode: false, schema, required: true),
                };
                paths["/path/" + name + "/{simple}/{label}/{matrix}"] = new JsonObject { ["get"] = inPath };
            }

            paths["/response/" + name] = new JsonObject { ["get"] = Operation("response" + name, body: null, Responses(schema, headers: !forPrism)) };
            get["parameters"] = parameters;
            paths["/parameters/" + name] = new JsonObject { ["get"] = get };
            if (version.StartsWith("3.2", StringComparison.Ordinal))
            {
                var query = Operation("queryString" + name, body: null, NoContent());
                query["parameters"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["name"] = "filter",
                        ["in"] = "querystring",
                        ["content"] = new JsonObject { ["application/x-www-form-urlencoded"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) } },
                    },
                };
                paths["/query/" + name] = new JsonObject { ["get"] = query };
            }
        }

        var document = new JsonObject
        {
            ["openapi"] = version,
            ["info"] = new JsonObject { ["title"] = "Combinations", ["version"] = "1" },
            ["servers"] = new JsonArray { new JsonObject { ["url"] = "https://example.test" } },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = JsonNode.Parse(Components) },
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Operation(string id, JsonObject? body, JsonObject responses)
    {
        var operation = new JsonObject { ["operationId"] = id };
        if (body is not null)
        {
            operation["requestBody"] = body;
        }

        operation["responses"] = responses;
        return operation;
    }

    private static JsonObject Body(string mediaType, string schema, bool required) => new()
    {
        ["required"] = required,
        ["content"] = new JsonObject { [mediaType] = new JsonObject { ["schema"] = JsonNode.Parse(schema) } },
    };

    private static JsonObject Bodies(string schema) => new()
    {
        ["content"] = new JsonObject
        {
            ["application/json"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) },
            ["application/x-www-form-urlencoded"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) },
            ["multipart/form-data"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) },
        },
    };

    /// <summary>A bodiless answer: what builds the request is then all the method does before sending (nothing else awaits).</summary>
    private static JsonObject NoContent() => new() { ["204"] = new JsonObject { ["description"] = "done" } };

    private static JsonObject Responses(string schema, bool headers) => new()
    {
        ["200"] = new JsonObject
        {
            ["description"] = "the shape",
            ["headers"] = headers ? new JsonObject { ["X-Shape"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) } } : new JsonObject(),
            ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) } },
        },
        ["201"] = new JsonObject
        {
            ["description"] = "the shape as a form",
            ["content"] = new JsonObject { ["application/x-www-form-urlencoded"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) } },
        },
        ["4XX"] = new JsonObject
        {
            ["description"] = "the shape again",
            ["content"] = new JsonObject
            {
                ["application/json"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) },
                ["application/x-ndjson"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) },
            },
        },
    };

    private static JsonObject Parameter(string name, string location, string style, bool explode, string schema, bool required) => new()
    {
        ["name"] = name,
        ["in"] = location,
        ["style"] = style,
        ["explode"] = explode,
        ["required"] = required,
        ["schema"] = JsonNode.Parse(schema),
    };
}
