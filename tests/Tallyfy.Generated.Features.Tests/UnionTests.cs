using System.Text.Json;
using System.Threading.Tasks;
using Features;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>oneOf with and without a discriminator, anyOf of primitives: the case chosen, and the unknown fallback.</summary>
public sealed class UnionTests : IClassFixture<FeaturesServer>
{
    private readonly FeaturesServer _server;

    public UnionTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    [Fact]
    public async Task Discriminator_Cat()
    {
        _server.RespondJson(200, "{\"petType\":\"cat\",\"name\":\"Tom\",\"livesLeft\":7}");

        var pet = Assert.IsType<GetPetResult.Ok>(await _server.CreateFeaturesClient().GetPetAsync()).Body;

        var cat = Assert.IsType<Pet.Cat>(pet);
        Assert.Equal("Tom", cat.Value.Name);
        Assert.Equal(7, cat.Value.LivesLeft);
        Assert.Equal("cat Tom", Describe(pet));
    }

    [Fact]
    public async Task Discriminator_Dog_EvenWhenTheDiscriminatorIsNotTheFirstProperty()
    {
        _server.RespondJson(200, "{\"name\":\"Rex\",\"goodBoy\":true,\"petType\":\"dog\"}");

        var pet = Assert.IsType<GetPetResult.Ok>(await _server.CreateFeaturesClient().GetPetAsync()).Body;

        var dog = Assert.IsType<Pet.Dog>(pet);
        Assert.Equal("Rex", dog.Value.Name);
        Assert.True(dog.Value.GoodBoy);
        Assert.Equal("dog Rex", Describe(pet));
    }

    [Fact]
    public async Task Discriminator_DecidesOverShape()
    {
        // The shape fits Cat better (livesLeft), but the discriminator says dog.
        _server.RespondJson(200, "{\"petType\":\"dog\",\"name\":\"Odd\",\"livesLeft\":3}");

        var pet = Assert.IsType<GetPetResult.Ok>(await _server.CreateFeaturesClient().GetPetAsync()).Body;

        Assert.Equal("Odd", Assert.IsType<Pet.Dog>(pet).Value.Name);
    }

    /// <summary>A discriminator value the mapping does not list names no known schema: the union's Unknown case, raw JSON kept.</summary>
    [Fact]
    public async Task Discriminator_UnknownValue_IsUnknownWithTheRawJson()
    {
        const string json = "{\"petType\":\"lizard\",\"name\":\"Iggy\",\"scales\":{\"count\":1200}}";
        _server.RespondJson(200, json);

        var ok = Assert.IsType<GetPetResult.Ok>(await _server.CreateFeaturesClient().GetPetAsync());

        Assert.Null(ok.BodyError);
        var unknown = Assert.IsType<Pet.Unknown>(ok.Body);
        Assert.Equal(JsonValueKind.Object, unknown.Value.ValueKind);
        Assert.Equal(json, unknown.Value.GetRawText());
        Assert.Equal("lizard", unknown.Value.GetProperty("petType").GetString());
        Assert.Equal("unknown lizard", Describe(ok.Body));
    }

    [Fact]
    public async Task Discriminator_KnownValueButInvalidShape_IsUnknown()
    {
        const string json = "{\"petType\":\"cat\",\"livesLeft\":9}";
        _server.RespondJson(200, json);

        var pet = Assert.IsType<GetPetResult.Ok>(await _server.CreateFeaturesClient().GetPetAsync()).Body;

        Assert.Equal(json, Assert.IsType<Pet.Unknown>(pet).Value.GetRawText());
    }

    [Fact]
    public async Task Discriminated_UnionIsWritten_AsTheVariantsJson()
    {
        Pet pet = new Dog { PetType = "dog", Name = "Rex", GoodBoy = true };

        await _server.CreateFeaturesClient().CreatePetAsync(pet);

        var wire = _server.Single().Wire;
        Assert.Equal("POST", wire.Method);
        Assert.Equal("/models/pet", wire.RawTarget);
        Assert.Equal("application/json", wire.Header("Content-Type")); // the spec's media type as written
        Assert.Equal("{\"petType\":\"dog\",\"name\":\"Rex\",\"goodBoy\":true}", wire.BodyText);
    }

    [Fact]
    public async Task DiscriminatorTheUnionRequires_IsSetOnEachVariant_ToItsOnlyValue()
    {
        _server.RespondJson(200, "{\"gears\":21,\"kind\":\"bike\"}");

        var result = await _server.CreateFeaturesClient().CreateVehicleAsync(new VehicleCar { Doors = 4 });

        Assert.Equal("{\"kind\":\"car\",\"doors\":4}", _server.Single().Wire.BodyText);
        var bike = Assert.IsType<Vehicle.VehicleBike>(Assert.IsType<CreateVehicleResult.Ok>(result).Body).Value;
        Assert.Equal((VehicleBikeKind.Bike, 21), (bike.Kind, bike.Gears));
        Assert.Equal(VehicleBikeKind.Bike, new VehicleBike().Kind);
    }

