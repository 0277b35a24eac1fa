using System;
using System.IO;
using System.Linq;
using System.Text;
using Tallyfy.Generated.Cli;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// The CLI reads a spec into a string of exactly its length (two decoding passes through a small buffer), and the
/// string is the one <see cref="File.ReadAllText(string)"/> returns: byte order marks, characters cut by the buffer's
/// edge, invalid bytes, an empty file, a large file.
/// </summary>
public sealed class CliTextFileTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("tallyfy-cli-text-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    public static TheoryData<string, byte[]> Files()
    {
        var utf8 = new UTF8Encoding(false);
        // A character of 2, 3 and 4 bytes across every place the 64 KB chunk's edge can cut it.
        var edge = TextFile.ChunkSize;
        byte[] Around(string text, int before) => utf8.GetBytes(new string('a', before) + text + "\n{\"é\": 1}");
        var data = new TheoryData<string, byte[]>
        {
            { "empty", Array.Empty<byte>() },
            { "ascii", utf8.GetBytes("{\"openapi\": \"3.0.0\"}\n") },
            { "utf-8 with its byte order mark", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(utf8.GetBytes("openapi: 3.0.0\ninfo: {title: é ✓ 😀}\n")).ToArray() },
            { "only a utf-8 byte order mark", new byte[] { 0xEF, 0xBB, 0xBF } },
            { "utf-16 little endian", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"title\": \"é ✓\"}")).ToArray() },
            { "utf-16 big endian", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("{\"title\": \"é ✓\"}")).ToArray() },
            { "utf-32 little endian", Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes("{\"title\": \"é ✓\"}")).ToArray() },
            { "invalid bytes", new byte[] { (byte)'{', 0xC3, (byte)'"', 0xFF, 0xE2, 0x9C, (byte)'}', 0xF0, 0x9F } },
            { "a cut sequence at the end", utf8.GetBytes(new string('a', edge - 1)).Concat(new byte[] { 0xF0, 0x9F, 0x98 }).ToArray() },
            { "large", utf8.GetBytes(string.Concat(Enumerable.Range(0, 40_000).Select(i => $"line {i}: é ✓ 😀\n"))) },
        };
        foreach (var shift in Enumerable.Range(1, 4))
        {
            data.Add($"é cut {shift}", Around("é", edge - shift));
            data.Add($"✓ cut {shift}", Around("✓", edge - shift));
            data.Add($"😀 cut {shift}", Around("😀", edge - shift));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_spec_is_read_as_File_ReadAllText_reads_it(string name, byte[] bytes)
    {
        var path = Path.Combine(_temp, "spec.txt");
        File.WriteAllBytes(path, bytes);

        var text = TextFile.ReadAllText(path);

        var expected = File.ReadAllText(path);
        Assert.True(expected == text, $"{name}: {expected.Length} characters expected, {text.Length} read");
    }
}
