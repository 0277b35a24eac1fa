// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>
/// A response read off the wire, on its way to the result case built from it: a value, not an object of its own. The
/// case keeps its parts (<see cref="global::Tallyfy.Generated.Support.ApiResponse"/>).
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
internal readonly struct ApiRawResponse
{
    /// <summary>
    /// Keeps the response itself (disposed: its headers stay readable, its body is <paramref name="body"/> or
    /// <paramref name="bodyStream"/>), so headers and content type are looked at only when asked for. Once the body is
    /// read, its link to the request is cut, so a result kept for long does not keep the request's content alive.
    /// </summary>
    private ApiRawResponse(global::System.Net.Http.HttpResponseMessage response, global::System.ReadOnlyMemory<byte> body, global::System.IO.Stream? bodyStream, bool bodyPooled = false)
    {
        Source = response;
        Body = body;
        BodyStream = bodyStream;
        BodyPooled = bodyPooled;
        if (bodyStream is null)
        {
            response.RequestMessage = null;
        }
    }

    private ApiRawResponse(global::Tallyfy.Generated.Support.ApiRawResponse.Made made, global::System.ReadOnlyMemory<byte> body, global::System.IO.Stream? bodyStream)
    {
        Source = made;
        Body = body;
        BodyStream = bodyStream;
        BodyPooled = false;
    }

    /// <summary>The response read off the wire (an HttpResponseMessage), or a <see cref="Made"/> for a response made in code.</summary>
    public object Source { get; }

    /// <summary>For statuses whose body is a stream: the unread body, owned by the caller from here on.</summary>
    public global::System.IO.Stream? BodyStream { get; }

    /// <summary>The body read; when <see cref="BodyPooled"/>, the start of an array rented from the shared pool.</summary>
    public global::System.ReadOnlyMemory<byte> Body { get; }

    /// <summary>Whether <see cref="Body"/> lies in an array rented from <c>ArrayPool&lt;byte&gt;.Shared</c>, owned by the result from here on.</summary>
    public bool BodyPooled { get; }

    public int StatusCode => Source is global::System.Net.Http.HttpResponseMessage response ? (int)response.StatusCode : ((global::Tallyfy.Generated.Support.ApiRawResponse.Made)Source).StatusCode;

    /// <summary>
    /// Sends a request and reads the whole response (see <see cref="ReadAsync"/>). A ValueTask: when the answer is
    /// already there (an in-memory handler, a cached answer) nothing is allocated for the wait.
    /// </summary>
    public static global::System.Threading.Tasks.ValueTask<global::Tallyfy.Generated.Support.ApiRawResponse> SendAsync(
        global::System.Net.Http.HttpClient httpClient,
        global::System.Net.Http.HttpRequestMessage request,
        global::System.Threading.CancellationToken cancellationToken)
    {
        var sending = httpClient.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken);

        // An answer already there without a body to read is the value at once: no state machine runs for it.
        return sending.IsCompletedSuccessfully && !HasBody(sending.Result)
            ? new(Bodiless(sending.Result))
            : ReadSentAsync(sending, httpClient.Timeout, cancellationToken);
    }

    /// <summary>
    /// Sends a request, reads the whole response (see <see cref="SendAsync(global::System.Net.Http.HttpClient, global::System.Net.Http.HttpRequestMessage, global::System.Threading.CancellationToken)"/>)
    /// and makes the result with <paramref name="create"/>; the request is disposed once the result is made. An answer
    /// already read when the send returns is made into a completed task at once: no state machine runs for the call.
    /// </summary>
    public static global::System.Threading.Tasks.Task<T> SendAsync<T>(
        global::System.Net.Http.HttpClient httpClient,
        global::System.Net.Http.HttpRequestMessage request,
        global::System.Func<global::Tallyfy.Generated.Support.ApiRawResponse, T> create,
        global::System.Threading.CancellationToken cancellationToken)
    {
        var sending = httpClient.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        T result;
        if (sending.IsCompletedSuccessfully && !HasBody(sending.Result))
        {
            // The cheapest call (a bodiless answer already there): the result at once, with no wait to wrap or unwrap.
            result = create(Bodiless(sending.Result));
        }
        else
        {
            var reading = ReadSentAsync(sending, httpClient.Timeout, cancellationToken);
            if (!reading.IsCompletedSuccessfully)
            {
                return FinishAsync(reading, request, create);
            }

            result = create(reading.Result);
        }

        request.Dispose();
        return global::System.Threading.Tasks.Task.FromResult(result);
    }

    /// <summary>A response without a body to read, disposed: its status and headers stay readable.</summary>
    private static global::Tallyfy.Generated.Support.ApiRawResponse Bodiless(global::System.Net.Http.HttpResponseMessage response)
    {
        using (response)
        {
            return new global::Tallyfy.Generated.Support.ApiRawResponse(response, global::System.ReadOnlyMemory<byte>.Empty, null);
        }
    }

    private static async global::System.Threading.Tasks.Task<T> FinishAsync<T>(
        global::System.Threading.Tasks.ValueTask<global::Tallyfy.Generated.Support.ApiRawResponse> sending,
        global::System.Net.Http.HttpRequestMessage request,
        global::System.Func<global::Tallyfy.Generated.Support.ApiRawResponse, T> create)
    {
        using (request)
        {
            return create(await sending.ConfigureAwait(false));
        }
    }

    /// <summary>
    /// The task of a call that failed before its request was sent (a bad argument, a disposed HttpClient) or while its
    /// result was made: faulted with the exception, as an <c>async</c> method's would be (nothing before the send can be
    /// canceled: the send is the first to use the token). The request, if made, is disposed.
    /// </summary>
    public static global::System.Threading.Tasks.Task<T> Failed<T>(global::System.Net.Http.HttpRequestMessage? request, global::System.Exception exception)
    {
        request?.Dispose();
        return global::System.Threading.Tasks.Task.FromException<T>(exception);
    }

    private static async global::System.Threading.Tasks.ValueTask<global::Tallyfy.Generated.Support.ApiRawResponse> ReadSentAsync(
        global::System.Threading.Tasks.Task<global::System.Net.Http.HttpResponseMessage> sending,
        global::System.TimeSpan timeout,
        global::System.Threading.CancellationToken cancellationToken)
    {
        using var response = await sending.ConfigureAwait(false);
        var (body, pooled) = await ReadBodyAsync(response, timeout, cancellationToken).ConfigureAwait(false);
        return new global::Tallyfy.Generated.Support.ApiRawResponse(response, body, null, pooled);
    }

    // only where the generated code contains: ApiRawResponse.ReadAsync
    /// <summary>
    /// Reads the whole response. The body is read under <paramref name="timeout"/> too (HttpClient.Timeout covers only
    /// the headers when they are read first), and a connection that breaks mid-body is an HttpRequestException.
    /// </summary>
    public static async global::System.Threading.Tasks.Task<global::Tallyfy.Generated.Support.ApiRawResponse> ReadAsync(
        global::System.Net.Http.HttpResponseMessage response,
        global::System.TimeSpan timeout,
        global::System.Threading.CancellationToken cancellationToken)
    {
        var (body, pooled) = await ReadBodyAsync(response, timeout, cancellationToken).ConfigureAwait(false);
        return new global::Tallyfy.Generated.Support.ApiRawResponse(response, body, null, pooled);
    }

    /// <summary>
    /// Bodies up to this size with a Content-Length are read into an array rented from the shared pool (its largest
    /// arrays are kept per core, so renting a larger one would pin memory); larger ones into one array of their length.
    /// </summary>
    private const long PooledBodyLimit = 1024 * 1024;

    /// <summary>
    /// Reads the whole body. With a Content-Length, the content's own stream is read straight into one array (rented
    /// from the shared pool up to <see cref="PooledBodyLimit"/>, which the result returns when disposed): no buffer of
    /// HttpClient's, no copy. Without one, it is read as HttpClient's own buffering does (<c>LoadIntoBufferAsync</c>)
    /// and that buffer is taken as it is. Nothing more is allocated for the limits unless the body is still on its
    /// way: then <paramref name="timeout"/> and the caller's token bound the wait, and either ending it disposes the
    /// response, which aborts the read.
    /// </summary>
    private static async global::System.Threading.Tasks.ValueTask<(global::System.ReadOnlyMemory<byte> Body, bool Pooled)> ReadBodyAsync(
        global::System.Net.Http.HttpResponseMessage response,
        global::System.TimeSpan timeout,
        global::System.Threading.CancellationToken cancellationToken)
    {
        if (!HasBody(response))
        {
            return (global::System.ReadOnlyMemory<byte>.Empty, false);
        }

        var content = response.Content;
        if (content.Headers.ContentLength is long length && length <= int.MaxValue)
        {
            return length == 0
                ? (global::System.ReadOnlyMemory<byte>.Empty, false)
                : await ReadLengthAsync(response, (int)length, timeout, cancellationToken).ConfigureAwait(false);
        }

        var load = content.LoadIntoBufferAsync();
        if (!load.IsCompleted)
        {
            try
            {
                await load.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            }
            catch (global::System.Exception ex) when (ex is global::System.TimeoutException or global::System.OperationCanceledException)
            {
                Abandon(response, load);
                if (ex is global::System.TimeoutException)
                {
                    throw TimedOut(timeout, ex);
                }

                throw;
            }
            catch (global::System.Net.Http.HttpRequestException ex) when (ex.InnerException is global::System.IO.IOException io)
            {
                throw BodyBroke(content, ex.HttpRequestError, io);
            }
        }

        try
        {
            await load.ConfigureAwait(false);
        }
        catch (global::System.Net.Http.HttpRequestException ex) when (ex.InnerException is global::System.IO.IOException io)
        {
            throw BodyBroke(content, ex.HttpRequestError, io);
        }

        // One sink per thread, taken out of its slot while in use: the copy of a buffered content completes at once.
        var sink = BufferSink.Cached ?? new BufferSink();
        BufferSink.Cached = null;
        await content.CopyToAsync(sink, cancellationToken).ConfigureAwait(false);
        var body = sink.Take();
        BufferSink.Cached = sink;
        return (body, false);
    }

    /// <summary>
    /// Reads the <paramref name="length"/> bytes a Content-Length announces from the content's stream into one array.
    /// A read still on its way is bounded by what is left of <paramref name="timeout"/> and by the caller's token;
    /// the array it reads into is then left to the GC, not returned to the pool, as the aborted read may still write.
    /// </summary>
    private static async global::System.Threading.Tasks.ValueTask<(global::System.ReadOnlyMemory<byte> Body, bool Pooled)> ReadLengthAsync(
        global::System.Net.Http.HttpResponseMessage response,
        int length,
        global::System.TimeSpan timeout,
        global::System.Threading.CancellationToken cancellationToken)
    {
        var content = response.Content;
        var pooled = length <= PooledBodyLimit;
        var buffer = pooled ? global::System.Buffers.ArrayPool<byte>.Shared.Rent(length) : new byte[length];
        var started = global::System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            // The contents made over bytes in memory give their stream at once, without a task; any other is awaited.
            var stream = content is global::System.Net.Http.ByteArrayContent or global::System.Net.Http.ReadOnlyMemoryContent
                ? content.ReadAsStream(cancellationToken)
                : await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var filled = 0;
            while (filled < length)
            {
                var read = stream.ReadAsync(new global::System.Memory<byte>(buffer, filled, length - filled), cancellationToken);
                var count = read.IsCompletedSuccessfully ? read.Result : await WaitAsync(response, read, timeout, started, cancellationToken).ConfigureAwait(false);
                if (count == 0)
                {
                    throw new global::System.Net.Http.HttpRequestException(
                        global::System.Net.Http.HttpRequestError.ResponseEnded,
                        "The response ended before the " + length + " bytes its Content-Length announced had arrived (" + filled + " did).");
                }

                filled += count;
            }
        }
        catch (global::System.IO.IOException io)
        {
            Return(buffer, pooled);
            throw BodyBroke(content, io is global::System.Net.Http.HttpIOException http ? http.HttpRequestError : global::System.Net.Http.HttpRequestError.Unknown, io);
        }
        catch (global::System.Net.Http.HttpRequestException)
        {
            Return(buffer, pooled);
            throw;
        }

        return (new global::System.ReadOnlyMemory<byte>(buffer, 0, length), pooled);
    }

    /// <summary>Waits for a read that did not complete at once, within what is left of <paramref name="timeout"/>.</summary>
    private static async global::System.Threading.Tasks.Task<int> WaitAsync(
        global::System.Net.Http.HttpResponseMessage response,
        global::System.Threading.Tasks.ValueTask<int> read,
        global::System.TimeSpan timeout,
        long started,
        global::System.Threading.CancellationToken cancellationToken)
    {
        var task = read.AsTask();
        try
        {
            if (timeout == global::System.Threading.Timeout.InfiniteTimeSpan)
            {
                return await task.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            var left = timeout - global::System.Diagnostics.Stopwatch.GetElapsedTime(started);
            return await task.WaitAsync(left > global::System.TimeSpan.Zero ? left : global::System.TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        }
        catch (global::System.Exception ex) when (ex is global::System.TimeoutException || (ex is global::System.OperationCanceledException && !task.IsCompleted))
        {
            Abandon(response, task);
            if (ex is global::System.TimeoutException)
            {
                throw TimedOut(timeout, ex);
            }

            throw;
        }
    }

    /// <summary>Ends a wait for the body: disposes the response, which aborts the read, and observes the read's end.</summary>
    private static void Abandon(global::System.Net.Http.HttpResponseMessage response, global::System.Threading.Tasks.Task pending)
    {
        response.Dispose();
        _ = pending.ContinueWith(
            static t => _ = t.Exception,
            global::System.Threading.CancellationToken.None,
            global::System.Threading.Tasks.TaskContinuationOptions.OnlyOnFaulted | global::System.Threading.Tasks.TaskContinuationOptions.ExecuteSynchronously,
            global::System.Threading.Tasks.TaskScheduler.Default);
    }

    /// <summary>A body that did not arrive in time reads as HttpClient's own timeout does: a TaskCanceledException with the TimeoutException inside.</summary>
    private static global::System.Threading.Tasks.TaskCanceledException TimedOut(global::System.TimeSpan timeout, global::System.Exception ex) =>
        new("The response body did not arrive within HttpClient.Timeout (" + timeout + ").", new global::System.TimeoutException(ex.Message, ex));

    /// <summary>Gives a rented array back once no read can write into it any more.</summary>
    private static void Return(byte[] buffer, bool pooled)
    {
        if (pooled)
        {
            global::System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>HttpContent's own message ("Error while copying content to a stream.") says little; this says what broke.</summary>
    private static global::System.Net.Http.HttpRequestException BodyBroke(
        global::System.Net.Http.HttpContent content, global::System.Net.Http.HttpRequestError error, global::System.IO.IOException io)
    {
        var message = io is global::System.Net.Http.HttpIOException { HttpRequestError: global::System.Net.Http.HttpRequestError.ResponseEnded } && content.Headers.ContentLength is long announced
            ? "The response ended before the " + announced + " bytes its Content-Length announced had arrived: " + io.Message
            : "The connection broke while the response body was read: " + io.Message;
        return new global::System.Net.Http.HttpRequestException(error, message, io);
    }

    /// <summary>204, 304 and answers to HEAD have no body, whatever their Content-Length says.</summary>
    private static bool HasBody(global::System.Net.Http.HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        return status != 204 && status != 304 && response.RequestMessage?.Method != global::System.Net.Http.HttpMethod.Head;
    }

    /// <summary>The media type and charset of a response read off the wire; null when it declares none.</summary>
    public static (string? MediaType, string? Charset) ContentType(global::System.Net.Http.HttpResponseMessage response)
    {
        // Parsed from the text as received (the non-validating view), so reading it changes nothing in the headers.
        if (response.Content.Headers.NonValidated.TryGetValues("Content-Type", out var values)
            && global::System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(values.ToString(), out var contentType))
        {
            return (contentType.MediaType, contentType.CharSet);
        }

        return (null, null);
    }

    // only where the generated code contains: ApiRawResponse.OpenAsync
    /// <summary>Keeps the body unread: the case hands the stream to the caller, who disposes it (and so the response).</summary>
    public static async global::System.Threading.Tasks.Task<global::Tallyfy.Generated.Support.ApiRawResponse> OpenAsync(
        global::System.Net.Http.HttpResponseMessage response,
        global::System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new global::Tallyfy.Generated.Support.ApiRawResponse(response, global::System.ReadOnlyMemory<byte>.Empty, stream);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>A response made in code, for the public constructors of result cases (tests and fakes).</summary>
    public static global::Tallyfy.Generated.Support.ApiRawResponse Create(int statusCode, global::Tallyfy.Generated.Support.ApiResponseHeaders? headers, string? mediaType, byte[]? body, global::System.IO.Stream? bodyStream = null) =>
        new(new global::Tallyfy.Generated.Support.ApiRawResponse.Made(statusCode, headers ?? global::Tallyfy.Generated.Support.ApiResponseHeaders.Empty, mediaType), body ?? global::System.Array.Empty<byte>(), bodyStream);

    /// <summary>The body as text, decoded with <paramref name="charset"/> (UTF-8 when there is none, or it is unknown).</summary>
    public static string DecodeBody(global::System.ReadOnlySpan<byte> body, string? charset)
    {
        if (body.IsEmpty)
        {
            return string.Empty;
        }

        var encoding = global::System.Text.Encoding.UTF8;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                encoding = global::System.Text.Encoding.GetEncoding(charset!.Trim().Trim('"'));
            }
            catch (global::System.ArgumentException)
            {
                // An unknown charset: UTF-8 is the best guess, and RawBodyBytes keeps the exact bytes.
            }
        }

        return encoding.GetString(body);
    }

    /// <summary>What a response made in code declares, in place of an HttpResponseMessage.</summary>
    internal sealed class Made
    {
        public Made(int statusCode, global::Tallyfy.Generated.Support.ApiResponseHeaders headers, string? mediaType)
        {
            StatusCode = statusCode;
            Headers = headers;
            MediaType = mediaType;
        }

        public int StatusCode { get; }

        public global::Tallyfy.Generated.Support.ApiResponseHeaders Headers { get; }

        public string? MediaType { get; }
    }

    /// <summary>
    /// Receives a buffered body. HttpContent.CopyToAsync hands a content HttpClient has buffered over in one write of
    /// its buffer, an array of the content's own that is not pooled (the stream <c>ReadAsStreamAsync</c> returns reads
    /// it too), so that write is kept as it is: the body is not copied again. Writes after a first one (a content that
    /// was not buffered, whose writer does not reuse its buffer) are copied together.
    /// </summary>
    private sealed class BufferSink : global::System.IO.Stream
    {
        [global::System.ThreadStatic]
        internal static global::Tallyfy.Generated.Support.ApiRawResponse.BufferSink? Cached;

        private int _writes;

        public global::System.ReadOnlyMemory<byte> Body { get; private set; }

        /// <summary>The body received, the sink emptied for the next one.</summary>
        public global::System.ReadOnlyMemory<byte> Take()
        {
            var body = Body;
            Body = default;
            _writes = 0;
            return body;
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Body.Length;

        public override long Position
        {
            get => Body.Length;
            set => throw new global::System.NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new global::System.NotSupportedException();

        public override long Seek(long offset, global::System.IO.SeekOrigin origin) => throw new global::System.NotSupportedException();

        public override void SetLength(long value) => throw new global::System.NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(new global::System.ReadOnlySpan<byte>(buffer, offset, count));

        public override void Write(global::System.ReadOnlySpan<byte> buffer)
        {
            _writes++;
            Append(buffer);
        }

        public override global::System.Threading.Tasks.Task WriteAsync(byte[] buffer, int offset, int count, global::System.Threading.CancellationToken cancellationToken) =>
            WriteAsync(new global::System.ReadOnlyMemory<byte>(buffer, offset, count), cancellationToken).AsTask();

        public override global::System.Threading.Tasks.ValueTask WriteAsync(global::System.ReadOnlyMemory<byte> buffer, global::System.Threading.CancellationToken cancellationToken = default)
        {
            if (_writes++ == 0)
            {
                Body = buffer;
            }
            else
            {
                Append(buffer.Span);
            }

            return default;
        }

        private void Append(global::System.ReadOnlySpan<byte> buffer)
        {
            var joined = new byte[Body.Length + buffer.Length];
            Body.Span.CopyTo(joined);
            buffer.CopyTo(global::System.MemoryExtensions.AsSpan(joined, Body.Length));
            Body = joined;
        }
    }
}
