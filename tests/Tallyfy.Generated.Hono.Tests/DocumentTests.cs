using System.IO;
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
    public Task The_committed_document_is_the_one_the_server_serves(string route, string file, string version) =>
        _server.AssertServesCommittedAsync(
            Path.Combine(HonoServer.Metadata("DocumentsRoot"), file),
            $"/openapi/{route}.json",
            version,
            "run `node server/app.js --write-specs openapi` in tests/Tallyfy.Generated.Hono.Tests");
}
