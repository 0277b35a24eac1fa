using System;
using System.Collections.Generic;
using Tallyfy.Generated.SourceGenerator.Diagnostics;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>A lossy step of a Swagger 2.0 conversion, reported as a warning at the 2.0 node it concerns.</summary>
internal sealed record Swagger2Warning(DiagnosticDescriptorInfo Descriptor, SpecNode Node, params string[] Arguments);

/// <summary>
/// A converted Swagger 2.0 document: the 3.0 tree, the warnings of the lossy steps, and for each <c>$ref</c> the
/// conversion rewrote (<c>#/definitions/Pet</c> became <c>#/components/schemas/Pet</c>) the pointer as the user wrote it,
/// keyed by the converted scalar, so a diagnostic names the reference the way the 2.0 file does.
/// </summary>
internal sealed record Swagger2Conversion(SpecObject Root, IReadOnlyList<Swagger2Warning> Warnings, IReadOnlyDictionary<SpecScalar, string> OriginalPointers);

/// <summary>
/// Rewrites a Swagger 2.0 node tree into the equivalent OpenAPI 3.0.3 tree, so one parser serves both versions.
/// The mapping is the usual one (as swagger2openapi does it): host/basePath/schemes become servers, definitions and
/// the other global maps move under components, body and formData parameters become request bodies, response
/// schemas and parameter types move into content and schema objects.
/// Every converted node keeps the offsets of the 2.0 node it comes from, and a synthesized node takes those of the
/// nearest 2.0 node, so diagnostics the parser reports still point at the right line of the 2.0 file; a rewritten
/// pointer remembers its 2.0 text (<see cref="Swagger2Conversion.OriginalPointers"/>), so they also name it as written.
/// Anything the converter does not recognise is passed through unchanged, for the parser to report as it would.
/// </summary>
internal sealed class Swagger2Converter
{
    private const string OpenApiVersion = "3.0.3";
    private const string FormUrlEncoded = "application/x-www-form-urlencoded";
    private const string MultipartFormData = "multipart/form-data";

    /// <summary>2.0 has no <c>trace</c>; the rest are the same as in 3.0.</summary>
    private static readonly HashSet<string> Methods = new(StringComparer.Ordinal) { "get", "put", "post", "delete", "options", "head", "patch" };

    /// <summary>The keywords of a 2.0 non-body parameter, items or header object that 3.0 moves into its <c>schema</c>.</summary>
    private static readonly HashSet<string> SchemaKeywords = new(StringComparer.Ordinal)
    {
        "type", "format", "items", "enum", "default", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "multipleOf", "x-nullable",
    };

    /// <summary>2.0 pointer prefixes and where the same things live in 3.0; parameters are special-cased for bodies.</summary>
    private static readonly (string From, string To)[] PointerPrefixes =
    {
        ("#/definitions/", "#/components/schemas/"),
        ("#/responses/", "#/components/responses/"),
        ("#/securityDefinitions/", "#/components/securitySchemes/"),
        ("#/parameters/", "#/components/parameters/"),
    };

    private readonly SpecObject _root;
    private readonly List<Swagger2Warning> _warnings = new();

    /// <summary>Compared by reference: each rewritten scalar is a node of its own, even when two have the same text.</summary>
    private readonly Dictionary<SpecScalar, string> _originalPointers = new();
    private readonly SpecObject? _globalParameters;
    private readonly SpecArray? _globalConsumes;
    private readonly SpecArray? _globalProduces;

    private Swagger2Converter(SpecObject root)
    {
        _root = root;
        _globalParameters = root["parameters"] as SpecObject;
        _globalConsumes = root["consumes"] as SpecArray;
        _globalProduces = root["produces"] as SpecArray;
    }

    /// <summary>Whether the document declares <c>swagger: "2.0"</c> (and no <c>openapi</c>, which would take precedence).</summary>
    public static bool IsSwagger2(SpecObject root) =>
        root["openapi"] is null
        && root["swagger"] is SpecScalar { Kind: ScalarKind.String or ScalarKind.Number, Text: "2.0" };

    /// <summary>Converts a 2.0 document; what cannot be carried over exactly comes back as warnings.</summary>
    public static Swagger2Conversion Convert(SpecObject swaggerRoot)
    {
        var converter = new Swagger2Converter(swaggerRoot);
        var root = converter.ConvertDocument();
        return new Swagger2Conversion(root, converter._warnings, converter._originalPointers);
    }

    // ----- document -----

