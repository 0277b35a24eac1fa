using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// Every real-world spec shared beside the repository goes through the real Roslyn driver: the generator reports no
/// error, emits code, and that code compiles with no error and no warning. Skipped where the specs are absent.
/// </summary>
public sealed class RealWorldSpecTests
{
    /// <summary>The one row yielded when the real-world specs folder is absent, so the run reports a skip rather than nothing.</summary>
    public const string AbsentMarker = "(real-world specs absent)";

    private readonly ITestOutputHelper _output;

    public RealWorldSpecTests(ITestOutputHelper output) => _output = output;

    /// <summary>The top-level *.json, *.yaml and *.yml files of the real-world folder (not its yaml2json copies).</summary>
    public static IEnumerable<object[]> Specs()
    {
        var folder = RepoPaths.RealWorldSpecs;
        if (!Directory.Exists(folder))
        {
            yield return new object[] { AbsentMarker };
            yield break;
        }

        var files = Directory.EnumerateFiles(folder, "*", SearchOption.TopDirectoryOnly)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(IsSpecFile)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            yield return new object[] { AbsentMarker };
            yield break;
        }

        foreach (var file in files)
        {
            yield return new object[] { file };
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Specs))]
    public void Spec_generates_code_that_compiles_without_errors_or_warnings(string file)
    {
        Skip.If(file == AbsentMarker, "The real-world specs folder " + RepoPaths.RealWorldSpecs + " is absent");

        var path = Path.Combine(RepoPaths.RealWorldSpecs, file);
        var pascal = PascalName(file);
        var spec = new SpecText(path, File.ReadAllText(path), "RealWorld." + pascal, pascal + "Client");

        var clock = Stopwatch.StartNew();
        var run = GeneratorHarness.Run(spec);
        var generated = clock.Elapsed;
        var diagnostics = run.Output.GetDiagnostics();
        var compiled = clock.Elapsed - generated;
        _output.WriteLine($"{file}: generated {run.Sources.Length} files in {generated.TotalMilliseconds:F0} ms, compiled in {compiled.TotalMilliseconds:F0} ms");

        var generatorResult = run.Result.Results.Single();
        Assert.True(generatorResult.Exception is null, $"{file}: the generator threw {generatorResult.Exception}");

        var reported = run.Diagnostics.ToList();
        foreach (var diagnostic in reported)
        {
            _output.WriteLine(diagnostic.ToString());
        }

        Assert.False(reported.Any(d => d.Id == "TGEN999"), $"{file}: internal generator error\n{Describe(reported.Where(d => d.Id == "TGEN999"))}");
        var errors = reported.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{file}: {errors.Count} generator errors\n{Describe(errors)}\nother generator diagnostics:\n{Describe(reported.Except(errors))}");
        Assert.True(run.Sources.Length > 0, $"{file}: nothing was generated\n{Describe(reported)}");

        var compilerErrors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var compilerWarnings = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();
        _output.WriteLine($"{file}: {compilerErrors.Count} compiler errors, {compilerWarnings.Count} compiler warnings");
        Assert.True(compilerErrors.Count == 0, $"{file}: the generated code has {compilerErrors.Count} compiler errors\n{Describe(compilerErrors)}");
        Assert.True(compilerWarnings.Count == 0, $"{file}: the generated code has {compilerWarnings.Count} compiler warnings\n{Describe(compilerWarnings)}");
    }

    [Fact]
    public void Pascal_names_of_spec_files_are_identifiers()
    {
        Assert.Equal("TwilioTwilioNumbersV2", PascalName("twilio-twilio_numbers_v2.yaml"));
        Assert.Equal("NswagNET100Openapi", PascalName("nswag-NET100-openapi.json"));
        Assert.Equal("Spec3dModels", PascalName("3d-models.yml"));
    }

    /// <summary><c>twilio-twilio_numbers_v2.yaml</c> gives <c>TwilioTwilioNumbersV2</c>.</summary>
    internal static string PascalName(string file)
    {
        var builder = new StringBuilder();
        foreach (var part in Regex.Split(Path.GetFileNameWithoutExtension(file), "[^A-Za-z0-9]+"))
        {
            if (part.Length > 0)
            {
                builder.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
            }
        }

        return builder.Length == 0 || char.IsAsciiDigit(builder[0]) ? "Spec" + builder : builder.ToString();
    }

    internal static bool IsSpecFile(string name) =>
        name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var all = diagnostics.ToList();
        var shown = all.Take(40).Select(d => "  " + d).ToList();
        if (all.Count > shown.Count)
        {
            shown.Add($"  ... and {all.Count - shown.Count} more");
        }

        return string.Join("\n", shown);
    }
}
