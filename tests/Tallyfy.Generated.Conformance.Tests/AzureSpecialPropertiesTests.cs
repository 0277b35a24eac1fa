using System.Threading.Tasks;
using Conformance.AzureSpecialProperties;
using Xunit;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>
/// azure-special-properties.json, outside the vanilla list: its <c>x-ms-skip-url-encoding</c> scenarios (the server routes
/// <c>/skipUrlEncoding/…/path/valid/path1/path2/path3</c> only when the path parameter's slashes arrive as slashes, for
/// the extension on the operation's parameter, on the path item's and on a parameter whose one value the spec gives),
/// and those of its plain parameters an Azure client sends on every call: <c>api-version</c> in the query, from the
/// operation, the document's shared parameters or a path item; OData's <c>$filter</c>, <c>$top</c> and <c>$orderby</c>;
/// a request id header.
/// </summary>
public sealed class AzureSpecialPropertiesTests : ConformanceTest
{
    private readonly AzureSpecialPropertiesClient _client;

    public AzureSpecialPropertiesTests(TestServer server)
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

    [Fact]
    public async Task AzureApiVersionMethodLocalValid() =>
        Assert.IsType<ApiVersionLocalGetMethodLocalValidResult.Ok>(await _client.ApiVersionLocalGetMethodLocalValidAsync(ApiVersion.KnownValues[0]));

    [Fact]
    public async Task AzureApiVersionMethodGlobalValid() =>
        Assert.IsType<ApiVersionDefaultGetMethodGlobalValidResult.Ok>(await _client.ApiVersionDefaultGetMethodGlobalValidAsync("2015-07-01-preview"));

    [Fact]
    public async Task AzureApiVersionPathGlobalValid() =>
        Assert.IsType<ApiVersionDefaultGetPathGlobalValidResult.Ok>(await _client.ApiVersionDefaultGetPathGlobalValidAsync("2015-07-01-preview"));

    [Fact]
    public async Task AzureODataFilter() =>
        Assert.IsType<OdataGetWithFilterResult.Ok>(await _client.OdataGetWithFilterAsync("id gt 5 and name eq 'foo'", 10, "id"));

    [Fact]
    public async Task AzureXmsRequestClientOverwriteViaParameter() =>
        Assert.IsType<XMsClientRequestIdParamGetResult.Ok>(await _client.XMsClientRequestIdParamGetAsync("9C4D50EE-2D56-4CD3-8152-34347DC9F2B0"));
}
