using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Model;
using Xunit;
using Xunit.Abstractions;

namespace Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;

/// <summary>
/// GitHub's REST API description as an oracle: the largest public spec, written by others, generated and compiled
/// like a consumer's, then its own documented response examples read with the generated readers and written back.
/// Fails in CI (<c>CI=true</c>) and skips elsewhere when npm could not install the spec.
/// </summary>
public sealed class GitHubSpecTests : IClassFixture<GitHubSpecFixture>
{
    private readonly GitHubSpecFixture _fixture;
    private readonly ITestOutputHelper _output;

    public GitHubSpecTests(GitHubSpecFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [SkippableFact]
    public void GitHub_spec_generates_without_warnings_and_compiles_without_errors_or_warnings()
    {
        RequireSpec();
        var run = _fixture.Run!;
        _output.WriteLine($"{run.Sources.Length} files, {_fixture.Model?.Operations.Count} operations, {_fixture.Model?.Types.Count} types");
        _output.WriteLine($"generation {_fixture.GenerationTime.TotalSeconds:F1} s, compile {_fixture.CompileTime.TotalSeconds:F1} s, peak working set {_fixture.PeakWorkingSet / (1024 * 1024)} MB");

        Assert.Null(run.Result.Results.Single().Exception);
        var reported = run.Diagnostics;
        _output.WriteLine($"{reported.Length} generator diagnostics");
        foreach (var info in reported.Where(d => d.Severity < DiagnosticSeverity.Warning))
        {
            _output.WriteLine("info: " + info);
        }

        // The one info: the schema types no operation uses (the webhook payloads) are left out.
        Assert.Equal("TGEN053", Assert.Single(reported.Where(d => d.Severity < DiagnosticSeverity.Warning)).Id);
        var serious = reported.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(serious.Count == 0, $"{serious.Count} generator warnings or errors\n{Describe(serious)}");
        Assert.True(_fixture.CompilerProblems.Count == 0, $"{_fixture.CompilerProblems.Count} compiler errors or warnings\n{Describe(_fixture.CompilerProblems)}");
        Assert.NotNull(_fixture.Assembly);
        Assert.NotNull(_fixture.Model);
    }

    /// <summary>The fixture compiles with Emit alone: its diagnostics hold the declaration, method body, nullable and documentation warnings.</summary>
    [Fact]
    public void Emit_reports_what_GetDiagnostics_reports()
    {
        var compilation = Infrastructure.GeneratorHarness.CreateCompilation("""
            namespace Consumer;
            /// <summary>Ok.</summary>
            public class Thing
            {
                /// <summary>Kept.</summary>
                [System.Obsolete("gone")]
                public required int Old { get; init; }

                /// <summary>Length.</summary>
                /// <param name="missing">Not a parameter.</param>
                public static int Length(string? text) => text.Length;

                public static int Undocumented() { int unused = 1; return 0; }
            }
            """);

        var expected = compilation.GetDiagnostics().Select(d => d.Id).Order().ToList();
        using var image = new System.IO.MemoryStream();
        var emitted = compilation.Emit(image).Diagnostics.Select(d => d.Id).Order().ToList();

        Assert.Equal(new[] { "CS0219", "CS1572", "CS1573", "CS1591", "CS8602", "CS9042" }, expected.Distinct().ToArray());
        Assert.Equal(expected, emitted);
    }

    /// <summary>
    /// Every JSON example GitHub documents for a response is read into the C# type the generated client reads that
    /// response into, then written back, and the two documents compared. Tolerated: numbers compared by value, a member
    /// written as null where the example leaves it out (or the reverse), a date-time string written in another form of
    /// the same instant, a member the example leaves out written with its schema's <c>default</c> (the reader applies
    /// it), a <c>readOnly</c> member left out (the writer writes requests, which never carry one). An example that does not round-trip is the spec's fault only when it breaks its own schema
    /// (<see cref="ExampleSchemaCheck"/>); any other failure is the generator's.
    /// </summary>
    [SkippableFact]
    public void GitHub_response_examples_round_trip_through_the_generated_readers_and_writers()
    {
        RequireSpec();
        Assert.NotNull(_fixture.Assembly);
        var outcome = ExampleRoundTrip.Walk(_fixture.Document!.RootElement, _fixture.Model!, _fixture.Assembly!, anyJson: false);

        _output.WriteLine($"{_fixture.Model!.Operations.Count} operations; {outcome.Summary}");
        outcome.WriteDetails(_output);

        Assert.Empty(outcome.NotGenerated);
        Assert.True(outcome.Examples > 1000, $"only {outcome.Examples} examples found");
        Assert.True(outcome.Ours.Count == 0, $"{outcome.Ours.Count} examples that conform to their schema do not round-trip:\n" + string.Join("\n", outcome.Ours.Take(60)));
    }

    /// <summary>
    /// The same for every JSON example GitHub documents for a request body: read into the type of the generated method's
    /// body parameter and written back as the client sends it, so what GitHub shows a caller sending is what the
    /// client sends for the same value.
    /// </summary>
    [SkippableFact]
    public void GitHub_request_body_examples_round_trip_through_the_generated_readers_and_writers()
    {
        RequireSpec();
        Assert.NotNull(_fixture.Assembly);
        var outcome = ExampleRoundTrip.WalkRequests(_fixture.Document!.RootElement, _fixture.Model!, _fixture.Assembly!, anyJson: false);

        _output.WriteLine($"{_fixture.Model!.Operations.Count} operations; {outcome.Summary}");
        outcome.WriteDetails(_output);

        Assert.Empty(outcome.NotGenerated);
        Assert.True(outcome.RoundTripped > 300, $"only {outcome.RoundTripped} of {outcome.Examples} request examples round-tripped");
        Assert.True(outcome.Ours.Count == 0, $"{outcome.Ours.Count} examples that conform to their schema do not round-trip:\n" + string.Join("\n", outcome.Ours.Take(60)));
    }

    private void RequireSpec() => RealSpecsInstall.Require(_fixture.Absent);

    private static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var all = diagnostics.ToList();
        var builder = new StringBuilder();
        foreach (var d in all.Take(40))
        {
            builder.Append("  ").Append(d).Append('\n');
        }

        if (all.Count > 40)
        {
            builder.Append("  ... and ").Append(all.Count - 40).Append(" more\n");
        }

        return builder.ToString();
    }
}
