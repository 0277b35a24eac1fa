using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Tallyfy.Generated.SourceGenerator.Analyzers;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

namespace Tallyfy.Generated.SourceGenerator.Tests.Exhaustive;

/// <summary>
/// A consumer compilation with a generated client (a result union, a <c>oneOf</c> union and a closed hierarchy) and
/// the package's analyzer and suppressor run over it, at a chosen language version.
/// </summary>
internal static class UnionSwitchHarness
{
    /// <summary>getThing answers Ok (a Thing), NotFound or Undocumented; Shape is Circle, Square or Unknown; Pet is Cat, Dog or Pet.Unknown.</summary>
    public const string Spec = """
        openapi: 3.0.3
        info:
          title: Zoo
          version: "1"
        paths:
          /things/{id}:
            get:
              operationId: getThing
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: "#/components/schemas/Thing"
                "404":
                  description: missing
          /pet:
            get:
              operationId: getPet
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: "#/components/schemas/Pet"
        components:
          schemas:
            Thing:
              type: object
              required: [id]
              properties:
                id: { type: string }
                shape: { $ref: "#/components/schemas/Shape" }
            Shape:
              oneOf:
                - $ref: "#/components/schemas/Circle"
                - $ref: "#/components/schemas/Square"
            Circle:
              type: object
              required: [radius]
              properties:
                radius: { type: number }
            Square:
              type: object
              required: [side]
              properties:
                side: { type: number }
            Pet:
              type: object
              required: [kind, name]
              discriminator:
                propertyName: kind
              properties:
                kind: { type: string }
                name: { type: string }
            Cat:
              allOf:
                - $ref: "#/components/schemas/Pet"
                - type: object
                  properties:
                    lives: { type: integer }
            Dog:
              allOf:
                - $ref: "#/components/schemas/Pet"
                - type: object
                  properties:
                    bark: { type: string }
        """;

    public static readonly CSharpParseOptions CSharp12 = new(LanguageVersion.CSharp12);

    public static readonly CSharpParseOptions Preview = new(LanguageVersion.Preview);

    /// <summary>The compilation of <paramref name="consumer"/> (in namespace Zoo's reach) with the generated client.</summary>
    public static Compilation Compile(string consumer, CSharpParseOptions options, string? more = null)
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { consumer, more }.Where(text => text is not null).Select((text, i) => CSharpSyntaxTree.ParseText(text!, options, path: "/src/Consumer" + i + ".cs")),
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var specs = new[] { new SpecText("/specs/zoo.yaml", Spec, ns: "Zoo", clientName: "ZooClient") };
        CSharpGeneratorDriver.Create(
                new[] { new OpenApiClientGenerator().AsSourceGenerator() },
                specs,
                options,
                new GeneratorHarness.OptionsProvider(specs, "Consumer"))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output;
    }

    /// <summary>Every warning and error of the compilation and the analyzers, suppressed ones included (see <see cref="Diagnostic.IsSuppressed"/>).</summary>
    public static IReadOnlyList<Diagnostic> Analyze(string consumer, CSharpParseOptions options) => Analyze(Compile(consumer, options));

    public static IReadOnlyList<Diagnostic> Analyze(Compilation compilation)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ExhaustiveSwitchAnalyzer(), new ExhaustiveSwitchSuppressor());
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true);
        return compilation.WithAnalyzers(analyzers, options)
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToList();
    }

    /// <summary>The diagnostics that reach the user: not suppressed.</summary>
    public static IReadOnlyList<Diagnostic> Reported(IReadOnlyList<Diagnostic> diagnostics) => diagnostics.Where(d => !d.IsSuppressed).ToList();

    /// <summary>A consumer file: <paramref name="members"/> inside a static class in namespace Zoo.</summary>
    public static string Consumer(string members) => "namespace Zoo;\n\npublic static class Use\n{\n" + members + "\n}\n";
}
