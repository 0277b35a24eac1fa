using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using Tallyfy.Generated.SourceGenerator.Tests.HostileNames;
using Xunit;
using Xunit.Abstractions;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// Generated names against a hostile pool: specs whose every name (schemas, properties, parameters in all four
/// locations, response headers, operationIds, enum values, security schemes, discriminators and union variants) is a
/// C# keyword, a framework type name, a name the generator derives itself, a case variant of another name of the same
/// spec, Unicode, symbols, digits, blanks or a very long name. Each must compile with no error and no warning at C# 12
/// (nullable on, documentation diagnosed), draw no generator error, and give the same files on a second run.
/// Where the format restricts a name the pool keeps to it: component keys (schemas, security schemes) match
/// <c>^[a-zA-Z0-9.\-_]+$</c>, and path parameters and segments hold no <c>{ } / ? #</c>.
/// TALLYFY_NAMES_SPECS sets how many specs the property test builds (default 240), TALLYFY_NAMES_SEED the seed
/// (default fixed, so runs repeat); a failure prints each distinct error once, with a spec shrunk to reproduce it.
/// </summary>
public sealed class HostileNameTests
{
    private const int DefaultSpecs = 240;
    private const int DefaultSeed = 20261130;
    private const int BatchSize = 16;
    private const int MaxEntries = 30;
    private static readonly TimeSpan ShrinkBudget = TimeSpan.FromSeconds(90);

    private readonly ITestOutputHelper _output;

    public HostileNameTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Specs_with_hostile_names_compile_cleanly_and_repeat()
    {
        var seed = ReadSetting("TALLYFY_NAMES_SEED", DefaultSeed);
        var count = ReadSetting("TALLYFY_NAMES_SPECS", DefaultSpecs);
        foreach (var watch in new[] { HostileCheck.GenerateTime, HostileCheck.CompileTime, HostileCheck.RepeatTime })
        {
            watch.Reset();
        }

        var clock = Stopwatch.StartNew();
        var random = new Random(seed);
        var specSeeds = Enumerable.Range(0, count).Select(_ => random.Next()).ToList();

        // Kind -> how many specs fail with it, and the first of them.
        var kinds = new SortedDictionary<string, (int Count, int SpecSeed)>(StringComparer.Ordinal);
        var failing = 0;
        for (var start = 0; start < count; start += BatchSize)
        {
            var batch = specSeeds.Skip(start).Take(BatchSize).ToList();
            var failures = HostileCheck.Check(batch.Select(s => HostileCheck.Json(HostileSpecBuilder.Build(s, HostilePool.Instance))).ToList());
            failing += failures.Count;
            foreach (var (index, list) in failures)
            {
                foreach (var failure in list)
                {
                    kinds[failure.Kind] = kinds.TryGetValue(failure.Kind, out var known) ? (known.Count + 1, known.SpecSeed) : (1, batch[index]);
                }
            }
        }

        var checkedIn = clock.Elapsed;
        var times = $"generator {HostileCheck.GenerateTime.Elapsed.TotalSeconds:F1} s, compiler {HostileCheck.CompileTime.Elapsed.TotalSeconds:F1} s, "
            + $"second run {HostileCheck.RepeatTime.Elapsed.TotalSeconds:F1} s";

        // One entry per bug: the kinds a shrunk reproducer shows besides its own are the same bug's other errors.
        var entries = new List<string>();
        var explained = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (kind, (hits, specSeed)) in kinds.OrderByDescending(k => k.Value.Count))
        {
            if (explained.Contains(kind))
            {
                continue;
            }

            if (entries.Count == MaxEntries)
            {
                entries.Add($"… and more: {string.Join("; ", kinds.Keys.Where(k => !explained.Contains(k)))}");
                break;
            }

            var spec = HostileSpecBuilder.Build(specSeed, HostilePool.Instance);
            var shrunk = HostileCheck.Shrink(spec, kind, clock, checkedIn + ShrinkBudget);
            var errors = HostileCheck.CheckOne(HostileCheck.Json(shrunk), HostileCheck.NeedsRepeat(kind));
            explained.Add(kind);
            explained.UnionWith(errors.Select(e => e.Kind));
            entries.Add($"[{hits}× specs] {kind}\n  spec seed {specSeed}, shrunk to:\n{HostileCheck.Json(shrunk)}\n{HostileCheck.Describe(errors.OrderBy(e => e.Kind != kind))}");
        }

