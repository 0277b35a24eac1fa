using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
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
/// each style, a header, a cookie, a 3.2 query string, a response, behind every security scheme, with a callback, a link
/// and a server of its own, in one document per OpenAPI version. The features
/// were each tested alone; together they met untested paths (a file field of a hierarchy class below a form's class made
/// C# that did not compile; an object path parameter's null reached its JSON writer). Whatever the generator reports for a
/// combination it does not take, the code it emits compiles, it never throws, each of its diagnostics points into the
/// spec, and every operation called with made-up arguments sends and reads its answer or refuses the arguments first.
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
        ("Zoo", """{ "$ref": "#/components/schemas/Zoo" }"""),
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
          "Zoo": {
            "type": "object",
            "required": [ "a-b", "mood" ],
            "properties": {
              "a-b": { "type": "string" },
              "a_b": { "type": "string" },
              "aB": { "type": "string" },
              "AB": { "type": "integer" },
              "Zoo": { "type": "string" },
              "zoo": { "type": "integer" },
              "mood": { "type": "string", "enum": [ "a-b", "a_b", "A B", "", "1" ] },
              "level": { "type": "integer", "enum": [ -1, 0, 1 ] },
              "at": { "type": "string", "format": "time" },
              "span": { "type": "string", "format": "duration" },
              "tiny": { "type": "integer", "format": "int8" },
              "count": { "type": "string", "format": "uint64" },
              "price": { "type": "string", "format": "decimal" },
              "blob": { "type": "string", "format": "byte" },
              "raw": { "type": "string", "format": "binary" },
              "mixed": { "type": "array", "items": { "oneOf": [ { "type": "string" }, { "$ref": "#/components/schemas/Toy" } ] } },
              "nested": { "oneOf": [ { "type": "array", "items": { "$ref": "#/components/schemas/Pet" } }, { "type": "object", "additionalProperties": { "$ref": "#/components/schemas/Toy" } } ] },
              "defaulted": { "type": "integer", "default": 5 },
              "old": { "type": "string", "deprecated": true },
              "free": { "type": "object" },
              "huge": { "type": "number", "format": "decimal" }
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
            // The documents, and each for a run through Prism by hand (TALLYFY_PRISM_SPECS=<folder>/combinations-3.1.0.prism.json
            // with PrismRealSpecTests) without the headers, the pipe-delimited parameters and the path parameters, which
            // Prism 5.16.0 crashes on (below).
            System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "combinations-" + version + ".prism.json"), Document(version, forPrism: true));
            System.IO.File.WriteAllText(System.IO.Path.Combine(folder, "combinations-" + version + ".json"), spec);
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
            Assert.Contains("Media" + name + "Async(", client, StringComparison.Ordinal);
            Assert.Contains("Content" + name + "Async(", client, StringComparison.Ordinal);
            Assert.Contains("Secured" + name + "Async(", client, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Every_operation_sends_made_up_arguments_and_reads_any_answer(string version)
    {
        // What compiles may still fail at run time (a cast, a null): every overload of every operation is called with
        // made-up arguments (every settable member set, a union made through its conversion from its first variant that
        // can be made), each request is read whole, and each answer (a JSON body, none, a text error) is read into a
        // result; the only exception allowed is the ArgumentException a client throws before sending what it must not.
        var run = GeneratorHarness.Run(new SpecText("/specs/combinations.json", Document(version), "Combinations", "CombinationsClient"));
        var (emitted, assembly) = RealSpecs.GeneratedClientImage.EmitAndLoad(run.Output, "Combinations " + version);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        var clientType = assembly!.GetType("Combinations.CombinationsClient")!;
        var responseType = assembly.GetType("Combinations.ApiResponse")!;
        var answers = new[]
        {
            (HttpStatusCode.OK, "application/json", "{}"),
            (HttpStatusCode.NoContent, null, null),
            (HttpStatusCode.InternalServerError, "text/plain", "down"),
        };
        var failures = new List<string>();
        var (sent, refused, called) = (0, 0, 0);
        foreach (var method in clientType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(Task<>) && responseType.IsAssignableFrom(m.ReturnType.GetGenericArguments()[0]))
            .OrderBy(m => m.ToString(), StringComparer.Ordinal))
        {
            foreach (var (status, mediaType, body) in answers)
            {
                var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(CancellationToken) ? CancellationToken.None : MakeAll(p.ParameterType, assembly, 0)).ToArray();
                var handler = new Answering(status, mediaType, body);
                var constructor = clientType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
                var client = constructor.Invoke(constructor.GetParameters()
                    .Select(p => p.ParameterType == typeof(HttpClient) ? new HttpClient(handler) { BaseAddress = new Uri("https://example.test/") }
                        : p.ParameterType.Name.EndsWith("Credentials", StringComparison.Ordinal) ? RealSpecs.PrismRealSpecTests.Credentials(p.ParameterType)
                        : p.HasDefaultValue ? p.DefaultValue : null)
                    .ToArray());
                called++;
                try
                {
                    var task = (Task)method.Invoke(client, arguments)!;
                    await task;
                    var result = task.GetType().GetProperty("Result")!.GetValue(task);
                    Assert.NotNull(result);
                    (result as IDisposable)?.Dispose();
                    sent++;
                }
                catch (Exception e) when ((e as TargetInvocationException)?.InnerException is ArgumentException || e is ArgumentException)
                {
                    refused += handler.Requests == 0 ? 1 : 0;
                    if (handler.Requests > 0)
                    {
                        failures.Add($"{method}: an ArgumentException after sending: {e}");
                    }
                }
                catch (Exception e)
                {
                    failures.Add($"{method} ({status}): {(e as TargetInvocationException)?.InnerException ?? e}");
                }
            }
        }

        _output.WriteLine($"{version}: {called} calls, {sent} sent and read, {refused} refused before sending");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(10)));
        Assert.True(sent * 10 >= called * 9, $"only {sent} of {called} calls were sent");
    }

    /// <summary>A made-up value with every settable member set (not only the required ones), a union through its first conversion that can be made.</summary>
    private static object? MakeAll(Type type, Assembly assembly, int depth)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            type = underlying;
        }

        if (type.Assembly == assembly && type.IsAbstract && depth < 4)
        {
            foreach (var conversion in type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == "op_Implicit" && m.ReturnType == type))
            {
                if (MakeAll(conversion.GetParameters()[0].ParameterType, assembly, depth + 1) is { } variant)
                {
                    return conversion.Invoke(null, new[] { variant });
                }
            }

            return null;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && MakeAll(type.GetGenericArguments()[0], assembly, depth + 1) is { } item)
        {
            var array = Array.CreateInstance(type.GetGenericArguments()[0], 1);
            array.SetValue(item, 0);
            return array;
        }

        var value = RealSpecs.PrismRealSpecTests.Make(type, assembly, "made up", depth);
        if (value is not null && type.IsClass && type.Assembly == assembly && depth < 3)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
            {
                if (property.GetValue(value) is null && MakeAll(property.PropertyType, assembly, depth + 1) is { } member)
                {
                    property.SetValue(value, member);
                }
            }
        }

        return value;
    }

    /// <summary>Reads each request whole (its content serialized) and gives the one answer.</summary>
    private sealed class Answering(HttpStatusCode status, string? mediaType, string? body) : HttpMessageHandler
    {
        public int Requests { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            Assert.True(request.RequestUri!.IsAbsoluteUri, request.RequestUri.ToString());
            if (request.Content is not null)
            {
                await request.Content.ReadAsByteArrayAsync(cancellationToken);
            }

            var response = new HttpResponseMessage(status) { RequestMessage = request };
            if (body is not null)
            {
                response.Content = new StringContent(body, System.Text.Encoding.UTF8, mediaType);
            }

            return response;
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
        var webhooks = new JsonObject();
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
            var media = Operation("media" + name, MediaBodies(schema), MediaResponses(schema, version));
            var content = Operation("content" + name, body: null, NoContent());
            content["parameters"] = new JsonArray
            {
                ContentParameter("filter", "query", schema, required: true),
                ContentParameter("X-Filter", "header", schema, required: false),
            };
            paths["/media/" + name] = new JsonObject { ["put"] = media, ["get"] = content };

            // The shape behind every security scheme, a server of the operation's own with variables, a callback and a link.
            var secured = Operation("secured" + name, Body("application/json", schema, required: false), Responses(schema, headers: !forPrism));
            secured["security"] = JsonNode.Parse("""[ { "key": [], "bearer": [] }, { "basic": [] }, { "cookieKey": [], "queryKey": [] }, { "oauth": [ "read" ] }, { } ]""");
            secured["callbacks"] = new JsonObject
            {
                ["done"] = new JsonObject
                {
                    ["{$request.body#/callback}"] = new JsonObject { ["post"] = Operation("done" + name, Body("application/json", schema, required: true), NoContent()) },
                },
            };
            ((JsonObject)secured["responses"]!["200"]!)["links"] = new JsonObject { ["again"] = new JsonObject { ["operationId"] = "response" + name } };
            if (!forPrism)
            {
                secured["servers"] = JsonNode.Parse("""[ { "url": "https://{region}.example.test/v{version}", "variables": { "region": { "default": "eu", "enum": [ "eu", "us" ] }, "version": { "default": "2" } } } ]""");
            }

            paths["/secured/" + name] = new JsonObject { ["post"] = secured };
            if (!version.StartsWith("3.0", StringComparison.Ordinal))
            {
                webhooks[name.ToLowerInvariant() + "Changed"] = new JsonObject
                {
                    ["post"] = Operation("on" + name, Body("application/json", schema, required: true), NoContent()),
                };
            }
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
            ["components"] = new JsonObject
            {
                ["schemas"] = JsonNode.Parse(Components),
                ["securitySchemes"] = JsonNode.Parse("""
                    {
                      "key": { "type": "apiKey", "in": "header", "name": "X-Key" },
                      "queryKey": { "type": "apiKey", "in": "query", "name": "key" },
                      "cookieKey": { "type": "apiKey", "in": "cookie", "name": "session" },
                      "bearer": { "type": "http", "scheme": "bearer" },
                      "basic": { "type": "http", "scheme": "basic" },
                      "oauth": { "type": "oauth2", "flows": { "clientCredentials": { "tokenUrl": "https://example.test/token", "scopes": { "read": "read" } } } }
                    }
                    """),
            },
        };
        if (webhooks.Count > 0)
        {
            document["webhooks"] = webhooks;
        }

        if (version.StartsWith("3.2", StringComparison.Ordinal))
        {
            // 3.2's defaultMapping: a pet of no mapped kind is a Dog.
            document["components"]!["schemas"]!["Pet"]!["discriminator"]!["defaultMapping"] = "Dog";
        }

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

    /// <summary>The shape as text, octets, XML and any media type: each its own overload or the one body the others fall back to.</summary>
    private static JsonObject MediaBodies(string schema) => new()
    {
        ["required"] = true,
        ["content"] = new JsonObject
        {
            ["text/plain"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) },
            ["application/octet-stream"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) },
            ["application/xml"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) },
            ["*/*"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) },
        },
    };

    /// <summary>The shape as text, octets, any media type, an event stream, JSON lines (3.2's itemSchema where it has one) and a default.</summary>
    private static JsonObject MediaResponses(string schema, string version) => new()
    {
        ["200"] = new JsonObject { ["description"] = "text", ["content"] = new JsonObject { ["text/plain"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) } } },
        ["201"] = new JsonObject { ["description"] = "octets", ["content"] = new JsonObject { ["application/octet-stream"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) } } },
        ["202"] = new JsonObject { ["description"] = "anything", ["content"] = new JsonObject { ["*/*"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) } } },
        ["203"] = new JsonObject { ["description"] = "events", ["content"] = new JsonObject { ["text/event-stream"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) } } },
        ["206"] = new JsonObject
        {
            ["description"] = "lines",
            ["content"] = new JsonObject
            {
                ["application/jsonl"] = new JsonObject { [version.StartsWith("3.2", StringComparison.Ordinal) ? "itemSchema" : "schema"] = JsonNode.Parse(schema) },
            },
        },
        ["2XX"] = new JsonObject { ["description"] = "XML", ["content"] = new JsonObject { ["application/xml"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) } } },
        ["default"] = new JsonObject { ["description"] = "anything else", ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) } } },
    };

    /// <summary>A parameter whose value is the shape's JSON (<c>content</c> instead of <c>schema</c>).</summary>
    private static JsonObject ContentParameter(string name, string location, string schema, bool required) => new()
    {
        ["name"] = name,
        ["in"] = location,
        ["required"] = required,
        ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = JsonNode.Parse(schema) } },
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
