using System.Collections.Generic;
using System.Threading.Tasks;
using Conformance.ModelFlattening;
using Xunit;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>
/// model-flattening.json: <c>x-ms-client-flatten</c> only reshapes the client's models, so the generated (unflattened)
/// models carry the nested <c>properties</c> / <c>details</c> objects the wire has.
/// </summary>
public sealed class ModelFlatteningTests : ConformanceTest
{
    private readonly ModelFlatteningClient _client;

    public ModelFlatteningTests(TestServer server)
        : base(server)
    {
        _client = Client((http, uri) => new ModelFlatteningClient(http, uri));
    }

    private static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string> { ["tag1"] = "value1", ["tag2"] = "value3" };

    [Fact]
    public async Task GetModelFlattenArray()
    {
        var body = Assert.IsType<GetArrayResult.Ok>(await _client.GetArrayAsync()).Body;
        Assert.Equal(3, body.Count);
        Assert.Equal("Resource1", body[0].Name);
        Assert.Equal("value3", body[0].Tags!["tag2"]);
        Assert.Equal("Building 44", body[1].Location);
        Assert.Null(body[2].Location);
    }

    [Fact]
    public async Task GetModelFlattenDictionary()
    {
        var body = Assert.IsType<GetDictionaryResult.Ok>(await _client.GetDictionaryAsync()).Body;
        Assert.Equal(3, body.Count);
        var product = body["Product1"];
        Assert.Equal("Product1", product.Properties!.PName);
        Assert.Equal("Flat", product.Properties.Type);
        Assert.Equal(FlattenedProductPropertiesProvisioningStateValues.Ok, product.Properties.ProvisioningStateValues);
        Assert.Equal("Succeeded", product.Properties.ProvisioningState);
        Assert.Equal("Resource3", body["Product3"].Name);
    }

    [Fact]
    public async Task GetModelFlattenResourceCollection()
    {
        var body = Assert.IsType<GetResourceCollectionResult.Ok>(await _client.GetResourceCollectionAsync()).Body;
        Assert.Equal("Resource7", body.Productresource!.Name);
        Assert.Equal(3, body.Arrayofresources!.Count);
        Assert.Equal("Product4", body.Arrayofresources[0].Properties!.PName);
        Assert.Equal(3, body.Dictionaryofresources!.Count);
        Assert.Equal("Building 44", body.Dictionaryofresources["Product2"].Location);
    }

    [Fact]
    public async Task PutModelFlattenArray() =>
        Assert.IsType<PutArrayResult.Ok>(await _client.PutArrayAsync(new[] { new Resource { Location = "West US", Tags = Tags }, new Resource { Location = "Building 44" } }));

    [Fact]
    public async Task PutModelFlattenDictionary() => Assert.IsType<PutDictionaryResult.Ok>(await _client.PutDictionaryAsync(Products()));

    [Fact]
    public async Task PutModelFlattenResourceCollection() =>
        Assert.IsType<PutResourceCollectionResult.Ok>(await _client.PutResourceCollectionAsync(new ResourceCollection
        {
            Arrayofresources = new[] { Flat("West US", "Product1", Tags), Flat("East US", "Product2") },
            Dictionaryofresources = Products(),
            Productresource = Flat("India", "Azure"),
        }));

    [Fact]
    public async Task PutModelFlattenCustomBase()
    {
        var product = Product(new ProductUrl { OdataValue = "http://foo", GenericValue = "https://generic" });
        var ok = Assert.IsType<PutSimpleProductResult.Ok>(await _client.PutSimpleProductAsync(product));
        Assert.Equal("https://generic", ok.Body.Details!.MaxProductImage!.GenericValue);
    }

    [Fact]
    public async Task PostModelFlattenCustomParameter()
    {
        var ok = Assert.IsType<PostFlattenedSimpleProductResult.Ok>(await _client.PostFlattenedSimpleProductAsync(Product(new ProductUrl { OdataValue = "http://foo" })));
        Assert.Equal("123", ok.Body.BaseProductId);
        Assert.Equal("http://foo", ok.Body.Details!.MaxProductImage!.OdataValue);
    }

    [Fact]
    public async Task PutModelFlattenCustomGroupedParameter()
    {
        var ok = Assert.IsType<PutSimpleProductWithGroupingResult.Ok>(await _client.PutSimpleProductWithGroupingAsync("groupproduct", Product(new ProductUrl { OdataValue = "http://foo" })));
        Assert.Equal("max name", ok.Body.Details!.MaxProductDisplayName);
    }

    private static FlattenedProduct Flat(string location, string name, IReadOnlyDictionary<string, string>? tags = null) =>
        new() { Location = location, Tags = tags, Properties = new FlattenedProductProperties { PName = name, Type = "Flat" } };

    private static Dictionary<string, FlattenedProduct> Products() => new()
    {
        ["Resource1"] = Flat("West US", "Product1", Tags),
        ["Resource2"] = Flat("Building 44", "Product2"),
    };

    private static SimpleProduct Product(ProductUrl image) => new()
    {
        BaseProductId = "123",
        BaseProductDescription = "product description",
        Details = new SimpleProductProperties
        {
            MaxProductDisplayName = "max name",
            MaxProductCapacity = SimpleProductPropertiesMaxProductCapacity.Large,
            MaxProductImage = image,
        },
    };
}
