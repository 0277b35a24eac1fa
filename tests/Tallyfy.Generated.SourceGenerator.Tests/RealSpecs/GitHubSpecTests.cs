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
    private static readonly string[] Methods = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

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
        var assembly = _fixture.Assembly!;
        var model = _fixture.Model!;
        var root = _fixture.Document!.RootElement;
        var check = new ExampleSchemaCheck(root);
        var operations = model.Operations.ToDictionary(o => (o.Method, o.PathTemplate));
        var types = assembly.GetTypes().Where(t => t.DeclaringType is null).GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First());

        int examples = 0, roundTripped = 0, untyped = 0;
        var specFaults = new List<string>();
        var ours = new List<string>();
        var untypedAt = new List<string>();
        foreach (var pathItem in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in Methods)
            {
                if (!pathItem.Value.TryGetProperty(method, out var operation) || !operation.TryGetProperty("responses", out var responses))
                {
                    continue;
                }

                operations.TryGetValue((method.ToUpperInvariant(), pathItem.Name), out var operationModel);
                foreach (var response in responses.EnumerateObject())
                {
                    var resolved = check.Resolve(response.Value);
                    if (!resolved.TryGetProperty("content", out var content) || !content.TryGetProperty("application/json", out var media))
                    {
                        continue;
                    }

                    foreach (var (name, example) in Examples(check, media))
                    {
                        examples++;
                        var where = $"{method.ToUpperInvariant()} {pathItem.Name} {response.Name} example '{name}'";
                        var bodyType = operationModel is null ? null : BodyType(types, operationModel, response.Name);
                        if (bodyType is null)
                        {
                            ours.Add(where + ": no typed body in the generated client");
                            continue;
                        }

                        if (bodyType == typeof(JsonElement))
                        {
                            untyped++;
                            untypedAt.Add(where);
                            continue;
                        }

                        media.TryGetProperty("schema", out var schema);
                        var problem = RoundTrip(check, example, schema, bodyType);
                        if (problem is null)
                        {
                            roundTripped++;
                            continue;
                        }

                        var violations = schema.ValueKind == JsonValueKind.Object ? check.Violations(example, schema) : new List<string>();
                        if (violations.Count > 0)
                        {
                            specFaults.Add($"{where}: {problem}; the example breaks its schema: {violations[0]}");
                        }
                        else
                        {
                            ours.Add($"{where} ({bodyType.Name}): {problem}");
                        }
                    }
                }
            }
        }

        _output.WriteLine($"{model.Operations.Count} operations; {examples} response examples: {roundTripped} round-tripped, "
            + $"{untyped} typed JsonElement (kept as written), {specFaults.Count} break their own schema, {ours.Count} fail otherwise");
        foreach (var line in untypedAt)
        {
            _output.WriteLine("JsonElement: " + line);
        }

        foreach (var line in specFaults)
        {
            _output.WriteLine("spec: " + line);
        }

        foreach (var line in ours)
        {
            _output.WriteLine("ours: " + line);
        }

        Assert.True(examples > 1000, $"only {examples} examples found");
        Assert.True(ours.Count == 0, $"{ours.Count} examples that conform to their schema do not round-trip:\n" + string.Join("\n", ours.Take(60)));
    }

    private void RequireSpec() => RealSpecsInstall.Require(_fixture.Absent);

    /// <summary>The media type's examples: each of <c>examples</c> (a <c>$ref</c> into <c>components/examples</c> or inline), else its <c>example</c>.</summary>
    private static IEnumerable<(string Name, JsonElement Value)> Examples(ExampleSchemaCheck check, JsonElement media)
    {
        if (media.TryGetProperty("examples", out var examples))
        {
            foreach (var example in examples.EnumerateObject())
            {
                if (check.Resolve(example.Value).TryGetProperty("value", out var value))
                {
                    yield return (example.Name, value);
                }
            }
        }
        else if (media.TryGetProperty("example", out var single))
        {
            yield return ("example", single);
        }
    }

    /// <summary>The type of the <c>Body</c> of the result case the generated client reads this status into.</summary>
    private static Type? BodyType(Dictionary<string, Type> types, OperationModel operation, string status)
    {
        var model = operation.Result.Cases.FirstOrDefault(c => status == "default"
            ? c.Kind == StatusKind.Default
            : c.Kind == StatusKind.Exact && c.Status.ToString(CultureInfo.InvariantCulture) == status);
        if (model?.Body is not { Kind: BodyKind.Json } || !types.TryGetValue(operation.Result.TypeName, out var union))
        {
            return null;
        }

        return union.GetNestedType(model.Name)?.GetProperty("Body")?.PropertyType;
    }

    /// <summary>Null when the example reads and writes back the same; otherwise what went wrong.</summary>
    private static string? RoundTrip(ExampleSchemaCheck check, JsonElement example, JsonElement schema, Type bodyType)
    {
        object? value;
        try
        {
            value = JsonSerializer.Deserialize(example.GetRawText(), bodyType);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException or OverflowException or NotSupportedException)
        {
            return "read failed: " + ex.GetType().Name + ": " + ex.Message;
        }

        byte[] written;
        try
        {
            written = JsonSerializer.SerializeToUtf8Bytes(value, bodyType);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return "write failed: " + ex.GetType().Name + ": " + ex.Message;
        }

        using var back = JsonDocument.Parse(written);
        var differences = new List<string>();
        Compare(check, example, back.RootElement, new[] { schema }, "$", differences);
        return differences.Count == 0 ? null : "written back differently: " + string.Join("; ", differences.Take(3)) + (differences.Count > 3 ? $" (+{differences.Count - 3})" : "");
    }

    /// <param name="schemas">The schemas the value is of (several through allOf, anyOf and oneOf), for the tolerances that depend on them.</param>
    private static void Compare(ExampleSchemaCheck check, JsonElement original, JsonElement written, IReadOnlyList<JsonElement> schemas, string path, List<string> differences)
    {
        if (original.ValueKind != written.ValueKind && !(IsBoolean(original) && IsBoolean(written)))
        {
            differences.Add($"{path}: {Short(original)} became {Short(written)}");
            return;
        }

        switch (original.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in original.EnumerateObject())
                {
                    if (written.TryGetProperty(member.Name, out var other))
                    {
                        Compare(check, member.Value, other, check.MemberSchemas(schemas, member.Name), path + "." + member.Name, differences);
                    }
                    else if (member.Value.ValueKind != JsonValueKind.Null && !check.MemberSchemas(schemas, member.Name).Any(IsReadOnly))
                    {
                        differences.Add($"{path}.{member.Name}: lost");
                    }
                }

                foreach (var member in written.EnumerateObject())
                {
                    if (!original.TryGetProperty(member.Name, out _) && member.Value.ValueKind != JsonValueKind.Null
                        && !check.MemberSchemas(schemas, member.Name).Any(m => m.TryGetProperty("default", out var value) && ExampleSchemaCheck.JsonEqual(value, member.Value)))
                    {
                        differences.Add($"{path}.{member.Name}: added as {Short(member.Value)}");
                    }
                }

                break;
            case JsonValueKind.Array:
                if (original.GetArrayLength() != written.GetArrayLength())
                {
                    differences.Add($"{path}: {original.GetArrayLength()} items became {written.GetArrayLength()}");
                    return;
                }

                var index = 0;
                var itemSchemas = check.ItemSchemas(schemas);
                foreach (var (a, b) in original.EnumerateArray().Zip(written.EnumerateArray()))
                {
                    Compare(check, a, b, itemSchemas, $"{path}[{index++}]", differences);
                }

                break;
            case JsonValueKind.Number:
                if (!ExampleSchemaCheck.NumbersEqual(original, written))
                {
                    differences.Add($"{path}: {original.GetRawText()} became {written.GetRawText()}");
                }

                break;
            case JsonValueKind.String:
                var (x, y) = (original.GetString()!, written.GetString()!);
                if (x != y && !SameInstant(x, y))
                {
                    differences.Add($"{path}: {Short(original)} became {Short(written)}");
                }

                break;
            case JsonValueKind.True or JsonValueKind.False:
                if (original.ValueKind != written.ValueKind)
                {
                    differences.Add($"{path}: {original.GetRawText()} became {written.GetRawText()}");
                }

                break;
        }
    }

    private static bool IsReadOnly(JsonElement schema) => schema.TryGetProperty("readOnly", out var value) && value.ValueKind == JsonValueKind.True;

    private static bool IsBoolean(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static bool SameInstant(string a, string b) =>
        a.Contains('T', StringComparison.Ordinal)
        && DateTimeOffset.TryParse(a, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var x)
        && DateTimeOffset.TryParse(b, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var y)
        && x == y;

    private static string Short(JsonElement e)
    {
        var text = e.GetRawText();
        return text.Length > 60 ? text[..60] + "…" : text;
    }

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
