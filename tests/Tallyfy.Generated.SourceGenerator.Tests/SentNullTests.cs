using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// An optional member whose schema allows null, in a class a request sends, remembers whether it was set (a support
/// <c>ApiOptional&lt;T&gt;</c> beside the value): set to null it is sent as null (a JSON merge patch's "remove"), never
/// set it is left out. Classes only responses reach keep plain properties; a hierarchy shares the field with its derived
/// classes' writers.
/// </summary>
public sealed class SentNullTests
{
    private const string Spec = """
        {
          "openapi": "3.1.0",
          "info": { "title": "N", "version": "1" },
          "servers": [ { "url": "https://example.test" } ],
          "paths": {
            "/pets/{id}": {
              "patch": { "operationId": "patchPet",
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
                "requestBody": { "content": { "application/merge-patch+json": { "schema": { "$ref": "#/components/schemas/PetPatch" } } } },
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Pet" } } } } } }
            },
            "/shapes": {
              "post": { "operationId": "addShape",
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Shape" } } } },
                "responses": { "204": { "description": "added" } } }
            }
          },
          "components": { "schemas": {
            "PetPatch": { "type": "object", "properties": {
              "name": { "type": "string" },
              "tag": { "type": ["string", "null"] },
              "age": { "type": "integer", "nullable": true },
              "owner": { "anyOf": [ { "$ref": "#/components/schemas/Owner" }, { "type": "null" } ] },
              "born": { "type": ["string", "null"], "format": "date" }
            } },
            "Owner": { "type": "object", "properties": { "name": { "type": "string" } } },
            "Pet": { "type": "object", "required": ["name"], "properties": {
              "name": { "type": "string" },
              "tag": { "type": ["string", "null"] }
            } },
            "Shape": { "type": "object", "required": ["kind"], "discriminator": { "propertyName": "kind" },
              "properties": { "kind": { "type": "string" }, "label": { "type": ["string", "null"] } } },
            "Circle": { "allOf": [ { "$ref": "#/components/schemas/Shape" },
              { "type": "object", "properties": { "radius": { "type": ["number", "null"] } } } ] }
          } }
        }
        """;

    [Fact]
    public void A_sent_class_tracks_its_optional_nullable_members_and_a_received_one_does_not()
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/n.json", Spec, "N", "NClient"));
        Assert.Empty(run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));

        var petPatch = Type(run, "PetPatch");
        foreach (var name in new[] { "Tag", "Age", "Owner", "Born" })
        {
            var field = Field(petPatch, name);
            Assert.Equal(Accessibility.Private, field.DeclaredAccessibility);
            Assert.Equal("ApiOptional", field.Type.Name);
        }

        // Optional but not nullable: a null is left out as before, no field.
        Assert.Empty(petPatch.GetMembers("_name"));

        // Only responses reach Pet: plain properties.
        Assert.DoesNotContain(Type(run, "Pet").GetMembers().OfType<IFieldSymbol>(), f => f.Type.Name == "ApiOptional");

        // The hierarchy's root declares the field for its derived classes' writers; the derived class's own is private.
        Assert.Equal(Accessibility.ProtectedAndInternal, Field(Type(run, "Shape"), "Label").DeclaredAccessibility);
        Assert.Equal(Accessibility.Private, Field(Type(run, "Circle"), "Radius").DeclaredAccessibility);
        var models = string.Join("\n", run.Sources.Select(s => s.SourceText.ToString()));
        Assert.Contains("if (value._label.IsSet) { writer.WriteString(", models, StringComparison.Ordinal);
        Assert.Contains("if (value._radius.IsSet) { if (value.Radius is { } ", models, StringComparison.Ordinal);
    }

    private static INamedTypeSymbol Type(GeneratorRun run, string name) =>
        run.Output.GetTypeByMetadataName("N." + name) ?? throw new Xunit.Sdk.XunitException("No type " + name + " was generated.");

    private static IFieldSymbol Field(INamedTypeSymbol type, string property) =>
        type.GetMembers("_" + char.ToLowerInvariant(property[0]) + property[1..]).OfType<IFieldSymbol>().SingleOrDefault()
        ?? throw new Xunit.Sdk.XunitException(type.Name + " has no field for " + property + ".");
}
