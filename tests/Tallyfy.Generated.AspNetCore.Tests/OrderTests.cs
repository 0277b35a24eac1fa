using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AspNetCoreApi;
using Xunit;

namespace Tallyfy.Generated.AspNetCore.Tests;

/// <summary>The orders endpoints: a JSON body of every scalar kind, Created with Location, NotFound, NoContent, problems.</summary>
[Collection(ServerCollection.Name)]
public sealed class OrderTests
{
    private readonly ServerFixture _server;

    public OrderTests(ServerFixture server) => _server = server;

    internal static NewOrder AnOrder(string customer = "Aroha", IReadOnlyList<Line>? lines = null) => new()
    {
        Customer = customer,
        Note = null,
        Total = 1234567.89,
        Sequence = 9007199254740993L,
        PlacedAt = new DateTimeOffset(2026, 3, 4, 5, 6, 7, 890, TimeSpan.FromHours(-7)),
        DeliveryDate = new DateOnly(2026, 3, 9),
        DeliveryTime = new TimeOnly(17, 45, 30),
        Priority = Priority.Urgent,
        Level = 5,
        Lines = lines ?? new[] { new Line { Sku = "A-1", Quantity = 3, UnitPrice = 19.99 }, new Line { Sku = "B-2", Quantity = -1, UnitPrice = 0.5 } },
        Quantities = new Dictionary<string, int> { ["A-1"] = 3, ["B-2"] = 0 },
        Grid = new[] { new[] { 1, 2 }, Array.Empty<int>(), new[] { int.MinValue, int.MaxValue } },
        ShippingAddress = new Address { Street = "1 Queen St", City = null, Country = "AU" },
        Rating = null,
        Weight = 2.5e-3,
        Gift = true,
        ReferralId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Tags = new[] { "a b", "ü", "" },
    };

    [Fact]
    public async Task CreateOrder_IsCreated_WithTheLocation_AndEveryValueRoundTripped()
    {
        var sent = AnOrder();

        var result = await _server.CreateClient().CreateOrderAsync(sent);

        var created = Assert.IsType<CreateOrderResult.Created>(result);
        Assert.Equal(201, created.StatusCode);
        Assert.Equal($"/orders/{created.Body.Id}", created.Headers.GetValue("Location"));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 10, 30, 0, TimeSpan.FromHours(13)), created.Body.CreatedAt);
        AssertSame(sent, created.Body.Details);
        Assert.Equal("AU", created.Body.AddressBook!["shipping"].Country);

        var fetched = Assert.IsType<GetOrderResult.Ok>(await _server.CreateClient().GetOrderAsync(created.Body.Id));
        Assert.Equal(created.Body.Id, fetched.Body.Id);
        AssertSame(sent, fetched.Body.Details);
    }

    [Fact]
    public async Task CreateOrder_WithNoLines_IsBadRequest_WithTheValidationErrors()
    {
        var result = await _server.CreateClient().CreateOrderAsync(AnOrder(lines: Array.Empty<Line>()));

        var bad = Assert.IsType<CreateOrderResult.BadRequest>(result);
        Assert.Equal("application/problem+json", bad.ContentType);
        Assert.Equal(400, bad.Body.Status);
        Assert.Equal(new[] { "An order needs at least one line." }, bad.Body.Errors!["Lines"]);
    }

    [Fact]
    public async Task CreateOrder_BreakingADataAnnotation_IsTheBadRequestAspNetCoresValidationGives()
    {
        var result = await _server.CreateClient().CreateOrderAsync(AnOrder(customer: new string('c', 41)));

        var bad = Assert.IsType<CreateOrderResult.BadRequest>(result);
        Assert.Equal(400, bad.Body.Status);
        var messages = Assert.Single(bad.Body.Errors!).Value;
        Assert.Contains("40", Assert.Single(messages), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetOrder_OfAnUnknownId_IsNotFound()
    {
        var result = await _server.CreateClient().GetOrderAsync(Guid.NewGuid());

        Assert.Equal(404, Assert.IsType<GetOrderResult.NotFound>(result).StatusCode);
    }

    [Fact]
    public async Task SetOrderNote_IsNoContent_NotFound_OrAConflictProblem()
    {
        var client = _server.CreateClient();
        var id = Assert.IsType<CreateOrderResult.Created>(await client.CreateOrderAsync(AnOrder())).Body.Id;

        Assert.IsType<SetOrderNoteResult.NoContent>(await client.SetOrderNoteAsync(id, "leave at the \"door\""));
        var fetched = Assert.IsType<GetOrderResult.Ok>(await client.GetOrderAsync(id));
        Assert.Equal("leave at the \"door\"", fetched.Body.Details.Note);

        Assert.IsType<SetOrderNoteResult.NotFound>(await client.SetOrderNoteAsync(Guid.NewGuid(), "x"));

        var conflict = Assert.IsType<SetOrderNoteResult.Conflict>(await client.SetOrderNoteAsync(id, new string('n', 101)));
        Assert.Equal("application/problem+json", conflict.ContentType);
        Assert.Equal("Note too long", conflict.Body.Title);
        Assert.Equal("A note is at most 100 characters.", conflict.Body.Detail);
        Assert.Equal(409, conflict.Body.Status);
    }

    [Fact]
    public async Task DeleteOrder_IsNoContent_AndAnUndocumentedGoneAfterwards()
    {
        var client = _server.CreateClient();
        var id = Assert.IsType<CreateOrderResult.Created>(await client.CreateOrderAsync(AnOrder())).Body.Id;

        Assert.IsType<DeleteOrderResult.NoContent>(await client.DeleteOrderAsync(id));
        var gone = Assert.IsType<DeleteOrderResult.Undocumented>(await client.DeleteOrderAsync(id));
        Assert.Equal(410, gone.StatusCode);
    }

    private static void AssertSame(NewOrder sent, NewOrder received)
    {
        Assert.Equal(sent.Customer, received.Customer);
        Assert.Null(received.Note);
        Assert.Equal(sent.Total, received.Total);
        Assert.Equal(sent.Sequence, received.Sequence);
        Assert.Equal(sent.PlacedAt, received.PlacedAt);
        Assert.Equal(sent.PlacedAt.Offset, received.PlacedAt.Offset);
        Assert.Equal(sent.DeliveryDate, received.DeliveryDate);
        Assert.Equal(sent.DeliveryTime, received.DeliveryTime);
        Assert.Equal(Priority.Urgent, received.Priority);
        Assert.Equal(5L, received.Level);
        Assert.Equal(new[] { ("A-1", 3, 19.99), ("B-2", -1, 0.5) }, received.Lines.Select(l => (l.Sku, l.Quantity, l.UnitPrice)));
        Assert.Equal(sent.Quantities, received.Quantities);
        Assert.Equal(sent.Grid!.Select(r => r.ToArray()), received.Grid!.Select(r => r.ToArray()));
        Assert.Equal("1 Queen St", received.ShippingAddress!.Street);
        Assert.Null(received.ShippingAddress.City);
        Assert.Equal("AU", received.ShippingAddress.Country);
        Assert.Null(received.Rating);
        Assert.Equal(sent.Weight, received.Weight);
        Assert.True(received.Gift);
        Assert.Equal(sent.ReferralId, received.ReferralId);
        Assert.Equal(sent.Tags, received.Tags);
    }
}
