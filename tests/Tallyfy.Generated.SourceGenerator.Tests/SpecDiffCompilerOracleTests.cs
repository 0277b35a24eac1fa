using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Tallyfy.Generated.SourceGenerator.Diffing;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Parsing;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// The C# compiler as the judge of <c>diff</c> (and of a <c>Baseline</c>'s TGEN020): for each change to a spec, code
/// that uses every part of the earlier spec's client (<see cref="ApiConsumer"/>, made from the compiled client's symbols)
/// is compiled against the later spec's client. The change breaks code written against the client exactly when that
/// compile fails, and <c>diff</c> must say so (a TGEN020), and say nothing breaking when it compiles.
/// </summary>
public sealed class SpecDiffCompilerOracleTests
{
    private const string Shop = """
        openapi: 3.0.3
        info: {title: Shop, version: '1'}
        servers: [{url: 'https://shop.example/api'}]
        paths:
          /pets:
            get:
              operationId: listPets
              parameters:
                - {name: limit, in: query, schema: {type: integer, format: int32}}
                - {name: tags, in: query, schema: {type: array, items: {type: string}}}
                - {name: X-Trace, in: header, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  headers:
                    X-Total: {schema: {type: integer, format: int64}}
                    X-Next: {schema: {type: string}}
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                '400':
                  description: bad
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Error'}
            post:
              operationId: addPet
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/NewPet'}
                  text/plain:
                    schema: {type: string}
              responses:
                '201':
                  description: created
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
                default:
                  description: error
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Error'}
          /animals:
            get:
              operationId: listAnimals
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/Animal'}}
          /pets/{id}:
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
            get:
              operationId: getPet
              parameters:
                - {name: verbose, in: query, schema: {type: boolean}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
                '404': {description: none}
            delete:
              operationId: deletePet
              responses:
                '204': {description: gone}
        components:
          securitySchemes:
            apiKey: {type: apiKey, in: header, name: X-Key}
          schemas:
            Pet:
              type: object
              required: [id, name]
              properties:
                id: {type: integer, format: int64}
                name: {type: string}
                age: {type: integer, format: int32}
                weight: {type: number}
                kind: {$ref: '#/components/schemas/Kind'}
                owner: {$ref: '#/components/schemas/Owner'}
                toy: {$ref: '#/components/schemas/Toy'}
                nicknames: {type: array, items: {type: string}}
            NewPet:
              type: object
              required: [name]
              properties:
                name: {type: string}
                age: {type: integer, format: int32}
                kind: {$ref: '#/components/schemas/Kind'}
            Owner:
              type: object
              properties:
                email: {type: string}
            Kind: {type: string, enum: [cat, dog]}
            Toy:
              oneOf:
                - {$ref: '#/components/schemas/Ball'}
                - {$ref: '#/components/schemas/Bone'}
            Ball: {type: object, properties: {size: {type: integer}}}
            Bone: {type: object, properties: {length: {type: number}}}
            Animal:
              type: object
              required: [type]
              properties:
                type: {type: string}
                name: {type: string}
              discriminator:
                propertyName: type
                mapping:
                  cat: '#/components/schemas/Cat'
                  dog: '#/components/schemas/Dog'
            Cat:
              allOf:
                - {$ref: '#/components/schemas/Animal'}
                - {type: object, properties: {lives: {type: integer}}}
            Dog:
              allOf:
                - {$ref: '#/components/schemas/Animal'}
                - {type: object, properties: {barks: {type: boolean}}}
            Error:
              type: object
              required: [code]
              properties:
                code: {type: string}
                message: {type: string}
        security: [{apiKey: []}]
        """;

