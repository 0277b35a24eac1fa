using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Tallyfy.Generated.SourceGenerator.Diagnostics;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>
/// Turns one OpenAPI 3.0/3.1/3.2 document into a <see cref="ClientModel"/> plus located diagnostics.
/// Split by concern: this file holds the document level, the partial files operations and schemas.
/// A problem in one operation or schema is reported and that part skipped; the rest still generates.
/// </summary>
internal sealed partial class OpenApiParser
{
    private readonly SpecDocument _document;
    private readonly SpecObject _root;
    private readonly SourceMap _map;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    /// <summary>The indexes in <see cref="_diagnostics"/> of the errors whose part was typed <c>JsonElement</c> instead (<see cref="KeepAsJson"/>).</summary>
    private readonly HashSet<int> _keptAsJson = new();
    private readonly HashSet<DiagnosticInfo> _reported = new();
    /// <summary>Type names in use; compared ignoring case because each becomes a file (hint) name too.</summary>
    private readonly NameScope _typeNames = new(ignoreCase: true);

    /// <summary>Member scopes of object types already defined, kept for the next (see <see cref="RentMemberScope"/>).</summary>
    private readonly Stack<NameScope> _spareMemberScopes = new();

    /// <summary>
    /// The working collections of an object type's definition (its gathered properties, required names, and each
    /// <c>properties</c> keyword's members in name order and their member names), kept for the next: one set per depth
    /// of nested inline definitions instead of new ones per type.
    /// </summary>
    private readonly Stack<ObjectWork> _spareObjectWork = new();

    private readonly Stack<DeclaredMembers> _spareDeclaredMembers = new();

    /// <summary>Documents other than the spec that <c>$ref</c>s reach, by normalized path; parsed on first use.</summary>
    private readonly Dictionary<string, SpecDocument?> _externalDocuments = new(StringComparer.Ordinal);

    /// <summary>Which external document each node read from one belongs to (nodes of the spec itself are absent).</summary>
    private readonly Dictionary<SpecNode, SpecDocument> _nodeDocuments = new();

    private readonly EquatableArray<ExternalDocument> _externalTexts;

    /// <summary>For a converted Swagger 2.0 document: the pointer text each rewritten <c>$ref</c> had in the 2.0 file.</summary>
    private readonly IReadOnlyDictionary<SpecScalar, string> _originalPointers;

    private OpenApiParser(
        SpecDocument document,
        SpecObject root,
        EquatableArray<ExternalDocument> externalTexts,
        IReadOnlyDictionary<SpecScalar, string> originalPointers,
        CancellationToken cancellationToken)
    {
        _document = document;
        _root = root;
        _map = document.Map;
        _externalTexts = externalTexts;
        _originalPointers = originalPointers;
        _cancellationToken = cancellationToken;
    }

    public static ParseResult Parse(SpecFile file, CancellationToken cancellationToken)
    {
        var document = SpecReader.Read(file.Path, file.Text);
        try
        {
            return Parse(file, document, cancellationToken);
        }
        finally
        {
            // Every diagnostic is located by now; the nodes and the maps are not used after the parse.
            document.Release();
        }
    }

    private static ParseResult Parse(SpecFile file, SpecDocument document, CancellationToken cancellationToken)
    {
        if (file.Missing)
        {
            return Failed(file, DiagnosticInfo.Create(DiagnosticDescriptors.SpecFileMissing, document.Map.Locate(0, 0), file.Path));
        }

        if (document.Root is null)
        {
            return Failed(file, document.Limit is { } limit
                ? DiagnosticInfo.Create(limit, document.ErrorLocation, document.Error ?? string.Empty)
                : DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDocument, document.ErrorLocation, document.Error ?? "unreadable"));
        }

        if (!Naming.IsValidNamespace(file.Namespace))
        {
            return Failed(file, DiagnosticInfo.Create(DiagnosticDescriptors.InvalidNamespace, document.Map.Locate(0, 0), file.Namespace));
        }

        if (!Naming.IsValidIdentifier(file.ClientName))
        {
            return Failed(file, DiagnosticInfo.Create(DiagnosticDescriptors.InvalidClientName, document.Map.Locate(0, 0), file.ClientName));
        }

        if (document.Root is not SpecObject root)
        {
            return Failed(file, DiagnosticInfo.Create(DiagnosticDescriptors.NotOpenApi, document.Map.Locate(document.Root)));
        }

