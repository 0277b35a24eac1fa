using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.Fastify.Tests;

/// <summary>
/// <c>server/app.js</c> (Fastify with @fastify/swagger, pinned in <c>server/package.json</c>, installed by the
/// project's npm ci) on a free loopback port, once for the <see cref="FastifyCollection"/>; ready when it prints its
/// listening line.
/// </summary>
public sealed class FastifyServer : NodeServerFixture
{
    public static string Metadata(string key) => typeof(FastifyServer).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    /// <summary>A client of the OpenAPI 3.1 document aimed at the server.</summary>
    public FastifyStore.StoreClient Client() => new(NewHttpClient(), BaseUri);

    /// <summary>A client of the OpenAPI 3.0.3 document of the same routes aimed at the server.</summary>
    public FastifyStore30.Store30Client Client30() => new(NewHttpClient(), BaseUri);

    public override async Task InitializeAsync()
    {
        var root = Metadata("ServerRoot");
        if (!Directory.Exists(Path.Combine(root, "node_modules", "fastify")))
        {
            throw new InvalidOperationException($"fastify is missing: npm ci did not run in {root}.");
        }

        Server = await NodeServer.StartAsync(
            "fastify",
            root,
            port => new[] { Path.Combine(root, "app.js"), "--port", port.ToString(CultureInfo.InvariantCulture) },
            port => "fastify listening on http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(60));
    }
}

[CollectionDefinition(Name)]
public sealed class FastifyCollection : ICollectionFixture<FastifyServer>
{
    public const string Name = "fastify";
}
