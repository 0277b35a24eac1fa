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
    public const string ApiFile = "ApiFile";
    public const string ApiBasicCredentials = "ApiBasicCredentials";
    public const string ApiRequestOptions = "ApiRequestOptions";

    /// <summary>Every support type; a schema or operation never takes one of these names.</summary>
    public static readonly string[] SupportTypes =
    {
        ApiResponse, ApiResponseHeaders, ApiResponseException, ApiBodyException, ApiRawResponse, ApiRequest,
        ApiHeaderValues, ApiJsonValueReader, ApiJson, ApiFile, ApiBasicCredentials, ApiRequestOptions, ApiJsonBody,
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

    // ----- support code -----

    /// <summary>The JSON body of a result case: the value read, or why it could not be read.</summary>
    public const string ApiJsonBody = "ApiJsonBody";

    /// <summary>The namespace the support files (<c>Support/*.cs</c>) are written in; emitting replaces it with the client's.</summary>
    public const string SupportTemplateNamespace = "Tallyfy.Generated.Support";
}
