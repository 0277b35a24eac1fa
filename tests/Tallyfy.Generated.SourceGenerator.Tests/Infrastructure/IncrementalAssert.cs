using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

/// <summary>
/// Assertions on the generator's incremental pipeline. Kept apart from <see cref="GeneratorHarness"/>, which the
/// benchmarks compile too and which therefore must not depend on xunit.
/// </summary>
internal static class IncrementalAssert
{
    /// <summary>Runs <paramref name="driver"/> again after a C# edit no spec depends on: every step of the pipeline must be cached.</summary>
    public static void UnrelatedEditRerunsNoStep(GeneratorDriver driver, Compilation compilation)
    {
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Other { } }", GeneratorHarness.ParseOptions));
        var unrelated = driver.RunGenerators(edited).GetRunResult().Results.Single();
        foreach (var step in new[] { TrackingNames.SpecFiles, TrackingNames.Parsed, TrackingNames.Clients, TrackingNames.Emitted, TrackingNames.Namespaces })
        {
            Assert.All(unrelated.TrackedSteps[step].SelectMany(s => s.Outputs), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + output.Reason));
        }
    }
}
