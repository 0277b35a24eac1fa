using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace Tallyfy.Generated.Hono.Tests;

/// <summary>
/// The documents the clients are generated from (committed under <c>openapi/</c>) are the ones the running server's
/// @hono/zod-openapi serves: a change to <c>server/app.js</c> or to a pinned package that changes them fails here.
/// </summary>
[Collection(HonoCollection.Name)]
public sealed class DocumentTests
{
    private readonly HonoServer _server;

    public DocumentTests(HonoServer server) => _server = server;

    [Theory]
    [InlineData("3.1", "events.openapi31.json", "3.1.0")]
    [InlineData("3.0", "events.openapi30.json", "3.0.0")]
    public async Task The_committed_document_is_the_one_the_server_serves(string route, string file, string version)
    {
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(HonoServer.Metadata("DocumentsRoot"), file)))!.AsObject();
        var served = JsonNode.Parse(await _server.NewHttpClient().GetStringAsync(new Uri(_server.BaseUri, $"/openapi/{route}.json")))!.AsObject();

        Assert.Equal(version, (string?)served["openapi"]);
        var differing = served.Select(p => p.Key).Union(committed.Select(p => p.Key))
            .Where(key => !JsonNode.DeepEquals(committed[key], served[key])).ToList();
        Assert.True(
            differing.Count == 0,
            $"openapi/{file} differs from what the server serves at /openapi/{route}.json ({string.Join(", ", differing)}): "
            + "run `node server/app.js --write-specs openapi` in tests/Tallyfy.Generated.Hono.Tests, review the diff and rebuild.");
    }
}
