using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace Tallyfy.Generated.AspNetCore.Tests;

/// <summary>The document the client was generated from is the one the running server serves.</summary>
[Collection(ServerCollection.Name)]
public sealed class DocumentTests
{
    private readonly ServerFixture _server;

    public DocumentTests(ServerFixture server) => _server = server;

    [Fact]
    public async Task TheBuildTimeDocument_IsTheOneTheServerServes()
    {
        var path = typeof(DocumentTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ServerOpenApiDocument").Value!;
        var built = JsonNode.Parse(await File.ReadAllTextAsync(path));

        var served = JsonNode.Parse(await _server.NewHttpClient().GetStringAsync(new System.Uri(_server.BaseUrl, "/openapi/v1.json")));

        Assert.Equal("3.1.1", (string?)served!["openapi"]);
        // Served, the document names the server it came from; written at build time, there is none to name.
        Assert.Equal(_server.BaseUrl.ToString().TrimEnd('/'), ((string?)served["servers"]![0]!["url"])!.TrimEnd('/'));
        served.AsObject().Remove("servers");
        var differing = served.AsObject().Select(p => p.Key).Where(key => !JsonNode.DeepEquals(built![key], served[key])).ToList();
        Assert.True(
            JsonNode.DeepEquals(built, served),
            "The document written at build time differs from the one the server serves (" + string.Join(", ", differing)
            + "): build tests/Tallyfy.Generated.AspNetCore.Server again.");
    }
}
