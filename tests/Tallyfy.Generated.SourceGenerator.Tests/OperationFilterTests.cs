using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// An item's IncludePaths, ExcludePaths and IncludeTags: which operations are generated, which schema types they reach
/// (a discriminator's derived types included), the TGEN050–TGEN052 diagnostics, and the filter as a cached input.
/// </summary>
public sealed class OperationFilterTests
{
    internal const string Spec = """
        openapi: 3.0.3
        info:
          title: Shop
          version: "1"
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [pets]
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          $ref: "#/components/schemas/Pet"
            post:
              operationId: createPet
              tags: [pets]
              requestBody:
                content:
                  application/json:
                    schema:
                      $ref: "#/components/schemas/NewPet"
              responses:
                "204":
                  description: done
          /pets/{petId}:
            delete:
              operationId: deletePet
              tags: [pets]
              parameters:
                - { name: petId, in: path, required: true, schema: { type: string } }
              responses:
                "204":
                  description: done
          /dogs/{dogId}:
            get:
              operationId: getDog
              tags: [dogs]
              parameters:
                - { name: dogId, in: path, required: true, schema: { type: string } }
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: "#/components/schemas/Dog"
          /owners:
            get:
              operationId: listOwners
              tags: [owners]
              responses:
                "200":
                  description: ok
                  headers:
                    X-Rate:
                      schema:
                        $ref: "#/components/schemas/Rate"
                  content:
                    application/json:
                      schema:
                        $ref: "#/components/schemas/OwnerPage"
          /stores/{storeId}/inventory:
            get:
              operationId: getInventory
              tags: [store]
              parameters:
                - { name: storeId, in: path, required: true, schema: { type: string } }
                - { name: sort, in: query, schema: { $ref: "#/components/schemas/SortOrder" } }
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        additionalProperties:
                          $ref: "#/components/schemas/Stock"
        components:
          schemas:
            Pet:
              type: object
              required: [kind]
              discriminator:
                propertyName: kind
                mapping:
                  cat: "#/components/schemas/Cat"
                  dog: "#/components/schemas/Dog"
              properties:
                kind: { type: string }
                name: { type: string }
            Cat:
              allOf:
                - $ref: "#/components/schemas/Pet"
                - type: object
                  properties:
                    toy: { $ref: "#/components/schemas/Toy" }
            Dog:
              allOf:
                - $ref: "#/components/schemas/Pet"
                - type: object
                  properties:
                    bark: { type: string }
            Toy:
              type: object
              properties:
                label: { type: string }
            NewPet:
              type: object
              properties:
                name: { type: string }
            OwnerPage:
              type: object
              properties:
                items:
                  type: array
                  items: { $ref: "#/components/schemas/Owner" }
            Owner:
              type: object
              properties:
                address: { $ref: "#/components/schemas/Address" }
                contact:
                  oneOf:
                    - { $ref: "#/components/schemas/Email" }
                    - { $ref: "#/components/schemas/Phone" }
              additionalProperties: { $ref: "#/components/schemas/Note" }
            Address:
              type: object
              properties:
                city: { type: string }
            Email:
              type: object
              required: [email]
              properties:
                email: { type: string }
            Phone:
              type: object
              required: [phone]
              properties:
                phone: { type: string }
            Note:
              type: object
              properties:
                text: { type: string }
            Rate:
              type: integer
              enum: [1, 2]
            SortOrder:
              type: string
              enum: [asc, desc]
            Stock:
              type: object
              properties:
                count: { type: integer }
            WebhookPayload:
              type: object
              properties:
                event: { type: string }
        """;

    internal static readonly string[] AllOperations = { "ListPets", "CreatePet", "DeletePet", "GetDog", "ListOwners", "GetInventory" };

    private static readonly string[] AllTypes =
    {
        "Pet", "Cat", "Dog", "Toy", "NewPet", "OwnerPage", "Owner", "Address", "Email", "Phone", "Note", "Rate", "SortOrder", "Stock", "WebhookPayload",
    };

    private static GeneratorRun Run(string? includePaths = null, string? excludePaths = null, string? includeTags = null) =>
        GeneratorHarness.Run(new SpecText("/specs/shop.yaml", Spec, "Shop", "ShopClient")
        {
            IncludePaths = includePaths,
            ExcludePaths = excludePaths,
            IncludeTags = includeTags,
        });

