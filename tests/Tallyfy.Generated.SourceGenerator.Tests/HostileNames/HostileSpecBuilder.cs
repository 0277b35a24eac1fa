using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Tallyfy.Generated.SourceGenerator.Tests.HostileNames;

/// <summary>
/// Builds a small OpenAPI 3.0 document whose every name position draws from a <see cref="INameSource"/>: schemas and
/// their properties, string and integer enums, a discriminated union, parameters in all four locations (required and
/// optional), request bodies as JSON, form and multipart, response headers, operations with and without an
/// operationId, and security schemes.
/// </summary>
internal sealed class HostileSpecBuilder
{
    private static readonly string[] Methods = { "get", "put", "post", "delete", "patch" };
    private static readonly string[] Locations = { "query", "header", "cookie" };

    private readonly Random _random;
    private readonly INameSource _names;
    private readonly List<string> _taken = new();
    private readonly List<string> _operationIds = new();

    private HostileSpecBuilder(Random random, INameSource names)
    {
        _random = random;
        _names = names;
    }

    public static JsonObject Build(int seed, INameSource names) => new HostileSpecBuilder(new Random(seed), names).Build();

    private string Name(NamePosition position)
    {
        var name = _names.Next(_random, position, _taken);
        _taken.Add(name);
        return name;
    }

    /// <summary>A name not yet among <paramref name="used"/> (JSON object keys, parameter names of one location).</summary>
    private string Fresh(NamePosition position, ICollection<string> used)
    {
        for (var i = 0; ; i++)
        {
            var name = Name(position);
            if (!used.Contains(name))
            {
                used.Add(name);
                return name;
            }

            if (i > 20)
            {
                name += "_" + used.Count;
                if (!used.Contains(name))
                {
                    used.Add(name);
                    return name;
                }
            }
        }
    }

    private static string Ref(string schema) => "#/components/schemas/" + schema;

