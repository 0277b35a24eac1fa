using System;
using System.Collections.Generic;
using Tallyfy.Generated.SourceGenerator.Diagnostics;
using Tallyfy.Generated.SourceGenerator.Parsing;

namespace Tallyfy.Generated.SourceGenerator.Diffing;

/// <summary>
/// Finds the place in a spec a change of the generated API belongs to: the operation, parameter, response or schema,
/// else the closest thing that exists (the operation, the path item, the <c>paths</c> or schemas object, the document).
/// Reads the spec's text only (no OpenAPI semantics), so it works the same for OpenAPI 3 and Swagger 2.0.
/// </summary>
internal sealed class SpecLocator
{
    private static readonly Dictionary<string, string> ParameterLocations = new(StringComparer.Ordinal)
    {
        ["Path"] = "path",
        ["Query"] = "query",
        ["Header"] = "header",
        ["Cookie"] = "cookie",
        ["Body"] = "body",
        ["QueryString"] = "querystring",
    };

    /// <summary>The path item fields that hold an operation; any other method is a key of OpenAPI 3.2's <c>additionalOperations</c>.</summary>
    private static readonly HashSet<string> FixedMethods = new(StringComparer.Ordinal) { "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY" };

    private readonly string _path;
    private readonly SourceMap? _map;
    private readonly SpecObject? _root;
    private Dictionary<string, SpecProperty>? _schemasByTypeName;

    public SpecLocator(string path, string text)
    {
        _path = path;
        var document = SpecReader.Read(path, text);
        _map = document.Map;
        _root = document.Root as SpecObject;
    }

    /// <summary>The operation's key (<c>get</c>) in its path item; else the path's key; else <c>paths</c>.</summary>
    public SpecLocation Operation(string method, string pathTemplate)
    {
        if (OperationProperty(method, pathTemplate) is { } operation)
        {
            return _map!.LocateName(operation);
        }

        return PathItemProperty(pathTemplate) is { } pathItem ? _map!.LocateName(pathItem) : Paths();
    }

    /// <summary>The parameter's object (in the operation, else in its path item); else the operation.</summary>
    public SpecLocation Parameter(string method, string pathTemplate, string location, string wireName)
    {
        var inName = ParameterLocations.TryGetValue(location, out var mapped) ? mapped : location;
        var operation = OperationProperty(method, pathTemplate)?.Value as SpecObject;
        var pathItem = PathItemProperty(pathTemplate)?.Value as SpecObject;
        foreach (var owner in new[] { operation, pathItem })
        {
            if (owner?["parameters"] is not SpecArray parameters)
            {
                continue;
            }

            foreach (var item in parameters.Items)
            {
                if (Resolve(item) is SpecObject parameter
                    && parameter["name"] is SpecScalar { Text: var name } && name == wireName
                    && parameter["in"] is SpecScalar { Text: var @in } && (@in == inName || (inName == "body" && @in == "formData")))
                {
                    return _map!.Locate(item);
                }
            }
        }

        if (inName == "body" && operation?.GetProperty("requestBody") is { } body)
        {
            return _map!.LocateName(body);
        }

        return Operation(method, pathTemplate);
    }

    /// <summary>The response's key (<c>"404"</c>, <c>"4XX"</c>, <c>default</c>); else <c>responses</c>; else the operation.</summary>
    public SpecLocation Response(string method, string pathTemplate, string? key)
    {
        if (OperationProperty(method, pathTemplate)?.Value is SpecObject operation && operation.GetProperty("responses") is { } responses)
        {
            if (key is not null && responses.Value is SpecObject codes)
            {
                foreach (var code in codes.Properties)
                {
                    if (string.Equals(code.Name, key, StringComparison.OrdinalIgnoreCase))
                    {
                        return _map!.LocateName(code);
                    }
                }
            }

            return _map!.LocateName(responses);
        }

        return Operation(method, pathTemplate);
    }

    /// <summary>
    /// The schema a generated type is named after (its key under the component schemas); else the operation that uses the
    /// type (an inline schema), when there is one; else the schemas object; else the document.
    /// </summary>
    public SpecLocation Type(string typeName, (string Method, string Path)? usedBy)
    {
        if (Schema(typeName) is { } schema)
        {
            return _map!.LocateName(schema);
        }

        if (usedBy is { } operation && OperationProperty(operation.Method, operation.Path) is not null)
        {
            return Operation(operation.Method, operation.Path);
        }

        return Schemas();
    }

    /// <summary>Whether a component schema (a 2.0 definition) is named as the generated type <paramref name="typeName"/> is.</summary>
    public bool HasSchema(string typeName) => Schema(typeName) is not null;

