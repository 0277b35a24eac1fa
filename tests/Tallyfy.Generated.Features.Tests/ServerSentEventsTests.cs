using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Features;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// text/event-stream responses read event by event from a real streaming server on loopback: the case comes back
/// with the headers, each event as it arrives, and the connection is released however the reading ends.
/// </summary>
public sealed class ServerSentEventsTests : IClassFixture<StreamingServer>
{
    /// <summary>Only a hang is caught with this: every wait in these tests is on an event.</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    private readonly StreamingServer _server;

    public ServerSentEventsTests(StreamingServer server) => _server = server;

    [Fact]
    public async Task The_case_returns_with_the_headers_and_each_event_arrives_while_the_server_is_still_producing()
    {
        var firstRead = StreamingServer.NewSignal();
        _server.Respond("text/event-stream", async (response, aborted) =>
        {
            await StreamingServer.Send(response, "id: 1\ndata: {\"step\":1,\"message\":\"started\"}\n\n", aborted);
            await firstRead.Task.WaitAsync(aborted);
            await StreamingServer.Send(response, "id: 2\nevent: done\ndata: {\"step\":2,\"message\":\"finished\"}\n\n", aborted);
        });

        var result = await _server.CreateClient().StreamEventsAsync().WaitAsync(Hang);

        // The server has sent one event and waits for the test: the case cannot have waited for the body's end.
        using var ok = Assert.IsType<StreamEventsResult.Ok>(result);
        Assert.Equal(200, ok.StatusCode);
        Assert.Equal("text/event-stream", ok.ContentType);
        Assert.Equal("s-1", ok.Headers.XStreamId);
        Assert.True(ok.RawBodyBytes.IsEmpty);
        await using var events = ok.Body.GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Hang));
        Assert.Equal("message", events.Current.Event);
        Assert.Equal("1", events.Current.Id);
        Assert.Equal(1, events.Current.Data.Step);
        Assert.Equal("started", events.Current.Data.Message);
        Assert.False(firstRead.Task.IsCompleted);

        firstRead.SetResult();
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Hang));
        Assert.Equal("done", events.Current.Event);
        Assert.Equal("2", events.Current.Id);
        Assert.Equal("finished", events.Current.Data.Message);
        Assert.False(await events.MoveNextAsync().AsTask().WaitAsync(Hang));
    }

    [Fact]
    public async Task Events_split_across_tcp_writes_at_every_byte_are_read_as_the_whatwg_rules_say()
    {
        // Comments, unknown fields, a field without a colon, CR, LF and CRLF line breaks, multi-line data, "retry", an
        // "id" that carries over, an event with no data (not dispatched), non-ASCII text, and a last event cut short.
        const string Stream =
            "\uFEFF: a comment\r\n"
            + "retry: 1500\r\n"
            + "id: 7\r\n"
            + "unknown: ignored\r\n"
            + "data:first line\r\n"
            + "data:  second line\r\n"
            + "data\r\n"
            + "\r\n"
            + "event: update\rdata: café ☕\r\r"
            + "event: no-data\nid: 9\n\n"
            + "data: after\nretry: x12\n\n"
            + "id\ndata:\n\n"
            + "data: never dispatched";
        _server.RespondByteByByte("text/event-stream; charset=utf-8", Stream);

        var result = await _server.CreateClient().StreamTextAsync().WaitAsync(Hang);

        using var ok = Assert.IsType<StreamTextResult.Ok>(result);
        var events = await ReadAll(ok.Body);
        Assert.Equal(4, events.Count);
        Assert.Equal(("message", "7", "first line\n second line\n"), (events[0].Event, events[0].Id, events[0].Data));
        Assert.Equal(TimeSpan.FromMilliseconds(1500), events[0].Retry);
        Assert.Equal(("update", "7", "café ☕"), (events[1].Event, events[1].Id, events[1].Data));
        Assert.Equal(("message", "9", "after"), (events[2].Event, events[2].Id, events[2].RawData));
        Assert.Equal(TimeSpan.FromMilliseconds(1500), events[2].Retry);
        Assert.Equal(("message", string.Empty, string.Empty), (events[3].Event, events[3].Id, events[3].Data));
    }

    [Fact]
    public async Task Data_that_does_not_read_as_the_item_type_keeps_its_text_and_the_stream_goes_on()
    {
        _server.Respond("text/event-stream", async (response, aborted) =>
            await StreamingServer.Send(response, "data: not json\n\ndata: {\"step\":3,\"message\":\"ok\"}\n\n", aborted));

        var result = await _server.CreateClient().StreamEventsAsync().WaitAsync(Hang);

        using var ok = Assert.IsType<StreamEventsResult.Ok>(result);
        var events = await ReadAll(ok.Body);
        Assert.Equal(2, events.Count);
        Assert.Equal("not json", events[0].RawData);
        Assert.NotNull(events[0].DataError);
        Assert.False(events[0].TryGetData(out _));
        Assert.Throws<InvalidOperationException>(() => events[0].Data);
        Assert.True(events[1].TryGetData(out var progress));
        Assert.Equal(3, progress.Step);
    }

    [Fact]
    public async Task A_3_0_style_schema_for_the_stream_types_each_events_data()
    {
        _server.RespondByteByByte("text/event-stream", "data: {\"step\":1,\ndata:\"message\":\"two lines\"}\n\n");

        var result = await _server.CreateClient().StreamLegacyEventsAsync().WaitAsync(Hang);

        using var ok = Assert.IsType<StreamLegacyEventsResult.Ok>(result);
        var events = await ReadAll(ok.Body);
        var only = Assert.Single(events);
        Assert.Equal("two lines", only.Data.Message);
        Assert.Equal("{\"step\":1,\n\"message\":\"two lines\"}", only.RawData);
    }

    [Fact]
    public async Task A_server_that_stops_mid_event_is_an_exception_not_a_quiet_end()
    {
        var firstRead = StreamingServer.NewSignal();
        _server.Respond("text/event-stream", async (response, aborted) =>
        {
            await StreamingServer.Send(response, "data: {\"step\":1,\"message\":\"a\"}\n\ndata: {\"step\":2,", aborted);
            await firstRead.Task.WaitAsync(aborted);
            response.HttpContext.Abort();
        });

        var result = await _server.CreateClient().StreamEventsAsync().WaitAsync(Hang);

        using var ok = Assert.IsType<StreamEventsResult.Ok>(result);
        await using var events = ok.Body.GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Hang));
        firstRead.SetResult();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => events.MoveNextAsync().AsTask().WaitAsync(Hang));
        Assert.True(error is HttpRequestException or IOException, error.ToString());
    }

    [Fact]
    public async Task Cancelling_between_events_stops_the_read_and_releases_the_connection()
    {
        _server.Respond("text/event-stream", async (response, aborted) =>
        {
            await StreamingServer.Send(response, "data: {\"step\":1,\"message\":\"a\"}\n\ndata: {\"step\":2,\"message\":\"b\"}\n\n", aborted);
            await StreamingServer.HeartbeatUntilAborted(response, aborted);
        });
        using var cancel = new CancellationTokenSource();

        var result = await _server.CreateClient().StreamEventsAsync().WaitAsync(Hang);

        using var ok = Assert.IsType<StreamEventsResult.Ok>(result);
        var read = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in ok.Body.WithCancellation(cancel.Token))
            {
                read++;
                cancel.Cancel();
            }
        });
        Assert.Equal(1, read);
        await _server.Aborted.Task.WaitAsync(Hang);
    }

    [Fact]
    public async Task Cancelling_inside_an_event_stops_the_read_and_releases_the_connection()
    {
        var partialSent = StreamingServer.NewSignal();
        _server.Respond("text/event-stream", async (response, aborted) =>
        {
            await StreamingServer.Send(response, "id: 1\ndata: {\"step\":1,", aborted);
            partialSent.SetResult();
            await Task.Delay(Timeout.Infinite, aborted);
        });
        using var cancel = new CancellationTokenSource();

        var result = await _server.CreateClient().StreamEventsAsync().WaitAsync(Hang);

        using var ok = Assert.IsType<StreamEventsResult.Ok>(result);
        await partialSent.Task.WaitAsync(Hang);
        await using var events = ok.Body.GetAsyncEnumerator(cancel.Token);
        var next = events.MoveNextAsync().AsTask();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next.WaitAsync(Hang));
        await _server.Aborted.Task.WaitAsync(Hang);
    }

    [Fact]
    public async Task Disposing_the_enumerator_early_releases_the_connection()
    {
        _server.Respond("text/event-stream", async (response, aborted) =>
        {
            await StreamingServer.Send(response, "data: {\"step\":1,\"message\":\"a\"}\n\n", aborted);
            await StreamingServer.HeartbeatUntilAborted(response, aborted);
        });

        var result = await _server.CreateClient().StreamEventsAsync().WaitAsync(Hang);

        var ok = Assert.IsType<StreamEventsResult.Ok>(result);
        await foreach (var item in ok.Body)
        {
            Assert.Equal(1, item.Data.Step);
            break;
        }

        await _server.Aborted.Task.WaitAsync(Hang);
    }

    [Fact]
    public async Task Disposing_the_case_without_reading_releases_the_connection()
    {
        _server.Respond("text/event-stream", StreamingServer.HeartbeatUntilAborted);

        var result = await _server.CreateClient().StreamEventsAsync().WaitAsync(Hang);

        Assert.IsType<StreamEventsResult.Ok>(result).Dispose();
        await _server.Aborted.Task.WaitAsync(Hang);
    }

    [Fact]
    public async Task The_body_can_be_enumerated_once()
    {
        _server.Respond("text/event-stream", (response, aborted) => StreamingServer.Send(response, "data: {\"step\":1,\"message\":\"a\"}\n\n", aborted));

        var result = await _server.CreateClient().StreamEventsAsync().WaitAsync(Hang);

        using var ok = Assert.IsType<StreamEventsResult.Ok>(result);
        Assert.Single(await ReadAll(ok.Body));
        Assert.Throws<InvalidOperationException>(() => ok.Body.GetAsyncEnumerator());
    }

    [Fact]
    public async Task A_documented_json_error_on_the_same_operation_is_read_whole()
    {
        _server.Respond("application/json", (response, aborted) => StreamingServer.Send(response, "{\"code\":\"gone\"}", aborted), status: 404);

        var result = await _server.CreateClient().StreamEventsAsync().WaitAsync(Hang);

        var notFound = Assert.IsType<StreamEventsResult.NotFound>(result);
        Assert.Equal("gone", notFound.Body.Code);
    }

    [Fact]
    public async Task A_case_made_in_code_hands_out_the_items_it_was_given()
    {
        var ok = new StreamEventsResult.Ok(Items(new ApiServerSentEvent<Progress>(new Progress { Step = 1, Message = "made" }, "{}", "tick", "5")));

        var events = await ReadAll(ok.Body);

        Assert.Equal(("tick", "5", "made"), (events[0].Event, events[0].Id, events[0].Data.Message));
        Assert.Equal("text/event-stream", ok.ContentType);
    }

    [Fact]
    public async Task A_status_offering_json_or_events_returns_with_the_headers_when_the_server_streams()
    {
        var firstRead = StreamingServer.NewSignal();
        _server.Respond("text/event-stream; charset=utf-8", async (response, aborted) =>
        {
            await StreamingServer.Send(response, "data: {\"step\":1,\"message\":\"Hel\"}\n\n", aborted);
            await firstRead.Task.WaitAsync(aborted);
            await StreamingServer.Send(response, "event: done\ndata: {\"step\":2,\"message\":\"lo\"}\n\n", aborted);
        });

        var result = await _server.CreateClient().CreateCompletionAsync(new CompletionRequest { Prompt = "hi", Stream = true }).WaitAsync(Hang);

        // The server has sent one event and waits for the test: the case cannot have waited for the body's end.
        using var ok = Assert.IsType<CreateCompletionResult.Ok>(result);
        Assert.Equal("text/event-stream", ok.ContentType);
        Assert.Equal("s-1", ok.Headers.XStreamId);
        Assert.True(ok.RawBodyBytes.IsEmpty);
        Assert.False(ok.TryGetBody(out _));
        var error = Assert.Throws<ApiBodyException>(() => ok.Body);
        Assert.Contains("text/event-stream, not JSON", error.Message, StringComparison.Ordinal);
        await using var events = ok.Events.GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Hang));
        Assert.Equal(("message", 1, "Hel"), (events.Current.Event, events.Current.Data.Step, events.Current.Data.Message));
        Assert.False(firstRead.Task.IsCompleted);

        firstRead.SetResult();
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Hang));
        Assert.Equal(("done", 2, "lo"), (events.Current.Event, events.Current.Data.Step, events.Current.Data.Message));
        Assert.False(await events.MoveNextAsync().AsTask().WaitAsync(Hang));
    }

    [Fact]
    public async Task A_status_offering_json_or_events_reads_a_json_answer_whole_as_its_typed_body()
    {
        _server.Respond("application/json", (response, aborted) => StreamingServer.Send(response, "{\"text\":\"Hello\"}", aborted));

        var result = await _server.CreateClient().CreateCompletionAsync(new CompletionRequest { Prompt = "hi" }).WaitAsync(Hang);

        using var ok = Assert.IsType<CreateCompletionResult.Ok>(result);
        Assert.Equal("Hello", ok.Body.Text);
        Assert.Equal("{\"text\":\"Hello\"}", ok.RawBody);
        Assert.Equal("s-1", ok.Headers.XStreamId);
        var error = Assert.Throws<InvalidOperationException>(() => ok.Events);
        Assert.Contains("application/json, not text/event-stream", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disposing_a_case_that_offers_json_or_events_releases_the_stream_unread()
    {
        _server.Respond("text/event-stream", StreamingServer.HeartbeatUntilAborted);

        var result = await _server.CreateClient().CreateCompletionAsync(new CompletionRequest { Prompt = "hi", Stream = true }).WaitAsync(Hang);

        Assert.IsType<CreateCompletionResult.Ok>(result).Dispose();
        await _server.Aborted.Task.WaitAsync(Hang);
    }

    private static async IAsyncEnumerable<T> Items<T>(params T[] items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
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
