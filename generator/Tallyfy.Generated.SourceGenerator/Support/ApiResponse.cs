// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>
/// One HTTP response, whatever its status: the status code, every header and the raw body stay reachable.
/// Each operation's result union derives from it, with one case per documented status.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
public abstract class ApiResponse
{
    private readonly global::Tallyfy.Generated.Support.ApiRawResponse _response;
    private string? _rawBody;

    private protected ApiResponse(global::Tallyfy.Generated.Support.ApiRawResponse response) => _response = response;

    /// <summary>The HTTP status code.</summary>
    public int StatusCode => _response.StatusCode;

    /// <summary>The reason phrase the server sent, if any.</summary>
    public string? ReasonPhrase => _response.ReasonPhrase;

    /// <summary>Every response and content header, looked up by case-insensitive name.</summary>
    public global::Tallyfy.Generated.Support.ApiResponseHeaders Headers => _response.Headers;

    /// <summary>The media type of the body, such as <c>application/json</c>; null when the response declares none.</summary>
    public string? ContentType => _response.MediaType;

    /// <summary>The body exactly as received; empty when there was none, or when the case hands it over as a stream.</summary>
    public global::System.ReadOnlyMemory<byte> RawBodyBytes => _response.Body;

    /// <summary>The unread body, for cases that hand it over as a stream.</summary>
    private protected global::System.IO.Stream? BodyStream => _response.BodyStream;

    /// <summary>The body as text, decoded with the charset the response declares (UTF-8 when it declares none).</summary>
    public string RawBody => _rawBody ??= _response.DecodeBody();

    /// <summary>Whether the status code is in the 2xx range.</summary>
    public bool IsSuccess => StatusCode >= 200 && StatusCode <= 299;

    /// <summary>The name of the result case, such as <c>NotFound</c>.</summary>
    private protected abstract string CaseName { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        CaseName + " (HTTP " + StatusCode.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ")";
}
