using System;
using System.Buffers;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using Tallyfy.Generated.SourceGenerator.Diagnostics;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>
/// Turns node offsets into line and column positions in the spec's text. Node offsets are UTF-8 byte offsets
/// for JSON (what <c>Utf8JsonReader</c> reports) and character offsets for YAML; positions are computed only
/// when a diagnostic needs one.
/// </summary>
internal sealed class SourceMap
{
    private readonly string _path;
    private readonly string _text;
    /// <summary>The UTF-8 bytes (rented from the shared pool, of which the first <see cref="_length"/> are the text's); null for a character map.</summary>
    private byte[]? _utf8;
    private readonly int _length;
    private bool _released;
    private const int CheckpointStride = 4096;
    private (int[] Bytes, int[] Chars)? _checkpoints;

    private SourceMap(string path, string text, byte[]? utf8, int length)
    {
        _path = path;
        _text = text;
        _utf8 = utf8;
        _length = length;
    }

    /// <summary>A map of byte offsets into <paramref name="utf8"/>'s first <paramref name="length"/> bytes, a buffer rented from the shared pool.</summary>
    public static SourceMap ForUtf8(string path, string text, byte[] utf8, int length) => new(path, text, utf8, length);

    public static SourceMap ForChars(string path, string text) => new(path, text, null, text.Length);

