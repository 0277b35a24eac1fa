using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

namespace Tallyfy.Generated.SourceGenerator.Tests.HostileNames;

/// <summary>One distinct way a spec fails: its kind (the error with names blanked out) and the problems seen.</summary>
internal sealed record HostileFailure(string Kind, string Detail);

/// <summary>
/// Runs specs through the generator and compiles its output: each spec in its own namespace and client, several per
/// compilation. A spec passes when the generator reports no error, the output compiles with no error and no warning,
/// and a second run emits the same files.
/// </summary>
internal static partial class HostileCheck
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Namespace(int index) => "HostileSpec" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ClientName(int index) => Namespace(index) + "Client";

    public static string Json(JsonNode spec, bool indented = false) => spec.ToJsonString(indented ? Indented : Compact);

    /// <summary>The failures of each spec, by its index in <paramref name="specs"/>; specs that pass are absent.</summary>
    private const string DifferentFiles = "two runs give different files";

    /// <summary>Time spent running the generator, compiling its output and running it again, for the test's output.</summary>
    public static readonly Stopwatch GenerateTime = new(), CompileTime = new(), RepeatTime = new();

    /// <param name="repeat">Whether to run the generator a second time to compare its files.</param>
    public static Dictionary<int, List<HostileFailure>> Check(IReadOnlyList<string> specs, bool repeat = true)
    {
        var texts = specs.Select((s, i) => new SpecText("/hostile/" + Namespace(i) + ".json", s, Namespace(i), ClientName(i))).ToArray();
        var failures = new Dictionary<int, List<HostileFailure>>();
        void Add(int? index, HostileFailure failure)
        {
            foreach (var i in index is { } one ? new[] { one } : Enumerable.Range(0, specs.Count))
            {
                if (!failures.TryGetValue(i, out var list))
                {
                    failures[i] = list = new List<HostileFailure>();
                }

                if (!list.Any(f => f.Kind == failure.Kind))
                {
                    list.Add(failure);
                }
            }
        }

        GenerateTime.Start();
        var run = GeneratorHarness.Run(texts);
        GenerateTime.Stop();
        var exception = run.Result.Results[0].Exception;
        if (exception is not null)
        {
            Add(null, new HostileFailure("the generator threw " + exception.GetType().Name, exception.ToString()));
            return failures;
        }

        foreach (var diagnostic in run.Diagnostics.Concat(run.GeneratorDiagnostics).Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            var path = diagnostic.Location.GetLineSpan().Path;
            Add(SpecIndex(path), new HostileFailure("generator " + diagnostic.Id + ": " + Blank(diagnostic.GetMessage()), diagnostic.ToString()));
        }

        CompileTime.Start();
        var problems = Problems(run.Output);
        CompileTime.Stop();
        foreach (var diagnostic in problems)
        {
            var file = diagnostic.Location.SourceTree?.FilePath ?? string.Empty;
            var line = diagnostic.Location.SourceTree is { } tree
                ? tree.GetText().Lines[diagnostic.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim()
                : string.Empty;
            Add(SpecIndex(file), new HostileFailure(
                diagnostic.Id + " (" + diagnostic.Severity.ToString().ToLowerInvariant() + ") in " + FileKind(file) + ": " + Blank(diagnostic.GetMessage()),
                diagnostic + "\n      at: " + line));
        }

        // A second run from scratch must give the same files: generated names may not depend on anything but the spec.
        if (!repeat)
        {
            return failures;
        }

        RepeatTime.Start();
        var again = GeneratorHarness.Run(texts);
        RepeatTime.Stop();
        var first = run.Sources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        var second = again.Sources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        foreach (var name in first.Keys.Union(second.Keys))
        {
            if (!first.TryGetValue(name, out var a) || !second.TryGetValue(name, out var b) || a != b)
            {
                Add(SpecIndex(name), new HostileFailure(DifferentFiles, name));
            }
        }

        return failures;
    }

    /// <summary>
    /// The compiler's errors and warnings in the files generated from the specs, the whole compilation checked as
    /// <see cref="GeneratorRun.CompilationProblems"/> does. The support file depends on the namespace alone, which stays
    /// fixed (the other tests compile it in full), so its method bodies are stubbed out rather than compiled again for
    /// every namespace, and its own diagnostics are left out.
    /// </summary>
    private static List<Diagnostic> Problems(Compilation output)
    {
        var compilation = output;
        foreach (var tree in output.SyntaxTrees.Where(IsSupport))
        {
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithRootAndOptions(new BodyStubber().Visit(tree.GetRoot()), tree.Options));
        }

        return compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !(d.Location.SourceTree is { } tree && IsSupport(tree)))
            .ToList();
    }

    private static bool IsSupport(SyntaxTree tree) => tree.FilePath.EndsWith(".ApiSupport.g.cs", StringComparison.Ordinal);

    /// <summary>Replaces every body with <c>throw null!</c>: declarations stay, nothing in them is bound.</summary>
    private sealed class BodyStubber : CSharpSyntaxRewriter
    {
        private static readonly BlockSyntax Stub = SyntaxFactory.Block(SyntaxFactory.ParseStatement("throw null!;"));
        private static readonly ArrowExpressionClauseSyntax StubArrow = SyntaxFactory.ArrowExpressionClause(SyntaxFactory.ParseExpression("throw null!"));

        public override SyntaxNode? VisitBlock(BlockSyntax node) => node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax ? Stub : node;

        public override SyntaxNode? VisitArrowExpressionClause(ArrowExpressionClauseSyntax node) =>
            node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax ? StubArrow : node;
    }

    /// <summary>The failures of one spec on its own.</summary>
    public static List<HostileFailure> CheckOne(string spec, bool repeat = true) =>
        Check(new[] { spec }, repeat).TryGetValue(0, out var list) ? list : new List<HostileFailure>();

    /// <summary>Whether a kind of failure needs the second run to show.</summary>
    public static bool NeedsRepeat(string kind) => kind.StartsWith(DifferentFiles, StringComparison.Ordinal);

    /// <summary>
    /// Drops operations, schemas, properties, parameters, headers, enum values and security schemes one at a time for
    /// as long as the spec still fails with <paramref name="kind"/>; gives up improving when <paramref name="deadline"/> passes.
    /// </summary>
    public static JsonObject Shrink(JsonObject spec, string kind, Stopwatch clock, TimeSpan deadline)
    {
        // A smaller spec must fail with the kind and no new one: a dangling $ref left by a removal is not a reproducer.
        var repeat = NeedsRepeat(kind);
        var allowed = CheckOne(Json(spec), repeat).Select(f => f.Kind).ToHashSet(StringComparer.Ordinal);
        var current = spec;
        var improved = true;
        while (improved && clock.Elapsed < deadline)
        {
            improved = false;
            foreach (var candidate in Smaller(current))
            {
                if (clock.Elapsed >= deadline)
                {
                    break;
                }

                var failures = CheckOne(Json(candidate), repeat);
                if (failures.Any(f => f.Kind == kind) && failures.All(f => allowed.Contains(f.Kind)))
                {
                    current = candidate;
                    improved = true;
                    break;
                }
            }
        }

        return current;
    }

    /// <summary>Every spec one removal smaller than <paramref name="spec"/>, bigger removals first.</summary>
    private static IEnumerable<JsonObject> Smaller(JsonObject spec)
    {
        var removable = new List<string>();
        Collect(spec, "$", removable);

        // Bigger parts first: operations and schemas cut most in one step.
        foreach (var path in removable.OrderBy(p => p.Count(c => c == '\u0001')))
        {
            var copy = (JsonObject)spec.DeepClone();
            if (Remove(copy, path))
            {
                yield return copy;
            }
        }
    }

    /// <summary>The paths (segments joined by \u0001) of nodes whose removal keeps a well-formed spec.</summary>
    private static void Collect(JsonNode node, string path, List<string> removable)
    {
        const string S = "\u0001";
        if (node is not JsonObject root)
        {
            return;
        }

        if (root["paths"] is JsonObject paths)
        {
            foreach (var (template, item) in paths)
            {
                if (item is not JsonObject methods)
                {
                    continue;
                }

                foreach (var (method, operation) in methods)
                {
                    removable.Add("paths" + S + template + S + method);
                    if (operation is not JsonObject op)
                    {
                        continue;
                    }

                    var at = "paths" + S + template + S + method;
                    removable.Add(at + S + "operationId");
                    removable.Add(at + S + "requestBody");
                    if (op["parameters"] is JsonArray parameters)
                    {
                        for (var i = 0; i < parameters.Count; i++)
                        {
                            // A path parameter goes with its placeholder, which a removal cannot take out.
                            if ((parameters[i] as JsonObject)?["in"]?.GetValue<string>() != "path")
                            {
                                removable.Add(at + S + "parameters" + S + "#" + i);
                            }
                        }
                    }

                    if (op["requestBody"]?["content"] is JsonObject content)
                    {
                        foreach (var (media, value) in content)
                        {
                            AddSchemaParts(value?["schema"], at + S + "requestBody" + S + "content" + S + media + S + "schema", removable);
                        }
                    }

                    if (op["responses"] is JsonObject responses)
                    {
                        foreach (var (status, response) in responses)
                        {
                            if (status != "200")
                            {
                                removable.Add(at + S + "responses" + S + status);
                            }

                            removable.Add(at + S + "responses" + S + status + S + "content");
                            if (response?["headers"] is JsonObject headers)
                            {
                                foreach (var (header, _) in headers)
                                {
                                    removable.Add(at + S + "responses" + S + status + S + "headers" + S + header);
                                }
                            }
                        }
                    }
                }
            }
        }

        if (root["components"]?["schemas"] is JsonObject schemas)
        {
            foreach (var (name, schema) in schemas)
            {
                removable.Add("components" + S + "schemas" + S + name);
                AddSchemaParts(schema, "components" + S + "schemas" + S + name, removable);
            }
        }

        removable.Add("components" + S + "schemas");
        removable.Add("components");
        if (root["components"]?["securitySchemes"] is JsonObject)
        {
            removable.Add("components" + S + "securitySchemes");
            removable.Add("security");
        }
    }

    private static void AddSchemaParts(JsonNode? schema, string at, List<string> removable)
    {
        const string S = "\u0001";
        if (schema?["properties"] is JsonObject properties)
        {
            foreach (var (property, value) in properties)
            {
                removable.Add(at + S + "properties" + S + property);
                AddEnumValues(value, at + S + "properties" + S + property, removable);
            }
        }

        AddEnumValues(schema, at, removable);
    }

    private static void AddEnumValues(JsonNode? schema, string at, List<string> removable)
    {
        if (schema?["enum"] is JsonArray values && values.Count > 1)
        {
            for (var i = 0; i < values.Count; i++)
            {
                removable.Add(at + "\u0001enum\u0001#" + i);
            }
        }
    }

    /// <summary>Removes the node at <paramref name="path"/>; false when it is not there (a parent went first).</summary>
    private static bool Remove(JsonObject root, string path)
    {
        var segments = path.Split('\u0001');
        JsonNode? parent = root;
        foreach (var segment in segments.Take(segments.Length - 1))
        {
            parent = parent switch
            {
                JsonArray array when segment.StartsWith('#') => array[int.Parse(segment.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)],
                JsonObject obj => obj[segment],
                _ => null,
            };
            if (parent is null)
            {
                return false;
            }
        }

        var last = segments[^1];
        switch (parent)
        {
            case JsonArray array when last.StartsWith('#'):
                array.RemoveAt(int.Parse(last.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case JsonObject obj when obj.ContainsKey(last):
                obj.Remove(last);
                if (last == "properties" || (segments.Length >= 2 && segments[^2] == "properties"))
                {
                    // Keep "required" naming only properties that are there.
                    var schema = segments.Length >= 2 && segments[^2] == "properties" ? obj.Parent as JsonObject : null;
                    if (schema?["required"] is JsonArray required)
                    {
                        foreach (var item in required.Where(r => r?.GetValue<string>() == last).ToList())
                        {
                            required.Remove(item);
                        }

                        if (required.Count == 0)
                        {
                            schema.Remove("required");
                        }
                    }
                }

                if (obj.Count == 0 && segments.Length >= 2 && segments[^2] == "paths")
                {
                    return true;
                }

                if (obj.Count == 0 && segments.Length == 3 && segments[0] == "paths")
                {
                    // The last operation of a path: the path goes too.
                    ((JsonObject)obj.Parent!).Remove(segments[1]);
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>The index of the spec a generated file or spec path belongs to; null when it cannot tell.</summary>
    private static int? SpecIndex(string path)
    {
        var match = SpecIndexPattern().Match(path);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Which emitter wrote a file, so errors of the same text in different files stay apart.</summary>
    private static string FileKind(string path)
    {
        var file = System.IO.Path.GetFileName(path);
        if (file.EndsWith(".ApiSupport.g.cs", StringComparison.Ordinal))
        {
            return "support";
        }

        if (file.Contains(".Models.", StringComparison.Ordinal))
        {
            return "model";
        }

        if (file.EndsWith("Credentials.g.cs", StringComparison.Ordinal))
        {
            return "credentials";
        }

        return file.Count(c => c == '.') > 2 ? "result union" : file.Length == 0 ? "no file" : "client";
    }

    /// <summary>A message with the names it quotes blanked, so one bug met under many names is one kind.</summary>
    private static string Blank(string message) => QuotedPattern().Replace(message, "'…'");

    /// <summary>The failures of a spec, one line per distinct error, for a failure message.</summary>
    public static string Describe(IEnumerable<HostileFailure> failures)
    {
        var builder = new StringBuilder();
        foreach (var failure in failures)
        {
            builder.Append("  - ").Append(failure.Kind).Append("\n      ").Append(failure.Detail.Replace("\n", "\n      ", StringComparison.Ordinal)).Append('\n');
        }

        return builder.ToString();
    }

    [GeneratedRegex("HostileSpec([0-9]+)")]
    private static partial Regex SpecIndexPattern();

    [GeneratedRegex("'[^']*'")]
    private static partial Regex QuotedPattern();
}