    private SpecObject ConvertDocument()
    {
        var properties = new List<SpecProperty>();
        var components = new List<SpecProperty>();
        SpecProperty? firstComponent = null;
        var serversIndex = -1;
        foreach (var property in _root.Properties)
        {
            switch (property.Name)
            {
                case "swagger":
                    properties.Add(Renamed(property, "openapi", Text(property.Value, OpenApiVersion)));
                    serversIndex = serversIndex < 0 ? properties.Count : serversIndex;
                    break;
                case "info":
                    properties.Add(property);
                    serversIndex = properties.Count;
                    break;
                case "host":
                case "basePath":
                case "schemes":
                case "consumes":
                case "produces":
                    // Folded into servers, request bodies and responses.
                    break;
                case "paths":
                    properties.Add(Renamed(property, "paths", ConvertPaths(property.Value)));
                    break;
                case "definitions":
                    firstComponent ??= property;
                    components.Add(Renamed(property, "schemas", ConvertMap(property.Value, ConvertSchema)));
                    break;
                case "parameters":
                    firstComponent ??= property;
                    ConvertGlobalParameters(property, components);
                    break;
                case "responses":
                    firstComponent ??= property;
                    components.Add(Renamed(property, "responses", ConvertMap(property.Value, node => ConvertResponse(node, _globalProduces), allowsExtensions: true)));
                    break;
                case "securityDefinitions":
                    firstComponent ??= property;
                    components.Add(Renamed(property, "securitySchemes", ConvertMap(property.Value, ConvertSecurityScheme, allowsExtensions: true)));
                    break;
                default:
                    properties.Add(Rewritten(property));
                    break;
            }
        }

        if (ConvertServers() is { } servers)
        {
            properties.Insert(serversIndex < 0 ? 0 : serversIndex, servers);
        }

        if (firstComponent is { } first && components.Count > 0)
        {
            properties.Add(Renamed(first, "components", Object(first.Value, components)));
        }

        return new SpecObject(_root.Offset, _root.Length, properties);
    }

    /// <summary>One server per scheme (https first) from host and basePath; a relative one when there is no host.</summary>
    private SpecProperty? ConvertServers()
    {
        var host = _root.GetProperty("host");
        var basePath = _root.GetProperty("basePath");
        var hostText = host?.Value is SpecScalar { Kind: ScalarKind.String, Text.Length: > 0 } hostValue ? hostValue.Text : null;
        var basePathText = basePath?.Value is SpecScalar { Kind: ScalarKind.String } baseValue ? baseValue.Text : null;
        if (hostText is null && basePathText is null)
        {
            return null;
        }

        var anchor = hostText is not null ? host!.Value : basePath!.Value;
        var path = basePathText ?? string.Empty;
        if (path.Length > 0 && path[0] != '/')
        {
            path = "/" + path;
        }

        var servers = new List<SpecNode>();
        if (hostText is null)
        {
            servers.Add(Server(anchor.Value, path.Length == 0 ? "/" : path));
        }
        else
        {
            path = path.TrimEnd('/');

            // Without schemes 2.0 means "the scheme the spec was fetched with"; https is the safe guess.
            var schemes = new List<SpecScalar>();
            if (_root["schemes"] is SpecArray declared)
            {
                foreach (var item in declared.Items)
                {
                    if (item is SpecScalar { Kind: ScalarKind.String } scheme && !schemes.Exists(s => s.Text == scheme.Text))
                    {
                        schemes.Add(scheme);
                    }
                }
            }

            if (schemes.Count == 0)
            {
                schemes.Add(Text(anchor.Value, "https"));
            }

            // The generated client defaults to the first server, and https is the one to default to.
            foreach (var preferred in new[] { "https", "http", null })
            {
                foreach (var scheme in schemes)
                {
                    var rank = scheme.Text is "https" or "http" ? scheme.Text : null;
                    if (rank == preferred)
                    {
                        servers.Add(Server(scheme, scheme.Text + "://" + hostText + path));
                    }
                }
            }
        }

        return Renamed(anchor, "servers", new SpecArray(anchor.Value.Offset, anchor.Value.Length, servers));

        static SpecObject Server(SpecNode at, string url) =>
            Object(at, new List<SpecProperty> { Property("url", at, Text(at, url)) });
    }

    private void ConvertGlobalParameters(SpecProperty property, List<SpecProperty> components)
    {
        if (property.Value is not SpecObject definitions)
        {
            components.Add(Renamed(property, "parameters", Rewrite(property.Value)));
            return;
        }

        var parameters = new List<SpecProperty>();
        var requestBodies = new List<SpecProperty>();
        foreach (var definition in definitions.Properties)
        {
            if (definition.Value is not SpecObject parameter || parameter["$ref"] is not null)
            {
                parameters.Add(Rewritten(definition));
                continue;
            }

            switch (TextOf(parameter, "in"))
            {
                case "body":
                    requestBodies.Add(Renamed(definition, definition.Name, ConvertBody(parameter, _globalConsumes)));
                    break;
                case "formData":
                    // 3.0 has no reusable form field: each operation that refers to one gets it inlined in its form body.
                    break;
                default:
                    parameters.Add(Renamed(definition, definition.Name, ConvertParameter(parameter)));
                    break;
            }
        }

        if (parameters.Count > 0)
        {
            components.Add(Renamed(property, "parameters", Object(property.Value, parameters)));
        }

        if (requestBodies.Count > 0)
        {
            components.Add(Renamed(property, "requestBodies", Object(property.Value, requestBodies)));
        }
    }

