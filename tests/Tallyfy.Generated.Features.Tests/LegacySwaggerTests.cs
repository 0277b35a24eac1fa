using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Legacy;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>A Swagger 2.0 JSON document: host/basePath, a body parameter, a formData file, a multi query array.</summary>
public sealed class LegacySwaggerTests : IClassFixture<FeaturesServer>
{
    private readonly FeaturesServer _server;

    public LegacySwaggerTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    [Fact]
    public void HostAndBasePath_BecomeTheDefaultServer()
    {
        Assert.Equal("https://api.legacy.test/api/v2", LegacyClient.DefaultBaseUrl);
        Assert.Equal(new[] { "https://api.legacy.test/api/v2" }, LegacyClient.ServerUrls);
        Assert.Equal("https://api.example.test/v1", global::Features.FeaturesClient.DefaultBaseUrl);
    }

    [Fact]
    public async Task MultiCollectionFormat_RepeatsTheName_ResponseArrayIsTyped()
    {
        _server.RespondJson(200, "[{\"id\":1,\"items\":[\"apple\"],\"status\":\"open\",\"placedAt\":\"2020-02-29T12:00:00Z\"},{\"id\":2,\"items\":[],\"status\":\"returned\"}]");

        ILegacyClient client = _server.CreateLegacyClient();
        var result = await client.ListOrdersAsync(new[] { "open", "on hold" }, limit: 10);

        var wire = _server.Single().Wire;
        Assert.Equal("GET", wire.Method);
        Assert.Equal("/orders?status=open&status=on%20hold&limit=10", wire.RawTarget);
        Assert.Equal("application/json", wire.Header("Accept"));

        var orders = Assert.IsType<ListOrdersResult.Ok>(result).Body;
        Assert.Collection(
            orders,
            o =>
            {
                Assert.Equal(1L, o.Id);
                Assert.Equal(new[] { "apple" }, o.Items);
                Assert.Equal(OrderStatus.Open, o.Status);
                Assert.Equal(new DateTimeOffset(2020, 2, 29, 12, 0, 0, TimeSpan.Zero), o.PlacedAt);
            },
            o =>
            {
                Assert.Equal(2L, o.Id);
                Assert.Empty(o.Items);
                Assert.False(o.Status!.Value.IsKnown);
                Assert.Equal("returned", o.Status.Value.Value);
                Assert.Null(o.PlacedAt);
            });
    }

    [Fact]
    public async Task BasePathOnTheBaseUrl_PrefixesEveryRequest()
    {
        await _server.CreateLegacyClient("/api/v2").ListOrdersAsync(new[] { "shipped" });

        Assert.Equal("/api/v2/orders?status=shipped", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task BodyParameter_IsTheJsonBody_CreatedIsTyped()
    {
        _server.RespondJson(201, "{\"id\":99,\"items\":[\"pear\",\"fig\"],\"status\":\"open\"}");
        var order = new Order { Id = 0, Items = new[] { "pear", "fig" }, Status = OrderStatus.Open, PlacedAt = new DateTimeOffset(2021, 3, 4, 5, 6, 7, TimeSpan.FromHours(-5)) };

        var result = await _server.CreateLegacyClient().CreateOrderAsync(order);

        var wire = _server.Single().Wire;
        Assert.Equal("POST", wire.Method);
        Assert.Equal("/orders", wire.RawTarget);
        Assert.Equal("application/json", wire.Header("Content-Type")); // the spec's media type as written
        Assert.Equal("{\"id\":0,\"items\":[\"pear\",\"fig\"],\"status\":\"open\",\"placedAt\":\"2021-03-04T05:06:07-05:00\"}", wire.BodyText);
        var created = Assert.IsType<CreateOrderResult.Created>(result);
        Assert.Equal(99L, created.Body.Id);
        Assert.Equal(new[] { "pear", "fig" }, created.Body.Items);
    }

    [Fact]
    public async Task BodyParameter_400_IsBadRequestWithErrorBody()
    {
        _server.RespondJson(400, "{\"message\":\"items must not be empty\"}");

        var result = await _server.CreateLegacyClient().CreateOrderAsync(new Order { Id = 1, Items = Array.Empty<string>() });

        Assert.Equal("items must not be empty", Assert.IsType<CreateOrderResult.BadRequest>(result).Body.Message);
        Assert.Equal("{\"id\":1,\"items\":[]}", _server.Single().Wire.BodyText);
    }

    [Fact]
    public async Task FormDataArrays_FollowTheirCollectionFormat_CsvByDefault()
    {
        await _server.CreateLegacyClient().SetLabelsAsync(new SetLabelsRequest { Csv = new[] { "a", "b" }, Pipes = new[] { "c", "d" }, Multi = new[] { "e", "f" } });

        // Swagger 2.0's default collectionFormat is csv: one field a,b; pipes a|b; multi repeats the field.
        Assert.Equal("csv=a%2Cb&pipes=c%7Cd&multi=e&multi=f", _server.Single().Wire.BodyText);
    }

    [Fact]
    public async Task FormDataFile_IsAMultipartFilePart()
    {
        _server.RespondJson(200, "{\"fileName\":\"invoice.txt\",\"size\":5}");
        var body = new AttachFileRequest
        {
            File = new ApiFile(new MemoryStream(Encoding.ASCII.GetBytes("hello")), "invoice.txt", "text/plain"),
            Note = "see attached",
        };

        var result = await _server.CreateLegacyClient().AttachFileAsync(77, body);

        var wire = _server.Single().Wire;
        Assert.Equal("POST", wire.Method);
        Assert.Equal("/orders/77/attachments", wire.RawTarget);
        var parts = await Multipart.ReadAsync(wire);
        Assert.Collection(
            parts,
            file =>
            {
                Assert.Equal("file", file.Name);
                Assert.Equal("invoice.txt", file.FileName);
                Assert.Equal("text/plain", file.ContentType);
                Assert.Equal("hello", Encoding.ASCII.GetString(file.Content));
            },
            note =>
            {
                Assert.Equal("note", note.Name);
                Assert.Null(note.FileName);
                Assert.Equal("see attached", Encoding.UTF8.GetString(note.Content));
            });
        var attachment = Assert.IsType<AttachFileResult.Ok>(result).Body;
        Assert.Equal("invoice.txt", attachment.FileName);
        Assert.Equal(5L, attachment.Size);
    }
}
