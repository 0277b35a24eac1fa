// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>
/// Reads a sequential body (Server-Sent Events, JSON Lines, JSON text sequences) item by item as it arrives, never
/// buffering it whole: a small pooled buffer holds what has arrived of the item being read. The enumerable owns the
/// response's stream: ending the enumeration, disposing the enumerator early or cancelling it disposes the stream,
/// which releases the connection. A connection cut mid-stream surfaces as the stream's exception (an
/// <see cref="global::System.IO.IOException"/> or <see cref="global::System.Net.Http.HttpRequestException"/>), never as a quiet end.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
internal static class ApiEventStream
{
    private const int BufferSize = 4096;

    private const byte LineFeed = (byte)'\n';

    private const byte CarriageReturn = (byte)'\r';

    private const byte RecordSeparator = 0x1E;

    private static readonly byte[] DataField = { (byte)'d', (byte)'a', (byte)'t', (byte)'a' };

    private static readonly byte[] EventField = { (byte)'e', (byte)'v', (byte)'e', (byte)'n', (byte)'t' };

    private static readonly byte[] IdField = { (byte)'i', (byte)'d' };

    private static readonly byte[] RetryField = { (byte)'r', (byte)'e', (byte)'t', (byte)'r', (byte)'y' };

    /// <summary>The events of a <c>text/event-stream</c> body; <paramref name="read"/> null hands each event's data over as its text (<typeparamref name="T"/> is string).</summary>
    public static global::System.Collections.Generic.IAsyncEnumerable<global::Tallyfy.Generated.Support.ApiServerSentEvent<T>> ServerSentEvents<T>(
        global::System.IO.Stream body, global::Tallyfy.Generated.Support.ApiJsonValueReader<T>? read) =>
        new global::Tallyfy.Generated.Support.ApiEventStream.Once<global::Tallyfy.Generated.Support.ApiServerSentEvent<T>>(body, (stream, cancellationToken) => ReadEventsAsync(stream, read, cancellationToken));

    /// <summary>The items of an <c>application/jsonl</c> (or <c>application/x-ndjson</c>) body: one JSON text per line, blank lines skipped.</summary>
    public static global::System.Collections.Generic.IAsyncEnumerable<T> JsonLines<T>(global::System.IO.Stream body, global::Tallyfy.Generated.Support.ApiJsonValueReader<T> read) =>
        new global::Tallyfy.Generated.Support.ApiEventStream.Once<T>(body, (stream, cancellationToken) => ReadJsonAsync(stream, LineFeed, read, cancellationToken));

    /// <summary>The items of an <c>application/json-seq</c> body (RFC 7464): each JSON text after a record separator.</summary>
    public static global::System.Collections.Generic.IAsyncEnumerable<T> JsonSequence<T>(global::System.IO.Stream body, global::Tallyfy.Generated.Support.ApiJsonValueReader<T> read) =>
        new global::Tallyfy.Generated.Support.ApiEventStream.Once<T>(body, (stream, cancellationToken) => ReadJsonAsync(stream, RecordSeparator, read, cancellationToken));