        if (!Swagger2Converter.IsSwagger2(root))
        {
            return new OpenApiParser(document, root, file.ExternalDocuments, NoPointers, cancellationToken).ParseAndRelease(file);
        }

        // A 2.0 document is parsed as its 3.0 equivalent. The converted nodes keep the 2.0 offsets and the converted
        // references their 2.0 pointer text, so diagnostics point into the 2.0 file in the user's own terms.
        var converted = Swagger2Converter.Convert(root);
        var parser = new OpenApiParser(document, converted.Root, file.ExternalDocuments, converted.OriginalPointers, cancellationToken);
        foreach (var warning in converted.Warnings)
        {
            parser.Report(warning.Descriptor, document.Map.Locate(warning.Node), warning.Arguments);
        }

        return parser.ParseAndRelease(file);
    }

    /// <summary>Parses the document, then gives back the buffers of the external documents read on the way.</summary>
    private ParseResult ParseAndRelease(SpecFile file)
    {
        _readTags = file.Filter.IncludeTags.Count > 0;
        try
        {
            return ParseDocument(file);
        }
        finally
        {
            foreach (var external in _externalDocuments.Values)
            {
                external?.Release();
            }
        }
    }

    private static readonly IReadOnlyDictionary<SpecScalar, string> NoPointers = new Dictionary<SpecScalar, string>();

    private static ParseResult Failed(SpecFile file, DiagnosticInfo diagnostic) =>
        new(file.Path, null, new[] { diagnostic }.ToEquatableArray());

    private ParseResult ParseDocument(SpecFile file)
    {
        var version = GetString(_root, "openapi");
        if (version is null)
        {
            // Swagger 2.0 was converted before parsing began; only other swagger versions get here.
            if (_root.GetProperty("swagger") is { } swagger)
            {
                Report(DiagnosticDescriptors.UnsupportedSwaggerVersion, LocateName(swagger), (swagger.Value as SpecScalar)?.Text ?? swagger.Value.KindName);
            }
            else
            {
                Report(DiagnosticDescriptors.NotOpenApi, Locate(_root));
            }

            return Result(null);
        }

        // 3.2 is read with 3.1's semantics plus its additions (the query method, additionalOperations, in: querystring,
        // $self, the device authorization flow); a later version may change meanings, so it is refused, not guessed at.
        if (!version.StartsWith("3.0", StringComparison.Ordinal) && !version.StartsWith("3.1", StringComparison.Ordinal)
            && !version.StartsWith("3.2", StringComparison.Ordinal))
        {
            Report(DiagnosticDescriptors.UnsupportedOpenApiVersion, Locate(_root["openapi"]!), version);
            return Result(null);
        }

        _responsesOptional = !version.StartsWith("3.0", StringComparison.Ordinal);
        ReadSelf();

        var info = GetObject(_root, "info");
        if (info is null)
        {
            Report(DiagnosticDescriptors.MissingInfo, Locate(_root));
        }

        var title = (info is null ? null : GetString(info, "title")) ?? file.ClientName;
        var description = info is null ? null : GetString(info, "description");
        var apiVersion = (info is null ? null : GetString(info, "version")) ?? string.Empty;

        // An empty webhooks object (@hono/zod-openapi writes one into every 3.1 document) leaves nothing out.
        if (_root.GetProperty("webhooks") is { } webhooks
            && !(webhooks.Value is SpecObject hooks && hooks.Properties.All(p => p.Name.StartsWith("x-", StringComparison.Ordinal))))
        {
            Report(DiagnosticDescriptors.WebhooksIgnored, LocateName(webhooks));
        }

        var servers = ParseServers(_root);
        // FastAPI's operationIds, before the component names: its request body schemas are named after them.
        _functionStems = GetObject(_root, "paths") is { } paths ? FunctionStems(paths) : new Dictionary<string, string>(StringComparer.Ordinal);
        RegisterComponentSchemas(file.ClientName);
        var securitySchemes = ParseSecuritySchemes(file.ClientName);
        _securitySchemesForOperations = securitySchemes;
        _defaultSecurity = ParseSecurityRequirements(_root, securitySchemes) ?? EquatableArray<SecurityRequirementModel>.Empty;
        var operations = ParseOperations();
        var types = _types.ToEquatableArray();
        var directions = new Directions(types, operations);
        var used = SettleByDirection(UsedTypes(file, types, operations, directions), directions);
        ForgetWhatIsNotGenerated(file, operations, types, used);
        FoldRepeatedMediaTypeKeys();
        var client = new ClientModel(
            file.Namespace,
            file.ClientName,
            title,
            description,
            apiVersion,
            servers,
            operations,
            used,
            securitySchemes)
        {
            AllowMissingRequired = file.AllowMissingRequired,
        };
        return Result(client);
    }

    /// <summary>OpenAPI 3.2's <c>$self</c> of the spec: the base URI its relative references resolve against; null when absent or unusable.</summary>
    private Uri? _self;

    /// <summary>Reads <c>$self</c>; a value that cannot be a base URI is reported and references resolve against the file.</summary>
    private void ReadSelf()
    {
        if (_root.GetProperty("$self") is not { } property || GetString(_root, "$self") is not { } self)
        {
            return;
        }

        _self = SpecPaths.SelfUri(self);
        if (_self is null)
        {
            Report(DiagnosticDescriptors.InvalidSelf, Locate(property.Value), self);
        }
    }

    /// <summary>3.1 made an operation's <c>responses</c> optional (3.2 keeps it so); 3.0 requires them.</summary>
    private bool _responsesOptional;

    private ParseResult Result(ClientModel? client) =>
        new(_map.Path, client, _diagnostics.ToEquatableArray());

    /// <summary>The <c>servers</c> of the document, a path item or an operation.</summary>
    private EquatableArray<ServerModel> ParseServers(SpecObject owner)
    {
        var servers = new List<ServerModel>();
        if (GetArray(owner, "servers") is not { } array)
        {
            return EquatableArray<ServerModel>.Empty;
        }

        foreach (var item in array.Items)
        {
            if (item is not SpecObject server || GetString(server, "url") is not { } url)
            {
                Report(DiagnosticDescriptors.ServerWithoutUrl, Locate(item));
                continue;
            }

            // Server variables take their defaults; the client's options can still point anywhere.
            if (GetObject(server, "variables") is { } variables)
            {
                foreach (var variable in variables.Properties)
                {
                    if (variable.Value is SpecObject definition && GetString(definition, "default") is { } value)
                    {
                        url = url.Replace("{" + variable.Name + "}", value);
                    }
                }
            }

            servers.Add(new ServerModel(url, GetString(server, "description")) { Name = GetString(server, "name") });
        }

        return servers.ToEquatableArray();
    }

    // ----- security -----

    private EquatableArray<SecurityRequirementModel> _defaultSecurity = EquatableArray<SecurityRequirementModel>.Empty;
    private EquatableArray<SecuritySchemeModel> _securitySchemesForOperations = EquatableArray<SecuritySchemeModel>.Empty;

    /// <summary>The mutualTLS schemes: a requirement is met by the connection for them, so they put nothing in a request.</summary>
    private HashSet<string>? _connectionSchemes;

    private EquatableArray<SecuritySchemeModel> ParseSecuritySchemes(string clientName)
    {
        if (GetObject(_root, "components") is not { } components || GetObject(components, "securitySchemes") is not { } schemes)
        {
            return EquatableArray<SecuritySchemeModel>.Empty;
        }

        var names = new NameScope(GeneratedNames.CredentialsMembers.Append(GeneratedNames.Credentials(clientName)));
        var result = new List<SecuritySchemeModel>();
        var definitions = new List<SpecObject>();
        foreach (var scheme in schemes.Properties)
        {
            if (Deref(scheme.Value, out _) is not SpecObject definition)
            {
                continue;
            }

            var type = GetString(definition, "type");
            if (type == "mutualTLS")
            {
                // OpenAPI 3.1's client certificate: the TLS handshake's, which the caller's HttpClient handler makes.
                Report(DiagnosticDescriptors.MutualTlsLeftToTheConnection, Locate(definition), scheme.Name);
                (_connectionSchemes ??= new HashSet<string>(StringComparer.Ordinal)).Add(scheme.Name);
                continue;
            }

            var location = GetString(definition, "in");
            SecurityKind? kind = type switch
            {
                "http" => string.Equals(GetString(definition, "scheme"), "basic", StringComparison.OrdinalIgnoreCase) ? SecurityKind.Basic : SecurityKind.Bearer,
                "oauth2" or "openIdConnect" => SecurityKind.Bearer,
                "apiKey" => location switch
                {
                    "header" => SecurityKind.ApiKeyHeader,
                    "query" => SecurityKind.ApiKeyQuery,
                    "cookie" => SecurityKind.ApiKeyCookie,
                    _ => null,
                },
                _ => null,
            };
            if (kind is null)
            {
                Report(DiagnosticDescriptors.UnsupportedSecurityScheme, Locate(definition), scheme.Name, type ?? string.Empty);
                continue;
            }

            var parameterName = kind is SecurityKind.ApiKeyHeader or SecurityKind.ApiKeyQuery or SecurityKind.ApiKeyCookie ? GetString(definition, "name") : null;
            if (parameterName is null && kind is SecurityKind.ApiKeyHeader or SecurityKind.ApiKeyQuery or SecurityKind.ApiKeyCookie)
            {
                Report(DiagnosticDescriptors.ApiKeyWithoutName, Locate(definition), scheme.Name);
                continue;
            }

            if (kind is SecurityKind.ApiKeyHeader or SecurityKind.ApiKeyCookie && !IsHttpToken(parameterName!))
            {
                // No request can carry the key: HttpClient drops such a header without a word, so say so here.
                Report(DiagnosticDescriptors.SchemeNameNotAToken, Locate(definition["name"] ?? definition), scheme.Name, location!, parameterName!);
                continue;
            }

            result.Add(new SecuritySchemeModel(scheme.Name, names.Allocate(Naming.TypeOrMemberName(scheme.Name, "Scheme")), kind.Value, parameterName, GetString(definition, "description"))
            {
                Deprecated = GetBool(definition, "deprecated"),
            });
            definitions.Add(definition);
        }

        // The device flows' classes are named after every property, so adding one never renames a property; the metadata
        // URLs' constants after those.
        for (var i = 0; i < result.Count; i++)
        {
            if (DeviceAuthorization(result[i], definitions[i], names) is { } device)
            {
                result[i] = result[i] with { DeviceAuthorization = device };
            }
        }

        for (var i = 0; i < result.Count; i++)
        {
            if (GetString(definitions[i], "type") == "oauth2" && GetString(definitions[i], "oauth2MetadataUrl") is { Length: > 0 } metadata)
            {
                result[i] = result[i] with { MetadataUrl = new OAuthMetadataUrl(names.Allocate(result[i].PropertyName + "MetadataUrl"), metadata) };
            }
        }

        return result.ToEquatableArray();
    }

    /// <summary>
    /// The <c>deviceAuthorization</c> flow of an OAuth 2 scheme (OpenAPI 3.2): both its URLs are required, and one
    /// missing is reported at the flow and the flow left undescribed (the scheme still takes a bearer token).
    /// </summary>
    private DeviceAuthorizationModel? DeviceAuthorization(SecuritySchemeModel scheme, SpecObject definition, NameScope names)
    {
        if (GetString(definition, "type") != "oauth2" || GetObject(definition, "flows") is not { } flows
            || GetObject(flows, "deviceAuthorization") is not { } flow)
        {
            return null;
        }

        var deviceUrl = GetString(flow, "deviceAuthorizationUrl");
        var tokenUrl = GetString(flow, "tokenUrl");
        if (deviceUrl is null || tokenUrl is null)
        {
            Report(DiagnosticDescriptors.OAuthFlowIncomplete, Locate(flow), "deviceAuthorization", scheme.Name, deviceUrl is null ? "deviceAuthorizationUrl" : "tokenUrl");
            return null;
        }

        var scopes = GetObject(flow, "scopes")?.Properties
            .Select(p => new ScopeModel(p.Name, p.Value is SpecScalar { Kind: ScalarKind.String } text ? text.Text : null))
            .ToEquatableArray() ?? EquatableArray<ScopeModel>.Empty;
        return new DeviceAuthorizationModel(names.Allocate(scheme.PropertyName + "DeviceAuthorization"), deviceUrl, tokenUrl, GetString(flow, "refreshUrl"), scopes);
    }

    /// <summary>The <c>security</c> of a document or operation: null when absent (the document's applies).</summary>
    private EquatableArray<SecurityRequirementModel>? ParseSecurityRequirements(SpecObject owner, EquatableArray<SecuritySchemeModel> schemes)
    {
        if (GetArray(owner, "security") is not { } requirements)
        {
            return null;
        }

        var result = new List<SecurityRequirementModel>();
        foreach (var requirement in requirements.Items)
        {
            if (requirement is not SpecObject names)
            {
                continue;
            }

            if (AllKnown(names, schemes))
            {
                var known = new List<string>(names.Properties.Count);
                foreach (var name in names.Properties)
                {
                    if (_connectionSchemes?.Contains(name.Name) != true)
                    {
                        known.Add(name.Name);
                    }
                }

                result.Add(new SecurityRequirementModel(known.ToEquatableArray()));
            }
        }

        return result.ToEquatableArray();
    }

    /// <summary>Whether every scheme a requirement names is one of <paramref name="schemes"/> or met by the connection (mutualTLS).</summary>
    private bool AllKnown(SpecObject names, EquatableArray<SecuritySchemeModel> schemes)
    {
        foreach (var name in names.Properties)
        {
            var found = _connectionSchemes?.Contains(name.Name) == true;
            foreach (var scheme in schemes)
            {
                if (scheme.Name == name.Name)
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    // ----- reference resolution -----

    /// <summary>How many references a chain may follow before it is taken for a loop.</summary>
    private const int MaxReferenceHops = 32;

    /// <summary>Follows <c>$ref</c> chains to the node they point at; reports and returns null when one does not resolve.</summary>
    private SpecNode? Deref(SpecNode node, out string? pointer)
    {
        pointer = null;
        SpecScalar? lastReference = null;
        for (var hops = 0; hops < MaxReferenceHops; hops++)
        {
            if (node is not SpecObject obj || obj.GetProperty("$ref") is not { } refProperty)
            {
                return node;
            }

            if (refProperty.Value is not SpecScalar { Kind: ScalarKind.String } refValue)
            {
                Report(DiagnosticDescriptors.WrongKeywordType, Locate(refProperty.Value), "$ref", "a string");
                return null;
            }

            pointer = refValue.Text;
            lastReference = refValue;
            var target = ResolveReference(node, refValue);
            if (target is null)
            {
                return null;
            }

            node = target;
        }

        Report(
            DiagnosticDescriptors.ReferenceChainTooLong,
            Locate(node),
            lastReference is null ? "$ref" : AsWritten(lastReference),
            MaxReferenceHops.ToString(CultureInfo.InvariantCulture));
        return null;
    }

    /// <summary>
    /// Resolves <c>#/pointer</c> in the document <paramref name="from"/> belongs to, or <c>file#/pointer</c> in another
    /// document given to the generator (an additional file), relative to the referring document's path.
    /// Reports at the reference and returns null when it does not resolve.
    /// </summary>
    private SpecNode? ResolveReference(SpecNode from, SpecScalar reference)
    {
        var text = reference.Text;
        var hash = text.IndexOf('#');
        var file = hash < 0 ? text : text.Substring(0, hash);
        var fragment = hash < 0 ? "#" : text.Substring(hash);
        var origin = _nodeDocuments.TryGetValue(from, out var originDocument) ? originDocument : null;
        var self = origin is null ? _self : SpecPaths.SelfUri((origin.Root as SpecObject)?["$self"] is SpecScalar { Kind: ScalarKind.String } value ? value.Text : null);
        string? throughSelf = null;
        if (file.Length > 0 && self is not null)
        {
            // Against $self (OpenAPI 3.2): the document's own URI is the document; a URI beside it is the file beside it.
            throughSelf = SpecPaths.ResolveThroughSelf(origin?.Map.Path ?? _map.Path, self, file);
            if (throughSelf is null)
            {
                Report(DiagnosticDescriptors.UrlReference, Locate(reference), AsWritten(reference));
                return null;
            }
        }

        SpecNode? target;
        if (file.Length == 0 || throughSelf is { Length: 0 })
        {
            // The spec's own pointers repeat (every use of a schema names it): each is followed once.
            if (origin is not null)
            {
                target = ResolvePointer(origin.Root ?? _root, fragment);
            }
            else if (!_localPointers.TryGetValue(fragment, out target))
            {
                target = ResolvePointer(_root, fragment);
                _localPointers.Add(fragment, target);
            }
        }
        else if (throughSelf is null && file.Contains("://"))
        {
            Report(DiagnosticDescriptors.UrlReference, Locate(reference), AsWritten(reference));
            return null;
        }
        else
        {
            var document = ExternalDocumentAt(throughSelf ?? SpecPaths.Resolve(origin?.Map.Path ?? _map.Path, file));
            if (document?.Root is null)
            {
                if (document is null)
                {
                    Report(DiagnosticDescriptors.ReferencedFileMissing, Locate(reference), AsWritten(reference));
                }
                else
                {
                    Report(DiagnosticDescriptors.ReferencedFileUnreadable, Locate(reference), AsWritten(reference), document.ErrorSentence ?? string.Empty);
                }

                return null;
            }

            target = ResolvePointer(document.Root, fragment);
        }

        if (target is null)
        {
            Report(DiagnosticDescriptors.UnresolvedReference, Locate(reference), AsWritten(reference));
        }

        return target;
    }

    /// <summary>A reference as the user wrote it: a converted 2.0 one says <c>#/definitions/Pet</c>, not where it now points.</summary>
    private string AsWritten(SpecScalar reference) =>
        _originalPointers.TryGetValue(reference, out var original) ? original : reference.Text;

    /// <summary>The nodes pointers into the spec itself lead to (null for one that leads nowhere), by pointer.</summary>
    private readonly Dictionary<string, SpecNode?> _localPointers = new(StringComparer.Ordinal);

    private SpecDocument? ExternalDocumentAt(string path)
    {
        if (_externalDocuments.TryGetValue(path, out var known))
        {
            return known;
        }

        SpecDocument? document = null;
        foreach (var candidate in _externalTexts)
        {
            if (SpecPaths.Normalize(candidate.Path) == path)
            {
                document = SpecReader.Read(candidate.Path, candidate.Text);
                if (document.Root is not null)
                {
                    Remember(document.Root, document);
                }

                break;
            }
        }

        _externalDocuments[path] = document;
        return document;
    }

    /// <summary>Records the document of every node, so diagnostics and local references inside it resolve against it.</summary>
    private void Remember(SpecNode root, SpecDocument document)
    {
        var pending = new Stack<SpecNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            _nodeDocuments[node] = document;
            switch (node)
            {
                case SpecObject obj:
                    foreach (var property in obj.Properties)
                    {
                        pending.Push(property.Value);
                    }

                    break;
                case SpecArray array:
                    foreach (var item in array.Items)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }
    }

    private static SpecNode? ResolvePointer(SpecNode root, string pointer)
    {
        if (!pointer.StartsWith("#", StringComparison.Ordinal))
        {
            return null;
        }

        SpecNode? current = root;
        var path = Uri.UnescapeDataString(pointer.Substring(1));
        if (path.Length == 0)
        {
            return current;
        }

        foreach (var rawSegment in path.Substring(1).Split('/'))
        {
            var segment = rawSegment.Replace("~1", "/").Replace("~0", "~");
            current = current switch
            {
                SpecObject obj => obj[segment],
                SpecArray arr when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < arr.Items.Count => arr.Items[index],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private SpecLocation Locate(SpecNode node) =>
        (_nodeDocuments.TryGetValue(node, out var document) ? document.Map : _map).Locate(node);

    private SpecLocation LocateName(SpecProperty property) =>
        (_nodeDocuments.TryGetValue(property.Value, out var document) ? document.Map : _map).LocateName(property);

    // ----- typed access with diagnostics -----

    private string? GetString(SpecObject obj, string key)
    {
        var value = obj[key];
        if (value is null || value is SpecScalar { Kind: ScalarKind.Null })
        {
            return null;
        }

        if (value is SpecScalar { Kind: not ScalarKind.Null } scalar && (scalar.Kind == ScalarKind.String || key != "openapi"))
        {
            return scalar.Text;
        }

        Report(DiagnosticDescriptors.WrongKeywordType, Locate(value), key, "a string");
        return null;
    }

    private SpecObject? GetObject(SpecObject obj, string key)
    {
        var value = obj[key];
        if (value is null || value is SpecObject || value is SpecScalar { Kind: ScalarKind.Null })
        {
            return value as SpecObject;
        }

        Report(DiagnosticDescriptors.WrongKeywordType, Locate(value), key, "an object");
        return null;
    }

    private SpecArray? GetArray(SpecObject obj, string key)
    {
        var value = obj[key];
        if (value is null || value is SpecArray || value is SpecScalar { Kind: ScalarKind.Null })
        {
            return value as SpecArray;
        }

        Report(DiagnosticDescriptors.WrongKeywordType, Locate(value), key, "an array");
        return null;
    }

    private bool GetBool(SpecObject obj, string key)
    {
        var value = obj[key];
        if (value is null)
        {
            return false;
        }

        if (value is SpecScalar { Kind: ScalarKind.Boolean } scalar)
        {
            return scalar.Text == "true";
        }

        Report(DiagnosticDescriptors.WrongKeywordType, Locate(value), key, "true or false");
        return false;
    }

    /// <summary>
    /// TGEN054 once per document for each mistake a document repeats (akeneo.com writes its error example's member names
    /// <c>code</c>, <c>message</c> where media types belong in 470 responses): the same keys with the same consequence
    /// are reported at the first such content, whose message counts the others, instead of once per content.
    /// </summary>
    private void FoldRepeatedMediaTypeKeys()
    {
        Dictionary<(string Path, string Keys, string Consequence), (int At, int More)>? seen = null;
        var kept = 0;
        for (var i = 0; i < _diagnostics.Count; i++)
        {
            var diagnostic = _diagnostics[i];
            if (diagnostic.Id == DiagnosticDescriptors.NotAMediaType.Id)
            {
                var key = (diagnostic.Location.Path, diagnostic.Arguments[0], diagnostic.Arguments[1]);
                seen ??= new Dictionary<(string, string, string), (int, int)>();
                if (seen.TryGetValue(key, out var first))
                {
                    seen[key] = (first.At, first.More + 1);
                    continue;
                }

                seen[key] = (kept, 0);
            }

            _diagnostics[kept++] = diagnostic;
        }

        _diagnostics.RemoveRange(kept, _diagnostics.Count - kept);
        foreach (var (at, more) in seen?.Values ?? Enumerable.Empty<(int, int)>())
        {
            if (more > 0)
            {
                var diagnostic = _diagnostics[at];
                var count = more.ToString(CultureInfo.InvariantCulture) + (more == 1 ? " more content" : " more contents");
                _diagnostics[at] = DiagnosticInfo.Create(
                    DiagnosticDescriptors.NotAMediaType, diagnostic.Location, diagnostic.Arguments[0], diagnostic.Arguments[1] + "; the same keys in " + count + " of this document");
            }
        }
    }

    /// <summary>Reports a problem once: a node reached along several paths (a shared schema) is still one problem.</summary>
    private void Report(DiagnosticDescriptorInfo descriptor, SpecLocation location, params string[] arguments)
    {
        var diagnostic = DiagnosticInfo.Create(descriptor, location, arguments);
        if (_reported.Add(diagnostic))
        {
            _diagnostics.Add(diagnostic);
        }
    }

    /// <summary>Whether an error was reported since the first <paramref name="count"/> diagnostics that no part has answered for yet (<see cref="KeepAsJson"/>).</summary>
    private bool HasErrorsSince(int count) => HasErrorsSince(count, handledId: null);

    /// <summary>As <see cref="HasErrorsSince(int)"/>, not counting the errors with id <paramref name="handledId"/>: their part was skipped on its own.</summary>
    private bool HasErrorsSince(int count, string? handledId)
    {
        for (var i = count; i < _diagnostics.Count; i++)
        {
            if (_diagnostics[i].Severity == DiagnosticLevel.Error && _diagnostics[i].Id != handledId && !_keptAsJson.Contains(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reports that a part is typed <c>JsonElement</c> because of the errors reported since the first <paramref name="count"/>
    /// diagnostics (TGEN027), which then leave nothing else out: an inline schema's property keeps its operation as a
    /// component schema's does.
    /// </summary>
    private void KeepAsJson(int count, SpecLocation location, string part, string whole)
    {
        for (var i = count; i < _diagnostics.Count; i++)
        {
            if (_diagnostics[i].Severity == DiagnosticLevel.Error)
            {
                _keptAsJson.Add(i);
            }
        }

        Report(DiagnosticDescriptors.KeptAsJson, location, part, whole);
    }
}
