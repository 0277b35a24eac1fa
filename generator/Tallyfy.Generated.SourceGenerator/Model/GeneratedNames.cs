namespace Tallyfy.Generated.SourceGenerator.Model;

/// <summary>
/// The one owner of the identifiers the generated code uses that do not come from the spec: support types, derived
/// type names and fixed members. Parsing reserves them before it names anything from the spec; Emitting writes them.
/// No generated identifier is spelled as a string literal anywhere else.
/// </summary>
internal static class GeneratedNames
{
    // ----- support types, emitted once per namespace -----
    public const string ApiResponse = "ApiResponse";
    public const string ApiResponseHeaders = "ApiResponseHeaders";
    public const string ApiResponseException = "ApiResponseException";
    public const string ApiBodyException = "ApiBodyException";
    public const string ApiRawResponse = "ApiRawResponse";
    public const string ApiRequest = "ApiRequest";
    public const string ApiHeaderValues = "ApiHeaderValues";
    public const string ApiJsonValueReader = "ApiJsonValueReader";
    public const string ApiJson = "ApiJson";
    public const string ApiJsonConverter = "ApiJsonConverter";
    public const string ApiJsonModel = "ApiJsonModel";
    public const string ApiFile = "ApiFile";
    public const string ApiBasicCredentials = "ApiBasicCredentials";
    public const string ApiRequestOptions = "ApiRequestOptions";
    public const string ApiServerSentEvent = "ApiServerSentEvent";
    public const string ApiEventStream = "ApiEventStream";
    public const string ApiOptional = "ApiOptional";

    /// <summary>The marker on every generated union, by which the exhaustive-switch analyzer knows one.</summary>
    public const string ApiUnionAttribute = "ApiUnionAttribute";

    /// <summary>Every support type; a schema or operation never takes one of these names.</summary>
    public static readonly string[] SupportTypes =
    {
        ApiResponse, ApiResponseHeaders, ApiResponseException, ApiBodyException, ApiRawResponse, ApiRequest,
        ApiHeaderValues, ApiJsonValueReader, ApiJson, ApiFile, ApiBasicCredentials, ApiRequestOptions, ApiJsonConverter, ApiJsonModel,
        ApiUnionAttribute, ApiServerSentEvent, ApiEventStream, ApiOptional,
    };

    // ----- names derived from spec names; Parsing reserves each derived name with the name it comes from -----

    /// <summary>The client's interface.</summary>
    public static string Interface(string clientName) => "I" + clientName;

    /// <summary>The class holding the secrets of the spec's security schemes.</summary>
    public static string Credentials(string clientName) => clientName + "Credentials";

    /// <summary>The result union of an operation.</summary>
    public static string Result(string operationName) => operationName + "Result";

    /// <summary>The client method of an operation.</summary>
    public static string AsyncMethod(string operationName) => operationName + "Async";

    /// <summary>The name a generated type's JSON converter class once had; still reserved with the type, so names stay as they were.</summary>
    public static string JsonConverter(string typeName) => typeName + "JsonConverter";

    /// <summary>The top-level type names a generated type brings with it; all are reserved together.</summary>
    public static string[] WithDerivedTypes(string typeName) => new[] { typeName, JsonConverter(typeName) };

    /// <summary>The nested class of a result case's typed headers.</summary>
    public static string HeadersClass(string caseName) => caseName + "Headers";

    /// <summary>
    /// The client's nested abstract class of typed response headers that several result cases document alike
    /// (numbered from 1, allocated in the client's member scope); each case's headers class derives from it.
    /// </summary>
    public static string SharedHeadersClass(int number) => "ResponseHeaders" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The <c>TryGet…</c> method of a result case.</summary>
    public static string TryGetCase(string caseName) => "TryGet" + caseName;

