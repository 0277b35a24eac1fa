using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// allOf + discriminator at the generator level: which schemas become a hierarchy, closed or open, what stays flattened,
/// and the TGEN019 warning where a discriminator cannot be honoured.
/// </summary>
public sealed class HierarchyTests
{
    /// <summary>A 3.0 spec whose one operation answers with Pet; <paramref name="schemas"/> is indented by 4.</summary>
    private static string Spec(string schemas) => $"""
        openapi: 3.0.3
        info:
          title: Zoo
          version: "1"
        paths:
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
        {schemas}
        """;

    private const string Subtypes = """
            Cat:
              allOf:
                - $ref: "#/components/schemas/Pet"
                - type: object
                  properties:
                    lives:
                      type: integer
            Dog:
              allOf:
                - $ref: "#/components/schemas/Pet"
                - type: object
                  properties:
                    bark:
                      type: string
        """;

    private static string Pet(string discriminator, string kindSchema = "type: string") => $"""
            Pet:
              type: object
              required: [kind, name]
        {discriminator}
              properties:
                kind:
                  {kindSchema}
                name:
                  type: string
        """;

    private static string Source(GeneratorRun run, string type) => run.Source(".Models." + type + ".g.cs");

    private static GeneratorRun Run(string text)
    {
        // Subtypes flattened or left out of a mapping are not reached from Pet: every schema is kept to read them all.
        var run = GeneratorHarness.Run(new SpecText("/specs/zoo.yaml", text) { KeepUnusedSchemas = "true" });
        Assert.Empty(run.CompilationProblems());
        return run;
    }

