using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// <c>diff &lt;old&gt; &lt;new&gt;</c> run through the CLI, and a spec's <c>Baseline</c> through the Roslyn driver: each kind
/// of change to the generated API, where it is reported in the new spec, the exit codes and the JSON form.
/// </summary>
public sealed class SpecDiffTests : IDisposable
{
    private const int Ok = 0;
    private const int Breaking = 1;
    private const int UsageError = 2;

    internal const string Pets = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Pets", "version": "1" },
          "paths": {
            "/pets/{id}": {
              "get": {
                "operationId": "getPet",
                "parameters": [
                  { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } },
                  { "name": "verbose", "in": "query", "schema": { "type": "boolean" } }
                ],
                "responses": {
                  "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Pet" } } } }
                }
              },
              "delete": {
                "operationId": "deletePet",
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
                "responses": { "204": { "description": "gone" } }
              }
            }
          },
          "components": {
            "schemas": {
              "Pet": {
                "type": "object",
                "properties": {
                  "name": { "type": "string" },
                  "age": { "type": "integer", "format": "int32" },
                  "kind": { "$ref": "#/components/schemas/Kind" }
                }
              },
              "Kind": { "type": "string", "enum": [ "cat", "dog" ] }
            }
          }
        }
        """;

    private static readonly Regex Canonical = new(
        @"^(?<path>.+)\((?<line>[0-9]+),(?<column>[0-9]+)\): (?<severity>error|warning|info) (?<id>TGEN[0-9]{3}): (?<message>.+)$",
        RegexOptions.CultureInvariant);

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "tallyfy-diff-tests-" + Guid.NewGuid().ToString("N"));

    public SpecDiffTests() => Directory.CreateDirectory(_temp);

    public void Dispose()
    {
        if (Directory.Exists(_temp))
        {
            Directory.Delete(_temp, recursive: true);
        }
    }

    public static IEnumerable<object[]> BreakingChanges() => new[]
    {
        // A removed operation is reported at its path item, which still exists.
        new object[] { "removed operation", Remove(@",\s*""delete"": \{.*?""gone"" \} \}\s*\}"), "DeletePetAsync is removed: the spec no longer has DELETE /pets/{id}", "\"/pets/{id}\"" },
        new object[] { "renamed operation", Replace("\"operationId\": \"getPet\"", "\"operationId\": \"fetchPet\""), "GetPetAsync is renamed to FetchPetAsync (the operationId changed)", "\"get\"" },
        new object[] { "removed parameter", Remove(@",\s*\{ ""name"": ""verbose"", ""in"": ""query"", ""schema"": \{ ""type"": ""boolean"" \} \}"), "Parameter 'verbose' of GetPetAsync is removed", "\"get\"" },
        new object[] { "retyped parameter", Replace("\"name\": \"verbose\", \"in\": \"query\", \"schema\": { \"type\": \"boolean\" }", "\"name\": \"verbose\", \"in\": \"query\", \"schema\": { \"type\": \"integer\", \"format\": \"int32\" }"), "Parameter 'verbose' of GetPetAsync changes type from bool to int", "{ \"name\": \"verbose\"" },
        new object[] { "new required parameter", Replace("\"schema\": { \"type\": \"boolean\" } }", "\"schema\": { \"type\": \"boolean\" } },\n              { \"name\": \"owner\", \"in\": \"query\", \"required\": true, \"schema\": { \"type\": \"string\" } }"), "GetPetAsync has a new required parameter 'owner'", "{ \"name\": \"owner\"" },
        new object[] { "parameter made required", Replace("\"name\": \"verbose\", \"in\": \"query\",", "\"name\": \"verbose\", \"in\": \"query\", \"required\": true,"), "Parameter 'verbose' of GetPetAsync becomes required", "{ \"name\": \"verbose\"" },
        new object[] { "removed case", Replace("\"204\": { \"description\": \"gone\" }", "\"default\": { \"description\": \"anything\" }"), "Case NoContent of DeletePetResult is removed", "\"responses\": { \"default\"" },
        new object[] { "newly documented status", Replace("\"204\": { \"description\": \"gone\" }", "\"204\": { \"description\": \"gone\" }, \"404\": { \"description\": \"no such pet\" }"), "The newly documented status 404 adds the case NotFound to DeletePetResult, and a parameter to its Match", "\"404\"" },
        new object[] { "property type change", Replace("\"age\": { \"type\": \"integer\", \"format\": \"int32\" }", "\"age\": { \"type\": \"string\" }"), "Pet.Age changes type from int to string", "\"age\"" },
        new object[] { "removed property", Replace("\"name\": { \"type\": \"string\" },", string.Empty), "Pet.Name is removed", "\"Pet\"" },
        new object[] { "removed enum value", Replace("[ \"cat\", \"dog\" ]", "[ \"cat\" ]"), "Kind.Dog is removed", "\"Kind\"" },
        new object[] { "removed type", Replace("\"kind\": { \"$ref\": \"#/components/schemas/Kind\" }", "\"kind\": { \"type\": \"string\" }").Then(Remove(@",\s*""Kind"": \{ ""type"": ""string"", ""enum"": \[ ""cat"", ""dog"" \] \}")), "Type Kind is removed", "\"schemas\"" },
        // The schema stays in the spec, but no operation uses it any more, so it is no longer generated (TGEN053).
        new object[] { "type no longer used", Replace("\"kind\": { \"$ref\": \"#/components/schemas/Kind\" }", "\"kind\": { \"type\": \"string\" }"), "Type Kind is removed: the spec still has its schema, but no operation uses it any more (KeepUnusedSchemas generates it)", "\"Kind\"" },
    };

    public static IEnumerable<object[]> AdditiveChanges() => new[]
    {
        new object[] { "new operation", Replace("\"/pets/{id}\": {", "\"/pets\": { \"get\": { \"operationId\": \"listPets\", \"responses\": { \"200\": { \"description\": \"ok\" } } } },\n    \"/pets/{id}\": {"), "ListPetsAsync is added for GET /pets", "\"get\": { \"operationId\": \"listPets\"" },
        new object[] { "new optional parameter", Replace("\"schema\": { \"type\": \"boolean\" } }", "\"schema\": { \"type\": \"boolean\" } },\n              { \"name\": \"fields\", \"in\": \"query\", \"schema\": { \"type\": \"string\" } }"), "GetPetAsync has a new optional parameter 'fields'", "{ \"name\": \"fields\"" },
        new object[] { "new property", Replace("\"name\": { \"type\": \"string\" },", "\"name\": { \"type\": \"string\" },\n          \"color\": { \"type\": \"string\" },"), "Pet.Color is added", "\"color\"" },
        new object[] { "new enum value", Replace("[ \"cat\", \"dog\" ]", "[ \"cat\", \"dog\", \"bird\" ]"), "Kind.Bird is added", "\"bird\"" },
    };

    [Theory]
    [MemberData(nameof(BreakingChanges))]
    public void A_breaking_change_is_a_warning_at_its_place_in_the_new_spec_and_exits_1(string change, Func<string, string> edit, string message, string at)
    {
        var (result, newText, newPath) = DiffAgainstPets(edit);

        Assert.True(result.ExitCode == Breaking, change + ": " + result);
        var line = Assert.Single(Lines(result.Output), l => l.Groups["message"].Value == message);
        Assert.Equal("warning", line.Groups["severity"].Value);
        Assert.Equal("TGEN020", line.Groups["id"].Value);
        Assert.Equal(newPath, line.Groups["path"].Value);
        Assert.Equal(Position(newText, at), (int.Parse(line.Groups["line"].Value), int.Parse(line.Groups["column"].Value)));
        Assert.Matches(@"[1-9][0-9]* breaking, [0-9]+ additive changes? from ", result.Output);
    }

    [Theory]
    [MemberData(nameof(AdditiveChanges))]
    public void An_additive_change_is_info_at_its_place_in_the_new_spec_and_exits_0(string change, Func<string, string> edit, string message, string at)
    {
        var (result, newText, newPath) = DiffAgainstPets(edit);

        Assert.True(result.ExitCode == Ok, change + ": " + result);
        var line = Assert.Single(Lines(result.Output), l => l.Groups["message"].Value == message);
        Assert.Equal("info", line.Groups["severity"].Value);
        Assert.Equal("TGEN021", line.Groups["id"].Value);
        Assert.Equal(newPath, line.Groups["path"].Value);
        Assert.Equal(Position(newText, at), (int.Parse(line.Groups["line"].Value), int.Parse(line.Groups["column"].Value)));
        Assert.DoesNotContain(Lines(result.Output), l => l.Groups["severity"].Value != "info");
        Assert.Contains(": 0 breaking, ", result.Output);
    }

    [Fact]
    public void An_unchanged_spec_reports_nothing_and_exits_0()
    {
        var (result, _, _) = DiffAgainstPets(text => text);

        Assert.Equal(Ok, result.ExitCode);
        Assert.Empty(Lines(result.Output));
        Assert.Contains(": 0 breaking, 0 additive changes from ", result.Output);
    }

    [Fact]
    public void A_reordered_spec_reports_nothing()
    {
        var (result, _, _) = DiffAgainstPets(text => StableNameTests.Reorder(text, null, addUnrelated: false));

        Assert.True(result.ExitCode == Ok, result.ToString());
        Assert.Empty(Lines(result.Output));
    }

    [SkippableFact]
    public void A_reordered_large_real_spec_reports_nothing()
    {
        var path = Path.Combine(RepoPaths.RealWorldSpecs, "nswag-jira-open-api.json");
        Skip.If(!File.Exists(path), "The real-world specs are not beside the repository.");

        var reordered = Write("jira.json", StableNameTests.Reorder(File.ReadAllText(path), new Random(7), addUnrelated: false));
        var result = Cli("diff", path, reordered);

        Assert.True(result.ExitCode == Ok, result.ToString());
        Assert.Empty(Lines(result.Output));
    }

    [Fact]
    public void The_json_format_lists_every_change_with_its_place_and_the_counts()
    {
        var oldPath = Write("old.json", Pets);
        var newText = Replace("\"204\": { \"description\": \"gone\" }", "\"204\": { \"description\": \"gone\" }, \"404\": { \"description\": \"no such pet\" }")(
            Replace("[ \"cat\", \"dog\" ]", "[ \"cat\", \"dog\", \"bird\" ]")(Pets));
        var newPath = Write("new.json", newText);

        var result = Cli("diff", oldPath, newPath, "--format", "json");

        Assert.Equal(Breaking, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(newPath, root.GetProperty("new").GetString());
        Assert.Equal(1, root.GetProperty("breaking").GetInt32());
        Assert.Equal(1, root.GetProperty("additive").GetInt32());
        var changes = root.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(2, changes.Count);
        var added = Assert.Single(changes, c => c.GetProperty("id").GetString() == "TGEN020");
        Assert.True(added.GetProperty("breaking").GetBoolean());
        Assert.Equal("warning", added.GetProperty("severity").GetString());
        Assert.Equal(newPath, added.GetProperty("path").GetString());
        Assert.Equal(Position(newText, "\"404\""), (added.GetProperty("line").GetInt32(), added.GetProperty("column").GetInt32()));
        var value = Assert.Single(changes, c => c.GetProperty("id").GetString() == "TGEN021");
        Assert.False(value.GetProperty("breaking").GetBoolean());
        Assert.Equal("Kind.Bird is added", value.GetProperty("message").GetString());
    }

    [Fact]
    public void The_json_format_keeps_quotes_in_messages_readable()
    {
        var oldPath = Write("old.json", Pets);
        var newPath = Write("new.json", Replace("\"schema\": { \"type\": \"boolean\" } }", "\"schema\": { \"type\": \"boolean\" } },\n              { \"name\": \"fields\", \"in\": \"query\", \"schema\": { \"type\": \"string\" } }")(Pets));

        var result = Cli("diff", oldPath, newPath, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"message\": \"GetPetAsync has a new optional parameter 'fields'\"", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("diff", "one.json")]
    [InlineData("diff", "one.json", "two.json", "three.json")]
    [InlineData("diff", "one.json", "two.json", "--format", "xml")]
    public void Diff_without_two_specs_or_with_an_unknown_format_is_a_usage_error(params string[] args)
    {
        var result = Cli(args);

        Assert.Equal(UsageError, result.ExitCode);
        Assert.Contains("diff <old-spec> <new-spec>", result.Error);
    }

    [Fact]
    public void Diff_with_an_unreadable_spec_exits_1_with_its_errors()
    {
        var oldPath = Write("old.json", Pets);
        var newPath = Write("new.json", "{ \"openapi\": ");

        var result = Cli("diff", oldPath, newPath);

        Assert.Equal(Breaking, result.ExitCode);
        Assert.Contains("error TGEN001", result.Error);
    }

    [Fact]
    public void The_usage_text_describes_diff()
    {
        var result = Cli("--help");

        Assert.Contains("tallyfy-generated diff <old-spec> <new-spec> [--format text|json]", result.Output);
    }

    // ----- Baseline in the build -----

    [Fact]
    public void A_baseline_reports_the_breaking_changes_as_warnings_at_their_place_in_the_spec()
    {
        var newText = Replace("\"age\": { \"type\": \"integer\", \"format\": \"int32\" }", "\"age\": { \"type\": \"string\" }")(
            Replace("[ \"cat\", \"dog\" ]", "[ \"cat\", \"dog\", \"bird\" ]")(Pets));
        var spec = new SpecText("/project/api.json", newText, "Pets", "PetsClient") { Baseline = "/project/api.baseline.json" };
        var baseline = new SpecText("/project/api.baseline.json", Pets, isOpenApiClient: false);

        var run = GeneratorHarness.Run(spec, baseline);

        var warning = Assert.Single(run.Diagnostics, d => d.Id == "TGEN020");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("Pet.Age changes type from int to string", warning.GetMessage());
        var span = warning.Location.GetLineSpan();
        Assert.Equal("/project/api.json", span.Path);
        Assert.Equal(Position(newText, "\"age\""), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));

        // Additions need no attention in the build; the baseline itself is not generated from.
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "TGEN021");
        Assert.Contains(run.Sources, s => s.HintName.StartsWith("PetsClient", StringComparison.Ordinal));
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void A_baseline_relative_to_the_project_is_found_and_an_absent_one_reports_nothing()
    {
        var newText = Replace("[ \"cat\", \"dog\" ]", "[ \"cat\" ]")(Pets);
        var baseline = new SpecText("/project/specs/api.baseline.json", Pets, isOpenApiClient: false);
        var relative = new SpecText("/project/specs/api.json", newText, "Pets", "PetsClient") { Baseline = "specs/api.baseline.json" };
        var absent = new SpecText("/project/specs/api.json", newText, "Pets", "PetsClient") { Baseline = "specs/missing.json" };

        var found = RunInProject(relative, baseline);
        var missing = RunInProject(absent, baseline);

        Assert.Equal("Kind.Dog is removed", Assert.Single(found, d => d.Id == "TGEN020").GetMessage());
        Assert.DoesNotContain(missing, d => d.Id == "TGEN020");
    }

    /// <summary>
    /// A baseline not named .json, .yaml or .yml is not among the documents the generator reads, so it was compared with
    /// nothing and never reported a breaking change, without a word: it is TGEN057 at the spec now.
    /// </summary>
    [Fact]
    public void A_baseline_the_generator_cannot_read_by_its_name_is_a_warning_not_a_silence()
    {
        var newText = Replace("[ \"cat\", \"dog\" ]", "[ \"cat\" ]")(Pets);
        var spec = new SpecText("/project/api.json", newText, "Pets", "PetsClient") { Baseline = "/project/api.json.orig" };
        var baseline = new SpecText("/project/api.json.orig", Pets, isOpenApiClient: false);

        var run = GeneratorHarness.Run(spec, baseline);

        var warning = Assert.Single(run.Diagnostics, d => d.Id == "TGEN057");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("The baseline '/project/api.json.orig' is not compared with the spec: a baseline is read when its name ends in .json, .yaml or .yml, as a spec's does", warning.GetMessage());
        Assert.Equal("/project/api.json", warning.Location.GetLineSpan().Path);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "TGEN020");
        Assert.Contains(run.Sources, s => s.HintName.StartsWith("PetsClient", StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_the_baseline_reruns_the_comparison_but_not_the_parse_or_the_emit()
    {
        var spec = new SpecText("/project/api.json", Pets, "Pets", "PetsClient") { Baseline = "/project/api.baseline.json" };
        var baseline = new SpecText("/project/api.baseline.json", Pets, isOpenApiClient: false);
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(new[] { spec, baseline }).RunGenerators(compilation);
        Assert.DoesNotContain(driver.GetRunResult().Diagnostics, d => d.Id == "TGEN020");

        var editedBaseline = new SpecText(baseline.Path, Replace("[ \"cat\", \"dog\" ]", "[ \"cat\", \"dog\", \"fish\" ]")(Pets), isOpenApiClient: false);
        driver = driver.ReplaceAdditionalText(baseline, editedBaseline).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        Assert.Equal("Kind.Fish is removed", Assert.Single(result.Diagnostics, d => d.Id == "TGEN020").GetMessage());
        Assert.All(result.TrackedSteps[TrackingNames.Parsed].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "Parsed was " + o.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.Clients].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "Clients was " + o.Reason));
        Assert.Contains(result.TrackedSteps[TrackingNames.Changes].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);

        // An unrelated C# edit reruns nothing, the comparison included.
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Other { } }", GeneratorHarness.ParseOptions));
        var again = driver.RunGenerators(edited).GetRunResult().Results.Single();
        Assert.All(again.TrackedSteps[TrackingNames.Changes].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "Changes was " + o.Reason));
    }

    private static IReadOnlyList<Diagnostic> RunInProject(params SpecText[] files)
    {
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var options = new ProjectOptions(new GeneratorHarness.OptionsProvider(files, "Consumer"), "/project");
        var driver = CSharpGeneratorDriver.Create(new[] { new OpenApiClientGenerator().AsSourceGenerator() }, files, GeneratorHarness.ParseOptions, options);
        return driver.RunGenerators(compilation).GetRunResult().Diagnostics;
    }

    /// <summary>The harness's options with the project directory MSBuild passes as a global property.</summary>
    private sealed class ProjectOptions : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
    {
        private readonly GeneratorHarness.OptionsProvider _inner;

        public ProjectOptions(GeneratorHarness.OptionsProvider inner, string projectDirectory)
        {
            _inner = inner;
            GlobalOptions = new Global(inner.GlobalOptions, projectDirectory);
        }

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions { get; }

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _inner.GetOptions(tree);

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _inner.GetOptions(textFile);

        private sealed class Global : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
        {
            private readonly Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions _inner;
            private readonly string _projectDirectory;

            public Global(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions inner, string projectDirectory)
            {
                _inner = inner;
                _projectDirectory = projectDirectory;
            }

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                if (key == "build_property.MSBuildProjectDirectory")
                {
                    value = _projectDirectory;
                    return true;
                }

                return _inner.TryGetValue(key, out value);
            }
        }
    }

    private (CliResult Result, string NewText, string NewPath) DiffAgainstPets(Func<string, string> edit)
    {
        var oldPath = Write("pets.baseline.json", Pets);
        var newText = edit(Pets);
        var newPath = Write("pets.json", newText);
        return (Cli("diff", oldPath, newPath), newText, newPath);
    }

    /// <summary>The one-based line and column where <paramref name="at"/> first occurs in <paramref name="text"/>.</summary>
    internal static (int Line, int Column) Position(string text, string at)
    {
        var index = text.IndexOf(at, StringComparison.Ordinal);
        Assert.True(index >= 0, "not in the spec: " + at);
        var before = text.Substring(0, index);
        var line = before.Count(c => c == '\n') + 1;
        return (line, index - (before.LastIndexOf('\n') + 1) + 1);
    }

    private static Func<string, string> Replace(string what, string with) => text =>
    {
        Assert.Contains(what, text);
        return text.Replace(what, with, StringComparison.Ordinal);
    };

    /// <summary>Removes what <paramref name="pattern"/> matches (once; a dot matches newlines too).</summary>
    private static Func<string, string> Remove(string pattern) => text =>
    {
        var regex = new Regex(pattern, RegexOptions.Singleline | RegexOptions.CultureInvariant);
        Assert.Matches(regex, text);
        return regex.Replace(text, string.Empty, 1);
    };

    private static List<Match> Lines(string output) =>
        output.Split('\n').Select(l => Canonical.Match(l.TrimEnd('\r'))).Where(m => m.Success).ToList();

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static CliResult Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Tallyfy.Generated.Cli.CommandLine.Run(args, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    private sealed record CliResult(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
    }
}

internal static class EditExtensions
{
    public static Func<string, string> Then(this Func<string, string> first, Func<string, string> second) => text => second(first(text));
}
