using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Conformance.AdditionalProperties;
using Xunit;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>additionalProperties.json: objects that carry properties beyond the ones they declare.</summary>
public sealed class AdditionalPropertiesTests : ConformanceTest
{
    private readonly AdditionalPropertiesClient _client;

    public AdditionalPropertiesTests(TestServer server)
        : base(server)
    {
        _client = Client((http, uri) => new AdditionalPropertiesClient(http, uri));
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static Dictionary<string, JsonElement> BirthdateAndComplexProperty() => new()
    {
        ["birthdate"] = Json("\"2017-12-13T02:29:51Z\""),
        ["complexProperty"] = Json("{\"color\":\"Red\"}"),
    };

    [Fact]
    public async Task AdditionalPropertiesTrue()
    {
        var pet = Assert.IsType<PetsCreateApTrueResult.Ok>(await _client.PetsCreateApTrueAsync(
            new PetApTrue { Id = 1, Name = "Puppy", AdditionalProperties = BirthdateAndComplexProperty() })).Body;
        Assert.True(pet.Status);
        Assert.Equal("Red", pet.AdditionalProperties!["complexProperty"].GetProperty("color").GetString());
    }

    [Fact]
    public async Task AdditionalPropertiesSubclass()
    {
        var cat = Assert.IsType<PetsCreateCatApTrueResult.Ok>(await _client.PetsCreateCatApTrueAsync(
            new CatApTrue { Id = 1, Name = "Lisa", Friendly = true, AdditionalProperties = BirthdateAndComplexProperty() })).Body;
        Assert.True(cat.Friendly);
        Assert.Equal("2017-12-13T02:29:51Z", cat.AdditionalProperties!["birthdate"].GetString());
    }

    [Fact]
    public async Task AdditionalPropertiesTypeObject() =>
        Assert.IsType<PetsCreateApObjectResult.Ok>(await _client.PetsCreateApObjectAsync(new PetApObject
        {
            Id = 2,
            Name = "Hira",
            AdditionalProperties = new Dictionary<string, JsonElement>
            {
                ["siblings"] = Json("[{\"id\":1,\"name\":\"Puppy\",\"birthdate\":\"2017-12-13T02:29:51Z\",\"complexProperty\":{\"color\":\"Red\"}}]"),
                ["picture"] = Json("\"//////4=\""),
            },
        }));

    [Fact]
    public async Task AdditionalPropertiesTypeString()
    {
        var pet = Assert.IsType<PetsCreateApStringResult.Ok>(await _client.PetsCreateApStringAsync(new PetApString
        {
            Id = 3,
            Name = "Tommy",
            AdditionalProperties = new Dictionary<string, string> { ["color"] = "red", ["weight"] = "10 kg", ["city"] = "Bombay" },
        })).Body;
        Assert.Equal("10 kg", pet.AdditionalProperties!["weight"]);
    }

    [Fact]
    public async Task AdditionalPropertiesInProperties()
    {
        var pet = Assert.IsType<PetsCreateApInPropertiesResult.Ok>(await _client.PetsCreateApInPropertiesAsync(new PetApInProperties
        {
            Id = 4,
            Name = "Bunny",
            AdditionalProperties = new Dictionary<string, double> { ["height"] = 5.61, ["weight"] = 599, ["footsize"] = 11.5 },
        })).Body;
        Assert.Equal(4L, pet.Id);
        Assert.Equal(599, pet.AdditionalProperties!["weight"]);
    }

    [Fact]
    public async Task AdditionalPropertiesInPropertiesWithAdditionalPropertiesString()
    {
        var pet = Assert.IsType<PetsCreateApInPropertiesWithApStringResult.Ok>(await _client.PetsCreateApInPropertiesWithApStringAsync(new PetApInPropertiesWithApString
        {
            Id = 5,
            Name = "Funny",
            OdataLocation = "westus",
            AdditionalProperties = new Dictionary<string, double> { ["height"] = 5.61, ["weight"] = 599, ["footsize"] = 11.5 },
            // The declared property named additionalProperties takes that name; the undeclared members come second.
            AdditionalProperties2 = new Dictionary<string, string> { ["color"] = "red", ["city"] = "Seattle", ["food"] = "tikka masala" },
        })).Body;
        Assert.Equal("tikka masala", pet.AdditionalProperties2!["food"]);
        Assert.Equal(599, pet.AdditionalProperties!["weight"]);
    }
}