    // ----- paths and operations -----

    private SpecNode ConvertPaths(SpecNode node)
    {
        if (node is not SpecObject paths)
        {
            return Rewrite(node);
        }

        var converted = new List<SpecProperty>(paths.Properties.Count);
        foreach (var path in paths.Properties)
        {
            converted.Add(path.Value is SpecObject item && !IsExtension(path.Name)
                ? Renamed(path, path.Name, ConvertPathItem(item))
                : Rewritten(path));
        }

        return Object(paths, converted);
    }

    private SpecObject ConvertPathItem(SpecObject item)
    {
        // Path-level body and formData parameters have no 3.0 place of their own: each operation takes them into its body.
        var shared = new List<Parameter>();
        var sharedParameters = item["parameters"] is SpecArray list ? ConvertParameterList(list, shared) : null;

        var properties = new List<SpecProperty>(item.Properties.Count);
        foreach (var property in item.Properties)
        {
            if (property.Name == "parameters" && sharedParameters is not null)
            {
                if (sharedParameters.Items.Count > 0)
                {
                    properties.Add(Renamed(property, "parameters", sharedParameters));
                }
            }
            else if (Methods.Contains(property.Name) && property.Value is SpecObject operation && operation["$ref"] is null)
            {
                properties.Add(Renamed(property, property.Name, ConvertOperation(operation, shared)));
            }
            else
            {
                properties.Add(Rewritten(property));
            }
        }

        return Object(item, properties);
    }

    private SpecObject ConvertOperation(SpecObject operation, List<Parameter> shared)
    {
        var own = new List<Parameter>();
        var parameters = operation["parameters"] is SpecArray list ? ConvertParameterList(list, own) : null;
        var consumes = operation["consumes"] as SpecArray;
        var produces = operation["produces"] as SpecArray ?? _globalProduces;

        // The operation's own body wins over a path-level one; its form fields override path-level ones of the same name.
        Parameter? body = null;
        var form = new List<Parameter>();
        foreach (var parameter in shared)
        {
            if (parameter.In == "body")
            {
                body = parameter;
            }
            else
            {
                form.Add(parameter);
            }
        }

        var ownBody = false;
        foreach (var parameter in own)
        {
            if (parameter.In == "body")
            {
                if (ownBody)
                {
                    _warnings.Add(new Swagger2Warning(DiagnosticDescriptors.SecondBodyParameter, parameter.Item, parameter.Name));
                    continue;
                }

                body = parameter;
                ownBody = true;
            }
            else
            {
                form.RemoveAll(p => p.Name == parameter.Name);
                form.Add(parameter);
            }
        }

        SpecObject? requestBody = null;
        if (body is not null)
        {
            if (form.Count > 0)
            {
                _warnings.Add(new Swagger2Warning(DiagnosticDescriptors.BodyAndFormData, form[0].Item));
            }

            // A shared body is referred to, unless this operation consumes other media types than the shared one.
            requestBody = body.GlobalName is not null && consumes is null
                ? (SpecObject)Rewrite(body.Item)
                : ConvertBody(body.Definition!, consumes ?? _globalConsumes);
        }
        else if (form.Count > 0)
        {
            requestBody = ConvertForm(form, consumes ?? _globalConsumes);
        }

        var properties = new List<SpecProperty>(operation.Properties.Count + 1);
        foreach (var property in operation.Properties)
        {
            switch (property.Name)
            {
                case "parameters" when parameters is not null:
                    if (parameters.Items.Count > 0)
                    {
                        properties.Add(Renamed(property, "parameters", parameters));
                    }

                    if (requestBody is not null)
                    {
                        properties.Add(Renamed(property, "requestBody", requestBody));
                        requestBody = null;
                    }

                    break;
                case "consumes":
                case "produces":
                case "schemes":
                    // Folded into the request body and the responses; 3.0 has no per-operation scheme.
                    break;
                case "responses":
                    properties.Add(Renamed(property, "responses", ConvertMap(property.Value, node => ConvertResponse(node, produces), allowsExtensions: true)));
                    break;
                default:
                    properties.Add(Rewritten(property));
                    break;
            }
        }

        if (requestBody is not null)
        {
            // The body came from the path item only.
            properties.Add(Property("requestBody", requestBody, requestBody));
        }

        return Object(operation, properties);
    }

    /// <summary>A 2.0 parameter as written (inline or a <c>$ref</c>) and the definition it stands for.</summary>
    private sealed class Parameter
    {
        public Parameter(SpecNode item, SpecObject definition, string? globalName, string name, string location)
        {
            Item = item;
            Definition = definition;
            GlobalName = globalName;
            Name = name;
            In = location;
        }

        public SpecNode Item { get; }

        public SpecObject Definition { get; }

        /// <summary>The name under the document's <c>parameters</c> when the item is a <c>$ref</c> to one.</summary>
        public string? GlobalName { get; }

        public string Name { get; }

        public string In { get; }
    }