    [Fact]
    public async Task UnknownUnionCase_IsWrittenBackVerbatim()
    {
        using var document = JsonDocument.Parse("{\"petType\":\"lizard\",\"name\":\"Iggy\"}");

        await _server.CreateFeaturesClient().CreatePetAsync(new Pet.Unknown(document.RootElement.Clone()));

        Assert.Equal("{\"petType\":\"lizard\",\"name\":\"Iggy\"}", _server.Single().Wire.BodyText);
    }

    [Fact]
    public async Task NoDiscriminator_CircleByItsRequiredProperty()
    {
        _server.RespondJson(200, "{\"radius\":2.5}");

        var shape = Assert.IsType<GetShapeResult.Ok>(await _server.CreateFeaturesClient().GetShapeAsync()).Body;

        Assert.Equal(2.5, Assert.IsType<Shape.Circle>(shape).Value.Radius);
    }

    [Fact]
    public async Task NoDiscriminator_RectangleByItsRequiredProperties()
    {
        _server.RespondJson(200, "{\"width\":3,\"height\":4}");

        var shape = Assert.IsType<GetShapeResult.Ok>(await _server.CreateFeaturesClient().GetShapeAsync()).Body;

        var rectangle = Assert.IsType<Shape.Rectangle>(shape).Value;
        Assert.Equal(3.0, rectangle.Width);
        Assert.Equal(4.0, rectangle.Height);
        Assert.Equal("rectangle 12", shape.Match(circle: c => "circle", rectangle: r => "rectangle " + (r.Value.Width * r.Value.Height), unknown: _ => "unknown"));
    }

    [Fact]
    public async Task NoDiscriminator_OnlyHalfARectangle_IsUnknown()
    {
        _server.RespondJson(200, "{\"width\":3}");

        var shape = Assert.IsType<GetShapeResult.Ok>(await _server.CreateFeaturesClient().GetShapeAsync()).Body;

        Assert.Equal("{\"width\":3}", Assert.IsType<Shape.Unknown>(shape).Value.GetRawText());
    }

    [Fact]
    public async Task NoDiscriminator_NotAnObject_IsUnknown()
    {
        _server.RespondJson(200, "[1,2]");

        var shape = Assert.IsType<GetShapeResult.Ok>(await _server.CreateFeaturesClient().GetShapeAsync()).Body;

        Assert.Equal(JsonValueKind.Array, Assert.IsType<Shape.Unknown>(shape).Value.ValueKind);
    }

    [Fact]
    public async Task AnyOf_StringOrInteger_EachValueItsCase()
    {
        _server.RespondJson(200, "{\"id\":\"abc-1\",\"alternates\":[42,\"x\",true,9007199254740993,1.5]}");

        var reference = Assert.IsType<GetFlexibleIdResult.Ok>(await _server.CreateFeaturesClient().GetFlexibleIdAsync()).Body;

        Assert.Equal("abc-1", Assert.IsType<FlexibleId.String>(reference.Id).Value);
        Assert.Collection(
            reference.Alternates!,
            a => Assert.Equal(42L, Assert.IsType<FlexibleId.Integer>(a).Value),
            a => Assert.Equal("x", Assert.IsType<FlexibleId.String>(a).Value),
            a => Assert.Equal(JsonValueKind.True, Assert.IsType<FlexibleId.Unknown>(a).Value.ValueKind),
            a => Assert.Equal(9007199254740993L, Assert.IsType<FlexibleId.Integer>(a).Value),
            a => Assert.Equal("1.5", Assert.IsType<FlexibleId.Unknown>(a).Value.GetRawText()));
    }

    [Fact]
    public async Task AnyOf_IntegerId()
    {
        _server.RespondJson(200, "{\"id\":7}");

        var reference = Assert.IsType<GetFlexibleIdResult.Ok>(await _server.CreateFeaturesClient().GetFlexibleIdAsync()).Body;

        Assert.Equal(7L, Assert.IsType<FlexibleId.Integer>(reference.Id).Value);
        Assert.Null(reference.Alternates);
    }

    private static string Describe(Pet pet) => pet.Match(
        cat: c => "cat " + c.Value.Name,
        dog: d => "dog " + d.Value.Name,
        unknown: u => "unknown " + u.Value.GetProperty("petType").GetString());
}
