using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>
/// The AutoRest test server (node, installed by the project's npm ci) on a free loopback port, started once for all the
/// conformance tests and stopped (with its whole process tree) at the end. It checks every request it receives and
/// records which scenarios were hit correctly in report-vanilla.json under <see cref="CoverageDirectory"/>.
/// </summary>
public sealed class TestServer : IAsyncLifetime
{
    private readonly List<HttpClient> _httpClients = new();
    private NodeServer? _server;

    public static string TestServerRoot { get; } = typeof(TestServer).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TestServerRoot").Value!;

    public static string CoverageDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "testserver-coverage");

    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    /// <summary>An HttpClient that does not follow redirects (a 3xx is its own result case); cookies only when asked.</summary>
    public HttpClient CreateHttpClient(bool keepCookies = false)
    {
        var httpClient = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = keepCookies })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        lock (_httpClients)
        {
            _httpClients.Add(httpClient);
        }

        return httpClient;
    }

    public async Task InitializeAsync()
    {
        if (Directory.Exists(CoverageDirectory))
        {
            Directory.Delete(CoverageDirectory, recursive: true);
        }

        var cli = Path.Combine(TestServerRoot, "dist", "cli", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"{cli} is missing: the project's npm ci did not run.");
        }

        // Only catches a hang: the server is normally ready in about a second.
        _server = await NodeServer.StartAsync(
            "The AutoRest test server",
            TestServerRoot,
            port => new[] { cli, "run", $"--port={port}", $"--coverageDirectory={CoverageDirectory}" },
            port => $"Started server on port {port}",
            TimeSpan.FromSeconds(60));
        BaseUri = _server.BaseUri;
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
        WriteCoverageSummary();
        return Task.CompletedTask;
    }

    /// <summary>Leaves the figure (and the scenarios missed) next to the server's report, for the README and CI logs.</summary>
    private static void WriteCoverageSummary()
    {
        var path = Path.Combine(CoverageDirectory, "report-vanilla.json");
        if (!File.Exists(path))
        {
            return;
        }

        var coverage = ReadVanillaCoverage();
        var scenarios = PublishedVanillaScenarios();
        var hit = scenarios.Count(name => coverage.TryGetValue(name, out var count) && count > 0);
        var lines = new List<string> { $"{hit} / {scenarios.Count} vanilla scenarios hit correctly" };
        lines.AddRange(scenarios.Where(name => !coverage.TryGetValue(name, out var count) || count == 0).Select(name => "missed: " + name).OrderBy(line => line, StringComparer.Ordinal));
        File.WriteAllLines(Path.Combine(CoverageDirectory, "summary.txt"), lines);
    }

    /// <summary>
    /// The vanilla scenarios the package publishes (its own coverage/report-vanilla.json): the denominator of the
    /// figure. The run's report can hold more names, because the server adds some (Optional*) only when they are hit.
    /// </summary>
    public static IReadOnlyList<string> PublishedVanillaScenarios()
    {
        using var stream = File.OpenRead(Path.Combine(TestServerRoot, "coverage", "report-vanilla.json"));
        return JsonSerializer.Deserialize<Dictionary<string, int>>(stream)!.Keys.ToList();
    }

    /// <summary>The scenarios of the run's report-vanilla.json: name → how often the server saw it answered correctly.</summary>
    public static IReadOnlyDictionary<string, int> ReadVanillaCoverage()
    {
        var path = Path.Combine(CoverageDirectory, "report-vanilla.json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<Dictionary<string, int>>(stream)!;
    }
}

[CollectionDefinition(Name)]
public sealed class TestServerCollection : ICollectionFixture<TestServer>
{
    public const string Name = "AutoRest test server";
}
