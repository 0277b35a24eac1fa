using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Tallyfy.Generated.Benchmarks.Generator;

/// <summary>Guards for the generator benchmarks; the driver itself comes from the tests' harness, linked into this project.</summary>
internal static class DriverChecks
{
    /// <summary>Fails loudly when a run produced nothing or reported an error, so a broken run is not timed as a fast one.</summary>
    public static void EnsureGenerated(GeneratorDriver driver, string what)
    {
        var result = driver.GetRunResult();
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var sources = result.Results.Sum(r => r.GeneratedSources.Length);
        var exception = result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
        if (exception is not null || sources == 0)
        {
            throw new InvalidOperationException(
                "The generator run on " + what + " produced " + sources + " files and " + errors.Count + " errors"
                + (exception is null ? "." : ": " + exception));
        }
    }
}
