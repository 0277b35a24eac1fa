using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Tallyfy.Generated.SourceGenerator.Diagnostics;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

internal sealed partial class OpenApiParser
{
    /// <summary>
    /// AutoRest's extension for a parameter whose value is sent as given (Azure's <c>{scope}</c>, <c>{resourceUri}</c>
    /// and <c>{nextLink}</c>, which hold paths of their own): a path parameter's value keeps its reserved characters,
    /// a query parameter's as <c>allowReserved</c> does (as swagger2openapi converts it).
    /// </summary>
    private const string SkipUrlEncoding = "x-ms-skip-url-encoding";

    /// <summary>Undeclared placeholders already reported: a path shared by several operations is reported once.</summary>
    private readonly HashSet<string> _reportedPlaceholders = new(StringComparer.Ordinal);

    /// <summary>The method stems of FastAPI's default operationIds, by operationId (<see cref="FunctionStems"/>).</summary>
    private Dictionary<string, string> _functionStems = new(StringComparer.Ordinal);

    /// <summary>The path item fields that hold an operation; <c>query</c> is OpenAPI 3.2's.</summary>
    private static readonly string[] Methods = { "get", "put", "post", "delete", "options", "head", "patch", "trace", "query" };

    private EquatableArray<OperationModel> ParseOperations()
    {
        var paths = GetObject(_root, "paths");
        if (paths is null)
        {
            if (_root["paths"] is null && _root["webhooks"] is null && _root["components"] is null)
            {
                Report(DiagnosticDescriptors.MissingPaths, Locate(_root));
            }

            return EquatableArray<OperationModel>.Empty;
        }

        var operationIds = new HashSet<string>(StringComparer.Ordinal);
        // Method stems, each reserved with its method: no method may take the client's own name (CS0542).
        var methodNames = new NameScope(new[] { _clientName }, ignoreCase: true);

        // Names are allocated with the paths in ordinal order, so a colliding name's number (an inline type's, a repeated
        // operationId's) does not depend on where the spec lists a path; the operations and their inline types are then
        // put back in document order.
        var typesBefore = _types.Count;
        var parsed = new List<(int Index, List<OperationModel> Operations, List<TypeModel> Types)>();
        var ordered = paths.Properties
            .Select((property, index) => (Property: property, Index: index))
            .OrderBy(path => path.Property.Name, StringComparer.Ordinal);
        foreach (var (pathProperty, index) in ordered)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var typesStart = _types.Count;
            var pathOperations = new List<OperationModel>();
            ParsePathItem(pathProperty, operationIds, methodNames, pathOperations);
            parsed.Add((index, pathOperations, _types.GetRange(typesStart, _types.Count - typesStart)));
        }

        parsed.Sort((x, y) => x.Index.CompareTo(y.Index));
        _types.RemoveRange(typesBefore, _types.Count - typesBefore);
        var operations = new List<OperationModel>();
        foreach (var path in parsed)
        {
            operations.AddRange(path.Operations);
            _types.AddRange(path.Types);
        }

