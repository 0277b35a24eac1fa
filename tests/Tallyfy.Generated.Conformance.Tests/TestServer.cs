using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using Xunit;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>
/// The AutoRest test server (node, installed by the project's npm ci) on a free loopback port, started once for all the
/// conformance tests and stopped (with its whole process tree) at the end. It checks every request it receives and
/// records which scenarios were hit correctly in report-vanilla.json under <see cref="CoverageDirectory"/>.
/// </summary>
public sealed class TestServer : IAsyncLifetime
{
    /// <summary>Only catches a hang: the server is normally ready in about a second.</summary>
    private static readonly TimeSpan StartupBound = TimeSpan.FromSeconds(60);

    private readonly List<HttpClient> _httpClients = new();
    private Process? _process;
    private readonly List<string> _output = new();

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

        // A port taken between the probe and node's listen makes node exit; another free port is tried then.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            if (await TryStartAsync(port))
            {
                BaseUri = new Uri($"http://127.0.0.1:{port}");
                return;
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException("The AutoRest test server did not start:\n" + string.Join("\n", Snapshot()));
            }
        }
    }

    private async Task<bool> TryStartAsync(int port)
    {
        var cli = Path.Combine(TestServerRoot, "dist", "cli", "cli.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"{cli} is missing: the project's npm ci did not run.");
        }

        var startInfo = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = TestServerRoot,
        };
        foreach (var argument in new[] { cli, "run", $"--port={port}", $"--coverageDirectory={CoverageDirectory}" })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var ready = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data, ready, port);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data, ready, port);
        process.Exited += (_, _) => ready.TrySetResult(false);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var finished = await Task.WhenAny(ready.Task, Task.Delay(StartupBound));
        if (finished == ready.Task && ready.Task.Result)
        {
            return true;
        }

        Stop();
        if (finished != ready.Task)
        {
            throw new TimeoutException($"The AutoRest test server gave no sign of life within {StartupBound}:\n" + string.Join("\n", Snapshot()));
        }

        return false;
    }

    private void OnLine(string? line, TaskCompletionSource<bool> ready, int port)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (line.Contains($"Started server on port {port}", StringComparison.Ordinal))
        {
            ready.TrySetResult(true);
        }
    }

    private string[] Snapshot()
    {
        lock (_output)
        {
            return _output.ToArray();
        }
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

        Stop();
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

    private void Stop()
    {
        if (_process is null)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }

        _process.Dispose();
        _process = null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