    /// <summary>Each change and what it is: breaking (code written against the earlier client no longer compiles) or not.</summary>
    public static TheoryData<string, string, string, bool> Changes() => new()
    {
        // Operations and their parameters.
        { "operation removed", "    delete:\n      operationId: deletePet\n      responses:\n        '204': {description: gone}\n", "", true },
        { "operationId renamed", "operationId: getPet", "operationId: fetchPet", true },
        { "operation added", "    delete:\n      operationId: deletePet", "    put:\n      operationId: replacePet\n      responses:\n        '204': {description: done}\n    delete:\n      operationId: deletePet", false },
        { "query parameter removed", "        - {name: verbose, in: query, schema: {type: boolean}}\n", "", true },
        { "query parameter retyped", "{name: verbose, in: query, schema: {type: boolean}}", "{name: verbose, in: query, schema: {type: string}}", true },
        { "query parameter made required", "{name: verbose, in: query, schema: {type: boolean}}", "{name: verbose, in: query, required: true, schema: {type: boolean}}", true },
        { "optional query parameter added", "{name: verbose, in: query, schema: {type: boolean}}", "{name: verbose, in: query, schema: {type: boolean}}\n        - {name: fields, in: query, schema: {type: string}}", false },
        { "required query parameter added", "{name: verbose, in: query, schema: {type: boolean}}", "{name: verbose, in: query, schema: {type: boolean}}\n        - {name: fields, in: query, required: true, schema: {type: string}}", true },
        { "header parameter renamed on the wire", "{name: X-Trace, in: header, schema: {type: string}}", "{name: X-Trace-Id, in: header, schema: {type: string}}", true },
        { "path parameter renamed", "/pets/{id}:\n    parameters:\n      - {name: id,", "/pets/{petId}:\n    parameters:\n      - {name: petId,", true },
        { "parameter given a default", "{name: limit, in: query, schema: {type: integer, format: int32}}", "{name: limit, in: query, schema: {type: integer, format: int32, default: 20}}", false },
        { "operation deprecated", "      operationId: deletePet\n", "      operationId: deletePet\n      deprecated: true\n", false },
        { "array parameter's items retyped", "{name: tags, in: query, schema: {type: array, items: {type: string}}}", "{name: tags, in: query, schema: {type: array, items: {type: integer}}}", true },

        // Request bodies.
        { "request body retyped", "            schema: {$ref: '#/components/schemas/NewPet'}", "            schema: {$ref: '#/components/schemas/Owner'}", true },
        { "request body made optional", "      requestBody:\n        required: true", "      requestBody:\n        required: false", false },
        { "request body removed", "      requestBody:\n        required: true\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/NewPet'}\n          text/plain:\n            schema: {type: string}\n", "", true },
        { "required request body added", "      operationId: deletePet\n", "      operationId: deletePet\n      requestBody:\n        required: true\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Owner'}\n", true },
        { "request media type removed", "          text/plain:\n            schema: {type: string}\n", "", true },
        { "request media type added", "          text/plain:\n", "          application/octet-stream:\n            schema: {type: string, format: binary}\n          text/plain:\n", false },
        { "optional request body added", "      operationId: deletePet\n", "      operationId: deletePet\n      requestBody:\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Owner'}\n", false },

        // Responses.
        { "case removed", "        '404': {description: none}\n", "", true },
        { "status documented", "        '404': {description: none}\n", "        '404': {description: none}\n        '409': {description: conflict}\n", true },
        { "case body retyped", "          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Pet'}", "          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Owner'}", true },
        { "case body removed", "          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/Pet'}\n", "          description: ok\n", true },
        { "response header retyped", "X-Total: {schema: {type: integer, format: int64}}", "X-Total: {schema: {type: string}}", true },
        { "response header removed", "            X-Next: {schema: {type: string}}\n", "", true },
        { "response header made required", "X-Total: {schema: {type: integer, format: int64}}", "X-Total: {required: true, schema: {type: integer, format: int64}}", false },
        { "response header added", "            X-Next: {schema: {type: string}}\n", "            X-Next: {schema: {type: string}}\n            X-Page: {schema: {type: integer}}\n", false },

        // Models.
        { "property added", "        nicknames: {type: array, items: {type: string}}", "        nicknames: {type: array, items: {type: string}}\n        born: {type: string, format: date}", false },
        { "property removed", "        weight: {type: number}\n", "", true },
        { "property retyped", "        weight: {type: number}", "        weight: {type: string}", true },
        { "property's items retyped", "        nicknames: {type: array, items: {type: string}}", "        nicknames: {type: array, items: {type: integer}}", true },
        { "property made required", "      required: [name]\n      properties:\n        name: {type: string}\n        age:", "      required: [name, age]\n      properties:\n        name: {type: string}\n        age:", true },
        { "value property made optional", "      required: [id, name]", "      required: [name]", true },
        { "reference property made optional", "      required: [id, name]", "      required: [id]", false },
        { "property made nullable", "        weight: {type: number}", "        weight: {type: number, nullable: true}", false },
        { "enum value added", "Kind: {type: string, enum: [cat, dog]}", "Kind: {type: string, enum: [cat, dog, bird]}", false },
        { "enum value removed", "Kind: {type: string, enum: [cat, dog]}", "Kind: {type: string, enum: [cat]}", true },
        { "union variant added", "        - {$ref: '#/components/schemas/Bone'}\n", "        - {$ref: '#/components/schemas/Bone'}\n        - {$ref: '#/components/schemas/Owner'}\n", true },
        { "union variant removed", "        - {$ref: '#/components/schemas/Bone'}\n", "", true },
        { "subclass added", "          dog: '#/components/schemas/Dog'\n", "          dog: '#/components/schemas/Dog'\n          fox: '#/components/schemas/Fox'\n", true },
        { "subclass's property added", "{type: object, properties: {barks: {type: boolean}}}", "{type: object, properties: {barks: {type: boolean}, wags: {type: boolean}}}", false },
        { "base class's property removed", "        name: {type: string}\n      discriminator:", "      discriminator:", true },
        { "schema renamed", "$ref: '#/components/schemas/Owner'}\n", "$ref: '#/components/schemas/Keeper'}\n", true },

        // Security, servers and prose.
        { "security scheme renamed", "    apiKey: {type: apiKey, in: header, name: X-Key}", "    key: {type: apiKey, in: header, name: X-Key}", true },
        { "security scheme removed", "    apiKey: {type: apiKey, in: header, name: X-Key}\n", "", true },
        { "security scheme added", "    apiKey: {type: apiKey, in: header, name: X-Key}", "    apiKey: {type: apiKey, in: header, name: X-Key}\n    bearer: {type: http, scheme: bearer}", false },
        { "servers removed", "servers: [{url: 'https://shop.example/api'}]\n", "", true },
        { "server moved", "https://shop.example/api", "https://api.shop.example/v2", false },
        { "description changed", "description: created", "description: made", false },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Diff_calls_a_change_breaking_exactly_when_code_written_against_the_earlier_client_stops_compiling(string change, string what, string with, bool breaking)
    {
        var later = Edit(Shop, what, with);
        later = change switch
        {
            "schema renamed" => Edit(later, "    Owner:\n", "    Keeper:\n"),
            "security scheme renamed" => Edit(later, "security: [{apiKey: []}]", "security: [{key: []}]"),
            "security scheme removed" => Edit(later, "security: [{apiKey: []}]", "security: []"),
            "subclass added" => Edit(later, "    Error:\n", "    Fox:\n      allOf:\n        - {$ref: '#/components/schemas/Animal'}\n        - {type: object, properties: {den: {type: string}}}\n    Error:\n"),
            _ => later,
        };

        var (errors, reported) = Judge("/project/shop.yaml", Shop, later, "Shop", "ShopClient");

        Assert.True(
            (errors.Count > 0) == breaking && (reported.Count > 0) == breaking,
            $"{change}: expected {(breaking ? "breaking" : "not breaking")}; " + Verdicts(errors, reported));
    }

    [Theory]
    [InlineData("X-Total: {schema: {type: integer, format: int64}}", "X-Total: {schema: {type: string}}", "TGEN020", "ListPetsResult.Ok.Headers.XTotal changes type from long to string")]
    [InlineData("            X-Next: {schema: {type: string}}\n", "", "TGEN020", "ListPetsResult.Ok.Headers.XNext is removed")]
    [InlineData("            X-Next: {schema: {type: string}}\n", "            X-Next: {schema: {type: string}}\n            X-Page: {schema: {type: integer}}\n", "TGEN021", "ListPetsResult.Ok.Headers.XPage is added")]
    [InlineData("          text/plain:\n            schema: {type: string}\n", "", "TGEN020", "The overload of AddPetAsync that takes the body as string is removed: the spec no longer offers that media type")]
    [InlineData("          text/plain:\n", "          application/octet-stream:\n            schema: {type: string, format: binary}\n          text/plain:\n", "TGEN021", "AddPetAsync has a new overload that takes the body as ApiFile")]
    [InlineData("      required: [name]\n      properties:\n        name: {type: string}\n        age:", "      required: [name, age]\n      properties:\n        name: {type: string}\n        age:", "TGEN020", "NewPet.Age becomes required: an object initializer must set it")]
    [InlineData("      required: [id, name]", "      required: [name]", "TGEN020", "Pet.Id changes type from long to long?")]
    [InlineData("    apiKey: {type: apiKey, in: header, name: X-Key}", "    apiKey: {type: apiKey, in: header, name: X-Key}\n    bearer: {type: http, scheme: bearer}", "TGEN021", "ShopClientCredentials.Bearer is added")]
    [InlineData("servers: [{url: 'https://shop.example/api'}]\n", "", "TGEN020", "ShopClient.DefaultBaseUrl is removed: the spec no longer lists that server")]

    // What the compiler cannot see: the same call passes its arguments to other parameters.
    [InlineData("        - {name: limit, in: query, schema: {type: integer, format: int32}}\n        - {name: tags, in: query, schema: {type: array, items: {type: string}}}\n", "        - {name: tags, in: query, schema: {type: array, items: {type: string}}}\n        - {name: limit, in: query, schema: {type: integer, format: int32}}\n", "TGEN020", "The parameters of ListPetsAsync change order, from (limit, tags, xTrace) to (tags, limit, xTrace): a call that passes them by position passes them to others")]
    public void Each_kind_of_change_the_compiler_found_is_reported_in_words(string what, string with, string id, string message)
    {
        var run = GeneratorHarness.Run(
            new SpecText("/project/shop.yaml", Edit(Shop, what, with), "Shop", "ShopClient") { Baseline = "/project/shop.baseline.yaml" },
            new SpecText("/project/shop.baseline.yaml", Shop, isOpenApiClient: false));

        // The build reports the breaking changes only; the CLI's diff, which lists additions too, is asked for those.
        if (id == "TGEN020")
        {
            Assert.Equal(message, Assert.Single(run.Diagnostics, d => d.Id == id).GetMessage());
        }
        else
        {
            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "TGEN020");
            var later = Edit(Shop, what, with);
            var changes = ApiDiff.Compare(Model(Shop), Model(later), new SpecLocator("/project/shop.yaml", later));
            Assert.Equal(message, Assert.Single(changes, c => c.Id == id).Message);
        }
    }