    private JsonObject Build()
    {
        var schemas = new JsonObject();
        var schemaNames = new List<string>();
        var objectNames = new List<string>();
        var enumNames = new List<string>();

        // Object schemas first, so properties, bodies and union variants can refer to them.
        var objectCount = 1 + _random.Next(3);
        for (var i = 0; i < objectCount; i++)
        {
            var name = Fresh(NamePosition.Schema, schemaNames);
            objectNames.Add(name);
            schemas[name] = ObjectSchema(objectNames, enumNames, extraProperty: null);
        }

        if (_random.Next(2) == 0)
        {
            var name = Fresh(NamePosition.Schema, schemaNames);
            enumNames.Add(name);
            schemas[name] = EnumSchema(integer: _random.Next(3) == 0);
        }

        if (_random.Next(2) == 0)
        {
            // A discriminated union: each variant an object schema carrying the discriminator property.
            var property = Name(NamePosition.DiscriminatorProperty);
            var variants = new List<string>();
            for (var i = 0; i < 2; i++)
            {
                var name = Fresh(NamePosition.Schema, schemaNames);
                variants.Add(name);
                schemas[name] = ObjectSchema(objectNames, enumNames, extraProperty: property);
            }

            var mapping = new JsonObject();
            var mapped = new List<string>();
            foreach (var variant in variants)
            {
                mapping[Fresh(NamePosition.MappingValue, mapped)] = Ref(variant);
            }

            var union = Fresh(NamePosition.Schema, schemaNames);
            schemas[union] = new JsonObject
            {
                ["oneOf"] = new JsonArray(variants.Select(v => (JsonNode)new JsonObject { ["$ref"] = Ref(v) }).ToArray()),
                ["discriminator"] = new JsonObject { ["propertyName"] = property, ["mapping"] = mapping },
            };
            objectNames.Add(union);
        }

        if (_random.Next(3) == 0)
        {
            // A union without discriminator, of a primitive and an object.
            var union = Fresh(NamePosition.Schema, schemaNames);
            schemas[union] = new JsonObject
            {
                ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["$ref"] = Ref(objectNames[0]) }),
            };
        }

        var components = new JsonObject { ["schemas"] = schemas };
        var root = new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = "Hostile", ["version"] = "1" },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "https://example.test/api" }),
        };

        var securityNames = new List<string>();
        if (_random.Next(2) == 0)
        {
            var securitySchemes = new JsonObject();
            var count = 1 + _random.Next(2);
            for (var i = 0; i < count; i++)
            {
                var name = Fresh(NamePosition.SecurityScheme, securityNames);
                securitySchemes[name] = _random.Next(3) switch
                {
                    0 => new JsonObject { ["type"] = "http", ["scheme"] = _random.Next(2) == 0 ? "bearer" : "basic" },
                    _ => new JsonObject { ["type"] = "apiKey", ["in"] = Locations[_random.Next(3)], ["name"] = Name(NamePosition.ApiKeyName) },
                };
            }

            components["securitySchemes"] = securitySchemes;
            root["security"] = new JsonArray(securityNames.Select(n => (JsonNode)new JsonObject { [n] = new JsonArray() }).ToArray());
        }

        var paths = new JsonObject();
        var operationCount = 1 + _random.Next(3);
        for (var i = 0; i < operationCount; i++)
        {
            var (template, pathParameters) = PathTemplate(i);
            var method = Methods[_random.Next(Methods.Length)];
            var item = paths[template] as JsonObject ?? new JsonObject();
            paths[template] = item;
            item[method] = Operation(pathParameters, objectNames, enumNames);
        }

        root["paths"] = paths;
        root["components"] = components;
        return root;
    }

    private JsonObject ObjectSchema(List<string> objectNames, List<string> enumNames, string? extraProperty)
    {
        var properties = new JsonObject();
        var used = new List<string>();
        var required = new JsonArray();
        if (extraProperty is not null)
        {
            used.Add(extraProperty);
            properties[extraProperty] = new JsonObject { ["type"] = "string" };
            required.Add(extraProperty);
        }

        var count = _random.Next(5);
        for (var i = 0; i < count; i++)
        {
            var name = Fresh(NamePosition.Property, used);
            properties[name] = PropertySchema(objectNames, enumNames);
            if (_random.Next(2) == 0)
            {
                required.Add(name);
            }
        }

        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties };
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        return schema;
    }

    private JsonNode PropertySchema(List<string> objectNames, List<string> enumNames)
    {
        switch (_random.Next(9))
        {
            case 0:
                return new JsonObject { ["type"] = "integer", ["format"] = "int32" };
            case 1:
                return new JsonObject { ["type"] = "boolean", ["nullable"] = true };
            case 2:
                return new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } };
            case 3:
                return EnumSchema(integer: _random.Next(3) == 0);
            case 4 when objectNames.Count > 0:
                // Only schemas defined before this one: a reference cycle is not what this test is about.
                return new JsonObject { ["$ref"] = Ref(objectNames[_random.Next(objectNames.Count)]) };
            case 5 when enumNames.Count > 0:
                return new JsonObject { ["$ref"] = Ref(enumNames[_random.Next(enumNames.Count)]) };
            case 6:
                return new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } };
            default:
                return new JsonObject { ["type"] = "string" };
        }
    }

    private JsonObject EnumSchema(bool integer)
    {
        var values = new JsonArray();
        if (integer)
        {
            long[] pool = { 0, 1, -1, 2, 7, 42, 100, -2147483648, 2147483647 };
            foreach (var value in pool.OrderBy(_ => _random.Next()).Take(1 + _random.Next(4)))
            {
                values.Add(value);
            }

            return new JsonObject { ["type"] = "integer", ["format"] = "int32", ["enum"] = values };
        }

        var used = new List<string>();
        var count = 1 + _random.Next(4);
        for (var i = 0; i < count; i++)
        {
            values.Add(Fresh(NamePosition.EnumValue, used));
        }

        return new JsonObject { ["type"] = "string", ["enum"] = values };
    }

    private (string Template, List<string> Parameters) PathTemplate(int index)
    {
        // A literal first segment unique per operation, so two operations never share a template by accident.
        var template = "/" + Name(NamePosition.PathSegment).Trim() + "-" + index;
        var parameters = new List<string>();
        var count = _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            if (_random.Next(2) == 0)
            {
                template += "/" + Name(NamePosition.PathSegment).Trim();
            }

            var name = Fresh(NamePosition.PathParameter, parameters);
            template += "/{" + name + "}";
        }

        return (template, parameters);
    }

    private JsonObject Operation(List<string> pathParameters, List<string> objectNames, List<string> enumNames)
    {
        var operation = new JsonObject();
        if (_random.Next(10) < 7)
        {
            // Unique as the format asks; ids that differ only in case or spelling stay possible.
            operation["operationId"] = Fresh(NamePosition.OperationId, _operationIds);
        }

        var parameters = new JsonArray();
        foreach (var name in pathParameters)
        {
            parameters.Add(new JsonObject { ["name"] = name, ["in"] = "path", ["required"] = true, ["schema"] = ParameterSchema(enumNames, objectNames, path: true) });
        }

        var byLocation = Locations.ToDictionary(l => l, _ => new List<string>(), StringComparer.Ordinal);
        var count = _random.Next(5);
        for (var i = 0; i < count; i++)
        {
            var location = Locations[_random.Next(Locations.Length)];
            var name = Fresh(NamePosition.Parameter, byLocation[location]);
            parameters.Add(new JsonObject
            {
                ["name"] = name,
                ["in"] = location,
                ["required"] = _random.Next(2) == 0,
                ["schema"] = ParameterSchema(enumNames, objectNames, path: false),
            });
        }

        if (parameters.Count > 0)
        {
            operation["parameters"] = parameters;
        }

        if (_random.Next(2) == 0)
        {
            var mediaType = _random.Next(3) switch
            {
                0 => "application/x-www-form-urlencoded",
                1 => "multipart/form-data",
                _ => "application/json",
            };
            var bodySchema = mediaType == "application/json" && _random.Next(2) == 0
                ? new JsonObject { ["$ref"] = Ref(objectNames[_random.Next(objectNames.Count)]) }
                : ObjectSchema(objectNames, enumNames, extraProperty: null);
            operation["requestBody"] = new JsonObject
            {
                ["required"] = _random.Next(2) == 0,
                ["content"] = new JsonObject { [mediaType] = new JsonObject { ["schema"] = bodySchema } },
            };
        }

        var responses = new JsonObject();
        var ok = new JsonObject { ["description"] = "ok" };
        if (_random.Next(4) != 0)
        {
            ok["content"] = new JsonObject
            {
                ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = Ref(objectNames[_random.Next(objectNames.Count)]) } },
            };
        }

        var headerCount = _random.Next(3);
        if (headerCount > 0)
        {
            var headers = new JsonObject();
            var used = new List<string>();
            for (var i = 0; i < headerCount; i++)
            {
                headers[Fresh(NamePosition.ResponseHeader, used)] = new JsonObject
                {
                    ["schema"] = _random.Next(2) == 0 ? new JsonObject { ["type"] = "string" } : new JsonObject { ["type"] = "integer", ["format"] = "int64" },
                };
            }

            ok["headers"] = headers;
        }

        responses["200"] = ok;
        if (_random.Next(2) == 0)
        {
            responses["404"] = new JsonObject
            {
                ["description"] = "missing",
                ["content"] = new JsonObject
                {
                    ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = Ref(objectNames[_random.Next(objectNames.Count)]) } },
                },
            };
        }

        if (_random.Next(3) == 0)
        {
            responses["default"] = new JsonObject { ["description"] = "error" };
        }

        operation["responses"] = responses;
        return operation;
    }

    private JsonObject ParameterSchema(List<string> enumNames, List<string> objectNames, bool path)
    {
        switch (_random.Next(path ? 4 : 6))
        {
            case 0:
                return new JsonObject { ["type"] = "integer", ["format"] = "int64" };
            case 1 when enumNames.Count > 0:
                return new JsonObject { ["$ref"] = Ref(enumNames[_random.Next(enumNames.Count)]) };
            case 2:
                return new JsonObject { ["type"] = "boolean" };
            case 4:
                return new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } };
            case 5:
                return new JsonObject { ["$ref"] = Ref(objectNames[_random.Next(objectNames.Count)]) };
            default:
                return new JsonObject { ["type"] = "string" };
        }
    }
}
