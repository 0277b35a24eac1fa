using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

/// <summary>A spec handed to the generator as an additional file, with the metadata an OpenApiClient item gives it.</summary>
internal sealed class SpecText : AdditionalText
{
    private readonly SourceText? _text;

    /// <param name="text">The file's text; null for a file that does not exist (Roslyn then gives no text).</param>
    public SpecText(string path, string? text, string? ns = "Tallyfy", string? clientName = "TallyfyClient", bool isOpenApiClient = true)
    {
        Path = path;
        _text = text is null ? null : SourceText.From(text);
        Namespace = ns;
        ClientName = clientName;
        IsOpenApiClient = isOpenApiClient;
    }

    public override string Path { get; }

    public string? Namespace { get; }

    public string? ClientName { get; }

    public bool IsOpenApiClient { get; }

    /// <summary>The item's <c>Baseline</c> metadata: the path of an earlier version of the spec.</summary>
    public string? Baseline { get; init; }

    /// <summary>The item's <c>IncludePaths</c> metadata (semicolon-separated), as the package's targets pass it.</summary>
    public string? IncludePaths { get; init; }

    /// <summary>The item's <c>ExcludePaths</c> metadata.</summary>
    public string? ExcludePaths { get; init; }

    /// <summary>The item's <c>IncludeTags</c> metadata.</summary>
    public string? IncludeTags { get; init; }

    /// <summary>The item's <c>KeepUnusedSchemas</c> metadata, as written in the project (<c>true</c>).</summary>
    public string? KeepUnusedSchemas { get; init; }

    /// <summary>The item's <c>AllowMissingRequired</c> metadata, as written in the project (<c>true</c>).</summary>
    public string? AllowMissingRequired { get; init; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Runs the generator through Roslyn's real <see cref="CSharpGeneratorDriver"/>.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(params string[] sources) => CreateCompilation(ParseOptions, sources);

    public static CSharpCompilation CreateCompilation(CSharpParseOptions parseOptions, params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, parseOptions)),
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <param name="trackSteps">Step tracking, for caching tests; the benchmarks, like the compiler, run without it.</param>
    /// <param name="buildProperties">More MSBuild properties the package's props make visible to the compiler (without the <c>build_property.</c> prefix).</param>
    public static GeneratorDriver CreateDriver(IEnumerable<SpecText> specs, string rootNamespace = "Consumer", bool trackSteps = true, CSharpParseOptions? parseOptions = null, IReadOnlyDictionary<string, string>? buildProperties = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new OpenApiClientGenerator().AsSourceGenerator() },
            specs,
            parseOptions ?? ParseOptions,
            new OptionsProvider(specs, rootNamespace, buildProperties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator on the specs and returns the result plus the compilation with the generated code.</summary>
    public static GeneratorRun Run(params SpecText[] specs) => Run(ParseOptions, specs);

    /// <summary>As <see cref="Run(SpecText[])"/>, for a consumer at another language version.</summary>
    public static GeneratorRun Run(CSharpParseOptions parseOptions, params SpecText[] specs) => Run(parseOptions, null, specs);

    /// <summary>As <see cref="Run(SpecText[])"/>, in a project with these MSBuild properties (such as its target framework).</summary>
    public static GeneratorRun Run(IReadOnlyDictionary<string, string> buildProperties, params SpecText[] specs) => Run(ParseOptions, buildProperties, specs);

    /// <summary>As <see cref="Run(SpecText[])"/>, at a language version and with MSBuild properties.</summary>
    public static GeneratorRun Run(CSharpParseOptions parseOptions, IReadOnlyDictionary<string, string>? buildProperties, params SpecText[] specs)
    {
        var compilation = CreateCompilation(parseOptions, "namespace Consumer { internal static class Marker { } }");
        var driver = CreateDriver(specs, parseOptions: parseOptions, buildProperties: buildProperties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), WithNullableWarnings(output), generatorDiagnostics);
    }

    /// <summary>The directives every generated file starts with: nullable annotations, no nullable warnings.</summary>
    public const string GeneratedNullableDirective = "#nullable enable annotations";

    /// <inheritdoc cref="GeneratedNullableDirective"/>
    public const string GeneratedNullableWarningsDirective = "#nullable disable warnings";

