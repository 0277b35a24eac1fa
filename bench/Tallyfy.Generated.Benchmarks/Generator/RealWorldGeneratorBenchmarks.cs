using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

namespace Tallyfy.Generated.Benchmarks.Generator;

/// <summary>
/// The generator on the largest real-world spec shared beside the repository (Jira's, 3.4 MB of JSON). Where that
/// folder is absent, <see cref="Program"/> leaves these benchmarks out and says so.
/// </summary>
[MemoryDiagnoser]
public class RealWorldGeneratorBenchmarks
{
    private SpecText[] _specs = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;

    /// <summary>Whether the spec these benchmarks need is present.</summary>
    public static bool SpecPresent => File.Exists(RepoPaths.JiraSpec);

    /// <summary>Why these benchmarks are left out when the spec is absent.</summary>
    public static string AbsentMessage =>
        "Skipping " + nameof(RealWorldGeneratorBenchmarks) + ": " + RepoPaths.JiraSpec
        + " is absent (the real-world specs live in ../shared/specs/real-world beside the repository).";

    [GlobalSetup]
    public void Setup()
    {
        if (!SpecPresent)
        {
            throw new InvalidOperationException(AbsentMessage);
        }

        _specs = new[] { new SpecText(RepoPaths.JiraSpec, File.ReadAllText(RepoPaths.JiraSpec), "Jira", "JiraClient") };
        _compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        _edited = _compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Other { } }", GeneratorHarness.ParseOptions));
        _warm = GeneratorHarness.CreateDriver(_specs, trackSteps: false).RunGenerators(_compilation);
        DriverChecks.EnsureGenerated(_warm, "the Jira spec");
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver JiraFullRun() => GeneratorHarness.CreateDriver(_specs, trackSteps: false).RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver JiraRerunAfterUnrelatedEdit() => _warm.RunGenerators(_edited);
}
