using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Reflection;
using System.Threading.Tasks;
using Features;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// Stoplight Prism (node, pinned in <c>Prism/package.json</c>, installed by the project's npm ci) mocking
/// <c>Specs/features.openapi.yaml</c> on a free loopback port, once for a test class. Prism is someone else's reading
/// of OpenAPI: it validates every request it receives against the spec (parameters by their style and explode,
/// headers, cookies, security, the body against its media type and schema) and answers a request it finds invalid
/// with a 422 (or the spec's own 400/422 response, then with an <c>sl-violations</c> header naming each violation);
/// a valid one gets a documented response built from the spec's examples or schemas.
/// </summary>
public class PrismServer : IAsyncLifetime
{
    /// <summary>Only catches a hang: Prism is normally listening within a few seconds.</summary>
    private static readonly TimeSpan StartupBound = TimeSpan.FromSeconds(90);

    private readonly List<HttpClient> _httpClients = new();
    private readonly List<string> _output = new();
    private Process? _process;

    private static string Metadata(string key) => typeof(PrismServer).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The spec Prism mocks, in <c>Specs/</c>.</summary>
    protected virtual string SpecFile => "features.openapi.yaml";

    /// <summary>How Prism builds its responses: by default from the spec's examples, else from each schema's first choices.</summary>
    protected virtual IEnumerable<string> MockArguments => Array.Empty<string>();

    /// <summary>A client of the features spec aimed at Prism, with the credentials its default security asks for.</summary>
    public FeaturesClient CreateFeaturesClient(FeaturesClientCredentials? credentials = null)
    {
        var httpClient = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) };
        lock (_httpClients)
        {
            _httpClients.Add(httpClient);
        }

        return new FeaturesClient(httpClient, BaseUri, credentials ?? new FeaturesClientCredentials { BearerAuth = "prism-token" });
    }

    /// <summary>A client of the Swagger 2.0 spec aimed at Prism (when it mocks that spec: <see cref="LegacyPrismServer"/>).</summary>
    public Legacy.LegacyClient CreateLegacyClient()
    {
        var httpClient = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        lock (_httpClients)
        {
            _httpClients.Add(httpClient);
        }

        // Prism serves a Swagger 2.0 spec's paths at its root, without the basePath (/api/v2).
        return new Legacy.LegacyClient(httpClient, BaseUri);
    }

    /// <summary>Prism's output so far (its request log names every violation it found), for a failing test's message.</summary>
    public string Output()
    {
        lock (_output)
        {
            var exited = _process is { HasExited: true } process ? $"\n(Prism exited with code {process.ExitCode})" : string.Empty;
            return string.Join("\n", _output.TakeLast(60)) + exited;
        }
    }

    public async Task InitializeAsync()
    {
        var cli = Path.Combine(Metadata("PrismRoot"), "node_modules", "@stoplight", "prism-cli", "dist", "index.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"{cli} is missing: the project's npm ci (target RestorePrism) did not run.");
        }

        var spec = Path.Combine(Metadata("SpecsRoot"), SpecFile);

        // A port taken between the probe and node's listen makes Prism exit; another free port is tried then.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            if (await TryStartAsync(cli, spec, port))
            {
                BaseUri = new Uri($"http://127.0.0.1:{port}");
                return;
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException("Prism did not start:\n" + Output());
            }
        }
    }

    private async Task<bool> TryStartAsync(string cli, string spec, int port)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(spec)!,
        };
        foreach (var argument in new[] { cli, "mock", "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Concat(MockArguments).Append(spec))
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["NO_COLOR"] = "1";
        startInfo.Environment["FORCE_COLOR"] = "0";

        var ready = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data, ready);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data, ready);
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
            throw new TimeoutException($"Prism gave no sign of life within {StartupBound}:\n" + Output());
        }

        return false;
    }

    private void OnLine(string? line, TaskCompletionSource<bool> ready)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (line.Contains("Prism is listening on", StringComparison.Ordinal))
        {
            ready.TrySetResult(true);
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
        return Task.CompletedTask;
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
}

/// <summary>
/// Prism in dynamic mode: every response body generated from its schema (json-schema-faker: random lengths, optional
/// members present or not, nulls where allowed, enum members, formats), the same for a given seed, so a failure can be
/// reproduced with the seed below.
/// </summary>
public sealed class DynamicPrismServer : PrismServer
{
    public const string Seed = "20261202";

    protected override IEnumerable<string> MockArguments => new[] { "--dynamic", "--seed", Seed };
}

/// <summary>Prism mocking the Swagger 2.0 spec (<c>Specs/legacy.swagger.json</c>).</summary>
public sealed class LegacyPrismServer : PrismServer
{
    protected override string SpecFile => "legacy.swagger.json";
}
