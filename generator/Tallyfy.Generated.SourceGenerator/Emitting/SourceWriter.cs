using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// A small indented text writer; generated files are built line by line with it. It is also the one guard that keeps
/// spec text inside comments: a comment line it writes never holds a line terminator, whatever text went into it.
/// It indents with one tab per level (a quarter of the bytes of four spaces, shown as wide as an editor is set to show
/// it), and turns each four leading spaces of a line it is given into one more tab.
/// </summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;

    /// <summary>Every character C# reads as the end of a line (C# spec, "Line terminators").</summary>
    private static readonly char[] LineTerminators = { '\r', '\n', '\u0085', '\u2028', '\u2029' };
    private readonly StringBuilder _builder = new();
    private int _indent;

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
            if (text.IndexOfAny(LineTerminators) >= 0 && text.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                text = OneLine(text);
            }

            AppendIndented(text, 0, text.Length);
        }

        _builder.Append('\n');
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

            _builder.Append('\n');
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
        _builder.Append('\t', _indent + (own / IndentSize));
        _builder.Append(' ', own % IndentSize);
        _builder.Append(text, spaces, end - spaces);
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

    /// <summary>Opens a block closed by <c>};</c>, for initializers and switch expressions.</summary>
    public Block OpenExpression(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return new Block(this, "};");
    }

    /// <summary>Writes spec text as an XML doc <c>summary</c> (or another tag), escaped and split into lines.</summary>
    public SourceWriter Doc(string? text, string tag = "summary", string? attributes = null) =>
        string.IsNullOrWhiteSpace(text) ? this : DocXml(DocText(text!), tag, attributes);

    /// <summary>Spec text (Markdown) as XML doc text: escaped, with <c>`code`</c> spans turned into <c>c</c> elements.</summary>
    public static string DocText(string text) =>
        text.IndexOf('`') < 0 ? EscapeXml(text) : Regex.Replace(EscapeXml(text), "`([^`\\r\\n\\u0085\\u2028\\u2029]+)`", "<c>$1</c>");

    /// <summary>Writes XML doc text that is already XML (it may hold <c>see</c> and <c>c</c> elements).</summary>
    public SourceWriter DocXml(string? xml, string tag = "summary", string? attributes = null)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return this;
        }

        var open = attributes is null ? "<" + tag + ">" : "<" + tag + " " + attributes + ">";
        var lines = SplitLines(xml!.Trim());
        if (lines.Length == 1)
        {
            return Line("/// " + open + lines[0].Trim() + "</" + tag + ">");
        }

        Line("/// " + open);
        foreach (var line in lines)
        {
            Line(line.Trim().Length == 0 ? "/// <para/>" : "/// " + line.TrimEnd());
        }

        return Line("/// </" + tag + ">");
    }

    public override string ToString() => _builder.ToString();

    public static string EscapeXml(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

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
