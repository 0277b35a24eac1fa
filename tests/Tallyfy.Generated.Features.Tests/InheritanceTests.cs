using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Features;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// allOf + discriminator hierarchies and round trips on the wire: a body typed as the base reads as the derived class
/// its discriminator names, a derived instance writes its discriminator and every field, and members the spec does not
/// declare come back unchanged.
/// </summary>
public sealed class InheritanceTests : IClassFixture<FeaturesServer>
{
    private readonly FeaturesServer _server;

    public InheritanceTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    private static void AssertSameJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), "expected " + expected + " but was " + actual);

    private async Task<ZooPet> GetPetAsync(string json)
    {
        _server.RespondJson(200, json);
        var ok = Assert.IsType<GetZooPetResult.Ok>(await _server.CreateFeaturesClient().GetZooPetAsync());
        Assert.Null(ok.BodyError);
        return ok.Body;
    }

    [Fact]
    public async Task BaseTypedBody_ReadsAsTheDerivedClass_WhereverTheDiscriminatorIs()
    {
        var pet = await GetPetAsync(
            "{\"name\":\"Tom\",\"lives\":9,\"nemesis\":{\"bark\":\"woof\",\"name\":\"Rex\",\"petType\":\"ZooDog\"},"
            + "\"friends\":[{\"name\":\"Leo\",\"lives\":1,\"mane\":true,\"petType\":\"ZooLion\"},{\"petType\":\"ZooCat\",\"name\":\"Kit\",\"lives\":3}],"
            + "\"petType\":\"ZooCat\"}");

        var cat = Assert.IsType<ZooCat>(pet);
        Assert.Equal("Tom", cat.Name);
        Assert.Equal(9, cat.Lives);
        Assert.Equal("ZooCat", cat.PetType);
        Assert.Equal("woof", Assert.IsType<ZooDog>(cat.Nemesis).Bark);
        var lion = Assert.IsType<ZooLion>(cat.Friends![0]);
        Assert.True(lion.Mane);
        Assert.Equal(1, lion.Lives);
        Assert.IsType<ZooCat>(cat.Friends[1]);
        Assert.Null(cat.AdditionalProperties);
    }

    [Fact]
    public async Task UnknownDiscriminatorValue_IsTheUnknownCase_WithEveryMemberKept()
    {
        const string Json = "{\"petType\":\"ZooSnake\",\"name\":\"Kaa\",\"venom\":{\"strength\":[1,2]},\"friends\":[]}";
        var pet = await GetPetAsync(Json);

        var unknown = Assert.IsType<ZooPet.Unknown>(pet);
        Assert.Equal("ZooSnake", unknown.PetType);
        Assert.Equal("Kaa", unknown.Name);
        Assert.Equal(JsonValueKind.Object, unknown.AdditionalProperties!["venom"].ValueKind);

        _server.Reset(204);
        Assert.IsType<PutZooPetResult.NoContent>(await _server.CreateFeaturesClient().PutZooPetAsync(pet));
        AssertSameJson(Json, _server.Single().Wire.BodyText);
    }

    [Fact]
    public async Task AbsentDiscriminator_ReadsAsTheBase_AndIsNotWrittenBack()
    {
        var pet = await GetPetAsync("{\"name\":\"Nobody\"}");

        var unknown = Assert.IsType<ZooPet.Unknown>(pet);
        Assert.Null(unknown.PetType);

        _server.Reset(204);
        await _server.CreateFeaturesClient().PutZooPetAsync(pet);
        AssertSameJson("{\"name\":\"Nobody\"}", _server.Single().Wire.BodyText);
    }

    [Fact]
    public void ClosedHierarchy_MatchCoversEveryDerivedClassAndUnknown()
    {
        static string Describe(ZooPet pet) => pet.Match(
            zooLion: lion => "lion " + lion.Mane,
            zooCat: cat => "cat " + cat.Lives,
            zooDog: dog => "dog " + dog.Bark,
            unknown: other => "unknown " + other.PetType);

        Assert.Equal("lion True", Describe(new ZooLion { Name = "Leo", Lives = 1, Mane = true }));
        Assert.Equal("cat 7", Describe(new ZooCat { Name = "Tom", Lives = 7 }));
        Assert.Equal("dog woof", Describe(new ZooDog { Name = "Rex", Bark = "woof" }));
        Assert.Equal("unknown ZooSnake", Describe(new ZooPet.Unknown { Name = "Kaa", PetType = "ZooSnake" }));
    }

    [Fact]
    public async Task DerivedInstances_ThroughBaseTypedPropertiesAndArrays_WriteTheirDiscriminatorAndFields()
    {
        var cat = new ZooCat
        {
            Name = "Tom",
            Lives = 9,
            Nemesis = new ZooDog { Name = "Rex", Bark = "woof" },
            Friends = new ZooPet[] { new ZooLion { Name = "Leo", Lives = 1, Mane = true } },
        };

        Assert.IsType<PutZooPetResult.NoContent>(await _server.CreateFeaturesClient().PutZooPetAsync(cat));

        AssertSameJson(
            "{\"petType\":\"ZooCat\",\"name\":\"Tom\",\"lives\":9,\"nemesis\":{\"petType\":\"ZooDog\",\"name\":\"Rex\",\"bark\":\"woof\"},"
            + "\"friends\":[{\"petType\":\"ZooLion\",\"name\":\"Leo\",\"lives\":1,\"mane\":true}]}",
            _server.Single().Wire.BodyText);
    }

    [Theory]
    [InlineData("car-v1.0", typeof(ZooCar))]
    [InlineData("big truck", typeof(ZooTruck))]
    [InlineData("vehicle", typeof(ZooVehicle))]
    [InlineData("spaceship", typeof(ZooVehicle))]
    public async Task OpenHierarchy_MappingKeysThatAreNotIdentifiers_PickTheClass(string kind, System.Type expected)
    {
        var json = "{\"wheels\":4,\"kind\":\"" + kind + "\",\"seats\":5,\"load\":1.5}";
        _server.RespondJson(200, json);
        var vehicle = Assert.IsType<GetZooVehicleResult.Ok>(await _server.CreateFeaturesClient().GetZooVehicleAsync()).Body;

        Assert.Equal(expected, vehicle.GetType());
        Assert.Equal(kind, vehicle.Kind);
        Assert.Equal(4, vehicle.Wheels);

        // What the class does not declare is kept, so the body goes back as it came.
        _server.Reset(204);
        await _server.CreateFeaturesClient().PutZooVehicleAsync(vehicle);
        AssertSameJson(json, _server.Single().Wire.BodyText);
    }

    [Fact]
    public void NewInstances_CarryTheirDiscriminatorValue()
    {
        Assert.Equal("car-v1.0", new ZooCar().Kind);
        Assert.Equal("big truck", new ZooTruck().Kind);
        Assert.Equal("vehicle", new ZooVehicle().Kind);
        Assert.Equal("ZooLion", new ZooLion { Name = "Leo", Lives = 1 }.PetType);
    }

    [Fact]
    public async Task GetChangeOnePropertyPut_KeepsTheServersExtraMembers()
    {
        _server.RespondJson(200, "{\"id\":\"r-1\",\"title\":\"old\",\"etag\":\"W/1\",\"meta\":{\"tags\":[\"a\",null],\"n\":1.50}}");
        var record = Assert.IsType<GetZooRecordResult.Ok>(await _server.CreateFeaturesClient().GetZooRecordAsync()).Body;
        Assert.Equal(new[] { "etag", "meta" }, record.AdditionalProperties!.Keys.OrderBy(k => k, System.StringComparer.Ordinal));

        _server.Reset(204);
        var changed = new ZooRecord { Id = record.Id, Title = "new", AdditionalProperties = record.AdditionalProperties };
        Assert.IsType<PutZooRecordResult.NoContent>(await _server.CreateFeaturesClient().PutZooRecordAsync(changed));

        AssertSameJson("{\"id\":\"r-1\",\"title\":\"new\",\"etag\":\"W/1\",\"meta\":{\"tags\":[\"a\",null],\"n\":1.50}}", _server.Single().Wire.BodyText);
    }

    [Theory]
    [InlineData("{\"id\":\"r-3\",\"a\\u0022b\":\"x\\\"y\\n\\u00e9\",\"n\":-1.5e+3,\"t\":true,\"f\":false,\"z\":null,\"e\":{},\"l\":[],\"deep\":[{\"k\":[1,[2,{}],\"s\"]},{\"m\":{\"o\":null}}],\"title\":\"declared\"}")]
    [InlineData("{\"dup\":1,\"id\":\"r-4\",\"dup\":{\"last\":true}}")]
    public void ExtraMembers_OfEveryKind_ReadAsElements_AndWrittenBackAsReceived(string json)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        var record = ApiJsonConverter<ZooRecord>.ReadValue(ref reader);

        // Each undeclared member is the element the text holds (a later duplicate wins); declared members are not among them.
        var expected = JsonDocument.Parse(json).RootElement.EnumerateObject()
            .Where(p => p.Name is not ("id" or "title"))
            .GroupBy(p => p.Name)
            .ToDictionary(g => g.Key, g => g.Last().Value.GetRawText());
        Assert.Equal(expected.OrderBy(p => p.Key, System.StringComparer.Ordinal), record.AdditionalProperties!.Select(p => KeyValuePair.Create(p.Key, p.Value.GetRawText())).OrderBy(p => p.Key, System.StringComparer.Ordinal));
        Assert.Equal(reader.BytesConsumed, bytes.Length);

        var written = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(written))
        {
            ApiJsonConverter<ZooRecord>.WriteValue(writer, record);
        }

        var back = JsonNode.Parse(written.ToArray())!.AsObject();
        foreach (var (name, text) in expected)
        {
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(text), back[name]), name + ": " + back[name]?.ToJsonString());
        }
    }

    [Fact]
    public void ExtraMembers_CanBeChanged_LikeAnyDictionary()
    {
        var bytes = "{\"id\":\"r-5\",\"etag\":\"W/1\",\"gone\":[1]}"u8.ToArray();
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        var extra = ApiJsonConverter<ZooRecord>.ReadValue(ref reader).AdditionalProperties!;

        Assert.True(extra.Remove("gone"));
        extra["added"] = JsonDocument.Parse("42").RootElement;

        Assert.Equal(new[] { "added", "etag" }, extra.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Equal("W/1", extra["etag"].GetString());
        Assert.Equal(42, extra["added"].GetInt32());
    }

    [Fact]
    public async Task ObjectWithoutExtraMembers_HasNoDictionary()
    {
        _server.RespondJson(200, "{\"id\":\"r-2\"}");
        var record = Assert.IsType<GetZooRecordResult.Ok>(await _server.CreateFeaturesClient().GetZooRecordAsync()).Body;

        Assert.Null(record.AdditionalProperties);
    }

    [Fact]
    public async Task TypedAdditionalProperties_BesideAPropertyOfThatName_AreReadAndWrittenBack()
    {
        const string Json = "{\"label\":\"fruit\",\"additionalProperties\":\"declared\",\"apples\":3,\"pears\":40000000000}";
        _server.RespondJson(200, Json);
        var tally = Assert.IsType<GetZooTallyResult.Ok>(await _server.CreateFeaturesClient().GetZooTallyAsync()).Body;

        Assert.Equal("declared", tally.AdditionalProperties);
        Assert.Equal(new Dictionary<string, long> { ["apples"] = 3, ["pears"] = 40000000000 }, tally.AdditionalProperties2);

        _server.Reset(204);
        await _server.CreateFeaturesClient().PutZooTallyAsync(new ZooTally { Label = "fruit", AdditionalProperties = "declared", AdditionalProperties2 = tally.AdditionalProperties2 });
        AssertSameJson(Json, _server.Single().Wire.BodyText);
    }
}