        return operations.ToEquatableArray();
    }

    /// <summary>
    /// The method stems of operationIds FastAPI made by default (see <see cref="FastApiFunctionName"/>): the endpoint
    /// function's name alone, for each such id that is used once and whose function name no other operation's stem
    /// takes (case ignored, as method names are allocated). Any other id is named as written; a spec with no such id
    /// names nothing here.
    /// </summary>
    private Dictionary<string, string> FunctionStems(SpecObject paths)
    {
        var operations = new List<(string? OperationId, string Method, string Path, string? Function)>();
        foreach (var pathProperty in paths.Properties)
        {
            if (pathProperty.Name.StartsWith("x-", StringComparison.Ordinal) || Deref(pathProperty.Value, out _) is not SpecObject pathItem)
            {
                continue;
            }

            var methods = Methods.Select(m => (Method: m, Node: pathItem[m]));
            if (GetObject(pathItem, "additionalOperations") is { } additional)
            {
                methods = methods.Concat(additional.Properties.Select(p => (Method: p.Name, Node: (SpecNode?)p.Value)));
            }

            foreach (var (method, node) in methods)
            {
                if (node is not null && Deref(node, out _) is SpecObject operation)
                {
                    var operationId = GetString(operation, "operationId");
                    operations.Add((operationId, method, pathProperty.Name, operationId is null ? null : FastApiFunctionName(operationId, pathProperty.Name, method)));
                }
            }
        }

        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!operations.Any(o => o.Function is not null))
        {
            return stems;
        }

        // Every operation's stem as it would be named: a function's name where there is one, else the id as written.
        var named = operations
            .Select(o => (o.OperationId, o.Function, Stem: o.Function is not null ? Naming.TypeOrMemberName(o.Function, "Operation") : WrittenStem(o.OperationId, o.Method, o.Path)))
            .ToList();
        var stemCounts = named.GroupBy(o => o.Stem, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var idCounts = named.Where(o => o.OperationId is not null).GroupBy(o => o.OperationId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var operation in named.Where(o => o.Function is not null && stemCounts[o.Stem] == 1 && idCounts[o.OperationId!] == 1))
        {
            stems.Add(operation.OperationId!, operation.Stem);
        }

        return stems;
    }

    /// <summary>An operation's method stem from its operationId as written, or, without one, from its method and path.</summary>
    private static string WrittenStem(string? operationId, string method, string path) =>
        Naming.TypeOrMemberName(operationId ?? NameFromMethodAndPath(method, path), "Operation");

    /// <summary>
    /// The endpoint function's name in an operationId FastAPI made by default (<c>generate_unique_id</c>): the name, then
    /// the path with every character that is not a letter, digit or underscore made <c>_</c>, then <c>_</c> and the
    /// method in lower case: <c>read_item_items__item_id__get</c> for <c>read_item</c> on <c>GET /items/{item_id}</c>.
    /// Null for any other id.
    /// </summary>
    internal static string? FastApiFunctionName(string operationId, string path, string method)
    {
        var start = operationId.Length - path.Length - 1 - method.Length;
        if (start <= 0 || operationId[start + path.Length] != '_'
            || string.CompareOrdinal(operationId, start + path.Length + 1, method.ToLowerInvariant(), 0, method.Length) != 0)
        {
            return null;
        }

        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (operationId[start + i] != (char.IsLetterOrDigit(c) || c == '_' ? c : '_'))
            {
                return null;
            }
        }

        var function = operationId.Substring(0, start);
        return function.Any(char.IsLetter) ? function : null;
    }

    private void ParsePathItem(SpecProperty pathProperty, HashSet<string> operationIds, NameScope methodNames, List<OperationModel> operations)
    {
        if (pathProperty.Name.StartsWith("x-", StringComparison.Ordinal))
        {
            return;
        }

        if (Deref(pathProperty.Value, out _) is not SpecObject pathItem)
        {
            return;
        }

        foreach (var method in Methods)
        {
            if (pathItem.GetProperty(method) is not { } operationProperty)
            {
                continue;
            }

            if (Deref(operationProperty.Value, out _) is not SpecObject operation)
            {
                Report(DiagnosticDescriptors.WrongKeywordType, Locate(operationProperty.Value), method, "an operation object");
                continue;
            }

            var parsed = ParseOperation(pathProperty, pathItem, method.ToUpperInvariant(), operationProperty, operation, operationIds, methodNames);
            if (parsed is not null)
            {
                operations.Add(parsed);
            }
        }

        if (GetObject(pathItem, "additionalOperations") is { } additional)
        {
            ParseAdditionalOperations(pathProperty, pathItem, additional, operationIds, methodNames, operations);
        }
    }

    /// <summary>
    /// OpenAPI 3.2's other methods (<c>COPY</c>, <c>PURGE</c>, <c>LINK</c>): each key is sent exactly as written, so
    /// its case is kept. A key that is not an HTTP token, or that is a fixed field's method, is reported and left out.
    /// </summary>
    private void ParseAdditionalOperations(
        SpecProperty pathProperty,
        SpecObject pathItem,
        SpecObject additional,
        HashSet<string> operationIds,
        NameScope methodNames,
        List<OperationModel> operations)
    {
        foreach (var operationProperty in additional.Properties)
        {
            var method = operationProperty.Name;
            if (method.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            if (!IsHttpToken(method))
            {
                Report(DiagnosticDescriptors.InvalidMethodName, LocateName(operationProperty), method);
                continue;
            }

            if (Methods.FirstOrDefault(m => string.Equals(m, method, StringComparison.OrdinalIgnoreCase)) is { } field)
            {
                Report(DiagnosticDescriptors.FixedMethodInAdditionalOperations, LocateName(operationProperty), method, field);
                continue;
            }

            if (Deref(operationProperty.Value, out _) is not SpecObject operation)
            {
                Report(DiagnosticDescriptors.WrongKeywordType, Locate(operationProperty.Value), method, "an operation object");
                continue;
            }

            var parsed = ParseOperation(pathProperty, pathItem, method, operationProperty, operation, operationIds, methodNames);
            if (parsed is not null)
            {
                operations.Add(parsed);
            }
        }
    }

    /// <summary>
    /// An RFC 9110 token: the only method names an HTTP request line can carry, and the only header and cookie names a
    /// request can carry (TGEN056).
    /// </summary>
    internal static bool IsHttpToken(string name) =>
        name.Length > 0 && name.All(c => c < 128 && (char.IsLetterOrDigit(c) || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0));

    private OperationModel? ParseOperation(
        SpecProperty pathProperty,
        SpecObject pathItem,
        string method,
        SpecProperty operationProperty,
        SpecObject operation,
        HashSet<string> operationIds,
        NameScope methodNames)
    {
        var diagnosticsBefore = _diagnostics.Count;
        var path = pathProperty.Name;
        NoteOperation(path, method, operation);
        var operationId = GetString(operation, "operationId");
        var duplicate = operationId is not null && !operationIds.Add(operationId);

        var stem = operationId is not null && _functionStems.TryGetValue(operationId, out var functionStem) ? functionStem : WrittenStem(operationId, method, path);
        // A repeated operationId (invalid, common in large specs) still generates: the name scope numbers it, in the
        // ordinal order of the paths, so the name does not change when the spec is reordered.
        var name = methodNames.Allocate(stem, s => new[] { s, GeneratedNames.AsyncMethod(s) });
        if (duplicate)
        {
            Report(DiagnosticDescriptors.DuplicateOperationId, Locate(operation["operationId"]!), operationId!, GeneratedNames.AsyncMethod(name));
        }

        var security = ParseSecurityRequirements(operation, _securitySchemesForOperations) ?? _defaultSecurity;
        var parameters = new List<ParameterModel>();
        var constantHeaders = new List<ConstantHeaderModel>();
        if (!ParseParameters(pathItem, operation, name, security, parameters, constantHeaders, out var queryString) || !ValidatePathTemplate(pathProperty, parameters))
        {
            return LeftOut();
        }

        // A response with an invalid status code is skipped alone (TGEN008 says so); the operation keeps the others.
        var result = ParseResponses(name, method, operation, operationProperty);
        if (result is null || HasErrorsSince(diagnosticsBefore, handledId: "TGEN008"))
        {
            return LeftOut();
        }

        var bodyDiagnosticsBefore = _diagnostics.Count;
        var bodyNode = operation["requestBody"];
        var requestBody = bodyNode is null ? null : ParseRequestBody(bodyNode, name, parameters);
        if (bodyNode is not null && HasErrorsSince(bodyDiagnosticsBefore) && parameters.Any(p => p.Location == ParameterLocation.Body && p.Type.Kind == TypeKind.Any))
        {
            KeepAsJson(bodyDiagnosticsBefore, Locate(bodyNode), "The request body of operation '" + (operationId ?? name) + "'", "operation '" + (operationId ?? name) + "'");
        }

        var accept = Accept(result);
        return new OperationModel(
            name,
            operationId ?? name,
            method,
            path,
            GetString(operation, "summary"),
            GetString(operation, "description"),
            GetBool(operation, "deprecated"),
            OrderParameters(parameters, path),
            constantHeaders.ToEquatableArray(),
            accept.Length == 0 ? null : accept,
            requestBody,
            result,
            security,
            OperationServer(pathItem, operation))
        {
            Deprecation = GetBool(operation, "deprecated") ? DeprecationMessage(operation, "operation") : null,
            QueryString = queryString,
            TagSummary = TagSummary(operation),
            Tags = _readTags ? OperationTags(operation) : EquatableArray<string>.Empty,
        };

        // An error confined to the operation leaves only the operation out, and says so where it is.
        OperationModel? LeftOut()
        {
            Report(DiagnosticDescriptors.OperationLeftOut, Locate(operation), operationId ?? name, method.ToUpperInvariant() + " " + path);
            return null;
        }
    }

    /// <summary>
    /// The media types of every case's body, each once, joined by commas (empty when none has a body): first those a
    /// case reads its body from (its JSON, of any JSON media type, its text, sequence or stream), in ordinal order; then,
    /// at a lower quality (<c>;q=0.9</c>), the further media types a status lists beside JSON it reads typed, which would
    /// reach the caller only as the raw body (Traccar's positions as JSON, GPX or CSV: a server that negotiates by the order of equal
    /// types sent GPX for <c>application/gpx+xml, application/json, text/csv</c>); a server that can send only those
    /// still may. A JSON model documented under <c>*/*</c> (as springdoc documents every response) asks for
    /// <c>application/json</c> too; beside any other type, <c>*/*</c> goes last at a lower quality still
    /// (<c>*/*;q=0.8</c>), so that a server that negotiates sends what the client reads typed rather than whatever it
    /// lists first, and still may send anything.
    /// </summary>
    private static string Accept(ResultModel result)
    {
        var read = new List<string>();
        var rawOnly = new List<string>();
        var jsonUnderAny = false;
        foreach (var @case in result.Cases)
        {
            if (@case.Body is { } body)
            {
                AddOnce(read, body.MediaType);
                if (body.Sequential is { } sequential)
                {
                    AddOnce(read, sequential.MediaType);
                }

                // A stream is handed over and text is read whatever the media type, and any JSON answer is read as JSON:
                // none of those is asked for less.
                foreach (var other in body.OtherMediaTypes)
                {
                    if (body.Kind is BodyKind.Binary or BodyKind.Text || (body.Kind == BodyKind.Json && MediaTypes.IsJson(MediaTypes.Base(other))))
                    {
                        AddOnce(read, other);
                    }
                }

                jsonUnderAny |= body.Kind == BodyKind.Json && MediaTypes.Base(body.MediaType) == AnyMediaType;
            }
        }

        foreach (var @case in result.Cases)
        {
            foreach (var other in @case.Body?.OtherMediaTypes ?? EquatableArray<string>.Empty)
            {
                if (!read.Contains(other, StringComparer.Ordinal))
                {
                    AddOnce(rawOnly, other);
                }
            }
        }

        if (jsonUnderAny && !read.Exists(m => MediaTypes.Base(m) == "application/json"))
        {
            var named = rawOnly.FindIndex(m => MediaTypes.Base(m) == "application/json");
            read.Add(named < 0 ? "application/json" : rawOnly[named]);
            if (named >= 0)
            {
                rawOnly.RemoveAt(named);
            }
        }

        var any = read.Remove(AnyMediaType) | rawOnly.Remove(AnyMediaType);
        read.Sort(StringComparer.Ordinal);
        rawOnly.Sort(StringComparer.Ordinal);
        var mediaTypes = read;
        foreach (var other in rawOnly)
        {
            mediaTypes.Add(other + ";q=0.9");
        }

        if (any)
        {
            mediaTypes.Add(mediaTypes.Count == 0 ? AnyMediaType : AnyMediaType + ";q=0.8");
        }

        return mediaTypes.Count == 1 ? mediaTypes[0] : string.Join(", ", mediaTypes);
    }

    private const string AnyMediaType = "*/*";

    private static void AddOnce(List<string> list, string item)
    {
        foreach (var existing in list)
        {
            if (string.Equals(existing, item, StringComparison.Ordinal))
            {
                return;
            }
        }

        list.Add(item);
    }

    /// <summary>The document's tags that have a <c>summary</c> (OpenAPI 3.2), by name: the summary and the <c>parent</c> tag.</summary>
    private Dictionary<string, (string Summary, string? Parent)>? _tagSummaries;

    /// <summary>
    /// For the method's remarks: the OpenAPI 3.2 <c>summary</c> of each tag of the operation that has one, under its
    /// <c>parent</c> tags (<c>Store › Orders: Placing and tracking orders</c>); null when none has one.
    /// </summary>
    private string? TagSummary(SpecObject operation)
    {
        if (_tagSummaries is null)
        {
            _tagSummaries = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
            foreach (var item in GetArray(_root, "tags")?.Items ?? (IEnumerable<SpecNode>)Array.Empty<SpecNode>())
            {
                if (item is SpecObject tag && GetString(tag, "name") is { } name && GetString(tag, "summary") is { } summary && !_tagSummaries.ContainsKey(name))
                {
                    _tagSummaries.Add(name, (summary, GetString(tag, "parent")));
                }
            }
        }

        if (_tagSummaries.Count == 0 || operation["tags"] is not SpecArray tags)
        {
            return null;
        }

        var lines = new List<string>();
        foreach (var item in tags.Items)
        {
            if (item is not SpecScalar { Kind: ScalarKind.String } name || !_tagSummaries.TryGetValue(name.Text, out var tag))
            {
                continue;
            }

            // The parent chain, guarded against a cycle of parents (invalid, but it must not hang the build).
            var path = name.Text;
            var seen = new HashSet<string>(StringComparer.Ordinal) { name.Text };
            for (var parent = tag.Parent; parent is not null && seen.Add(parent); parent = _tagSummaries.TryGetValue(parent, out var up) ? up.Parent : null)
            {
                path = parent + " › " + path;
            }

            lines.Add(path + ": " + tag.Summary.Trim().TrimEnd('.') + ".");
        }

        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    /// <summary>The first server of the operation's own <c>servers</c>, else of its path item's; null when neither lists one.</summary>
    private string? OperationServer(SpecObject pathItem, SpecObject operation)
    {
        var servers = ParseServers(operation);
        if (servers.Count == 0)
        {
            servers = ParseServers(pathItem);
        }

        return servers.Count == 0 ? null : servers[0].Url;
    }

    private RequestBodyModel? ParseRequestBody(SpecNode node, string operationName, List<ParameterModel> parameters)
    {
        if (Deref(node, out _) is not SpecObject definition || GetObject(definition, "content") is not { } listed || listed.Properties.Count == 0)
        {
            return null;
        }

        var content = WellFormedContent(listed, request: true);

        // One media type is the method's, in the order a typed client handles best; a JSON schema of raw octets
        // or of a plain string goes as octets or as text when the spec offers those (JSON-encoding them helps nobody).
        SpecProperty? found = null;
        var kind = RequestBodyKind.Binary;
        foreach (var candidate in new[] { RequestBodyKind.Json, RequestBodyKind.FormUrlEncoded, RequestBodyKind.Multipart, RequestBodyKind.Text, RequestBodyKind.Binary })
        {
            found = MediaOfKind(content, candidate);
            if (found is not null)
            {
                kind = candidate;
                break;
            }
        }

        var chosen = found ?? content.Properties[0];
        if (kind == RequestBodyKind.Json && Deref(chosen.Value, out _) is SpecObject jsonMedia && jsonMedia["schema"] is { } jsonSchema
            && ResolveSchema(jsonSchema, operationName + "Request").Type.Kind is var jsonKind
            && (jsonKind == TypeKind.Binary || jsonKind == TypeKind.String))
        {
            var raw = jsonKind == TypeKind.Binary ? RequestBodyKind.Binary : RequestBodyKind.Text;
            if (content.FirstProperty(m => MediaKind(m.Name) == raw) is { } rawMedia)
            {
                chosen = rawMedia;
                kind = raw;
            }
        }

        // springfox documents a model body under */* (Spring reads it with its JSON converter): it is sent as JSON, as
        // such a model is read from a response under */*, not as octets a server that reads JSON refuses (415).
        if (kind == RequestBodyKind.Binary && MediaTypes.Base(chosen.Name) == AnyMediaType
            && Deref(chosen.Value, out _) is SpecObject anyMedia && anyMedia["schema"] is { } anySchema
            && ResolveSchema(anySchema, operationName + "Request").Type is { } anyType
            && (anyType.Kind is TypeKind.Object or TypeKind.Map or TypeKind.Union || (anyType.Kind == TypeKind.Array && anyType.Item!.Kind != TypeKind.Binary)))
        {
            kind = RequestBodyKind.Json;
        }

        var schema = Deref(chosen.Value, out _) is SpecObject media ? media["schema"] : null;
        if (kind is RequestBodyKind.FormUrlEncoded or RequestBodyKind.Multipart && schema is not null && IsEmptyForm(schema))
        {
            // A form that declares no field and allows none carries nothing (Stripe's GET operations): no body to take.
            ReportItemEncodings(content);
            return null;
        }

        var hint = operationName + "Request";
        TypeRef type;
        var form = FormModel.Empty;
        ItemPartModel? itemPart = null;
        var nullable = false;
        switch (kind)
        {
            case RequestBodyKind.Json:
                if (schema is null)
                {
                    type = TypeRef.Any;
                }
                else
                {
                    var resolved = ResolveSchema(schema, hint);
                    type = resolved.Type;
                    // JsonElement holds a JSON null itself.
                    nullable = resolved.Nullable && type.Kind != TypeKind.Any;
                }

                break;
            case RequestBodyKind.FormUrlEncoded:
            case RequestBodyKind.Multipart:
                type = schema is null ? TypeRef.Any : ResolveSchema(schema, hint).Type;
                if (kind == RequestBodyKind.FormUrlEncoded)
                {
                    type = FreeFormAsFields(type);
                }

                // A body's union is sent by its variants even when none is an object (each then goes as its JSON).
                if ((FormOf(type) ?? (UnionModel(type) is { } union ? UnionForm(union) : null)) is { } fields)
                {
                    form = fields;
                }
                else if (kind == RequestBodyKind.Multipart && ItemParts(chosen, schema is null ? null : type, hint) is { } items)
                {
                    (kind, type, itemPart) = (RequestBodyKind.MultipartItems, items.List, items.Part);
                }
                else if (kind == RequestBodyKind.Multipart)
                {
                    // Raw octets under a multipart media type would go without the boundary that separates the parts.
                    Report(DiagnosticDescriptors.MultipartBodyNotAnObject, Locate(chosen.Value), chosen.Name, operationName);
                    kind = RequestBodyKind.MultipartParts;
                    type = new TypeRef(TypeKind.Binary);
                }
                else
                {
                    Report(DiagnosticDescriptors.FormBodyNotAnObject, Locate(chosen.Value), chosen.Name, operationName);
                    kind = RequestBodyKind.Binary;
                    type = new TypeRef(TypeKind.Binary);
                }

                break;
            case RequestBodyKind.Text:
                type = TypeRef.String;
                break;
            default:
                var multipart = MediaKind(chosen.Name) == RequestBodyKind.MultipartParts;
                if (multipart && ItemParts(chosen, schema is null ? null : ResolveSchema(schema, hint).Type, hint) is { } parts)
                {
                    (kind, type, itemPart) = (RequestBodyKind.MultipartItems, parts.List, parts.Part);
                    break;
                }

                // multipart/related, /alternative, ...: parts the caller builds, as for a multipart form of no object.
                kind = multipart ? RequestBodyKind.MultipartParts : RequestBodyKind.Binary;
                type = new TypeRef(TypeKind.Binary);
                break;
        }

        ReportItemEncodings(content, applied: itemPart is null ? null : chosen.Name);

        var identifiers = ParameterScope(parameters);
        var required = GetBool(definition, "required");
        parameters.Add(new ParameterModel(
            "body",
            identifiers.Allocate(GeneratedNames.BodyParameter),
            ParameterLocation.Body,
            type,
            required,
            GetString(definition, "description") ?? "The request body (" + chosen.Name + ").")
        {
            Nullable = nullable && required,
        });
        var alternatives = BodyAlternatives(content, kind, type, operationName);
        return new RequestBodyModel(kind, SentMediaType(chosen.Name, kind), form, alternatives)
        {
            ItemPart = itemPart,
            Encodings = kind is RequestBodyKind.FormUrlEncoded or RequestBodyKind.Multipart ? FieldEncodings(chosen) : EquatableArray<FieldEncodingModel>.Empty,
            TextChoice = kind == RequestBodyKind.Text || alternatives.Any(a => a.Kind == RequestBodyKind.Text) ? TextChoice(content, identifiers) : null,
        };
    }

    /// <summary>
    /// A form media type's <c>encoding</c>: each field's style (a form field's default is form, exploded) and content
    /// type. Swagger 2.0's <c>collectionFormat</c> on a formData array arrives here too, converted to a style.
    /// </summary>
    private EquatableArray<FieldEncodingModel> FieldEncodings(SpecProperty media)
    {
        if (Deref(media.Value, out _) is not SpecObject mediaObject || GetObject(mediaObject, "encoding") is not { } encoding)
        {
            return EquatableArray<FieldEncodingModel>.Empty;
        }

        var encodings = new List<FieldEncodingModel>();
        foreach (var entry in encoding.Properties)
        {
            if (Deref(entry.Value, out _) is SpecObject field)
            {
                var styled = field["style"] is not null || field["explode"] is not null || field["allowReserved"] is not null;
                encodings.Add(new FieldEncodingModel(entry.Name, ParseStyle(field, ParameterLocation.Query), GetString(field, "contentType"), styled));
            }
        }

        return encodings.ToEquatableArray();
    }

    /// <summary>
    /// The text media types the body is offered in, when more than one (each once, a wildcard as <c>text/plain</c>):
    /// the text method's argument that picks one, named in <paramref name="identifiers"/>; null for one or none.
    /// </summary>
    private static TextChoiceModel? TextChoice(SpecObject content, NameScope identifiers)
    {
        var types = new List<string>();
        foreach (var media in content.Properties)
        {
            if (MediaKind(media.Name) == RequestBodyKind.Text && SentMediaType(media.Name, RequestBodyKind.Text) is var sent
                && !types.Contains(sent, StringComparer.OrdinalIgnoreCase))
            {
                types.Add(sent);
            }
        }

        return types.Count > 1 ? new TextChoiceModel(types.ToEquatableArray(), identifiers.Allocate(GeneratedNames.ContentTypeParameter)) : null;
    }

    /// <summary>An object schema with no property that allows no other member: a form of it has no field.</summary>
    private bool IsEmptyForm(SpecNode schema) =>
        Deref(schema, out _) is SpecObject form
        && (form["type"] is null || form["type"] is SpecScalar { Kind: ScalarKind.String, Text: "object" })
        && (form["properties"] is null || form["properties"] is SpecObject { Properties.Count: 0 })
        && form["additionalProperties"] is SpecScalar { Kind: ScalarKind.Boolean, Text: "false" }
        && form["allOf"] is null && form["oneOf"] is null && form["anyOf"] is null && form["patternProperties"] is null;

    /// <summary>
    /// The other kinds of body the spec offers, each an overload of the method: text (a <c>string</c>), raw octets
    /// (an <c>ApiFile</c>, whose content type picks among the binary media types) and, beside a JSON, text or binary
    /// body, a form (multipart first: it also carries files) of its own schema's type. An overload is left out when its
    /// argument type would be the method's own (a string body already sent as text, a form of the JSON body's schema).
    /// </summary>
    private EquatableArray<RequestBodyAlternativeModel> BodyAlternatives(SpecObject content, RequestBodyKind kind, TypeRef type, string operationName)
    {
        var alternatives = new List<RequestBodyAlternativeModel>();
        if (kind != RequestBodyKind.Text && type.Kind is not (TypeKind.String or TypeKind.Enum)
            && content.FirstProperty(m => MediaKind(m.Name) == RequestBodyKind.Text) is { } text)
        {
            alternatives.Add(new RequestBodyAlternativeModel(RequestBodyKind.Text, SentMediaType(text.Name, RequestBodyKind.Text)));
        }

        // The file overload's media type when the file names none.
        if (content.Properties.Count(m => MediaKind(m.Name) == RequestBodyKind.Binary) > (kind == RequestBodyKind.Binary ? 1 : 0))
        {
            alternatives.Add(new RequestBodyAlternativeModel(RequestBodyKind.Binary, SentMediaType(MediaOfKind(content, RequestBodyKind.Binary)!.Value.Name, RequestBodyKind.Binary)));
        }

        if (kind is not (RequestBodyKind.FormUrlEncoded or RequestBodyKind.Multipart) && FormAlternative(content, type, operationName) is { } form)
        {
            alternatives.Add(form);
        }

        return alternatives.ToEquatableArray();
    }

    /// <summary>
    /// The form a body beside JSON, text or octets is also offered as: the first of multipart and URL-encoded whose
    /// schema is an object, a union of objects or a map (a free-form URL-encoded one a map of strings) of another type
    /// than the body's; null when there is none.
    /// </summary>
    private RequestBodyAlternativeModel? FormAlternative(SpecObject content, TypeRef type, string operationName)
    {
        foreach (var kind in new[] { RequestBodyKind.Multipart, RequestBodyKind.FormUrlEncoded })
        {
            if (MediaOfKind(content, kind) is not { } media
                || Deref(media.Value, out _) is not SpecObject mediaObject || mediaObject["schema"] is not { } schema || IsEmptyForm(schema))
            {
                continue;
            }

            var formType = ResolveSchema(schema, operationName + (kind == RequestBodyKind.Multipart ? "MultipartRequest" : "FormRequest")).Type;
            if (kind == RequestBodyKind.FormUrlEncoded)
            {
                formType = FreeFormAsFields(formType);
            }

            if (formType.Equals(type))
            {
                continue;
            }

            if (FormOf(formType) is { } form)
            {
                var mediaType = SentMediaType(media.Name, kind);
                return new RequestBodyAlternativeModel(kind, mediaType)
                {
                    Type = formType,
                    Form = new RequestBodyModel(kind, mediaType, form) { Encodings = FieldEncodings(media) },
                };
            }
        }

        return null;
    }

    /// <summary>
    /// What a form of <paramref name="type"/> sends: an object's fields, a union's variants (one of them an object), a
    /// map's entries; null for any other type.
    /// </summary>
    private FormModel? FormOf(TypeRef type) =>
        ObjectModel(type) is { } model ? ObjectForm(model)
            : UnionModel(type) is { } union && union.Variants.Any(v => ObjectModel(v.Type) is not null) ? UnionForm(union)
            : MapForm(type);

    /// <summary>
    /// A class sent as a form: its fields, held to its required-only alternatives, then its undeclared members; and, with
    /// <paramref name="withClassesBelow"/>, the classes below it, so a value of one sends its own fields.
    /// </summary>
    private FormModel ObjectForm(ObjectTypeModel model, bool withClassesBelow = true) =>
        new(model.Properties)
        {
            RequiredAlternatives = model.RequiredAlternatives,
            Subclasses = withClassesBelow ? FormSubclasses(model) : EquatableArray<FormVariantModel>.Empty,
            Extra = model.Extra,
        };

    /// <summary>
    /// The classes below a hierarchy class sent as a form, deepest first, each with its fields (inherited ones included:
    /// the hierarchies are complete before any operation is read); empty outside a hierarchy.
    /// </summary>
    private EquatableArray<FormVariantModel> FormSubclasses(ObjectTypeModel model) =>
        model.Hierarchy is not { Descendants.Count: > 0 } hierarchy
            ? EquatableArray<FormVariantModel>.Empty
            : hierarchy.Descendants
                .Select(d => new TypeRef(TypeKind.Object, d.Name))
                .Select(type => (Type: type, Model: ObjectModel(type)))
                .Where(derived => derived.Model is not null)
                .Select(derived => new FormVariantModel(derived.Type.Name!, derived.Type, ObjectForm(derived.Model!, withClassesBelow: false)))
                .ToEquatableArray();

    /// <summary>
    /// A union sent as a form: the fields of the variant held (of the class the value is, for a variant that is a class
    /// of a hierarchy); a variant that is not an object goes as JSON.
    /// </summary>
    private FormModel UnionForm(UnionTypeModel union) =>
        FormModel.Empty with
        {
            Variants = union.Variants
                .Select(v => new FormVariantModel(v.Name, v.Type, ObjectModel(v.Type) is { } model ? ObjectForm(model) : FormModel.Empty))
                .ToEquatableArray(),
        };

    /// <summary>
    /// A URL-encoded form whose schema allows any member and declares none (<c>type: object</c> alone,
    /// <c>additionalProperties: true</c>, no schema): its fields are text, so a map of strings, each entry a field.
    /// </summary>
    private static TypeRef FreeFormAsFields(TypeRef type) =>
        type.Kind == TypeKind.Any ? new TypeRef(TypeKind.Map, Item: TypeRef.String) : type;

    /// <summary>
    /// OpenAPI 3.2's encoding by position, for a multipart body that is no form: the items of its array (or of its
    /// <c>itemSchema</c>), each sent as one part as the media type's <c>itemEncoding</c> says, its <c>contentType</c> (the
    /// first concrete one it lists) or else the default for the item's type (a file <c>application/octet-stream</c>, a
    /// string or other scalar <c>text/plain</c>, anything else <c>application/json</c>). Null, and the caller's parts taken
    /// as before, when the media type gives no <c>itemEncoding</c>, gives <c>prefixEncoding</c> (parts by position), or
    /// asks for a content type the items cannot be written in (an object as XML).
    /// </summary>
    /// <param name="resolved">The type of the media type's <c>schema</c>, null when it has none.</param>
    /// <returns>The list of items the method takes, and how each is written as its part.</returns>
    private (TypeRef List, ItemPartModel Part)? ItemParts(SpecProperty media, TypeRef? resolved, string hint)
    {
        if (MediaTypes.Base(media.Name) == "multipart/form-data" || Deref(media.Value, out _) is not SpecObject mediaObject
            || mediaObject["itemEncoding"] is not SpecObject itemEncoding || mediaObject["prefixEncoding"] is not null)
        {
            return null;
        }

        var item = mediaObject["itemSchema"] is { } itemSchema ? ResolveSchema(itemSchema, hint + "Item").Type
            : resolved is { Kind: TypeKind.Array } array ? array.Item
            : null;
        if (item is null)
        {
            return null;
        }

        var list = new TypeRef(TypeKind.Array, Item: item);
        var listed = GetString(itemEncoding, "contentType")?.Split(',').Select(t => t.Trim()).FirstOrDefault(t => t.Length > 0 && t.IndexOf('*') < 0);
        var scalar = item.Kind == TypeKind.String || item.IsInteger || item.Kind is TypeKind.Float or TypeKind.Double or TypeKind.Decimal or TypeKind.Boolean;
        // A scalar's text is its JSON but for a string's quotes: a number or a boolean goes as text under a text type.
        var asText = item.Kind == TypeKind.String ? PartWriting.Text : PartWriting.Json;
        if (item.Kind == TypeKind.Binary)
        {
            return (list, new ItemPartModel(PartWriting.File, listed ?? "application/octet-stream"));
        }

        if (listed is null)
        {
            return (list, scalar ? new ItemPartModel(asText, "text/plain") : new ItemPartModel(PartWriting.Json, "application/json"));
        }

        return MediaTypes.IsJson(MediaTypes.Base(listed)) ? (list, new ItemPartModel(PartWriting.Json, listed))
            : scalar && MediaTypes.Base(listed).StartsWith("text/", StringComparison.Ordinal) ? (list, new ItemPartModel(asText, listed))
            : null;
    }

    /// <summary>A map sent as a form, each entry a field: its entries as undeclared members are, of its value type; null for any other type.</summary>
    private static FormModel? MapForm(TypeRef type) =>
        type.Kind == TypeKind.Map ? FormModel.Empty with { Extra = new ExtraMembersModel(string.Empty, type.Item!, type.ItemNullable, Inherited: false) } : null;

    /// <summary>
    /// A content without its keys that are not media types (<see cref="MediaTypes.IsWellFormed"/>), reported once per
    /// content at the first of them (TGEN054): a response's typed body and the Accept header take only media types (a
    /// misplaced example's name there would go out in Accept); a request body is sent as one of its media types, or,
    /// when it lists none, under its first key as written (the support sends an unparsable one unchecked, an empty one
    /// as no Content-Type). The same keys repeated over a document are folded into one warning at the end
    /// (<see cref="FoldRepeatedMediaTypeKeys"/>).
    /// </summary>
    private SpecObject WellFormedContent(SpecObject content, bool request)
    {
        List<SpecProperty>? kept = null;
        List<SpecProperty>? malformed = null;
        foreach (var media in content.Properties)
        {
            if (MediaTypes.IsWellFormed(media.Name))
            {
                (kept ??= new List<SpecProperty>()).Add(media);
            }
            else
            {
                (malformed ??= new List<SpecProperty>()).Add(media);
            }
        }

        if (malformed is null)
        {
            return content;
        }

        var consequence = !request ? "left out: a typed body and the Accept header take media types only (the raw body keeps what arrives)"
            : kept is not null ? "left out: the body is sent as the content's media types say"
            : malformed[0].Name.Trim().Length == 0 ? "the body is sent without a Content-Type"
            : "the body is sent with it as its Content-Type, as written and unchecked";
        Report(DiagnosticDescriptors.NotAMediaType, LocateName(malformed[0]), string.Join(", ", malformed.Select(m => "'" + m.Name + "'")), consequence);
        return request && kept is null ? content : new SpecObject(content.Offset, content.Length, kept ?? new List<SpecProperty>());
    }

    /// <summary>
    /// The body's first media type of a kind, a concrete one before a wildcard of that kind (application/xml before
    /// application/*+xml); null when the body offers none.
    /// </summary>
    private static SpecProperty? MediaOfKind(SpecObject content, RequestBodyKind kind) =>
        content.FirstProperty(m => MediaKind(m.Name) == kind && m.Name.IndexOf('*') < 0) ?? content.FirstProperty(m => MediaKind(m.Name) == kind);

    /// <summary>
    /// The media type sent: as the spec writes it, or a concrete one for a wildcard (the caller's multipart parts keep
    /// theirs: any subtype matches it).
    /// </summary>
    private static string SentMediaType(string mediaType, RequestBodyKind kind) =>
        !mediaType.Contains("*") || kind == RequestBodyKind.MultipartParts ? mediaType
            : kind switch
            {
                RequestBodyKind.Text => "text/plain",
                RequestBodyKind.Json => "application/json",
                RequestBodyKind.MultipartItems => "multipart/mixed",
                _ => "application/octet-stream",
            };

    /// <summary>
    /// The parameter names of an operation method: <c>cancellationToken</c> first (it stays the public name), then
    /// the parameters already named. The method's locals are allocated by the emitter after all of them.
    /// </summary>
    private static NameScope ParameterScope(IEnumerable<ParameterModel> parameters) =>
        new(new[] { GeneratedNames.CancellationToken }.Concat(parameters.Select(p => p.Identifier)));

    private static RequestBodyKind MediaKind(string mediaType)
    {
        var type = MediaTypes.Base(mediaType);
        if (MediaTypes.IsJson(type))
        {
            return RequestBodyKind.Json;
        }

        return type switch
        {
            "application/x-www-form-urlencoded" => RequestBodyKind.FormUrlEncoded,
            "multipart/form-data" or "multipart/mixed" => RequestBodyKind.Multipart,
            _ when type.StartsWith("multipart/", StringComparison.Ordinal) => RequestBodyKind.MultipartParts,
            _ when type.StartsWith("text/", StringComparison.Ordinal) => RequestBodyKind.Text,
            _ => RequestBodyKind.Binary,
        };
    }

    /// <summary>Path parameters in template order, then the other required ones, then the optional ones.</summary>
    /// <remarks>
    /// Path parameters first, in the order the path template names them (a spec that declares them in another order, or
    /// anew, changes nothing: the URL is what a caller reads them from); then the required ones, then the optional ones;
    /// within each, the body first; otherwise in the spec's order. A pass per rank over the few parameters an operation
    /// has, into an array of their number.
    /// </remarks>
    private static EquatableArray<ParameterModel> OrderParameters(List<ParameterModel> parameters, string pathTemplate)
    {
        var ordered = ImmutableArray.CreateBuilder<ParameterModel>(parameters.Count);

        // By the placeholder's place in the template (OrderBy is stable: one the template lacks keeps its place after them).
        ordered.AddRange(parameters.Where(p => p.Location == ParameterLocation.Path)
            .OrderBy(p => pathTemplate.IndexOf("{" + p.WireName + "}", StringComparison.Ordinal) is var at and >= 0 ? at : int.MaxValue));

        // The other ranks: required (the body first), then optional (the body first).
        for (var rank = 2; rank < 6; rank++)
        {
            foreach (var parameter in parameters)
            {
                var group = parameter.Location == ParameterLocation.Path ? 0 : parameter.Required ? 1 : 2;
                if ((group * 2) + (parameter.Location == ParameterLocation.Body ? 0 : 1) == rank)
                {
                    ordered.Add(parameter);
                }
            }
        }

        return new EquatableArray<ParameterModel>(ordered.MoveToImmutable());
    }

    private static string NameFromMethodAndPath(string method, string path)
    {
        var builder = new StringBuilder(Naming.ToPascalCase(method.ToLowerInvariant()));
        foreach (var segment in path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(segment.StartsWith("{", StringComparison.Ordinal)
                ? "By" + Naming.ToPascalCase(segment)
                : Naming.ToPascalCase(segment));
        }

        return builder.ToString();
    }

    /// <summary>The operation's parameters; false when they cannot be sent as the spec says (the operation is then left out).</summary>
    private bool ParseParameters(
        SpecObject pathItem,
        SpecObject operation,
        string operationName,
        EquatableArray<SecurityRequirementModel> security,
        List<ParameterModel> parameters,
        List<ConstantHeaderModel> constantHeaders,
        out QueryStringModel? queryString)
    {
        queryString = null;
        // Operation-level parameters override path-level ones with the same name and location.
        var merged = new List<(SpecObject Node, string Name, string In)>();
        foreach (var source in new[] { pathItem, operation })
        {
            if (GetArray(source, "parameters") is not { } list)
            {
                continue;
            }

            foreach (var item in list.Items)
            {
                if (Deref(item, out _) is not SpecObject parameter)
                {
                    continue;
                }

                var wireName = GetString(parameter, "name");
                var location = GetString(parameter, "in");
                if (wireName is null || location is null)
                {
                    Report(DiagnosticDescriptors.ParameterWithoutNameOrIn, Locate(parameter));
                    continue;
                }

                merged.RemoveAll(p => p.Name == wireName && p.In == location);
                merged.Add((parameter, wireName, location));
            }
        }

        var identifiers = ParameterScope(parameters);
        foreach (var (node, wireName, location) in merged)
        {
            ParameterLocation kind;
            switch (location)
            {
                case "path":
                    kind = ParameterLocation.Path;
                    break;
                case "query":
                    kind = ParameterLocation.Query;
                    break;
                case "header":
                    kind = ParameterLocation.Header;
                    break;
                case "cookie":
                    kind = ParameterLocation.Cookie;
                    break;
                case "querystring":
                    if (!ParseQueryString(node, wireName, operationName, merged, identifiers, parameters, ref queryString))
                    {
                        return false;
                    }

                    continue;
                default:
                    Report(DiagnosticDescriptors.InvalidParameterLocation, Locate(node["in"]!), wireName, location);
                    continue;
            }

            if (kind is ParameterLocation.Header or ParameterLocation.Cookie && !IsHttpToken(wireName))
            {
                // HttpClient would drop such a header or refuse the request at run time: say so at build time instead.
                Report(DiagnosticDescriptors.ParameterNameNotAToken, Locate(node["name"] ?? node), location, wireName, operationName);
                continue;
            }

            var required = kind == ParameterLocation.Path || GetBool(node, "required");
            var schemaNode = node["schema"];
            if (kind == ParameterLocation.Header)
            {
                if (IsHeaderTheHttpLayerOwns(wireName, security))
                {
                    Report(DiagnosticDescriptors.HeaderParameterIgnored, Locate(node), wireName);
                    continue;
                }

                if (required && schemaNode is not null && SingleAllowedValue(schemaNode) is { } constant)
                {
                    constantHeaders.Add(new ConstantHeaderModel(wireName, constant));
                    continue;
                }
            }

            var type = schemaNode is null ? TypeRef.String : ResolveNamedInlineSchema(schemaNode, Naming.ModelTypeName(wireName));
            var identifier = identifiers.Allocate(Naming.ParameterName(wireName, "value"));
            var allowsEmpty = kind == ParameterLocation.Path && type.Kind is TypeKind.String or TypeKind.Bytes or TypeKind.Enum && AdmitsEmptyString(schemaNode);
            parameters.Add(new ParameterModel(wireName, identifier, kind, type, required, GetString(node, "description"), ParseStyle(node, kind), allowsEmpty)
            {
                Deprecated = GetBool(node, "deprecated"),
                DefaultText = schemaNode is null ? null : DefaultText(schemaNode),
                AllowReserved = kind switch
                {
                    ParameterLocation.Query => GetBool(node, "allowReserved") || GetBool(node, SkipUrlEncoding),
                    ParameterLocation.Path => GetBool(node, SkipUrlEncoding) && type.Kind is not (TypeKind.Array or TypeKind.Object or TypeKind.Map),
                    _ => false,
                },
            });
        }

        return true;
    }

    /// <summary>
    /// A parameter's or a response header's schema as a type, named after it (<paramref name="hint"/>). An inline enum
    /// (or list of one) is the same type wherever the same enum is given under the same name: <c>order: [asc, desc]</c>
    /// on every list operation is one <c>Order</c>, not <c>Order</c>, <c>Order2</c>, … <c>Order15</c>, copies a caller
    /// could not pass from one operation to the next. The same means the same keywords and values, in any order
    /// (<see cref="CanonicalText"/>); a schema that refers elsewhere (<c>$ref</c>) is resolved as usual, since where it
    /// points may differ between files.
    /// </summary>
    private TypeRef ResolveNamedInlineSchema(SpecNode schema, string hint)
    {
        // The canonical text of a schema that refers elsewhere is null (see CanonicalText).
        if (schema is not SpecObject inline || CanonicalText(inline, 0) is not { } text)
        {
            return ResolveScalarSchema(schema, hint);
        }

        if (_inlineNamedTypes.TryGetValue((hint, text), out var known))
        {
            return known;
        }

        var type = ResolveScalarSchema(schema, hint);
        if (type.Kind == TypeKind.Enum || type.Item is { Kind: TypeKind.Enum })
        {
            _inlineNamedTypes[(hint, text)] = type;
        }

        return type;
    }

    /// <summary>
    /// A schema as JSON text with each object's members in ordinal order and an <c>enum</c>'s values sorted, so two
    /// schemas that say the same in another order read alike; null for one that refers elsewhere, names its enum's
    /// members in a list of their own (<c>x-enum-varnames</c>, whose order is the values'), or nests too deep.
    /// </summary>
    private static string? CanonicalText(SpecNode node, int depth)
    {
        switch (node)
        {
            case SpecObject obj when depth < 8:
                var members = new List<string>(obj.Properties.Count);
                foreach (var member in obj.Properties)
                {
                    if (member.Name == "$ref" || member.Name.StartsWith("x-enum", StringComparison.OrdinalIgnoreCase))
                    {
                        return null;
                    }

                    var value = member.Name == "enum" && member.Value is SpecArray values ? Items(values, depth, sorted: true) : CanonicalText(member.Value, depth + 1);
                    if (value is null)
                    {
                        return null;
                    }

                    members.Add("\"" + member.Name.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\":" + value);
                }

                members.Sort(StringComparer.Ordinal);
                return "{" + string.Join(",", members) + "}";
            case SpecArray array when depth < 8:
                return Items(array, depth, sorted: false);
            case SpecScalar:
                return JsonText(node);
            default:
                return null;
        }

        static string? Items(SpecArray array, int depth, bool sorted)
        {
            var items = new List<string>(array.Items.Count);
            foreach (var item in array.Items)
            {
                if (CanonicalText(item, depth + 1) is not { } text)
                {
                    return null;
                }

                items.Add(text);
            }

            if (sorted)
            {
                items.Sort(StringComparer.Ordinal);
            }

            return "[" + string.Join(",", items) + "]";
        }
    }

    /// <summary>
    /// OpenAPI 3.2's <c>in: querystring</c>: one argument that is the whole query string, serialized as its one media
    /// type says (a form-encoded object's fields, else the value in that media type, percent-encoded). It rules out
    /// <c>in: query</c> parameters and a second one; then the operation cannot be sent as documented and is left out.
    /// </summary>
    private bool ParseQueryString(
        SpecObject node,
        string wireName,
        string operationName,
        List<(SpecObject Node, string Name, string In)> merged,
        NameScope identifiers,
        List<ParameterModel> parameters,
        ref QueryStringModel? queryString)
    {
        if (parameters.FirstOrDefault(p => p.Location == ParameterLocation.QueryString) is { } first)
        {
            Report(DiagnosticDescriptors.SecondQueryString, Locate(node), wireName, first.WireName);
            return false;
        }

        var query = merged.Where(p => p.In == "query").Select(p => p.Name).ToList();
        if (query.Count > 0)
        {
            Report(DiagnosticDescriptors.QueryStringWithQuery, Locate(node), wireName, string.Join(", ", query));
            return false;
        }

        if (GetObject(node, "content") is not { Properties.Count: 1 } content)
        {
            Report(DiagnosticDescriptors.QueryStringWithoutContent, Locate(node), wireName);
            return false;
        }

        var media = content.Properties[0];
        var kind = MediaKind(media.Name);
        var schema = Deref(media.Value, out _) is SpecObject mediaObject ? mediaObject["schema"] : null;
        var hint = operationName + Naming.ModelTypeName(wireName);
        TypeRef type;
        var form = FormModel.Empty;
        switch (kind)
        {
            case RequestBodyKind.FormUrlEncoded:
                type = FreeFormAsFields(schema is null ? TypeRef.Any : ResolveSchema(schema, hint).Type);
                if (FormOf(type) is { } fields)
                {
                    form = fields;
                }
                else
                {
                    Report(DiagnosticDescriptors.QueryStringFormNotObject, Locate(media.Value), wireName, media.Name);
                    return false;
                }

                break;
            case RequestBodyKind.Json:
                type = schema is null ? TypeRef.Any : ResolveSchema(schema, hint).Type;
                break;
            default:
                // Any other media type: the caller's text, percent-encoded as the whole query.
                kind = RequestBodyKind.Text;
                type = TypeRef.String;
                break;
        }

        parameters.Add(new ParameterModel(wireName, identifiers.Allocate(Naming.ParameterName(wireName, "value")), ParameterLocation.QueryString, type, GetBool(node, "required"), GetString(node, "description"))
        {
            Deprecated = GetBool(node, "deprecated"),
        });
        queryString = new QueryStringModel(kind, media.Name, form);
        return true;
    }

    /// <summary>
    /// Whether a string schema admits <c>""</c> in so many words: an <c>enum</c> or <c>const</c> value <c>""</c>, or
    /// <c>minLength: 0</c>. A plain <c>type: string</c> does not count: an empty path segment moves the request to
    /// another route (<c>/users//posts</c>), so it is refused unless the spec asks for it.
    /// </summary>
    private bool AdmitsEmptyString(SpecNode? schemaNode)
    {
        if (schemaNode is null || Deref(schemaNode, out _) is not SpecObject schema)
        {
            return false;
        }

        if (schema["minLength"] is SpecScalar { Kind: ScalarKind.Number } minLength)
        {
            return double.TryParse(minLength.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var length) && length < 1;
        }

        return schema["const"] is SpecScalar { Kind: ScalarKind.String, Text.Length: 0 }
            || (schema["enum"] is SpecArray values && values.Items.Any(v => v is SpecScalar { Kind: ScalarKind.String, Text.Length: 0 }));
    }

    /// <summary>
    /// The serialization a parameter asks for; the defaults are form+explode for query and cookie, simple elsewhere.
    /// A form or (3.2) cookie style explodes unless <c>explode: false</c> says otherwise. spaceDelimited and
    /// pipeDelimited with <c>explode: true</c> send each item as its own pair, as form does (<c>a=1&amp;a=2</c>: the
    /// Swagger serialization table, Swagger UI, Prism and RFC 6570's <c>{?a*}</c>; OpenAPI's own table leaves it n/a).
    /// </summary>
    private ParameterStyle ParseStyle(SpecObject node, ParameterLocation location)
    {
        var style = GetString(node, "style") ?? (location is ParameterLocation.Query or ParameterLocation.Cookie ? "form" : "simple");
        var explode = node["explode"] is SpecScalar { Kind: ScalarKind.Boolean } flag ? flag.Text == "true" : style is "form" or "cookie";
        return style switch
        {
            "form" => explode ? ParameterStyle.FormExploded : ParameterStyle.Form,
            "cookie" when location == ParameterLocation.Cookie => explode ? ParameterStyle.CookieExploded : ParameterStyle.Cookie,
            "spaceDelimited" or "pipeDelimited" when explode => ParameterStyle.FormExploded,
            "spaceDelimited" => ParameterStyle.SpaceDelimited,
            "pipeDelimited" => ParameterStyle.PipeDelimited,
            "deepObject" => ParameterStyle.DeepObject,
            Swagger2Converter.TabDelimitedStyle => ParameterStyle.TabDelimited,
            "label" when location == ParameterLocation.Path => explode ? ParameterStyle.LabelExploded : ParameterStyle.Label,
            "matrix" when location == ParameterLocation.Path => explode ? ParameterStyle.MatrixExploded : ParameterStyle.Matrix,
            _ => explode ? ParameterStyle.SimpleExploded : ParameterStyle.Simple,
        };
    }

    /// <summary>
    /// A header parameter OpenAPI ignores: <c>Accept</c> and <c>Content-Type</c>, which the responses and the body
    /// decide, and <c>Authorization</c> when one of the operation's security alternatives sends it. An <c>Authorization</c> parameter no
    /// security scheme of the operation stands for (cloud-elements', GoToMeeting's, Zuora's: a token of the API's own
    /// format, declared only as the parameter) stays a parameter: ignored, the client could not authenticate at all.
    /// </summary>
    private bool IsHeaderTheHttpLayerOwns(string name, EquatableArray<SecurityRequirementModel> security) =>
        string.Equals(name, "Accept", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase)
        || (string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase) && SendsAuthorization(security));

    /// <summary>Whether one of the security alternatives names a scheme that sends the <c>Authorization</c> header.</summary>
    private bool SendsAuthorization(EquatableArray<SecurityRequirementModel> security)
    {
        foreach (var requirement in security)
        {
            foreach (var name in requirement.Schemes)
            {
                foreach (var scheme in _securitySchemesForOperations)
                {
                    if (scheme.Name == name
                        && (scheme.Kind is SecurityKind.Bearer or SecurityKind.Basic
                            || (scheme.Kind == SecurityKind.ApiKeyHeader && string.Equals(scheme.ParameterName, "Authorization", StringComparison.OrdinalIgnoreCase))))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The one value a schema allows (a one-item <c>enum</c> or a <c>const</c>), if it allows just one.</summary>
    private string? SingleAllowedValue(SpecNode schemaNode)
    {
        if (Deref(schemaNode, out _) is not SpecObject schema)
        {
            return null;
        }

        if (schema["const"] is SpecScalar { Kind: ScalarKind.String } constant)
        {
            return constant.Text;
        }

        return schema["enum"] is SpecArray { Items.Count: 1 } values && values.Items[0] is SpecScalar { Kind: ScalarKind.String } only
            ? only.Text
            : null;
    }

    /// <summary>Checks the template against the path parameters; false when the template cannot be used at all.</summary>
    private bool ValidatePathTemplate(SpecProperty pathProperty, List<ParameterModel> parameters)
    {
        var template = pathProperty.Name;
        // What follows a '#' is a fragment the request does not carry (the emitter sends the path before it).
        var fragment = PathTemplates.FragmentStart(template);
        var placeholders = new List<string>();
        List<string>? unsent = null;
        var index = 0;
        while ((index = template.IndexOf('{', index)) >= 0)
        {
            var end = template.IndexOf('}', index);
            if (end < 0)
            {
                Report(DiagnosticDescriptors.UnclosedPathTemplate, LocateName(pathProperty), template);
                return false;
            }

            var placeholder = template.Substring(index + 1, end - index - 1);
            placeholders.Add(placeholder);
            if (fragment >= 0 && index > fragment)
            {
                (unsent ??= new List<string>()).Add("'" + placeholder + "'");
            }

            index = end + 1;
        }

        if (unsent is not null)
        {
            Report(DiagnosticDescriptors.ParameterInFragment, LocateName(pathProperty), template, string.Join(", ", unsent));
        }

        // Both mismatches are common in published specs; the client stays usable: an undeclared placeholder becomes a
        // string parameter, and a path parameter the template does not use is dropped.
        foreach (var placeholder in placeholders)
        {
            if (!parameters.Any(p => p.Location == ParameterLocation.Path && p.WireName == placeholder))
            {
                if (_reportedPlaceholders.Add(template + "\n" + placeholder))
                {
                    Report(DiagnosticDescriptors.UndeclaredPathParameter, LocateName(pathProperty), template, placeholder);
                }

                parameters.Add(new ParameterModel(placeholder, ParameterScope(parameters).Allocate(Naming.ParameterName(placeholder, "value")), ParameterLocation.Path, TypeRef.String, true, null));
            }
        }

        foreach (var parameter in parameters.Where(p => p.Location == ParameterLocation.Path).ToList())
        {
            if (!placeholders.Contains(parameter.WireName))
            {
                Report(DiagnosticDescriptors.UnusedPathParameter, LocateName(pathProperty), template, parameter.WireName);
                parameters.Remove(parameter);
            }
        }

        return true;
    }

    private ResultModel? ParseResponses(string operationName, string method, SpecObject operation, SpecProperty operationProperty)
    {
        var responses = GetObject(operation, "responses");
        if (responses is null)
        {
            // 3.1 made responses optional: every response is then the Undocumented case. 3.0 requires them.
            if (operation["responses"] is not null || !_responsesOptional)
            {
                Report(DiagnosticDescriptors.OperationWithoutResponses, LocateName(operationProperty), operationName);
                return null;
            }

            Report(DiagnosticDescriptors.OperationWithoutResponsesAllowed, LocateName(operationProperty), operationName);
        }

        var resultName = AllocateTypeName(GeneratedNames.Result(operationName));
        var caseNames = MemberScope(GeneratedNames.ResultMembers, resultName);
        var parsed = new List<(int Order, ResponseCaseModel Case)>();
        var hasDefault = false;
        var statusKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var response in responses?.Properties ?? (IEnumerable<SpecProperty>)Array.Empty<SpecProperty>())
        {
            if (response.Name.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            if (!TryParseStatusKey(response.Name, out var kind, out var status))
            {
                Report(DiagnosticDescriptors.InvalidStatusCode, LocateName(response), response.Name);
                continue;
            }

            if (!statusKeys.Add(response.Name.ToUpperInvariant()))
            {
                Report(DiagnosticDescriptors.DuplicateResponse, LocateName(response), response.Name, operationName);
                continue;
            }

            var baseName = kind switch
            {
                StatusKind.Exact => Naming.StatusCaseName(status),
                StatusKind.Range => Naming.RangeCaseName(status),
                _ => "Default",
            };
            hasDefault |= kind == StatusKind.Default;
            var caseName = AllocateCase(caseNames, baseName);
            var order = kind switch
            {
                StatusKind.Exact => status,
                StatusKind.Range => (status * 100) + 99,
                _ => 1000,
            };
            // A case's headers class is nested in the result union too (no status name ends in "Headers").
            var headersName = caseNames.Allocate(GeneratedNames.HeadersClass(caseName));
            parsed.Add((order, ParseResponse(response, operationName, method, caseName, headersName, kind, status)));
        }

        if (!hasDefault)
        {
            var undocumented = AllocateCase(caseNames, "Undocumented");
            parsed.Add((1001, new ResponseCaseModel(
                undocumented,
                Naming.ParameterName(undocumented, "undocumented"),
                StatusKind.Undocumented,
                0,
                null,
                null,
                EquatableArray<HeaderModel>.Empty)));
        }

        // In the order of their status: an insertion sort of the few cases, stable (a range and an exact status of the
        // same order keep the spec's order).
        for (var i = 1; i < parsed.Count; i++)
        {
            var item = parsed[i];
            var at = i;
            while (at > 0 && parsed[at - 1].Order > item.Order)
            {
                parsed[at] = parsed[at - 1];
                at--;
            }

            parsed[at] = item;
        }

        var cases = ImmutableArray.CreateBuilder<ResponseCaseModel>(parsed.Count);
        foreach (var entry in parsed)
        {
            cases.Add(entry.Case);
        }

        return new ResultModel(resultName, new EquatableArray<ResponseCaseModel>(cases.MoveToImmutable()));
    }

    /// <summary>A case class of a result union, taken with its <c>TryGet…</c> method.</summary>
    private static string AllocateCase(NameScope caseNames, string preferred) =>
        caseNames.Allocate(preferred, name => new[] { name, GeneratedNames.TryGetCase(name) });

    private static bool TryParseStatusKey(string key, out StatusKind kind, out int status)
    {
        kind = StatusKind.Exact;
        status = 0;
        if (key == "default")
        {
            kind = StatusKind.Default;
            return true;
        }

        if (key.Length == 3 && key[0] >= '1' && key[0] <= '5' && (key[1] == 'X' || key[1] == 'x') && (key[2] == 'X' || key[2] == 'x'))
        {
            kind = StatusKind.Range;
            status = key[0] - '0';
            return true;
        }

        return key.Length == 3
            && int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out status)
            && status >= 100 && status <= 599;
    }

    private ResponseCaseModel ParseResponse(SpecProperty response, string operationName, string method, string caseName, string headersName, StatusKind kind, int status)
    {
        var argumentName = Naming.ParameterName(caseName, "response");
        if (Deref(response.Value, out _) is not SpecObject definition)
        {
            return new ResponseCaseModel(caseName, argumentName, kind, status, null, null, EquatableArray<HeaderModel>.Empty, headersName);
        }

        BodyModel? body = null;
        if (GetObject(definition, "content") is { } content)
        {
            if (kind == StatusKind.Exact && status is 204 or 205 or 304)
            {
                Report(DiagnosticDescriptors.BodilessStatusContentIgnored, Locate(definition["content"]!), status.ToString(System.Globalization.CultureInfo.InvariantCulture), operationName);
            }
            else if (string.Equals(method, "head", StringComparison.OrdinalIgnoreCase))
            {
                // What a HEAD answer documents is the content a GET would send; the answer itself has none.
                Report(DiagnosticDescriptors.HeadResponseContentIgnored, Locate(definition["content"]!), response.Name, operationName);
            }
            else
            {
                body = ChooseBody(WellFormedContent(content, request: false), operationName + caseName + "Body");
            }
        }

        var headers = new List<HeaderModel>();
        if (GetObject(definition, "headers") is { } headerMap)
        {
            // Typed headers sit beside the members of ApiResponseHeaders and must not hide one.
            var identifiers = MemberScope(GeneratedNames.HeadersMembers, headersName);
            foreach (var header in headerMap.Properties)
            {
                if (string.Equals(header.Name, "Content-Type", StringComparison.OrdinalIgnoreCase)
                    || Deref(header.Value, out _) is not SpecObject headerDefinition)
                {
                    continue;
                }

                var type = headerDefinition["schema"] is { } schema ? ResolveNamedInlineSchema(schema, Naming.ModelTypeName(header.Name)) : TypeRef.String;
                headers.Add(new HeaderModel(
                    header.Name,
                    identifiers.Allocate(Naming.TypeOrMemberName(header.Name, "Header")),
                    type,
                    GetString(headerDefinition, "description")));
            }
        }

        return new ResponseCaseModel(caseName, argumentName, kind, status, GetString(definition, "description"), body, headers.ToEquatableArray(), headersName)
        {
            Summary = GetString(definition, "summary"),
        };
    }

    /// <summary>
    /// OpenAPI 3.2's <c>itemEncoding</c> gives each part of a multipart sequence its encoding; where no body is read or
    /// sent part by part, it is reported where it is written instead of being dropped without a word: each one of
    /// <paramref name="content"/> but that of the media type <paramref name="applied"/> (a request body sent by its parts).
    /// </summary>
    private void ReportItemEncodings(SpecObject content, string? applied = null)
    {
        foreach (var media in content.Properties)
        {
            if (media.Name != applied && Deref(media.Value, out _) is SpecObject definition && definition["itemEncoding"] is { } itemEncoding)
            {
                Report(DiagnosticDescriptors.ItemEncodingNotApplied, Locate(itemEncoding), media.Name);
            }
        }
    }

    /// <summary>Picks the media type a case exposes as a typed body: JSON first, then text.</summary>
    private BodyModel? ChooseBody(SpecObject content, string nameHint)
    {
        ReportItemEncodings(content);
        SpecProperty? json = null;
        SpecProperty? sequence = null;
        SpecProperty? text = null;
        SpecProperty? binary = null;
        foreach (var media in content.Properties)
        {
            var type = MediaTypes.Base(media.Name);
            if (SequenceFormatOf(type) != SequenceFormat.None)
            {
                sequence ??= media;
            }
            else if (json is null && MediaTypes.IsJson(type))
            {
                json = media;
            }
            else if (text is null && (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("+xml", StringComparison.Ordinal) || type == "application/xml"))
            {
                text = media;
            }
            else if (binary is null && !type.StartsWith("text/", StringComparison.Ordinal) && type != "*/*")
            {
                binary = media;
            }
        }

        // A schema of raw octets (2.0 "type: file", "format: binary") under JSON or "*/*" is a file, not a JSON value.
        // "*/*" is read when nothing more specific gives a schema (a JSON media type without one is documented by its
        // examples only; it is read as any JSON when nothing else is documented).
        var jsonSchema = json is { } listed && Deref(listed.Value, out _) is SpecObject listedMedia ? listedMedia["schema"] : null;
        var any = jsonSchema is null && sequence is null && text is null && binary is null
            ? content.FirstProperty(m => MediaTypes.Base(m.Name) == "*/*")
            : null;
        BodyModel? body;
        if (json is { } jsonProperty && jsonSchema is { } schema)
        {
            var resolved = ResolveSchema(schema, nameHint);
            var type = resolved.Type;
            body = new BodyModel(type.Kind == TypeKind.Binary ? BodyKind.Binary : BodyKind.Json, type, jsonProperty.Name)
            {
                // Any JSON value holds null itself (a null element).
                Nullable = resolved.Nullable && type.Kind is not (TypeKind.Binary or TypeKind.Any),
            };
            if (body.Kind == BodyKind.Json && sequence is { } streamed)
            {
                // JSON, or the same answer streamed (OpenAI-style "stream": true): the response's media type decides at run time.
                body = body with { Sequential = SequenceBody(streamed, nameHint) };
            }
        }
        else if (sequence is { } sequenceProperty)
        {
            // Read item by item as it arrives: a stream may stay open for as long as the server has events to send.
            body = SequenceBody(sequenceProperty, nameHint);
        }
        else if (any is { } anyProperty && Deref(anyProperty.Value, out _) is SpecObject anyMedia && anyMedia["schema"] is { } anySchema)
        {
            // Any media type with a schema: raw octets as a stream, a plain string as text, any other schema read as its
            // JSON (springdoc, Spring Boot's generator, documents every response as "*/*"; the raw body stays when it is not).
            var anyType = ResolveSchema(anySchema, nameHint).Type;
            body = anyType.Kind switch
            {
                TypeKind.Binary => new BodyModel(BodyKind.Binary, anyType, anyProperty.Name),
                TypeKind.String => new BodyModel(BodyKind.Text, TypeRef.String, anyProperty.Name),
                _ => new BodyModel(BodyKind.Json, anyType, anyProperty.Name),
            };
        }
        else if (text is { } textProperty)
        {
            body = new BodyModel(BodyKind.Text, TypeRef.String, textProperty.Name);
        }
        else if (binary is { } binaryProperty)
        {
            body = new BodyModel(BodyKind.Binary, new TypeRef(TypeKind.Binary), binaryProperty.Name);
        }
        else if (json is { } untypedJson)
        {
            // No schema constrains it: any JSON value (as a request body without one is), and Accept asks for it.
            body = new BodyModel(BodyKind.Json, TypeRef.Any, untypedJson.Name);
        }
        else
        {
            return null;
        }

        var others = content.Properties.Select(m => m.Name).Where(m => m != body.MediaType).ToEquatableArray();
        return others.Count == 0 ? body : body with { OtherMediaTypes = others };
    }
}
