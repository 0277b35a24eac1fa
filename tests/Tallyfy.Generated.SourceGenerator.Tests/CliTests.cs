using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// The CLI run in-process: its exit codes (0 ok, 1 spec errors, 2 usage), its diagnostics in the canonical compiler
/// form, and files byte-identical to what the source generator emits for the same spec and settings.
/// </summary>
public sealed class CliTests : IDisposable
{
    private const int Ok = 0;
    private const int SpecErrors = 1;
    private const int UsageError = 2;
    private const int InputMissing = 3;

    private static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error) =>
        Tallyfy.Generated.Cli.CommandLine.Run(args, output, error);

    [Fact]
    public void Exit_codes_are_the_documented_ones()
    {
        Assert.Equal(Ok, Tallyfy.Generated.Cli.CommandLine.Ok);
        Assert.Equal(SpecErrors, Tallyfy.Generated.Cli.CommandLine.SpecErrors);
        Assert.Equal(UsageError, Tallyfy.Generated.Cli.CommandLine.UsageError);
        Assert.Equal(InputMissing, Tallyfy.Generated.Cli.CommandLine.InputMissing);
    }

    [Theory]
    [InlineData("generate", "{missing}", "--out", "{temp}")]
    [InlineData("check", "{spec}", "{missing}")]
    [InlineData("diff", "{missing}", "{spec}")]
    [InlineData("diff", "{spec}", "{missing}")]
    public void A_missing_input_file_is_exit_code_3_naming_the_file(params string[] template)
    {
        var spec = Write("api.json", MiniSpecs.WithOperation("getThing"));
        var missing = Path.Combine(_temp, "missing.json");
        var args = template.Select(a => a.Replace("{missing}", missing).Replace("{spec}", spec).Replace("{temp}", Path.Combine(_temp, "out"))).ToArray();

        var cli = Cli(args);

        Assert.True(cli.ExitCode == InputMissing, cli.ToString());
        Assert.Equal(missing + ": error: file not found.", cli.Error.Trim());
        Assert.False(Directory.Exists(Path.Combine(_temp, "out")), "nothing is written");
    }

    [Theory]
    [InlineData("generate", "--out <dir>")]
    [InlineData("check", "compiles the result in memory")]
    [InlineData("diff", "--format text|json")]
    public void Every_command_has_its_own_help_with_defaults_and_exit_codes(string command, string mentioned)
    {
        foreach (var flag in new[] { "--help", "-h" })
        {
            var cli = Cli(command, flag);

            Assert.True(cli.ExitCode == Ok, cli.ToString());
            Assert.StartsWith("usage: tallyfy-generated " + command, cli.Output, StringComparison.Ordinal);
            Assert.Contains(mentioned, cli.Output, StringComparison.Ordinal);
            Assert.Contains("exit codes:", cli.Output, StringComparison.Ordinal);
            Assert.Contains("3 ", cli.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_usage_shows_the_default_namespace_and_client_name_and_the_exit_codes()
    {
        var cli = Cli("--help");

        Assert.Equal(Ok, cli.ExitCode);
        Assert.Contains("--namespace defaults to " + Tallyfy.Generated.SourceGenerator.Parsing.ClientSettings.DefaultNamespace, cli.Output, StringComparison.Ordinal);
        Assert.Contains("gives PetstoreClient", cli.Output, StringComparison.Ordinal);
        Assert.Contains("3 an input file does not exist", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_tools_version()
    {
        var cli = Cli("--version");

        Assert.Equal(Ok, cli.ExitCode);
        Assert.Matches(@"^[0-9]+\.[0-9]+\.[0-9]+", cli.Output.Trim());
    }

    private static readonly Regex Canonical = new(
        @"^(?<path>.+)\((?<line>[0-9]+),(?<column>[0-9]+)\): (?<severity>error|warning|info) (?<id>TGEN[0-9]{3}): (?<message>.+)$",
        RegexOptions.CultureInvariant);

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "tallyfy-cli-tests-" + Guid.NewGuid().ToString("N"));

    public CliTests() => Directory.CreateDirectory(_temp);

    public void Dispose()
    {
        if (Directory.Exists(_temp))
        {
            Directory.Delete(_temp, recursive: true);
        }
    }

    public static IEnumerable<object[]> SpecsToCompare()
    {
        yield return new object[] { "tallyfy.openapi.json" };
        yield return new object[] { "twilio-twilio_numbers_v2.yaml" };
        yield return new object[] { "twilio-twilio_lookups_v2.json" };
    }

    [SkippableTheory]
    [MemberData(nameof(SpecsToCompare))]
    public void Generate_writes_the_same_files_as_the_source_generator(string file)
    {
        var spec = file == "tallyfy.openapi.json" ? RepoPaths.TallyfySpec : Path.Combine(RepoPaths.RealWorldSpecs, file);
        Skip.IfNot(File.Exists(spec), spec + " is absent");
        var outDir = Path.Combine(_temp, "out");

        var cli = Cli("generate", spec, "--out", outDir, "--namespace", "Cli.Compared", "--client-name", "ComparedClient");

        Assert.True(cli.ExitCode == Ok, cli.ToString());
        Assert.Contains("wrote", cli.Output);
        var run = GeneratorHarness.Run(new SpecText(Path.GetFullPath(spec), File.ReadAllText(spec), "Cli.Compared", "ComparedClient"));
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var written = GeneratedSources.InDirectory(outDir);
        var generated = GeneratedSources.Of(run);
        Assert.NotEmpty(generated);
        Assert.Contains("ComparedClient.g.cs", written.Keys);
        GeneratedSources.AssertIdentical(generated, written, "CLI generate vs source generator for " + file);
        foreach (var source in run.Sources)
        {
            Assert.Equal(
                GeneratedSources.Utf8NoBom.GetBytes(source.SourceText.ToString()),
                File.ReadAllBytes(Path.Combine(outDir, source.HintName)));
        }
    }

    [Fact]
    public void Check_passes_on_the_tallyfy_spec()
    {
        // As the library builds it: with every schema type (else TGEN053 names the ones no operation uses).
        var cli = Cli("check", RepoPaths.TallyfySpec, "--keep-unused-schemas");

        Assert.True(cli.ExitCode == Ok, cli.ToString());
        Assert.Equal(string.Empty, cli.Error);
        Assert.Matches(@": [0-9]+ operations, [0-9]+ types, [0-9]+ files: ok", cli.Output);
    }

    [Fact]
    public void Check_reports_an_unresolved_reference_in_the_canonical_form_with_one_based_line_and_column()
    {
        var text = MiniSpecs.WithOperation("getThing").Replace(
            "\"404\": { \"description\": \"missing\" }",
            "\"404\": { \"description\": \"missing\", \"content\": { \"application/json\": { \"schema\": { \"$ref\": \"#/components/schemas/Nope\" } } } }");
        var spec = Write("refs.json", text);
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("#/components/schemas/Nope", StringComparison.Ordinal));
        var column = lines[line].IndexOf("\"#/components/schemas/Nope\"", StringComparison.Ordinal);

        var cli = Cli("check", spec);

        Assert.True(cli.ExitCode == SpecErrors, cli.ToString());
        // The error, and the operation it leaves out (TGEN026, tested in PartialFailureTests).
        var diagnostic = Assert.Single(Diagnostics(cli.Error), d => d.Groups["id"].Value != "TGEN026");
        Assert.Contains(Diagnostics(cli.Error), d => d.Groups["id"].Value == "TGEN026");
        Assert.Equal(Path.GetFullPath(spec), diagnostic.Groups["path"].Value);
        Assert.Equal("error", diagnostic.Groups["severity"].Value);
        Assert.Equal("TGEN004", diagnostic.Groups["id"].Value);
        Assert.Equal(line + 1, int.Parse(diagnostic.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(column + 1, int.Parse(diagnostic.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("The reference '#/components/schemas/Nope' does not resolve to anything in the spec", diagnostic.Groups["message"].Value);
        Assert.Contains(": errors", cli.Output);
    }

    [Fact]
    public void Diagnostics_are_printed_exactly_as_the_compiler_prints_the_source_generators_own()
    {
        var text = MiniSpecs.WithOperation("getThing")
            .Replace("\"/things/{id}\"", "\"/things/{id}/{other}\"")
            .Replace("\"404\": { \"description\": \"missing\" }", "\"404\": { \"description\": \"missing\" }, \"4X4\": { \"description\": \"odd\" }");
        var spec = Write("mixed.json", text);

        var cli = Cli("check", spec);

        var run = GeneratorHarness.Run(new SpecText(Path.GetFullPath(spec), text));
        var expected = run.Diagnostics.Select(d => d.ToString()).OrderBy(l => l, StringComparer.Ordinal).ToList();
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, Diagnostics(cli.Error).Select(m => m.Value).OrderBy(l => l, StringComparer.Ordinal));
        Assert.Contains(expected, l => l.Contains("): warning TGEN006: The path '/things/{id}/{other}' uses '{other}' but no path parameter 'other' is declared", StringComparison.Ordinal));
        Assert.Contains(expected, l => l.Contains("): error TGEN008: '4X4' is not a status code", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_of_a_spec_that_cannot_be_read_ends_with_its_summary_line_too()
    {
        var spec = Write("broken.yaml", "openapi: 3.0.3\ninfo: {title: t, version: \"1\"\npaths: {}\n");

        var cli = Cli("check", spec);

        Assert.True(cli.ExitCode == SpecErrors, cli.ToString());
        Assert.Contains(Diagnostics(cli.Error), d => d.Groups["id"].Value == "TGEN001");
        Assert.Equal(spec + ": no client (the spec could not be read): errors", cli.Output.Trim());
    }

    [Fact]
    public void A_swagger_2_reference_is_reported_with_its_2_0_pointer_at_its_place_in_the_2_0_file()
    {
        var text = "{\n  \"swagger\": \"2.0\",\n  \"info\": { \"title\": \"Old\", \"version\": \"1\" },\n  \"paths\": {\n    \"/things\": {\n      \"get\": {\n"
            + "        \"operationId\": \"getThings\",\n        \"responses\": { \"200\": { \"description\": \"ok\", \"schema\": { \"$ref\": \"#/definitions/Nope\" } } }\n"
            + "      }\n    }\n  },\n  \"definitions\": { \"Thing\": { \"type\": \"object\" } }\n}";
        var spec = Write("old.json", text);
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("#/definitions/Nope", StringComparison.Ordinal));

        var cli = Cli("check", spec);

        Assert.True(cli.ExitCode == SpecErrors, cli.ToString());
        // The error, and the operation it leaves out (TGEN026, tested in PartialFailureTests).
        var diagnostic = Assert.Single(Diagnostics(cli.Error), d => d.Groups["id"].Value != "TGEN026");
        Assert.Contains(Diagnostics(cli.Error), d => d.Groups["id"].Value == "TGEN026");
        Assert.Equal(
            $"{Path.GetFullPath(spec)}({line + 1},{lines[line].IndexOf("\"#/definitions/Nope\"", StringComparison.Ordinal) + 1}): error TGEN004: The reference '#/definitions/Nope' does not resolve to anything in the spec",
            diagnostic.Value);
    }

    [Fact]
    public void Generate_with_spec_errors_still_writes_the_other_operations_and_exits_1()
    {
        var text = MiniSpecs.WithOperation("getThing").Replace(
            "\"404\": { \"description\": \"missing\" }",
            "\"404\": { \"description\": \"missing\", \"content\": { \"application/json\": { \"schema\": { \"$ref\": \"#/components/schemas/Nope\" } } } }");
        var spec = Write("refs.json", text);
        var outDir = Path.Combine(_temp, "out");

        var cli = Cli("generate", spec, "--out", outDir);

        Assert.True(cli.ExitCode == SpecErrors, cli.ToString());
        Assert.Contains(Diagnostics(cli.Error), d => d.Groups["id"].Value == "TGEN004");
        Assert.True(File.Exists(Path.Combine(outDir, "RefsClient.g.cs")), cli.ToString());
    }

    [Fact]
    public void Generate_with_allow_missing_required_writes_what_the_items_metadata_makes()
    {
        var spec = Path.GetFullPath(Path.Combine(RepoPaths.Root, "tests", "Tallyfy.Generated.Features.Tests", "Specs", "lenient.openapi.yaml"));
        var outDir = Path.Combine(_temp, "out");

        var cli = Cli("generate", spec, "--out", outDir, "--namespace", "Lenient", "--client-name", "LenientClient", "--allow-missing-required");

        Assert.True(cli.ExitCode == Ok, cli.ToString());
        var run = GeneratorHarness.Run(new SpecText(spec, File.ReadAllText(spec), "Lenient", "LenientClient") { AllowMissingRequired = "true" });
        Assert.Empty(run.Diagnostics);
        GeneratedSources.AssertIdentical(GeneratedSources.Of(run), GeneratedSources.InDirectory(outDir), "CLI generate --allow-missing-required vs AllowMissingRequired=\"true\"");
        Assert.Contains("ApiJson.MissingOrDefault<string>(\"User\", \"login\")", File.ReadAllText(Path.Combine(outDir, "LenientClient.Models.User.g.cs")), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_into_a_folder_it_generated_before_removes_its_own_files_the_spec_no_longer_makes()
    {
        var outDir = Path.Combine(_temp, "out");
        var first = Cli("generate", Write("api.json", MiniSpecs.WithOperation("getThing")), "--out", outDir);
        Assert.True(first.ExitCode == Ok, first.ToString());
        Assert.True(File.Exists(Path.Combine(outDir, "ApiClient.GetThingResult.g.cs")), first.ToString());
        // The user's own files in the folder, and generated files of other tools, are not ours to remove.
        File.WriteAllText(Path.Combine(outDir, "Custom.cs"), "namespace Mine; internal static class Custom { }");
        File.WriteAllText(Path.Combine(outDir, "Other.g.cs"), "// <auto-generated/>\n// Generated by another tool.\n");

        // The operation is renamed: its old result type must not linger beside the new one.
        var second = Cli("generate", Write("api.json", MiniSpecs.WithOperation("fetchThing")), "--out", outDir);

        Assert.True(second.ExitCode == Ok, second.ToString());
        Assert.False(File.Exists(Path.Combine(outDir, "ApiClient.GetThingResult.g.cs")), second.ToString());
        Assert.True(File.Exists(Path.Combine(outDir, "ApiClient.FetchThingResult.g.cs")), second.ToString());
        Assert.True(File.Exists(Path.Combine(outDir, "Custom.cs")));
        Assert.True(File.Exists(Path.Combine(outDir, "Other.g.cs")));
        Assert.Contains("removed 1 file it generated before", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_with_only_warnings_passes_and_prints_them()
    {
        var text = MiniSpecs.WithOperation("getThing").Replace("\"/things/{id}\"", "\"/things/{id}/{other}\"");
        var spec = Write("warn.json", text);
        var line = Array.FindIndex(text.Split('\n'), l => l.Contains("/things/{id}/{other}", StringComparison.Ordinal));

        var check = Cli("check", spec);
        var generate = Cli("generate", spec, "--out", Path.Combine(_temp, "out"));

        Assert.True(check.ExitCode == Ok, check.ToString());
        Assert.True(generate.ExitCode == Ok, generate.ToString());
        foreach (var cli in new[] { check, generate })
        {
            var diagnostic = Assert.Single(Diagnostics(cli.Error));
            Assert.Equal("warning", diagnostic.Groups["severity"].Value);
            Assert.Equal("TGEN006", diagnostic.Groups["id"].Value);
            Assert.Equal(line + 1, int.Parse(diagnostic.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains("warning TGEN006", cli.Error);
        }

        Assert.Contains(": ok", check.Output);
    }

    [Fact]
    public void No_arguments_is_a_usage_error()
    {
        var cli = Cli();

        Assert.Equal(UsageError, cli.ExitCode);
        Assert.Contains("usage:", cli.Error);
        Assert.Equal(string.Empty, cli.Output);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        var cli = Cli("frobnicate", RepoPaths.TallyfySpec);

        Assert.Equal(UsageError, cli.ExitCode);
        Assert.Contains("unknown command 'frobnicate'", cli.Error);
    }

    [Fact]
    public void Generate_without_out_is_a_usage_error()
    {
        var cli = Cli("generate", RepoPaths.TallyfySpec);

        Assert.Equal(UsageError, cli.ExitCode);
        Assert.Contains("--out", cli.Error);
    }

    [Fact]
    public void Generate_with_two_specs_is_a_usage_error()
    {
        var cli = Cli("generate", RepoPaths.TallyfySpec, RepoPaths.TallyfySpec, "--out", Path.Combine(_temp, "out"));

        Assert.Equal(UsageError, cli.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_temp, "out")));
    }

    [Fact]
    public void Check_without_a_spec_is_a_usage_error()
    {
        Assert.Equal(UsageError, Cli("check").ExitCode);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("-v")]
    public void An_unknown_option_is_a_usage_error(string option)
    {
        // A short option is an option too (not a spec file named "-v"; such a file is ./-v).
        var cli = Cli("generate", RepoPaths.TallyfySpec, "--out", Path.Combine(_temp, "out"), option);

        Assert.Equal(UsageError, cli.ExitCode);
        Assert.Contains("unknown option '" + option + "'", cli.Error);
        Assert.False(Directory.Exists(Path.Combine(_temp, "out")));
    }

    [Theory]
    [InlineData("--out")]
    [InlineData("--namespace")]
    [InlineData("--client-name")]
    public void An_option_without_its_value_is_a_usage_error(string option)
    {
        var cli = Cli("generate", RepoPaths.TallyfySpec, option);

        Assert.Equal(UsageError, cli.ExitCode);
        Assert.Contains(option + " needs a value", cli.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_exits_0_and_prints_the_usage(string flag)
    {
        var cli = Cli(flag);

        Assert.Equal(Ok, cli.ExitCode);
        Assert.Contains("usage:", cli.Output);
        Assert.Contains("generate <spec> --out <dir>", cli.Output);
        Assert.Equal(string.Empty, cli.Error);
    }

    [Fact]
    public void A_yaml_spec_generates_the_same_files_as_its_json_twin_and_as_the_source_generator()
    {
        var yaml = Write("mini.yaml", MiniYaml);
        var json = Write("mini.json", MiniSpecs.WithOperation("getThing"));
        var yamlOut = Path.Combine(_temp, "yaml-out");
        var jsonOut = Path.Combine(_temp, "json-out");

        var fromYaml = Cli("generate", yaml, "--out", yamlOut, "--namespace", "Mini.Yaml", "--client-name", "MiniClient");
        var fromJson = Cli("generate", json, "--out", jsonOut, "--namespace", "Mini.Yaml", "--client-name", "MiniClient");

        Assert.True(fromYaml.ExitCode == Ok, fromYaml.ToString());
        Assert.Equal(string.Empty, fromYaml.Error);
        Assert.True(fromJson.ExitCode == Ok, fromJson.ToString());
        var written = GeneratedSources.InDirectory(yamlOut);
        Assert.Contains("MiniClient.g.cs", written.Keys);
        Assert.Contains("MiniClient.GetThingResult.g.cs", written.Keys);
        Assert.Contains("MiniClient.Models.Thing.g.cs", written.Keys);
        GeneratedSources.AssertIdentical(GeneratedSources.InDirectory(jsonOut), written, "YAML vs JSON spec");
        var run = GeneratorHarness.Run(new SpecText(Path.GetFullPath(yaml), MiniYaml, "Mini.Yaml", "MiniClient"));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        GeneratedSources.AssertIdentical(GeneratedSources.Of(run), written, "CLI generate vs source generator for a YAML spec");
        Assert.Equal(Ok, Cli("check", yaml).ExitCode);
    }

    /// <summary><see cref="MiniSpecs.WithOperation"/> with operation getThing, written in YAML.</summary>
    private const string MiniYaml = """
        openapi: 3.0.3
        info:
          title: Mini
          version: "1"
        servers:
          - url: https://example.test/api
        paths:
          /things/{id}:
            get:
              operationId: getThing
              parameters:
                - name: id
                  in: path
                  required: true
                  schema:
                    type: string
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Thing'
                "404":
                  description: missing
        components:
          schemas:
            Thing:
              type: object
              required: [id]
              properties:
                id:
                  type: string
                size:
                  type: integer
                  format: int32
        """;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static List<Match> Diagnostics(string stderr) =>
        stderr.Split('\n').Select(l => Canonical.Match(l.TrimEnd('\r'))).Where(m => m.Success).ToList();

    private static CliResult Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Run(args, output, error);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    private sealed record CliResult(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
    }
}
