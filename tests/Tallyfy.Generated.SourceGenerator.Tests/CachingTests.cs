using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>Runs the driver twice with step tracking: nothing re-runs when nothing relevant changed.</summary>
public sealed class CachingTests
{
    private static readonly string[] TrackedSteps = { TrackingNames.SpecFiles, TrackingNames.Parsed, TrackingNames.Clients, TrackingNames.Emitted, TrackingNames.Namespaces };

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached()
    {
        var spec = GeneratorHarness.TallyfySpec();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(new[] { spec }).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Other { } }", GeneratorHarness.ParseOptions));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            Assert.All(second.TrackedSteps[step].SelectMany(s => s.Outputs), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + output.Reason));
        }

        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output =>
            Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_spec_reruns_only_that_spec()
    {
        var first = new SpecText("/specs/first.json", MiniSpecs.WithOperation("listThings"), "First", "FirstClient");
        var second = new SpecText("/specs/second.json", MiniSpecs.WithOperation("listWidgets"), "Second", "SecondClient");
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(new[] { first, second }).RunGenerators(compilation);

        var editedFirst = new SpecText(first.Path, MiniSpecs.WithOperation("listOtherThings"), "First", "FirstClient");
        driver = driver.ReplaceAdditionalText(first, editedFirst).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        var parsed = result.TrackedSteps[TrackingNames.Parsed].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, parsed);
        var sources = result.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("FirstClient.ListOtherThingsResult.g.cs", sources);
        Assert.DoesNotContain("FirstClient.ListThingsResult.g.cs", sources);
        Assert.Contains("SecondClient.ListWidgetsResult.g.cs", sources);
    }

    [Fact]
    public void Changing_one_specs_msbuild_metadata_reruns_only_that_spec()
    {
        var first = new SpecText("/specs/first.json", MiniSpecs.WithOperation("listThings"), "First", "FirstClient");
        var second = new SpecText("/specs/second.json", MiniSpecs.WithOperation("listWidgets"), "Second", "SecondClient");
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(new[] { first, second }).RunGenerators(compilation);

        var renamed = new SpecText(first.Path, MiniSpecs.WithOperation("listThings"), "First", "RenamedClient");
        driver = driver.WithUpdatedAnalyzerConfigOptions(new GeneratorHarness.OptionsProvider(new[] { renamed, second }, "Consumer")).RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();

        var parsed = result.TrackedSteps[TrackingNames.Parsed].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, parsed);
        var sources = result.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("RenamedClient.g.cs", sources);
        Assert.DoesNotContain("FirstClient.g.cs", sources);
        Assert.Contains("SecondClient.g.cs", sources);
    }

    [Fact]
    public void Additional_files_that_are_not_openapi_clients_are_ignored()
    {
        var other = new SpecText("/specs/notes.json", "{ not even json", isOpenApiClient: false);

        var run = GeneratorHarness.Run(other);

        Assert.Empty(run.Sources);
        Assert.Empty(run.Diagnostics);
    }
}