    private static async global::System.Collections.Generic.IAsyncEnumerable<global::Tallyfy.Generated.Support.ApiServerSentEvent<T>> ReadEventsAsync<T>(
        global::System.IO.Stream stream,
        global::Tallyfy.Generated.Support.ApiJsonValueReader<T>? read,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        using var records = new global::Tallyfy.Generated.Support.ApiEventStream.RecordReader(stream, 0);
        var parser = new global::Tallyfy.Generated.Support.ApiEventStream.EventParser<T>(read);
        try
        {
            // A last line without its line break ends nothing: an event cut short by the end of the stream is dropped.
            while (await records.ReadAsync(cancellationToken).ConfigureAwait(false) && records.Ended)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (parser.Line(records.Record) is { } dispatched)
                {
                    yield return dispatched;
                }
            }
        }
        finally
        {
            parser.Dispose();
        }
    }

    private static async global::System.Collections.Generic.IAsyncEnumerable<T> ReadJsonAsync<T>(
        global::System.IO.Stream stream,
        byte separator,
        global::Tallyfy.Generated.Support.ApiJsonValueReader<T> read,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        using var records = new global::Tallyfy.Generated.Support.ApiEventStream.RecordReader(stream, separator);
        var index = 0;
        while (await records.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsBlank(records.Record.Span))
            {
                continue;
            }

            index++;
            yield return ReadItem(records.Record, read, index);
        }
    }

    /// <summary>One JSON item; one that does not parse ends the enumeration, so no item goes missing unnoticed.</summary>
    private static T ReadItem<T>(global::System.ReadOnlyMemory<byte> json, global::Tallyfy.Generated.Support.ApiJsonValueReader<T> read, int index)
    {
        var value = global::Tallyfy.Generated.Support.ApiJson.TryRead(json, read, out var error);
        return error is null
            ? value
            : throw new global::System.Text.Json.JsonException(
                "Item " + index.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " of the stream could not be read: " + error.Message, error);
    }

    private static bool IsBlank(global::System.ReadOnlySpan<byte> record)
    {
        foreach (var b in record)
        {
            if (b != (byte)' ' && b != (byte)'\t' && b != CarriageReturn && b != LineFeed)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An enumerable over a stream that can be read once: a second enumeration would find it already consumed.</summary>
    private sealed class Once<T> : global::System.Collections.Generic.IAsyncEnumerable<T>
    {
        private readonly global::System.Func<global::System.IO.Stream, global::System.Threading.CancellationToken, global::System.Collections.Generic.IAsyncEnumerable<T>> _read;
        private global::System.IO.Stream? _stream;

        public Once(
            global::System.IO.Stream stream,
            global::System.Func<global::System.IO.Stream, global::System.Threading.CancellationToken, global::System.Collections.Generic.IAsyncEnumerable<T>> read)
        {
            _stream = stream;
            _read = read;
        }

        public global::System.Collections.Generic.IAsyncEnumerator<T> GetAsyncEnumerator(global::System.Threading.CancellationToken cancellationToken = default)
        {
            var stream = global::System.Threading.Interlocked.Exchange(ref _stream, null)
                ?? throw new global::System.InvalidOperationException("The body is read as it arrives and can be enumerated only once.");
            return new global::Tallyfy.Generated.Support.ApiEventStream.Enumerator<T>(_read(stream, cancellationToken).GetAsyncEnumerator(cancellationToken), stream);
        }
    }

    /// <summary>Disposes the stream with the enumerator, even one disposed before its first item was asked for.</summary>
    private sealed class Enumerator<T> : global::System.Collections.Generic.IAsyncEnumerator<T>
    {
        private readonly global::System.Collections.Generic.IAsyncEnumerator<T> _items;
        private readonly global::System.IO.Stream _stream;

        public Enumerator(global::System.Collections.Generic.IAsyncEnumerator<T> items, global::System.IO.Stream stream)
        {
            _items = items;
            _stream = stream;
        }

        public T Current => _items.Current;

        public global::System.Threading.Tasks.ValueTask<bool> MoveNextAsync() => _items.MoveNextAsync();

        public async global::System.Threading.Tasks.ValueTask DisposeAsync()
        {
            try
            {
                await _items.DisposeAsync().ConfigureAwait(false);
            }
            finally
            {
                _stream.Dispose();
            }
        }
    }

    /// <summary>
    /// Splits a stream into records as its bytes arrive: lines ended by CR, LF or CRLF (separator 0), or records ended
    /// (JSON Lines) or started (JSON text sequences) by one separator byte. Disposing it disposes the stream.
    /// </summary>
    private sealed class RecordReader : global::System.IDisposable
    {
        private readonly global::System.IO.Stream _stream;
        private readonly byte _separator;
        private byte[] _buffer;
        private int _start;
        private int _end;
        private byte[] _record;
        private int _length;
        private bool _afterCarriageReturn;
        private bool _done;

        public RecordReader(global::System.IO.Stream stream, byte separator)
        {
            _stream = stream;
            _separator = separator;
            _buffer = global::System.Buffers.ArrayPool<byte>.Shared.Rent(BufferSize);
            _record = global::System.Buffers.ArrayPool<byte>.Shared.Rent(BufferSize);
        }

        /// <summary>The record read last, valid until the next read.</summary>
        public global::System.ReadOnlyMemory<byte> Record => new(_record, 0, _length);

        /// <summary>Whether the record read last was ended by its separator, not by the end of the stream.</summary>
        public bool Ended { get; private set; }

        /// <summary>Reads the next record; false at the end of the stream when nothing is left.</summary>
        public async global::System.Threading.Tasks.ValueTask<bool> ReadAsync(global::System.Threading.CancellationToken cancellationToken)
        {
            _length = 0;
            while (true)
            {
                if (_start == _end)
                {
                    if (_done)
                    {
                        Ended = false;
                        return _length > 0;
                    }

                    _start = 0;
                    _end = await _stream.ReadAsync(new global::System.Memory<byte>(_buffer), cancellationToken).ConfigureAwait(false);
                    if (_end == 0)
                    {
                        _done = true;
                        continue;
                    }
                }

                if (TakeRecord())
                {
                    Ended = true;
                    return true;
                }
            }
        }

        public void Dispose()
        {
            _stream.Dispose();
            var buffer = _buffer;
            var record = _record;
            _buffer = global::System.Array.Empty<byte>();
            _record = global::System.Array.Empty<byte>();
            _start = _end = _length = 0;
            if (buffer.Length > 0)
            {
                global::System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                global::System.Buffers.ArrayPool<byte>.Shared.Return(record);
            }
        }

        /// <summary>Moves what has arrived into the record; true when its end was among it.</summary>
        private bool TakeRecord()
        {
            var available = new global::System.ReadOnlySpan<byte>(_buffer, _start, _end - _start);
            if (_separator == 0 && _afterCarriageReturn)
            {
                // CRLF is one line break: the LF after a CR that ended a line ends nothing.
                _afterCarriageReturn = false;
                if (available[0] == LineFeed)
                {
                    _start++;
                    return false;
                }
            }

            var at = _separator == 0
                ? global::System.MemoryExtensions.IndexOfAny(available, CarriageReturn, LineFeed)
                : global::System.MemoryExtensions.IndexOf(available, _separator);
            if (at < 0)
            {
                Append(available);
                _start = _end;
                return false;
            }

            Append(available.Slice(0, at));
            _afterCarriageReturn = _separator == 0 && available[at] == CarriageReturn;
            _start += at + 1;
            return true;
        }

        private void Append(global::System.ReadOnlySpan<byte> bytes)
        {
            if (_length + bytes.Length > _record.Length)
            {
                var larger = global::System.Buffers.ArrayPool<byte>.Shared.Rent(global::System.Math.Max(_record.Length * 2, _length + bytes.Length));
                global::System.Buffer.BlockCopy(_record, 0, larger, 0, _length);
                global::System.Buffers.ArrayPool<byte>.Shared.Return(_record);
                _record = larger;
            }

            bytes.CopyTo(new global::System.Span<byte>(_record, _length, bytes.Length));
            _length += bytes.Length;
        }
    }

    /// <summary>The WHATWG event stream interpretation, one line at a time: fields gathered into an event, dispatched at a blank line.</summary>
    private sealed class EventParser<T> : global::System.IDisposable
    {
        private readonly global::Tallyfy.Generated.Support.ApiJsonValueReader<T>? _read;
        private byte[] _data = global::System.Buffers.ArrayPool<byte>.Shared.Rent(BufferSize);
        private int _dataLength;
        private string _eventType = string.Empty;
        private string? _lastEventId;
        private global::System.TimeSpan? _retry;
        private bool _firstLine = true;

        public EventParser(global::Tallyfy.Generated.Support.ApiJsonValueReader<T>? read) => _read = read;

        /// <summary>Takes one line (without its line break); returns the event a blank line dispatches.</summary>
        public global::Tallyfy.Generated.Support.ApiServerSentEvent<T>? Line(global::System.ReadOnlyMemory<byte> memory)
        {
            var line = memory.Span;
            if (_firstLine)
            {
                // A byte order mark at the start of the stream is not part of the first field.
                _firstLine = false;
                if (line.Length >= 3 && line[0] == 0xEF && line[1] == 0xBB && line[2] == 0xBF)
                {
                    line = line.Slice(3);
                }
            }

            if (line.IsEmpty)
            {
                return Dispatch();
            }

            if (line[0] == (byte)':')
            {
                return null;
            }

            var colon = global::System.MemoryExtensions.IndexOf(line, (byte)':');
            var name = colon < 0 ? line : line.Slice(0, colon);
            var value = colon < 0 ? default : line.Slice(colon + 1);
            if (!value.IsEmpty && value[0] == (byte)' ')
            {
                value = value.Slice(1);
            }

            if (global::System.MemoryExtensions.SequenceEqual(name, DataField))
            {
                AppendData(value);
            }
            else if (global::System.MemoryExtensions.SequenceEqual(name, EventField))
            {
                _eventType = Text(value, _eventType);
            }
            else if (global::System.MemoryExtensions.SequenceEqual(name, IdField))
            {
                if (global::System.MemoryExtensions.IndexOf(value, (byte)0) < 0)
                {
                    _lastEventId = Text(value, _lastEventId);
                }
            }
            else if (global::System.MemoryExtensions.SequenceEqual(name, RetryField) && Milliseconds(value) is long milliseconds)
            {
                _retry = global::System.TimeSpan.FromMilliseconds(milliseconds);
            }

            // Any other field is ignored.
            return null;
        }

        public void Dispose()
        {
            var data = _data;
            _data = global::System.Array.Empty<byte>();
            _dataLength = 0;
            if (data.Length > 0)
            {
                global::System.Buffers.ArrayPool<byte>.Shared.Return(data);
            }
        }

        private global::Tallyfy.Generated.Support.ApiServerSentEvent<T>? Dispatch()
        {
            var eventType = _eventType.Length == 0 ? "message" : _eventType;
            _eventType = string.Empty;
            if (_dataLength == 0)
            {
                return null;
            }

            // The data buffer ends with the line feed after its last line, which is not part of the data.
            var data = new global::System.ReadOnlyMemory<byte>(_data, 0, _dataLength - 1);
            _dataLength = 0;
            var raw = global::System.Text.Encoding.UTF8.GetString(data.Span);
            if (_read is null)
            {
                return new global::Tallyfy.Generated.Support.ApiServerSentEvent<T>(eventType, _lastEventId, _retry, raw, (T)(object)raw, null);
            }

            var value = global::Tallyfy.Generated.Support.ApiJson.TryRead(data, _read, out var error);
            return new global::Tallyfy.Generated.Support.ApiServerSentEvent<T>(eventType, _lastEventId, _retry, raw, value, error);
        }

        private void AppendData(global::System.ReadOnlySpan<byte> value)
        {
            var needed = _dataLength + value.Length + 1;
            if (needed > _data.Length)
            {
                var larger = global::System.Buffers.ArrayPool<byte>.Shared.Rent(global::System.Math.Max(_data.Length * 2, needed));
                global::System.Buffer.BlockCopy(_data, 0, larger, 0, _dataLength);
                global::System.Buffers.ArrayPool<byte>.Shared.Return(_data);
                _data = larger;
            }

            value.CopyTo(new global::System.Span<byte>(_data, _dataLength, value.Length));
            _dataLength += value.Length;
            _data[_dataLength++] = LineFeed;
        }

        /// <summary>The field's text; the string held already when it says the same, so a repeated value allocates nothing.</summary>
        private static string Text(global::System.ReadOnlySpan<byte> value, string? current)
        {
            if (current is not null && current.Length == value.Length)
            {
                var same = true;
                for (var i = 0; i < value.Length && same; i++)
                {
                    same = value[i] < 0x80 && value[i] == current[i];
                }

                if (same)
                {
                    return current;
                }
            }

            return global::System.Text.Encoding.UTF8.GetString(value);
        }

        /// <summary>A <c>retry</c> value: ASCII digits only, else the field is ignored.</summary>
        private static long? Milliseconds(global::System.ReadOnlySpan<byte> value)
        {
            if (value.IsEmpty || value.Length > 15)
            {
                return null;
            }

            long milliseconds = 0;
            foreach (var digit in value)
            {
                if (digit < (byte)'0' || digit > (byte)'9')
                {
                    return null;
                }

                milliseconds = (milliseconds * 10) + (digit - (byte)'0');
            }

            return milliseconds;
        }
    }
}
