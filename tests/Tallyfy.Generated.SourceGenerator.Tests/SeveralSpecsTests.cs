using System.Linq;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>Several <c>&lt;OpenApiClient&gt;</c> items in one project: in different namespaces, and in one.</summary>
public sealed class SeveralSpecsTests
{
    [Fact]
    public void Two_specs_in_different_namespaces_compile_side_by_side_each_with_its_support_code()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.TallyfySpec(),
            new SpecText("/specs/pets.json", MiniSpecs.WithOperation("getThing"), "Pets", "PetsClient"));

        Assert.Empty(run.Diagnostics);
        Assert.Equal(2, run.Sources.Count(s => s.HintName.EndsWith("ApiSupport.g.cs", System.StringComparison.Ordinal)));
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Fact]
    public void Two_specs_in_one_namespace_share_one_support_file_and_compile_when_their_names_differ()
    {
        var run = GeneratorHarness.Run(
            GeneratorHarness.TallyfySpec(),
            new SpecText("/specs/pets.json", MiniSpecs.WithOperation("getThing"), "Tallyfy", "PetsClient"));

        Assert.Empty(run.Diagnostics);
        Assert.Single(run.Sources, s => s.HintName.EndsWith("ApiSupport.g.cs", System.StringComparison.Ordinal));
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Fact]
    public void Two_specs_in_one_namespace_that_declare_the_same_type_give_one_diagnostic_naming_it_not_a_wall_of_CS0101()
    {
        var run = GeneratorHarness.Run(
            new SpecText("/specs/a.json", MiniSpecs.WithOperation("getThing"), "Shared", "AClient"),
            new SpecText("/specs/b.json", MiniSpecs.WithOperation("fetchThing"), "Shared", "BClient"));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN024", diagnostic.Id);
        Assert.Equal("/specs/b.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(
            "This spec's client is not generated: its type 'Thing' is also declared in namespace Shared by the client of '/specs/a.json'; give one of the OpenApiClient items another Namespace",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(run.Sources, s => s.HintName.StartsWith("AClient", System.StringComparison.Ordinal));
        Assert.DoesNotContain(run.Sources, s => s.HintName.StartsWith("BClient", System.StringComparison.Ordinal));
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }
}
