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
    public void Two_specs_in_different_namespaces_with_the_same_client_name_compile_side_by_side_their_files_named_by_namespace()
    {
        // Two documents of one API (say its OpenAPI 3.0 and its Swagger 2.0) whose items differ only in Namespace.
        var run = GeneratorHarness.Run(
            new SpecText("/specs/v3.json", MiniSpecs.WithOperation("getThing"), "Shop.V3", "ShopClient"),
            new SpecText("/specs/v2.json", MiniSpecs.WithOperation("getThing"), "Shop.V2", "ShopClient"));

        Assert.Empty(run.Diagnostics);
        Assert.Contains(run.Sources, s => s.HintName == "Shop.V3.ShopClient.g.cs");
        Assert.Contains(run.Sources, s => s.HintName == "Shop.V2.ShopClient.g.cs");
        Assert.Contains(run.Sources, s => s.HintName == "Shop.V2.ShopClient.Models.Thing.g.cs");
        var problems = run.CompilationProblems("""
            namespace Use;

            internal static class Calls
            {
                public static System.Threading.Tasks.Task<Shop.V3.GetThingResult> A(Shop.V3.IShopClient client) => client.GetThingAsync("1");

                public static System.Threading.Tasks.Task<Shop.V2.GetThingResult> B(Shop.V2.IShopClient client) => client.GetThingAsync("1");
            }
            """);
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
    public void Two_specs_in_one_namespace_that_declare_the_same_schema_alike_share_one_type_and_both_clients_compile()
    {
        var run = GeneratorHarness.Run(
            new SpecText("/specs/a.json", MiniSpecs.WithOperation("getThing"), "Shared", "AClient"),
            new SpecText("/specs/b.json", MiniSpecs.WithOperation("fetchThing"), "Shared", "BClient"));

        Assert.Empty(run.Diagnostics);
        Assert.Single(run.Sources, s => s.HintName.EndsWith(".Models.Thing.g.cs", System.StringComparison.Ordinal));
        Assert.Contains(run.Sources, s => s.HintName == "BClient.g.cs");
        var problems = run.CompilationProblems("""
            namespace Use;

            internal static class Calls
            {
                public static System.Threading.Tasks.Task<Shared.GetThingResult> A(Shared.IAClient client) => client.GetThingAsync("1");

                public static System.Threading.Tasks.Task<Shared.FetchThingResult> B(Shared.IBClient client) => client.FetchThingAsync("1");

                public static string? Size(Shared.FetchThingResult result) => result is Shared.FetchThingResult.Ok ok ? ok.Body.Id : null;
            }
            """);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Fact]
    public void Two_specs_in_one_namespace_that_declare_the_same_type_differently_give_one_diagnostic_naming_it_and_the_fix()
    {
        var other = MiniSpecs.WithOperation("fetchThing").Replace("\"size\": { \"type\": \"integer\", \"format\": \"int32\" }", "\"size\": { \"type\": \"string\" }", System.StringComparison.Ordinal);
        var run = GeneratorHarness.Run(
            new SpecText("/specs/a.json", MiniSpecs.WithOperation("getThing"), "Shared", "AClient"),
            new SpecText("/specs/b.json", other, "Shared", "BClient"));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN024", diagnostic.Id);
        Assert.Equal("/specs/b.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(
            "This spec's client is not generated: its type 'Thing' is also declared, differently, in namespace Shared by the client of '/specs/a.json'; give one of the OpenApiClient items its own Namespace, for example Namespace=\"Shared.B\" on the item of this spec",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(run.Sources, s => s.HintName.StartsWith("AClient", System.StringComparison.Ordinal));
        Assert.DoesNotContain(run.Sources, s => s.HintName.StartsWith("BClient", System.StringComparison.Ordinal));
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Fact]
    public void Two_specs_in_one_namespace_with_the_same_operation_give_the_diagnostic_naming_its_result_type()
    {
        var run = GeneratorHarness.Run(
            new SpecText("/specs/a.json", MiniSpecs.WithOperation("getThing"), "Shared", "AClient"),
            new SpecText("/specs/b.json", MiniSpecs.WithOperation("getThing"), "Shared", "BClient"));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN024", diagnostic.Id);
        Assert.Contains("'GetThingResult'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }
}
