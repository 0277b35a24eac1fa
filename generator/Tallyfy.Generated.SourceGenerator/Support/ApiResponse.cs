// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>
/// One HTTP response, whatever its status: the status code, every header and the raw body stay reachable.
/// Each operation's result union derives from it, with one sealed case per documented status. A case with a JSON
/// body reads it when the response arrives and offers it as <c>Body</c> (which throws
/// <see cref="global::Tallyfy.Generated.Support.ApiBodyException"/> when the body could not be read; see
/// <see cref="BodyError"/>) and <c>TryGetBody</c> (which does not). Each case's public constructor makes it without a
/// call, for tests and fakes; <c>Undocumented</c> is any status the spec does not document. Every union has
/// <c>Match</c> (a value per case) and <c>Switch</c> (an action per case), every case required; <c>TryGet…</c> per
/// case; <c>EnsureSuccess</c>: the success case (this result if several are 2xx), else throws <c>ApiResponseException</c>.
/// <para/>
/// A body of up to 1 MB with a Content-Length is kept in an array rented from <c>ArrayPool&lt;byte&gt;.Shared</c>:
/// <see cref="Dispose"/> gives it back. Disposing is optional (a result never disposed leaves its array to the GC) and
/// ends only the raw body: <see cref="RawBodyBytes"/> and <see cref="RawBody"/> throw
/// <see cref="global::System.ObjectDisposedException"/> afterwards, while the typed body, status and headers stay.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
public abstract class ApiResponse : global::System.IDisposable
{
    /// <summary>What <see cref="_state"/> (or the body kept with the details) holds once the result is disposed.</summary>
    private static readonly object Disposed = new();

    /// <summary>The response read off the wire (disposed; its headers stay readable), or what a response made in code declares.</summary>
    private readonly object _source;

    /// <summary>
    /// The body, and what is kept only once asked for: null when there is no body and nothing was asked (most results
    /// of a bodiless answer); the array when the body fills it (a fake's), a <see cref="PooledBody"/> when it starts an
    /// array rented from the shared pool (the usual case off the wire), else the slice boxed; <see cref="Disposed"/> once
    /// disposed; or <see cref="Details"/> (headers, content type, text, body error, stream) holding the body as one of these.
    /// It only ever changes from a body to <see cref="Disposed"/> or to the details holding it, each by one exchange
    /// (but for null, which <see cref="Dispose"/> overwrites: see there).
    /// </summary>
    private object? _state;