    /// <summary>A property's key (or an enum value) in the type's schema; else where <see cref="Type"/> points.</summary>
    public SpecLocation Member(string typeName, (string Method, string Path)? usedBy, string jsonName)
    {
        if (Schema(typeName)?.Value is SpecObject schema)
        {
            if (FindProperty(schema, jsonName, 0) is { } property)
            {
                return _map!.LocateName(property);
            }

            if (schema["enum"] is SpecArray values)
            {
                foreach (var value in values.Items)
                {
                    if (value is SpecScalar scalar && scalar.Text == jsonName)
                    {
                        return _map!.Locate(value);
                    }
                }
            }
        }

        return Type(typeName, usedBy);
    }

    /// <summary>The <c>servers</c> key (2.0's <c>host</c>); else the document.</summary>
    public SpecLocation Servers() =>
        (_root?.GetProperty("servers") ?? _root?.GetProperty("host")) is { } servers ? _map!.LocateName(servers) : Document();

    /// <summary>The security scheme's key (under <c>components/securitySchemes</c>, or 2.0's <c>securityDefinitions</c>); else the document.</summary>
    public SpecLocation SecurityScheme(string name)
    {
        var schemes = ((_root?["components"] as SpecObject)?["securitySchemes"] ?? _root?["securityDefinitions"]) as SpecObject;
        return schemes?.GetProperty(name) is { } scheme ? _map!.LocateName(scheme) : Document();
    }

    private SpecProperty? FindProperty(SpecObject schema, string jsonName, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        if (schema["properties"] is SpecObject properties && properties.GetProperty(jsonName) is { } property)
        {
            return property;
        }

        if (schema["allOf"] is SpecArray parts)
        {
            foreach (var part in parts.Items)
            {
                if (part is SpecObject inline && FindProperty(inline, jsonName, depth + 1) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private SpecProperty? PathItemProperty(string pathTemplate) => (_root?["paths"] as SpecObject)?.GetProperty(pathTemplate);

    private SpecProperty? OperationProperty(string method, string pathTemplate)
    {
        var pathItem = PathItemProperty(pathTemplate)?.Value as SpecObject;
        return FixedMethods.Contains(method)
            ? pathItem?.GetProperty(method.ToLowerInvariant())
            : (pathItem?["additionalOperations"] as SpecObject)?.GetProperty(method);
    }

    private SpecLocation Paths() =>
        _root?.GetProperty("paths") is { } paths ? _map!.LocateName(paths) : Document();

    private SpecLocation Schemas()
    {
        if ((_root?["components"] as SpecObject)?.GetProperty("schemas") is { } schemas)
        {
            return _map!.LocateName(schemas);
        }

        if (_root?.GetProperty("definitions") is { } definitions)
        {
            return _map!.LocateName(definitions);
        }

        return _root?.GetProperty("components") is { } components ? _map!.LocateName(components) : Paths();
    }

    private SpecLocation Document() => _map?.Locate(0, 0) ?? SpecLocation.StartOf(_path);

    /// <summary>The component schema whose name gives the type name (as the parser names component schemas).</summary>
    private SpecProperty? Schema(string typeName)
    {
        if (_schemasByTypeName is null)
        {
            _schemasByTypeName = new Dictionary<string, SpecProperty>(StringComparer.Ordinal);
            var schemas = ((_root?["components"] as SpecObject)?["schemas"] ?? _root?["definitions"]) as SpecObject;
            foreach (var schema in schemas?.Properties ?? default(NodeList<SpecProperty>))
            {
                var name = Naming.ModelTypeName(schema.Name);
                if (!_schemasByTypeName.ContainsKey(name))
                {
                    _schemasByTypeName.Add(name, schema);
                }
            }
        }

        return _schemasByTypeName.TryGetValue(typeName, out var found) ? found : null;
    }

    /// <summary>A local <c>$ref</c> (<c>#/components/parameters/X</c>) followed within the document.</summary>
    private SpecNode? Resolve(SpecNode node)
    {
        for (var hops = 0; hops < 8 && node is SpecObject obj && obj["$ref"] is SpecScalar { Text: var pointer }; hops++)
        {
            if (!pointer.StartsWith("#/", StringComparison.Ordinal))
            {
                return node;
            }

            SpecNode? current = _root;
            foreach (var segment in pointer.Substring(2).Split('/'))
            {
                current = (current as SpecObject)?[segment.Replace("~1", "/").Replace("~0", "~")];
            }

            if (current is null)
            {
                return node;
            }

            node = current;
        }

        return node;
    }
}
