using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;
using Xunit.Abstractions;

namespace Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;

/// <summary>
/// ReadMe's OpenAPI examples (npm <c>@readme/oas-examples</c>, pinned by <c>RealSpecs/package.json</c>): 129 documents
/// written by others to exercise one feature each (parameter styles, server variables at every level, circular
/// references, discriminators, callbacks, webhooks, every HTTP status, response media types, security schemes), for
/// Swagger 2.0, OpenAPI 3.0 and 3.1, most both in JSON and in YAML. Each goes through the command line's <c>check</c>
/// (generated, then compiled); and the two syntaxes of one document must generate the same code, which checks the
/// YAML reader against ReadMe's own conversion of each document. <see cref="PrismRealSpecTests"/> calls some of them.
/// </summary>
public sealed class ReadMeExampleTests
{
    private readonly ITestOutputHelper _output;

    public ReadMeExampleTests(ITestOutputHelper output) => _output = output;

    internal static string Root => typeof(ReadMeExampleTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ReadMeExamples").Value!;

    /// <summary>Every document of the installed package, in path order; skips (or, in CI, fails) when npm could not install it.</summary>
    private static List<string> Documents()
    {
        RealSpecsInstall.Require(Directory.Exists(Path.Combine(Root, "3.1"))
            ? null
            : "ReadMe's examples " + Root + " are absent: npm could not install @readme/oas-examples "
                + "(run `npm ci --no-audit --no-fund` in tests/Tallyfy.Generated.SourceGenerator.Tests/RealSpecs/)");

        var all = new[] { "2.0", "3.0", "3.1" }
            .SelectMany(version => Directory.EnumerateFiles(Path.Combine(Root, version), "*.*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(129, all.Count); // the pinned version's documents: a different count means a different package
        return all;
    }

    /// <summary>
    /// Every document, compiled once: a YAML file whose JSON twin is here is left to <see
    /// cref="The_json_and_yaml_of_one_document_generate_the_same_code"/>, which holds it to the same code (but for the
    /// pairs that are different documents, compiled both).
    /// </summary>
    [SkippableFact]
    public void Every_example_generates_and_compiles_clean()
    {
        var ours = new List<string>();
        var all = Documents();
        var documents = all.Where(path => JsonTwin(path) is not { } twin || !all.Contains(twin) || DifferentDocuments.ContainsKey(Name(path))).ToList();
        Assert.True(documents.Count >= 70, $"only {documents.Count} documents to compile");
        foreach (var document in documents)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exitCode = Tallyfy.Generated.Cli.CommandLine.Run(new[] { "check", document }, output, error);
            var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var broken = lines.Where(line => line.Contains(": error ", StringComparison.Ordinal) || line.Contains(": warning CS", StringComparison.Ordinal)).ToList();
            if (exitCode != 0 || broken.Count > 0)
            {
                ours.Add(document + "\n  " + string.Join("\n  ", broken.Take(5)));
            }
        }

        _output.WriteLine($"{documents.Count} documents checked ({all.Count - documents.Count} YAML twins of JSON ones left to the twin test), {ours.Count} failing");
        Assert.True(ours.Count == 0, $"{ours.Count} of {documents.Count} valid documents give an error or broken C#:\n" + string.Join("\n", ours));
    }

    /// <summary>A document's version and name, as <see cref="DifferentDocuments"/> lists them: <c>3.1/train-travel</c>.</summary>
    private static string Name(string path) =>
        Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))) + "/" + Path.GetFileNameWithoutExtension(path);

    /// <summary>For <c>…/yaml/name.yaml</c>, the path of <c>…/json/name.json</c>; null for any other file.</summary>
    private static string? JsonTwin(string path) =>
        path.EndsWith(".yaml", StringComparison.Ordinal) && Path.GetFileName(Path.GetDirectoryName(path)) == "yaml"
            ? Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(path))!, "json", Path.GetFileNameWithoutExtension(path) + ".json")
            : null;

    /// <summary>Where ReadMe's two files of one document say different things, so the code differs by right.</summary>
    private static readonly Dictionary<string, string> DifferentDocuments = new(StringComparer.Ordinal)
    {
        ["2.0/petstore-expanded"] = "the JSON's findPets description has two more paragraphs",
        ["3.1/parameters-style"] = "the form-data spaceDelimited and deepObject operations' methods are GET and POST in one file, POST and GET in the other",
        ["3.1/train-travel"] = "the YAML's info description is a plain scalar, whose \\n is two characters (YAML escapes only in double quotes)",
    };

    [SkippableFact]
    public void The_json_and_yaml_of_one_document_generate_the_same_code()
    {
        var pairs = Documents()
            .Where(path => path.EndsWith(".json", StringComparison.Ordinal) && Path.GetFileName(Path.GetDirectoryName(path)) == "json")
            .Select(json => (Json: json, Yaml: Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(json))!, "yaml", Path.GetFileNameWithoutExtension(json) + ".yaml")))
            .Where(pair => File.Exists(pair.Yaml))
            .ToList();
        Assert.True(pairs.Count >= 55, $"only {pairs.Count} documents in both syntaxes were found");

        var scratch = Directory.CreateTempSubdirectory("readme-twins-");
        try
        {
            var differing = new List<string>();
            var expectedDifferent = new List<string>();
            foreach (var (json, yaml) in pairs)
            {
                var name = Name(json);
                var fromJson = Generate(json, Path.Combine(scratch.FullName, name.Replace('/', '-') + "-json"));
                var fromYaml = Generate(yaml, Path.Combine(scratch.FullName, name.Replace('/', '-') + "-yaml"));
                Assert.NotEmpty(fromJson);
                var different = fromJson.Keys.Union(fromYaml.Keys)
                    .Where(file => !fromJson.TryGetValue(file, out var a) || !fromYaml.TryGetValue(file, out var b) || a != b)
                    .ToList();
                if (DifferentDocuments.ContainsKey(name))
                {
                    // Guards the list: an entry whose files generate alike is stale.
                    Assert.True(different.Count > 0, name + " is listed as two different documents, yet both generate the same code");
                    expectedDifferent.Add(name);
                }
                else if (different.Count > 0)
                {
                    differing.Add($"{name}: {string.Join(", ", different)}");
                }
            }

            _output.WriteLine($"{pairs.Count} documents in both syntaxes, {pairs.Count - expectedDifferent.Count - differing.Count} generating the same code; different documents: {string.Join(", ", expectedDifferent)}");
            Assert.Equal(DifferentDocuments.Keys.Order(StringComparer.Ordinal), expectedDifferent.Order(StringComparer.Ordinal));
            Assert.True(differing.Count == 0, "the JSON and YAML files of one document generate different code:\n" + string.Join("\n", differing));
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>The command line's files for <paramref name="spec"/>, by name: one namespace and client name for both syntaxes.</summary>
    private static Dictionary<string, string> Generate(string spec, string outDirectory)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Tallyfy.Generated.Cli.CommandLine.Run(new[] { "generate", spec, "--out", outDirectory, "--namespace", "ReadMe", "--client-name", "ReadMeClient" }, output, error);
        Assert.True(exitCode == 0, spec + ": " + error);
        return Directory.EnumerateFiles(outDirectory).ToDictionary(path => Path.GetFileName(path), File.ReadAllText, StringComparer.Ordinal);
    }
}
