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
    private readonly TrackedHttpClients _httpClients = new();
    private NodeServer? _server;

    public static string Root { get; } = typeof(PydanticServer).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PydanticRoot").Value!;

    /// <summary>
    /// The interpreters tried, in order: <c>TALLYFY_PYTHON</c> when set, <c>python3</c> on the PATH, and pyenv's shim in
    /// its default place (a shell that does not read pyenv's setup still finds the interpreter that has pydantic).
    /// </summary>
    private static readonly string[] Candidates = new[]
    {
        Environment.GetEnvironmentVariable("TALLYFY_PYTHON"),
        "python3",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".pyenv", "shims", "python3"),
    }.Where(candidate => !string.IsNullOrEmpty(candidate)).Select(candidate => candidate!).ToArray();

    /// <summary>The first of <see cref="Candidates"/> that has pydantic 2; null when none has.</summary>
    private string? _python;

    /// <summary>Why the server cannot run here (no python3, no pydantic 2), or null when it runs.</summary>
    public string? Missing { get; private set; }

    /// <summary>The installed pydantic's version (<c>pydantic.VERSION</c>), when there is one.</summary>
    public string? PydanticVersion { get; private set; }

    public PydanticClient CreateClient()
    {
        return new PydanticClient(_httpClients.Add(new HttpClient(), TimeSpan.FromSeconds(30)), _server!.BaseUri);
    }

    /// <summary>The server's output so far, for a failing test's message.</summary>
    public string Output() => _server?.Output() ?? string.Empty;

    public async Task InitializeAsync()
    {
        var tried = new List<string>();
        foreach (var candidate in Candidates)
        {
            var (exit, version) = await RunAsync(candidate, "-c", "import pydantic; print(pydantic.VERSION)");
            if (exit == 0 && version.StartsWith("2.", StringComparison.Ordinal))
            {
                _python = candidate;
                PydanticVersion = version;
                break;
            }

            tried.Add(candidate + (exit == -1 ? ": not found" : ": no pydantic 2"));
        }

        if (_python is null)
        {
            Missing = "no python3 with pydantic 2 (" + string.Join("; ", tried) + ")";
            return;
        }

        _server = await NodeServer.StartAsync(
            "pydantic",
            Root,
            port => new[] { Path.Combine(Root, "app.py"), "serve", "--port", port.ToString(CultureInfo.InvariantCulture) },
            port => "pydantic listening on http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(60),
            program: _python);
    }

    /// <summary>Runs the interpreter that has pydantic with <paramref name="arguments"/> in <see cref="Root"/>, as <see cref="RunAsync"/> says.</summary>
    public Task<(int Exit, string Output)> RunPythonAsync(params string[] arguments) =>
        RunAsync(_python ?? throw new InvalidOperationException(Missing), arguments);

    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> in <see cref="Root"/>: its exit code (-1 when it cannot start) and its standard output, trimmed.</summary>
    private static async Task<(int Exit, string Output)> RunAsync(string program, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Root };
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
        _httpClients.Dispose();
        _server?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PydanticCollection : ICollectionFixture<PydanticServer>
{
    public const string Name = "pydantic";
}
