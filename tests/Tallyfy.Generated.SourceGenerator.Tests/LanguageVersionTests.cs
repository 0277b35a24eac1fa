using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// The generated code needs C# 11 (UTF-8 string literals among others): at that version and later it compiles
/// clean; below it the generator says so once per spec, at the spec, and emits nothing, instead of leaving the user a
/// wall of compiler errors inside generated files.
/// </summary>
public sealed class LanguageVersionTests
{
    private static SpecText[] Specs()
    {
        var features = Path.Combine(RepoPaths.Root, "tests", "Tallyfy.Generated.Features.Tests", "Specs");
        return new[]
        {
            GeneratorHarness.TallyfySpec(),
            new SpecText(Path.Combine(features, "features.openapi.yaml"), File.ReadAllText(Path.Combine(features, "features.openapi.yaml")), "Features", "FeaturesClient"),
            new SpecText(Path.Combine(features, "legacy.swagger.json"), File.ReadAllText(Path.Combine(features, "legacy.swagger.json")), "Legacy", "LegacyClient"),
        };
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp11)]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.CSharp13)]
    public void At_the_minimum_language_version_and_later_the_generated_code_compiles_clean(LanguageVersion version)
    {
        var run = GeneratorHarness.Run(new CSharpParseOptions(version, DocumentationMode.Diagnose), Specs());

        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "TGEN023");
        Assert.NotEmpty(run.Sources);
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp8)]
    public void Below_the_minimum_each_spec_gets_one_diagnostic_that_says_so_and_nothing_is_emitted(LanguageVersion version)
    {
        var specs = Specs();

        var run = GeneratorHarness.Run(new CSharpParseOptions(version), specs);

        Assert.Empty(run.Sources);
        Assert.Equal(specs.Select(s => s.Path).OrderBy(p => p), run.Diagnostics.Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p));
        Assert.All(run.Diagnostics, d =>
        {
            Assert.Equal("TGEN023", d.Id);
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Contains("C# 11", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        });
        Assert.Empty(run.CompilationProblems());
    }
}
