namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>Small specs written in the tests, so the cases they show stay readable.</summary>
internal static class MiniSpecs
{
    public static string WithOperation(string operationId) => """
        {
          "openapi": "3.0.3",
          "info": { "title": "Mini", "version": "1" },
          "servers": [ { "url": "https://example.test/api" } ],
          "paths": {
            "/things/{id}": {
              "get": {
                "operationId": "OPERATION",
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
                "responses": {
                  "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } },
                  "404": { "description": "missing" }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "Thing": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string" }, "size": { "type": "integer", "format": "int32" } } }
            }
          }
        }
        """.Replace("OPERATION", operationId);
}
