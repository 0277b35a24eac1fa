namespace Tallyfy.Generated.SourceGenerator.Model;

/// <summary>Everything the emitter needs to write one client; built by the parser from one spec.</summary>
internal sealed record ClientModel(
    string Namespace,
    string ClientName,
    string Title,
    string? Description,
    string ApiVersion,
    EquatableArray<ServerModel> Servers,
    EquatableArray<OperationModel> Operations,
    EquatableArray<TypeModel> Types,
    EquatableArray<SecuritySchemeModel> SecuritySchemes = default)
{
    /// <summary>
    /// Whether the consuming compiler supports C# 15's closed classes: unions are then emitted <c>closed</c>, so the
    /// compiler itself checks a <c>switch</c> over their cases. Not from the spec: the pipeline sets it from the parse options.
    /// </summary>
    public bool ClosedTypes { get; init; }

    /// <summary>
    /// The item's <c>AllowMissingRequired="true"</c> (the command line's <c>--allow-missing-required</c>): a required member
    /// a body leaves out reads as its default instead of failing the body's read, as NSwag's and Kiota's clients read it.
    /// </summary>
    public bool AllowMissingRequired { get; init; }
}

internal enum SecurityKind
{
    /// <summary><c>Authorization: Bearer …</c> (http bearer, and OAuth 2 / OpenID Connect access tokens).</summary>
    Bearer,

    /// <summary><c>Authorization: Basic …</c>.</summary>
    Basic,
    ApiKeyHeader,
    ApiKeyQuery,
    ApiKeyCookie,
}

/// <summary>A security scheme, exposed as one property of the generated credentials class.</summary>
/// <param name="Name">The scheme's name in the spec, as security requirements refer to it.</param>
/// <param name="PropertyName">The credentials property that holds its secret.</param>
/// <param name="ParameterName">For API keys: the header, query or cookie name.</param>
internal sealed record SecuritySchemeModel(string Name, string PropertyName, SecurityKind Kind, string? ParameterName, string? Description)
{
    /// <summary>The scheme is <c>deprecated</c> (OpenAPI 3.2); its property's documentation says so.</summary>
    public bool Deprecated { get; init; }

    /// <summary>An OAuth 2 scheme's device authorization flow (OpenAPI 3.2, RFC 8628), when it documents one.</summary>
    public DeviceAuthorizationModel? DeviceAuthorization { get; init; }

    /// <summary>
    /// An OAuth 2 scheme's <c>oauth2MetadataUrl</c> (OpenAPI 3.2): where its authorization server's metadata is (RFC 8414),
    /// as a constant of the credentials class (<see cref="OAuthMetadataUrl.Constant"/>).
    /// </summary>
    public OAuthMetadataUrl? MetadataUrl { get; init; }
}

/// <param name="Constant">The credentials class's constant that holds <paramref name="Url"/>, allocated among its members.</param>
internal sealed record OAuthMetadataUrl(string Constant, string Url);

/// <summary>
/// OpenAPI 3.2's OAuth 2 <c>deviceAuthorization</c> flow (RFC 8628), exposed as a nested class of the credentials class
/// that names its endpoints and scopes, for the code that obtains the token the scheme's property then holds.
/// </summary>
/// <param name="ClassName">The nested class, allocated among the credentials class's members.</param>
/// <param name="Scopes">The scope names, in spec order, each with its description.</param>
internal sealed record DeviceAuthorizationModel(
    string ClassName,
    string DeviceAuthorizationUrl,
    string TokenUrl,
    string? RefreshUrl,
    EquatableArray<ScopeModel> Scopes);

internal sealed record ScopeModel(string Name, string? Description);

/// <summary>A base URL from the spec's <c>servers</c>, with its variables already replaced by their defaults.</summary>
internal sealed record ServerModel(string Url, string? Description)
{
    /// <summary>The server's <c>name</c> (OpenAPI 3.2): the client names a constant of its URL after it.</summary>
    public string? Name { get; init; }
}
