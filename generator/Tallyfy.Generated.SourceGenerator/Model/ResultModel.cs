namespace Tallyfy.Generated.SourceGenerator.Model;

/// <summary>The result union of one operation: one case per documented status, range or default, plus undocumented.</summary>
internal sealed record ResultModel(string TypeName, EquatableArray<ResponseCaseModel> Cases);

internal enum StatusKind
{
    /// <summary>One status code, e.g. 404.</summary>
    Exact,

    /// <summary>A class of codes, e.g. <c>4XX</c>; <see cref="ResponseCaseModel.Status"/> holds the first digit.</summary>
    Range,

    /// <summary>The spec's <c>default</c> response: every status not documented otherwise.</summary>
    Default,

    /// <summary>Added by the generator when the spec has no <c>default</c>: every status it does not document.</summary>
    Undocumented,
}

/// <param name="Name">The case class name, e.g. <c>NotFound</c>.</param>
/// <param name="ArgumentName">The delegate parameter name in Match/Switch, e.g. <c>notFound</c>.</param>
/// <param name="Status">The code for <see cref="StatusKind.Exact"/>, the first digit for <see cref="StatusKind.Range"/>, else 0.</param>
/// <param name="HeadersTypeName">The nested class of the case's typed headers, allocated in the result union's member scope.</param>
internal sealed record ResponseCaseModel(
    string Name,
    string ArgumentName,
    StatusKind Kind,
    int Status,
    string? Description,
    BodyModel? Body,
    EquatableArray<HeaderModel> Headers,
    string HeadersTypeName = "")
{
    /// <summary>OpenAPI 3.2's short <c>summary</c> of the response; the <see cref="Description"/> is then its remarks.</summary>
    public string? Summary { get; init; }
}

internal enum BodyKind
{
    Json,
    Text,

    /// <summary>Any other media type: handed to the caller as an unbuffered stream.</summary>
    Binary,

    /// <summary>
    /// A sequential media type (Server-Sent Events, JSON Lines, JSON text sequences): handed to the caller as an
    /// <c>IAsyncEnumerable</c> of items read as they arrive; <see cref="BodyModel.Type"/> is the item's type.
    /// </summary>
    Sequence,
}

/// <summary>How the items of a <see cref="BodyKind.Sequence"/> body are framed on the wire.</summary>
internal enum SequenceFormat
{
    None,

    /// <summary><c>text/event-stream</c>: events as the WHATWG HTML standard frames them, each item the data of one event.</summary>
    ServerSentEvents,

    /// <summary><c>application/jsonl</c>, <c>application/x-ndjson</c>: one JSON text per line.</summary>
    JsonLines,

    /// <summary><c>application/json-seq</c> (RFC 7464): each JSON text after a record separator (0x1E).</summary>
    JsonSeq,
}

/// <summary>The typed body a response case declares.</summary>
/// <param name="MediaType">The media type the body is typed from.</param>
/// <param name="OtherMediaTypes">Further media types the spec lists for the same status; they reach the caller as the raw body.</param>
internal sealed record BodyModel(BodyKind Kind, TypeRef Type, string MediaType, EquatableArray<string> OtherMediaTypes = default)
{
    /// <summary>For <see cref="BodyKind.Sequence"/>: how items are framed.</summary>
    public SequenceFormat Sequence { get; init; }

    /// <summary>
    /// For Server-Sent Events: each event's data is handed over as its raw text (the item schema gives the data as a
    /// plain string, or there is none) instead of being read as JSON.
    /// </summary>
    public bool RawItems { get; init; }

    /// <summary>
    /// For <see cref="BodyKind.Json"/>: the sequential media type the status offers too (an answer streamed on request,
    /// such as Server-Sent Events); a response of that media type is handed over as its items, unbuffered.
    /// </summary>
    public BodyModel? Sequential { get; init; }

    /// <summary>
    /// For <see cref="BodyKind.Json"/>: the schema allows <c>null</c> as the whole body (<c>anyOf: [X, {type: null}]</c>,
    /// what FastAPI writes for <c>Optional[X]</c>), so the body is <c>T?</c> and a JSON <c>null</c> reads as null.
    /// </summary>
    public bool Nullable { get; init; }

    /// <summary>Whether the case hands the body over unread (as a stream, or as items read as they arrive), at least for one of its media types.</summary>
    public bool IsStreamed => Kind is BodyKind.Binary or BodyKind.Sequence || Sequential is not null;
}

/// <summary>A response header the spec declares, exposed as a typed member.</summary>
internal sealed record HeaderModel(string WireName, string Identifier, TypeRef Type, string? Description);
