using System;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace Tallyfy.Generated.Fastify.Tests;

/// <summary>
/// The documents the clients are generated from (committed under <c>openapi/</c>) are the ones the running server's
/// @fastify/swagger serves: a change to <c>server/app.js</c> or to a pinned package that changes them fails here.
/// </summary>
[Collection(FastifyCollection.Name)]
public sealed class DocumentTests
{
    private readonly FastifyServer _server;

    public DocumentTests(FastifyServer server) => _server = server;

    [Theory]
    [InlineData("3.1", "store.openapi31.json", "3.1.0")]
    [InlineData("3.0", "store.openapi30.json", "3.0.3")]
    public Task The_committed_document_is_the_one_the_server_serves(string route, string file, string version) =>
        _server.AssertServesCommittedAsync(
            Path.Combine(FastifyServer.Metadata("DocumentsRoot"), file),
            $"/openapi/{route}.json",
            version,
            "run `node server/app.js --write-specs openapi` in tests/Tallyfy.Generated.Fastify.Tests");

    /// <summary>
    /// @fastify/swagger's 3.0.3 document keeps JSON Schema's numeric <c>exclusiveMinimum</c> (Dimensions' <c>widthCm</c>),
    /// which OpenAPI 3.0 defines as a boolean beside <c>minimum</c>: its limit, asserted as it is. The generator reads the
    /// document all the same (it does not check ranges).
    /// </summary>
    [Fact]
    public async Task The_30_document_keeps_a_numeric_exclusiveMinimum()
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(FastifyServer.Metadata("DocumentsRoot"), "store.openapi30.json")))!;
        var width = document["components"]!["schemas"]!["Dimensions"]!["properties"]!["widthCm"]!;
        Assert.Equal(0, (int)width["exclusiveMinimum"]!);
        Assert.Null(width["minimum"]);
    }
}
