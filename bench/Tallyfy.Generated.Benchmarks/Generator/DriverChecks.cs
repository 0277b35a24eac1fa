using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator;

namespace Tallyfy.Generated.Benchmarks.Generator;

/// <summary>Guards for the generator benchmarks; the driver itself comes from the tests' harness, linked into this project.</summary>
internal static class DriverChecks
{
    /// <summary>The names the generator gives its pipeline steps.</summary>
    private static readonly HashSet<string> OwnSteps = new(
        typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetValue(null)!),
        StringComparer.Ordinal);

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

    /// <summary>
    /// Fails loudly unless a re-run of <paramref name="driver"/> (which must track its steps) on
    /// <paramref name="edited"/> found every step and every output cached: the premise of the re-run benchmark.
    /// </summary>
    public static void EnsureNothingReran(GeneratorDriver driver, Compilation edited, string what)
    {
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        // The generator's own steps (TrackingNames): Roslyn also tracks its input nodes (Compilation, ParseOptions),
        // and the compilation is modified by any edit by definition; what matters is that nothing built on it re-ran.
        var stepReasons = result.TrackedSteps.Where(step => OwnSteps.Contains(step.Key))
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(output => (step.Key, output.Reason))));
        var outputReasons = result.TrackedOutputSteps.SelectMany(step => step.Value.SelectMany(run => run.Outputs.Select(output => (step.Key, output.Reason))));
        var reran = stepReasons.Where(s => s.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Concat(outputReasons.Where(s => s.Reason is not IncrementalStepRunReason.Cached))
            .Select(s => s.Key + " " + s.Reason)
            .Distinct()
            .ToList();
        if (result.TrackedSteps.Count == 0 || reran.Count > 0)
        {
            throw new InvalidOperationException(
                "On " + what + ", an unrelated edit re-ran generator steps: "
                + (reran.Count == 0 ? "no step was tracked." : string.Join(", ", reran)));
        }
    }
}