    /// <summary>Gives the UTF-8 buffer back to the pool: the document is done with, and no location is asked of it again.</summary>
    public void Release()
    {
        if (_utf8 is { } buffer)
        {
            _utf8 = null;
            _released = true;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public string Path => _path;

    public SpecLocation Locate(int offset, int length)
    {
        var start = ToCharOffset(offset);
        var end = ToCharOffset(offset + Math.Max(0, length));
        var (line, column) = LineAndColumn(start);
        var (endLine, endColumn) = LineAndColumn(end);
        return new SpecLocation(_path, start, end - start, line, column, endLine, endColumn);
    }

    public SpecLocation Locate(SpecNode node) => Locate(node.Offset, Math.Min(node.Length, 200));

    public SpecLocation LocateName(SpecProperty property) => Locate(property.NameOffset, property.NameLength);

    /// <summary>A location from a zero-based line and a zero-based column given in bytes of that line (UTF-8 only).</summary>
    public SpecLocation LocateLineAndByte(int line, int bytePositionInLine)
    {
        var utf8 = Utf8();
        if (utf8 is null)
        {
            return Locate(0, 0);
        }

        var lineStart = 0;
        for (var i = 0; i < _length && line > 0; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line--;
                lineStart = i + 1;
            }
        }

        return Locate(Math.Min(_length, lineStart + bytePositionInLine), 0);
    }

    /// <summary>A location from a zero-based line and a zero-based character column (character maps only).</summary>
    public SpecLocation LocateLineColumn(int line, int column)
    {
        var offset = Math.Min(_text.Length, LineStart(line) + Math.Max(0, column));
        return Locate(Utf8() is null ? offset : Encoding.UTF8.GetByteCount(_text.Substring(0, offset)), 0);
    }

    /// <summary>
    /// The text of <paramref name="length"/> UTF-8 bytes at <paramref name="offset"/> of a byte map (a JSON string read
    /// when first asked for); asking after <see cref="Release"/> is a bug, not a text.
    /// </summary>
    public string ReadUtf8(int offset, int length) =>
        Encoding.UTF8.GetString(Utf8() ?? throw new InvalidOperationException("A character map holds no UTF-8 bytes."), offset, length);

    /// <summary>The UTF-8 bytes of a byte map (null for a character map); asking after <see cref="Release"/> is a bug, not a location.</summary>
    private byte[]? Utf8() =>
        _released ? throw new InvalidOperationException("The spec's bytes were released before a location in it was asked for.") : _utf8;

    private int ToCharOffset(int offset)
    {
        if (Utf8() is not { } utf8)
        {
            return Math.Min(Math.Max(0, offset), _text.Length);
        }

        offset = Math.Min(Math.Max(0, offset), _length);
        var checkpoints = _checkpoints ??= ComputeCheckpoints(utf8, _length);
        var index = Array.BinarySearch(checkpoints.Bytes, offset);
        index = index >= 0 ? index : ~index - 1;
        var from = checkpoints.Bytes[index];
        return checkpoints.Chars[index] + Encoding.UTF8.GetCharCount(utf8, from, offset - from);
    }

    /// <summary>
    /// Byte offsets about every <see cref="CheckpointStride"/> bytes, each at the start of a character, with the number
    /// of characters before each: a byte offset becomes a character offset by counting from the nearest one only, so
    /// the diagnostics of a large spec do not each count from its start.
    /// </summary>
    private static (int[] Bytes, int[] Chars) ComputeCheckpoints(byte[] utf8, int length)
    {
        var bytes = new List<int> { 0 };
        var chars = new List<int> { 0 };
        var previous = 0;
        var count = 0;
        for (var next = CheckpointStride; next < length; next += CheckpointStride)
        {
            // A continuation byte (10xxxxxx) is inside a character: move on to the start of the next one.
            while (next < length && (utf8[next] & 0xC0) == 0x80)
            {
                next++;
            }

            count += Encoding.UTF8.GetCharCount(utf8, previous, next - previous);
            bytes.Add(next);
            chars.Add(count);
            previous = next;
        }

        return (bytes.ToArray(), chars.ToArray());
    }

    private (int Line, int Column) LineAndColumn(int charOffset)
    {
        // The line feeds before each block are counted once, a block at a time (a count, not a search per line); only
        // the blocks a location falls in (or a long line reaches back through) have their line feeds found, so a spec of
        // tens of thousands of lines with a few diagnostics reads most of its text once, sixteen characters at a time.
        charOffset = Math.Min(Math.Max(0, charOffset), _text.Length);
        var before = _lineFeedsBefore ??= CountLineFeeds(_text);
        var block = charOffset / LineBlock;
        var feeds = LineFeedsIn(block);
        var inBlock = Array.BinarySearch(feeds, charOffset);
        inBlock = inBlock >= 0 ? inBlock : ~inBlock;
        var line = before[block] + inBlock;
        if (inBlock > 0)
        {
            return (line, charOffset - feeds[inBlock - 1] - 1);
        }

        // The line began in an earlier block: at the last line feed before this block, or at the start of the text.
        for (var earlier = block - 1; earlier >= 0; earlier--)
        {
            if (before[earlier + 1] > before[earlier])
            {
                var earlierFeeds = LineFeedsIn(earlier);
                return (line, charOffset - earlierFeeds[earlierFeeds.Length - 1] - 1);
            }
        }

        return (line, charOffset);
    }

    /// <summary>The characters of a block of <see cref="LineAndColumn"/>'s counts: a multiple of every vector's width.</summary>
    private const int LineBlock = 4096;

    /// <summary>For each block of <see cref="LineBlock"/> characters (and one past the last), how many line feeds come before it.</summary>
    private int[]? _lineFeedsBefore;

    /// <summary>Where the line feeds of each block are, found the first time a location falls in the block.</summary>
    private int[]?[]? _lineFeeds;

    /// <summary>Where the zero-based <paramref name="line"/> starts (the last line's start for a line past it), from the same counts by block.</summary>
    private int LineStart(int line)
    {
        var before = _lineFeedsBefore ??= CountLineFeeds(_text);
        line = Math.Min(Math.Max(0, line), before[before.Length - 1]);
        if (line == 0)
        {
            return 0;
        }

        // The line starts after the text's line-th line feed, in the first block whose count after it reaches line.
        var block = 0;
        while (before[block + 1] < line)
        {
            block++;
        }

        return LineFeedsIn(block)[line - before[block] - 1] + 1;
    }

    private int[] LineFeedsIn(int block)
    {
        var found = _lineFeeds ??= new int[(_text.Length / LineBlock) + 1][];
        if (found[block] is { } known)
        {
            return known;
        }

        var start = block * LineBlock;
        var end = Math.Min(_text.Length, start + LineBlock);
        var feeds = new List<int>();
        for (var at = _text.IndexOf('\n', start, end - start); at >= 0; at = at + 1 < end ? _text.IndexOf('\n', at + 1, end - at - 1) : -1)
        {
            feeds.Add(at);
        }

        return found[block] = feeds.ToArray();
    }

    /// <summary>
    /// How many line feeds come before each block of <see cref="LineBlock"/> characters of <paramref name="text"/>, the
    /// block that holds its end included (an empty one when the length is a multiple of the block), and in all of it, last.
    /// </summary>
    internal static int[] CountLineFeeds(string text)
    {
        var blocks = (text.Length / LineBlock) + 1;
        var before = new int[blocks + 1];
        var chars = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
        var lineFeed = new Vector<ushort>('\n');
        var count = 0;
        for (var block = 0; block < blocks; block++)
        {
            before[block] = count;
            var start = block * LineBlock;
            var slice = chars.Slice(start, Math.Min(LineBlock, chars.Length - start));
            var vectors = MemoryMarshal.Cast<ushort, Vector<ushort>>(slice);

            // A lane adds all ones (minus one) for each line feed: at most LineBlock / width of them, far from wrapping.
            var lanes = Vector<ushort>.Zero;
            foreach (var vector in vectors)
            {
                lanes += Vector.Equals(vector, lineFeed);
            }

            for (var lane = 0; lane < Vector<ushort>.Count; lane++)
            {
                count += (ushort)-lanes[lane];
            }

            for (var i = vectors.Length * Vector<ushort>.Count; i < slice.Length; i++)
            {
                if (slice[i] == '\n')
                {
                    count++;
                }
            }
        }

        before[blocks] = count;
        return before;
    }
}