    /// <summary>Converts the parameters that stay parameters; body and formData ones are set aside in <paramref name="bodyParts"/>.</summary>
    private SpecArray ConvertParameterList(SpecArray list, List<Parameter> bodyParts)
    {
        var converted = new List<SpecNode>(list.Items.Count);
        foreach (var item in list.Items)
        {
            string? globalName = null;
            var definition = item as SpecObject;
            if (definition?["$ref"] is SpecScalar { Kind: ScalarKind.String } pointer)
            {
                definition = GlobalParameter(pointer.Text, out globalName);
            }

            var location = definition is null ? null : TextOf(definition, "in");
            if (definition is not null && location is "body" or "formData")
            {
                bodyParts.Add(new Parameter(item, definition, globalName, TextOf(definition, "name") ?? string.Empty, location!));
            }
            else
            {
                // A reference (resolved or not: the parser reports one that is not) stays a reference.
                converted.Add(globalName is not null || definition is null ? Rewrite(item) : ConvertParameter(definition));
            }
        }

        return new SpecArray(list.Offset, list.Length, converted);
    }

    /// <summary>The document-level parameter a pointer such as <c>#/parameters/Limit</c> names, if it exists.</summary>
    private SpecObject? GlobalParameter(string pointer, out string? name)
    {
        name = null;
        const string Prefix = "#/parameters/";
        if (_globalParameters is null || !pointer.StartsWith(Prefix, StringComparison.Ordinal) || pointer.IndexOf('/', Prefix.Length) >= 0)
        {
            return null;
        }

        var key = Uri.UnescapeDataString(pointer.Substring(Prefix.Length)).Replace("~1", "/").Replace("~0", "~");
        if (_globalParameters[key] is SpecObject definition && definition["$ref"] is null)
        {
            name = key;
            return definition;
        }

        return null;
    }

    /// <summary>A path, query or header parameter: its type keywords move into <c>schema</c>, collectionFormat becomes style.</summary>
    private SpecObject ConvertParameter(SpecObject parameter)
    {
        var properties = new List<SpecProperty>(parameter.Properties.Count);
        SpecProperty? firstSchemaKeyword = null;
        foreach (var property in parameter.Properties)
        {
            if (SchemaKeywords.Contains(property.Name))
            {
                firstSchemaKeyword ??= property;
            }
            else if (property.Name != "collectionFormat")
            {
                properties.Add(Rewritten(property));
            }
        }

        if (firstSchemaKeyword is { } schemaKeyword)
        {
            properties.Add(Renamed(schemaKeyword, "schema", SchemaOf(parameter, withDescription: false)));
        }

        var location = TextOf(parameter, "in");
        if (TextOf(parameter, "type") == "array" && location is "query" or "path" or "header")
        {
            var (style, explode) = Style(parameter, location!);
            var at = parameter.GetProperty("collectionFormat") ?? firstSchemaKeyword!.Value;
            properties.Add(Renamed(at, "style", Text(at.Value, style)));
            properties.Add(Renamed(at, "explode", Bool(at.Value, explode)));
        }

        return Object(parameter, properties);
    }

    /// <summary>
    /// The style <c>collectionFormat: tsv</c> converts to: OpenAPI 3 has no tab-delimited style, so the converted
    /// document names one of its own (an extension-like name no 3.x spec uses) that the parser reads.
    /// </summary>
    internal const string TabDelimitedStyle = "x-tabDelimited";

    /// <summary>The 3.0 style and explode of an array parameter from its 2.0 collectionFormat (csv when left out).</summary>
    private (string Style, bool Explode) Style(SpecObject parameter, string location)
    {
        var format = TextOf(parameter, "collectionFormat") ?? "csv";
        var at = parameter["collectionFormat"] ?? parameter;
        if (location is "path" or "header")
        {
            if (format != "csv")
            {
                _warnings.Add(new Swagger2Warning(DiagnosticDescriptors.CollectionFormatInLocation, at, format, location));
            }

            return ("simple", false);
        }

        switch (format)
        {
            case "multi":
                return ("form", true);
            case "ssv":
                return ("spaceDelimited", false);
            case "pipes":
                return ("pipeDelimited", false);
            case "tsv":
                return (TabDelimitedStyle, false);
            case "csv":
                return ("form", false);
            default:
                _warnings.Add(new Swagger2Warning(DiagnosticDescriptors.UnsupportedCollectionFormat, at, format));
                return ("form", false);
        }
    }

    /// <summary>The schema a 2.0 non-body parameter, form field or header describes with its own keywords, or null if none.</summary>
    private SpecNode SchemaOf(SpecObject parameter, bool withDescription)
    {
        var keywords = new List<SpecProperty>();
        foreach (var property in parameter.Properties)
        {
            if (SchemaKeywords.Contains(property.Name) || (withDescription && property.Name == "description"))
            {
                keywords.Add(property);
            }
        }

        return ConvertSchema(new SpecObject(parameter.Offset, parameter.Length, keywords));
    }

