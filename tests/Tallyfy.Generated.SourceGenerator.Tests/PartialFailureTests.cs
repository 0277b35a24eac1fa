using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// An error confined to one operation or one schema costs only that part: the diagnostic at it says what was left out
/// (or kept as raw JSON), the rest of the client compiles, and code that calls the other operations compiles.
/// </summary>
public sealed class PartialFailureTests
{
    private const string Spec = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Mixed", "version": "1" },
          "paths": {
            "/things/{id}": {
              "get": {
                "operationId": "getThing",
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } }
              }
            },
            "/gadgets": {
              "get": {
                "operationId": "getGadget",
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Gadget" } } } } }
              },
              "post": {
                "operationId": "createGadget",
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Missing" } } } },
                "responses": { "204": { "description": "done" } }
              }
            },
            "/inline-with-broken-property": {
              "get": {
                "operationId": "getInlineGadget",
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": {
                  "type": "object", "properties": { "name": { "type": "string" }, "owner": { "$ref": "#/components/schemas/Owner" } } } } } } }
              }
            },
            "/broken-response": {
              "get": {
                "operationId": "getBrokenResponse",
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Nope" } } } } }
              }
            },
            "/broken-parameter": {
              "get": {
                "operationId": "getBrokenParameter",
                "parameters": [ { "name": "q", "in": "query", "schema": { "$ref": "#/components/schemas/Nowhere" } } ],
                "responses": { "204": { "description": "done" } }
              }
            },
            "/unsupported-parameter": {
              "get": {
                "operationId": "getUnsupported",
                "parameters": [ { "name": "q", "in": "matrix", "schema": { "type": "string" } } ],
                "responses": { "204": { "description": "done" } }
              }
            }
          },
          "components": {
            "schemas": {
              "Thing": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string" } } },
              "Gadget": { "type": "object", "properties": { "name": { "type": "string" }, "part": { "$ref": "#/components/schemas/Absent" }, "size": { "type": 5 } } }
            }
          }
        }
        """;

    private static GeneratorRun Generate() => GeneratorHarness.Run(new SpecText("/specs/mixed.json", Spec, "Mixed", "MixedClient"));

    private static string[] Messages(GeneratorRun run, string id) =>
        run.Diagnostics.Where(d => d.Id == id).Select(d => d.GetMessage(CultureInfo.InvariantCulture)).OrderBy(m => m, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void Each_operation_with_an_error_in_a_parameter_or_response_is_named_as_left_out_at_its_place()
    {
        var run = Generate();

        Assert.Equal(
            new[]
            {
                "Operation 'getBrokenParameter' (GET /broken-parameter) is left out of the client because of the error reported in it; the rest of the client is generated, and code that does not call it compiles",
                "Operation 'getBrokenResponse' (GET /broken-response) is left out of the client because of the error reported in it; the rest of the client is generated, and code that does not call it compiles",
                "Operation 'getUnsupported' (GET /unsupported-parameter) is left out of the client because of the error reported in it; the rest of the client is generated, and code that does not call it compiles",
            },
            Messages(run, "TGEN026"));
        var leftOut = run.Diagnostics.Where(d => d.Id == "TGEN026").ToList();
        Assert.All(leftOut, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        // At the operation object: the line of "get" under its path.
        var line = Spec.Split('\n').ToList().FindIndex(l => l.Contains("\"/broken-response\"", System.StringComparison.Ordinal)) + 1;
        Assert.Contains(leftOut, d => d.Location.GetLineSpan().StartLinePosition.Line == line);

        // The errors themselves are still reported, each where it is.
        foreach (var missing in new[] { "Nope", "Nowhere", "Missing", "Absent", "Owner" })
        {
            Assert.Contains(run.Diagnostics, d => d.Id == "TGEN004" && d.GetMessage(CultureInfo.InvariantCulture).Contains("schemas/" + missing + "'", System.StringComparison.Ordinal));
        }

        Assert.Single(run.Diagnostics, d => d.Id == "TGEN007");
    }

    [Fact]
    public void A_schema_part_or_request_body_with_an_error_is_named_as_kept_as_raw_JSON()
    {
        var run = Generate();

        Assert.Equal(
            new[]
            {
                "Property 'owner' of 'GetInlineGadgetOkBody' is typed JsonElement (the raw JSON) because of the error reported in its schema; the rest of 'GetInlineGadgetOkBody' is generated as the spec says",
                "Property 'part' of 'Gadget' is typed JsonElement (the raw JSON) because of the error reported in its schema; the rest of 'Gadget' is generated as the spec says",
                "Property 'size' of 'Gadget' is typed JsonElement (the raw JSON) because of the error reported in its schema; the rest of 'Gadget' is generated as the spec says",
                "The request body of operation 'createGadget' is typed JsonElement (the raw JSON) because of the error reported in its schema; the rest of operation 'createGadget' is generated as the spec says",
            },
            Messages(run, "TGEN027"));
    }

    [Fact]
    public void The_rest_of_the_client_compiles_and_code_calling_the_other_operations_compiles()
    {
        var run = Generate();

        var problems = run.CompilationProblems("""
            namespace Use;

            internal static class Calls
            {
                public static async System.Threading.Tasks.Task<string?> Run(Mixed.IMixedClient client)
                {
                    var thing = await client.GetThingAsync("t1");
                    var gadget = await client.GetGadgetAsync();
                    // An inline schema's property with an error is typed JsonElement and keeps its operation, as a component schema's does.
                    if (await client.GetInlineGadgetAsync() is Mixed.GetInlineGadgetResult.Ok { Body: { Owner: System.Text.Json.JsonElement owner } inline })
                    {
                        return inline.Name + owner.ValueKind;
                    }

                    await client.CreateGadgetAsync(System.Text.Json.JsonDocument.Parse("{}").RootElement);
                    return thing is Mixed.GetThingResult.Ok ok ? ok.Body.Id : gadget is Mixed.GetGadgetResult.Ok g ? g.Body.Name : null;
                }
            }
            """);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        var client = run.Source("MixedClient.g.cs");
        Assert.DoesNotContain("GetBrokenResponseAsync", client, System.StringComparison.Ordinal);
        Assert.DoesNotContain("GetBrokenParameterAsync", client, System.StringComparison.Ordinal);
        Assert.DoesNotContain("GetUnsupportedAsync", client, System.StringComparison.Ordinal);
    }
}
