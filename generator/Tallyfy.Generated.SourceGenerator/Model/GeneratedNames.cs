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
        ApiHeaderValues, ApiJsonValueReader, ApiJson, ApiFile, ApiBasicCredentials, ApiRequestOptions,
    };
}
