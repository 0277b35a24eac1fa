using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using AspNetCoreApi;
using Tallyfy.Generated.AspNetCore.Server;
using Xunit;

namespace Tallyfy.Generated.AspNetCore.Tests;

/// <summary>Maps of lists, Produces metadata, undocumented statuses, file downloads, streamed arrays, server-sent events, problems.</summary>
[Collection(ServerCollection.Name)]
public sealed class MiscTests
{
    private readonly ServerFixture _server;

    public MiscTests(ServerFixture server) => _server = server;

    [Fact]
    public async Task GetInventory_IsAMapOfLists()
    {
        var body = Assert.IsType<GetInventoryResult.Ok>(await _server.CreateClient().GetInventoryAsync()).Body;

        Assert.Equal(new[] { "north", "south" }, body.Keys.OrderBy(k => k, StringComparer.Ordinal));
        var item = Assert.Single(body["north"]);
        Assert.Equal(("A-1", 3), (item.Sku, item.OnHand));
        Assert.Equal(new[] { "n1", "n2" }, item.Bins);
        Assert.Empty(body["south"]);
    }

    [Fact]
    public async Task GetPrice_ADecimal_IsReadAsTheDoubleTheDocumentSaysItIs()
    {
        var ok = Assert.IsType<GetPriceResult.Ok>(await _server.CreateClient().GetPriceAsync());

        // ASP.NET Core documents decimal as format double, so the model holds a double: the digits past a double's
        // precision are only in the raw body.
        Assert.Equal(79228162514264.34, ok.Body.Amount);
        Assert.Contains("\"amount\":79228162514264.337593543950335", ok.RawBody, StringComparison.Ordinal);
        Assert.Equal("NZD", ok.Body.Currency);
    }

    [Fact]
    public async Task Teapot_IsTheStringProducesDescribes_OrAnUndocumentedStatus()
    {
        var client = _server.CreateClient();

        Assert.Equal("tea", Assert.IsType<TeapotResult.Ok>(await client.TeapotAsync(brew: false)).Body);
        var undocumented = Assert.IsType<TeapotResult.Undocumented>(await client.TeapotAsync(brew: true));
        Assert.Equal(418, undocumented.StatusCode);
        Assert.False(undocumented.IsSuccess);
    }

    [Fact]
    public async Task DownloadFile_IsOk_WithTheBytes_AndTheFileName()
    {
        var client = _server.CreateClient();

        var ok = Assert.IsType<DownloadFileResult.Ok>(await client.DownloadFileAsync("report 1.txt"));
        Assert.Equal("application/octet-stream", ok.ContentType);
        Assert.Equal(ServerApp.FileText, Encoding.UTF8.GetString(ok.RawBodyBytes.Span));
        Assert.Contains("filename=\"report 1.txt\"", ok.Headers.GetValue("Content-Disposition"), StringComparison.Ordinal);

        Assert.IsType<DownloadFileResult.NotFound>(await client.DownloadFileAsync("missing.txt"));
    }

    [Fact]
    public async Task StreamReadings_AnAsyncEnumerable_IsReadAsTheArrayItIsDocumentedAs()
    {
        var body = Assert.IsType<StreamReadingsResult.Ok>(await _server.CreateClient().StreamReadingsAsync(3)).Body;

        Assert.Equal(new[] { 0, 1, 2 }, body.Select(r => r.Index));
        Assert.Equal(new[] { 0, 1.5, 3 }, body.Select(r => r.Value));
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 6, 5, TimeSpan.Zero), body[2].At);
    }

    [Fact]
    public async Task ReadingEvents_ServerSentEvents_ArriveOneByOne_WithTheirType()
    {
        using var result = await _server.CreateClient().ReadingEventsAsync(3);

        var ok = Assert.IsType<ReadingEventsResult.Ok>(result);
        var events = new List<ApiServerSentEvent<SseItemOfReading>>();
        await foreach (var item in ok.Body)
        {
            events.Add(item);
        }

        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal("reading", e.Event));
        // ASP.NET Core documents the data as its SseItem<Reading> wrapper (data, eventType, eventId,
        // reconnectionInterval), while each event's data is the Reading itself: the data is read into the
        // wrapper, whose members are all optional, so the Reading's members land among its undeclared ones.
        var readings = events.Select(e => JsonSerializer.Deserialize<JsonElement>(e.RawData)).ToList();
        Assert.Equal(new[] { 0, 1, 2 }, readings.Select(r => r.GetProperty("index").GetInt32()));
        Assert.All(events, e => Assert.Null(e.Data.Data));
        Assert.Equal(1.5, events[1].Data.AdditionalProperties!["value"].GetDouble());
    }

    [Fact]
    public async Task Problem_IsTheDocumentedProblem_OrUndocumented()
    {
        var client = _server.CreateClient();

        var problem = Assert.IsType<ProblemResult.InternalServerError>(await client.ProblemAsync(500));
        Assert.Equal("application/problem+json", problem.ContentType);
        Assert.Equal(("Requested", "Asked for a problem.", 500), (problem.Body.Title, problem.Body.Detail, problem.Body.Status));

        var other = Assert.IsType<ProblemResult.Undocumented>(await client.ProblemAsync(422));
        Assert.Equal(422, other.StatusCode);
        Assert.Contains("Asked for a problem.", other.RawBody, StringComparison.Ordinal);
    }
}
