using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading.Tasks;
using PydanticEcho;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// The pydantic echo server (<c>Pydantic/app.py serve</c>), once for the <see cref="PydanticCollection"/>: pydantic v2
/// reads each request body as the model its path names, as FastAPI does, and answers 200 with its own JSON of the
/// model or 422 with FastAPI's error body. It needs <c>python3</c> with pydantic 2 (not a NuGet or npm package, so
/// nothing the repository can install): without them <see cref="Missing"/> says why and the tests skip.
/// </summary>
public sealed class PydanticServer : IAsyncLifetime
{
    private readonly List<HttpClient> _httpClients = new();
    private NodeServer? _server;

    public static string Root { get; } = typeof(PydanticServer).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PydanticRoot").Value!;

    /// <summary>Why the server cannot run here (no python3, no pydantic 2), or null when it runs.</summary>
    public string? Missing { get; private set; }

    /// <summary>The installed pydantic's version (<c>pydantic.VERSION</c>), when there is one.</summary>
    public string? PydanticVersion { get; private set; }

    public PydanticClient CreateClient()
    {
        var httpClient = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        lock (_httpClients)
        {
            _httpClients.Add(httpClient);
        }

        return new PydanticClient(httpClient, _server!.BaseUri);
    }

    /// <summary>The server's output so far, for a failing test's message.</summary>
    public string Output() => _server?.Output() ?? string.Empty;

    public async Task InitializeAsync()
    {
        var (exit, output) = await RunAsync("-c", "import pydantic; print(pydantic.VERSION)");
        if (exit != 0 || !output.StartsWith("2.", StringComparison.Ordinal))
        {
            Missing = exit == -1 ? "python3 is not on the PATH" : "python3 has no pydantic 2 (" + output + ")";
            return;
        }

        PydanticVersion = output;
        _server = await NodeServer.StartAsync(
            "pydantic",
            Root,
            port => new[] { Path.Combine(Root, "app.py"), "serve", "--port", port.ToString(CultureInfo.InvariantCulture) },
            port => "pydantic listening on http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(60),
            program: "python3");
    }

    /// <summary>Runs python3 with <paramref name="arguments"/> in <see cref="Root"/>: its exit code (-1 when it cannot start) and its standard output, trimmed.</summary>
    public static async Task<(int Exit, string Output)> RunAsync(params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Root };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(startInfo)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, string.Empty);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, ((await output) + (process.ExitCode == 0 ? string.Empty : await error)).Trim());
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

        _server?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PydanticCollection : ICollectionFixture<PydanticServer>
{
    public const string Name = "pydantic";
}