    [Fact]
    public void Without_a_mapping_the_hierarchy_is_closed_abstract_with_Match_and_the_discriminator_is_not_required()
    {
        var run = Run(Spec(Pet("      discriminator:\n        propertyName: kind") + "\n" + Subtypes));

        Assert.Empty(run.Diagnostics);
        var pet = Source(run, "Pet");
        Assert.Contains("public abstract partial class Pet", pet, System.StringComparison.Ordinal);
        Assert.Contains("private protected Pet()", pet, System.StringComparison.Ordinal);
        Assert.Contains("public sealed class Unknown : Pet", pet, System.StringComparison.Ordinal);
        Assert.Contains("public TResult Match<TResult>(", pet, System.StringComparison.Ordinal);
        Assert.Contains("public string? Kind { get; init; }", pet, System.StringComparison.Ordinal);
        Assert.Contains("public required string Name { get; init; }", pet, System.StringComparison.Ordinal);
        Assert.Contains("case \"Cat\":", pet, System.StringComparison.Ordinal);
        var cat = Source(run, "Cat");
        Assert.Contains("public sealed partial class Cat : Pet", cat, System.StringComparison.Ordinal);
        Assert.Contains("Kind = \"Cat\";", cat, System.StringComparison.Ordinal);
        // Inherited properties are declared once, by the base.
        Assert.DoesNotContain("string Name { get; init; }", cat, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_discriminator_a_union_requires_is_preset_in_each_variant_that_fixes_it_to_one_value_and_left_optional_elsewhere()
    {
        // As ASP.NET Core writes a [JsonPolymorphic] type: the union requires kind, the variants declare it without requiring it.
        var run = Run(Spec("""
                Pet:
                  type: object
                  required: [kind]
                  anyOf:
                    - $ref: "#/components/schemas/Cat"
                    - $ref: "#/components/schemas/Dog"
                    - $ref: "#/components/schemas/Bird"
                  discriminator:
                    propertyName: kind
                    mapping:
                      cat: "#/components/schemas/Cat"
                      dog: "#/components/schemas/Dog"
                      bird: "#/components/schemas/Bird"
                Cat:
                  properties:
                    kind:
                      type: string
                      enum: [cat]
                Dog:
                  properties:
                    kind:
                      type: string
                      const: dog
                Bird:
                  properties:
                    kind:
                      type: string
            """));

        Assert.Empty(run.Diagnostics);
        Assert.Contains("public CatKind Kind { get; init; } = CatKind.Cat;", Source(run, "Cat"), System.StringComparison.Ordinal);
        Assert.Contains("public string Kind { get; init; } = \"dog\";", Source(run, "Dog"), System.StringComparison.Ordinal);
        // A variant whose discriminator may be any string gains no member its callers must set.
        Assert.Contains("public string? Kind { get; init; }", Source(run, "Bird"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_union_discriminator_without_a_mapping_also_reads_the_value_each_variant_fixes_it_to()
    {
        // As @fastify/swagger writes an Ajv discriminator: no mapping, each variant fixes the property to one value
        // (Ajv requires a const or enum there, and the client presets it). The implicit value, the schema's name, still
        // reads; so does the value the variant fixes, which is the only one the variant validates.
        var run = Run(Spec("""
                Pet:
                  type: object
                  oneOf:
                    - $ref: "#/components/schemas/Cat"
                    - $ref: "#/components/schemas/Dog"
                    - $ref: "#/components/schemas/Bird"
                  discriminator:
                    propertyName: kind
                Cat:
                  type: object
                  required: [kind]
                  properties:
                    kind:
                      type: string
                      enum: [cat]
                Dog:
                  type: object
                  required: [kind]
                  properties:
                    kind:
                      type: string
                      enum: [Cat]
                Bird:
                  type: object
                  properties:
                    kind:
                      type: string
            """));

        Assert.Empty(run.Diagnostics);
        var pet = Source(run, "Pet");
        Assert.Contains("case \"Cat\":\n\t\t\t\tcase \"cat\":", pet.ReplaceLineEndings("\n"), System.StringComparison.Ordinal);
        Assert.Contains("case \"Dog\":", pet, System.StringComparison.Ordinal);
        Assert.Contains("case \"Bird\":", pet, System.StringComparison.Ordinal);
        // Dog's fixed value is Cat's name, which stays Cat's; Bird fixes nothing.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(pet, "case \"Cat\":"));
    }

    [Fact]
    public void A_mapping_that_leaves_a_subtype_out_or_names_the_base_makes_an_open_concrete_base()
    {
        var run = Run(Spec(Pet("      discriminator:\n        propertyName: kind\n        mapping:\n          pet: \"#/components/schemas/Pet\"\n          \"cat v2\": Cat") + "\n" + Subtypes));

        Assert.Empty(run.Diagnostics);
        var pet = Source(run, "Pet");
        Assert.Contains("public partial class Pet", pet, System.StringComparison.Ordinal);
        Assert.DoesNotContain("abstract", pet, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Match", pet, System.StringComparison.Ordinal);
        Assert.Contains("Kind = \"pet\";", pet, System.StringComparison.Ordinal);
        Assert.Contains("case \"cat v2\":", pet, System.StringComparison.Ordinal);
        // Dog, not in the mapping, is still named by its schema name.
        Assert.Contains("case \"Dog\":", pet, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_discriminator_that_is_not_a_string_property_is_TGEN019_at_propertyName_and_the_subtypes_are_flattened()
    {
        var text = Spec(Pet("      discriminator:\n        propertyName: kind", "type: integer") + "\n" + Subtypes);

        var run = Run(text);

        var warning = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN019", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("'kind' is not a string property", warning.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("propertyName: kind", text.Split('\n')[warning.Location.GetLineSpan().StartLinePosition.Line], System.StringComparison.Ordinal);
        var cat = Source(run, "Cat");
        Assert.Contains("public sealed partial class Cat", cat, System.StringComparison.Ordinal);
        Assert.DoesNotContain(" : Pet", cat, System.StringComparison.Ordinal);
        Assert.Contains("public required string Name { get; init; }", cat, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapping_to_a_schema_that_does_not_allOf_the_base_is_TGEN019_at_the_entry()
    {
        var text = Spec(Pet("      discriminator:\n        propertyName: kind\n        mapping:\n          cat: Cat\n          rock: \"#/components/schemas/Rock\"") + "\n" + Subtypes + "\n" + """
                Rock:
                  type: object
                  properties:
                    weight:
                      type: number
            """);

        var run = Run(text);

        var warning = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN019", warning.Id);
        Assert.Contains("'rock' names '#/components/schemas/Rock'", warning.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("rock:", text.Split('\n')[warning.Location.GetLineSpan().StartLinePosition.Line], System.StringComparison.Ordinal);
        Assert.Contains("case \"cat\":", Source(run, "Pet"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_discriminator_on_a_schema_that_is_not_an_object_is_TGEN019()
    {
        var text = Spec(Pet(string.Empty) + "\n" + """
                Code:
                  type: string
                  discriminator:
                    propertyName: kind
            """);

        var run = Run(text);

        var warning = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN019", warning.Id);
        Assert.Contains("not an object", warning.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void AllOf_without_a_discriminator_keeps_flattening_and_every_object_keeps_undeclared_members()
    {
        var run = Run(Spec(Pet(string.Empty) + "\n" + Subtypes));

        Assert.Empty(run.Diagnostics);
        var cat = Source(run, "Cat");
        Assert.Contains("public sealed partial class Cat", cat, System.StringComparison.Ordinal);
        Assert.Contains("public required string Name { get; init; }", cat, System.StringComparison.Ordinal);
        Assert.Contains("IDictionary<string, JsonElement>? AdditionalProperties { get; init; }", cat, System.StringComparison.Ordinal);
        Assert.Contains("_additionalProperties = ApiJson.KeepMember(ref reader, _additionalProperties);", cat, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_Swagger_2_discriminator_string_with_multi_level_subtypes_and_x_ms_discriminator_value_builds_the_hierarchy()
    {
        const string Text = """
            {
              "swagger": "2.0",
              "info": { "title": "Fish", "version": "1" },
              "paths": {
                "/fish": { "get": { "operationId": "getFish", "produces": ["application/json"],
                  "responses": { "200": { "description": "ok", "schema": { "$ref": "#/definitions/Fish" } } } } }
              },
              "definitions": {
                "Fish": { "type": "object", "discriminator": "fishtype", "required": ["fishtype"],
                  "properties": { "fishtype": { "type": "string" }, "siblings": { "type": "array", "items": { "$ref": "#/definitions/Fish" } } } },
                "Salmon": { "allOf": [ { "$ref": "#/definitions/Fish" } ], "properties": { "wild": { "type": "boolean" } } },
                "SmartSalmon": { "x-ms-discriminator-value": "smart_salmon", "allOf": [ { "$ref": "#/definitions/Salmon" } ],
                  "properties": { "degree": { "type": "string" } } }
              }
            }
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/fish.json", Text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var fish = Source(run, "Fish");
        Assert.Contains("case \"smart_salmon\":", fish, System.StringComparison.Ordinal);
        Assert.Contains("Salmon.ReadCore(ref reader)", fish, System.StringComparison.Ordinal);
        var salmon = Source(run, "Salmon");
        Assert.Contains("public partial class Salmon : Fish", salmon, System.StringComparison.Ordinal);
        Assert.Contains("Fishtype = \"Salmon\";", salmon, System.StringComparison.Ordinal);
        Assert.Contains("public sealed partial class SmartSalmon : Salmon", Source(run, "SmartSalmon"), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("additionalProperties: true", "JsonElement")]
    [InlineData("additionalProperties: {type: object}", "JsonElement")]
    [InlineData("additionalProperties: {}", "JsonElement")]
    [InlineData("additionalProperties: {type: string}", "string")]
    [InlineData("additionalProperties: {type: integer, format: int32, nullable: true}", "int?")]
    public void Properties_beside_additionalProperties_keep_the_rest_in_a_typed_dictionary(string additional, string valueType)
    {
        var run = Run(Spec(Pet(string.Empty).Replace("required: [kind, name]", "required: [kind, name]\n      " + additional, System.StringComparison.Ordinal)));

        Assert.Empty(run.Diagnostics);
        var pet = Source(run, "Pet");
        Assert.Contains("IDictionary<string, " + valueType + ">? AdditionalProperties { get; init; }", pet, System.StringComparison.Ordinal);
        Assert.Contains("public required string Name { get; init; }", pet, System.StringComparison.Ordinal);
    }
}
