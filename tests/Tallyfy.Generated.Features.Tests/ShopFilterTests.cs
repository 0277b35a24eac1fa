using System;
using System.Net.Http;
using System.Threading.Tasks;
using Shop;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// A client generated from part of a spec (<c>IncludePaths="/pets#GET;/stores/**"</c>): its operations work on the wire,
/// a discriminated base still reads as its derived types, and the operations and types left out are not there.
/// </summary>
public sealed class ShopFilterTests : IClassFixture<FeaturesServer>
{
    private readonly FeaturesServer _server;

    public ShopFilterTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    private ShopClient CreateClient() => new(new HttpClient(), new Uri(_server.Url));

    [Fact]
    public async Task A_kept_operation_reads_a_polymorphic_list_with_every_derived_type()
    {
        _server.RespondJson(200, "[{\"kind\":\"cat\",\"name\":\"Tom\",\"toy\":{\"label\":\"mouse\"}},{\"kind\":\"dog\",\"name\":\"Rex\",\"bark\":\"woof\"}]");

        var ok = Assert.IsType<ListPetsResult.Ok>(await CreateClient().ListPetsAsync());

        Assert.Null(ok.BodyError);
        Assert.Equal("mouse", Assert.IsType<Cat>(ok.Body[0]).Toy!.Label);
        Assert.Equal("woof", Assert.IsType<Dog>(ok.Body[1]).Bark);
        var request = _server.Single().Wire;
        Assert.Equal("GET", request.Method);
        Assert.Equal("/pets", request.RawTarget);
    }

    [Fact]
    public async Task A_kept_operation_under_a_double_star_pattern_sends_its_parameters_and_reads_its_map()
    {
        _server.RespondJson(200, "{\"apples\":{\"count\":3}}");

        var ok = Assert.IsType<GetInventoryResult.Ok>(await CreateClient().GetInventoryAsync("s 1", SortOrder.Desc));

        Assert.Equal(3, ok.Body["apples"].Count);
        Assert.Equal("/stores/s%201/inventory?sort=desc", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public void The_operations_and_types_left_out_are_not_generated()
    {
        var assembly = typeof(ShopClient).Assembly;
        Assert.NotNull(assembly.GetType("Shop.ListPetsResult"));
        Assert.Null(assembly.GetType("Shop.CreatePetResult"));
        Assert.Null(assembly.GetType("Shop.ListOwnersResult"));
        Assert.Null(assembly.GetType("Shop.NewPet"));
        Assert.Null(assembly.GetType("Shop.Owner"));
        Assert.Null(assembly.GetType("Shop.WebhookPayload"));
        Assert.Null(typeof(IShopClient).GetMethod("CreatePetAsync"));
    }
}
