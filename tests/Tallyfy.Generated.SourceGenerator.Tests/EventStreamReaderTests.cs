using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Tallyfy.Generated.Support;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>The support's sequential readers on their own, over streams that hand out a few bytes per read.</summary>
public sealed class EventStreamReaderTests
{
    private const string Events =
        ": comment\r\nid: a\r\ndata: {\"n\":1}\r\n\r\n"
        + "event: two\rdata: {\"n\":\rdata: 2}\r\r"
        + "retry: 250\nid: b\ndata: 3\n\n"
        + "data: not a number\n\n";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task Every_split_of_the_bytes_gives_the_same_events(int bytesPerRead)
    {
        var events = await ReadAll(ApiEventStream.ServerSentEvents(new Trickle(Events, bytesPerRead), static (ref System.Text.Json.Utf8JsonReader reader) => reader.TokenType == System.Text.Json.JsonTokenType.Number ? reader.GetInt32() : ReadN(ref reader)));

        Assert.Equal(
            new[] { "message a {\"n\":1} 1", "two a {\"n\":\n2} 2", "message b 3 3" },
            events.Take(3).Select(e => e.Event + " " + e.Id + " " + e.RawData + " " + e.Data));
        Assert.Equal(TimeSpan.FromMilliseconds(250), events[2].Retry);
        Assert.Null(events[1].Retry);
        Assert.Equal("not a number", events[3].RawData);
        Assert.NotNull(events[3].DataError);
    }

    [Fact]
    public async Task Data_and_lines_longer_than_the_buffer_arrive_whole()
    {
        var long1 = new string('x', 10_000);
        var long2 = new string('é', 6_000);
        var text = "data: " + long1 + "\ndata: " + long2 + "\n\n";

        var events = await ReadAll(ApiEventStream.ServerSentEvents<string>(new Trickle(text, 1000), null));

        Assert.Equal(long1 + "\n" + long2, Assert.Single(events).Data);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4096)]
    public async Task Json_lines_and_json_sequences_split_anywhere_give_their_items(int bytesPerRead)
    {
        var lines = await ReadAll(ApiEventStream.JsonLines(new Trickle("1\r\n\n 2 \n3", bytesPerRead), static (ref System.Text.Json.Utf8JsonReader reader) => reader.GetInt32()));
        var sequence = await ReadAll(ApiEventStream.JsonSequence(new Trickle("\u001e1\n\u001e\n\u001e2\n\u001e 3\n", bytesPerRead), static (ref System.Text.Json.Utf8JsonReader reader) => reader.GetInt32()));

        Assert.Equal(new[] { 1, 2, 3 }, lines);
        Assert.Equal(new[] { 1, 2, 3 }, sequence);
    }

    [Fact]
    public async Task Disposing_the_enumerator_before_the_first_item_disposes_the_stream()
    {
        var stream = new Trickle("data: 1\n\n", 1);

        await ApiEventStream.ServerSentEvents<string>(stream, null).GetAsyncEnumerator().DisposeAsync();

        Assert.True(stream.Disposed);
    }

    private static int ReadN(ref System.Text.Json.Utf8JsonReader reader)
    {
        reader.Read();
        reader.Read();
        var n = reader.GetInt32();
        reader.Read();
        return n;
    }

    private static async Task<List<T>> ReadAll<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>A stream that hands out at most a few bytes per read, as a slow connection does.</summary>
    private sealed class Trickle : MemoryStream
    {
        private readonly int _bytesPerRead;

        public Trickle(string text, int bytesPerRead)
            : base(Encoding.UTF8.GetBytes(text)) => _bytesPerRead = bytesPerRead;

        public bool Disposed { get; private set; }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer.Slice(0, Math.Min(buffer.Length, _bytesPerRead)), cancellationToken);

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
