using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Emitting;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Parsing;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// Feeds the generator mutated specs: whatever the input, it reports TGEN diagnostics on the spec and never throws,
/// and when it reports no error, the code it emits compiles.
/// TALLYFY_FUZZ_SECONDS sets the time budget (default 30), TALLYFY_FUZZ_SEED the seed (default fixed, so runs repeat).
/// </summary>
public sealed class FuzzTests
{
    private const int MinIterations = 200;
    private const int MaxIterations = 2000;
    private const int MaxCompileChecks = 40;
    private const int CompileEvery = 8;
    private const int MaxFailureKinds = 10;
    private const int DefaultSeed = 20250611;
    private const int MaxSeedBytes = 20 * 1024;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(120);

    private static readonly JsonDocumentOptions JsonReadOptions = new() { MaxDepth = 4096 };

    private static readonly string[] SpecialTokens =
    {
        "\0", "\u202E", "\uD83D\uDE00", "\uFFFF", "\uFEFF", "\uD800", "\uDC00", "\u0301", "\u200B",
        "\t", "\r", "\n", "\r\n", " ", "\"", "'", "\\", "{", "}", "[", "]", ":", ",", "#", "&", "*", "!", "|", ">", "-", "%", "@", "`",
        "~", "null", "true", "0", "-1", "1e999", "$ref", "\": {", "- ", ": ",
    };

    private static readonly string[] OddKeys =
    {
        "\u202E", "\uD83D\uDE00", "\0", "\uFFFF", "é", "ÄÖÜß", "名前", "Ω", "\u0301", "x\u200By", "class", "namespace", "object", "string",
        "123", "1abc", " ", "a b", "a-b", "a.b", "@x", "$x", "\t", "_", "__", "null", "true", "Equals", "GetHashCode", "ToString",
        "TallyfyClient", "System", "value", "Value", "VALUE", "default", "\uD800",
    };

    private static readonly string[] StatusKeys = { "2XX", "99", "abc", "", "600", "2xx", "1XX", "5XX", "0", "-1", "200.0", " 200", "2000", "default", "DEFAULT", "4X", "99999999999", "\uD83D\uDE00" };

    private static readonly string[] Methods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Mutated_specs_never_crash_the_generator_and_clean_output_compiles()
    {
        var seed = ReadSetting("TALLYFY_FUZZ_SEED", DefaultSeed);
        var budget = TimeSpan.FromSeconds(ReadSetting("TALLYFY_FUZZ_SECONDS", 30));
        var seeds = SeedDocuments();
        var random = new Random(seed);
        var stopwatch = Stopwatch.StartNew();
        var iterations = 0;
        var cleanRuns = 0;
        var compiled = 0;
        var diagnosticIds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        // Failures by kind, so one bug hit many times reads as one entry with a count and its first mutant.
        var failures = new SortedDictionary<string, (string First, int Count)>(StringComparer.Ordinal);
        void Record(string kind, Func<string> describe) =>
            failures[kind] = failures.TryGetValue(kind, out var known) ? (known.First, known.Count + 1) : (describe(), 1);

        while (failures.Count < MaxFailureKinds && (iterations < MinIterations || (iterations < MaxIterations && stopwatch.Elapsed < budget)))
        {
            var iteration = iterations++;
            var iterationSeed = random.Next();
            var document = seeds[iteration % seeds.Count];
            var mutant = Mutate(document, new Random(iterationSeed), out var mutations);
            var path = Path.Combine(RepoPaths.Root, "fuzz", $"{document.Name}-{seed}-{iteration}{document.Extension}");
            Func<string> Describe(string problem) => () => Failure(problem, seed, iteration, iterationSeed, document, mutations, mutant);

            GeneratorRun run;
            try
            {
                run = RunWithTimeout(path, mutant);
            }
            catch (Exception ex)
            {
                Record(Kind("running the generator threw " + ex.GetType().Name + ": " + ex.Message), Describe($"running the generator threw {ex}"));
                continue;
            }

            var problem = Problems(run, path);
            if (problem is not null)
            {
                Record(Kind(problem.Replace(path, "<spec>", StringComparison.Ordinal)), Describe(problem));
                continue;
            }

            foreach (var diagnostic in run.Diagnostics)
            {
                diagnosticIds[diagnostic.Id] = diagnosticIds.TryGetValue(diagnostic.Id, out var count) ? count + 1 : 1;
            }

            var hasError = run.Diagnostics.Concat(run.GeneratorDiagnostics)
                .Any(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("TGEN", StringComparison.Ordinal));
            if (hasError || cleanRuns++ % CompileEvery != 0 || compiled >= MaxCompileChecks)
            {
                continue;
            }

            compiled++;
            var errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                Record(
                    "output does not compile: " + string.Join(", ", errors.Select(e => e.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal)),
                    Describe($"the generator reported no error, but its output has {errors.Count} compile errors:\n" + string.Join("\n", errors.Take(10).Select(e => "  " + e))));
            }
        }

