using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

/// <summary>
/// Stoplight Prism's mock server (node, from an npm install of <c>@stoplight/prism-cli</c>) for one spec file on a free
/// loopback port, stopped with its whole process tree on dispose. Prism is someone else's reading of OpenAPI: it
/// validates every request against the spec (parameters by style and explode, headers, cookies, security, the body
/// against its media type and schema) and answers an invalid one with a 422 (or the spec's own 400/422, then with an
/// <c>sl-violations</c> header); a valid one gets a documented response built from the spec's examples or, in dynamic
/// mode, generated from its schemas. Shared by the generator tests and the features tests (linked there).
/// </summary>
public sealed class PrismProcess : IDisposable
{
    /// <summary>Only catches a hang: Prism is normally listening within a few seconds, a large spec within a minute.</summary>
    private static readonly TimeSpan StartupBound = TimeSpan.FromSeconds(180);

    private readonly List<string> _output = new();
    private Process? _process;

    private PrismProcess()
    {
    }

    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    /// <summary>
    /// Starts <c>prism mock</c> for <paramref name="spec"/> with <paramref name="arguments"/> (e.g. <c>--dynamic
    /// --seed N</c>); <paramref name="prismRoot"/> is the folder whose <c>node_modules</c> holds the install.
    /// </summary>
    public static async Task<PrismProcess> StartAsync(string prismRoot, string spec, params string[] arguments)
    {
        var cli = Path.Combine(prismRoot, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"{cli} is missing: npm ci did not run in {prismRoot}.");
        }

        var prism = new PrismProcess();

        // A port taken between the probe and node's listen makes Prism exit; another free port is tried then.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            if (await prism.TryStartAsync(cli, spec, port, arguments))
            {
                prism.BaseUri = new Uri($"http://127.0.0.1:{port}");
                return prism;
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException("Prism did not start:\n" + prism.Output());
            }
        }
    }

    /// <summary>Prism's last lines of output (its request log names every violation it found), for a failing test's message.</summary>
    public string Output()
    {
        lock (_output)
        {
            var exited = _process is { HasExited: true } process ? $"\n(Prism exited with code {process.ExitCode})" : string.Empty;
            return string.Join("\n", _output.TakeLast(60)) + exited;
        }
    }

    private async Task<bool> TryStartAsync(string cli, string spec, int port, string[] arguments)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(spec)!,
        };
        foreach (var argument in new[] { cli, "mock", "--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture) }.Concat(arguments).Append(spec))
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

    public void Dispose() => Stop();

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
