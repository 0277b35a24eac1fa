using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.Hono.Tests;

/// <summary>
/// <c>server/app.js</c> (Hono with @hono/zod-openapi, pinned in <c>server/package.json</c>, installed by the project's
/// npm ci) on a free loopback port, once for the <see cref="HonoCollection"/>; ready when it prints its listening line.
/// </summary>
public sealed class HonoServer : NodeServerFixture
{
    /// <summary>The bearer token every <c>/events</c> route of the server wants.</summary>
    public const string Token = "hono-secret";

    public static string Metadata(string key) => typeof(HonoServer).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    /// <summary>A client of the OpenAPI 3.1 document aimed at the server, with the server's token unless told otherwise.</summary>
    public HonoEvents.EventsClient Client(string? token = Token) =>
        new(NewHttpClient(), BaseUri, new HonoEvents.EventsClientCredentials { BearerAuth = token });

    /// <summary>A client of the OpenAPI 3.0 document of the same routes aimed at the server.</summary>
    public HonoEvents30.Events30Client Client30() =>
        new(NewHttpClient(), BaseUri, new HonoEvents30.Events30ClientCredentials { BearerAuth = Token });

    public override async Task InitializeAsync()
    {
        var root = Metadata("ServerRoot");
        if (!Directory.Exists(Path.Combine(root, "node_modules", "@hono", "zod-openapi")))
        {
            throw new InvalidOperationException($"@hono/zod-openapi is missing: npm ci did not run in {root}.");
        }

        Server = await NodeServer.StartAsync(
            "hono",
            root,
            port => new[] { Path.Combine(root, "app.js"), "--port", port.ToString(CultureInfo.InvariantCulture) },
            port => "hono listening on http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(60));
    }
}

[CollectionDefinition(Name)]
public sealed class HonoCollection : ICollectionFixture<HonoServer>
{
    public const string Name = "hono";
}
