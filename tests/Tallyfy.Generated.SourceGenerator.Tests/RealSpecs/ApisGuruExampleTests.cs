using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;

/// <summary>
/// The response and request body examples of public APIs' specs from the APIs.guru directory, written by their makers,
/// as an oracle for the generated readers and writers (<see cref="ExampleRoundTrip"/>): each spec of a sample is
/// generated, compiled and loaded, every JSON example of a response is read into its case's body type and written back,
/// and every JSON example of a request body into the type of the method's body parameter and written back as the client
/// sends it. Every 100th
/// document by default; <c>TALLYFY_APIS_GURU_EXAMPLES_EVERY</c> sets another step (1: the whole directory), and
/// <c>TALLYFY_APIS_GURU_EXAMPLES_SPECS</c> names documents instead (paths under the directory, separated by <c>;</c>).
/// </summary>
public sealed class ApisGuruExampleTests
{
    private const string EveryVariable = "TALLYFY_APIS_GURU_EXAMPLES_EVERY";
    private const string SpecsVariable = "TALLYFY_APIS_GURU_EXAMPLES_SPECS";
    private const string Namespace = "RealSpecs.Guru";
    private const string ClientName = "GuruClient";

    private readonly ITestOutputHelper _output;

    public ApisGuruExampleTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void Response_and_request_examples_of_a_sample_of_the_directory_round_trip_through_the_generated_readers_and_writers()
    {
        var every = int.TryParse(Environment.GetEnvironmentVariable(EveryVariable), out var step) && step > 0 ? step : 100;
        var specs = ApisGuruDirectoryTests.Specs(every);
        if (Environment.GetEnvironmentVariable(SpecsVariable) is { Length: > 0 } chosen)
        {
            specs = chosen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(name => Path.Combine(ApisGuruDirectoryTests.Directory, name)).ToList();
        }

        int examples = 0, roundTripped = 0, specFaults = 0, untyped = 0, withExamples = 0, requestExamples = 0, requestsRoundTripped = 0;
        var ours = new List<string>();
        foreach (var path in specs)
        {
            var name = Path.GetRelativePath(ApisGuruDirectoryTests.Directory, path);
            var text = File.ReadAllText(path);
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 256 });
            if (!HasExample(document.RootElement))
            {
                continue;
            }

            var run = GeneratorHarness.Run(new SpecText(path, text, Namespace, ClientName));
            if (run.Result.Results.Single().TrackedSteps[TrackingNames.Parsed].Single().Outputs.Single().Value is not Diagnostics.ParseResult { Client: { } model })
            {
                continue; // an error of the spec's own, reported as a diagnostic (ApisGuruDirectoryTests holds the generator to that)
            }

            var (emitted, assembly) = GeneratedClientImage.EmitAndLoad(run.Output, "GuruClient " + name);
            if (assembly is null)
            {
                ours.Add(name + ": the client does not compile: " + emitted.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
                continue;
            }

            withExamples++;
            foreach (var outcome in new[] { ExampleRoundTrip.Walk(document.RootElement, model, assembly, anyJson: true), ExampleRoundTrip.WalkRequests(document.RootElement, model, assembly, anyJson: true) })
            {
                examples += outcome.Examples;
                roundTripped += outcome.RoundTripped;
                specFaults += outcome.SpecFaults.Count;
                untyped += outcome.Untyped;
                if (outcome.Of != "response")
                {
                    requestExamples += outcome.Examples;
                    requestsRoundTripped += outcome.RoundTripped;
                }

                ours.AddRange(outcome.Ours.Select(line => name + ": " + line));
                _output.WriteLine(name + ": " + outcome.Summary);
                foreach (var line in outcome.SpecFaults.Take(3))
                {
                    _output.WriteLine("  spec: " + line);
                }

                foreach (var line in outcome.Ours)
                {
                    _output.WriteLine("  ours: " + name + ": " + line);
                }
            }
        }

        _output.WriteLine($"{specs.Count} specs, {withExamples} with examples; {examples} examples ({requestExamples} of request bodies): {roundTripped} round-tripped "
            + $"({requestsRoundTripped} of request bodies), {untyped} typed JsonElement or not sent as JSON, {specFaults} break their own schema, {ours.Count} fail otherwise");
        Assert.True(ours.Count == 0, $"{ours.Count} examples that conform to their schema do not round-trip:\n" + string.Join("\n", ours.Take(60)));
    }

    /// <summary>Whether the document gives any example under a response's or a request body's content (a quick look before generating).</summary>
    private static bool HasExample(JsonElement root) =>
        root.TryGetProperty("paths", out var paths) && paths.ValueKind == JsonValueKind.Object
        && paths.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.Object && p.Value.EnumerateObject().Any(o =>
            o.Value.ValueKind == JsonValueKind.Object
            && ((o.Value.TryGetProperty("responses", out var responses) && responses.ValueKind == JsonValueKind.Object
                    && responses.EnumerateObject().Any(r => HasContentExample(r.Value)))
                || (o.Value.TryGetProperty("requestBody", out var requestBody) && HasContentExample(requestBody)))));

    /// <summary>Whether a response or request body gives an example under its content; a <c>$ref</c> one may (not followed here).</summary>
    private static bool HasContentExample(JsonElement owner) =>
        owner.ValueKind == JsonValueKind.Object
        && (owner.TryGetProperty("content", out var content) ? content.ValueKind == JsonValueKind.Object
            && content.EnumerateObject().Any(m => m.Value.ValueKind == JsonValueKind.Object && (m.Value.TryGetProperty("example", out _) || m.Value.TryGetProperty("examples", out _)))
            : owner.TryGetProperty("$ref", out _));
}
