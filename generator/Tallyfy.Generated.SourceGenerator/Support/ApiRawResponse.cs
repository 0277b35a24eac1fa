// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>A response read off the wire: what every result case is built from.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
internal sealed class ApiRawResponse
{
    internal ApiRawResponse(int statusCode, string? reasonPhrase, global::Tallyfy.Generated.Support.ApiResponseHeaders headers, string? mediaType, string? charset, global::System.ReadOnlyMemory<byte> body, global::System.IO.Stream? bodyStream = null)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Headers = headers;
        MediaType = mediaType;
        Charset = charset;
        Body = body;
        BodyStream = bodyStream;
    }

    private static global::Tallyfy.Generated.Support.ApiRawResponse From(
        global::System.Net.Http.HttpResponseMessage response,
        global::System.ReadOnlyMemory<byte> body,
        global::System.IO.Stream? bodyStream)
    {
        var contentType = response.Content.Headers.ContentType;
        return new global::Tallyfy.Generated.Support.ApiRawResponse(
            (int)response.StatusCode,
            response.ReasonPhrase,
            global::Tallyfy.Generated.Support.ApiResponseHeaders.From(response),
            contentType?.MediaType,
            contentType?.CharSet,
            body,
            bodyStream);
    }

    /// <summary>For statuses whose body is a stream: the unread body, owned by the caller from here on.</summary>
    public global::System.IO.Stream? BodyStream { get; }

    public int StatusCode { get; }

    public string? ReasonPhrase { get; }

    public global::Tallyfy.Generated.Support.ApiResponseHeaders Headers { get; }

    public string? MediaType { get; }

    public string? Charset { get; }

    public global::System.ReadOnlyMemory<byte> Body { get; }

    /// <summary>
    /// Reads the whole response. The body is read under <paramref name="timeout"/> too (HttpClient.Timeout covers only
    /// the headers when they are read first), and a connection that breaks mid-body is an HttpRequestException.
    /// </summary>
    public static async global::System.Threading.Tasks.Task<global::Tallyfy.Generated.Support.ApiRawResponse> ReadAsync(
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

        return From(response, body, null);
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
    public static async global::System.Threading.Tasks.Task<global::Tallyfy.Generated.Support.ApiRawResponse> OpenAsync(
        global::System.Net.Http.HttpResponseMessage response,
        global::System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return From(response, global::System.ReadOnlyMemory<byte>.Empty, stream);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>A response made in code, for the public constructors of result cases (tests and fakes).</summary>
    public static global::Tallyfy.Generated.Support.ApiRawResponse Create(int statusCode, global::Tallyfy.Generated.Support.ApiResponseHeaders? headers, string? mediaType, byte[]? body, global::System.IO.Stream? bodyStream = null) =>
        new(statusCode, null, headers ?? global::Tallyfy.Generated.Support.ApiResponseHeaders.Empty, mediaType, null, body ?? global::System.Array.Empty<byte>(), bodyStream);

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