        _output.WriteLine(
            $"seed {seed}: {iterations} iterations over {seeds.Count} seed documents, {cleanRuns} runs without TGEN errors, "
            + $"{compiled} compiled, {stopwatch.Elapsed.TotalSeconds:F1} s (budget {budget.TotalSeconds:F0} s)");
        _output.WriteLine("diagnostics seen: " + string.Join(", ", diagnosticIds.Select(p => $"{p.Key}×{p.Value}")));
        Assert.True(
            failures.Count == 0,
            $"{failures.Count} kinds of failure in {iterations} iterations (seed {seed}):\n\n"
            + string.Join("\n\n", failures.Select(f => $"[{f.Value.Count}×] {f.Key}\n{f.Value.First}")));
    }

    [SkippableFact]
    public void No_real_spec_reaches_the_last_resort_diagnostic()
    {
        Skip.If(!Directory.Exists(RepoPaths.RealWorldSpecs), "The real-world specs are not beside the repository.");
        var files = Directory.EnumerateFiles(RepoPaths.RealWorldSpecs)
            .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Append(RepoPaths.TallyfySpec)
            .ToList();

        var failures = new List<string>();
        foreach (var file in files)
        {
            var run = GeneratorHarness.Run(new SpecText(file, File.ReadAllText(file)));
            var exception = run.Result.Results[0].Exception;
            if (exception is not null)
            {
                failures.Add($"{Path.GetFileName(file)}: the generator threw {exception}");
            }

            failures.AddRange(run.Diagnostics.Concat(run.GeneratorDiagnostics)
                .Where(d => d.Id is "TGEN999" or "CS8785")
                .Select(d => $"{Path.GetFileName(file)}: {d}"));
        }

        _output.WriteLine($"{files.Count} specs checked");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Parsing_and_emitting_honour_cancellation()
    {
        var text = File.ReadAllText(RepoPaths.TallyfySpec);
        var spec = new SpecFile(RepoPaths.TallyfySpec, text, "Ns", "Client");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => OpenApiParser.Parse(spec, cancelled.Token));

        var result = OpenApiParser.Parse(spec, CancellationToken.None);
        Assert.NotNull(result.Client);
        Assert.NotEmpty(result.Client!.Operations);
        Assert.ThrowsAny<OperationCanceledException>(() => Emitter.EmitClient(result.Client!, cancelled.Token).ToList());
    }

    /// <summary>What is wrong with one run, or null: a throw, the last-resort diagnostic, or a diagnostic not of the generator or not on the spec.</summary>
    private static string? Problems(GeneratorRun run, string path)
    {
        var exception = run.Result.Results[0].Exception;
        if (exception is not null)
        {
            return $"the generator threw {exception}";
        }

        var all = run.Diagnostics.Concat(run.GeneratorDiagnostics).ToList();
        var fatal = all.FirstOrDefault(d => d.Id is "CS8785" or "TGEN999");
        if (fatal is not null)
        {
            return $"the generator failed: {fatal}";
        }

        var foreign = all.FirstOrDefault(d => !d.Id.StartsWith("TGEN", StringComparison.Ordinal));
        if (foreign is not null)
        {
            return $"a diagnostic that is not the generator's: {foreign}";
        }

        var misplaced = all.FirstOrDefault(d => !string.Equals(d.Location.GetLineSpan().Path, path, StringComparison.Ordinal));
        return misplaced is null ? null : $"a diagnostic not located in the spec ({misplaced.Location.GetLineSpan().Path}): {misplaced}";
    }

    /// <summary>Runs the generator, failing rather than hanging when a mutant sends it into a loop.</summary>
    private static GeneratorRun RunWithTimeout(string path, string text)
    {
        var task = Task.Run(() => GeneratorHarness.Run(new SpecText(path, text)));
        if (!task.Wait(RunTimeout))
        {
            throw new TimeoutException($"the generator did not finish within {RunTimeout.TotalSeconds:F0} s");
        }

        return task.Result;
    }

    private string Failure(string problem, int seed, int iteration, int iterationSeed, SeedDocument document, IReadOnlyList<string> mutations, string mutant)
    {
        var file = Path.Combine(Path.GetTempPath(), $"tallyfy-fuzz-{seed}-{iteration}{document.Extension}");
        File.WriteAllText(file, mutant, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        _output.WriteLine($"mutant of seed {seed}, iteration {iteration} written to {file}");
        return $"seed {seed}, iteration {iteration} (iteration seed {iterationSeed}), from {document.Name}, mutations [{string.Join("; ", mutations)}]:\n"
            + $"{problem}\nfull mutant: {file}\nfirst 2000 chars:\n{Printable(mutant.Length > 2000 ? mutant.Substring(0, 2000) : mutant)}";
    }

    /// <summary>The text with control characters, lone surrogates and the like spelled as escapes, so a failure message stays readable.</summary>
    private static string Printable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ((c < ' ' && c != '\n' && c != '\t') || char.IsSurrogate(c) || c is '\uFFFF' or '\uFEFF' or '\u202E' or '\u200B')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The kind of a failure: its first line, with quoted names left out, so failures differing only in names count as one.</summary>
    private static string Kind(string problem)
    {
        var end = problem.IndexOf('\n');
        var line = (end < 0 ? problem : problem.Substring(0, end)).TrimEnd('\r');
        return Regex.Replace(line, "'[^']*'", "'…'");
    }

    private static int ReadSetting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : fallback;

    private sealed record SeedDocument(string Name, string Text, string Extension)
    {
        public bool IsJson => Extension == ".json";
    }

    private static List<SeedDocument> SeedDocuments()
    {
        var seeds = new List<SeedDocument>
        {
            new("tallyfy", File.ReadAllText(RepoPaths.TallyfySpec), ".json"),
            new("mini", MiniSpecs.WithOperation("x"), ".json"),
            new("yaml30", YamlSeed, ".yaml"),
            new("swagger20", Swagger2Seed, ".json"),
        };

        if (Directory.Exists(RepoPaths.RealWorldSpecs))
        {
            seeds.AddRange(Directory.EnumerateFiles(RepoPaths.RealWorldSpecs)
                .Where(f => new FileInfo(f).Length < MaxSeedBytes)
                .Select(f => (File: f, Extension: Path.GetExtension(f).ToLowerInvariant()))
                .Where(f => f.Extension is ".json" or ".yaml" or ".yml")
                .OrderBy(f => f.File, StringComparer.Ordinal)
                .Select(f => new SeedDocument(Path.GetFileNameWithoutExtension(f.File), File.ReadAllText(f.File), f.Extension)));
        }

        return seeds;
    }

    // ---- mutation ----

    /// <summary>Applies one to three mutations: structural ones for JSON that still parses, text ones otherwise or by chance.</summary>
    private static string Mutate(SeedDocument document, Random random, out List<string> mutations)
    {
        var text = document.Text;
        mutations = new List<string>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            if (document.IsJson && random.Next(3) != 0 && TryParse(text) is JsonObject root)
            {
                var name = MutateStructure(root, random);
                if (name is not null)
                {
                    mutations.Add(name);
                    text = Serialize(root, random);
                    continue;
                }
            }

            mutations.Add(MutateText(ref text, random));
        }

        return text;
    }

    private static JsonNode? TryParse(string text)
    {
        try
        {
            // Objects fill lazily; walking the tree now makes a duplicate key fail here rather than in a mutation.
            var root = JsonNode.Parse(text, documentOptions: JsonReadOptions);
            if (root is not null)
            {
                PickNode(root, new Random(0), _ => false);
            }

            return root;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Serialize(JsonNode root, Random random) =>
        root.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = random.Next(2) == 0,
            MaxDepth = 4096,
            Encoder = random.Next(2) == 0 ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping : JavaScriptEncoder.Default,
        });

    private static string MutateText(ref string text, Random random)
    {
        var index = text.Length == 0 ? 0 : random.Next(text.Length);
        switch (random.Next(7))
        {
            case 0:
                text = text.Substring(0, index);
                return $"truncate at {index}";
            case 1:
                {
                    var token = RandomToken(random);
                    text = text.Insert(index, token);
                    return $"insert {Printable(token)} at {index}";
                }

            case 2:
                {
                    var length = Math.Min(random.Next(1, 9), text.Length - index);
                    text = text.Remove(index, length);
                    return $"delete {length} at {index}";
                }

            case 3:
                {
                    if (text.Length == 0)
                    {
                        return "replace (empty)";
                    }

                    var token = RandomToken(random);
                    text = text.Remove(index, 1).Insert(index, token);
                    return $"replace at {index} by {Printable(token)}";
                }

            default:
                return MutateLine(ref text, random);
        }
    }

    /// <summary>Line-level edits, which hurt YAML in ways character edits rarely do.</summary>
    private static string MutateLine(ref string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        string name;
        switch (random.Next(4))
        {
            case 0:
                lines.RemoveAt(line);
                name = "delete line";
                break;
            case 1:
                lines.Insert(line, lines[line]);
                name = "duplicate line";
                break;
            case 2:
                lines[line] = new string(' ', random.Next(1, 5)) + lines[line];
                name = "indent line";
                break;
            default:
                lines[line] = lines[line].TrimStart();
                name = "unindent line";
                break;
        }

        text = string.Join("\n", lines);
        return $"{name} {line}";
    }

    private static string RandomToken(Random random) =>
        random.Next(4) == 0 ? ((char)random.Next(0x20, 0x7F)).ToString() : SpecialTokens[random.Next(SpecialTokens.Length)];

    /// <summary>One structural mutation of a parsed JSON spec; null when the tree offers nothing to mutate.</summary>
    private static string? MutateStructure(JsonObject root, Random random)
    {
        switch (random.Next(12))
        {
            case 0:
                {
                    var target = PickNode(root, random, n => n is JsonObject o && o.Count > 0) as JsonObject;
                    if (target is null)
                    {
                        return null;
                    }

                    var key = target.ElementAt(random.Next(target.Count)).Key;
                    target.Remove(key);
                    return $"remove property '{Printable(key)}' at {target.GetPath()}";
                }

            case 1:
                {
                    var target = PickNode(root, random, n => n.Parent is not null);
                    if (target is null)
                    {
                        return null;
                    }

                    var at = target.GetPath();
                    var value = ValueOfAnotherKind(target, random);
                    Replace(target, value);
                    return $"replace {at} by {(value is null ? "null" : value.GetValueKind().ToString())}";
                }

            case 2:
                {
                    var huge = new string('x', 50 * 1024);
                    if (random.Next(2) == 0 && PickNode(root, random, n => n.Parent is not null && n is JsonValue) is { } value)
                    {
                        var at = value.GetPath();
                        Replace(value, huge + "\u202E\uD83D\uDE00");
                        return $"50 KB string at {at}";
                    }

                    var target = PickNode(root, random, n => n is JsonObject) as JsonObject ?? root;
                    target[random.Next(2) == 0 ? huge : "huge"] = huge;
                    return $"50 KB string added to {target.GetPath()}";
                }

            case 3:
                {
                    JsonNode nested = new JsonArray();
                    for (var i = 1; i < 300; i++)
                    {
                        nested = new JsonArray(nested);
                    }

                    var target = PickNode(root, random, n => n.Parent is not null);
                    if (target is null || random.Next(3) == 0)
                    {
                        var holder = PickNode(root, random, n => n is JsonObject) as JsonObject ?? root;
                        holder["deep"] = nested;
                        return $"300-deep arrays added to {holder.GetPath()}";
                    }

                    var at = target.GetPath();
                    Replace(target, nested);
                    return $"300-deep arrays at {at}";
                }

            case 4:
                return AddReferenceCycle(root, random);
            case 5:
                return AddDanglingReference(root, random);
            case 6:
                return DuplicateOperationId(root, random);
            case 7:
                return AddOddStatusCode(root, random);
            case 8:
                return AddLongName(root, random);
            case 9:
                return AddOddKey(root, random);
            case 10:
                return AddNameClash(root, random);
            default:
                {
                    // A node copied elsewhere: a schema where a response is expected, a parameter list where a schema is, and so on.
                    var source = PickNode(root, random, n => n is JsonObject or JsonArray);
                    var target = PickNode(root, random, n => n.Parent is not null);
                    if (source is null || target is null || target == source)
                    {
                        return null;
                    }

                    var from = source.GetPath();
                    var at = target.GetPath();
                    Replace(target, source.DeepClone());
                    return $"copy {from} over {at}";
                }
        }
    }

    private static bool IsSwagger2(JsonObject root) => root.ContainsKey("swagger");

    private static string SchemaPrefix(JsonObject root, Random random) =>
        IsSwagger2(root) && random.Next(4) != 0 ? "#/definitions/" : "#/components/schemas/";

    private static JsonObject Schemas(JsonObject root)
    {
        if (IsSwagger2(root))
        {
            return Child(root, "definitions");
        }

        return Child(Child(root, "components"), "schemas");
    }

    private static JsonObject Child(JsonObject parent, string key)
    {
        if (parent[key] is JsonObject child)
        {
            return child;
        }

        var created = new JsonObject();
        parent[key] = created;
        return created;
    }

    private static JsonObject Ref(string target) => new() { ["$ref"] = target };

    private static string AddReferenceCycle(JsonObject root, Random random)
    {
        var prefix = SchemaPrefix(root, random);
        var schemas = Schemas(root);
        string shape;
        switch (random.Next(4))
        {
            case 0:
                schemas["A"] = Ref(prefix + "B");
                schemas["B"] = Ref(prefix + "A");
                shape = "A → B → A";
                break;
            case 1:
                schemas["A"] = Ref(prefix + "A");
                shape = "A → A";
                break;
            case 2:
                schemas["A"] = new JsonObject { ["allOf"] = new JsonArray(Ref(prefix + "B")) };
                schemas["B"] = new JsonObject { ["allOf"] = new JsonArray(Ref(prefix + "A")), ["type"] = "object" };
                shape = "A allOf B allOf A";
                break;
            default:
                schemas["A"] = new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { ["b"] = Ref(prefix + "B"), ["items"] = new JsonObject { ["type"] = "array", ["items"] = Ref(prefix + "A") } },
                };
                schemas["B"] = new JsonObject { ["oneOf"] = new JsonArray(Ref(prefix + "A"), new JsonObject { ["type"] = "string" }) };
                shape = "A.b → B oneOf A";
                break;
        }

        // Use the cycle: put it where a schema is, so the generator must follow it.
        var use = PickNode(root, random, n => n is JsonObject o && (o.ContainsKey("type") || o.ContainsKey("$ref")) && n.Parent is not null && !IsIn(n, schemas));
        if (use is not null)
        {
            var at = use.GetPath();
            Replace(use, Ref(prefix + "A"));
            return $"$ref cycle {shape}, used at {at}";
        }

        return $"$ref cycle {shape}";
    }

    private static bool IsIn(JsonNode node, JsonNode ancestor)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static string AddDanglingReference(JsonObject root, Random random)
    {
        string[] targets =
        {
            SchemaPrefix(root, random) + "Nowhere", "#/nowhere/at/all", "#/components/schemas/", "#", "", "#/", "missing.yaml#/Thing",
            "http://example.test/spec.json#/x", "#/paths", "#/components/schemas/A/properties/zz", "#/definitions/../x", "%%", "#/\uD83D\uDE00",
        };
        var target = targets[random.Next(targets.Length)];
        var node = PickNode(root, random, n => n is JsonObject && n.Parent is not null);
        if (node is not JsonObject obj)
        {
            return "no node for a dangling $ref";
        }

        if (random.Next(2) == 0)
        {
            obj["$ref"] = target;
            return $"$ref '{Printable(target)}' added to {obj.GetPath()}";
        }

        var at = obj.GetPath();
        Replace(obj, Ref(target));
        return $"$ref '{Printable(target)}' at {at}";
    }

    private static List<JsonObject> Operations(JsonObject root) =>
        (root["paths"] as JsonObject ?? new JsonObject())
            .Select(p => p.Value as JsonObject)
            .Where(p => p is not null)
            .SelectMany(p => Methods.Select(m => p![m] as JsonObject))
            .Where(o => o is not null)
            .Select(o => o!)
            .ToList();

    private static string? DuplicateOperationId(JsonObject root, Random random)
    {
        var operations = Operations(root);
        if (operations.Count == 0)
        {
            return null;
        }

        var first = operations[random.Next(operations.Count)];
        var id = first["operationId"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : "dup";
        first["operationId"] = id;

        // The same id, or one that only maps to the same C# name.
        string[] variants = { id, id.ToUpperInvariant(), "_" + id, id + "_", id.Replace("_", "-"), id.Length > 0 ? char.ToUpperInvariant(id[0]) + id.Substring(1) : "X" };
        var duplicate = variants[random.Next(variants.Length)];
        var others = operations.Where(o => o != first).ToList();
        if (others.Count > 0 && random.Next(3) != 0)
        {
            var second = others[random.Next(others.Count)];
            second["operationId"] = duplicate;
            return $"operationId '{duplicate}' at {second.GetPath()} duplicates {first.GetPath()}";
        }

        var copy = (JsonObject)first.Parent!.DeepClone();
        foreach (var method in Methods)
        {
            if (copy[method] is JsonObject operation)
            {
                operation["operationId"] = duplicate;
            }
        }

        var paths = (JsonObject)root["paths"]!;
        var newPath = "/fuzz-copy" + paths.Count.ToString(CultureInfo.InvariantCulture);
        paths[newPath] = copy;
        return $"path item copied to {newPath} with operationId '{duplicate}'";
    }

    private static string? AddOddStatusCode(JsonObject root, Random random)
    {
        var responses = Operations(root).Select(o => o["responses"] as JsonObject).Where(r => r is not null).Select(r => r!).ToList();
        if (responses.Count == 0)
        {
            return null;
        }

        var target = responses[random.Next(responses.Count)];
        var key = StatusKeys[random.Next(StatusKeys.Length)];
        JsonNode value = target.Count > 0 && random.Next(2) == 0
            ? target.ElementAt(random.Next(target.Count)).Value?.DeepClone() ?? new JsonObject()
            : new JsonObject { ["description"] = "fuzz" };
        if (random.Next(3) == 0 && target.Count > 0)
        {
            var old = target.ElementAt(random.Next(target.Count)).Key;
            value = target[old]?.DeepClone() ?? value;
            target.Remove(old);
            target[key] = value;
            return $"status '{old}' renamed to '{Printable(key)}' at {target.GetPath()}";
        }

        target[key] = value;
        return $"status '{Printable(key)}' added at {target.GetPath()}";
    }

    private static string LongName(Random random)
    {
        var builder = new StringBuilder(1000);
        var alphabet = random.Next(3) switch
        {
            0 => "a",
            1 => "Ab1_",
            _ => "aZ9_-. $\u00e9\u202E",
        };
        if (random.Next(4) == 0)
        {
            builder.Append('9');
        }

        while (builder.Length < 1000)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString(0, 1000);
    }

    private static string AddLongName(JsonObject root, Random random)
    {
        var name = LongName(random);
        if (random.Next(2) == 0)
        {
            var schemas = Schemas(root);
            schemas[name] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { ["id"] = new JsonObject { ["type"] = "string" } },
            };
            var use = PickNode(root, random, n => n is JsonObject o && o.ContainsKey("$ref") && !IsIn(n, schemas));
            if (use is JsonObject reference)
            {
                reference["$ref"] = SchemaPrefix(root, random) + name;
                return $"1000-char schema name, referenced at {reference.GetPath()}";
            }

            return "1000-char schema name";
        }

        var properties = PropertiesObject(root, random);
        properties[name] = new JsonObject { ["type"] = random.Next(2) == 0 ? "string" : "integer" };
        return $"1000-char property name at {properties.GetPath()}";
    }

    /// <summary>A random "properties" object of some schema, made if the spec has none.</summary>
    private static JsonObject PropertiesObject(JsonObject root, Random random)
    {
        if (PickNode(root, random, n => n is JsonObject && n.Parent is JsonObject && n.GetPropertyName() == "properties") is JsonObject properties)
        {
            return properties;
        }

        var schemas = Schemas(root);
        var schema = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject() };
        schemas["Fuzz"] = schema;
        return (JsonObject)schema["properties"]!;
    }

    private static string AddOddKey(JsonObject root, Random random)
    {
        var key = OddKeys[random.Next(OddKeys.Length)];
        switch (random.Next(5))
        {
            case 0:
                {
                    var properties = PropertiesObject(root, random);
                    properties[key] = new JsonObject { ["type"] = "string" };
                    return $"property '{Printable(key)}' at {properties.GetPath()}";
                }

            case 1:
                {
                    var schemas = Schemas(root);
                    schemas[key] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { [key] = new JsonObject { ["type"] = "integer" } } };
                    return $"schema '{Printable(key)}'";
                }

            case 2:
                {
                    var properties = PropertiesObject(root, random);
                    var values = new JsonArray();
                    foreach (var value in OddKeys.OrderBy(_ => random.Next()).Take(random.Next(1, 6)))
                    {
                        values.Add(value);
                    }

                    properties["fuzzEnum"] = new JsonObject { ["type"] = "string", ["enum"] = values };
                    return $"odd enum values at {properties.GetPath()}";
                }

            case 3:
                {
                    var operations = Operations(root);
                    if (operations.Count == 0)
                    {
                        goto default;
                    }

                    var operation = operations[random.Next(operations.Count)];
                    operation["operationId"] = key;
                    return $"operationId '{Printable(key)}' at {operation.GetPath()}";
                }

            default:
                {
                    var target = PickNode(root, random, n => n is JsonObject o && o.Count > 0 && n.Parent is not null) as JsonObject;
                    if (target is null)
                    {
                        root[key] = "x";
                        return $"top-level key '{Printable(key)}'";
                    }

                    var old = target.ElementAt(random.Next(target.Count)).Key;
                    var value = target[old]?.DeepClone();
                    target.Remove(old);
                    target[key] = value;
                    return $"key '{Printable(old)}' renamed to '{Printable(key)}' at {target.GetPath()}";
                }
        }
    }

    /// <summary>A name that differs from <paramref name="name"/> only in ways a C# identifier or a file name may not keep.</summary>
    private static string Variant(string name, Random random)
    {
        if (name.Length == 0)
        {
            return "_";
        }

        switch (random.Next(7))
        {
            case 0:
                return name.ToUpperInvariant();
            case 1:
                return name.ToLowerInvariant();
            case 2:
                return (char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) : char.ToUpperInvariant(name[0])) + name.Substring(1);
            case 3:
                return name.Contains('_', StringComparison.Ordinal) ? name.Replace("_", "-", StringComparison.Ordinal) : name + "_";
            case 4:
                return "_" + name;
            case 5:
                return Regex.Replace(name, "(?<=[a-z0-9])([A-Z])", m => "_" + m.Value.ToLowerInvariant());
            default:
                return name + " ";
        }
    }

    /// <summary>Names that clash once made C# identifiers or file names: case variants, a property named as its type, and the like.</summary>
    private static string? AddNameClash(JsonObject root, Random random)
    {
        var schemas = Schemas(root);
        switch (random.Next(5))
        {
            case 0:
                {
                    var properties = PropertiesObject(root, random);
                    if (properties.Count == 0)
                    {
                        return null;
                    }

                    var existing = properties.ElementAt(random.Next(properties.Count));
                    var variant = Variant(existing.Key, random);
                    properties[variant] = existing.Value?.DeepClone() ?? new JsonObject { ["type"] = "string" };
                    return $"property '{Printable(variant)}' beside '{Printable(existing.Key)}' at {properties.GetPath()}";
                }

            case 1:
                {
                    var named = schemas.Where(p => p.Value is JsonObject).ToList();
                    if (named.Count == 0)
                    {
                        return null;
                    }

                    var (name, schema) = named[random.Next(named.Count)];
                    var properties = Child((JsonObject)schema!, "properties");
                    var property = random.Next(2) == 0 ? name : Variant(name, random);
                    properties[property] = new JsonObject { ["type"] = "string" };
                    return $"property '{Printable(property)}' in schema '{Printable(name)}'";
                }

            case 2:
                {
                    var named = schemas.ToList();
                    if (named.Count == 0)
                    {
                        return null;
                    }

                    var (name, schema) = named[random.Next(named.Count)];
                    var variant = Variant(name, random);
                    schemas[variant] = schema?.DeepClone() ?? new JsonObject { ["type"] = "object" };
                    var prefix = SchemaPrefix(root, random);
                    var use = PickNode(root, random, n => n is JsonObject o && o.ContainsKey("$ref") && !IsIn(n, schemas));
                    if (use is JsonObject reference)
                    {
                        reference["$ref"] = prefix + variant;
                    }

                    return $"schema '{Printable(variant)}' beside '{Printable(name)}'";
                }

            case 3:
                {
                    var operations = Operations(root);
                    if (operations.Count == 0)
                    {
                        return null;
                    }

                    var operation = operations[random.Next(operations.Count)];
                    var parameters = operation["parameters"] as JsonArray ?? new JsonArray();
                    operation["parameters"] = parameters;
                    var existing = parameters.OfType<JsonObject>().Select(p => p["name"]).OfType<JsonValue>()
                        .Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).ToList();
                    string[] reserved = { "cancellationToken", "body", "request", "response", "content", "options", "client", "ct", "headers", "query", "url", "path" };
                    var name = existing.Count > 0 && random.Next(2) == 0
                        ? Variant(existing[random.Next(existing.Count)], random)
                        : reserved[random.Next(reserved.Length)];
                    string[] places = { "query", "header", "cookie", "path" };
                    var place = places[random.Next(places.Length)];
                    var parameter = new JsonObject { ["name"] = name, ["in"] = place, ["required"] = place == "path" };
                    if (IsSwagger2(root))
                    {
                        parameter["type"] = "string";
                    }
                    else
                    {
                        parameter["schema"] = new JsonObject { ["type"] = "string" };
                    }

                    parameters.Add(parameter);
                    return $"{place} parameter '{Printable(name)}' at {operation.GetPath()}";
                }

            default:
                {
                    var properties = PropertiesObject(root, random);
                    string[] clashing = { "a-b", "a_b", "A B", "aB", "AB", "", "1", "-1", "+1", "1.0", "null", "_", "__", "Value", "value" };
                    var values = new JsonArray();
                    foreach (var value in clashing.OrderBy(_ => random.Next()).Take(random.Next(2, 6)))
                    {
                        values.Add(value);
                    }

                    properties["clashEnum"] = new JsonObject { ["type"] = "string", ["enum"] = values };
                    return $"enum values {values.ToJsonString()} at {properties.GetPath()}";
                }
        }
    }

    private static JsonNode? ValueOfAnotherKind(JsonNode current, Random random)
    {
        var kind = current.GetValueKind();
        while (true)
        {
            JsonNode? value = random.Next(7) switch
            {
                0 => JsonValue.Create(SpecialTokens[random.Next(SpecialTokens.Length)]),
                1 => random.Next(4) switch
                {
                    0 => JsonValue.Create(-1),
                    1 => JsonValue.Create(1.5e300),
                    2 => JsonValue.Create(long.MaxValue),
                    _ => JsonValue.Create(0),
                },
                2 => JsonValue.Create(random.Next(2) == 0),
                3 => null,
                4 => new JsonObject { ["type"] = 42, ["$ref"] = false },
                5 => new JsonObject(),
                _ => random.Next(2) == 0 ? new JsonArray() : new JsonArray(1, "a", null, new JsonObject()),
            };
            var valueKind = value?.GetValueKind() ?? JsonValueKind.Null;
            if (valueKind != kind && !(valueKind is JsonValueKind.True or JsonValueKind.False && kind is JsonValueKind.True or JsonValueKind.False))
            {
                return value;
            }
        }
    }

    private static void Replace(JsonNode node, JsonNode? value)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent[node.GetPropertyName()] = value;
                break;
            case JsonArray parent:
                parent[node.GetElementIndex()] = value;
                break;
        }
    }

    /// <summary>A node of the tree picked at random among those <paramref name="where"/> accepts; null when none does.</summary>
    private static JsonNode? PickNode(JsonNode root, Random random, Func<JsonNode, bool> where)
    {
        var candidates = new List<JsonNode>();
        var pending = new Stack<JsonNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (where(node))
            {
                candidates.Add(node);
            }

            IEnumerable<JsonNode?> children = node switch
            {
                JsonObject obj => obj.Select(p => p.Value),
                JsonArray array => array,
                _ => Enumerable.Empty<JsonNode?>(),
            };
            foreach (var child in children)
            {
                if (child is not null)
                {
                    pending.Push(child);
                }
            }
        }

        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }

    private const string YamlSeed = """
        openapi: 3.0.3
        info:
          title: Fuzz YAML
          version: "1.0"
        servers:
          - url: https://example.test/v1
        paths:
          /pets:
            get:
              operationId: listPets
              parameters:
                - name: limit
                  in: query
                  required: false
                  schema:
                    type: integer
                    format: int32
              responses:
                "200":
                  description: A list of pets
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          $ref: "#/components/schemas/Pet"
                default:
                  description: An error
                  content:
                    application/json:
                      schema:
                        $ref: "#/components/schemas/Error"
            post:
              operationId: createPet
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: "#/components/schemas/Pet"
              responses:
                "201":
                  description: Created
          /pets/{petId}:
            get:
              operationId: showPetById
              parameters:
                - name: petId
                  in: path
                  required: true
                  schema:
                    type: string
              responses:
                "200":
                  description: The pet
                  content:
                    application/json:
                      schema:
                        $ref: "#/components/schemas/Pet"
                4XX:
                  description: A client error
        components:
          schemas:
            Pet:
              type: object
              required: [id, name]
              properties:
                id: { type: integer, format: int64 }
                name: { type: string }
                tag: { type: string, nullable: true }
                kind: { type: string, enum: [cat, dog, "with space"] }
            Error:
              type: object
              properties:
                code: { type: integer, format: int32 }
                message: { type: string }
        """;

    private const string Swagger2Seed = """
        {
          "swagger": "2.0",
          "info": { "title": "Fuzz Swagger", "version": "1" },
          "host": "example.test",
          "basePath": "/api",
          "schemes": ["https"],
          "consumes": ["application/json"],
          "produces": ["application/json"],
          "paths": {
            "/orders/{orderId}": {
              "get": {
                "operationId": "getOrder",
                "parameters": [
                  { "name": "orderId", "in": "path", "required": true, "type": "string" },
                  { "name": "expand", "in": "query", "type": "array", "items": { "type": "string" }, "collectionFormat": "csv" }
                ],
                "responses": {
                  "200": { "description": "ok", "schema": { "$ref": "#/definitions/Order" } },
                  "404": { "description": "missing" }
                }
              },
              "put": {
                "operationId": "putOrder",
                "parameters": [
                  { "name": "orderId", "in": "path", "required": true, "type": "string" },
                  { "name": "body", "in": "body", "required": true, "schema": { "$ref": "#/definitions/Order" } }
                ],
                "responses": { "204": { "description": "saved" } }
              }
            }
          },
          "definitions": {
            "Order": {
              "type": "object",
              "required": ["id"],
              "properties": {
                "id": { "type": "string" },
                "quantity": { "type": "integer", "format": "int32" },
                "status": { "type": "string", "enum": ["placed", "approved", "delivered"] },
                "lines": { "type": "array", "items": { "$ref": "#/definitions/Line" } }
              }
            },
            "Line": { "type": "object", "properties": { "sku": { "type": "string" }, "price": { "type": "number", "format": "double" } } }
          }
        }
        """;
}