    /// <summary>The operations the client has (by their result types) and the schema types emitted.</summary>
    private static (string[] Operations, string[] Types) Shape(GeneratorRun run) =>
        (AllOperations.Where(name => run.Output.GetTypeByMetadataName("Shop." + name + "Result") is not null).ToArray(),
         AllTypes.Where(name => run.Output.GetTypeByMetadataName("Shop." + name) is not null).ToArray());

    private static void AssertCompilesClean(GeneratorRun run)
    {
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Without_a_filter_every_operation_and_every_schema_type_they_use_is_emitted()
    {
        var run = Run();

        AssertCompilesClean(run);
        // WebhookPayload, which no operation uses, is left out (UnusedSchemaTests).
        Assert.Equal("TGEN053", Assert.Single(run.Diagnostics).Id);
        var (operations, types) = Shape(run);
        Assert.Equal(AllOperations, operations);
        Assert.Equal(AllTypes.Where(name => name != "WebhookPayload"), types);
    }

    [Fact]
    public void An_include_path_with_a_method_keeps_that_operation_and_the_types_it_reaches_with_every_derived_type()
    {
        var run = Run(includePaths: "/pets#GET");

        AssertCompilesClean(run);
        Assert.Empty(run.Diagnostics);
        var (operations, types) = Shape(run);
        Assert.Equal(new[] { "ListPets" }, operations);
        // Pet is a discriminated base: reading it needs Cat and Dog, and Cat reaches Toy.
        Assert.Equal(new[] { "Pet", "Cat", "Dog", "Toy" }, types);
        var client = run.Output.GetTypeByMetadataName("Shop.ShopClient")!;
        Assert.Contains(client.GetMembers(), m => m.Name.StartsWith("ListPets", System.StringComparison.Ordinal));
        Assert.DoesNotContain(client.GetMembers(), m => m.Name.StartsWith("CreatePet", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_derived_type_keeps_its_base_and_the_bases_other_derived_types()
    {
        var run = Run(includePaths: "/dogs/*");

        AssertCompilesClean(run);
        var (operations, types) = Shape(run);
        Assert.Equal(new[] { "GetDog" }, operations);
        Assert.Equal(new[] { "Pet", "Cat", "Dog", "Toy" }, types);
    }

    [Fact]
    public void Types_are_reached_through_items_unions_maps_headers_and_parameters()
    {
        var run = Run(includePaths: "/owners;/stores/**");

        AssertCompilesClean(run);
        var (operations, types) = Shape(run);
        Assert.Equal(new[] { "ListOwners", "GetInventory" }, operations);
        Assert.Equal(new[] { "OwnerPage", "Owner", "Address", "Email", "Phone", "Note", "Rate", "SortOrder", "Stock" }, types);
    }

    [Fact]
    public void Tags_and_paths_add_up_and_exclusions_win()
    {
        var run = Run(includePaths: "/owners", excludePaths: "/pets/**#DELETE,post", includeTags: "pets");

        AssertCompilesClean(run);
        Assert.Empty(run.Diagnostics);
        var (operations, types) = Shape(run);
        Assert.Equal(new[] { "ListPets", "ListOwners" }, operations);
        Assert.DoesNotContain("NewPet", types);
        Assert.DoesNotContain("WebhookPayload", types);
    }

    [Fact]
    public void An_exclusion_alone_keeps_the_rest_and_drops_only_what_nothing_reaches()
    {
        var run = Run(excludePaths: "/stores/{storeId}/inventory");

        AssertCompilesClean(run);
        var (operations, types) = Shape(run);
        Assert.Equal(new[] { "ListPets", "CreatePet", "DeletePet", "GetDog", "ListOwners" }, operations);
        Assert.DoesNotContain("Stock", types);
        Assert.DoesNotContain("SortOrder", types);
        Assert.DoesNotContain("WebhookPayload", types);
    }

    [Theory]
    [InlineData("/pets#get", new[] { "ListPets" })]
    [InlineData("/**/inventory", new[] { "GetInventory" })]
    [InlineData("pets", new[] { "ListPets", "CreatePet" })]
    [InlineData("/pets/*", new[] { "DeletePet" })]
    [InlineData("/pets/{petId}", new[] { "DeletePet" })]
    [InlineData("/pets/**", new[] { "ListPets", "CreatePet", "DeletePet" })]
    [InlineData("/*s/{*Id}", new[] { "DeletePet", "GetDog" })]
    public void Patterns_match_the_path_template_by_segments(string pattern, string[] expected)
    {
        var run = Run(includePaths: pattern);

        AssertCompilesClean(run);
        Assert.Equal(expected, Shape(run).Operations);
    }

    [Fact]
    public void A_pattern_or_tag_that_matches_no_operation_is_a_warning_naming_it()
    {
        var run = Run(includePaths: "/Pets;/pets", excludePaths: "/pets#PUT", includeTags: "nope");

        AssertCompilesClean(run);
        var messages = run.Diagnostics.Select(d => (d.Id, d.Severity, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(
            new[]
            {
                ("TGEN051", DiagnosticSeverity.Warning, "The IncludePaths (--include-path) entry '/Pets' matches no operation of this spec"),
                ("TGEN051", DiagnosticSeverity.Warning, "The ExcludePaths (--exclude-path) entry '/pets#PUT' matches no operation of this spec"),
                ("TGEN051", DiagnosticSeverity.Warning, "The IncludeTags (--include-tag) entry 'nope' matches no operation of this spec"),
            },
            messages);
        Assert.All(run.Diagnostics, d => Assert.Equal("/specs/shop.yaml", d.Location.GetLineSpan().Path));
        Assert.Equal(new[] { "ListPets", "CreatePet" }, Shape(run).Operations);
    }

    [Theory]
    [InlineData("/pets;", "", "a pattern cannot be empty")]
    [InlineData("/pets#", "/pets#", "'#' must be followed by methods separated by commas, such as #GET or #POST,PUT")]
    [InlineData("/pets#GET,", "/pets#GET,", "'#' must be followed by methods separated by commas, such as #GET or #POST,PUT")]
    [InlineData("#GET", "#GET", "the pattern has no path before '#' (for every path write /**#GET)")]
    [InlineData("/pets#GE T", "/pets#GE T", "'GE T' is not an HTTP method name (a path item's GET, PUT, POST, DELETE, OPTIONS, HEAD, PATCH, TRACE, QUERY, or an OpenAPI 3.2 additional operation's, such as COPY)")]
    [InlineData("/pets#GET(", "/pets#GET(", "'GET(' is not an HTTP method name (a path item's GET, PUT, POST, DELETE, OPTIONS, HEAD, PATCH, TRACE, QUERY, or an OpenAPI 3.2 additional operation's, such as COPY)")]
    public void A_malformed_pattern_is_an_error_and_nothing_is_generated(string includePaths, string entry, string problem)
    {
        var run = Run(includePaths: includePaths);

        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN050", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(
            $"The IncludePaths (--include-path) entry '{entry}' is malformed: {problem}; nothing is generated from this spec until it is fixed",
            error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_method_of_no_fixed_field_may_name_an_additional_operation_and_here_matches_nothing()
    {
        // OpenAPI 3.2's additionalOperations take any method (COPY, PURGE): a pattern may name one. In this 3.0 spec no
        // operation has it, which TGEN051 says, as for any entry that matches nothing.
        var run = Run(includePaths: "/pets#FETCH;/owners");

        var warning = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN051", warning.Id);
        Assert.Equal("The IncludePaths (--include-path) entry '/pets#FETCH' matches no operation of this spec", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new[] { "ListOwners" }, Shape(run).Operations);
    }

    [Fact]
    public void An_empty_tag_is_malformed_too()
    {
        var run = Run(includeTags: "pets;;owners");

        var error = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN050", error.Id);
        Assert.Contains("IncludeTags (--include-tag) entry '' is malformed: a tag cannot be empty", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void A_filter_that_keeps_no_operation_warns_and_emits_an_empty_client_that_compiles()
    {
        var run = Run(includePaths: "/pets", excludePaths: "/pets");

        AssertCompilesClean(run);
        var warning = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN052", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(
            "The filter keeps none of the spec's 6 operations: the client is emitted without operations or schema types",
            warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Shop.ShopClient"));
        var (operations, types) = Shape(run);
        Assert.Empty(operations);
        Assert.Empty(types);
    }

    [Fact]
    public void The_support_file_shrinks_with_the_client()
    {
        var whole = Run().Source("ApiSupport.g.cs");
        var part = Run(includePaths: "/pets/{petId}").Source("ApiSupport.g.cs");

        Assert.True(part.Length < whole.Length, $"support {part.Length} B filtered vs {whole.Length} B whole");
    }

    [Fact]
    public void Changing_the_filter_reparses_and_an_unrelated_edit_reruns_no_step()
    {
        var spec = new SpecText("/specs/shop.yaml", Spec, "Shop", "ShopClient") { IncludePaths = "/pets#GET" };
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(new[] { spec }).RunGenerators(compilation);

        IncrementalAssert.UnrelatedEditRerunsNoStep(driver, compilation);

        var widened = new SpecText(spec.Path, Spec, "Shop", "ShopClient") { IncludePaths = "/pets#GET;/owners" };
        driver = driver.WithUpdatedAnalyzerConfigOptions(new GeneratorHarness.OptionsProvider(new[] { widened }, "Consumer")).RunGenerators(compilation);
        var changed = driver.GetRunResult().Results.Single();
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, changed.TrackedSteps[TrackingNames.Parsed].SelectMany(s => s.Outputs).Select(o => o.Reason));
        Assert.Contains(changed.GeneratedSources, s => s.HintName == "ShopClient.ListOwnersResult.g.cs");
    }

    [Fact]
    public void The_command_line_selects_as_the_build_does_and_writes_the_same_files()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("tallyfy-filter-").FullName;
        try
        {
            var specPath = System.IO.Path.Combine(folder, "shop.yaml");
            System.IO.File.WriteAllText(specPath, Spec);
            var outDir = System.IO.Path.Combine(folder, "out");
            using var output = new System.IO.StringWriter();
            using var error = new System.IO.StringWriter();

            var exitCode = Tallyfy.Generated.Cli.CommandLine.Run(
                new[] { "generate", specPath, "--out", outDir, "--namespace", "Shop", "--client-name", "ShopClient", "--include-path", "/pets#GET", "--include-path", "/owners", "--exclude-path", "/owners#POST,GET", "--include-tag", "store" },
                output,
                error);

            Assert.True(exitCode == 0, error.ToString());
            Assert.Equal(string.Empty, error.ToString());
            var run = Run(includePaths: "/pets#GET;/owners", excludePaths: "/owners#POST,GET", includeTags: "store");
            var written = System.IO.Directory.GetFiles(outDir).Select(System.IO.Path.GetFileName).OrderBy(name => name, System.StringComparer.Ordinal).ToList();
            Assert.Equal(run.Sources.Select(s => s.HintName).OrderBy(name => name, System.StringComparer.Ordinal), written);
            foreach (var source in run.Sources)
            {
                Assert.Equal(source.SourceText.ToString(), System.IO.File.ReadAllText(System.IO.Path.Combine(outDir, source.HintName)));
            }

            Assert.Contains("ShopClient.ListPetsResult.g.cs", written);
            Assert.Contains("ShopClient.GetInventoryResult.g.cs", written);
            Assert.DoesNotContain("ShopClient.ListOwnersResult.g.cs", written);

            using var checkOutput = new System.IO.StringWriter();
            using var checkError = new System.IO.StringWriter();
            Assert.Equal(0, Tallyfy.Generated.Cli.CommandLine.Run(new[] { "check", specPath, "--include-path", "/pets#GET", "--include-path", "/nowhere" }, checkOutput, checkError));
            Assert.Contains("warning TGEN051: The IncludePaths (--include-path) entry '/nowhere' matches no operation of this spec", checkError.ToString(), System.StringComparison.Ordinal);
            Assert.Contains("shop.yaml: 1 operations, 4 types", checkOutput.ToString(), System.StringComparison.Ordinal);

            using var badOutput = new System.IO.StringWriter();
            using var badError = new System.IO.StringWriter();
            Assert.Equal(1, Tallyfy.Generated.Cli.CommandLine.Run(new[] { "diff", specPath, specPath, "--exclude-path", "/pets#" }, badOutput, badError));
            Assert.Contains("error TGEN050: The ExcludePaths (--exclude-path) entry '/pets#' is malformed", badError.ToString(), System.StringComparison.Ordinal);
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}
