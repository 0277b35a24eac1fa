using System.Threading.Tasks;
using Conformance.XmlService;
using Xunit;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>
/// xml-service.json: only its two JSON operations. XML bodies are out of scope, so the file's XML scenarios have no
/// tests (the generated client still compiles).
/// </summary>
public sealed class XmlServiceJsonTests : ConformanceTest
{
    private readonly XmlServiceClient _client;

    public XmlServiceJsonTests(TestServer server)
        : base(server)
    {
        _client = Client((http, uri) => new XmlServiceClient(http, uri));
    }

    [Fact]
    public async Task JsonInputInXMLSwagger() => Assert.IsType<XmlJsonInputResult.Ok>(await _client.XmlJsonInputAsync(new JsonInput { Id = 42 }));

    [Fact]
    public async Task JsonOutputInXMLSwagger() => Assert.Equal(42L, Assert.IsType<XmlJsonOutputResult.Ok>(await _client.XmlJsonOutputAsync()).Body.Id);
}
