using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Emitting;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

public sealed class SourceWriterTests
{
    [Fact]
    public void Lines_writes_a_block_at_the_current_indent_keeping_its_own_indentation_as_tabs()
    {
        var writer = new SourceWriter();
        using (writer.Open("class C"))
        {
            writer.Lines("""
                void M()
                {
                    Call();

                }
                """);
        }

        Assert.Equal("class C\n{\n\tvoid M()\n\t{\n\t\tCall();\n\n\t}\n}\n", writer.ToString());
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void A_comment_line_never_holds_a_line_terminator(string terminator)
    {
        var writer = new SourceWriter { Indent = 1 };
        writer.Line("// text" + terminator + "class Injected {}");
        writer.Line("/// <summary>doc" + terminator + "class Injected {}</summary>");

        var lines = writer.ToString().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("\t// text", lines[0]);
        Assert.StartsWith("\t/// <summary>doc", lines[1]);
        Assert.Equal(string.Empty, lines[2]);
        Assert.DoesNotContain(lines, line => line.IndexOfAny(new[] { '\r', '\u0085', '\u2028', '\u2029' }) >= 0);
    }

    [Theory]
    [InlineData("return value;")]
    [InlineData("      b")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("// text\nclass Injected {}")]
    [InlineData("    /// <summary>doc\u2028class Injected {}</summary>")]
    public void A_line_started_and_ended_around_its_parts_is_the_line_written_whole(string text)
    {
        var whole = new SourceWriter { Indent = 2 };
        whole.Line(text);
        using (whole.Open(text + "("))
        {
            whole.Line("x;");
        }

        var parts = new SourceWriter { Indent = 2 };
        var half = text.Length / 2;
        parts.StartLine().Part(text.Substring(0, half)).Part(null).Part(text.Substring(half)).EndParts();
        using (parts.StartLine().Part(text).Part("(").OpenParts())
        {
            parts.Line("x;");
        }

        Assert.Equal(whole.ToString(), parts.ToString());
    }

    [Fact]
    public void A_doc_comment_of_several_lines_has_one_comment_line_each_and_a_para_for_a_blank_one()
    {
        var writer = new SourceWriter { Indent = 1 };
        writer.Doc("First line  \r\n\r\nthird <b> & `code`\u2028last");

        Assert.Equal(
            "\t/// <summary>\n\t/// First line\n\t/// <para/>\n\t/// third &lt;b&gt; &amp; <c>code</c>\n\t/// last\n\t/// </summary>\n",
            writer.ToString());
    }

    [Fact]
    public void Line_indents_with_one_tab_per_level_and_turns_the_text_s_own_leading_spaces_into_tabs()
    {
        var writer = new SourceWriter { Indent = 2 };
        writer.Line("a");
        writer.Line("      b");

        Assert.Equal("\t\ta\n\t\t\t  b\n", writer.ToString());
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void Doc_text_is_split_into_comment_lines_at_every_line_terminator(string terminator)
    {
        var writer = new SourceWriter();
        writer.Doc("first" + terminator + "second");

        Assert.Equal("/// <summary>\n/// first\n/// second\n/// </summary>\n", writer.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("   b")]
    [InlineData("    c")]
    [InlineData("      d  ")]
    [InlineData("         e")]
    [InlineData("    ")]
    [InlineData("// text\nclass Injected {}")]
    [InlineData("  /// doc\r\nclass Injected {}")]
    [InlineData("\n// starts with a terminator")]
    [InlineData("code\n// not a comment line")]
    public void A_line_written_in_parts_is_the_line_written_whole(string text)
    {
        var half = text.Length / 2;
        var head = text.Substring(0, half);
        var tail = text.Substring(half);
        var number = -12345;
        var whole = new SourceWriter { Indent = 2 };
        var parts = new SourceWriter { Indent = 2 };

        whole.Line(text);
        parts.Line($"{head}{tail}");
        whole.Line("x = " + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "; " + text);
        parts.Line($"x = {number}; {text}");
        using (whole.Open("if (" + text + ")"))
        {
            whole.Line(text);
        }

        using (parts.Open($"if ({head}{tail})"))
        {
            parts.Line($"{head}{tail}");
        }

        Assert.Equal(whole.ToString(), parts.ToString());
    }

    [Fact]
    public void An_empty_header_in_parts_writes_no_line_as_an_empty_string_does()
    {
        var empty = string.Empty;
        var writer = new SourceWriter { Indent = 1 };
        using (writer.Open($"{empty}"))
        {
            writer.Line($"{empty}");
        }

        Assert.Equal("\t{\n\n\t}\n", writer.ToString());
    }

    [Fact]
    public void Writing_after_ToString_goes_on_from_the_text_already_written()
    {
        var name = new string('n', 5000);
        var writer = new SourceWriter();
        writer.Line($"first {name}");
        var first = writer.ToString();
        writer.Line($"second {name}");

        Assert.Equal("first " + name + "\n", first);
        Assert.Equal(first + "second " + name + "\n", writer.ToString());
        Assert.Same(writer.ToString(), writer.ToString());
    }


    [Fact]
    public void Each_file_of_a_writer_of_several_is_read_whole_where_it_lies_however_much_is_written_after_it()
    {
        // Files of every size around the buffer's growth: many small ones, then ones whose lines outgrow the buffer
        // while they are written, in the middle of a line written in parts and of a block's header.
        var writer = new SourceWriter();
        var files = new List<ReadOnlyMemory<char>>();
        var expected = new List<string>();
        try
        {
            for (var file = 0; file < 40; file++)
            {
                writer.StartFile();
                var text = new System.Text.StringBuilder();
                var lines = file < 20 ? 3 : 40 * file;
                for (var line = 0; line < lines; line++)
                {
                    var name = new string((char)('a' + (line % 26)), 1 + ((file * line) % 200));
                    if (line % 3 == 0)
                    {
                        writer.StartLine().Part("var ").Part(name).Part(" = ").Part(file.ToString(CultureInfo.InvariantCulture)).EndParts();
                        text.Append("var ").Append(name).Append(" = ").Append(file).Append('\n');
                    }
                    else if (line % 3 == 1)
                    {
                        using (writer.Open($"class {name}{line}"))
                        {
                        }

                        text.Append("class ").Append(name).Append(line).Append("\n{\n}\n");
                    }
                    else
                    {
                        writer.Line(name);
                        text.Append(name).Append('\n');
                    }
                }

                files.Add(writer.File);
                expected.Add(text.ToString());
            }

            // A buffer given back to the pool while a file still lay in it would come back from it here, and be overwritten.
            for (var size = 4096; size <= 1 << 22; size *= 2)
            {
                var rented = System.Buffers.ArrayPool<char>.Shared.Rent(size);
                rented.AsSpan().Fill('#');
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }

            Assert.Equal(expected.Sum(text => text.Length), writer.Length);
            for (var i = 0; i < files.Count; i++)
            {
                Assert.Equal(expected[i], files[i].ToString());
            }

            Assert.Throws<InvalidOperationException>(() => writer.ToString());
        }
        finally
        {
            writer.Release();
        }

        Assert.Equal(0, writer.Length);
    }
    [Theory]
    [InlineData("plain text")]
    [InlineData("a < b && c > d")]
    [InlineData("use `x < y` and `a&b`")]
    [InlineData("an unclosed ` backtick")]
    [InlineData("empty `` then `code`")]
    [InlineData("``double``")]
    [InlineData("```")]
    [InlineData("`")]
    [InlineData("`a`b`c`")]
    [InlineData("`across\nlines` then `one`")]
    [InlineData("`a\r\nb` `c\u2028d` `e\u0085` `\u2029`")]
    [InlineData("<p>`<tag>`</p> & `&amp;`")]
    [InlineData("trailing `")]
    public void Doc_text_escapes_the_xml_specials_and_makes_each_code_span_a_c_element(string escapedText)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(escapedText);

        // What the text became before it was made in one pass: escaped, then each span replaced by a regular expression.
        var expected = System.Text.RegularExpressions.Regex.Replace(
            SourceWriter.EscapeXml(text), "`([^`\\r\\n\\u0085\\u2028\\u2029]+)`", "<c>$1</c>");

        Assert.Equal(expected, SourceWriter.DocText(text));
    }

    [Fact]
    public void Doc_text_with_nothing_to_change_is_the_same_string()
    {
        var text = "Nothing here changes.";

        Assert.Same(text, SourceWriter.DocText(text));
    }

    [Fact]
    public void A_qualified_name_is_made_in_the_namespace_asked_for_whichever_was_asked_before()
    {
        Assert.Equal("global::First.Pet", CSharp.Qualified("First", "Pet"));
        Assert.Equal("global::Second.Pet", CSharp.Qualified("Second", "Pet"));
        Assert.Equal("global::First.Pet", CSharp.Qualified("First", "Pet"));
        Assert.Same(CSharp.Qualified("First", "Owner"), CSharp.Qualified("First", "Owner"));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("  \n\n lead and trail \t\n ")]
    [InlineData("one <b> & `code` and ` lone")]
    [InlineData("first  \r\n\r\n  third `a\nb` `` `c`\u2028last & <x>   ")]
    [InlineData("\u2029\u0085`span` \r")]
    [InlineData("\n  \n")]
    [InlineData("a\r\n   \r\n\tb\n")]
    public void Doc_writes_what_the_escaped_text_written_as_xml_gave(string text)
    {
        foreach (var (tag, attributes) in new[] { ("summary", (string?)null), ("param", "name=\"value\"") })
        {
            var streamed = new SourceWriter { Indent = 1 };
            streamed.Doc(text, tag, attributes);
            var whole = new SourceWriter { Indent = 1 };
            whole.DocXml(SourceWriter.DocText(text), tag, attributes);

            Assert.Equal(whole.ToString(), streamed.ToString());
        }
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("  \n\n lead and trail \t\n ")]
    [InlineData("first  \r\n\r\n  third `a\nb` & <x>   ")]
    [InlineData(" \t\nsecond line")]
    [InlineData("`code`\u2028last")]
    public void Xml_then_spec_text_is_what_the_xml_and_the_escaped_text_written_as_one_gave(string text)
    {
        var streamed = new SourceWriter { Indent = 2 };
        streamed.DocXmlThenText("HTTP 200: ", text);
        var whole = new SourceWriter { Indent = 2 };
        whole.DocXml("HTTP 200: " + SourceWriter.DocText(text));

        Assert.Equal(whole.ToString(), streamed.ToString());
    }
}
