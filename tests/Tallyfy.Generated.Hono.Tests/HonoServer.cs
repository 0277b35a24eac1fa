using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading.Tasks;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.Hono.Tests;

/// <summary>
/// <c>server/app.js</c> (Hono with @hono/zod-openapi, pinned in <c>server/package.json</c>, installed by the project's
/// npm ci) on a free loopback port, once for the <see cref="HonoCollection"/>; ready when it prints its listening line.
/// </summary>
public sealed class HonoServer : IAsyncLifetime
{
    /// <summary>The bearer token every <c>/events</c> route of the server wants.</summary>
    public const string Token = "hono-secret";

    private readonly List<HttpClient> _httpClients = new();
    private NodeServer? _server;

    public static string Metadata(string key) => typeof(HonoServer).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    public Uri BaseUri => _server!.BaseUri;

    /// <summary>An <see cref="HttpClient"/> disposed with the fixture.</summary>
    public HttpClient NewHttpClient()
    {
        var httpClient = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        lock (_httpClients)
        {
            _httpClients.Add(httpClient);
        }

        return httpClient;
    }

    /// <summary>A client of the OpenAPI 3.1 document aimed at the server, with the server's token unless told otherwise.</summary>
    public HonoEvents.EventsClient Client(string? token = Token) =>
        new(NewHttpClient(), BaseUri, new HonoEvents.EventsClientCredentials { BearerAuth = token });

    /// <summary>A client of the OpenAPI 3.0 document of the same routes aimed at the server.</summary>
    public HonoEvents30.Events30Client Client30() =>
        new(NewHttpClient(), BaseUri, new HonoEvents30.Events30ClientCredentials { BearerAuth = Token });

    /// <summary>The server's last lines of output, for a failing test's message.</summary>
    public string Output() => _server?.Output() ?? string.Empty;

    public async Task InitializeAsync()
    {
        var root = Metadata("ServerRoot");
        if (!Directory.Exists(Path.Combine(root, "node_modules", "@hono", "zod-openapi")))
        {
            throw new InvalidOperationException($"@hono/zod-openapi is missing: npm ci did not run in {root}.");
        }

        _server = await NodeServer.StartAsync(
            "hono",
            root,
            port => new[] { Path.Combine(root, "app.js"), "--port", port.ToString(CultureInfo.InvariantCulture) },
            port => "hono listening on http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(60));
    }

    public Task DisposeAsync()
    {
        lock (_httpClients)
        {
            foreach (var httpClient in _httpClients)
            {
                httpClient.Dispose();
            }
        }

        _server?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class HonoCollection : ICollectionFixture<HonoServer>
{
    public const string Name = "hono";
}
