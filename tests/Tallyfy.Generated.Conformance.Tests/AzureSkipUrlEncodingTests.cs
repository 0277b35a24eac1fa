using System.Threading.Tasks;
using Conformance.AzureSpecialProperties;
using Xunit;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>
/// azure-special-properties.json's <c>x-ms-skip-url-encoding</c> scenarios: the server routes
/// <c>/skipUrlEncoding/…/path/valid/path1/path2/path3</c> only when the path parameter's slashes arrive as slashes, for the
/// extension on the operation's parameter, on the path item's and on a parameter whose one value the spec gives.
/// </summary>
public sealed class AzureSkipUrlEncodingTests : ConformanceTest
{
    private readonly AzureSpecialPropertiesClient _client;

    public AzureSkipUrlEncodingTests(TestServer server)
        : base(server)
    {
        _client = Client((http, uri) => new AzureSpecialPropertiesClient(http, uri));
    }

    [Fact]
    public async Task AzureMethodPathUrlEncoding() =>
        Assert.IsType<SkipUrlEncodingGetMethodPathValidResult.Ok>(await _client.SkipUrlEncodingGetMethodPathValidAsync("path1/path2/path3"));

    [Fact]
    public async Task AzurePathPathUrlEncoding() =>
        Assert.IsType<SkipUrlEncodingGetPathPathValidResult.Ok>(await _client.SkipUrlEncodingGetPathPathValidAsync("path1/path2/path3"));

    [Fact]
    public async Task AzureSwaggerPathUrlEncoding() =>
        Assert.IsType<SkipUrlEncodingGetSwaggerPathValidResult.Ok>(await _client.SkipUrlEncodingGetSwaggerPathValidAsync(UnencodedPathParam.KnownValues[0]));

    [Fact]
    public async Task AzureMethodQueryUrlEncodingNull() =>
        Assert.IsType<SkipUrlEncodingGetMethodQueryNullResult.Ok>(await _client.SkipUrlEncodingGetMethodQueryNullAsync());
}
