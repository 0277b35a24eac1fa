using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;

/// <summary>
/// The JSON Schema Test Suite (npm <c>json-schema-test-suite</c> 0.0.10, pinned in <c>RealSpecs/package.json</c>: its
/// draft 4 cases, the JSON Schema OpenAPI 3.0 and Swagger 2.0 schemas are written in) as an oracle for the generated
/// readers and writers and for the tests' own schema check. Each case group's schema is a component of one OpenAPI 3.0
/// document (and of a 3.1 one, said in 2020-12), the answer of an operation of its own, and each instance the suite calls valid is an example of that
/// answer: read into the type the client reads the answer into and written back (<see cref="ExampleRoundTrip"/>), it
/// must come back the same. What the suite calls valid is valid, so no failure can be the document's.
/// </summary>
public sealed class JsonSchemaTestSuiteTests
{
    private const string Namespace = "Suite.Draft4";
    private const string ClientName = "SuiteClient";

    /// <summary>
    /// Case files left out: schemas from the network (<c>refRemote</c>, and any <c>$ref</c> not into the document), which
    /// the generator does not fetch (TGEN004 says so).
    /// </summary>
    private static readonly string[] LeftOutFiles = { "refRemote.json" };

    /// <summary>
    /// Instances the suite calls valid that the client reads otherwise on purpose, as every generator for a typed
    /// language does (and the tests' schema check with it), each with why; each must still fail, so the list stays true.
    /// </summary>
    private static readonly Dictionary<string, string> TypedReadings = new(StringComparer.Ordinal)
    {
        ["additionalProperties_0 t2"] = "a schema with properties and no type is read as an object: JSON Schema lets [1, 2, 3] through, no class holds it (a BodyError, the raw body kept)",
        ["properties_0 t4"] = "a schema with properties and no type is read as an object: JSON Schema lets [] through",
        ["ref_0 t0"] = "a schema with properties and no type is read as an object: JSON Schema lets its member's false through",
        ["ref_0 t1"] = "a schema with properties and no type is read as an object: JSON Schema lets its member's false through",
        ["optional_bignum_0 t0"] = "an integer without a format is a long: a 53-digit integer is none",
        ["optional_bignum_2 t0"] = "an integer without a format is a long: a 53-digit integer is none",
    };

    private readonly ITestOutputHelper _output;

    public JsonSchemaTestSuiteTests(ITestOutputHelper output) => _output = output;

    private static string SuiteDirectory => Path.Combine(RealSpecsInstall.Root, "node_modules", "json-schema-test-suite", "tests", "draft4");

    [SkippableTheory]
    [InlineData("3.0.3")]
    [InlineData("3.1.0")]
    public void Every_instance_the_suite_calls_valid_is_read_and_written_back_the_same(string version)
    {
        var (document, groups) = Document(version);
        var text = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var (model, assembly) = Client(text, $"draft4.openapi-{version}.json");

        using var parsed = JsonDocument.Parse(text);
        var outcome = ExampleRoundTrip.Walk(parsed.RootElement, model, assembly, anyJson: false);
        outcome.WriteDetails(_output);
        _output.WriteLine($"{groups} case groups; " + outcome.Summary);

        Assert.Empty(outcome.NotGenerated);
        var failures = outcome.SpecFaults.Concat(outcome.Ours).ToList();
        var unlisted = failures.Where(failure => !TypedReadings.Keys.Any(key => failure.StartsWith(Where(key), StringComparison.Ordinal))).ToList();
        Assert.True(unlisted.Count == 0, $"{unlisted.Count} instances the suite calls valid do not round-trip:\n" + string.Join("\n", unlisted));
        var stale = TypedReadings.Keys.Where(key => !failures.Any(failure => failure.StartsWith(Where(key), StringComparison.Ordinal))).ToList();
        Assert.True(stale.Count == 0, "Listed as read otherwise, yet round-tripped: " + string.Join(", ", stale));
        Assert.True(outcome.RoundTripped + outcome.Untyped + TypedReadings.Count == outcome.Examples, outcome.Summary);

        static string Where(string key) => $"GET /{key.Split(' ')[0]} 200 example '{key.Split(' ')[1]}'";
    }

