using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary><c>$ref</c>s into other files, which reach the generator as additional files like the spec itself.</summary>
public sealed class ExternalReferenceTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Ext, version: "1" }
        paths:
          /pets/{id}:
            get:
              operationId: getPet
              parameters:
                - $ref: "./schemas/common.yaml#/components/parameters/Id"
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: { $ref: "schemas/common.yaml#/components/schemas/Pet" }
        """;

    private const string Common = """
        components:
          parameters:
            Id: { name: id, in: path, required: true, schema: { type: string } }
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: { type: string }
                owner: { $ref: "#/components/schemas/Owner" }
            Owner:
              type: object
              properties:
                email: { type: string }
        """;

    [Fact]
    public void Schemas_and_parameters_in_another_file_are_generated_under_their_own_names()
    {
        var run = GeneratorHarness.Run(
            new SpecText("/repo/api/pets.yaml", Spec, "Pets", "PetsClient"),
            new SpecText("/repo/api/schemas/common.yaml", Common, isOpenApiClient: false));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var pet = run.Output.GetTypeByMetadataName("Pets.Pet")!;
        Assert.Equal("Pets.Owner", ((IPropertySymbol)pet.GetMembers("Owner").Single()).Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString());
        var method = run.Output.GetTypeByMetadataName("Pets.IPetsClient")!.GetMembers("GetPetAsync").OfType<IMethodSymbol>().Single();
        Assert.Equal("id", method.Parameters[0].Name);
    }

    [Fact]
    public void A_file_that_is_not_an_additional_file_is_reported_at_the_reference()
    {
        var run = GeneratorHarness.Run(new SpecText("/repo/api/pets.yaml", Spec, "Pets", "PetsClient"));

        var diagnostics = run.Diagnostics.Where(d => d.Id == "TGEN004").ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Contains("not among the additional files", d.GetMessage()));
        var first = diagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).First().Location.GetLineSpan();
        Assert.Equal("/repo/api/pets.yaml", first.Path);
        Assert.Equal(Spec.Split('\n').ToList().FindIndex(l => l.Contains("common.yaml#/components/parameters/Id")), first.StartLinePosition.Line);
    }

    [Fact]
    public void A_problem_inside_the_other_file_is_reported_in_that_file()
    {
        var broken = Common.Replace("#/components/schemas/Owner", "#/components/schemas/Nobody");

        var run = GeneratorHarness.Run(
            new SpecText("/repo/api/pets.yaml", Spec, "Pets", "PetsClient"),
            new SpecText("/repo/api/schemas/common.yaml", broken, isOpenApiClient: false));

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id is not ("TGEN026" or "TGEN027"));
        Assert.Equal("TGEN004", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/repo/api/schemas/common.yaml", span.Path);
        Assert.Equal(broken.Split('\n').ToList().FindIndex(l => l.Contains("Nobody")), span.StartLinePosition.Line);
    }

    [Fact]
    public void Editing_the_referenced_file_regenerates_and_editing_an_unrelated_one_does_not()
    {
        var spec = new SpecText("/repo/api/pets.yaml", Spec, "Pets", "PetsClient");
        var common = new SpecText("/repo/api/schemas/common.yaml", Common, isOpenApiClient: false);
        var unrelated = new SpecText("/repo/other/settings.json", "{ \"a\": 1 }", isOpenApiClient: false);
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(new[] { spec, common, unrelated }).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(unrelated, new SpecText(unrelated.Path, "{ \"a\": 2 }", isOpenApiClient: false)).RunGenerators(compilation);
        var afterUnrelated = driver.GetRunResult().Results.Single();
        Assert.All(afterUnrelated.TrackedSteps[TrackingNames.Parsed].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        var edited = new SpecText(common.Path, Common.Replace("email: { type: string }", "email: { type: string }\n        phone: { type: string }"), isOpenApiClient: false);
        driver = driver.ReplaceAdditionalText(common, edited).RunGenerators(compilation);
        var afterEdit = driver.GetRunResult().Results.Single();
        Assert.Equal(IncrementalStepRunReason.Modified, afterEdit.TrackedSteps[TrackingNames.Parsed].Single().Outputs.Single().Reason);
        Assert.Contains("Phone", afterEdit.GeneratedSources.Single(s => s.HintName == "PetsClient.Models.Owner.g.cs").SourceText.ToString());
    }
}
