using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Features;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>JSON Lines, NDJSON and JSON text sequences read item by item from a real streaming server on loopback.</summary>
public sealed class JsonLinesTests : IClassFixture<StreamingServer>
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    private readonly StreamingServer _server;

    public JsonLinesTests(StreamingServer server) => _server = server;

    [Fact]
    public async Task Json_lines_split_at_every_byte_give_typed_items_blank_lines_skipped_and_the_last_line_needs_no_break()
    {
        _server.RespondByteByByte("application/jsonl", "{\"step\":1,\"message\":\"a\"}\r\n\n  \n{\"step\":2,\"message\":\"b\"}\n{\"step\":3,\"message\":\"é\"}");

        var result = await _server.CreateClient().StreamLinesAsync().WaitAsync(Hang);

        using var ok = Assert.IsType<StreamLinesResult.Ok>(result);
        Assert.Equal("application/jsonl", ok.ContentType);
        var items = await ReadAll(ok.Body);
        Assert.Equal(new[] { (1L, "a"), (2L, "b"), (3L, "é") }, items.Select(i => (i.Step, i.Message)));
    }

    [Fact]
    public async Task Each_line_arrives_before_the_server_writes_the_next()
    {
        var firstRead = StreamingServer.NewSignal();
        _server.Respond("application/jsonl", async (response, aborted) =>
        {
            await StreamingServer.Send(response, "{\"step\":1,\"message\":\"a\"}\n", aborted);
            await firstRead.Task.WaitAsync(aborted);
            await StreamingServer.Send(response, "{\"step\":2,\"message\":\"b\"}\n", aborted);
        });

        var result = await _server.CreateClient().StreamLinesAsync().WaitAsync(Hang);

        using var ok = Assert.IsType<StreamLinesResult.Ok>(result);
        await using var items = ok.Body.GetAsyncEnumerator();
        Assert.True(await items.MoveNextAsync().AsTask().WaitAsync(Hang));
        Assert.Equal(1, items.Current.Step);
        firstRead.SetResult();
        Assert.True(await items.MoveNextAsync().AsTask().WaitAsync(Hang));
        Assert.Equal(2, items.Current.Step);
        Assert.False(await items.MoveNextAsync().AsTask().WaitAsync(Hang));
    }

    [Fact]
    public async Task Ndjson_without_a_schema_gives_json_values()
    {
        _server.RespondByteByByte("application/x-ndjson", "{\"a\":1}\n[2]\n\"three\"\n");

        var result = await _server.CreateClient().StreamNdjsonAsync().WaitAsync(Hang);

        using var ok = Assert.IsType<StreamNdjsonResult.Ok>(result);
        var items = await ReadAll(ok.Body);
        Assert.Equal(new[] { JsonValueKind.Object, JsonValueKind.Array, JsonValueKind.String }, items.Select(i => i.ValueKind));
        Assert.Equal(1, items[0].GetProperty("a").GetInt32());
    }

    [Fact]
    public async Task A_json_text_sequence_splits_on_record_separators()
    {
        _server.RespondByteByByte("application/json-seq", "\u001e{\"step\":1,\"message\":\"a\"}\n\u001e{\"step\":2,\n\"message\":\"b\"}\n");

        var result = await _server.CreateClient().StreamSequenceAsync().WaitAsync(Hang);

        using var ok = Assert.IsType<StreamSequenceResult.Ok>(result);
        var items = await ReadAll(ok.Body);
        Assert.Equal(new[] { (1L, "a"), (2L, "b") }, items.Select(i => (i.Step, i.Message)));
    }

    [Fact]
    public async Task A_line_that_is_not_the_item_type_ends_the_enumeration_with_an_error_naming_it()
    {
        _server.Respond("application/jsonl", (response, aborted) => StreamingServer.Send(response, "{\"step\":1,\"message\":\"a\"}\nnot json\n{\"step\":3,\"message\":\"c\"}\n", aborted));

        var result = await _server.CreateClient().StreamLinesAsync().WaitAsync(Hang);

        using var ok = Assert.IsType<StreamLinesResult.Ok>(result);
        var error = await Assert.ThrowsAsync<JsonException>(() => ReadAll(ok.Body));
        Assert.StartsWith("Item 2 ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_cut_mid_line_is_an_exception()
    {
        var firstRead = StreamingServer.NewSignal();
        _server.Respond("application/jsonl", async (response, aborted) =>
        {
            await StreamingServer.Send(response, "{\"step\":1,\"message\":\"a\"}\n{\"step\":2,", aborted);
            await firstRead.Task.WaitAsync(aborted);
            response.HttpContext.Abort();
        });

        var result = await _server.CreateClient().StreamLinesAsync().WaitAsync(Hang);

        using var ok = Assert.IsType<StreamLinesResult.Ok>(result);
        var read = new List<Progress>();
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await foreach (var item in ok.Body)
            {
                read.Add(item);
                firstRead.TrySetResult();
            }
        });
        Assert.True(error is HttpRequestException or IOException, error.ToString());
        Assert.Single(read);
    }

    [Fact]
    public async Task Disposing_the_enumerator_early_releases_the_connection()
    {
        _server.Respond("application/jsonl", async (response, aborted) =>
        {
            while (true)
            {
                await StreamingServer.Send(response, "{\"step\":1,\"message\":\"a\"}\n", aborted);
                await Task.Delay(20, aborted);
            }
        });

        var result = await _server.CreateClient().StreamLinesAsync().WaitAsync(Hang);

        var ok = Assert.IsType<StreamLinesResult.Ok>(result);
        await foreach (var item in ok.Body)
        {
            break;
        }

        await _server.Aborted.Task.WaitAsync(Hang);
    }

    private static async Task<List<T>> ReadAll<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(new CancellationTokenSource(Hang).Token))
        {
            list.Add(item);
        }

        return list;
    }
}
