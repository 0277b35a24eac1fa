using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using Xunit;
using Xunit.Abstractions;

namespace Tallyfy.Generated.Tests;

public class ProbeTests
{
    private readonly ITestOutputHelper _out;
    public ProbeTests(ITestOutputHelper o) { _out = o; }

    [Fact]
    public async Task Probe()
    {
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = new[] { "http://127.0.0.1:0" } });
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(204));
        var ids = new[] { "/", "..", ".", "?", "#", "%", "%2e%2e", "a b", "ünï€😀", "a/../b", "%2F" };
        foreach (var id in ids)
        {
            server.ResetLogEntries();
            var client = new TallyfyClient(new HttpClient(), new Uri(server.Url!));
            var r = await client.DeleteTaskAsync("org", id);
            var u = new Uri("http://x/organizations/org/tasks/" + Uri.EscapeDataString(id) + "/delete");
            _out.WriteLine($"id=[{id}] uri.Abs={u.AbsoluteUri} uri.Orig={u.OriginalString} pq={u.PathAndQuery}");
            foreach (var e in server.LogEntries)
            {
                var m = e.RequestMessage;
                _out.WriteLine($"   Url={m.Url} Abs={m.AbsoluteUrl} Path={m.Path} AbsPath={m.AbsolutePath} Segs={string.Join("|", m.AbsolutePathSegments)}");
            }
        }
        Assert.True(false);
    }
}