    private protected ApiResponse(global::Tallyfy.Generated.Support.ApiRawResponse response)
    {
        _source = response.Source;
        var body = response.Body;
        if (!body.IsEmpty)
        {
            var array = global::System.Runtime.InteropServices.MemoryMarshal.TryGetArray(body, out var segment) && segment.Offset == 0 ? segment.Array : null;
            _state = array is not null && response.BodyPooled ? new PooledBody(array, segment.Count)
                : array is not null && segment.Count == array.Length ? array
                : new global::System.Runtime.CompilerServices.StrongBox<global::System.ReadOnlyMemory<byte>>(body);
        }

        if (response.BodyStream is { } stream)
        {
            GetDetails().BodyStream = stream;
        }
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode => _source is global::System.Net.Http.HttpResponseMessage response ? (int)response.StatusCode : Made.StatusCode;

    /// <summary>The reason phrase the server sent, if any.</summary>
    public string? ReasonPhrase => (_source as global::System.Net.Http.HttpResponseMessage)?.ReasonPhrase;

    /// <summary>Every response and content header, looked up by case-insensitive name.</summary>
    public global::Tallyfy.Generated.Support.ApiResponseHeaders Headers
    {
        get
        {
            if (_source is not global::System.Net.Http.HttpResponseMessage response)
            {
                return Made.Headers;
            }

            var details = GetDetails();
            return details.Headers ?? global::System.Threading.Interlocked.CompareExchange(
                ref details.Headers, new global::Tallyfy.Generated.Support.ApiResponseHeaders(response.Headers, response.Content.Headers), null) ?? details.Headers!;
        }
    }

    /// <summary>The media type of the body, such as <c>application/json</c>; null when the response declares none.</summary>
    public string? ContentType => _source is global::System.Net.Http.HttpResponseMessage ? ReadContentType().MediaType : Made.MediaType;

    /// <summary>
    /// The body exactly as received; empty when there was none, or when the case hands it over as a stream. It may lie
    /// in a pooled array: use it (or copy it) before <see cref="Dispose"/>, after which this throws.
    /// </summary>
    /// <exception cref="global::System.ObjectDisposedException">The result was disposed.</exception>
    public global::System.ReadOnlyMemory<byte> RawBodyBytes => BytesOf(BodyOf(_state));

    /// <summary>The unread body, for cases that hand it over as a stream.</summary>
    private protected global::System.IO.Stream? BodyStream => (_state as Details)?.BodyStream;

    /// <summary>
    /// The body as text, decoded with the charset the response declares (UTF-8 when it declares none). Once decoded it
    /// stays readable after <see cref="Dispose"/>; first read after it, it throws.
    /// </summary>
    /// <exception cref="global::System.ObjectDisposedException">The result was disposed before the text was read.</exception>
    public string RawBody
    {
        get
        {
            var state = _state;
            var body = BodyOf(state);
            if (body is null)
            {
                return string.Empty;
            }

            if ((state as Details)?.RawBody is { } text)
            {
                return text;
            }

            var decoded = global::Tallyfy.Generated.Support.ApiRawResponse.DecodeBody(
                BytesOf(body).Span, _source is global::System.Net.Http.HttpResponseMessage ? ReadContentType().Charset : null);

            // Decoded from a pooled array that Dispose may have given back meanwhile: only text read before it counts.
            if (global::System.Object.ReferenceEquals(BodyOf(_state), Disposed))
            {
                throw BodyDisposed();
            }

            return GetDetails().RawBody ??= decoded;
        }
    }

    /// <summary>Whether the status code is in the 2xx range.</summary>
    public bool IsSuccess => StatusCode >= 200 && StatusCode <= 299;

    /// <summary>Why the case's JSON body could not be read as its documented type; null when it was, or when the case has none.</summary>
    public global::System.Exception? BodyError => (_state as Details)?.BodyError;

    /// <summary>
    /// Gives the body's pooled array back; the raw body is unreadable from here on (<see cref="RawBody"/> keeps text
    /// already read). The typed body, status and headers stay. A body handed over as a stream is the caller's to
    /// dispose; a case whose body is a sequence of items releases its connection here too.
    /// </summary>
    public virtual void Dispose()
    {
        var state = _state;

        // Without a body and with nothing asked there is nothing to give back or to keep: no exchange is needed (details
        // made meanwhile by another thread hold nothing that cannot be made again). No result has a finalizer to suppress.
        if (state is null)
        {
            _state = Disposed;
            return;
        }

        while (true)
        {
            if (state is Details details)
            {
                GiveBack(global::System.Threading.Interlocked.Exchange(ref details.Body, Disposed));
                return;
            }

            if (global::System.Object.ReferenceEquals(state, Disposed))
            {
                return;
            }

            // One exchange, so that one of two racing calls gives a pooled array back, and details being made are not lost.
            var seen = global::System.Threading.Interlocked.CompareExchange(ref _state, Disposed, state);
            if (global::System.Object.ReferenceEquals(seen, state))
            {
                GiveBack(state);
                return;
            }

            state = seen;
        }
    }

    /// <summary>The body of a state: the state itself, or the body its details hold.</summary>
    private static object? BodyOf(object? state) => state is Details details ? details.Body : state;

    private static global::System.ReadOnlyMemory<byte> BytesOf(object? body) => body switch
    {
        null => global::System.ReadOnlyMemory<byte>.Empty,
        PooledBody pooled => new global::System.ReadOnlyMemory<byte>(pooled.Bytes, 0, pooled.Length),
        byte[] array => array,
        global::System.Runtime.CompilerServices.StrongBox<global::System.ReadOnlyMemory<byte>> box => box.Value,
        _ => throw BodyDisposed(),
    };

    /// <summary>Gives a pooled body's array back to the shared pool; any other body is left to the GC.</summary>
    private static void GiveBack(object? body)
    {
        if (body is PooledBody pooled)
        {
            global::System.Buffers.ArrayPool<byte>.Shared.Return(pooled.Bytes);
        }
    }

    /// <inheritdoc/>
    public override string ToString() =>
        GetType().Name + " (HTTP " + StatusCode.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ")";

    /// <summary>Reads the JSON body; a body that does not parse is kept as <see cref="BodyError"/> instead of thrown.</summary>
    /// <param name="read">Reads one value of the documented type.</param>
    /// <param name="jsonOnly">When the status documents other media types too: only a JSON answer is read as JSON.</param>
    private protected T ReadBody<T>(global::Tallyfy.Generated.Support.ApiJsonValueReader<T> read, bool jsonOnly = false)
    {
        if (jsonOnly && !global::Tallyfy.Generated.Support.ApiJson.IsJson(ContentType))
        {
            GetDetails().BodyError = new global::System.Text.Json.JsonException(
                "The response is " + ContentType + ", not JSON; " + (BodyStream is null ? "RawBody holds it." : "it is streamed, unbuffered."));
            return default!;
        }

        var body = global::Tallyfy.Generated.Support.ApiJson.TryRead(RawBodyBytes, read, out var error);
        if (error is not null)
        {
            GetDetails().BodyError = error;
        }

        return body;
    }

    /// <summary>The body read by <see cref="ReadBody"/>, or the <see cref="global::Tallyfy.Generated.Support.ApiBodyException"/> naming <paramref name="typeName"/>.</summary>
    private protected T BodyOrThrow<T>(T body, string typeName) =>
        (_state as Details)?.BodyError is not { } error ? body : throw new global::Tallyfy.Generated.Support.ApiBodyException(this, typeName, error);

    /// <summary>Hands out the body read by <see cref="ReadBody"/> without throwing: false when it could not be read.</summary>
    private protected bool TryBody<T>(T body, out T value)
    {
        value = body;
        return (_state as Details)?.BodyError is null;
    }

    /// <summary>The test behind a union's <c>TryGet…</c> methods: whether this response is the case <typeparamref name="TCase"/>.</summary>
    private protected bool IsCase<TCase>([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TCase? value)
        where TCase : global::Tallyfy.Generated.Support.ApiResponse =>
        (value = this as TCase) is not null;

    /// <summary>A response made in code for a case's public constructor (tests and fakes): no body.</summary>
    private protected static global::Tallyfy.Generated.Support.ApiRawResponse Fake(int statusCode, global::Tallyfy.Generated.Support.ApiResponseHeaders? headers) =>
        global::Tallyfy.Generated.Support.ApiRawResponse.Create(statusCode, headers, null, null);

    /// <summary>A response made in code for a case's public constructor: <paramref name="body"/> written as JSON.</summary>
    private protected static global::Tallyfy.Generated.Support.ApiRawResponse Fake<T>(int statusCode, global::Tallyfy.Generated.Support.ApiResponseHeaders? headers, T body, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write) =>
        global::Tallyfy.Generated.Support.ApiRawResponse.Create(
            statusCode,
            headers,
            "application/json",
            global::Tallyfy.Generated.Support.ApiJson.Serialize(body ?? throw new global::System.ArgumentNullException(nameof(body)), write));

    // only where the generated code contains: FakeOrNull(
    /// <summary>As <c>Fake</c>, for a body whose schema allows null: a null <paramref name="body"/> is written as JSON <c>null</c>.</summary>
    private protected static global::Tallyfy.Generated.Support.ApiRawResponse FakeOrNull<T>(int statusCode, global::Tallyfy.Generated.Support.ApiResponseHeaders? headers, T body, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write) =>
        global::Tallyfy.Generated.Support.ApiRawResponse.Create(statusCode, headers, "application/json", global::Tallyfy.Generated.Support.ApiJson.Serialize(body, write));

    // only where the generated code contains: _ = RawBody;
    /// <summary>A response made in code for a case's public constructor: <paramref name="body"/> as UTF-8 text.</summary>
    private protected static global::Tallyfy.Generated.Support.ApiRawResponse Fake(int statusCode, global::Tallyfy.Generated.Support.ApiResponseHeaders? headers, string mediaType, string body) =>
        global::Tallyfy.Generated.Support.ApiRawResponse.Create(
            statusCode,
            headers,
            mediaType,
            global::System.Text.Encoding.UTF8.GetBytes(body ?? throw new global::System.ArgumentNullException(nameof(body))));

    // only where the generated code contains: Stream
    /// <summary>A response made in code for a case's public constructor: <paramref name="body"/> handed over as the stream.</summary>
    private protected static global::Tallyfy.Generated.Support.ApiRawResponse Fake(int statusCode, global::Tallyfy.Generated.Support.ApiResponseHeaders? headers, string mediaType, global::System.IO.Stream body) =>
        global::Tallyfy.Generated.Support.ApiRawResponse.Create(statusCode, headers, mediaType, null, body ?? throw new global::System.ArgumentNullException(nameof(body)));

    /// <summary>
    /// Checks the status given to the public constructor of a case that covers several (a range, the default, the
    /// undocumented ones): it must lie in <paramref name="low"/>..<paramref name="high"/> and not belong to another
    /// case, whose statuses are <paramref name="taken"/> (a digit 1 to 5 stands for that whole range, such as 4XX).
    /// </summary>
    private protected static int FakeStatus(int statusCode, int low, int high, params int[] taken)
    {
        var belongs = statusCode >= low && statusCode <= high;
        foreach (var other in taken)
        {
            belongs &= other < 10 ? statusCode / 100 != other : statusCode != other;
        }

        return belongs ? statusCode : throw new global::System.ArgumentOutOfRangeException(nameof(statusCode), statusCode, "The status code does not belong to this case.");
    }

    private static global::System.ObjectDisposedException BodyDisposed() =>
        new("ApiResponse", "The result was disposed, which gives its raw body's pooled buffer back: read RawBodyBytes or RawBody (or copy them) before disposing the result.");

    private global::Tallyfy.Generated.Support.ApiRawResponse.Made Made => (global::Tallyfy.Generated.Support.ApiRawResponse.Made)_source;

    /// <summary>The details, made once: the state they replace is the body they hold.</summary>
    private Details GetDetails()
    {
        var state = _state;
        while (state is not Details)
        {
            var details = new Details { Body = state };
            var seen = global::System.Threading.Interlocked.CompareExchange(ref _state, details, state);
            if (global::System.Object.ReferenceEquals(seen, state))
            {
                return details;
            }

            state = seen;
        }

        return (Details)state;
    }

    private Details ReadContentType()
    {
        var details = GetDetails();
        if (!details.ContentTypeRead)
        {
            (details.MediaType, details.Charset) = global::Tallyfy.Generated.Support.ApiRawResponse.ContentType((global::System.Net.Http.HttpResponseMessage)_source);
            details.ContentTypeRead = true;
        }

        return details;
    }

    /// <summary>A body in the first <see cref="Length"/> bytes of an array rented from the shared pool, which <see cref="Dispose"/> gives back.</summary>
    private sealed class PooledBody
    {
        public PooledBody(byte[] bytes, int length)
        {
            Bytes = bytes;
            Length = length;
        }

        public byte[] Bytes { get; }

        public int Length { get; }
    }

    /// <summary>The parts of a response that are made or kept only when needed.</summary>
    private sealed class Details
    {
        /// <summary>The body, as <see cref="_state"/> would hold it without details (<see cref="Disposed"/> once disposed).</summary>
        public object? Body;
        public global::Tallyfy.Generated.Support.ApiResponseHeaders? Headers;
        public string? MediaType;
        public string? Charset;
        public volatile bool ContentTypeRead;
        public string? RawBody;
        public global::System.Exception? BodyError;
        public global::System.IO.Stream? BodyStream;
    }
}
