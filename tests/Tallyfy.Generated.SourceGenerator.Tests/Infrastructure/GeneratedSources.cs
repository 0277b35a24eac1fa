using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

/// <summary>Generated files as hint name → text, and a comparison that names the first file and line that differ.</summary>
internal static class GeneratedSources
{
    public static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>What the generator emitted in <paramref name="run"/>, by hint name.</summary>
    public static SortedDictionary<string, string> Of(GeneratorRun run)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in run.Sources)
        {
            files.Add(source.HintName, source.SourceText.ToString());
        }

        return files;
    }

    /// <summary>The files of a directory (not its subfolders), by file name, read as UTF-8.</summary>
    public static SortedDictionary<string, string> InDirectory(string directory)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(directory))
        {
            files.Add(Path.GetFileName(path), File.ReadAllText(path, Utf8NoBom));
        }

        return files;
    }

    /// <summary>Asserts both sets hold the same file names and, file by file, the same text, ordinal and char for char.</summary>
    public static void AssertIdentical(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual, string what)
    {
        var missing = expected.Keys.Except(actual.Keys, StringComparer.Ordinal).ToList();
        var extra = actual.Keys.Except(expected.Keys, StringComparer.Ordinal).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0,
            $"{what}: the file sets differ.\nmissing: {string.Join(", ", missing.Take(20))}\nextra: {string.Join(", ", extra.Take(20))}");

        var different = expected.Keys.Where(name => !string.Equals(expected[name], actual[name], StringComparison.Ordinal)).ToList();
        Assert.True(
            different.Count == 0,
            different.Count == 0 ? string.Empty : $"{what}: {different.Count} of {expected.Count} files differ; first: {different[0]}\n{FirstDifference(expected[different[0]], actual[different[0]])}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var left = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var right = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (!string.Equals(left, right, StringComparison.Ordinal))
            {
                return $"line {i + 1}:\n  expected: {left}\n  actual:   {right}";
            }
        }

        return "the texts differ only in their line endings or length";
    }
}
