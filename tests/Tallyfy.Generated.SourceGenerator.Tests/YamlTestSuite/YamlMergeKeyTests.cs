using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Tallyfy.Generated.SourceGenerator.Parsing;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests.YamlTestSuite;

/// <summary>
/// YAML merge keys (<c>&lt;&lt;: *base</c>, <c>&lt;&lt;: [*a, *b]</c>): YAML 1.1 defines them, and the YAML readers of
/// the tools a spec is written with honour them (js-yaml in Swagger UI and Swagger Editor, PyYAML, SnakeYAML), so a spec
/// that shares a schema's members or a response's fields with one reads there as its author meant. The reader reads
/// them as js-yaml 4 does (the version <c>package.json</c> pins, run by <c>to-json.js</c>), member order included,
/// since a model's properties come in the order its schema lists them.
/// </summary>
public sealed class YamlMergeKeyTests
{
    [Theory]
    [InlineData("one mapping", "base: &b {type: object, properties: {name: {type: string}}}\ndog:\n  <<: *b\n  required: [name]\n")]
    [InlineData("a key after the merge overrides in place", "a: &a {x: 1, y: 2}\nc:\n  w: 0\n  <<: *a\n  x: 9\n")]
    [InlineData("a key before the merge wins", "a: &a {x: 1, y: 2}\nd:\n  y: 7\n  <<: *a\n")]
    [InlineData("a list: the earlier mapping wins", "a: &a {x: 1, y: 2}\nb: &b {y: 3, z: 4}\nc:\n  <<: [*a, *b]\n")]
    [InlineData("an inline mapping", "c:\n  <<: {p: 1, q: [1, 2]}\n  r: 3\n")]
    [InlineData("two merge keys", "f:\n  <<: {p: 1}\n  <<: {q: 2, p: 3}\n")]
    [InlineData("in a flow mapping", "a: &a {x: 1}\nc: {<<: *a, y: 2}\n")]
    [InlineData("nested anchors merge what they hold", "a: &a {x: {k: 1}}\nb: &b\n  <<: *a\n  y: 2\nc:\n  <<: *b\n  z: 3\n")]
    [InlineData("a quoted key is a key", "e: {\"<<\": 5, '<<x': 6}\n")]
    [InlineData("a merged mapping's own merge", "a: &a {x: 1}\nb: &b {<<: *a, x: 2, y: 2}\nc: {<<: [*b, *a]}\n")]
    public void Merge_keys_read_as_js_yaml_reads_them(string name, string yaml)
    {
        var document = YamlSpecReader.Read("/specs/merge.yaml", yaml);

        Assert.True(document.Error is null, name + ": " + document.Error);
        Assert.Equal(JsYaml(yaml), Json(document.Root!));
    }

    /// <summary>
    /// Every YAML spec the tests have (the repository's, ReadMe's examples and, where present, the real-world set beside
    /// the repository) reads as js-yaml reads it: the same members in the same order, the same values and scalar types.
    /// </summary>
    [Fact]
    public void Every_yaml_spec_the_tests_have_reads_as_js_yaml_reads_it()
    {
        var files = YamlSpecs();
        Assert.True(files.Count >= 60, "found only " + files.Count.ToString(CultureInfo.InvariantCulture) + " YAML specs");

        var theirs = RunJsYaml(files);
        var differences = new System.Collections.Generic.List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            var document = YamlSpecReader.Read(files[i], File.ReadAllText(files[i]));
            var ours = document.Error is null ? Json(document.Root!) : "{\"error\":true}";
            if (ours != theirs[i])
            {
                differences.Add(files[i] + ": " + FirstDifference(ours, theirs[i]));
            }
        }

        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    /// <summary>
    /// The YAML specs of the repository (outside installed packages and build output), ReadMe's examples and the
    /// real-world set beside the repository, where present.
    /// </summary>
    private static System.Collections.Generic.List<string> YamlSpecs()
    {
        var repo = Path.GetFullPath(Path.Combine(JsYamlFolder(), "..", "..", ".."));
        var files = new System.Collections.Generic.List<string>();
        Collect(Path.Combine(repo, "spec"), files, skipPackages: true);
        Collect(Path.Combine(repo, "tests"), files, skipPackages: true);
        Collect(Path.Combine(RealSpecs.RealSpecsInstall.Root, "node_modules", "@readme", "oas-examples"), files, skipPackages: false);
        Collect(Path.Combine(repo, "..", "shared", "specs", "real-world"), files, skipPackages: true);
        return files.OrderBy(file => file, StringComparer.Ordinal).ToList();
    }

