namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// The runtime types every client in a namespace shares: the response base class, headers, exceptions,
/// request helpers and the JSON helpers. Emitted once per namespace so the generated code needs nothing but
/// the .NET base library.
/// </summary>
internal static class SupportEmitter
{
    public const string JsonClass = "ApiJson";
    public const string RequestClass = "ApiRequest";
    public const string RawResponseClass = "ApiRawResponse";
    public const string HeaderParsersClass = "ApiHeaderValues";

    public static string HintName(string ns) => ns + ".ApiSupport.g.cs";

    public static string Emit(string ns)
    {
        var writer = new SourceWriter();
        CSharp.FileHeader(writer);
        var body = Template
            .Replace("__NS__", ns)
            .Replace("__GENERATED_CODE__", CSharp.GeneratedCodeAttribute)
            .Replace("\r\n", "\n");
        return writer + body;
    }

    private const string Template = """
namespace __NS__;

/// <summary>
/// One HTTP response, whatever its status: the status code, every header and the raw body stay reachable.
/// Each operation's result union derives from it, with one case per documented status.
/// </summary>
__GENERATED_CODE__
public abstract class ApiResponse
{
    private readonly global::__NS__.ApiRawResponse _response;
    private string? _rawBody;

    private protected ApiResponse(global::__NS__.ApiRawResponse response) => _response = response;

    /// <summary>The HTTP status code.</summary>
    public int StatusCode => _response.StatusCode;

    /// <summary>The reason phrase the server sent, if any.</summary>
    public string? ReasonPhrase => _response.ReasonPhrase;

    /// <summary>Every response and content header, looked up by case-insensitive name.</summary>
    public global::__NS__.ApiResponseHeaders Headers => _response.Headers;

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

/// <summary>Response headers by case-insensitive name, each with all its values.</summary>
__GENERATED_CODE__
public class ApiResponseHeaders : global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.IReadOnlyList<string>>>
{
    private readonly global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> _values;

    /// <summary>Creates a header collection, for tests and fakes; the client builds its own from each response.</summary>
    public ApiResponseHeaders(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, string>> headers)
    {
        if (headers is null)
        {
            throw new global::System.ArgumentNullException(nameof(headers));
        }

        _values = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase);
        var lists = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.List<string>>(global::System.StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
        {
            if (!lists.TryGetValue(header.Key, out var list))
            {
                list = new global::System.Collections.Generic.List<string>();
                lists.Add(header.Key, list);
                _values.Add(header.Key, list);
            }

            list.Add(header.Value);
        }
    }

    /// <summary>Shares the values of <paramref name="headers"/>; for the typed header views of result cases.</summary>
    protected ApiResponseHeaders(global::__NS__.ApiResponseHeaders headers) =>
        _values = (headers ?? throw new global::System.ArgumentNullException(nameof(headers)))._values;

    private ApiResponseHeaders(global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> values) =>
        _values = values;

    /// <summary>No headers at all.</summary>
    public static global::__NS__.ApiResponseHeaders Empty { get; } =
        new(new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase));

    /// <summary>How many distinct header names there are.</summary>
    public int Count => _values.Count;

    /// <summary>Whether a header with this name is present.</summary>
    public bool Contains(string name) => _values.ContainsKey(name);

    /// <summary>All values of a header, in the order received.</summary>
    public bool TryGetValues(string name, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out global::System.Collections.Generic.IReadOnlyList<string>? values) =>
        _values.TryGetValue(name, out values);

    /// <summary>A header's value (several values joined with ", "), or null when it is absent.</summary>
    public string? GetValue(string name) =>
        _values.TryGetValue(name, out var values) ? (values.Count == 1 ? values[0] : string.Join(", ", values)) : null;

    /// <inheritdoc/>
    public global::System.Collections.Generic.IEnumerator<global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.IReadOnlyList<string>>> GetEnumerator() =>
        _values.GetEnumerator();

    global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    internal static global::__NS__.ApiResponseHeaders From(global::System.Net.Http.HttpResponseMessage response)
    {
        var values = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers.NonValidated)
        {
            values[header.Key] = ToList(header.Value);
        }

        foreach (var header in response.Content.Headers.NonValidated)
        {
            values[header.Key] = ToList(header.Value);
        }

        return new global::__NS__.ApiResponseHeaders(values);
    }

    private static global::System.Collections.Generic.IReadOnlyList<string> ToList(global::System.Net.Http.Headers.HeaderStringValues values)
    {
        var list = new global::System.Collections.Generic.List<string>(values.Count);
        foreach (var value in values)
        {
            list.Add(value);
        }

        return list;
    }
}

/// <summary>Thrown by <c>EnsureSuccess()</c> when a result is not a success: the caller asked for an exception.</summary>
__GENERATED_CODE__
public sealed class ApiResponseException : global::System.Exception
{
    /// <summary>Creates the exception for a response that was not a success.</summary>
    public ApiResponseException(global::__NS__.ApiResponse response)
        : base("The API answered " + (response ?? throw new global::System.ArgumentNullException(nameof(response))) + " where the caller required the documented success.")
    {
        Response = response;
    }

    /// <summary>The whole response: status, headers, raw body and, where documented, the typed case.</summary>
    public global::__NS__.ApiResponse Response { get; }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode => Response.StatusCode;
}

/// <summary>Thrown when the typed body of a result case is read but the response's body could not be read as that type.</summary>
__GENERATED_CODE__
public sealed class ApiBodyException : global::System.Exception
{
    /// <summary>Creates the exception; <paramref name="innerException"/> says why the body could not be read.</summary>
    public ApiBodyException(global::__NS__.ApiResponse response, string bodyType, global::System.Exception? innerException)
        : base("The body of the " + (response ?? throw new global::System.ArgumentNullException(nameof(response))) + " response could not be read as " + bodyType
            + (innerException is null ? "." : ": " + innerException.Message), innerException)
    {
        Response = response;
    }

    /// <summary>The whole response; <see cref="global::__NS__.ApiResponse.RawBody"/> holds the body as received.</summary>
    public global::__NS__.ApiResponse Response { get; }
}

/// <summary>A response read off the wire: what every result case is built from.</summary>
__GENERATED_CODE__
internal sealed class ApiRawResponse
{
    internal ApiRawResponse(int statusCode, string? reasonPhrase, global::__NS__.ApiResponseHeaders headers, string? mediaType, string? charset, global::System.ReadOnlyMemory<byte> body, global::System.IO.Stream? bodyStream = null)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Headers = headers;
        MediaType = mediaType;
        Charset = charset;
        Body = body;
        BodyStream = bodyStream;
    }

    /// <summary>For statuses whose body is a stream: the unread body, owned by the caller from here on.</summary>
    public global::System.IO.Stream? BodyStream { get; }

    public int StatusCode { get; }

    public string? ReasonPhrase { get; }

    public global::__NS__.ApiResponseHeaders Headers { get; }

    public string? MediaType { get; }

    public string? Charset { get; }

    public global::System.ReadOnlyMemory<byte> Body { get; }

    /// <summary>
    /// Reads the whole response. The body is read under <paramref name="timeout"/> too (HttpClient.Timeout covers only
    /// the headers when they are read first), and a connection that breaks mid-body is an HttpRequestException.
    /// </summary>
    public static async global::System.Threading.Tasks.Task<global::__NS__.ApiRawResponse> ReadAsync(
        global::System.Net.Http.HttpResponseMessage response,
        global::System.TimeSpan timeout,
        global::System.Threading.CancellationToken cancellationToken)
    {
        byte[] body;
        using (var limit = global::System.Threading.CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            if (timeout != global::System.Threading.Timeout.InfiniteTimeSpan)
            {
                limit.CancelAfter(timeout);
            }

            try
            {
                body = await ReadBodyAsync(response, limit.Token).ConfigureAwait(false);
            }
            catch (global::System.OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
            {
                // The caller's own token, not the linked one, so callers can tell their cancellation apart.
                throw new global::System.Threading.Tasks.TaskCanceledException(ex.Message, ex, cancellationToken);
            }
            catch (global::System.OperationCanceledException ex) when (limit.IsCancellationRequested)
            {
                throw new global::System.Threading.Tasks.TaskCanceledException(
                    "The response body did not arrive within HttpClient.Timeout (" + timeout + ").", new global::System.TimeoutException(ex.Message, ex));
            }
            catch (global::System.IO.IOException ex)
            {
                throw new global::System.Net.Http.HttpRequestException("The connection broke while the response body was read: " + ex.Message, ex);
            }
        }

        var contentType = response.Content.Headers.ContentType;
        return new global::__NS__.ApiRawResponse(
            (int)response.StatusCode,
            response.ReasonPhrase,
            global::__NS__.ApiResponseHeaders.From(response),
            contentType?.MediaType,
            contentType?.CharSet,
            body);
    }

    /// <summary>
    /// Reads the body into one array of the announced length when there is a Content-Length (the common case), so a
    /// large body is not also copied out of a growing buffer; without one it falls back to buffering.
    /// </summary>
    private static async global::System.Threading.Tasks.Task<byte[]> ReadBodyAsync(global::System.Net.Http.HttpResponseMessage response, global::System.Threading.CancellationToken cancellationToken)
    {
        // 204, 304 and answers to HEAD have no body, whatever their Content-Length says.
        var status = (int)response.StatusCode;
        if (status == 204 || status == 304 || response.RequestMessage?.Method == global::System.Net.Http.HttpMethod.Head)
        {
            return global::System.Array.Empty<byte>();
        }

        var content = response.Content;
        var length = content.Headers.ContentLength;
        if (length is not long announced || announced > int.MaxValue)
        {
            return await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        if (announced == 0)
        {
            return global::System.Array.Empty<byte>();
        }

        var buffer = new byte[announced];
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using (stream)
        {
            var read = 0;
            while (read < buffer.Length)
            {
                int count;
                try
                {
                    count = await stream.ReadAsync(global::System.MemoryExtensions.AsMemory(buffer, read), cancellationToken).ConfigureAwait(false);
                }
                catch (global::System.IO.IOException ex)
                {
                    throw new global::System.Net.Http.HttpRequestException(
                        "The response ended after " + read + " of the " + announced + " bytes its Content-Length announced: " + ex.Message, ex);
                }

                if (count == 0)
                {
                    throw new global::System.Net.Http.HttpRequestException("The response ended after " + read + " of the " + announced + " bytes its Content-Length announced.");
                }

                read += count;
            }
        }

        return buffer;
    }

    /// <summary>Keeps the body unread: the case hands the stream to the caller, who disposes it (and so the response).</summary>
    public static async global::System.Threading.Tasks.Task<global::__NS__.ApiRawResponse> OpenAsync(
        global::System.Net.Http.HttpResponseMessage response,
        global::System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var contentType = response.Content.Headers.ContentType;
            return new global::__NS__.ApiRawResponse(
                (int)response.StatusCode,
                response.ReasonPhrase,
                global::__NS__.ApiResponseHeaders.From(response),
                contentType?.MediaType,
                contentType?.CharSet,
                global::System.ReadOnlyMemory<byte>.Empty,
                stream);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>A response made in code, for the public constructors of result cases (tests and fakes).</summary>
    public static global::__NS__.ApiRawResponse Create(int statusCode, global::__NS__.ApiResponseHeaders? headers, string? mediaType, byte[]? body, global::System.IO.Stream? bodyStream = null) =>
        new(statusCode, null, headers ?? global::__NS__.ApiResponseHeaders.Empty, mediaType, null, body ?? global::System.Array.Empty<byte>(), bodyStream);

    public string DecodeBody()
    {
        if (Body.IsEmpty)
        {
            return string.Empty;
        }

        var encoding = global::System.Text.Encoding.UTF8;
        if (!string.IsNullOrWhiteSpace(Charset))
        {
            try
            {
                encoding = global::System.Text.Encoding.GetEncoding(Charset!.Trim().Trim('"'));
            }
            catch (global::System.ArgumentException)
            {
                // An unknown charset: UTF-8 is the best guess, and RawBodyBytes keeps the exact bytes.
            }
        }

        return encoding.GetString(Body.Span);
    }
}

/// <summary>
/// Options the generated client sets on every request, so handlers (logging, metrics, resilience) can tell which
/// operation a request is without parsing its URL.
/// </summary>
__GENERATED_CODE__
public static class ApiRequestOptions
{
    /// <summary>The operation's name, such as <c>DeleteTask</c>.</summary>
    public static readonly global::System.Net.Http.HttpRequestOptionsKey<string> Operation = new("OpenApi.Operation");

    /// <summary>The spec's path template, such as <c>/organizations/{org_id}/tasks/{task_id}</c>: no argument values.</summary>
    public static readonly global::System.Net.Http.HttpRequestOptionsKey<string> PathTemplate = new("OpenApi.PathTemplate");
}

/// <summary>Builds request URLs and headers; rejects arguments that would change the request's meaning.</summary>
__GENERATED_CODE__
internal static class ApiRequest
{
    /// <summary>
    /// Path segments are escaped here, so the URI must not be canonicalized again: System.Uri would otherwise turn an
    /// escaped "." or ".." back into a dot segment and drop it, moving the request to another route.
    /// </summary>
    public static readonly global::System.UriCreationOptions UriOptions = new() { DangerousDisablePathAndQueryCanonicalization = true };

    /// <summary>
    /// Escapes a path parameter as exactly one path segment: '/', '?', '#', '%' and spaces are percent-encoded,
    /// and "." or ".." are encoded too so no value can climb the path.
    /// </summary>
    public static string PathSegment(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new global::System.ArgumentNullException(parameterName);
        }

        if (value.Length == 0)
        {
            throw new global::System.ArgumentException("The value must not be empty: it is a path segment.", parameterName);
        }

        return value switch
        {
            "." => "%2E",
            ".." => "%2E%2E",
            _ => global::System.Uri.EscapeDataString(value),
        };
    }

    /// <summary>A header value, refused when it holds a line break (header injection).</summary>
    public static string HeaderValue(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new global::System.ArgumentNullException(parameterName);
        }

        if (value.IndexOf('\r') >= 0 || value.IndexOf('\n') >= 0)
        {
            throw new global::System.ArgumentException("A header value must not contain a line break.", parameterName);
        }

        return value;
    }

    public static string Format(string value) => value;

    public static string Format(bool value) => value ? "true" : "false";

    public static string Format(int value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(long value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(float value) => value.ToString("R", global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(double value) => value.ToString("R", global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(decimal value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(global::System.DateTimeOffset value) => value.ToString("O", global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(global::System.DateOnly value) => value.ToString("yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(global::System.Guid value) => value.ToString("D");

    public static string Format(global::System.Uri value) => value.OriginalString;

    public static string Format(byte[] value) => global::System.Convert.ToBase64String(value);

    public static string Format(global::System.Text.Json.JsonElement value) =>
        value.ValueKind == global::System.Text.Json.JsonValueKind.String ? value.GetString()! : value.GetRawText();

    public static string Format(global::__NS__.ApiFile value) => value.FileName;

    public static global::System.Net.Http.HttpContent JsonContent(byte[] json, string mediaType)
    {
        var content = new global::System.Net.Http.ByteArrayContent(json);
        content.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        return content;
    }

    public static global::System.Net.Http.HttpContent StreamContent(global::System.IO.Stream stream, string mediaType)
    {
        var content = new global::System.Net.Http.StreamContent(stream);
        content.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return content;
    }

    public static global::System.Net.Http.HttpContent FileContent(global::__NS__.ApiFile file)
    {
        var content = new global::System.Net.Http.StreamContent(file.Content);
        content.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType ?? "application/octet-stream");
        return content;
    }

    /// <summary>Adds <c>name=value</c> to the query of a request that is already built (API keys sent in the query).</summary>
    public static void AddQuery(global::System.Net.Http.HttpRequestMessage request, string name, string value)
    {
        var uri = request.RequestUri!.OriginalString;
        var separator = uri.IndexOf('?') >= 0 ? "&" : "?";
        request.RequestUri = new global::System.Uri(
            uri + separator + global::System.Uri.EscapeDataString(name) + "=" + global::System.Uri.EscapeDataString(value), UriOptions);
    }

    /// <summary>Appends <c>name=a,b,c</c> (form style, not exploded): each item escaped, the commas literal.</summary>
    public static void AppendQueryList(global::System.Text.StringBuilder query, string name, global::System.Collections.Generic.IEnumerable<string> values)
    {
        query.Append(query.Length == 0 ? '?' : '&');
        query.Append(global::System.Uri.EscapeDataString(name));
        query.Append('=');
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                query.Append(',');
            }

            query.Append(global::System.Uri.EscapeDataString(value));
            first = false;
        }
    }

    /// <summary>Appends <c>name=value</c> to a query string, both escaped.</summary>
    public static void AppendQuery(global::System.Text.StringBuilder query, string name, string value)
    {
        query.Append(query.Length == 0 ? '?' : '&');
        query.Append(global::System.Uri.EscapeDataString(name));
        query.Append('=');
        query.Append(global::System.Uri.EscapeDataString(value));
    }
}

/// <summary>A user name and password for HTTP basic authentication; never shown by ToString.</summary>
__GENERATED_CODE__
public sealed class ApiBasicCredentials
{
    /// <summary>Creates the credentials.</summary>
    public ApiBasicCredentials(string userName, string password)
    {
        UserName = userName ?? throw new global::System.ArgumentNullException(nameof(userName));
        Password = password ?? throw new global::System.ArgumentNullException(nameof(password));
    }

    /// <summary>The user name.</summary>
    public string UserName { get; }

    /// <summary>The password.</summary>
    public string Password { get; }

    /// <inheritdoc/>
    public override string ToString() => "ApiBasicCredentials { UserName = " + UserName + ", Password = (set) }";

    internal string Encode() => global::System.Convert.ToBase64String(global::System.Text.Encoding.UTF8.GetBytes(UserName + ":" + Password));
}

/// <summary>A file to upload: its content, the file name sent with it and its media type.</summary>
__GENERATED_CODE__
public sealed class ApiFile
{
    /// <summary>Creates a file part; the stream is read when the request is sent, and disposed with it.</summary>
    public ApiFile(global::System.IO.Stream content, string fileName = "file", string? contentType = null)
    {
        Content = content ?? throw new global::System.ArgumentNullException(nameof(content));
        FileName = string.IsNullOrEmpty(fileName) ? throw new global::System.ArgumentException("A file name is needed.", nameof(fileName)) : fileName;
        ContentType = contentType;
    }

    /// <summary>The file's content.</summary>
    public global::System.IO.Stream Content { get; }

    /// <summary>The file name sent in the part's Content-Disposition.</summary>
    public string FileName { get; }

    /// <summary>The media type of the part; <c>application/octet-stream</c> when null.</summary>
    public string? ContentType { get; }
}

/// <summary>Parses typed response header values; a value that does not parse reads as null (the raw text stays in Headers).</summary>
__GENERATED_CODE__
internal static class ApiHeaderValues
{
    public static int? ParseInt32(string? value) =>
        int.TryParse(value, global::System.Globalization.NumberStyles.Integer, global::System.Globalization.CultureInfo.InvariantCulture, out var result) ? result : null;

    public static long? ParseInt64(string? value) =>
        long.TryParse(value, global::System.Globalization.NumberStyles.Integer, global::System.Globalization.CultureInfo.InvariantCulture, out var result) ? result : null;

    public static double? ParseDouble(string? value) =>
        double.TryParse(value, global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture, out var result) ? result : null;

    public static bool? ParseBoolean(string? value) =>
        bool.TryParse(value, out var result) ? result : null;

    public static global::System.Guid? ParseGuid(string? value) =>
        global::System.Guid.TryParse(value, out var result) ? result : null;

    public static global::System.DateTimeOffset? ParseDateTimeOffset(string? value) =>
        global::System.DateTimeOffset.TryParse(value, global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.AssumeUniversal, out var result) ? result : null;
}

/// <summary>Reads one JSON value at the reader's current token.</summary>
__GENERATED_CODE__
internal delegate T ApiJsonValueReader<T>(ref global::System.Text.Json.Utf8JsonReader reader);

/// <summary>JSON helpers for the generated readers and writers; no reflection anywhere.</summary>
__GENERATED_CODE__
internal static class ApiJson
{
    public static T Read<T>(global::System.ReadOnlyMemory<byte> json, global::__NS__.ApiJsonValueReader<T> read)
    {
        var reader = new global::System.Text.Json.Utf8JsonReader(json.Span);
        if (!reader.Read())
        {
            throw new global::System.Text.Json.JsonException("The body is empty.");
        }

        var value = read(ref reader);
        if (reader.Read())
        {
            throw new global::System.Text.Json.JsonException("The body holds more than one JSON value.");
        }

        return value;
    }

    /// <summary>Reads a body; a body that does not parse gives the error instead of throwing.</summary>
    public static T TryRead<T>(global::System.ReadOnlyMemory<byte> json, global::__NS__.ApiJsonValueReader<T> read, out global::System.Exception? error)
    {
        try
        {
            error = null;
            return Read(json, read);
        }
        catch (global::System.Exception ex) when (ex is global::System.Text.Json.JsonException or global::System.FormatException
            or global::System.InvalidOperationException or global::System.OverflowException or global::System.ArgumentException)
        {
            error = ex;
            return default!;
        }
    }

    public static byte[] Write<T>(T value, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write)
    {
        var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))
        {
            write(writer, value);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void Expect(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonTokenType expected, string typeName)
    {
        if (reader.TokenType != expected)
        {
            throw new global::System.Text.Json.JsonException("Expected " + expected + " for " + typeName + " but found " + reader.TokenType + ".");
        }
    }

    public static global::System.Text.Json.JsonException MissingProperty(string typeName, string propertyName) =>
        new("Required property '" + propertyName + "' of " + typeName + " is missing or null.");

    /// <summary>Whether a media type is JSON (or absent, which is read as JSON).</summary>
    public static bool IsJson(string? mediaType) =>
        mediaType is null
        || string.Equals(mediaType, "application/json", global::System.StringComparison.OrdinalIgnoreCase)
        || string.Equals(mediaType, "text/json", global::System.StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("+json", global::System.StringComparison.OrdinalIgnoreCase);

    public static global::System.Collections.Generic.IReadOnlyList<T> ReadList<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::__NS__.ApiJsonValueReader<T> readItem)
    {
        Expect(ref reader, global::System.Text.Json.JsonTokenType.StartArray, "an array");
        var list = new global::System.Collections.Generic.List<T>();
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
        {
            // A null item goes to the item reader too: a string list keeps it, a number or object list reports it.
            list.Add(readItem(ref reader));
        }

        return list;
    }

    public static global::System.Collections.Generic.IReadOnlyDictionary<string, T> ReadMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::__NS__.ApiJsonValueReader<T> readValue)
    {
        Expect(ref reader, global::System.Text.Json.JsonTokenType.StartObject, "a map");
        var map = new global::System.Collections.Generic.Dictionary<string, T>(global::System.StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            map[key] = readValue(ref reader);
        }

        return map;
    }

    public static void WriteList<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IEnumerable<T> values, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> writeItem)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writeItem(writer, value);
            }
        }

        writer.WriteEndArray();
    }

    public static void WriteMap<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, T>> values, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> writeValue)
    {
        writer.WriteStartObject();
        foreach (var pair in values)
        {
            writer.WritePropertyName(pair.Key);
            if (pair.Value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writeValue(writer, pair.Value);
            }
        }

        writer.WriteEndObject();
    }

    public static global::System.DateTimeOffset ReadDateTimeOffset(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        if (reader.TokenType == global::System.Text.Json.JsonTokenType.String && reader.TryGetDateTimeOffset(out var value))
        {
            return value;
        }

        var text = reader.GetString();
        if (global::System.DateTimeOffset.TryParse(text, global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.AssumeUniversal, out value))
        {
            return value;
        }

        throw new global::System.Text.Json.JsonException("'" + text + "' is not a date-time.");
    }

    public static global::System.DateOnly ReadDateOnly(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        var text = reader.GetString();
        if (global::System.DateOnly.TryParseExact(text, "yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.None, out var value))
        {
            return value;
        }

        throw new global::System.Text.Json.JsonException("'" + text + "' is not a date (yyyy-MM-dd).");
    }

    public static global::System.Uri ReadUri(ref global::System.Text.Json.Utf8JsonReader reader) =>
        new(reader.GetString()!, global::System.UriKind.RelativeOrAbsolute);

    /// <summary>Reads one variant of a union from a copy of the reader; a value that does not fit gives false, never an exception.</summary>
    public static bool TryReadVariant<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::__NS__.ApiJsonValueReader<T> read, out T value)
    {
        try
        {
            value = read(ref reader);
            return true;
        }
        catch (global::System.Exception ex) when (ex is global::System.Text.Json.JsonException or global::System.FormatException
            or global::System.InvalidOperationException or global::System.OverflowException or global::System.ArgumentException)
        {
            value = default!;
            return false;
        }
    }

    /// <summary>The string value of a top-level property of the object at the reader (a copy: the caller's reader stays put).</summary>
    public static string? FindDiscriminator(global::System.Text.Json.Utf8JsonReader reader, string propertyName)
    {
        var depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1 && reader.ValueTextEquals(propertyName))
            {
                reader.Read();
                return reader.TokenType == global::System.Text.Json.JsonTokenType.String ? reader.GetString() : null;
            }

            if (reader.TokenType is global::System.Text.Json.JsonTokenType.StartObject or global::System.Text.Json.JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return null;
    }

    /// <summary>
    /// The object variants that may hold the object at the reader: those whose required properties are all present,
    /// best first (most of the object's properties known to the variant, then fewest unknown).
    /// </summary>
    public static int[] RankObjectVariants(global::System.Text.Json.Utf8JsonReader reader, string[][] known, string[][] required)
    {
        var present = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);
        var depth = reader.CurrentDepth;
        try
        {
            while (reader.Read() && !(reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject && reader.CurrentDepth == depth))
            {
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1)
                {
                    present.Add(reader.GetString()!);
                }
                else if (reader.TokenType is global::System.Text.Json.JsonTokenType.StartObject or global::System.Text.Json.JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
            }
        }
        catch (global::System.Text.Json.JsonException)
        {
            // A truncated object: rank on what was read; the variant's own reader reports the error.
        }

        var candidates = new global::System.Collections.Generic.List<(int Index, int Matched, int Unknown)>();
        for (var i = 0; i < known.Length; i++)
        {
            if (!global::System.Linq.Enumerable.All(required[i], present.Contains))
            {
                continue;
            }

            var matched = global::System.Linq.Enumerable.Count(known[i], present.Contains);
            candidates.Add((i, matched, present.Count - matched));
        }

        candidates.Sort((a, b) => a.Matched != b.Matched ? b.Matched.CompareTo(a.Matched) : a.Unknown != b.Unknown ? a.Unknown.CompareTo(b.Unknown) : a.Index.CompareTo(b.Index));
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = candidates[i].Index;
        }

        return order;
    }

    /// <summary>A binary value inside JSON travels as base64.</summary>
    public static global::__NS__.ApiFile ReadFile(ref global::System.Text.Json.Utf8JsonReader reader) =>
        new(new global::System.IO.MemoryStream(reader.GetBytesFromBase64(), writable: false));

    public static void WriteFile(global::System.Text.Json.Utf8JsonWriter writer, global::__NS__.ApiFile file)
    {
        using var buffer = new global::System.IO.MemoryStream();
        file.Content.CopyTo(buffer);
        writer.WriteBase64StringValue(buffer.ToArray());
    }
}

""";
}
