using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// JSON Schema 2020-12's tuples (OpenAPI 3.1 <c>prefixItems</c>: how pydantic, so FastAPI, writes <c>tuple[float, float]</c>
/// and zod-to-openapi <c>z.tuple</c>): a list of the one type its positions share, or of a union of their types (as 3.0
/// documents write the same tuple, an array of an <c>anyOf</c>); the items after the positions (<c>items</c>) join them.
/// Before, a tuple was a list of <c>JsonElement</c>.
/// </summary>
public sealed class TupleTests
{
    private const string Spec = """
        {
          "openapi": "3.1.0",
          "info": { "title": "T", "version": "1" },
          "servers": [ { "url": "https://example.test" } ],
          "paths": { "/places": { "post": { "operationId": "addPlace",
            "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Place" } } } },
            "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Place" } } } } } } } },
          "components": { "schemas": {
            "Place": { "type": "object", "required": ["point"], "properties": {
              "point": { "type": "array", "prefixItems": [ { "type": "number" }, { "type": "number" } ], "minItems": 2, "maxItems": 2 },
              "seat": { "type": "array", "prefixItems": [ { "type": "string" }, { "type": "integer" } ], "items": false },
              "range": { "type": "array", "prefixItems": [ { "type": "integer" }, { "type": ["integer", "null"] } ] },
              "row": { "type": "array", "prefixItems": [ { "type": "string" } ], "items": { "type": "number" } },
              "same": { "$ref": "#/components/schemas/Pair" },
              "again": { "$ref": "#/components/schemas/Pair" }
            } },
            "Pair": { "type": "array", "prefixItems": [ { "type": "string" }, { "type": "boolean" } ] }
          } }
        }
        """;

    [Fact]
    public void A_tuple_is_a_list_of_its_positions_type_or_of_a_union_of_them()
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/t.json", Spec, "T", "TClient"));
        Assert.Empty(run.Diagnostics);
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));

        var place = run.Output.GetTypeByMetadataName("T.Place")!;
        Assert.Equal("System.Collections.Generic.IReadOnlyList<double>", PropertyType(place, "Point"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<T.PlaceSeatItem>?", PropertyType(place, "Seat"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<long?>?", PropertyType(place, "Range"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<T.PlaceRowItem>?", PropertyType(place, "Row"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<T.PairItem>?", PropertyType(place, "Same"));
        Assert.Equal(PropertyType(place, "Same"), PropertyType(place, "Again"));

        // The unions are the positions' types, as an anyOf of them would be.
        var seat = run.Output.GetTypeByMetadataName("T.PlaceSeatItem")!;
        Assert.Equal(new[] { "Integer", "String", "Unknown" }, seat.GetTypeMembers().Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
        var row = run.Output.GetTypeByMetadataName("T.PlaceRowItem")!;
        Assert.Equal(new[] { "Number", "String", "Unknown" }, row.GetTypeMembers().Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    private static string PropertyType(INamedTypeSymbol type, string name) =>
        type.GetMembers(name).OfType<IPropertySymbol>().Single().Type.ToDisplayString();
}