    private static void Collect(string folder, System.Collections.Generic.List<string> files, bool skipPackages)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        files.AddRange(Directory.EnumerateFiles(folder).Where(file => file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal)));
        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            var name = Path.GetFileName(child);
            if (!(skipPackages && name is "node_modules" or "bin" or "obj"))
            {
                Collect(child, files, skipPackages);
            }
        }
    }

    private static string FirstDifference(string ours, string theirs)
    {
        var at = 0;
        while (at < ours.Length && at < theirs.Length && ours[at] == theirs[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 80);
        return "ours …" + ours.Substring(from, Math.Min(ours.Length - from, 160)) + "… js-yaml …" + theirs.Substring(from, Math.Min(theirs.Length - from, 160)) + "…";
    }

    [Fact]
    public void A_merged_member_points_at_where_it_was_written()
    {
        const string Yaml = "base: &b\n  name: {type: string}\ndog:\n  <<: *b\n  age: {type: integer}\n";

        var document = YamlSpecReader.Read("/specs/merge.yaml", Yaml);

        var dog = (SpecObject)((SpecObject)document.Root!)["dog"]!;
        Assert.Equal(new[] { "name", "age" }, dog.Properties.Select(p => p.Name));
        Assert.Equal(1, document.Map.LocateName(dog.GetProperty("name")!.Value).Line);
        Assert.Equal(4, document.Map.LocateName(dog.GetProperty("age")!.Value).Line);
    }

    [Theory]
    [InlineData("openapi: 3.0.3\ninfo:\n  <<: 5\n", "a number")]
    [InlineData("openapi: 3.0.3\ninfo:\n  <<: [{title: x}, 5]\n", "a number")]
    public void A_merge_key_of_anything_but_mappings_is_a_located_TGEN001(string yaml, string found)
    {
        var diagnostic = Assert.Single(GeneratorHarness.Run(new SpecText("/specs/merge.yaml", yaml)).Diagnostics);

        Assert.Equal("TGEN001", diagnostic.Id);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("merge key", message, StringComparison.Ordinal);
        Assert.Contains(found, message, StringComparison.Ordinal);
        Assert.Equal((2, 2), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
    }

    [Fact]
    public void A_schema_that_merges_another_is_a_model_with_its_members()
    {
        const string Yaml = """
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
            paths:
              /dogs/{id}:
                get:
                  operationId: getDog
                  parameters:
                    - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    '200':
                      description: the dog
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Dog'}
            components:
              schemas:
                Pet: &pet
                  type: object
                  required: [name]
                  properties: &petProperties
                    name: {type: string}
                    born: {type: string, format: date}
                Dog:
                  <<: *pet
                  properties:
                    <<: *petProperties
                    barks: {type: boolean}
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/pets.yaml", Yaml));

        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        var dog = Assert.Single(run.Output.GetSymbolsWithName("Dog", Microsoft.CodeAnalysis.SymbolFilter.Type));
        var properties = ((Microsoft.CodeAnalysis.INamedTypeSymbol)dog).GetMembers().OfType<Microsoft.CodeAnalysis.IPropertySymbol>().ToDictionary(p => p.Name);
        Assert.True(properties["Name"].IsRequired);
        Assert.Equal("string", properties["Name"].Type.ToDisplayString());
        Assert.Equal("System.DateOnly?", properties["Born"].Type.ToDisplayString());
        Assert.Equal("bool?", properties["Barks"].Type.ToDisplayString());
    }

    /// <summary>Our tree as JSON, members in the order read.</summary>
    private static string Json(SpecNode root)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, root);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, SpecNode node)
    {
        switch (node)
        {
            case SpecObject obj:
                writer.WriteStartObject();
                foreach (var property in obj.Properties)
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case SpecArray array:
                writer.WriteStartArray();
                foreach (var item in array.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case SpecScalar { Kind: ScalarKind.String } scalar:
                writer.WriteStringValue(scalar.Text);
                break;
            case SpecScalar { Kind: ScalarKind.Number } scalar:
                writer.WriteNumberValue(double.Parse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture));
                break;
            case SpecScalar scalar:
                writer.WriteRawValue(scalar.Text);
                break;
        }
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Number:
                writer.WriteNumberValue(element.GetDouble());
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    /// <summary>A JSON value as <see cref="Json"/> writes a tree: members in order, numbers by their value.</summary>
    private static string Canonical(string json)
    {
        using var parsed = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            Write(writer, parsed.RootElement);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The document as js-yaml reads it, written as <see cref="Json"/> writes a tree.</summary>
    private static string JsYaml(string yaml)
    {
        var file = Path.Combine(Path.GetTempPath(), "tallyfy-merge-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(file, yaml);
        try
        {
            return RunJsYaml(new[] { file }).Single();
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Each file as js-yaml reads it (<c>to-json.js</c>, one node process for all), written as <see cref="Json"/> writes a tree.</summary>
    private static System.Collections.Generic.List<string> RunJsYaml(System.Collections.Generic.IReadOnlyList<string> files)
    {
        var lines = NodeScript.Lines(JsYamlFolder(), "to-json.js", files, files.Count, TimeSpan.FromMinutes(5));
        return lines.Select(line => line.StartsWith("{\"jsYamlError\"", StringComparison.Ordinal) ? "{\"error\":true}" : Canonical(line)).ToList();
    }

    /// <summary>The folder of <c>to-json.js</c> and its pinned js-yaml.</summary>
    private static string JsYamlFolder()
    {
        var folder = Path.GetFullPath(Path.Combine(
            typeof(YamlMergeKeyTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "YamlTestSuiteData").Value!,
            "..", "..", ".."));
        Assert.True(File.Exists(Path.Combine(folder, "node_modules", "js-yaml", "package.json")), "js-yaml is not installed in " + folder + " (the test project's build runs npm ci)");
        return folder;
    }
}