    /// <summary>
    /// The compilation with the generated files' nullable warnings turned on. A consumer's compiler skips the flow
    /// analysis of generated code (its files say <c>#nullable enable annotations</c> and <c>#nullable disable
    /// warnings</c>); the tests still hold that code to it, so every compile check of generated code also checks that it
    /// is null-safe.
    /// </summary>
    public static Compilation WithNullableWarnings(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var text = tree.GetText();
            var header = text.Lines.Take(5).ToList();
            var line = header.FirstOrDefault(l => l.ToString() == GeneratedNullableDirective);
            if (line.Span.Length > 0)
            {
                var changes = header.Where(l => l.ToString() == GeneratedNullableWarningsDirective)
                    .Select(l => new TextChange(l.Span, string.Empty))
                    .Prepend(new TextChange(line.Span, "#nullable enable"));
                compilation = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text.WithChanges(changes)));
            }
        }

        return compilation;
    }

    /// <summary>The Tallyfy spec as <c>src/Tallyfy.Generated</c> builds it: with every schema type (<c>KeepUnusedSchemas="true"</c>).</summary>
    public static SpecText TallyfySpec() => new(RepoPaths.TallyfySpec, System.IO.File.ReadAllText(RepoPaths.TallyfySpec)) { KeepUnusedSchemas = "true" };

    internal sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, SpecText> _specs;

        public OptionsProvider(IEnumerable<SpecText> specs, string rootNamespace, IReadOnlyDictionary<string, string>? buildProperties = null)
        {
            _specs = specs.ToDictionary(s => s.Path, StringComparer.Ordinal);
            var global = new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace };
            foreach (var (name, value) in buildProperties ?? new Dictionary<string, string>())
            {
                global["build_property." + name] = value;
            }

            GlobalOptions = new Options(global);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        {
            if (!_specs.TryGetValue(textFile.Path, out var spec))
            {
                return Options.Empty;
            }

            var values = new Dictionary<string, string>();
            if (spec.IsOpenApiClient)
            {
                values["build_metadata.AdditionalFiles.OpenApiClient"] = "true";
            }

            if (spec.Namespace is not null)
            {
                values["build_metadata.AdditionalFiles.Namespace"] = spec.Namespace;
            }

            if (spec.ClientName is not null)
            {
                values["build_metadata.AdditionalFiles.ClientName"] = spec.ClientName;
            }

            if (spec.Baseline is not null)
            {
                values["build_metadata.AdditionalFiles.Baseline"] = spec.Baseline;
            }

            if (spec.KeepUnusedSchemas is not null)
            {
                values["build_metadata.AdditionalFiles.KeepUnusedSchemas"] = spec.KeepUnusedSchemas;
            }

            if (spec.AllowMissingRequired is not null)
            {
                values["build_metadata.AdditionalFiles.AllowMissingRequired"] = spec.AllowMissingRequired;
            }

            // The package's targets percent-encode the filter metadata: an analyzer config value ends at '#' or ';'.
            foreach (var (name, value) in new[] { ("IncludePaths", spec.IncludePaths), ("ExcludePaths", spec.ExcludePaths), ("IncludeTags", spec.IncludeTags) })
            {
                if (value is not null)
                {
                    values["build_metadata.AdditionalFiles.OpenApi" + name] = Uri.EscapeDataString(value);
                }
            }

            return new Options(values);
        }
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}

internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    GeneratorDriverRunResult Result,
    Compilation Output,
    ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public ImmutableArray<GeneratedSourceResult> Sources => Result.Results.Single().GeneratedSources;

    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>The text of the one generated file whose hint name ends with <paramref name="hintEnd"/>.</summary>
    public string Source(string hintEnd) =>
        Sources.Single(s => s.HintName.EndsWith(hintEnd, System.StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>The property <paramref name="name"/> of the generated type <paramref name="typeName"/> (in the default namespace, <c>Tallyfy</c>, unless qualified).</summary>
    public IPropertySymbol Property(string typeName, string name) =>
        Output.GetTypeByMetadataName(typeName.Contains('.', StringComparison.Ordinal) ? typeName : "Tallyfy." + typeName)!.GetMembers(name).OfType<IPropertySymbol>().Single();

    /// <summary>Compiler diagnostics of the consumer compilation with the generated code, warnings included.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems() =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>As <see cref="CompilationProblems()"/>, with <paramref name="userCode"/> added to the consumer: code that calls the generated client.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems(string userCode) =>
        Output.AddSyntaxTrees(CSharpSyntaxTree.ParseText(userCode, (CSharpParseOptions)Output.SyntaxTrees.First().Options))
            .GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
}
