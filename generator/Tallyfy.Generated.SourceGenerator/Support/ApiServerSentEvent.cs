// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>
/// One event of a <c>text/event-stream</c> response, as the WHATWG HTML standard's event stream interpretation
/// dispatches it: its type, the last event ID, the reconnection time the stream last set, and its data, both as the
/// text received and read as <typeparamref name="T"/>. Data that does not read as <typeparamref name="T"/> is kept
/// as <see cref="RawData"/>, with <see cref="DataError"/> saying why; <see cref="Data"/> throws then.
/// </summary>
/// <typeparam name="T">The type the spec gives the event's data.</typeparam>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
public sealed class ApiServerSentEvent<T>
{
    private readonly T _data;

    /// <summary>An event made in code (tests and fakes) whose data reads as <paramref name="data"/>.</summary>
    public ApiServerSentEvent(T data, string rawData, string @event = "message", string? id = null, global::System.TimeSpan? retry = null)
        : this(@event, id, retry, rawData, data, null)
    {
    }

    internal ApiServerSentEvent(string @event, string? id, global::System.TimeSpan? retry, string rawData, T data, global::System.Exception? dataError)
    {
        Event = @event ?? throw new global::System.ArgumentNullException(nameof(@event));
        Id = id;
        Retry = retry;
        RawData = rawData ?? throw new global::System.ArgumentNullException(nameof(rawData));
        _data = data;
        DataError = dataError;
    }

    /// <summary>The event type: the stream's <c>event</c> field, <c>message</c> when the event has none.</summary>
    public string Event { get; }

    /// <summary>The last event ID: the latest <c>id</c> field of the stream up to this event (it carries over); null when none was sent yet.</summary>
    public string? Id { get; }

    /// <summary>The reconnection time the stream's latest <c>retry</c> field set, up to this event; null when none was sent yet.</summary>
    public global::System.TimeSpan? Retry { get; }

    /// <summary>The event's data as received: its <c>data</c> lines joined by line feeds.</summary>
    public string RawData { get; }

    /// <summary>The data read as <typeparamref name="T"/>; throws when it could not be (see <see cref="DataError"/>).</summary>
    public T Data => DataError is null
        ? _data
        : throw new global::System.InvalidOperationException("The data of the '" + Event + "' event could not be read: " + DataError.Message + " RawData holds it.", DataError);

    /// <summary>Why the data could not be read as <typeparamref name="T"/>; null when it was.</summary>
    public global::System.Exception? DataError { get; }

    /// <summary>Hands out the data without throwing: false when it could not be read as <typeparamref name="T"/>.</summary>
    public bool TryGetData([global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T data)
    {
        data = _data;
        return DataError is null;
    }

    /// <inheritdoc/>
    public override string ToString() => Event + (Id is null ? string.Empty : " #" + Id) + ": " + RawData;
}
