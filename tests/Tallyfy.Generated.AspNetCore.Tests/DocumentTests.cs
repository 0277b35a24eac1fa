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

    [Theory]
    [InlineData("SwashbuckleOpenApi30Document", "/swagger/v1/swagger.json", "openapi", "3.0.4")]
    [InlineData("SwashbuckleSwagger20Document", "/swagger2/v1/swagger.json", "swagger", "2.0")]
    public async Task SwashbucklesBuildTimeDocuments_AreTheOnesTheServerServes(string key, string route, string versionField, string version)
    {
        var path = typeof(DocumentTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
        var built = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();

        var served = JsonNode.Parse(await _server.NewHttpClient().GetStringAsync(new System.Uri(_server.BaseUrl, route)))!.AsObject();

        Assert.Equal(version, (string?)served[versionField]);
        // Served, the document names the server it came from (servers in 3.0, host and basePath in 2.0); Swashbuckle's
        // CLI, with no request, names none.
        foreach (var named in new[] { "servers", "host", "basePath", "schemes" })
        {
            served.Remove(named);
        }

        var differing = served.Select(p => p.Key).Where(k => !JsonNode.DeepEquals(built[k], served[k])).ToList();
        Assert.True(
            JsonNode.DeepEquals(built, served),
            $"Swashbuckle's document written at build time ({path}) differs from the one the server serves at {route} ("
            + string.Join(", ", differing) + "): build tests/Tallyfy.Generated.AspNetCore.Server again.");
    }
}