    /// <summary>A body parameter as a request body with one content entry per media type the operation consumes.</summary>
    private SpecObject ConvertBody(SpecObject parameter, SpecArray? consumes)
    {
        var mediaTypes = MediaTypes(consumes, form: false);
        if (mediaTypes.Count == 0)
        {
            // Only form media types are declared; the body is still sent as one of them.
            mediaTypes = MediaTypes(consumes, form: true);
        }

        if (mediaTypes.Count == 0)
        {
            mediaTypes.Add(Text(parameter, "application/json"));
        }

        var schema = parameter.GetProperty("schema");
        var convertedSchema = schema is { } declared ? ConvertSchema(declared.Value) : null;
        var content = new List<SpecProperty>(mediaTypes.Count);
        foreach (var mediaType in mediaTypes)
        {
            var media = new List<SpecProperty>();
            if (convertedSchema is not null)
            {
                media.Add(Renamed(schema!.Value, "schema", convertedSchema));
            }

            content.Add(Property(mediaType.Text, mediaType, Object(mediaType, media)));
        }

        var properties = new List<SpecProperty>();
        var hasContent = false;
        foreach (var property in parameter.Properties)
        {
            switch (property.Name)
            {
                case "description":
                case "required":
                    properties.Add(property);
                    break;
                case "schema":
                    properties.Add(Renamed(property, "content", Object(property.Value, content)));
                    hasContent = true;
                    break;
                case "name":
                    // Kept the way swagger2openapi keeps it, for tools that name the body argument after it.
                    properties.Add(Renamed(property, "x-codegen-request-body-name", property.Value));
                    break;
                default:
                    if (IsExtension(property.Name))
                    {
                        properties.Add(property);
                    }

                    break;
            }
        }

        if (!hasContent)
        {
            properties.Add(Property("content", parameter, Object(parameter, content)));
        }

        return Object(parameter, properties);
    }

    /// <summary>The formData parameters as one request body whose object schema has a property per field.</summary>
    private SpecObject ConvertForm(List<Parameter> fields, SpecArray? consumes)
    {
        var anchor = fields[0].Item;
        var properties = new List<SpecProperty>(fields.Count);
        var required = new List<SpecNode>();
        var encoding = new List<SpecProperty>();
        var hasFile = false;
        foreach (var field in fields)
        {
            var definition = field.Definition;
            hasFile |= TextOf(definition, "type") == "file";
            var nameProperty = definition.GetProperty("name");
            var nameNode = (SpecNode?)nameProperty?.Value ?? definition;
            properties.Add(Property(field.Name, nameNode, SchemaOf(definition, withDescription: true)));
            if (definition["required"] is SpecScalar { Kind: ScalarKind.Boolean, Text: "true" } isRequired)
            {
                required.Add(Text(isRequired, field.Name));
            }

            if (TextOf(definition, "type") == "array")
            {
                var (style, explode) = Style(definition, "query");
                var at = definition["collectionFormat"] ?? definition;
                encoding.Add(Property(field.Name, nameNode, Object(at, new List<SpecProperty>
                {
                    Property("style", at, Text(at, style)),
                    Property("explode", at, Bool(at, explode)),
                })));
            }
        }

        var schema = new List<SpecProperty>
        {
            Property("type", anchor, Text(anchor, "object")),
            Property("properties", anchor, Object(anchor, properties)),
        };
        if (required.Count > 0)
        {
            schema.Add(Property("required", required[0], new SpecArray(required[0].Offset, required[0].Length, required)));
        }

        var schemaNode = Object(anchor, schema);

        // Files go only as multipart; otherwise the form media types the operation declares, urlencoded by default.
        var mediaTypes = hasFile ? new List<SpecScalar>() : MediaTypes(consumes, form: true);
        if (mediaTypes.Count == 0)
        {
            var declared = MediaTypes(consumes, form: true).Find(m => IsMediaType(m.Text, MultipartFormData));
            mediaTypes.Add(declared ?? Text(anchor, hasFile ? MultipartFormData : FormUrlEncoded));
        }

        var content = new List<SpecProperty>(mediaTypes.Count);
        foreach (var mediaType in mediaTypes)
        {
            var media = new List<SpecProperty> { Property("schema", anchor, schemaNode) };

            // Encoding's style applies to urlencoded bodies only; 3.0's default for them (form, exploded) is 2.0's multi.
            if (encoding.Count > 0 && IsMediaType(mediaType.Text, FormUrlEncoded))
            {
                media.Add(Property("encoding", anchor, Object(anchor, encoding)));
            }

            content.Add(Property(mediaType.Text, mediaType, Object(mediaType, media)));
        }

        var body = new List<SpecProperty> { Property("content", anchor, Object(anchor, content)) };
        if (required.Count > 0)
        {
            body.Add(Property("required", required[0], Bool(required[0], true)));
        }

        return Object(anchor, body);
    }

