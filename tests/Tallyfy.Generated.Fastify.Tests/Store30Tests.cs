using System;
using System.Threading.Tasks;
using FastifyStore30;
using Xunit;

namespace Tallyfy.Generated.Fastify.Tests;

/// <summary>
/// The same routes through the client generated from the OpenAPI 3.0.3 document @fastify/swagger writes of them, where
/// it turns each <c>type: [x, 'null']</c> into <c>nullable: true</c>, and an <c>anyOf</c> of a <c>$ref</c> and
/// <c>type: 'null'</c> into an <c>anyOf</c> of the <c>$ref</c> and <c>{type: object, nullable: true, enum: [null]}</c>.
/// </summary>
[Collection(FastifyCollection.Name)]
public sealed class Store30Tests
{
    private readonly FastifyServer _server;

    public Store30Tests(FastifyServer server) => _server = server;

    private T Is<T>(ApiResponse result)
        where T : ApiResponse
    {
        Assert.True(result is T, $"expected {typeof(T).Name}, got {result.GetType().Name} {result.StatusCode}: {result.RawBody}\n--- server ---\n{_server.Output()}");
        return (T)result;
    }

    [Fact]
    public async Task Nullable_members_go_and_come_back_as_null_and_as_values()
    {
        var sku = "TRE-" + Random.Shared.Next(1000, 10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        using var result = await _server.Client30().CreateProductAsync(new NewProduct { Sku = sku, Name = "Tree", Price = 3, DiscontinuedAt = null, Dimensions = new Dimensions { WidthCm = 1, HeightCm = 2 } });
        var created = Is<CreateProductResult.Created>(result);
        Assert.Null(created.Body.DiscontinuedAt);
        Assert.Equal(2, created.Body.Dimensions!.HeightCm);

        using var lamp = await _server.Client30().GetProductAsync(3);
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 12, 0, 0, TimeSpan.Zero), Is<GetProductResult.Ok>(lamp).Body.DiscontinuedAt);
    }

    [Fact]
    public async Task An_order_with_a_nullable_billing_reference_and_a_transfer_round_trips()
    {
        var client = _server.Client30();
        using var withBilling = await client.PlaceOrderAsync(new NewOrder
        {
            CustomerName = "Lin",
            Contact = new NewOrderContact.NewOrderContactOption2(new NewOrderContactOption2 { Phone = "+331234567" }),
            Lines = new[] { new OrderLine { ProductId = 1, Quantity = 3 } },
            Shipping = new Address { Line1 = "4 Quai", City = "Lyon", Country = AddressCountry.Fr },
            Billing = new Address { Line1 = "5 Rue", City = "Nice", PostalCode = "06000", Country = AddressCountry.Fr },
            Payment = new NewOrderPayment.TransferPayment(new TransferPayment { Iban = "FR1420041010050500013M02606", Reference = "INV-7" }),
            Note = null,
        });
        var order = Is<PlaceOrderResult.Created>(withBilling).Body;
        Assert.Equal("06000", order.Billing!.PostalCode);
        var transfer = Assert.IsType<OrderPayment.TransferPayment>(order.Payment).Value;
        Assert.Equal("INV-7", transfer.Reference);
        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.Null(order.Note);

        using var fetched = await client.GetOrderAsync(order.Id);
        Assert.Equal("Nice", Is<GetOrderResult.Ok>(fetched).Body.Billing!.City);
    }

    [Fact]
    public async Task Fastifys_own_400_reads_into_its_case()
    {
        using var result = await _server.Client30().AdjustStockAsync(1, new AdjustStockRequest { Delta = -1001 });
        var bad = Is<AdjustStockResult.BadRequest>(result);
        Assert.Equal("FST_ERR_VALIDATION", bad.Body.Code);
        Assert.Equal("body/delta must be >= -1000", bad.Body.Message);
    }
}
