using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// A small indented text writer; generated files are built line by line with it. It is also the one guard that keeps
/// spec text inside comments: a comment line it writes never holds a line terminator, whatever text went into it.
/// It indents with one tab per level (a quarter of the bytes of four spaces, shown as wide as an editor is set to show
/// it), and turns each four leading spaces of a line it is given into one more tab.
/// </summary>
/// <remarks>
/// The text goes into one buffer rented from the shared array pool, and a line written as an interpolated string
/// (<c>writer.Line($"return {value};")</c>) is appended piece by piece into it through <see cref="LineHandler"/>: no
/// string is made for the line. <see cref="ToString"/> makes the one string of the file and gives the buffer back.
/// </remarks>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;

    /// <summary>Every character C# reads as the end of a line (C# spec, "Line terminators").</summary>
    private static readonly char[] LineTerminators = { '\r', '\n', '\u0085', '\u2028', '\u2029' };
    private char[] _buffer = Array.Empty<char>();
    private int _length;

    /// <summary>Where the file begun by <see cref="StartFile"/> starts; 0 for a writer of one text.</summary>
    private int _fileStart;

    /// <summary>
    /// The buffers outgrown while writing several files (see <see cref="StartFile"/>): each holds files already written,
    /// which are read where they lie, so it goes back to the pool at <see cref="Release"/> only.
    /// </summary>
    private List<char[]>? _outgrown;

    /// <summary>The text once <see cref="ToString"/> has made it and given the buffer back; null while writing.</summary>
    private string? _text;
    private int _indent;

    /// <summary>Where the line begun by <see cref="StartLine"/> starts.</summary>
    private int _partsStart;

    public int Indent
    {
        get => _indent;
        set => _indent = Math.Max(0, value);
    }

    /// <summary>
    /// Writes one line at the current indent. In a comment line (<c>//</c> or <c>///</c>) every line terminator becomes
    /// a space, so text from the spec can never end the comment and start code.
    /// </summary>
    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            if (text.AsSpan().TrimStart().StartsWith("//".AsSpan(), StringComparison.Ordinal) && text.IndexOfAny(LineTerminators) >= 0)
            {
                text = OneLine(text);
            }

            AppendIndented(text, 0, text.Length);
        }

        Append('\n');
        return this;
    }

    /// <summary>
    /// Writes one line given as an interpolated string, appending its parts straight into the buffer: the same text,
    /// indent and comment guard as <see cref="Line(string)"/> with the string the interpolation would make.
    /// </summary>
    public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        EndLine(line.Start);
        return this;
    }

    /// <summary>
    /// Writes a block of lines (typically a raw string literal in the emitter) with each line at the current indent
    /// plus its own indentation in the block, so emitters can write code as it will read.
    /// </summary>
    public SourceWriter Lines(string block)
    {
        // Each line is copied from the block as it is appended (no line strings): what Line(line.TrimEnd()) writes for
        // each line SplitLines gives. A line of the block holds no terminator, so no comment line needs the guard.
        var start = 0;
        while (true)
        {
            var end = block.IndexOfAny(LineTerminators, start);
            var stop = end < 0 ? block.Length : end;
            var last = stop;
            while (last > start && char.IsWhiteSpace(block[last - 1]))
            {
                last--;
            }

            if (last > start)
            {
                AppendIndented(block, start, last);
            }

            Append('\n');
            if (end < 0)
            {
                return this;
            }

            start = end + (block[end] == '\r' && end + 1 < block.Length && block[end + 1] == '\n' ? 2 : 1);
        }
    }

    /// <summary>Appends <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> at the current indent.</summary>
    private void AppendIndented(string text, int start, int end)
    {
        var spaces = start;
        while (spaces < end && text[spaces] == ' ')
        {
            spaces++;
        }

        var own = spaces - start;
        Reserve(_indent + (own / IndentSize) + (own % IndentSize) + (end - spaces));
        _buffer.AsSpan(_length, _indent + (own / IndentSize)).Fill('\t');
        _length += _indent + (own / IndentSize);
        _buffer.AsSpan(_length, own % IndentSize).Fill(' ');
        _length += own % IndentSize;
        text.AsSpan(spaces, end - spaces).CopyTo(_buffer.AsSpan(_length));
        _length += end - spaces;
    }

    /// <summary>
    /// Starts a line written piece by piece with <see cref="Part"/> and ended by <see cref="EndParts"/> or
    /// <see cref="OpenParts"/>: for a line whose parts come from a loop, so no string of the whole line is made.
    /// </summary>
    public SourceWriter StartLine()
    {
        _partsStart = BeginLine(0);
        return this;
    }

    /// <summary>Appends a part of the line begun by <see cref="StartLine"/>.</summary>
    public SourceWriter Part(string? text)
    {
        Append(text.AsSpan());
        return this;
    }

    /// <summary>Ends the line begun by <see cref="StartLine"/>: what <see cref="Line(string)"/> writes for the same text.</summary>
    public SourceWriter EndParts()
    {
        EndLine(_partsStart);
        return this;
    }

    /// <summary>Ends the line begun by <see cref="StartLine"/> as a block's header, as <see cref="Open(string)"/> does.</summary>
    public Block OpenParts()
    {
        EndLine(_partsStart);
        Line("{");
        _indent++;
        return new Block(this, "}");
    }

    /// <summary>Starts a line written in parts: the current indent, then the parts; returns where the indent starts.</summary>
    private int BeginLine(int length)
    {
        Reserve(_indent + length + 1);
        var start = _length;
        _buffer.AsSpan(_length, _indent).Fill('\t');
        _length += _indent;
        return start;
    }

    /// <summary>
    /// Ends a line written in parts since <paramref name="start"/> (its indent included): what <see cref="Line(string)"/>
    /// does with the whole line as a string, done in place (the comment guard, each four leading spaces a tab, no indent
    /// on an empty line), then the line feed.
    /// </summary>
    private void EndLine(int start)
    {
        var textStart = start + _indent;
        var text = _buffer.AsSpan(textStart, _length - textStart);
        if (text.Length == 0)
        {
            _length = start;
        }
        else
        {
            // A comment line first (most lines are code, and the search for five terminators, three of them not ASCII, is not free).
            if (text.TrimStart().StartsWith("//".AsSpan(), StringComparison.Ordinal) && text.IndexOfAny(LineTerminators) >= 0)
            {
                for (var i = 0; i < text.Length; i++)
                {
                    if (Array.IndexOf(LineTerminators, text[i]) >= 0)
                    {
                        text[i] = ' ';
                    }
                }
            }

            var own = 0;
            while (own < text.Length && text[own] == ' ')
            {
                own++;
            }

            if (own >= IndentSize)
            {
                // Each four leading spaces become one tab: the line gets shorter by three characters per tab.
                var tabs = own / IndentSize;
                text.Slice(0, tabs).Fill('\t');
                text.Slice(tabs, own % IndentSize).Fill(' ');
                text.Slice(own).CopyTo(text.Slice(tabs + (own % IndentSize)));
                _length -= own - tabs - (own % IndentSize);
            }
        }

        Append('\n');
    }

    /// <summary>Appends <paramref name="text"/> as it is (a part of a line).</summary>
    private void Append(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    private void Append(char value)
    {
        Reserve(1);
        _buffer[_length++] = value;
    }

    /// <summary>Makes room for <paramref name="count"/> more characters: a test, inlined into every append, while the buffer has the room.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Reserve(int count)
    {
        if (_length + count > _buffer.Length || _text is not null)
        {
            Grow(count);
        }
    }

    /// <summary>Makes room for <paramref name="count"/> more characters where the buffer has not the room, or was given back.</summary>
    private void Grow(int count)
    {
        if (_text is not null)
        {
            // Written to again after ToString gave the buffer back: start from the text made then.
            var text = _text;
            _text = null;
            _buffer = ArrayPool<char>.Shared.Rent(Math.Max(4096, text.Length + count));
            text.AsSpan().CopyTo(_buffer);
            _length = text.Length;
        }

        if (_length + count <= _buffer.Length)
        {
            return;
        }

        // Only the file being written moves, to the same place in the larger buffer (every position taken in it stays
        // true); the files before it stay where they were written, read from there, so the copy is not of all the text.
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(Math.Max(4096, _length + count), _buffer.Length * 2));
        _buffer.AsSpan(_fileStart, _length - _fileStart).CopyTo(larger.AsSpan(_fileStart));
        if (_fileStart > 0)
        {
            (_outgrown ??= new List<char[]>()).Add(_buffer);
        }
        else if (_buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
        }

        _buffer = larger;
    }

    /// <summary>The lines of <paramref name="text"/>, split at every C# line terminator (<c>\r\n</c> counts once).</summary>
    public static string[] SplitLines(string text)
    {
        // By hand rather than with a regular expression: emitters split every block they write.
        var end = text.IndexOfAny(LineTerminators);
        if (end < 0)
        {
            return new[] { text };
        }

        var lines = new List<string>();
        var start = 0;
        while (end >= 0)
        {
            lines.Add(text.Substring(start, end - start));
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            end = start < text.Length ? text.IndexOfAny(LineTerminators, start) : -1;
        }

        lines.Add(text.Substring(start));
        return lines.ToArray();
    }

    /// <summary><paramref name="text"/> on one line: each line terminator becomes a space.</summary>
    public static string OneLine(string text)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < builder.Length; i++)
        {
            if (Array.IndexOf(LineTerminators, builder[i]) >= 0)
            {
                builder[i] = ' ';
            }
        }

        return builder.ToString();
    }

    /// <summary>Writes <paramref name="header"/>, then <c>{</c>, and indents until the returned scope is disposed.</summary>
    public Block Open(string header)
    {
        if (header.Length > 0)
        {
            Line(header);
        }

        Line("{");
        _indent++;
        return new Block(this, "}");
    }

    /// <summary>Writes <paramref name="header"/> (an interpolated string, see <see cref="Line(ref LineHandler)"/>), then <c>{</c>, and indents until the returned scope is disposed.</summary>
    public Block Open([InterpolatedStringHandlerArgument("")] ref LineHandler header)
    {
        if (_length == header.Start + _indent)
        {
            // An empty header writes no line, as Open("") does.
            _length = header.Start;
        }
        else
        {
            EndLine(header.Start);
        }

        Line("{");
        _indent++;
        return new Block(this, "}");
    }

    /// <summary>Opens a block closed by <c>};</c>, for initializers and switch expressions.</summary>
    public Block OpenExpression(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return new Block(this, "};");
    }

    /// <summary>Opens a block closed by <c>};</c> after a header written as an interpolated string.</summary>
    public Block OpenExpression([InterpolatedStringHandlerArgument("")] ref LineHandler header)
    {
        EndLine(header.Start);
        Line("{");
        _indent++;
        return new Block(this, "};");
    }

    /// <summary>Writes spec text as an XML doc <c>summary</c> (or another tag), escaped and split into lines.</summary>
    /// <remarks>
    /// Spec text is Markdown: it is escaped, with <c>`code`</c> spans turned into <c>c</c> elements, as it is appended
    /// (see <see cref="AppendDocText"/>), line by line, so no string is made of the escaped text; what
    /// <see cref="DocXml(string?, string, string?)"/> writes for the escaped text. Escaping changes no white space and no line terminator, and no
    /// code span holds a terminator, so the text is trimmed and split first and each line escaped alone.
    /// </remarks>
    public SourceWriter Doc(string? text, string tag = "summary", string? attributes = null) =>
        string.IsNullOrWhiteSpace(text) ? this : WriteDoc(null, text!, tag, attributes);

    /// <summary>
    /// Writes <paramref name="xml"/> (XML doc text that begins with no white space and holds no line terminator), then
    /// <paramref name="text"/> (spec text) escaped, as a doc <c>summary</c>: what <see cref="DocXml(string?, string, string?)"/> writes for
    /// <paramref name="xml"/> followed by the <see cref="DocText"/> of <paramref name="text"/>, made as it is appended.
    /// </summary>
    public SourceWriter DocXmlThenText(string xml, string text) =>
        string.IsNullOrWhiteSpace(text) ? DocXml(xml + text) : WriteDoc(xml, text, "summary", null);

    /// <summary>
    /// The doc comment of <paramref name="text"/> (not all white space) after <paramref name="xml"/>, if any: trimmed
    /// (the text's start only when nothing comes before it), on one line or split at each line terminator.
    /// </summary>
    private SourceWriter WriteDoc(string? xml, string text, string tag, string? attributes)
    {
        var start = 0;
        var end = text.Length;
        while (xml is null && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var terminator = text.IndexOfAny(LineTerminators, start, end - start);
        if (terminator < 0)
        {
            var single = BeginLine(0);
            Append("/// <".AsSpan());
            AppendTag(tag, attributes);
            Append(xml.AsSpan());
            AppendDocText(text, start, end);
            Append("</".AsSpan());
            Append(tag.AsSpan());
            Append('>');
            EndLine(single);
            return this;
        }

        var open = BeginLine(0);
        Append("/// <".AsSpan());
        AppendTag(tag, attributes);
        EndLine(open);
        while (true)
        {
            var lineEnd = terminator < 0 ? end : terminator;
            var last = lineEnd;
            while (last > start && char.IsWhiteSpace(text[last - 1]))
            {
                last--;
            }

            if (xml is not null)
            {
                // The first line: the XML, then the text's first line; trimmed at its end as one.
                var line = BeginLine(0);
                Append("/// ".AsSpan());
                Append(last == start ? xml.AsSpan().TrimEnd() : xml.AsSpan());
                AppendDocText(text, start, last);
                EndLine(line);
                xml = null;
            }
            else if (last == start)
            {
                Line("/// <para/>");
            }
            else
            {
                var line = BeginLine(0);
                Append("/// ".AsSpan());
                AppendDocText(text, start, last);
                EndLine(line);
            }

            if (terminator < 0)
            {
                return Line($"/// </{tag}>");
            }

            start = terminator + (text[terminator] == '\r' && terminator + 1 < end && text[terminator + 1] == '\n' ? 2 : 1);
            terminator = start < end ? text.IndexOfAny(LineTerminators, start, end - start) : -1;
        }
    }

    /// <summary>Appends a doc tag's name and its attributes, if any, and the <c>&gt;</c> that ends it.</summary>
    private void AppendTag(string tag, string? attributes)
    {
        Append(tag.AsSpan());
        if (attributes is not null)
        {
            Append(' ');
            Append(attributes.AsSpan());
        }

        Append('>');
    }

    /// <summary>
    /// Appends spec text (Markdown) from <paramref name="start"/> to <paramref name="end"/> as XML doc text: escaped,
    /// with <c>`code`</c> spans turned into <c>c</c> elements.
    /// </summary>
    /// <remarks>
    /// A code span is a backtick, one or more characters that are neither a backtick nor a line terminator, and a
    /// backtick (what the regular expression <c>`([^`\r\n\u0085\u2028\u2029]+)`</c> matched, leftmost first).
    /// </remarks>
    private void AppendDocText(string text, int start, int end)
    {
        var copied = start;
        var special = text.IndexOfAny(DocSpecial, start, end - start);
        while (special >= 0)
        {
            var entity = XmlEntity(text[special]);
            var close = text[special] == '`' ? CodeSpanEnd(text, special, end) : -1;
            if (entity is not null || close >= 0)
            {
                Append(text.AsSpan(copied, special - copied));
                if (close < 0)
                {
                    Append(entity.AsSpan());
                    copied = special + 1;
                }
                else
                {
                    Append("<c>".AsSpan());
                    AppendEscaped(text, special + 1, close);
                    Append("</c>".AsSpan());
                    copied = close + 1;
                    special = close;
                }
            }

            special = special + 1 < end ? text.IndexOfAny(DocSpecial, special + 1, end - special - 1) : -1;
        }

        Append(text.AsSpan(copied, end - copied));
    }

    /// <summary>Spec text (Markdown) as XML doc text, as a string (see <see cref="AppendDocText"/>): the text itself when nothing changes.</summary>
    public static string DocText(string text)
    {
        if (text.IndexOfAny(DocSpecial) < 0)
        {
            return text;
        }

        var writer = new SourceWriter();
        writer.AppendDocText(text, 0, text.Length);
        return writer.ToString();
    }

    /// <summary>The characters <see cref="AppendDocText"/> changes: the XML specials and the backtick.</summary>
    private static readonly char[] DocSpecial = { '&', '<', '>', '`' };

    /// <summary>The entity an XML special stands as in doc text; null for any other character.</summary>
    private static string? XmlEntity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        _ => null,
    };

    /// <summary>
    /// The closing backtick of the code span opened at <paramref name="open"/> (before <paramref name="end"/>, where
    /// its line ends), or -1 when none closes it on its line or it is empty.
    /// </summary>
    private static int CodeSpanEnd(string text, int open, int end)
    {
        var i = open + 1;
        while (i < end && text[i] != '`' && Array.IndexOf(LineTerminators, text[i]) < 0)
        {
            i++;
        }

        return i < end && text[i] == '`' && i > open + 1 ? i : -1;
    }

    /// <summary>Appends <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> with the XML specials escaped.</summary>
    private void AppendEscaped(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (XmlEntity(text[i]) is { } entity)
            {
                Append(entity.AsSpan());
            }
            else
            {
                Append(text[i]);
            }
        }
    }

    /// <summary>Writes XML doc text that is already XML (it may hold <c>see</c> and <c>c</c> elements).</summary>
    public SourceWriter DocXml(string? xml, string tag = "summary", string? attributes = null)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return this;
        }

        var text = xml!.Trim();
        if (text.IndexOfAny(LineTerminators) < 0)
        {
            return attributes is null ? Line($"/// <{tag}>{text}</{tag}>") : Line($"/// <{tag} {attributes}>{text}</{tag}>");
        }

        _ = attributes is null ? Line($"/// <{tag}>") : Line($"/// <{tag} {attributes}>");

        // Each line of the text read where it lies (what SplitLines gives, without a string per line).
        var start = 0;
        while (true)
        {
            var end = text.IndexOfAny(LineTerminators, start);
            var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
            if (line.Trim().Length == 0)
            {
                Line("/// <para/>");
            }
            else
            {
                Line($"/// {line.TrimEnd()}");
            }

            if (end < 0)
            {
                return Line($"/// </{tag}>");
            }

            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
    }

    /// <summary>How many characters were written, in all the files.</summary>
    public int Length => _text is null ? _length : _text.Length;

    /// <summary>
    /// Begins a file of a writer that writes several, one after the other: the text written from here on is
    /// <see cref="File"/>, and the files before it stay readable where they lie until <see cref="Release"/>.
    /// </summary>
    public void StartFile()
    {
        if (_text is not null)
        {
            throw new InvalidOperationException("A writer whose text was made a string writes no more files.");
        }

        _fileStart = _length;
    }

    /// <summary>
    /// The text written since <see cref="StartFile"/> (or since the start) where it lies, without making a string of it.
    /// Read once the file is written: it stays valid until <see cref="Release"/>, however much the files started after it
    /// write (a file that grows after it was read may have moved).
    /// </summary>
    public ReadOnlyMemory<char> File => _text is null ? _buffer.AsMemory(_fileStart, _length - _fileStart) : _text.AsMemory();

    /// <summary>Gives the buffers back to the pool, leaving the writer empty; for a writer whose files were read through <see cref="File"/>.</summary>
    public void Release()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_buffer);
        }

        if (_outgrown is not null)
        {
            foreach (var buffer in _outgrown)
            {
                ArrayPool<char>.Shared.Return(buffer);
            }

            _outgrown = null;
        }

        _buffer = Array.Empty<char>();
        _length = 0;
        _fileStart = 0;
        _text = null;
    }

    /// <summary>The text written so far, as one string; the buffer goes back to the pool (writing on starts from the text).</summary>
    public override string ToString()
    {
        if (_fileStart > 0)
        {
            throw new InvalidOperationException("A writer of several files has no one text: read each through File.");
        }

        if (_text is null)
        {
            _text = new string(_buffer, 0, _length);
            if (_buffer.Length > 0)
            {
                ArrayPool<char>.Shared.Return(_buffer);
            }

            _buffer = Array.Empty<char>();
            _length = 0;
        }

        return _text;
    }

    public static string EscapeXml(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>
    /// Appends the parts of an interpolated string straight into the writer's buffer, as one line (see
    /// <see cref="Line(ref LineHandler)"/>). Numbers are written with the invariant culture.
    /// </summary>
    [InterpolatedStringHandler]
    public readonly ref struct LineHandler
    {
        private readonly SourceWriter _writer;

        public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
        {
            _writer = writer;
            Start = writer.BeginLine(literalLength + (formattedCount * 16));
        }

        /// <summary>Where the line starts in the buffer (its indent included).</summary>
        public int Start { get; }

        public void AppendLiteral(string value) => _writer.Append(value.AsSpan());

        public void AppendFormatted(string? value) => _writer.Append(value.AsSpan());

        public void AppendFormatted(ReadOnlySpan<char> value) => _writer.Append(value);

        public void AppendFormatted(char value) => _writer.Append(value);

        public void AppendFormatted(int value) => _writer.Append(value.ToString(CultureInfo.InvariantCulture).AsSpan());
    }

    public readonly struct Block : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string _close;

        public Block(SourceWriter writer, string close)
        {
            _writer = writer;
            _close = close;
        }

        public void Dispose()
        {
            _writer._indent--;
            _writer.Line(_close);
        }
    }
}