    /// <summary>The string media types of a consumes or produces list that are (or are not) form media types.</summary>
    private static List<SpecScalar> MediaTypes(SpecArray? list, bool form)
    {
        var mediaTypes = new List<SpecScalar>();
        if (list is null)
        {
            return mediaTypes;
        }

        foreach (var item in list.Items)
        {
            if (item is SpecScalar { Kind: ScalarKind.String } mediaType
                && (IsMediaType(mediaType.Text, FormUrlEncoded) || IsMediaType(mediaType.Text, MultipartFormData)) == form
                && !mediaTypes.Exists(m => m.Text == mediaType.Text))
            {
                mediaTypes.Add(mediaType);
            }
        }

        return mediaTypes;
    }

    private static bool IsMediaType(string value, string mediaType) =>
        string.Equals(value.Split(';')[0].Trim(), mediaType, StringComparison.OrdinalIgnoreCase);

    // ----- responses -----

    /// <summary>A response: its schema goes into a content entry per media type produced, header types into schemas.</summary>
    private SpecNode ConvertResponse(SpecNode node, SpecArray? produces)
    {
        if (node is not SpecObject response || response["$ref"] is not null)
        {
            return Rewrite(node);
        }

        var properties = new List<SpecProperty>(response.Properties.Count);
        foreach (var property in response.Properties)
        {
            switch (property.Name)
            {
                case "schema":
                    properties.Add(Renamed(property, "content", ResponseContent(response, property, produces)));
                    break;
                case "headers" when property.Value is SpecObject headers:
                    properties.Add(Renamed(property, "headers", ConvertMap(headers, ConvertHeader)));
                    break;
                case "examples" when response["schema"] is null && property.Value is SpecObject examples && ExampleContent(examples) is { } content:
                    // No schema: 2.0 says no content, yet the examples show what comes. As swagger2openapi converts it,
                    // a content entry per example's media type, read as a 3.x response documented by examples alone.
                    properties.Add(Renamed(property, "content", content));
                    break;
                case "examples":
                    // Moved into the content entries of the media types they are for.
                    break;
                default:
                    properties.Add(Rewritten(property));
                    break;
            }
        }

        return Object(response, properties);
    }

    /// <summary>A content entry holding its <c>example</c> for each example keyed by a media type; null when none is.</summary>
    private static SpecObject? ExampleContent(SpecObject examples)
    {
        var content = new List<SpecProperty>(examples.Properties.Count);
        foreach (var example in examples.Properties)
        {
            if (example.Name.IndexOf('/') > 0)
            {
                content.Add(Renamed(example, example.Name, Object(example.Value, new List<SpecProperty> { Renamed(example, "example", example.Value) })));
            }
        }

        return content.Count == 0 ? null : Object(examples, content);
    }

    private SpecObject ResponseContent(SpecObject response, SpecProperty schema, SpecArray? produces)
    {
        var mediaTypes = new List<SpecScalar>();
        if (produces is not null)
        {
            foreach (var item in produces.Items)
            {
                if (item is SpecScalar { Kind: ScalarKind.String } mediaType && !mediaTypes.Exists(m => m.Text == mediaType.Text))
                {
                    mediaTypes.Add(mediaType);
                }
            }
        }

        if (mediaTypes.Count == 0)
        {
            mediaTypes.Add(Text(schema.Value, "application/json"));
        }

        var converted = ConvertSchema(schema.Value);
        var examples = response["examples"] as SpecObject;
        var content = new List<SpecProperty>(mediaTypes.Count);
        foreach (var mediaType in mediaTypes)
        {
            var media = new List<SpecProperty> { Renamed(schema, "schema", converted) };
            if (examples?.GetProperty(mediaType.Text) is { } example)
            {
                media.Add(Renamed(example, "example", example.Value));
            }

            content.Add(Property(mediaType.Text, mediaType, Object(mediaType, media)));
        }

        return Object(schema.Value, content);
    }

    private SpecNode ConvertHeader(SpecNode node)
    {
        if (node is not SpecObject header || header["$ref"] is not null)
        {
            return Rewrite(node);
        }

        var properties = new List<SpecProperty>();
        SpecProperty? firstSchemaKeyword = null;
        foreach (var property in header.Properties)
        {
            if (SchemaKeywords.Contains(property.Name))
            {
                firstSchemaKeyword ??= property;
            }
            else if (property.Name != "collectionFormat")
            {
                // A header array is always comma-separated in 3.0 (style simple), as csv is in 2.0.
                properties.Add(Rewritten(property));
            }
        }

        if (firstSchemaKeyword is { } schemaKeyword)
        {
            properties.Add(Renamed(schemaKeyword, "schema", SchemaOf(header, withDescription: false)));
        }

        return Object(header, properties);
    }

    // ----- security -----