    /// <summary>
    /// The same instances as answers of a real server (HTTP on 127.0.0.1), each the body of its own URL, read by the
    /// generated client's operation: the 200 case's body is what the model's reader makes of the same JSON, and an
    /// instance read otherwise on purpose (<see cref="TypedReadings"/>) is a body-read error that keeps every byte.
    /// </summary>
    [SkippableFact]
    public async Task Every_valid_instance_a_server_answers_with_reaches_the_caller_as_the_reader_reads_it()
    {
        var (document, _) = Document("3.0.3", caseParameter: true);
        var text = document.ToJsonString();
        var (_, assembly) = Client(text, "draft4.http.json");

        using var parsed = JsonDocument.Parse(text);
        var instances = Cases(parsed.RootElement).Where(c => c.Valid).ToList();
        using var server = new LoopbackServer(instances
            .Select(c => LoopbackServer.Route.Json("GET", $"/{c.Name}/{c.Key}", 200, c.Data.GetRawText()))
            .OrderByDescending(route => route.PathPrefix.Length)
            .ToArray());
        using var http = new HttpClient();
        var clientType = assembly.GetType($"{Namespace}.{ClientName}")!;
        var client = Activator.CreateInstance(clientType, http, new Uri(server.Url))!;

        var wrong = new List<string>();
        int typed = 0, kept = 0;
        foreach (var (name, key, _, data, _, description) in instances)
        {
            var method = clientType.GetMethods().Single(m => m.Name.Equals($"Get{name.Replace("_", string.Empty, StringComparison.Ordinal)}Async", StringComparison.OrdinalIgnoreCase));
            var task = (Task)method.Invoke(client, new object?[] { key, CancellationToken.None })!;
            await task;
            using var result = (IDisposable)task.GetType().GetProperty("Result")!.GetValue(task)!;
            var where = $"{name} {key} '{description}'";
            var status = (int)result.GetType().GetProperty("StatusCode")!.GetValue(result)!;
            var error = (Exception?)result.GetType().GetProperty("BodyError")!.GetValue(result);
            var raw = ((ReadOnlyMemory<byte>)result.GetType().GetProperty("RawBodyBytes")!.GetValue(result)!).ToArray();
            if (status != 200 || result.GetType().GetProperty("Body") is not { } bodyProperty)
            {
                wrong.Add($"{where}: a {status} answer read as {result.GetType().Name}, no body");
                continue;
            }

            if (!raw.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(data.GetRawText())))
            {
                wrong.Add($"{where}: the raw body is not the bytes the server sent");
            }

            var listed = TypedReadings.ContainsKey(name + " " + key);
            if (listed)
            {
                kept++;
                if (error is null)
                {
                    wrong.Add($"{where}: listed as read otherwise, yet read");
                }

                continue;
            }

            if (error is not null)
            {
                wrong.Add($"{where}: {error.GetType().Name}: {error.Message}");
                continue;
            }

            typed++;
            var body = bodyProperty.GetValue(result);
            var viaClient = JsonSerializer.Serialize(body, bodyProperty.PropertyType);
            var viaReader = JsonSerializer.Serialize(JsonSerializer.Deserialize(data.GetRawText(), bodyProperty.PropertyType), bodyProperty.PropertyType);
            if (viaClient != viaReader)
            {
                wrong.Add($"{where}: the client reads {viaClient}, the model's reader {viaReader}");
            }
        }

