using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using Tallyfy.Generated.SourceGenerator;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

namespace Tallyfy.Generated.Benchmarks.Generator;

/// <summary>
/// The generator on each spec of <see cref="BenchSpecs"/>, against NSwag's C# client generator in process and a bare
/// <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same bytes, the floor any
/// generator that reads the spec pays (its buffers are pooled, so it shows almost no allocation):
/// <list type="bullet">
/// <item>a full run through Roslyn's driver (a new driver, as on the first build or after the spec changed): the
/// baseline, so Ratio reads "relative to our full run";</item>
/// <item>our parser and emitter alone, spec text to file texts, as the CLI runs them: the like of NSwag's run;</item>
/// <item>NSwag: <see cref="OpenApiDocument.FromJsonAsync(string, string?, NJsonSchema.SchemaType, Func{OpenApiDocument, NJsonSchema.References.JsonReferenceResolver}?, CancellationToken)"/>
/// then <see cref="CSharpClientGenerator.GenerateFile()"/> with System.Text.Json, as the bench's NSwag peer is built;</item>
/// <item>a re-run of a warm driver after an unrelated C# edit (a new syntax tree), what the IDE does on every
/// keystroke in a consuming project: no step of the generator re-runs, so this is Roslyn's bookkeeping alone.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private BenchSpec _spec = null!;
    private string _text = null!;
    private byte[] _bytes = null!;
    private SpecText[] _specs = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;

    /// <summary>The spec by name: Tallyfy, and Jira and Discord when the real-world specs are present.</summary>
    [ParamsSource(nameof(SpecNames))]
    public string Spec { get; set; } = "Tallyfy";

    public static IEnumerable<string> SpecNames => BenchSpecs.PresentNames;

    // Each benchmark runs in its own process: a setup prepares only what its benchmark needs, so that the large
    // specs do not pay NSwag's 10 s run before timing ours.

    [GlobalSetup(Targets = new[] { nameof(JsonDocumentParseFloor), nameof(OursGenerateTextOnly), nameof(NSwagGenerate) })]
    public void SetupText() => Load();

    [GlobalSetup(Target = nameof(OursGeneratorDriverFullRun))]
    public void SetupDriver()
    {
        Load();
        _compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        DriverChecks.EnsureGenerated(OursGeneratorDriverFullRun(), "the " + Spec + " spec");
    }

    [GlobalSetup(Target = nameof(OursGeneratorRerunAfterUnrelatedEdit))]
    public void SetupWarmDriver()
    {
        Load();
        _compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        _edited = _compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Other { } }", GeneratorHarness.ParseOptions));
        _warm = GeneratorHarness.CreateDriver(_specs, trackSteps: false).RunGenerators(_compilation);
        DriverChecks.EnsureGenerated(_warm, "the " + Spec + " spec");
        DriverChecks.EnsureGenerated(OursGeneratorRerunAfterUnrelatedEdit(), "the " + Spec + " spec after an unrelated edit");
        DriverChecks.EnsureNothingReran(GeneratorHarness.CreateDriver(_specs, trackSteps: true).RunGenerators(_compilation), _edited, "the " + Spec + " spec");
    }

    [Benchmark]
    public int JsonDocumentParseFloor()
    {
        using var document = JsonDocument.Parse(_bytes);
        return document.RootElement.GetPropertyCount();
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver OursGeneratorDriverFullRun() =>
        GeneratorHarness.CreateDriver(_specs, trackSteps: false).RunGenerators(_compilation);

    [Benchmark]
    public int OursGenerateTextOnly()
    {
        var result = ClientGeneration.Generate(new SpecFile(_spec.Path, _text, _spec.Namespace, _spec.ClientName), CancellationToken.None);
        return result.Files.Count > 0 ? result.Files.Count : throw new InvalidOperationException("No file generated for " + Spec + ".");
    }

    [Benchmark]
    public string NSwagGenerate()
    {
        var document = OpenApiDocument.FromJsonAsync(_text).GetAwaiter().GetResult();
        var settings = new CSharpClientGeneratorSettings { ClassName = "NSwag" + _spec.ClientName };
        settings.CSharpGeneratorSettings.Namespace = "Peers.NSwag";
        settings.CSharpGeneratorSettings.JsonLibrary = NJsonSchema.CodeGeneration.CSharp.CSharpJsonLibrary.SystemTextJson;
        var code = new CSharpClientGenerator(document, settings).GenerateFile();
        return code.Length > 0 ? code : throw new InvalidOperationException("NSwag generated nothing for " + Spec + ".");
    }

    private void Load()
    {
        _spec = BenchSpecs.Get(Spec);
        _text = File.ReadAllText(_spec.Path);
        _bytes = Encoding.UTF8.GetBytes(_text);
        _specs = new[] { new SpecText(_spec.Path, _text, _spec.Namespace, _spec.ClientName) };
    }

    [Benchmark]
    public GeneratorDriver OursGeneratorRerunAfterUnrelatedEdit() => _warm.RunGenerators(_edited);
}