    /// <summary>
    /// Every change of a few kinds to every place of real specs in the repository (Tallyfy's, and the pydantic document
    /// FastAPI's conventions write: anyOf with null, discriminated unions, Literals): each property removed, retyped,
    /// made required or optional, made nullable, and one added to each object; each response removed, and one more status
    /// per operation; each parameter removed, retyped or its requiredness flipped; each operation removed; an enum's last
    /// value removed and one added; each security scheme removed: 814 changes. Every fifteenth of them in a normal run, all
    /// with <c>TALLYFY_DIFF_ORACLE=all</c> (eleven minutes on two busy cores).
    /// </summary>
    public static TheoryData<string, string> RealSpecChanges()
    {
        var all = Environment.GetEnvironmentVariable("TALLYFY_DIFF_ORACLE") == "all";
        var data = new TheoryData<string, string>();
        var i = 0;
        // TALLYFY_DIFF_ORACLE_SPECS: more JSON specs (paths separated by ';'), by hand.
        var extra = Environment.GetEnvironmentVariable("TALLYFY_DIFF_ORACLE_SPECS")?.Split(';', StringSplitOptions.RemoveEmptyEntries) ?? Array.Empty<string>();
        foreach (var spec in new[] { "tallyfy", "pydantic" }.Concat(extra))
        {
            foreach (var change in ChangesOf(JsonNode.Parse(File.ReadAllText(SpecPath(spec)))!.AsObject()))
            {
                if (all || i++ % 15 == 0)
                {
                    data.Add(spec, change);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealSpecChanges))]
    public void Diff_agrees_with_the_compiler_on_each_change_to_a_real_spec(string spec, string change)
    {
        var earlier = File.ReadAllText(SpecPath(spec));
        var root = JsonNode.Parse(earlier)!.AsObject();
        Apply(root, change);
        var later = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

        var (errors, reported) = Judge("/project/api.json", earlier, later, "Api", "ApiClient");

        Assert.True((errors.Count > 0) == (reported.Count > 0), $"{spec}, {change}: " + Verdicts(errors, reported));
    }

    /// <summary>
    /// The compiler's verdict and diff's on <paramref name="later"/>: the errors of code written against the earlier
    /// spec's client when compiled against the later one's, and the breaking changes a <c>Baseline</c> of the earlier spec reports.
    /// </summary>
    private static (List<Diagnostic> Errors, List<string> Reported) Judge(string path, string earlier, string later, string ns, string clientName)
    {
        var earlierRun = GeneratorHarness.Run(new SpecText(path, earlier, ns, clientName));
        var consumer = ApiConsumer.Of(earlierRun.Output, ns);
        var own = Errors(earlierRun.Output, consumer);
        Assert.True(own.Count == 0, "the consumer does not compile against its own client:" + string.Concat(own.Take(5).Select(e => "\n  " + e)) + "\n" + consumer);

        var baseline = Path.ChangeExtension(path, ".baseline" + Path.GetExtension(path));
        var laterRun = GeneratorHarness.Run(
            new SpecText(path, later, ns, clientName) { Baseline = baseline },
            new SpecText(baseline, earlier, isOpenApiClient: false));
        Assert.DoesNotContain(laterRun.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.DoesNotContain(laterRun.CompilationProblems(), d => d.Severity == DiagnosticSeverity.Error);
        return (Errors(laterRun.Output, consumer), laterRun.Diagnostics.Where(d => d.Id == "TGEN020").Select(d => d.GetMessage()).ToList());
    }

    private static string Verdicts(List<Diagnostic> errors, List<string> reported) =>
        $"the compiler found {errors.Count} errors in code written against the earlier client"
        + string.Concat(errors.Take(5).Select(e => "\n  " + e))
        + $"\ndiff reported {reported.Count} breaking changes" + string.Concat(reported.Select(m => "\n  " + m));

    private static string SpecPath(string spec) => spec switch
    {
        "tallyfy" => RepoPaths.TallyfySpec,
        "pydantic" => Path.Combine(RepoPaths.Root, "tests", "Tallyfy.Generated.Features.Tests", "Specs", "pydantic.openapi.json"),
        _ => spec,
    };

    /// <summary>The changes made to <paramref name="root"/>, each as <c>kind pointer</c> (a JSON pointer into the spec).</summary>
    private static IEnumerable<string> ChangesOf(JsonObject root)
    {
        foreach (var (name, schema) in Objects(root["components"]?["schemas"]))
        {
            var at = "/components/schemas/" + Escape(name);
            foreach (var (property, _) in Objects(schema["properties"]))
            {
                var pointer = at + "/properties/" + Escape(property);
                yield return "remove " + pointer;
                yield return "retype " + pointer;
                yield return "nullable " + pointer;
                yield return "require " + pointer;
            }

            if (schema["properties"] is JsonObject)
            {
                yield return "add " + at + "/properties";
            }

            if (schema["enum"] is JsonArray values && values.Count > 1)
            {
                yield return "remove " + at + "/enum/" + (values.Count - 1);
                yield return "add " + at + "/enum";
            }
        }

        foreach (var (path, item) in Objects(root["paths"]))
        {
            foreach (var (method, operation) in Objects(item))
            {
                if (operation["responses"] is not JsonObject responses)
                {
                    continue;
                }

                var at = "/paths/" + Escape(path) + "/" + method;
                yield return "remove " + at;
                yield return "status " + at;
                foreach (var (status, _) in Objects(responses))
                {
                    yield return "remove " + at + "/responses/" + Escape(status);
                }

                if (operation["parameters"] is JsonArray parameters)
                {
                    for (var i = 0; i < parameters.Count; i++)
                    {
                        yield return "remove " + at + "/parameters/" + i;
                        yield return "require " + at + "/parameters/" + i;
                        yield return "retype " + at + "/parameters/" + i + "/schema";
                    }
                }
            }
        }

        foreach (var (name, _) in Objects(root["components"]?["securitySchemes"]))
        {
            yield return "remove /components/securitySchemes/" + Escape(name);
        }
    }

    private static IEnumerable<(string Name, JsonObject Value)> Objects(JsonNode? node) =>
        node is JsonObject obj ? obj.Where(p => p.Value is JsonObject).Select(p => (p.Key, p.Value!.AsObject())).ToList() : Enumerable.Empty<(string, JsonObject)>();

    private static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static void Apply(JsonObject root, string change)
    {
        var space = change.IndexOf(' ', StringComparison.Ordinal);
        var kind = change[..space];
        var segments = change[(space + 2)..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
        var parent = segments[..^1].Aggregate((JsonNode)root, (node, segment) => node is JsonArray array ? array[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)]! : node[segment]!);
        var last = segments[^1];
        var target = parent is JsonArray items ? items[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] : parent[last];
        switch (kind)
        {
            case "remove" when parent is JsonArray array:
                array.RemoveAt(int.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case "remove":
                parent.AsObject().Remove(last);
                if (segments[0] == "components" && segments[1] == "securitySchemes")
                {
                    RemoveRequirements(root, last);
                }

                break;
            case "add" when target is JsonArray values:
                values.Add(values[0]!.GetValueKind() == JsonValueKind.Number ? JsonValue.Create(987654) : JsonValue.Create("zz-added"));
                break;
            case "add":
                target!["zzAdded"] = new JsonObject { ["type"] = "string" };
                break;
            case "retype" when target is null:
                return; // a parameter given by $ref, without a schema of its own here
            case "retype":
                parent[last] = target?["type"]?.GetValue<string>() == "string"
                    ? new JsonObject { ["type"] = "integer", ["format"] = "int32" }
                    : new JsonObject { ["type"] = "string" };
                break;
            case "nullable":
                // 3.1 (and FastAPI) writes a nullable schema as an anyOf with null; 3.0 marks it nullable.
                parent[last] = root["openapi"]!.GetValue<string>().StartsWith("3.0", StringComparison.Ordinal)
                    ? new JsonObject { ["allOf"] = new JsonArray(target!.DeepClone()), ["nullable"] = true }
                    : new JsonObject { ["anyOf"] = new JsonArray(target!.DeepClone(), new JsonObject { ["type"] = "null" }) };
                break;
            case "require" when segments[^2] == "properties":
                // Flips the property's place in its schema's required list.
                var schema = segments[..^2].Aggregate((JsonNode)root, (node, segment) => node[segment]!).AsObject();
                var names = (schema["required"] as JsonArray)?.Select(r => r!.GetValue<string>()).ToList() ?? new List<string>();
                if (!names.Remove(last))
                {
                    names.Add(last);
                }

                schema.Remove("required");
                if (names.Count > 0)
                {
                    schema["required"] = new JsonArray(names.Select(n => (JsonNode)JsonValue.Create(n)!).ToArray());
                }

                break;
            case "require":
                // A parameter: its requiredness flipped (a path parameter stays required, as OpenAPI has it).
                var parameter = target!.AsObject();
                if (parameter["in"]?.GetValue<string>() != "path")
                {
                    parameter["required"] = !(parameter["required"]?.GetValue<bool>() ?? false);
                }

                break;
            case "status":
                target!["responses"]!["418"] = new JsonObject { ["description"] = "A teapot." };
                break;
            default:
                throw new ArgumentException("Unknown change: " + change);
        }
    }

    /// <summary>A removed security scheme is removed from the requirements that named it too, as a spec's author does.</summary>
    private static void RemoveRequirements(JsonNode node, string scheme)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["security"] is JsonArray requirements)
                {
                    foreach (var requirement in requirements.OfType<JsonObject>())
                    {
                        requirement.Remove(scheme);
                    }
                }

                foreach (var (_, value) in obj.ToList())
                {
                    if (value is not null)
                    {
                        RemoveRequirements(value, scheme);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        RemoveRequirements(item, scheme);
                    }
                }

                break;
        }
    }

    private static ClientModel Model(string spec) =>
        OpenApiParser.Parse(new SpecFile("/project/shop.yaml", spec, "Shop", "ShopClient"), CancellationToken.None).Client!;

    private static string Edit(string spec, string what, string with)
    {
        var at = spec.IndexOf(what, StringComparison.Ordinal);
        Assert.True(at >= 0, "not in the spec: " + what);
        return spec[..at] + with + spec[(at + what.Length)..];
    }

    private static List<Diagnostic> Errors(Compilation client, string consumer) =>
        client.AddSyntaxTrees(CSharpSyntaxTree.ParseText(consumer, (CSharpParseOptions)client.SyntaxTrees.First().Options, path: "Consumer.cs"))
            .GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToList();
}