    /// <summary>basic becomes http/basic, apiKey stays, oauth2's single flow becomes an entry of flows.</summary>
    private SpecNode ConvertSecurityScheme(SpecNode node)
    {
        if (node is not SpecObject scheme || scheme["$ref"] is not null)
        {
            return Rewrite(node);
        }

        var type = TextOf(scheme, "type");
        var properties = new List<SpecProperty>(scheme.Properties.Count);
        foreach (var property in scheme.Properties)
        {
            switch (property.Name)
            {
                case "type" when type == "basic":
                    properties.Add(Renamed(property, "type", Text(property.Value, "http")));
                    properties.Add(Renamed(property, "scheme", Text(property.Value, "basic")));
                    break;
                case "type" when type == "oauth2":
                    properties.Add(property);
                    properties.Add(Renamed(property, "flows", OAuthFlows(scheme, property)));
                    break;
                case "flow" or "authorizationUrl" or "tokenUrl" or "scopes" when type == "oauth2":
                    break;
                default:
                    properties.Add(Rewritten(property));
                    break;
            }
        }

        return Object(scheme, properties);
    }

    private static SpecObject OAuthFlows(SpecObject scheme, SpecProperty type)
    {
        var flow = scheme.GetProperty("flow");
        var name = (flow?.Value as SpecScalar)?.Text switch
        {
            "application" => "clientCredentials",
            "accessCode" => "authorizationCode",
            "password" => "password",
            "implicit" => "implicit",
            { } other => other,
            null => "implicit",
        };

        var at = flow ?? type;
        var properties = new List<SpecProperty>();
        foreach (var key in new[] { "authorizationUrl", "tokenUrl", "scopes" })
        {
            if (scheme.GetProperty(key) is { } property)
            {
                properties.Add(property);
            }
        }

        if (scheme["scopes"] is null)
        {
            // 3.0 requires scopes, even when there are none.
            properties.Add(Property("scopes", at.Value, Object(at.Value, new List<SpecProperty>())));
        }

        return Object(at.Value, new List<SpecProperty> { Renamed(at, name, Object(at.Value, properties)) });
    }

    // ----- schemas -----

