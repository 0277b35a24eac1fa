using System.Collections.Generic;

namespace Tallyfy.Generated.SourceGenerator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports, each owning its message format; call sites pass only the arguments.
/// An id names a kind of problem and is stable: never reuse or renumber one. Several descriptors may share an id when
/// they are variants of one problem (which part is missing, why a reference does not resolve); they then share its
/// title, severity and help link, and differ only in the message.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string HelpLinkBase = "https://github.com/tallyfy-generated/tallyfy-generated/blob/main/docs/diagnostics.md#";

    // First of the fields, so it exists when the descriptors below are created.
    private static readonly List<DiagnosticDescriptorInfo> Created = new();

    // ----- TGEN001: the document cannot be read -----

    /// <summary>{0}: what the JSON or YAML reader found.</summary>
    public static readonly DiagnosticDescriptorInfo InvalidDocument = Error(
        "TGEN001", "The spec is not valid JSON or YAML", "The spec is not valid JSON or YAML: {0}");

    // ----- TGEN022: the spec file does not exist -----

    /// <summary>{0}: the path the item names. Also the id the package's MSBuild targets stop the build with.</summary>
    public static readonly DiagnosticDescriptorInfo SpecFileMissing = Error(
        "TGEN022", "The spec file does not exist", "The spec file '{0}' named by an OpenApiClient item does not exist or cannot be read");

    // ----- TGEN023: the project's C# is older than the generated code needs -----

    /// <summary>{0}: the project's language version.</summary>
    public static readonly DiagnosticDescriptorInfo LanguageVersionTooOld = Error(
        "TGEN023", "The project's C# version is too old for the generated client", "The generated client needs C# 11 or later, and this project compiles C# {0}: set <LangVersion> to 11 or later, or remove it to take the SDK's default; nothing is generated until then");

    // ----- TGEN025: the project's target framework is too old for the generated code -----

    /// <summary>{0}: the project's target framework.</summary>
    public static readonly DiagnosticDescriptorInfo TargetFrameworkTooOld = Error(
        "TGEN025", "The project's target framework is too old for the generated client", "The generated client needs .NET 8 or later (net8.0), and this project targets {0}: target net8.0 or later, or, in a project with several target frameworks, give the OpenApiClient item a Condition on $(TargetFramework); nothing is generated for {0}");

    // ----- TGEN026 / TGEN027: what an error leaves out or keeps as raw JSON -----

    /// <summary>{0}: the operation's id (or generated name); {1}: its method and path.</summary>
    public static readonly DiagnosticDescriptorInfo OperationLeftOut = Warning(
        "TGEN026", "An operation is left out because of an error in it", "Operation '{0}' ({1}) is left out of the client because of the error reported in it; the rest of the client is generated, and code that does not call it compiles");

    /// <summary>{0}: the part (a property of a schema, a request body); {1}: what it belongs to.</summary>
    public static readonly DiagnosticDescriptorInfo KeptAsJson = Warning(
        "TGEN027", "Part of a schema is kept as raw JSON because of an error in it", "{0} is typed JsonElement (the raw JSON) because of the error reported in its schema; the rest of {1} is generated as the spec says");

    // ----- TGEN024: two specs of one namespace declare the same type -----

    /// <summary>{0}: the type; {1}: the namespace; {2}: the other spec; {3}: a namespace this spec could take.</summary>
    public static readonly DiagnosticDescriptorInfo TypeCollision = Error(
        "TGEN024", "Two specs in one namespace declare the same type", "This spec's client is not generated: its type '{0}' is also declared, differently, in namespace {1} by the client of '{2}'; give one of the OpenApiClient items its own Namespace, for example Namespace=\"{3}\" on the item of this spec");

    // ----- TGEN002: not an OpenAPI document -----

    public static readonly DiagnosticDescriptorInfo NotOpenApi = Error(
        "TGEN002", "Not an OpenAPI document", "The spec's top level must be an object with an 'openapi' or 'swagger' field");

    // ----- TGEN003: a required part is missing -----

    private const string MissingRequiredTitle = "A required part of the spec is missing";

    public static readonly DiagnosticDescriptorInfo MissingInfo = Error(
        "TGEN003", MissingRequiredTitle, "The spec has no 'info' object");

    public static readonly DiagnosticDescriptorInfo MissingPaths = Error(
        "TGEN003", MissingRequiredTitle, "The spec has no 'paths' object");

    public static readonly DiagnosticDescriptorInfo ServerWithoutUrl = Error(
        "TGEN003", MissingRequiredTitle, "A server must be an object with a 'url'");

    /// <summary>{0}: the scheme's name.</summary>
    public static readonly DiagnosticDescriptorInfo ApiKeyWithoutName = Error(
        "TGEN003", MissingRequiredTitle, "API key scheme '{0}' has no 'name'");

    /// <summary>{0}: the operation's name.</summary>
    public static readonly DiagnosticDescriptorInfo OperationWithoutResponses = Error(
        "TGEN003", MissingRequiredTitle, "Operation {0} has no 'responses'");

    // ----- TGEN004: a $ref does not resolve ({0} is the reference as the user wrote it) -----

    private const string UnresolvedReferenceTitle = "A $ref does not resolve";

    public static readonly DiagnosticDescriptorInfo UnresolvedReference = Error(
        "TGEN004", UnresolvedReferenceTitle, "The reference '{0}' does not resolve to anything in the spec");

    public static readonly DiagnosticDescriptorInfo UrlReference = Error(
        "TGEN004", UnresolvedReferenceTitle, "The reference '{0}' does not resolve: references to URLs are not followed: the generator reads no network");

    public static readonly DiagnosticDescriptorInfo ReferencedFileMissing = Error(
        "TGEN004", UnresolvedReferenceTitle, "The reference '{0}' does not resolve: the file is not among the additional files; add it as an <AdditionalFiles> item");

    /// <summary>{1}: what the reader found in the referenced file.</summary>
    public static readonly DiagnosticDescriptorInfo ReferencedFileUnreadable = Error(
        "TGEN004", UnresolvedReferenceTitle, "The reference '{0}' does not resolve: the file could not be read: {1}");

    /// <summary>{1}: how many references a chain may have.</summary>
    public static readonly DiagnosticDescriptorInfo ReferenceChainTooLong = Error(
        "TGEN004", UnresolvedReferenceTitle, "The reference '{0}' does not resolve: it is part of a chain of more than {1} references");

    // ----- TGEN005 -----

    /// <summary>{0}: the operationId; {1}: the method name the later operation is generated under.</summary>
    public static readonly DiagnosticDescriptorInfo DuplicateOperationId = Warning(
        "TGEN005", "Two operations share an operationId", "The operationId '{0}' is used by more than one operation; this one is generated as {1}");

    // ----- TGEN006: path template and path parameters disagree ({0} is the path template) -----

    private const string PathParameterMismatchTitle = "Path template and path parameters disagree";

    /// <summary>{1}: the placeholder's name.</summary>
    public static readonly DiagnosticDescriptorInfo UndeclaredPathParameter = Warning(
        "TGEN006", PathParameterMismatchTitle, "The path '{0}' uses '{{{1}}}' but no path parameter '{1}' is declared; a string parameter is generated for it");

    /// <summary>{1}: the parameter's name.</summary>
    public static readonly DiagnosticDescriptorInfo UnusedPathParameter = Warning(
        "TGEN006", PathParameterMismatchTitle, "Path parameter '{1}' does not appear in the path '{0}'; it is left out");

    // ----- TGEN007: a parameter is invalid -----

    private const string InvalidParameterTitle = "A parameter is invalid";

    public static readonly DiagnosticDescriptorInfo ParameterWithoutNameOrIn = Error(
        "TGEN007", InvalidParameterTitle, "A parameter needs both 'name' and 'in'");

    /// <summary>{0}: the parameter's name; {1}: its <c>in</c>.</summary>
    public static readonly DiagnosticDescriptorInfo InvalidParameterLocation = Error(
        "TGEN007", InvalidParameterTitle, "Parameter '{0}' has location '{1}'; it must be path, query, querystring, header or cookie");

    // ----- TGEN008, TGEN009 -----

    /// <summary>{0}: the response key.</summary>
    public static readonly DiagnosticDescriptorInfo InvalidStatusCode = Error(
        "TGEN008", "A response status code is invalid", "'{0}' is not a status code, a range such as 4XX, or 'default'; the response is skipped");

    /// <summary>{0}: the keyword; {1}: what its value must be ("a string", "an object", ...).</summary>
    public static readonly DiagnosticDescriptorInfo WrongKeywordType = Error(
        "TGEN009", "A keyword has a value of the wrong type", "'{0}' must be {1}");

    // ----- TGEN010: a construct is not supported yet -----

    private const string UnsupportedTitle = "A construct is not supported yet";

    /// <summary>{0}: the scheme's name; {1}: its type.</summary>
    public static readonly DiagnosticDescriptorInfo UnsupportedSecurityScheme = Warning(
        "TGEN010", UnsupportedTitle, "Security scheme '{0}' of type '{1}' is not supported; operations that require it are sent without it");

    /// <summary>{0}: the form media type; {1}: the operation's name.</summary>
    public static readonly DiagnosticDescriptorInfo FormBodyNotAnObject = Warning(
        "TGEN010", UnsupportedTitle, "A {0} body must be an object schema; {1} sends it as raw bytes");

    /// <summary>{0}: the multipart media type; {1}: the operation's name.</summary>
    public static readonly DiagnosticDescriptorInfo MultipartBodyNotAnObject = Warning(
        "TGEN010", UnsupportedTitle, "A {0} body must be an object schema for its parts to be typed; {1} takes the parts as a MultipartContent the caller builds");

    /// <summary>Swagger 2.0. {0}: the body parameter's name.</summary>
    public static readonly DiagnosticDescriptorInfo SecondBodyParameter = Warning(
        "TGEN010", UnsupportedTitle, "An operation has one body; the body parameter '{0}' is left out");

    /// <summary>Swagger 2.0.</summary>
    public static readonly DiagnosticDescriptorInfo BodyAndFormData = Warning(
        "TGEN010", UnsupportedTitle, "An operation cannot send both a body parameter and formData parameters; the formData parameters are left out");

    /// <summary>Swagger 2.0. {0}: the collectionFormat; {1}: where the parameter is (path or header).</summary>
    public static readonly DiagnosticDescriptorInfo CollectionFormatInLocation = Warning(
        "TGEN010", UnsupportedTitle, "collectionFormat '{0}' has no OpenAPI 3 equivalent for a {1} parameter; the values are sent comma-separated");

    /// <summary>Swagger 2.0. {0}: the collectionFormat.</summary>
    public static readonly DiagnosticDescriptorInfo UnsupportedCollectionFormat = Warning(
        "TGEN010", UnsupportedTitle, "collectionFormat '{0}' has no OpenAPI 3 equivalent; the values are sent comma-separated");

    /// <summary>{0}: the enum value as written in the spec.</summary>
    public static readonly DiagnosticDescriptorInfo EnumValueNotInt64 = Warning(
        "TGEN010", UnsupportedTitle, "The integer enum value '{0}' is not a whole number that fits 64 bits; the schema is read as a number, not an enum");

    // ----- TGEN011, TGEN012 -----

    private const string LimitTitle = "The spec is nested too deeply or expands too far";

    /// <summary>{0}: the deepest nesting the readers accept.</summary>
    public static readonly DiagnosticDescriptorInfo TooDeep = Error(
        "TGEN011", LimitTitle, "The document is nested more than {0} levels deep");

    /// <summary>{0}: the deepest nesting the readers accept (YAML, where an alias inside its own anchor also gets there).</summary>
    public static readonly DiagnosticDescriptorInfo TooDeepOrSelfAlias = Error(
        "TGEN011", LimitTitle, "The document is nested more than {0} levels deep (or an alias refers to itself)");

    /// <summary>{0}: the most nodes a YAML document may expand to through its aliases.</summary>
    public static readonly DiagnosticDescriptorInfo TooManyNodes = Error(
        "TGEN011", LimitTitle, "The document expands to more than {0} nodes (aliases repeated inside aliases?)");

    private const string InvalidSettingTitle = "An OpenApiClient setting is invalid";

    /// <summary>{0}: the Namespace setting.</summary>
    public static readonly DiagnosticDescriptorInfo InvalidNamespace = Error(
        "TGEN012", InvalidSettingTitle, "The namespace '{0}' is not a valid C# namespace");

    /// <summary>{0}: the ClientName setting.</summary>
    public static readonly DiagnosticDescriptorInfo InvalidClientName = Error(
        "TGEN012", InvalidSettingTitle, "The client name '{0}' is not a valid C# identifier");

    // ----- TGEN013: part of the spec is not used -----

    private const string IgnoredTitle = "Part of the spec is not used";

    public static readonly DiagnosticDescriptorInfo WebhooksIgnored = Info(
        "TGEN013", IgnoredTitle, "Webhooks describe requests the API sends, not calls a client makes; they are ignored");

    /// <summary>{0}: the header's name.</summary>
    public static readonly DiagnosticDescriptorInfo HeaderParameterIgnored = Info(
        "TGEN013", IgnoredTitle, "Header parameter '{0}' is ignored: OpenAPI leaves it to the HTTP layer");

    /// <summary>{0}: the status code; {1}: the operation's name.</summary>
    public static readonly DiagnosticDescriptorInfo BodilessStatusContentIgnored = Info(
        "TGEN013", IgnoredTitle, "The {0} response of {1} documents content, which a {0} response never carries (RFC 9110); the case has no body");

    /// <summary>{0}: the scheme's name.</summary>
    public static readonly DiagnosticDescriptorInfo MutualTlsLeftToTheConnection = Info(
        "TGEN013", IgnoredTitle, "Security scheme '{0}' is mutualTLS, the connection's: nothing goes in a request; give the HttpClient a handler that presents the client certificate (SocketsHttpHandler.SslOptions.ClientCertificates)");

    /// <summary>{0}: the response's key as written; {1}: the operation's name.</summary>
    public static readonly DiagnosticDescriptorInfo HeadResponseContentIgnored = Info(
        "TGEN013", IgnoredTitle, "The {0} response of {1} documents content, which an answer to HEAD never carries (RFC 9110: only the headers a GET would send); the case has no body");

    // ----- TGEN014 -----

    /// <summary>{0}: the status code as written; {1}: the operation's name.</summary>
    public static readonly DiagnosticDescriptorInfo DuplicateResponse = Warning(
        "TGEN014", "A key appears twice", "'{0}' appears more than once in the responses of {1}; the first is used");

    // ----- TGEN015: split from TGEN002 -----

    private const string UnsupportedVersionTitle = "The OpenAPI or Swagger version is not supported";

    /// <summary>{0}: the <c>openapi</c> field.</summary>
    public static readonly DiagnosticDescriptorInfo UnsupportedOpenApiVersion = Error(
        "TGEN015", UnsupportedVersionTitle, "OpenAPI version '{0}' is not supported; 3.0.x, 3.1.x and 3.2.x are");

    /// <summary>{0}: the <c>swagger</c> field.</summary>
    public static readonly DiagnosticDescriptorInfo UnsupportedSwaggerVersion = Error(
        "TGEN015", UnsupportedVersionTitle, "Swagger version '{0}' is not supported; 2.0 is, and OpenAPI 3.0, 3.1 and 3.2");

    // ----- TGEN016: split from TGEN007 -----

    /// <summary>{0}: the path template.</summary>
    public static readonly DiagnosticDescriptorInfo UnclosedPathTemplate = Error(
        "TGEN016", "A path template is malformed", "The path '{0}' has an unclosed '{{'; its operations are skipped");

    // ----- TGEN018 -----

    /// <summary>{0}: the default as the spec writes it; {1}: the type it does not fit.</summary>
    public static readonly DiagnosticDescriptorInfo DefaultDoesNotFit = Warning(
        "TGEN018", "A default does not fit its schema", "The default {0} is not a value of {1}; it is documented but not applied");

    // ----- TGEN017 -----

    /// <summary>{0}: the operation's name.</summary>
    public static readonly DiagnosticDescriptorInfo OperationWithoutResponsesAllowed = Warning(
        "TGEN017", "An operation documents no responses", "Operation {0} has no 'responses' (allowed in OpenAPI 3.1); every response is its Undocumented case");

    // ----- TGEN019: a discriminator that cannot be honoured -----

    private const string DiscriminatorTitle = "A discriminator cannot be honoured";

    /// <summary>{0}: the discriminator's propertyName.</summary>
    public static readonly DiagnosticDescriptorInfo DiscriminatorNotStringProperty = Warning(
        "TGEN019", DiscriminatorTitle, "The discriminator '{0}' is not a string property of its schema; the schemas that allOf it are flattened and the discriminator is ignored");

    /// <summary>{0}: the mapping key; {1}: the schema it names.</summary>
    public static readonly DiagnosticDescriptorInfo DiscriminatorMappingNotSubtype = Warning(
        "TGEN019", DiscriminatorTitle, "The discriminator mapping '{0}' names '{1}', which does not allOf the schema; a body with that value is read as the base type");

    /// <summary>OpenAPI 3.2. {0}: the defaultMapping's value; {1}: how such a body is read instead.</summary>
    public static readonly DiagnosticDescriptorInfo DiscriminatorDefaultNotChosen = Warning(
        "TGEN019", DiscriminatorTitle, "The discriminator's defaultMapping '{0}' names no schema the discriminator chooses between; {1}");

    public static readonly DiagnosticDescriptorInfo DiscriminatorNotObject = Warning(
        "TGEN019", DiscriminatorTitle, "A discriminator is given on a schema that is not an object (nor a oneOf/anyOf); it is ignored");

    // ----- TGEN045: an HTTP method the client cannot send (OpenAPI 3.2 additionalOperations) -----

    private const string MethodTitle = "An additional operation's method cannot be sent";

    /// <summary>{0}: the <c>additionalOperations</c> key.</summary>
    public static readonly DiagnosticDescriptorInfo InvalidMethodName = Warning(
        "TGEN045", MethodTitle, "'{0}' is not an HTTP method name (a token of letters, digits and !#$%&'*+-.^_`|~); the operation is left out");

    /// <summary>{0}: the <c>additionalOperations</c> key; {1}: the path item field that defines that method.</summary>
    public static readonly DiagnosticDescriptorInfo FixedMethodInAdditionalOperations = Warning(
        "TGEN045", MethodTitle, "'{0}' in additionalOperations is the method of the path item's '{1}' field, where it belongs; the operation is left out");

    // ----- TGEN046: an in: querystring parameter that cannot be honoured (OpenAPI 3.2) -----

    private const string QueryStringTitle = "A querystring parameter cannot be honoured";

    /// <summary>{0}: the parameter; {1}: the in: query parameters beside it.</summary>
    public static readonly DiagnosticDescriptorInfo QueryStringWithQuery = Warning(
        "TGEN046", QueryStringTitle, "Parameter '{0}' is the whole query string (in: querystring), and the operation also has in: query parameters ({1}); the operation is left out");

    /// <summary>{0}: the parameter; {1}: the other in: querystring parameter.</summary>
    public static readonly DiagnosticDescriptorInfo SecondQueryString = Warning(
        "TGEN046", QueryStringTitle, "Parameter '{0}' is a second in: querystring parameter besides '{1}'; an operation has one query string, so the operation is left out");

    /// <summary>{0}: the parameter.</summary>
    public static readonly DiagnosticDescriptorInfo QueryStringWithoutContent = Warning(
        "TGEN046", QueryStringTitle, "Parameter '{0}' is in: querystring, which needs 'content' with exactly one media type; the operation is left out");

    /// <summary>{0}: the parameter; {1}: the media type.</summary>
    public static readonly DiagnosticDescriptorInfo QueryStringFormNotObject = Warning(
        "TGEN046", QueryStringTitle, "Parameter '{0}' is in: querystring as {1}, whose schema must be an object, a map or a oneOf/anyOf of objects; the operation is left out");

    // ----- TGEN047: a $self that cannot be the base URI (OpenAPI 3.2) -----

    /// <summary>{0}: the <c>$self</c> value.</summary>
    public static readonly DiagnosticDescriptorInfo InvalidSelf = Warning(
        "TGEN047", "$self cannot be the document's base URI", "'$self' is '{0}', which is not an absolute http(s) URI without a fragment; references resolve against the spec's file instead");

    // ----- TGEN048: an OAuth 2 flow that lacks a URL (OpenAPI 3.2 deviceAuthorization, and the others) -----

    /// <summary>{0}: the flow; {1}: the scheme; {2}: the missing field.</summary>
    public static readonly DiagnosticDescriptorInfo OAuthFlowIncomplete = Warning(
        "TGEN048", "An OAuth 2 flow lacks a URL", "The {0} flow of security scheme '{1}' has no '{2}'; the credentials class does not describe that flow");

    // ----- TGEN049: an itemEncoding (OpenAPI 3.2) the generator does not apply -----

    /// <summary>{0}: the media type.</summary>
    public static readonly DiagnosticDescriptorInfo ItemEncodingNotApplied = Warning(
        "TGEN049", "itemEncoding is not applied", "The itemEncoding of '{0}' is not applied: that body is sent or read whole as '{0}', not part by part");

    // ----- TGEN050-TGEN052: the operations an item's filter (IncludePaths, ExcludePaths, IncludeTags) selects -----

    /// <summary>{0}: the setting (metadata and command-line option); {1}: the entry as given; {2}: what is wrong with it.</summary>
    public static readonly DiagnosticDescriptorInfo MalformedFilter = Error(
        "TGEN050", "A filter pattern is malformed", "The {0} entry '{1}' is malformed: {2}; nothing is generated from this spec until it is fixed");

    /// <summary>{0}: the setting (metadata and command-line option); {1}: the pattern or tag.</summary>
    public static readonly DiagnosticDescriptorInfo FilterMatchesNothing = Warning(
        "TGEN051", "A filter pattern matches no operation", "The {0} entry '{1}' matches no operation of this spec");

    /// <summary>{0}: how many operations the spec has.</summary>
    public static readonly DiagnosticDescriptorInfo FilterKeepsNothing = Warning(
        "TGEN052", "The filter keeps no operation", "The filter keeps none of the spec's {0} operations: the client is emitted without operations or schema types");

    // ----- TGEN053: the schema types no operation uses -----

    /// <summary>{0}: how many types are left out; {1}: how many schema types the spec has; {2}: the first of them in the spec.</summary>
    public static readonly DiagnosticDescriptorInfo UnusedSchemasLeftOut = Info(
        "TGEN053", "Schema types no operation uses are not generated",
        "Schema types used by no operation are not generated: {0} of the spec's {1} ({2}); KeepUnusedSchemas=\"true\" on the OpenApiClient item (--keep-unused-schemas) generates them");

    // ----- TGEN054: a content key that is not a media type -----

    /// <summary>{0}: the keys, quoted and joined; {1}: what is done instead.</summary>
    public static readonly DiagnosticDescriptorInfo NotAMediaType = Warning(
        "TGEN054", "A content key is not a media type", "Not a media type (type/subtype): {0}; {1}");

    // ----- TGEN055: a path parameter after a '#' -----

    /// <summary>{0}: the path template; {1}: the parameters after its '#', quoted and joined.</summary>
    public static readonly DiagnosticDescriptorInfo ParameterInFragment = Warning(
        "TGEN055", "A path parameter follows '#'", "In the path '{0}' the '#' ends the URL's path and what follows is a fragment, which no request carries: {1} is never sent");

    // ----- TGEN056: a header or cookie name no request can carry -----

    /// <summary>{0}: <c>header</c> or <c>cookie</c>; {1}: the name as written; {2}: the operation's name.</summary>
    public static readonly DiagnosticDescriptorInfo ParameterNameNotAToken = Warning(
        "TGEN056", "A header or cookie name is not a token",
        "The {0} parameter '{1}' of {2} is left out: no request can carry it, as a {0} name is a token of letters, digits and !#$%&'*+-.^_`|~ (RFC 9110, RFC 6265) and this one is not");

    /// <summary>{0}: the scheme's name; {1}: <c>header</c> or <c>cookie</c>; {2}: the name as written.</summary>
    public static readonly DiagnosticDescriptorInfo SchemeNameNotAToken = Warning(
        "TGEN056", "A header or cookie name is not a token",
        "Security scheme '{0}' is left out: it sends its key in the {1} '{2}', which no request can carry, as a {1} name is a token of letters, digits and !#$%&'*+-.^_`|~ (RFC 9110, RFC 6265) and this one is not");

    // ----- TGEN020, TGEN021: what regenerating from a new spec does to the generated API (a baseline, or the CLI's diff) -----

    /// <summary>The id of the changes that can break code written against the client generated from the baseline.</summary>
    public const string BreakingChangeId = "TGEN020";

    private const string BreakingTitle = "The spec change breaks the generated API";

    private const string AdditiveTitle = "The spec change adds to the generated API";

    /// <summary>{0}: the method; {1}: the HTTP method; {2}: the path.</summary>
    public static readonly DiagnosticDescriptorInfo OperationRemoved = Warning(
        BreakingChangeId, BreakingTitle, "{0} is removed: the spec no longer has {1} {2}");

    /// <summary>{0}: the old method; {1}: the new one.</summary>
    public static readonly DiagnosticDescriptorInfo OperationRenamed = Warning(
        BreakingChangeId, BreakingTitle, "{0} is renamed to {1} (the operationId changed)");

    /// <summary>{0}: the method; {1}: the parameter.</summary>
    public static readonly DiagnosticDescriptorInfo ParameterRemoved = Warning(
        BreakingChangeId, BreakingTitle, "Parameter '{1}' of {0} is removed");

    /// <summary>{0}: the method; {1}: the old parameter name; {2}: the new one.</summary>
    public static readonly DiagnosticDescriptorInfo ParameterRenamed = Warning(
        BreakingChangeId, BreakingTitle, "Parameter '{1}' of {0} is renamed to '{2}'");

    /// <summary>{0}: the method; {1}: the parameter; {2}: the old type; {3}: the new type.</summary>
    public static readonly DiagnosticDescriptorInfo ParameterRetyped = Warning(
        BreakingChangeId, BreakingTitle, "Parameter '{1}' of {0} changes type from {2} to {3}");

    /// <summary>{0}: the method; {1}: the parameter.</summary>
    public static readonly DiagnosticDescriptorInfo ParameterNowRequired = Warning(
        BreakingChangeId, BreakingTitle, "Parameter '{1}' of {0} becomes required");

    /// <summary>{0}: the method; {1}: its parameters in the old order; {2}: in the new one.</summary>
    public static readonly DiagnosticDescriptorInfo ParametersReordered = Warning(
        BreakingChangeId, BreakingTitle, "The parameters of {0} change order, from ({1}) to ({2}): a call that passes them by position passes them to others");

    /// <summary>{0}: the method; {1}: the parameter.</summary>
    public static readonly DiagnosticDescriptorInfo RequiredParameterAdded = Warning(
        BreakingChangeId, BreakingTitle, "{0} has a new required parameter '{1}'");

    /// <summary>{0}: the result union; {1}: the case.</summary>
    public static readonly DiagnosticDescriptorInfo CaseRemoved = Warning(
        BreakingChangeId, BreakingTitle, "Case {1} of {0} is removed");

    /// <summary>{0}: the result union; {1}: the case; {2}: the status as the spec keys it.</summary>
    public static readonly DiagnosticDescriptorInfo CaseAdded = Warning(
        BreakingChangeId, BreakingTitle, "The newly documented status {2} adds the case {1} to {0}, and a parameter to its Match");

    /// <summary>{0}: the result union; {1}: the case; {2}: the old body type; {3}: the new one.</summary>
    public static readonly DiagnosticDescriptorInfo CaseBodyRetyped = Warning(
        BreakingChangeId, BreakingTitle, "The body of case {1} of {0} changes type from {2} to {3}");

    /// <summary>{0}: the type.</summary>
    public static readonly DiagnosticDescriptorInfo TypeRemoved = Warning(
        BreakingChangeId, BreakingTitle, "Type {0} is removed");

    /// <summary>{0}: the type, whose schema the new spec still has but no operation uses (so it is not generated).</summary>
    public static readonly DiagnosticDescriptorInfo TypeNoLongerUsed = Warning(
        BreakingChangeId, BreakingTitle, "Type {0} is removed: the spec still has its schema, but no operation uses it any more (KeepUnusedSchemas generates it)");

    /// <summary>{0}: the type; {1}: what it was (a class, an enum, a union); {2}: what it is.</summary>
    public static readonly DiagnosticDescriptorInfo TypeKindChanged = Warning(
        BreakingChangeId, BreakingTitle, "Type {0} changes from {1} to {2}");

    /// <summary>{0}: the type; {1}: the property, enum value or case.</summary>
    public static readonly DiagnosticDescriptorInfo MemberRemoved = Warning(
        BreakingChangeId, BreakingTitle, "{0}.{1} is removed");

    /// <summary>{0}: the type; {1}: the old member name; {2}: the new one.</summary>
    public static readonly DiagnosticDescriptorInfo MemberRenamed = Warning(
        BreakingChangeId, BreakingTitle, "{0}.{1} is renamed to {2}");

    /// <summary>{0}: the type; {1}: the property; {2}: the old type; {3}: the new one.</summary>
    public static readonly DiagnosticDescriptorInfo PropertyRetyped = Warning(
        BreakingChangeId, BreakingTitle, "{0}.{1} changes type from {2} to {3}");

    /// <summary>{0}: the union; {1}: the case.</summary>
    public static readonly DiagnosticDescriptorInfo UnionCaseAdded = Warning(
        BreakingChangeId, BreakingTitle, "Case {1} is added to the union {0}, and a parameter to its Match");

    /// <summary>{0}: the type; {1}: the property, which an object initializer must now set.</summary>
    public static readonly DiagnosticDescriptorInfo PropertyNowRequired = Warning(
        BreakingChangeId, BreakingTitle, "{0}.{1} becomes required: an object initializer must set it");

    /// <summary>{0}: the closed hierarchy's root; {1}: the class added below it.</summary>
    public static readonly DiagnosticDescriptorInfo SubclassAdded = Warning(
        BreakingChangeId, BreakingTitle, "Class {1} is added below {0}, and a parameter to its Match");

    /// <summary>{0}: the client class; {1}: the constant.</summary>
    public static readonly DiagnosticDescriptorInfo ServerConstantRemoved = Warning(
        BreakingChangeId, BreakingTitle, "{0}.{1} is removed: the spec no longer lists that server");

    /// <summary>{0}: the method; {1}: the type the overload's body is.</summary>
    public static readonly DiagnosticDescriptorInfo OverloadRemoved = Warning(
        BreakingChangeId, BreakingTitle, "The overload of {0} that takes the body as {1} is removed: the spec no longer offers that media type");

    /// <summary>{0}: the method; {1}: the HTTP method; {2}: the path.</summary>
    public static readonly DiagnosticDescriptorInfo OperationAdded = Info(
        "TGEN021", AdditiveTitle, "{0} is added for {1} {2}");

    /// <summary>{0}: the method; {1}: the parameter.</summary>
    public static readonly DiagnosticDescriptorInfo OptionalParameterAdded = Info(
        "TGEN021", AdditiveTitle, "{0} has a new optional parameter '{1}'");

    /// <summary>{0}: the type.</summary>
    public static readonly DiagnosticDescriptorInfo TypeAdded = Info(
        "TGEN021", AdditiveTitle, "Type {0} is added");

    /// <summary>{0}: the type; {1}: the property or enum value.</summary>
    public static readonly DiagnosticDescriptorInfo MemberAdded = Info(
        "TGEN021", AdditiveTitle, "{0}.{1} is added");

    /// <summary>{0}: the method; {1}: the type the overload's body is.</summary>
    public static readonly DiagnosticDescriptorInfo OverloadAdded = Info(
        "TGEN021", AdditiveTitle, "{0} has a new overload that takes the body as {1}");

    // ----- TGEN057: a Baseline the generator cannot read -----

    /// <summary>{0}: the baseline's path.</summary>
    public static readonly DiagnosticDescriptorInfo BaselineNotRead = Warning(
        "TGEN057", "The baseline is not compared",
        "The baseline '{0}' is not compared with the spec: a baseline is read when its name ends in .json, .yaml or .yml, as a spec's does");

    // ----- TGEN999: a bug, reported instead of crashing the build -----

    private const string InternalErrorTitle = "The generator failed unexpectedly";

    /// <summary>{0}: the exception's type; {1}: its message.</summary>
    public static readonly DiagnosticDescriptorInfo InternalError = Error(
        "TGEN999", InternalErrorTitle, "The generator failed on this spec and emitted nothing for it: {0}: {1}");

    /// <summary>{0}: the file name that was produced twice.</summary>
    public static readonly DiagnosticDescriptorInfo DuplicateHintName = Error(
        "TGEN999", InternalErrorTitle, "The generator produced two files named '{0}' (ignoring case); the second is left out");

    // ----- TGEN030: a switch over a generated union that misses cases (the analyzer, on the consumer's code) -----

    /// <summary>{0}: the union; {1}: the cases no arm handles.</summary>
    public static readonly DiagnosticDescriptorInfo NonExhaustiveSwitch = Warning(
        "TGEN030", "A switch over a generated union misses cases", "The switch over {0} does not handle {1}: add an arm for each, or a discard arm if new cases may go unhandled");

    private static DiagnosticDescriptorInfo Error(string id, string title, string message) => Create(id, title, message, DiagnosticLevel.Error);

    private static DiagnosticDescriptorInfo Warning(string id, string title, string message) => Create(id, title, message, DiagnosticLevel.Warning);

    private static DiagnosticDescriptorInfo Info(string id, string title, string message) => Create(id, title, message, DiagnosticLevel.Info);

    /// <summary>Every descriptor, in the order declared.</summary>
    public static IReadOnlyList<DiagnosticDescriptorInfo> All => Created;

    private static DiagnosticDescriptorInfo Create(string id, string title, string message, DiagnosticLevel severity)
    {
        var descriptor = new DiagnosticDescriptorInfo(id, title, message, DiagnosticDescriptorInfo.GeneratorCategory, severity, HelpLinkBase + id.ToLowerInvariant());
        Created.Add(descriptor);
        return descriptor;
    }
}
