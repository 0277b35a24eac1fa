using System.IO;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

namespace Tallyfy.Generated.Benchmarks.Generator;

/// <summary>
/// The generator on the Tallyfy spec, through Roslyn's driver: a full run (a new driver, as on the first build or
/// after the spec changed) against a re-run of a warm driver after an unrelated C# edit, which is what the IDE does on
/// every keystroke in a project that uses the generator. The re-run should find every step cached.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private SpecText[] _specs = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        _specs = new[] { new SpecText(RepoPaths.TallyfySpec, File.ReadAllText(RepoPaths.TallyfySpec)) };
        _compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        _edited = _compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Other { } }", GeneratorHarness.ParseOptions));
        _warm = GeneratorHarness.CreateDriver(_specs, trackSteps: false).RunGenerators(_compilation);
        DriverChecks.EnsureGenerated(_warm, "the Tallyfy spec");
        DriverChecks.EnsureGenerated(_warm.RunGenerators(_edited), "the Tallyfy spec after an unrelated edit");
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver TallyfyFullRun() => GeneratorHarness.CreateDriver(_specs, trackSteps: false).RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver TallyfyRerunAfterUnrelatedEdit() => _warm.RunGenerators(_edited);
}
