using System.Collections.Generic;
using System.Linq;

namespace Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

/// <summary>
/// A spec whose names clash with the types the generated code uses: a schema per name given, each with a property per
/// name (every such name is declared as a member and used as a type) beside a URI, a UUID, a date-time, an enum and a
/// deprecated member; parameters named <c>Uri</c>, <c>Guid</c> and <c>Encoding</c>; an operation named <c>Task</c>; and
/// answers of the schemas <c>Ok</c>, <c>BadRequest</c>, <c>NotFound</c> and <c>Exception</c>, the body sent
/// <c>Stream</c> (so the names must include those five).
/// </summary>
internal static class ClashSpec
{
    public static string Json(IEnumerable<string> names)
    {
        var list = names.ToList();
        var properties = string.Join(", ", list.Select(n => "\"" + n + "\": { \"type\": \"string\" }"))
            + ", \"Link\": { \"type\": \"string\", \"format\": \"uri\" }, \"Key\": { \"type\": \"string\", \"format\": \"uuid\" }"
            + ", \"When\": { \"type\": \"string\", \"format\": \"date-time\" }"
            + ", \"Status\": { \"type\": \"string\", \"enum\": [\"on\", \"off\"] }, \"Old\": { \"type\": \"string\", \"deprecated\": true }";
        var schemas = string.Join(", ", list.Select(n => "\"" + n + "\": { \"type\": \"object\", \"properties\": { " + properties + " } }"));
        var response = (string schema) => "{ \"description\": \"r\", \"headers\": { \"X-Id\": { \"schema\": { \"type\": \"string\", \"format\": \"uuid\" } } }, \"content\": { \"application/json\": { \"schema\": { \"$ref\": \"#/components/schemas/" + schema + "\" } } } }";
        return """
            {
              "openapi": "3.0.3",
              "info": { "title": "Clash", "version": "1" },
              "paths": {
                "/things/{Uri}": {
                  "get": {
                    "operationId": "getThing",
                    "parameters": [ { "name": "Uri", "in": "path", "required": true, "schema": { "type": "string", "format": "uri" } },
                                    { "name": "Guid", "in": "query", "schema": { "type": "string", "format": "uuid" } },
                                    { "name": "Encoding", "in": "header", "schema": { "type": "string" } } ],
                    "responses": { "200": OK, "400": BAD, "404": MISSING, "default": DEFAULT }
                  },
                  "post": {
                    "operationId": "Task",
                    "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Stream" } } } },
                    "responses": { "201": OK, "404": MISSING }
                  }
                }
              },
              "components": { "schemas": { SCHEMAS } }
            }
            """
            .Replace("OK", response("Ok"))
            .Replace("BAD", response("BadRequest"))
            .Replace("MISSING", response("NotFound"))
            .Replace("DEFAULT", response("Exception"))
            .Replace("SCHEMAS", schemas);
    }
}