        _output.WriteLine($"{instances.Count} answers: {typed} read as the reader reads them, {kept} body-read errors listed, raw bodies kept");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(instances.Count, typed + kept);
    }

    [SkippableFact]
    public void The_tests_schema_check_finds_nothing_wrong_with_an_instance_the_suite_calls_valid()
    {
        var (document, _) = Document("3.0.3");
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        var check = new ExampleSchemaCheck(parsed.RootElement);
        var wrong = new List<string>();
        int valid = 0, invalid = 0, invalidFound = 0;
        var typed = new List<string>();
        foreach (var (name, key, schema, data, isValid, description) in Cases(parsed.RootElement))
        {
            var violations = check.Violations(data, schema);
            if (isValid)
            {
                valid++;
                if (violations.Count > 0)
                {
                    (TypedReadings.ContainsKey(name + " " + key) ? typed : wrong).Add($"{name} {key} '{description}': {violations[0]}");
                }
            }
            else
            {
                invalid++;
                invalidFound += violations.Count > 0 ? 1 : 0;
            }
        }

        _output.WriteLine($"{valid} valid instances, {invalid} invalid: the check finds {invalidFound} of the invalid ones (it checks bounds only in oneOf, anyOf and not branches)");
        typed.ForEach(_output.WriteLine);
        Assert.Equal(TypedReadings.Count, typed.Count);
        Assert.True(wrong.Count == 0, "The check calls valid instances invalid, which would blame a document for the generator's failure:\n" + string.Join("\n", wrong));
    }

    /// <summary>The client of the suite's document, generated with no error, compiled and loaded, and the parser's model of it.</summary>
    private static (ClientModel Model, Assembly Assembly) Client(string text, string fileName)
    {
        var run = GeneratorHarness.Run(new SpecText(fileName, text, Namespace, ClientName));
        var errors = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var model = Assert.IsType<Diagnostics.ParseResult>(run.Result.Results.Single().TrackedSteps[TrackingNames.Parsed].Single().Outputs.Single().Value).Client!;
        var (emitted, assembly) = GeneratedClientImage.EmitAndLoad(run.Output, "SuiteClient " + fileName);
        Assert.True(assembly is not null, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        return (model, assembly!);
    }

    /// <summary>
    /// One OpenAPI document (3.0, or 3.1 with each schema said in JSON Schema 2020-12, <see cref="To202012"/>) holding every case group's schema as <c>components/schemas/{file}_{n}</c>, a
    /// <c>$ref</c> into the schema rewritten to point into the component; and a <c>GET /{file}_{n}</c> answering 200
    /// with it, its examples the instances the suite calls valid (<c>x-invalid</c> holds the others).
    /// </summary>
    /// <param name="caseParameter">Whether each operation's path ends in a <c>{case}</c> parameter (<c>GET /type_0/{case}</c>), so a server can answer each instance at a URL of its own.</param>
    private static (JsonObject Document, int Groups) Document(string version, bool caseParameter = false)
    {
        RealSpecsInstall.Require(Directory.Exists(SuiteDirectory)
            ? null
            : $"The JSON Schema Test Suite is not installed at {SuiteDirectory} (npm ci in RealSpecs/ installs it as the test project builds).");

        var schemas = new JsonObject();
        var paths = new JsonObject();
        var groups = 0;
        foreach (var file in Directory.EnumerateFiles(SuiteDirectory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (LeftOutFiles.Contains(Path.GetFileName(file)))
            {
                continue;
            }

            var stem = Path.GetRelativePath(SuiteDirectory, file).Replace(".json", string.Empty, StringComparison.Ordinal).Replace('/', '_');
            var index = 0;
            foreach (var group in JsonNode.Parse(File.ReadAllText(file))!.AsArray())
            {
                var name = $"{stem}_{index++}";
                if (RefersOutside(group!["schema"]!))
                {
                    continue;
                }

                groups++;
                var schema = Rebase(group["schema"]!, "#/components/schemas/" + name);

                // A format bounds strings only, and every instance of these is a string: typed as OpenAPI documents
                // give a format, so the client reads the typed value (DateTimeOffset, Uri) and not any JSON value.
                if (schema is JsonObject { Count: 1 } formatOnly && formatOnly["format"] is not null)
                {
                    formatOnly["type"] = "string";
                }

                schemas[name] = version.StartsWith("3.1", StringComparison.Ordinal) ? To202012(schema) : schema;
                var examples = new JsonObject();
                var invalid = new JsonArray();
                var test = 0;
                foreach (var instance in group["tests"]!.AsArray())
                {
                    var entry = new JsonObject { ["summary"] = instance!["description"]!.DeepClone(), ["value"] = instance["data"]?.DeepClone() };
                    if (instance["valid"]!.GetValue<bool>())
                    {
                        examples["t" + test] = entry;
                    }
                    else
                    {
                        invalid.Add(entry);
                    }

                    test++;
                }

                var media = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/" + name } };
                if (examples.Count > 0)
                {
                    media["examples"] = examples;
                }

                media["x-invalid"] = invalid;
                paths["/" + name + (caseParameter ? "/{case}" : string.Empty)] = new JsonObject
                {
                    ["get"] = new JsonObject
                    {
                        ["operationId"] = "get_" + name,
                        ["summary"] = group["description"]!.DeepClone(),
                        ["parameters"] = caseParameter
                            ? new JsonArray(new JsonObject { ["name"] = "case", ["in"] = "path", ["required"] = true, ["schema"] = new JsonObject { ["type"] = "string" } })
                            : new JsonArray(),
                        ["responses"] = new JsonObject
                        {
                            ["200"] = new JsonObject { ["description"] = "OK", ["content"] = new JsonObject { ["application/json"] = media } },
                        },
                    },
                };
            }
        }

        var document = new JsonObject
        {
            ["openapi"] = version,
            ["info"] = new JsonObject { ["title"] = "JSON Schema Test Suite, draft 4", ["version"] = "0.0.10" },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas },
        };
        return (document, groups);
    }

    /// <summary>Each instance of the document's case groups: the group's name, the example's key, the group's schema, the instance, the suite's verdict and description.</summary>
    private static IEnumerable<(string Name, string Key, JsonElement Schema, JsonElement Data, bool Valid, string Description)> Cases(JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var media = path.Value.GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json");
            var schema = media.GetProperty("schema");
            if (media.TryGetProperty("examples", out var examples))
            {
                foreach (var example in examples.EnumerateObject())
                {
                    yield return (path.Name[1..].Split('/')[0], example.Name, schema, example.Value.GetProperty("value"), true, example.Value.GetProperty("summary").GetString()!);
                }
            }

            foreach (var example in media.GetProperty("x-invalid").EnumerateArray())
            {
                yield return (path.Name[1..].Split('/')[0], "invalid", schema, example.GetProperty("value"), false, example.GetProperty("summary").GetString()!);
            }
        }
    }

    /// <summary>
    /// The same schema in JSON Schema 2020-12, OpenAPI 3.1's dialect, meaning what draft 4 means: a boolean
    /// <c>exclusiveMaximum</c> becomes the bound itself; <c>items</c> as a list becomes <c>prefixItems</c> and
    /// <c>additionalItems</c> the <c>items</c> after them (dropped beside a single <c>items</c>, which draft 4 ignores
    /// it beside); <c>dependencies</c> become <c>dependentRequired</c> and <c>dependentSchemas</c>; a <c>$ref</c>'s
    /// siblings, which draft 4 ignores, are dropped (but <c>definitions</c>, which only holds schemas), and a pointer to
    /// a position of a list of items points into <c>prefixItems</c>. Followed through every place a schema stands, not
    /// through names.
    /// </summary>
    private static JsonNode To202012(JsonNode schema)
    {
        if (schema is not JsonObject source)
        {
            return schema.DeepClone();
        }

        if (source["$ref"] is JsonValue reference)
        {
            // A position of a list of items is one of prefixItems now.
            var target = System.Text.RegularExpressions.Regex.Replace(reference.GetValue<string>(), "/items/([0-9]+)", "/prefixItems/$1");
            var only = new JsonObject { ["$ref"] = target };
            if (source["definitions"] is JsonObject kept)
            {
                only["definitions"] = ConvertMembers(kept);
            }

            return only;
        }

        var result = new JsonObject();
        foreach (var (key, value) in source)
        {
            switch (key)
            {
                case "properties" or "patternProperties" or "definitions" when value is JsonObject map:
                    result[key] = ConvertMembers(map);
                    break;
                case "allOf" or "anyOf" or "oneOf" when value is JsonArray list:
                    result[key] = ConvertItems(list);
                    break;
                case "items" when value is JsonArray positions:
                    result["prefixItems"] = ConvertItems(positions);
                    if (source["additionalItems"] is { } after)
                    {
                        result["items"] = To202012(after);
                    }

                    break;
                case "additionalItems":
                    break;
                case "items" or "additionalProperties" or "not":
                    result[key] = value is null ? null : To202012(value);
                    break;
                case "exclusiveMaximum" or "exclusiveMinimum":
                    break;
                case "maximum" or "minimum":
                    var exclusive = source[key == "maximum" ? "exclusiveMaximum" : "exclusiveMinimum"] is JsonValue flag && flag.GetValue<bool>();
                    result[exclusive ? (key == "maximum" ? "exclusiveMaximum" : "exclusiveMinimum") : key] = value?.DeepClone();
                    break;
                case "dependencies" when value is JsonObject dependencies:
                    var required = new JsonObject();
                    var schemas = new JsonObject();
                    foreach (var (name, dependency) in dependencies)
                    {
                        if (dependency is JsonArray names)
                        {
                            required[name] = names.DeepClone();
                        }
                        else if (dependency is not null)
                        {
                            schemas[name] = To202012(dependency);
                        }
                    }

                    if (required.Count > 0)
                    {
                        result["dependentRequired"] = required;
                    }

                    if (schemas.Count > 0)
                    {
                        result["dependentSchemas"] = schemas;
                    }

                    break;
                default:
                    result[key] = value?.DeepClone();
                    break;
            }
        }

        return result;

        static JsonObject ConvertMembers(JsonObject map) => new(map.Select(m => KeyValuePair.Create(m.Key, m.Value is null ? null : To202012(m.Value))));
        static JsonArray ConvertItems(JsonArray list) => new(list.Select(item => item is null ? null : To202012(item)).ToArray());
    }

    /// <summary>Whether the schema has a <c>$ref</c> to anything but itself (the draft 4 meta-schema, a URL).</summary>
    private static bool RefersOutside(JsonNode schema) => schema switch
    {
        JsonObject o => o.Any(m => (m.Key == "$ref" && m.Value is JsonValue v && v.TryGetValue<string>(out var text) && !text.StartsWith('#'))
            || (m.Value is not null && RefersOutside(m.Value))),
        JsonArray a => a.Any(item => item is not null && RefersOutside(item)),
        _ => false,
    };

    /// <summary>A copy of the schema whose references into itself (<c>#</c>, <c>#/definitions/a</c>) point into its place in the document.</summary>
    private static JsonNode Rebase(JsonNode schema, string place) => schema switch
    {
        JsonObject o => new JsonObject(o.Select(m => KeyValuePair.Create(m.Key,
            m.Key == "$ref" && m.Value is JsonValue v && v.TryGetValue<string>(out var text) && text.StartsWith('#')
                ? JsonValue.Create(place + text[1..])
                : m.Value is null ? null : Rebase(m.Value, place)))),
        JsonArray a => new JsonArray(a.Select(item => item is null ? null : Rebase(item, place)).ToArray()),
        _ => schema.DeepClone(),
    };
}