    /// <summary>The client's static field holding one distinct list of security alternatives (numbered from 1), shared by the operations that have it.</summary>
    public static string SecurityField(int number) => "Security" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The client's static field holding an operation's tag: its name and path template, made once (allocated in the client's member scope).</summary>
    public static string OperationTagField(string operationName) => operationName + "Operation";

    // ----- fixed members of generated classes -----
    public const string Match = "Match";
    public const string Switch = "Switch";
    public const string Value = "Value";
    public const string IsKnown = "IsKnown";
    public const string KnownValues = "KnownValues";
    public const string Unknown = "Unknown";
    public const string UnknownArgument = "unknown";
    public const string ReadValue = "ReadValue";
    public const string WriteValue = "WriteValue";
    public const string ConverterReader = "Reader";
    public const string ConverterWriter = "Writer";
    public const string KnownProperties = "KnownProperties";
    public const string RequiredProperties = "RequiredProperties";
    public const string DefaultBaseUrl = "DefaultBaseUrl";
    public const string DefaultBasePath = "DefaultBasePath";
    public const string ServerUrls = "ServerUrls";
    public const string HttpClientField = "_httpClient";
    public const string BaseUrlField = "_baseUrl";
    public const string CredentialsField = "_credentials";
    public const string ApplyCredentials = "ApplyCredentials";

    /// <summary>The client's private helper that sends a request and reads the whole response (allocated in the client's member scope).</summary>
    public const string SendAndRead = "SendAndReadAsync";
    public const string EnumValueField = "_value";
    public const string Headers = "Headers";
    public const string Body = "Body";
    public const string BodyError = "BodyError";
    public const string TryGetBody = "TryGetBody";
    public const string BodyField = "_body";
    public const string HeadersField = "_headers";
    public const string EnsureSuccess = "EnsureSuccess";

    /// <summary>
    /// The result unions' helpers in <c>ApiResponse</c>: reading the JSON body, handing it out, the responses made
    /// by the cases' public constructors (with the status check of a case that covers several statuses), and the
    /// test behind each <c>TryGet…</c>.
    /// </summary>
    public const string ReadBody = "ReadBody";
    public const string BodyOrThrow = "BodyOrThrow";
    public const string TryBody = "TryBody";
    public const string Fake = "Fake";
    public const string FakeOrNull = "FakeOrNull";
    public const string FakeStatus = "FakeStatus";
    public const string IsCase = "IsCase";

    /// <summary>Parameters of a result case's public constructor (for fakes), besides <see cref="BodyParameter"/>.</summary>
    public const string StatusCodeParameter = "statusCode";
    public const string HeadersParameter = "headers";

    /// <summary>The result union's factory from a raw response, and its test for streamed statuses.</summary>
    public const string CreateResult = "Create";
    public const string IsStreamed = "IsStreamed";
    public const string MediaTypeParameter = "mediaType";

    /// <summary>The stream member of a case whose status offers JSON or a sequential media type, and its field.</summary>
    public const string Events = "Events";
    public const string Items = "Items";
    public const string ItemsField = "_items";

    /// <summary>The credentials class's test for a scheme's secret, and the method that applies it to a request.</summary>
    public const string CredentialsHas = "Has";
    public const string CredentialsApply = "Apply";

    /// <summary>Members every object has; no generated member may hide one.</summary>
    public static readonly string[] ObjectMembers =
    {
        "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
    };

    /// <summary>Members of an object model class besides its properties.</summary>
    public static readonly string[] ObjectModelMembers = ObjectMembers;

    /// <summary>Members of a class in a discriminated hierarchy besides its properties (the closed root's Match, Switch, Unknown; ReadCore).</summary>
    public static readonly string[] HierarchyModelMembers = Concat(ObjectMembers, Match, Switch, Unknown, ReadCore);

    /// <summary>The property of an object model holding the members its schema does not declare.</summary>
    public const string AdditionalProperties = "AdditionalProperties";

    /// <summary>A hierarchy member's internal static method that reads the type itself, not looking at the discriminator.</summary>
    public const string ReadCore = "ReadCore";

    /// <summary>
    /// An object type's table of its member names (UTF-8), which its reader looks each name up in; a name no property
    /// or reader local can take (those have no underscore, or begin with one).
    /// </summary>
    public const string MemberNames = "s_names";

    /// <summary>Members of an open enum struct besides its values.</summary>
    public static readonly string[] EnumMembers = Concat(ObjectMembers, Value, IsKnown, KnownValues, EnumValueField);

    /// <summary>Members of a schema union besides its cases.</summary>
    public static readonly string[] UnionMembers = Concat(ObjectMembers, Unknown, Value, Match, Switch, KnownProperties, RequiredProperties);

    /// <summary>Members of an operation's result union (and its <c>ApiResponse</c> base) besides its cases.</summary>
    public static readonly string[] ResultMembers = Concat(
        ObjectMembers, "StatusCode", "ReasonPhrase", Headers, "ContentType", "MediaType", "RawBody", "RawBodyBytes", "BodyStream",
        "IsSuccess", "Dispose", Match, Switch, EnsureSuccess, CreateResult, IsStreamed, Body, BodyError, TryGetBody,
        ReadBody, BodyOrThrow, TryBody, Fake, FakeStatus, IsCase);

    /// <summary>Members of a result case's headers class (and its <c>ApiResponseHeaders</c> base) besides the typed headers.</summary>
    public static readonly string[] HeadersMembers = Concat(
        ObjectMembers, "Count", "Contains", "TryGetValues", "GetValue", "GetEnumerator", "Empty", "From");

    /// <summary>Members of the client class besides its operation methods.</summary>
    public static readonly string[] ClientMembers =
    {
        DefaultBaseUrl, DefaultBasePath, ServerUrls, HttpClientField, BaseUrlField, CredentialsField, ApplyCredentials,
    };

    /// <summary>Every fixed member a generated model type declares; no generated type takes one of these names.</summary>
    public static readonly string[] FixedTypeMembers = Concat(EnumMembers, Unknown, Match, Switch, ReadCore, KnownProperties, RequiredProperties);

    /// <summary>Members of the credentials class besides one property per security scheme.</summary>
    public static readonly string[] CredentialsMembers = Concat(ObjectMembers, CredentialsHas, CredentialsApply);

    // ----- parameters and locals of generated methods; each method allocates them in its own scope -----

    /// <summary>The last parameter of every operation method; a spec parameter of this name is the one renamed.</summary>
    public const string CancellationToken = "cancellationToken";

    /// <summary>The argument that picks a text body's media type where the spec offers several (<see cref="TextChoiceModel"/>).</summary>
    public const string ContentTypeParameter = "contentType";

    public const string BodyParameter = "body";
    public const string PathLocal = "path";
    public const string QueryLocal = "query";
    public const string RequestLocal = "request";
    public const string ResponseLocal = "response";
    public const string RawLocal = "raw";
    public const string FailureLocal = "exception";
    public const string ContentLocal = "content";
    public const string FormLocal = "form";
    public const string MultipartLocal = "multipart";
    public const string CookiesLocal = "cookies";
    public const string ItemLocal = "item";
    public const string PairLocal = "pair";

    /// <summary>A form's undeclared members (<see cref="ExtraMembersModel"/>), one of them, and its value once it is known not to be null.</summary>
    public const string ExtraLocal = "extra";
    public const string EntryLocal = "entry";
    public const string MemberLocal = "member";
    public const string VariantLocal = "variant";
    public const string ReaderLocal = "reader";
    public const string WriterLocal = "writer";
    public const string ValueLocal = "value";
    public const string AttemptLocal = "attempt";

    /// <summary>The value one attempt of a union's reader reads (each has its own: the cases of a switch share a scope).</summary>
    public static string AttemptValueLocal(int index) => "read" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public const string DiscriminatorLocal = "discriminator";
    public const string IndexLocal = "index";
    public const string DerivedLocal = "derived";

    /// <summary>The local holding an optional parameter's value once it is known not to be null.</summary>
    public static string ValueOf(string identifier) => NameScope.Bare(identifier) + "Value";

    /// <summary>The local holding a header parameter's text.</summary>
    public static string HeaderOf(string identifier) => NameScope.Bare(identifier) + "Header";

    /// <summary>The local holding a cookie parameter's <c>name=value</c> pair.</summary>
    public static string CookieOf(string identifier) => NameScope.Bare(identifier) + "Cookie";

    /// <summary>The local holding one form or multipart field.</summary>
    public static string FieldLocal(int index) => "field" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A converter's local for one property while the object is read (<c>_id</c>).</summary>
    public static string PropertyLocal(string propertyName) => "_" + char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1);

    /// <summary>A converter's local saying whether a required property was seen (<c>_idSeen</c>).</summary>
    public static string SeenLocal(string propertyName) => PropertyLocal(propertyName) + "Seen";

    /// <summary>The credentials' field keeping a bearer or basic scheme's <c>Authorization</c> value (<c>_bearerAuthHeader</c>): properties are PascalCase, so an underscore name is free.</summary>
    public static string CredentialsHeaderField(string propertyName) => PropertyLocal(propertyName) + "Header";

    /// <summary>The parameters of nested reader and writer lambdas (<c>r1</c>, <c>w1</c>, <c>v1</c>) at a depth.</summary>
    public static string LambdaReader(int depth) => depth == 0 ? "r" : "r" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string LambdaWriter(int depth) => "w" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string LambdaValue(int depth) => "v" + depth.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string[] Concat(string[] first, params string[] rest)
    {
        var all = new string[first.Length + rest.Length];
        first.CopyTo(all, 0);
        rest.CopyTo(all, first.Length);
        return all;
    }

    // ----- support code -----

    /// <summary>The namespace the support files (<c>Support/*.cs</c>) are written in; emitting replaces it with the client's.</summary>
    public const string SupportTemplateNamespace = "Tallyfy.Generated.Support";
}
