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
/// A server written for node (the AutoRest test server, Stoplight Prism), or another interpreter (the pydantic echo
/// server, python3), on a free loopback port, started from its install and stopped with its whole process tree on
/// dispose; ready when it prints its ready line. Shared by the test projects that run one (linked into the others).
/// </summary>
public sealed class NodeServer : IDisposable
{
    private readonly string _name;
    private readonly List<string> _output = new();
    private Process? _process;

    private NodeServer(string name) => _name = name;

    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    /// <summary>
    /// Starts <c>node</c> with the <paramref name="arguments"/> for a port in <paramref name="workingDirectory"/> and
    /// waits for <paramref name="readyLine"/> of that port; <paramref name="startupBound"/> only catches a hang.
    /// A port taken between the probe and node's listen makes the server exit; another free port is tried then.
    /// <paramref name="program"/> runs another interpreter instead of <c>node</c> (<c>python3</c>).
    /// </summary>
    public static async Task<NodeServer> StartAsync(string name, string workingDirectory, Func<int, IEnumerable<string>> arguments, Func<int, string> readyLine, TimeSpan startupBound, string program = "node")
    {
        var server = new NodeServer(name);
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            if (await server.TryStartAsync(program, workingDirectory, arguments(port), readyLine(port), startupBound))
            {
                server.BaseUri = new Uri($"http://127.0.0.1:{port}");
                return server;
            }

            if (attempt == 3)
            {
                throw new InvalidOperationException(name + " did not start:\n" + server.Output());
            }
        }
    }

    /// <summary>
    /// Stoplight Prism mocking <paramref name="spec"/>, with <paramref name="arguments"/> (e.g. <c>--dynamic --seed N</c>);
    /// <paramref name="prismRoot"/> is the folder whose <c>node_modules</c> holds <c>@stoplight/prism-cli</c>. Prism is
    /// someone else's reading of OpenAPI: it validates every request against the spec (parameters by style and
    /// explode, headers, cookies, security, the body against its media type and schema) and answers an invalid one
    /// with a 422 (or the spec's own 400/422, then with an <c>sl-violations</c> header); a valid one gets a documented
    /// response built from the spec's examples or, in dynamic mode, generated from its schemas.
    /// </summary>
    public static Task<NodeServer> StartPrismAsync(string prismRoot, string spec, params string[] arguments)
    {
        var cli = Path.Combine(prismRoot, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"{cli} is missing: npm ci did not run in {prismRoot}.");
        }

        // Prism is normally listening within a few seconds, on a large spec within a minute.
        return StartAsync(
            "Prism",
            Path.GetDirectoryName(spec)!,
            port => new[] { cli, "mock", "--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture) }.Concat(arguments).Append(spec),
            port => "Prism is listening on http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(180));
    }

    /// <summary>The server's last lines of output (Prism's request log names every violation it found), for a failing test's message.</summary>
    public string Output()
    {
        lock (_output)
        {
            var exited = _process is { HasExited: true } process ? $"\n({_name} exited with code {process.ExitCode})" : string.Empty;
            return string.Join("\n", _output.TakeLast(60)) + exited;
        }
    }

    private async Task<bool> TryStartAsync(string program, string workingDirectory, IEnumerable<string> arguments, string readyLine, TimeSpan startupBound)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["NO_COLOR"] = "1";
        startInfo.Environment["FORCE_COLOR"] = "0";

        var ready = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data, readyLine, ready);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data, readyLine, ready);
        process.Exited += (_, _) => ready.TrySetResult(false);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var finished = await Task.WhenAny(ready.Task, Task.Delay(startupBound));
        if (finished == ready.Task && ready.Task.Result)
        {
            return true;
        }

        Stop();
        if (finished != ready.Task)
        {
            throw new TimeoutException($"{_name} gave no sign of life within {startupBound}:\n" + Output());
        }

        return false;
    }

    private void OnLine(string? line, string readyLine, TaskCompletionSource<bool> ready)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (line.Contains(readyLine, StringComparison.Ordinal))
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

/// <summary>
/// One error Prism reports (its warnings, such as a deprecated parameter, are left out): <see cref="Where"/> is
/// <c>request</c> (what the client sent) or <c>response</c> (Prism's own mock breaking the spec), <see cref="Code"/>
/// the JSON Schema keyword it broke (<c>required</c>, <c>type</c>, <c>pattern</c>, ...), <see cref="Text"/> its location and message.
/// </summary>
public sealed record PrismViolation(string Where, string Code, string Text)
{
    /// <summary>
    /// The errors of an <c>sl-violations</c> header (none for null), or, <paramref name="inRequest"/>, of the
    /// <c>validation</c> array of Prism's own 422 body, whose locations start at the request's part (query, body, ...).
    /// </summary>
    public static IReadOnlyList<PrismViolation> Errors(string? json, bool inRequest = false)
    {
        if (json is null)
        {
            return Array.Empty<PrismViolation>();
        }

        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Where(violation => violation.TryGetProperty("severity", out var severity) && severity.ToString() == "Error")
            .Select(violation =>
            {
                // Not every violation has a location or a code (jellyfin's responses give some without a code).
                var location = violation.TryGetProperty("location", out var at) && at.ValueKind == System.Text.Json.JsonValueKind.Array
                    ? at.EnumerateArray().Select(part => part.ToString()).ToList()
                    : new List<string>();
                return new PrismViolation(
                    inRequest ? "request" : location.FirstOrDefault() ?? string.Empty,
                    violation.TryGetProperty("code", out var code) ? code.ToString() : string.Empty,
                    string.Join(".", location) + ": " + (violation.TryGetProperty("message", out var message) ? message.ToString() : violation.ToString()));
            })
            .ToList();
    }
}

