using System;
using System.Buffers;
using System.IO;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Tallyfy.Generated.Cli;

/// <summary>
/// Reads a spec the way <see cref="File.ReadAllText(string)"/> does (UTF-8, its byte order mark skipped, invalid bytes
/// replaced; a UTF-16 or UTF-32 byte order mark read by <see cref="File.ReadAllText(string)"/> itself), into a string
/// of exactly its length: the file is decoded twice through one small buffer, once to count its characters and once
/// into the string. <see cref="File.ReadAllText(string)"/> grows a builder of the whole text and then copies it into the
/// string, twice the memory, which a short-lived process pays for in page faults (bench/RESULTS.md, 3c).
/// </summary>
internal static class TextFile
{
    /// <summary>The bytes read at a time, and the characters decoded at a time.</summary>
    internal const int ChunkSize = 64 * 1024;

    private static readonly byte[] Utf8Bom = { 0xEF, 0xBB, 0xBF };

    public static string ReadAllText(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var chars = ArrayPool<char>.Shared.Rent(ChunkSize);
        try
        {
            var head = RandomAccess.Read(handle, bytes.AsSpan(0, 4), 0);
            if (head >= 2 && (bytes[0], bytes[1]) is (0xFE, 0xFF) or (0xFF, 0xFE) || head == 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)
            {
                return File.ReadAllText(path);
            }

            var start = head >= 3 && bytes.AsSpan(0, 3).SequenceEqual(Utf8Bom) ? 3 : 0;
            var length = Decode(handle, start, bytes, chars, Span<char>.Empty);
            if (length == 0)
            {
                return string.Empty;
            }

            var state = new Pass(handle, start, bytes, chars);
            var text = string.Create(length, state, static (target, pass) => pass.Filled = Decode(pass.Handle, pass.Start, pass.Bytes, pass.Chars, target) == target.Length);

            // Otherwise the file changed between the two passes.
            return state.Filled ? text : File.ReadAllText(path);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>
    /// Decodes the file from <paramref name="start"/> chunk by chunk: into <paramref name="target"/> when it is not empty
    /// (-1 when the text does not fit it), otherwise through <paramref name="chars"/> only to count the characters.
    /// </summary>
    private static int Decode(SafeFileHandle handle, long start, byte[] bytes, char[] chars, Span<char> target)
    {
        var decoder = Encoding.UTF8.GetDecoder();
        var counting = target.IsEmpty;
        var count = 0;
        var offset = start;
        while (true)
        {
            var read = RandomAccess.Read(handle, bytes.AsSpan(0, ChunkSize), offset);
            offset += read;
            var flush = read == 0;
            var input = bytes.AsSpan(0, read);
            var completed = false;
            while (!completed)
            {
                var output = counting ? chars.AsSpan(0, ChunkSize) : target.Slice(count);
                decoder.Convert(input, output, flush, out var used, out var written, out completed);
                if (!completed && used == 0 && written == 0)
                {
                    return -1;
                }

                input = input.Slice(used);
                count += written;
            }

            if (flush)
            {
                return count;
            }
        }
    }

    /// <summary>The second pass's inputs, and whether the text filled the string exactly.</summary>
    private sealed class Pass(SafeFileHandle handle, long start, byte[] bytes, char[] chars)
    {
        public SafeFileHandle Handle { get; } = handle;

        public long Start { get; } = start;

        public byte[] Bytes { get; } = bytes;

        public char[] Chars { get; } = chars;

        public bool Filled { get; set; }
    }
}