    /// <summary>A 2.0 schema in 3.0 terms: x-nullable becomes nullable, type file a binary string, pointers move.</summary>
    private SpecNode ConvertSchema(SpecNode node)
    {
        if (node is not SpecObject schema)
        {
            return Rewrite(node);
        }

        var isFile = schema["type"] is SpecScalar { Kind: ScalarKind.String, Text: "file" };
        var properties = new List<SpecProperty>(schema.Properties.Count + 1);
        foreach (var property in schema.Properties)
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "type" when isFile:
                    properties.Add(Renamed(property, "type", Text(value, "string")));
                    properties.Add(Renamed(property, "format", Text(value, "binary")));
                    break;
                case "format" when isFile:
                case "collectionFormat":
                    break;
                case "x-nullable":
                    if (schema["nullable"] is null)
                    {
                        properties.Add(Renamed(property, "nullable", value));
                    }

                    break;
                case "properties":
                    properties.Add(Renamed(property, "properties", ConvertMap(value, ConvertSchema)));
                    break;
                case "items" or "additionalProperties" or "not":
                    properties.Add(Renamed(property, property.Name, value is SpecArray tuple ? ConvertArray(tuple, ConvertSchema) : ConvertSchema(value)));
                    break;
                case "allOf" or "anyOf" or "oneOf" when value is SpecArray parts:
                    properties.Add(Renamed(property, property.Name, ConvertArray(parts, ConvertSchema)));
                    break;
                case "discriminator" when value is SpecScalar { Kind: ScalarKind.String }:
                    properties.Add(Renamed(property, "discriminator", Object(value, new List<SpecProperty> { Property("propertyName", value, value) })));
                    break;
                case "discriminator" when value is SpecObject discriminator:
                    properties.Add(Renamed(property, "discriminator", ConvertDiscriminator(discriminator)));
                    break;
                case "example" or "default" or "enum":
                    // Literal values: a "$ref" key inside one is data, not a reference.
                    properties.Add(property);
                    break;
                default:
                    properties.Add(Rewritten(property));
                    break;
            }
        }

        return Object(schema, properties);
    }

    /// <summary>3.0's discriminator object in a 2.0 document: its mapping's values are pointers (or names), rewritten as <c>$ref</c>s are.</summary>
    private SpecNode ConvertDiscriminator(SpecObject discriminator)
    {
        if (discriminator["mapping"] is not SpecObject mapping)
        {
            return discriminator;
        }

        var entries = new List<SpecProperty>(mapping.Properties.Count);
        for (var i = 0; i < mapping.Properties.Count; i++)
        {
            var entry = mapping.Properties[i];
            entries.Add(entry.Value is SpecScalar { Kind: ScalarKind.String } pointer ? Renamed(entry, entry.Name, RewritePointer(pointer)) : entry);
        }

        var properties = new List<SpecProperty>(discriminator.Properties.Count);
        for (var i = 0; i < discriminator.Properties.Count; i++)
        {
            var property = discriminator.Properties[i];
            properties.Add(property.Name == "mapping" ? Renamed(property, "mapping", Object(mapping, entries)) : property);
        }

        return Object(discriminator, properties);
    }

    // ----- generic rewriting -----

    /// <summary>Copies a subtree with its 2.0 pointers rewritten; returns the node itself when nothing in it changes.</summary>
    private SpecNode Rewrite(SpecNode node)
    {
        switch (node)
        {
            case SpecObject obj:
                List<SpecProperty>? changed = null;
                for (var i = 0; i < obj.Properties.Count; i++)
                {
                    var property = obj.Properties[i];
                    var rewritten = Rewritten(property);
                    if (changed is null && !ReferenceEquals(rewritten, property))
                    {
                        changed = obj.Properties.GetRange(0, i);
                    }

                    changed?.Add(rewritten);
                }

                return changed is null ? obj : Object(obj, changed);
            case SpecArray array:
                List<SpecNode>? items = null;
                for (var i = 0; i < array.Items.Count; i++)
                {
                    var item = array.Items[i];
                    var rewritten = Rewrite(item);
                    if (items is null && !ReferenceEquals(rewritten, item))
                    {
                        items = array.Items.GetRange(0, i);
                    }

                    items?.Add(rewritten);
                }

                return items is null ? array : new SpecArray(array.Offset, array.Length, items);
            default:
                return node;
        }
    }

    private SpecProperty Rewritten(SpecProperty property)
    {
        SpecNode value;
        if (property.Name == "$ref" && property.Value is SpecScalar { Kind: ScalarKind.String } pointer)
        {
            value = RewritePointer(pointer);
        }
        else if (IsExtension(property.Name) || property.Name is "example" or "examples")
        {
            // Vendor extensions and examples are data; their contents are not the spec's to rewrite.
            value = property.Value;
        }
        else
        {
            value = Rewrite(property.Value);
        }

        return ReferenceEquals(value, property.Value) ? property : Renamed(property, property.Name, value);
    }

    private SpecScalar RewritePointer(SpecScalar pointer)
    {
        var hash = pointer.Text.IndexOf('#');
        if (hash < 0)
        {
            return pointer;
        }

        var fragment = pointer.Text.Substring(hash);
        foreach (var (from, to) in PointerPrefixes)
        {
            if (!fragment.StartsWith(from, StringComparison.Ordinal))
            {
                continue;
            }

            var target = to;
            if (from == "#/parameters/" && hash == 0 && GlobalParameter(fragment, out _) is { } parameter && TextOf(parameter, "in") == "body")
            {
                target = "#/components/requestBodies/";
            }

            var rewritten = new SpecScalar(pointer.Offset, pointer.Length, ScalarKind.String, pointer.Text.Substring(0, hash) + target + fragment.Substring(from.Length));
            _originalPointers[rewritten] = pointer.Text;
            return rewritten;
        }

        return pointer;
    }

    /// <summary>Converts each entry of a map; <c>x-</c> keys are extensions only in maps that allow them (responses), elsewhere (properties, definitions) they are names.</summary>
    private SpecNode ConvertMap(SpecNode node, Func<SpecNode, SpecNode> convert, bool allowsExtensions = false)
    {
        if (node is not SpecObject map)
        {
            return Rewrite(node);
        }

        var properties = new List<SpecProperty>(map.Properties.Count);
        foreach (var property in map.Properties)
        {
            properties.Add(allowsExtensions && IsExtension(property.Name) ? property : Renamed(property, property.Name, convert(property.Value)));
        }

        return Object(map, properties);
    }

    private static SpecArray ConvertArray(SpecArray array, Func<SpecNode, SpecNode> convert)
    {
        var items = new List<SpecNode>(array.Items.Count);
        foreach (var item in array.Items)
        {
            items.Add(convert(item));
        }

        return new SpecArray(array.Offset, array.Length, items);
    }

    // ----- node construction: every new node takes the offsets of the 2.0 node it stands for -----

    private static bool IsExtension(string name) => name.StartsWith("x-", StringComparison.Ordinal);

    private static string? TextOf(SpecObject obj, string key) =>
        obj[key] is SpecScalar { Kind: ScalarKind.String or ScalarKind.Number } scalar ? scalar.Text : null;

    private static SpecScalar Text(SpecNode at, string text) => new(at.Offset, at.Length, ScalarKind.String, text);

    private static SpecScalar Bool(SpecNode at, bool value) => new(at.Offset, at.Length, ScalarKind.Boolean, value ? "true" : "false");

    private static SpecObject Object(SpecNode at, List<SpecProperty> properties) => new(at.Offset, at.Length, properties);

    /// <summary>A property whose name is located at <paramref name="at"/>, for names that have no 2.0 counterpart.</summary>
    private static SpecProperty Property(string name, SpecNode at, SpecNode value) => new(name, at.Offset, at.Length, value);

    /// <summary>A property that takes the place of a 2.0 one, so its name is located where that one's is.</summary>
    private static SpecProperty Renamed(SpecProperty source, string name, SpecNode value) => new(name, source.NameOffset, source.NameLength, value);
}
