using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Diagnostics;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

namespace Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;

/// <summary>
/// GitHub's REST API description (<c>@octokit/openapi</c>, pinned by <c>RealSpecs/package.json</c>), generated through
/// the real Roslyn driver as a consumer's item gives it (only the schema types its operations use: its ~330 webhook payload
/// schemas are left out, TGEN053), compiled in memory once and loaded, for every test of
/// <see cref="GitHubSpecTests"/>. When the spec is absent (npm could not install it) nothing is run and
/// <see cref="Absent"/> says why.
/// </summary>
public sealed class GitHubSpecFixture : IDisposable
{
    public const string Namespace = "RealSpecs.GitHub";

    public const string ClientName = "GitHubClient";


    public GitHubSpecFixture()
    {
        SpecPath = typeof(GitHubSpecFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "GitHubSpec").Value!;
        if (!File.Exists(SpecPath))
        {
            Absent = "GitHub's REST API description " + SpecPath + " is absent: npm could not install @octokit/openapi "
                + "(run `npm ci --no-audit --no-fund` in tests/Tallyfy.Generated.SourceGenerator.Tests/RealSpecs/)";
            return;
        }

        var text = File.ReadAllText(SpecPath);
        var spec = new SpecText(SpecPath, text, Namespace, ClientName);

        var clock = Stopwatch.StartNew();
        Run = GeneratorHarness.Run(spec);
        GenerationTime = clock.Elapsed;

        // One Emit, not GetDiagnostics and then Emit: each binds every method body again, and on this spec each takes about
        // a minute on a loaded 2-core machine. Emit reports what GetDiagnostics does (Emit_reports_what_GetDiagnostics_reports).
        clock.Restart();
        var (emitted, assembly) = GeneratedClientImage.EmitAndLoad(Run.Output, "GitHubClient");
        CompileTime = clock.Elapsed;
        CompilerProblems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assembly = assembly;

        // The parser's model of the run above (its tracked parse step): which result union and case each response is read into.
        Model = Run.Result.Results.Single().TrackedSteps[TrackingNames.Parsed].Single().Outputs.Single().Value is ParseResult parsed ? parsed.Client : null;

        Document = System.Text.Json.JsonDocument.Parse(text, new System.Text.Json.JsonDocumentOptions { MaxDepth = 256 });
        PeakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64;
    }

    /// <summary>Why nothing ran: the spec file is missing. Null when it ran.</summary>
    public string? Absent { get; }

    public string SpecPath { get; }

    internal GeneratorRun? Run { get; }

    public IReadOnlyList<Diagnostic> CompilerProblems { get; } = Array.Empty<Diagnostic>();

    /// <summary>The generated client, loaded; null when it did not compile.</summary>
    public Assembly? Assembly { get; }

    internal ClientModel? Model { get; }

    public System.Text.Json.JsonDocument? Document { get; }

    public TimeSpan GenerationTime { get; }

    /// <summary>The in-memory compile: binding, nullable analysis and emit of the generated code.</summary>
    public TimeSpan CompileTime { get; }

    /// <summary>The test process's peak working set once the fixture is built (the runner and other tests included).</summary>
    public long PeakWorkingSet { get; }

    public void Dispose()
    {
        Document?.Dispose();
    }
}
