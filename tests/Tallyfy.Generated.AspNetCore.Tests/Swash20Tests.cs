using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Swash20;
using Xunit;

namespace Tallyfy.Generated.AspNetCore.Tests;

/// <summary>
/// Every endpoint through the client of Swashbuckle's Swagger 2.0 document for the same app, with the assertions of
/// the tests of Microsoft.AspNetCore.OpenApi's client; where Swashbuckle's document says less, the test says so.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class Swash20Tests
{
    private readonly ServerFixture _server;

    public Swash20Tests(ServerFixture server) => _server = server;

    private ShopApiClient Client() => new(_server.NewHttpClient(), _server.BaseUrl);

    internal static NewOrder AnOrder(string customer = "Aroha", IReadOnlyList<Line>? lines = null) => new()
    {
        Customer = customer,
        Total = 1234567.89,
        Sequence = 9007199254740993L,
        PlacedAt = new DateTimeOffset(2026, 3, 4, 5, 6, 7, 890, TimeSpan.FromHours(-7)),
        DeliveryDate = new DateOnly(2026, 3, 9),
        DeliveryTime = new TimeOnly(17, 45, 30),
        Priority = Priority.Urgent,
        Level = Level.Value5,
        Lines = lines ?? new[] { new Line { Sku = "A-1", Quantity = 3, UnitPrice = 19.99 }, new Line { Sku = "B-2", Quantity = -1, UnitPrice = 0.5 } },
        Quantities = new Dictionary<string, int> { ["A-1"] = 3, ["B-2"] = 0 },
        Grid = new[] { new[] { 1, 2 }, Array.Empty<int>(), new[] { int.MinValue, int.MaxValue } },
        ShippingAddress = new Address { Street = "1 Queen St", City = null, Country = "AU" },
        Weight = 2.5e-3,
        Gift = true,
        ReferralId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Tags = new[] { "a b", "ü", "" },
    };

    [Fact]
    public async Task CreateOrder_IsCreated_AndEveryValueRoundTrips_ThenGetOrder()
    {
        var sent = AnOrder();
        var client = Client();

        var created = Assert.IsType<CreateOrderResult.Created>(await client.CreateOrderAsync(sent));
        // Swashbuckle documents no Location header (Microsoft.AspNetCore.OpenApi neither): it is among the raw headers.
        Assert.Equal($"/orders/{created.Body.Id}", created.Headers.GetValue("Location"));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 10, 30, 0, TimeSpan.FromHours(13)), created.Body.CreatedAt);
        AssertSame(sent, created.Body.Details!);
        Assert.Equal("AU", created.Body.AddressBook!["shipping"].Country);

        var fetched = Assert.IsType<GetOrderResult.Ok>(await client.GetOrderAsync(created.Body.Id));
        AssertSame(sent, fetched.Body.Details!);
        Assert.IsType<GetOrderResult.NotFound>(await client.GetOrderAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task CreateOrder_Invalid_IsBadRequest_WithTheValidationErrors()
    {
        var client = Client();

        var bad = Assert.IsType<CreateOrderResult.BadRequest>(await client.CreateOrderAsync(AnOrder(lines: Array.Empty<Line>())));
        Assert.Equal("application/problem+json", bad.ContentType);
        Assert.Equal(new[] { "An order needs at least one line." }, bad.Body.Errors!["Lines"]);

        var annotation = Assert.IsType<CreateOrderResult.BadRequest>(await client.CreateOrderAsync(AnOrder(customer: new string('c', 41))));
        Assert.Contains("40", Assert.Single(Assert.Single(annotation.Body.Errors!).Value), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetOrderNote_AndDeleteOrder_AreTheirDocumentedStatuses_OrUndocumented()
    {
        var client = Client();
        var id = Assert.IsType<CreateOrderResult.Created>(await client.CreateOrderAsync(AnOrder())).Body.Id;

        Assert.IsType<SetOrderNoteResult.NoContent>(await client.SetOrderNoteAsync(id, "leave at the \"door\""));
        Assert.Equal("leave at the \"door\"", Assert.IsType<GetOrderResult.Ok>(await client.GetOrderAsync(id)).Body.Details!.Note);
        Assert.IsType<SetOrderNoteResult.NotFound>(await client.SetOrderNoteAsync(Guid.NewGuid(), "x"));
        // Swagger 2.0 has no oneOf: the problem is allOf ProblemDetails (its first type).
        var conflict = Assert.IsType<SetOrderNoteResult.Conflict>(await client.SetOrderNoteAsync(id, new string('n', 101)));
        var problem = conflict.Body;
        Assert.Equal(("Note too long", "A note is at most 100 characters.", 409), (problem.Title, problem.Detail, problem.Status));

        Assert.IsType<DeleteOrderResult.NoContent>(await client.DeleteOrderAsync(id));
        Assert.Equal(410, Assert.IsType<DeleteOrderResult.Undocumented>(await client.DeleteOrderAsync(id)).StatusCode);
    }

    [Fact]
    public async Task Search_SendsQueryArraysAndHeaders_AndLeavesOutOptionals()
    {
        var client = Client();

        var echo = Assert.IsType<SearchResult.Ok>(await client.SearchAsync("req-1", new[] { 3, -1, 0 }, new[] { "a b", "c&d", "é" }, q: "x=y?")).Body;
        Assert.Equal(("req-1", "x=y?", (int?)null, (Priority?)null, 1, 20, false), (echo.RequestId, echo.Query, echo.Tenant, echo.Priority, echo.Page, echo.PageSize, echo.Descending));
        Assert.Equal(new[] { 3, -1, 0 }, echo.Ids);
        Assert.Equal(new[] { "a b", "c&d", "é" }, echo.Tags);

        var all = Assert.IsType<SearchResult.Ok>(await client.SearchAsync(
            "req-2", new[] { 7 }, Array.Empty<string>(), xTenant: 42, priority: "Low", page: 3, pageSize: 5, descending: true)).Body;
        Assert.Empty(all.Tags!);
        // Swagger 2.0 parameters cannot $ref a schema: Swashbuckle writes the enum query parameter as a bare string.
        Assert.Equal((42, Priority.Low, 3, 5, true), (all.Tenant, all.Priority, all.Page, all.PageSize, all.Descending));
    }

    [Fact]
    public async Task Scalars_InThePathAndQuery_AreBoundToTheSameValues()
    {
        var at = new DateTimeOffset(2026, 2, 28, 23, 59, 58, 123, TimeSpan.FromHours(5.5));
        var id = Guid.NewGuid();

        var echo = Assert.IsType<EchoScalarsResult.Ok>(await Client().EchoScalarsAsync(
            new DateOnly(2024, 2, 29), at, new TimeOnly(8, 0, 1, 500), 79228162514264.3375, long.MinValue, id, "5", -1.25e-7)).Body; // the int enum parameter is a bare string in Swagger 2.0
        Assert.Equal(new DateOnly(2024, 2, 29), echo.Day);
        Assert.Equal(at.Offset, echo.At!.Value.Offset);
        Assert.Equal(at, echo.At);
        Assert.Equal(new TimeOnly(8, 0, 1, 500), echo.Time);
        Assert.Equal((79228162514264.3375, long.MinValue, id, Level.Value5, -1.25e-7), (echo.Amount, echo.Big, echo.Id, echo.Level, echo.Ratio));
    }

    [Fact]
    public async Task Paging_AsParameters_BindsTheRouteQueryAndHeaderMembers()
    {
        var from = new DateTimeOffset(2026, 5, 6, 7, 8, 9, TimeSpan.FromHours(-3));
        var client = Client();

        // Swashbuckle names [AsParameters]' Take as it is declared ("Take"); ASP.NET Core binds the query ignoring case.
        var echo = Assert.IsType<EchoPagingResult.Ok>(await client.EchoPagingAsync(-17, from, "tok/+=", 3)).Body;
        Assert.Equal((from, "tok/+=", 3, -17), (echo.From!.Value, echo.PageToken, echo.Take, echo.Id));
        var defaults = Assert.IsType<EchoPagingResult.Ok>(await client.EchoPagingAsync(1)).Body;
        Assert.Equal(((DateTimeOffset?)null, (string?)null, 10), (defaults.From, defaults.PageToken, defaults.Take));
    }

    [Fact]
    public async Task Assorted_RoundTrips_ButUlongIsDocumentedAsInt64()
    {
        using var extras = JsonDocument.Parse("{\"n\":1,\"s\":\"x\",\"a\":[true,null]}");
        using var raw = JsonDocument.Parse("[1,\"two\",{\"three\":3}]");
        var sent = new Assorted
        {
            Blob = new byte[] { 0, 255, 1, 254 },
            Span = "1.02:03:04.5000000",
            Link = new Uri("https://example.com/a?b=c"),
            Ratio = 0.25f,
            Small = short.MinValue,
            Tiny = byte.MaxValue,
            // Swashbuckle writes ulong as format int64, so the client holds a long: ulong.MaxValue cannot be sent.
            Huge = long.MaxValue,
            Priorities = new[] { Priority.Normal, Priority.Urgent },
            Extras = extras.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
            Raw = raw.RootElement.Clone(),
            SnakeCase = "snake",
            Score = 10,
        };

        var echo = Assert.IsType<EchoAssortedResult.Ok>(await Client().EchoAssortedAsync(sent)).Body;

        Assert.Equal(sent.Blob, echo.Blob);
        Assert.Equal((sent.Span, sent.Link), (echo.Span, echo.Link));
        Assert.Equal((0.25f, (int)short.MinValue, (int)byte.MaxValue, long.MaxValue), (echo.Ratio, echo.Small, echo.Tiny, echo.Huge));
        Assert.Equal(sent.Priorities, echo.Priorities);
        Assert.Null(echo.MaybePriority);
        Assert.Equal(new[] { "n", "s", "a" }, echo.Extras!.Keys);
        Assert.Equal("[true,null]", echo.Extras["a"].GetRawText());
        Assert.Equal(raw.RootElement.GetRawText(), echo.Raw!.Value.GetRawText());
        Assert.Equal(("snake", (string?)null, 10), (echo.SnakeCase, echo.Hidden, echo.Score));
    }

    [Fact]
    public async Task Lines_AnOptionalArrayBody_AndEnumAndDateQueryArrays()
    {
        var client = Client();
        var lines = new[] { new Line { Sku = "a", Quantity = 2, UnitPrice = 1.25 }, new Line { Sku = "b", Quantity = 1, UnitPrice = 10 } };

        var echo = Assert.IsType<EchoLinesResult.Ok>(await client.EchoLinesAsync(
            new[] { Priority.Low, Priority.Urgent }, lines, new[] { new DateOnly(2026, 1, 31), new DateOnly(1999, 12, 1) })).Body;
        Assert.Equal((2, 12.5), (echo.Count, echo.Total));
        Assert.Equal(new[] { Priority.Low, Priority.Urgent }, echo.Kinds);
        Assert.Equal(new[] { new DateOnly(2026, 1, 31), new DateOnly(1999, 12, 1) }, echo.Days);

        var empty = Assert.IsType<EchoLinesResult.Ok>(await client.EchoLinesAsync(new[] { Priority.Normal })).Body;
        Assert.Equal(((int?)null, 0.0), (empty.Count, empty.Total));
    }

    [Fact]
    public async Task Contact_HasNoFormFields_InSwashbucklesSwagger20Document()
    {
        // Swashbuckle writes a [FromForm] model's operation with consumes but no formData parameters at all, so the
        // client has nothing to send and the server refuses the empty request (a status the document does not list).
        var refused = Assert.IsType<ContactResult.Undocumented>(await Client().ContactAsync());
        Assert.Equal(400, refused.StatusCode);
    }

    [Fact]
    public async Task Upload_TheFileIsAStringField_InSwashbucklesSwagger20Document()
    {
        // Swashbuckle writes IFormFile as a formData parameter of type string, not type file: the client sends a text
        // field, and the server, with no file to bind, refuses the request (a status the document does not list).
        var refused = Assert.IsType<UploadResult.Undocumented>(await Client().UploadAsync(new UploadRequest { File = "not a file", Description = "d" }));
        Assert.Equal(400, refused.StatusCode);
    }

    [Fact]
    public async Task SummariseCategories_SendsASelfReferencingTree()
    {
        var root = new Category
        {
            Name = "root",
            Children = new[]
            {
                new Category { Name = "a", Children = new[] { new Category { Name = "a1", Children = new[] { new Category { Name = "a1x" } } } } },
                new Category { Name = "b", Parent = new Category { Name = "detached" } },
            },
        };

        var summary = Assert.IsType<SummariseCategoriesResult.Ok>(await Client().SummariseCategoriesAsync(root)).Body;

        Assert.Equal((5, 4), (summary.Count, summary.Depth));
        Assert.Equal(new[] { "root", "a", "a1", "a1x", "b" }, summary.Names);
    }

    [Fact]
    public async Task DescribeShape_TheBodyIsTheFirstDerivedType_InSwashbucklesSwagger20Document()
    {
        // Swagger 2.0 has no oneOf: Swashbuckle writes the Shape body and properties as allOf of the first derived type
        // (Circle), and a 2.0 discriminator's value is the schema's name ("Circle"), where the server's is "circle".
        var client = Client();
        var sent = new Circle { Radius = 2, Label = "c" };
        Assert.Equal("Circle", sent.Kind);

        // System.Text.Json knows no "Circle" discriminator and refuses the body: the 400 the document lists.
        var result = await client.DescribeShapeAsync(sent, withOthers: true);
        Assert.Equal(400, Assert.IsType<DescribeShapeResult.BadRequest>(result).StatusCode);
    }

    [Fact]
    public async Task EchoNotice_ANumericDiscriminator_IsSentAsTheSchemaName_WhichTheServerRefuses()
    {
        // System.Text.Json writes and reads [JsonDerivedType(typeof(Alarm), 1)] as "$type": 1, a number. A Swagger 2.0
        // discriminator's value is the schema's name, so the client sends "$type": "Alarm", which the server refuses
        // (a 400 the document does not list).
        var refused = Assert.IsType<EchoNoticeResult.Undocumented>(await Client().EchoNoticeAsync(new Alarm { Text = "fire", Severity = 2 }));
        Assert.Equal(400, refused.StatusCode);
        Assert.Empty(refused.RawBody); // a minimal API answers a body it cannot bind with an empty 400
    }

    [Fact]
    public async Task Misc_Inventory_Price_Text_Teapot_File_Problem()
    {
        var client = Client();

        var inventory = Assert.IsType<GetInventoryResult.Ok>(await client.GetInventoryAsync()).Body;
        Assert.Equal(new[] { "n1", "n2" }, Assert.Single(inventory["north"]).Bins);
        Assert.Empty(inventory["south"]);

        // Swashbuckle documents decimal as format double too: the digits past a double's are only in the raw body.
        var price = Assert.IsType<GetPriceResult.Ok>(await client.GetPriceAsync());
        Assert.Equal((79228162514264.34, "NZD"), (price.Body.Amount, price.Body.Currency));
        Assert.Contains("\"amount\":79228162514264.337593543950335", price.RawBody, StringComparison.Ordinal);

        Assert.Equal("Kia ora, Hēmi & co!", Assert.IsType<GreetResult.Ok>(await client.GreetAsync("Hēmi & co")).Body);

        Assert.Equal("tea", Assert.IsType<TeapotResult.Ok>(await client.TeapotAsync(brew: false)).Body);
        Assert.Equal(418, Assert.IsType<TeapotResult.Undocumented>(await client.TeapotAsync(brew: true)).StatusCode);

        // The download's 200 has no content in the document: the bytes are the raw body.
        var file = Assert.IsType<DownloadFileResult.Ok>(await client.DownloadFileAsync("report 1.txt"));
        Assert.Equal(Tallyfy.Generated.AspNetCore.Server.ServerApp.FileText, Encoding.UTF8.GetString(file.RawBodyBytes.Span));
        Assert.IsType<DownloadFileResult.NotFound>(await client.DownloadFileAsync("missing.txt"));

        var problem = Assert.IsType<ProblemResult.InternalServerError>(await client.ProblemAsync(500)).Body;
        Assert.Equal(("Requested", "Asked for a problem.", 500), (problem.Title, problem.Detail, problem.Status));
        Assert.Equal(422, Assert.IsType<ProblemResult.Undocumented>(await client.ProblemAsync(422)).StatusCode);
    }

    [Fact]
    public async Task Readings_AsAnArray_AndAsServerSentEvents()
    {
        var client = Client();

        var body = Assert.IsType<StreamReadingsResult.Ok>(await client.StreamReadingsAsync(3)).Body;
        Assert.Equal(new double?[] { 0, 1.5, 3 }, body.Select(r => r.Value));

        using var result = await client.ReadingEventsAsync(3);
        var events = new List<string>();
        await foreach (var item in Assert.IsType<ReadingEventsResult.Ok>(result).Body)
        {
            Assert.Equal("reading", item.Event);
            events.Add(item.RawData);
        }

        // Like Microsoft.AspNetCore.OpenApi, Swashbuckle describes each event's data as the SseItem<Reading> wrapper.
        Assert.Equal(new[] { 0, 1, 2 }, events.Select(e => JsonSerializer.Deserialize<JsonElement>(e).GetProperty("index").GetInt32()));
    }

    private static void AssertSame(NewOrder sent, NewOrder received)
    {
        Assert.Equal((sent.Customer, sent.Total, sent.Sequence, sent.PlacedAt), (received.Customer, received.Total, received.Sequence, received.PlacedAt));
        Assert.Equal(sent.PlacedAt.Offset, received.PlacedAt.Offset);
        Assert.Equal((sent.DeliveryDate, sent.DeliveryTime, Priority.Urgent, Level.Value5), (received.DeliveryDate, received.DeliveryTime, received.Priority, received.Level));
        Assert.Null(received.Note);
        Assert.Equal(new (string?, int, double)[] { ("A-1", 3, 19.99), ("B-2", -1, 0.5) }, received.Lines!.Select(l => (l.Sku, l.Quantity, l.UnitPrice)));
        Assert.Equal(sent.Quantities, received.Quantities);
        Assert.Equal(sent.Grid!.Select(r => r.ToArray()), received.Grid!.Select(r => r.ToArray()));
        Assert.Equal(("1 Queen St", (string?)null, "AU"), (received.ShippingAddress!.Street, received.ShippingAddress.City, received.ShippingAddress.Country));
        Assert.Null(received.Rating);
        Assert.Equal((sent.Weight, true, sent.ReferralId), (received.Weight, received.Gift, received.ReferralId));
        Assert.Equal(sent.Tags, received.Tags);
    }
}
