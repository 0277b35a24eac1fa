using System;
using System.Text;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>A small indented text writer; generated files are built line by line with it.</summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;
    private readonly StringBuilder _builder = new();
    private int _indent;

    public int Indent
    {
        get => _indent;
        set => _indent = Math.Max(0, value);
    }

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * IndentSize);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
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
        System.Text.RegularExpressions.Regex.Replace(EscapeXml(text), "`([^`\\r\\n]+)`", "<c>$1</c>");

    /// <summary>Writes XML doc text that is already XML (it may hold <c>see</c> and <c>c</c> elements).</summary>
    public SourceWriter DocXml(string? xml, string tag = "summary", string? attributes = null)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return this;
        }

        var open = attributes is null ? "<" + tag + ">" : "<" + tag + " " + attributes + ">";
        var lines = xml!.Trim().Replace("\r\n", "\n").Split('\n');
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