        _output.WriteLine($"seed {seed}: {count} specs in batches of {BatchSize}, {failing} failing, {kinds.Count} kinds of error in {entries.Count} entries; "
            + $"checked in {checkedIn.TotalSeconds:F1} s ({times}), shrunk in {(clock.Elapsed - checkedIn).TotalSeconds:F1} s");
        Assert.True(
            kinds.Count == 0,
            $"{failing} of {count} specs fail (seed {seed}), {kinds.Count} kinds of error, by shrunk reproducer:\n\n"
            + string.Join("\n", entries));
    }

    [Fact]
    public void Specs_with_ordinary_names_pass_the_same_checks()
    {
        // The positive control: the same spec shapes with plain names compile, so a failure above is the names' doing.
        var random = new Random(DefaultSeed);
        var specs = Enumerable.Range(0, 24).Select(_ => HostileCheck.Json(HostileSpecBuilder.Build(random.Next(), new OrdinaryNames()))).ToList();
        var failures = HostileCheck.Check(specs);
        Assert.True(
            failures.Count == 0,
            string.Join("\n", failures.Select(f => $"spec {f.Key}:\n{specs[f.Key]}\n{HostileCheck.Describe(f.Value)}")));
    }

    [Fact]
    public void The_builder_covers_every_name_position()
    {
        // The property test means something only if the specs it builds reach every name position.
        var random = new Random(DefaultSeed);
        var specs = Enumerable.Range(0, 60).Select(_ => HostileSpecBuilder.Build(random.Next(), HostilePool.Instance)).ToList();
        var operations = specs.SelectMany(s => ((JsonObject)s["paths"]!).SelectMany(p => ((JsonObject)p.Value!).Select(m => (JsonObject)m.Value!))).ToList();
        var parameters = operations.SelectMany(o => o["parameters"] as JsonArray ?? new JsonArray()).OfType<JsonObject>().ToList();
        foreach (var location in new[] { "path", "query", "header", "cookie" })
        {
            Assert.Contains(parameters, p => (string?)p["in"] == location && (bool?)p["required"] == true);
            if (location != "path")
            {
                Assert.Contains(parameters, p => (string?)p["in"] == location && (bool?)p["required"] == false);
            }
        }

        foreach (var media in new[] { "application/json", "application/x-www-form-urlencoded", "multipart/form-data" })
        {
            Assert.Contains(operations, o => o["requestBody"]?["content"]?[media] is not null);
        }

        Assert.Contains(operations, o => o["requestBody"] is null && o["parameters"] is not null);
        Assert.Contains(operations, o => o["operationId"] is null);
        Assert.Contains(operations, o => o["responses"]?["200"]?["headers"] is JsonObject);
        var json = string.Join("\n", specs.Select(s => HostileCheck.Json(s)));
        foreach (var part in new[] { "\"discriminator\"", "\"mapping\"", "\"oneOf\"", "\"anyOf\"", "\"securitySchemes\"", "\"apiKey\"", "\"enum\":[\"", "\"enum\":[-", "\"additionalProperties\"" })
        {
            Assert.Contains(part, json, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string> FixedCaseNames() => new(HostileFixedCases.All.Select(c => c.Name));

    /// <summary>Every failure the property test found, shrunk, stays as a case of its own.</summary>
    [Theory]
    [MemberData(nameof(FixedCaseNames))]
    public void Fixed_case_compiles_cleanly_and_repeats(string name)
    {
        var fixedCase = HostileFixedCases.All.Single(c => c.Name == name);
        var spec = JsonNode.Parse(fixedCase.Spec)!;
        var failures = HostileCheck.CheckOne(HostileCheck.Json(spec));
        Assert.True(failures.Count == 0, $"{fixedCase.Bug}\n{HostileCheck.Json(spec, indented: true)}\n{HostileCheck.Describe(failures)}");
    }

    private static int ReadSetting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
