using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// An object whose members are given by <c>patternProperties</c> alone (TypeBox's <c>Record</c>, so the documents of
/// Elysia and other TypeBox stacks) is a map of the one type its patterns give when every member must match a pattern;
/// else it stays a JSON value, as before.
/// </summary>
public sealed class PatternPropertiesTests
{
    [Theory]
    [InlineData("""{ "type": "object", "patternProperties": { "^(.*)$": { "type": "number" } } }""", "System.Collections.Generic.IReadOnlyDictionary<string, double>?")]
    [InlineData("""{ "type": "object", "patternProperties": { "^(0|[1-9][0-9]*)$": { "type": "string" } }, "additionalProperties": false }""", "System.Collections.Generic.IReadOnlyDictionary<string, string>?")]
    [InlineData("""{ "type": "object", "patternProperties": { "^a": { "type": "integer" }, "^b": { "type": ["integer", "null"] } }, "additionalProperties": false }""", "System.Collections.Generic.IReadOnlyDictionary<string, long?>?")]
    [InlineData("""{ "type": "object", "patternProperties": { ".+": { "type": "string" } } }""", "System.Collections.Generic.IReadOnlyDictionary<string, string>?")]
    [InlineData("""{ "type": "object", "patternProperties": { "^x-": { "type": "string" } } }""", "System.Text.Json.JsonElement?")]
    [InlineData("""{ "type": "object", "patternProperties": { "^a": { "type": "integer" }, "^b": { "type": "string" } }, "additionalProperties": false }""", "System.Text.Json.JsonElement?")]
    public void A_pattern_only_object_is_a_map_when_every_member_matches_a_pattern(string schema, string expected)
    {
        var spec = """
            {
              "openapi": "3.1.0",
              "info": { "title": "P", "version": "1" },
              "servers": [ { "url": "https://example.test" } ],
              "paths": { "/scores": { "put": { "operationId": "putScores",
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Board" } } } },
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Board" } } } } } } } },
              "components": { "schemas": { "Board": { "type": "object", "properties": { "scores": SCHEMA } } } }
            }
            """.Replace("SCHEMA", schema);

        var run = GeneratorHarness.Run(new SpecText("/specs/p.json", spec, "P", "PClient"));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var scores = run.Output.GetTypeByMetadataName("P.Board")!.GetMembers("Scores").OfType<IPropertySymbol>().Single();
        Assert.Equal(expected, scores.Type.ToDisplayString());
    }

    /// <summary>
    /// Beside declared properties, a member a pattern matches is no additional one: JSON Schema holds it to the
    /// pattern's schema, not to <c>additionalProperties</c> (the JSON Schema Test Suite's "patternProperty validates
    /// nonproperty": <c>{"fxo": [1, 2]}</c> beside integer additional members). The undeclared members are kept as
    /// JSON values then, unless every pattern's schema is the additional members' own.
    /// </summary>
    [Theory]
    [InlineData("""{ "f.o": { "minItems": 2 } }""", """{ "type": "integer" }""", "System.Collections.Generic.IDictionary<string, System.Text.Json.JsonElement>?")]
    [InlineData("""{ "^x-": { "$ref": "#/components/schemas/Count" } }""", """{ "$ref": "#/components/schemas/Count" }""", "System.Collections.Generic.IDictionary<string, long>?")]
    [InlineData("""{ }""", """{ "type": "integer" }""", "System.Collections.Generic.IDictionary<string, long>?")]
    public void Members_a_pattern_matches_are_not_held_to_additional_properties(string patterns, string additional, string expected)
    {
        var spec = """
            {
              "openapi": "3.1.0",
              "info": { "title": "P", "version": "1" },
              "servers": [ { "url": "https://example.test" } ],
              "paths": { "/boards": { "get": { "operationId": "getBoard",
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Board" } } } } } } } },
              "components": { "schemas": {
                "Count": { "type": "integer" },
                "Board": { "type": "object", "properties": { "foo": { "type": "array" } }, "patternProperties": PATTERNS, "additionalProperties": ADDITIONAL } } }
            }
            """.Replace("PATTERNS", patterns).Replace("ADDITIONAL", additional);

        var run = GeneratorHarness.Run(new SpecText("/specs/p.json", spec, "P", "PClient"));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var extra = run.Output.GetTypeByMetadataName("P.Board")!.GetMembers("AdditionalProperties").OfType<IPropertySymbol>().Single();
        Assert.Equal(expected, extra.Type.ToDisplayString());
    }
}
