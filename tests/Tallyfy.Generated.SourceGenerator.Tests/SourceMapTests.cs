using System;
using System.Collections.Generic;
using System.Text;
using Tallyfy.Generated.SourceGenerator.Parsing;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

public sealed class SourceMapTests
{
    /// <summary>Texts with line feeds at every place of a block of characters and around its edges, and none at all.</summary>
    public static IEnumerable<object[]> Texts()
    {
        yield return new object[] { string.Empty };
        yield return new object[] { "\n" };
        yield return new object[] { "no line feed at all" };
        yield return new object[] { new string('x', 100) };
        yield return new object[] { new string('\n', 70) };
        yield return new object[] { "\r\n\r\nwindows\r\nlines\r\n" };
        yield return new object[] { "é\n𝄞\n\u2028 is no line feed\n" };
        for (var length = 1; length <= 70; length += 3)
        {
            var text = new StringBuilder();
            for (var i = 0; i < 200; i++)
            {
                text.Append(i % length == length - 1 ? '\n' : (char)('a' + (i % 26)));
            }

            yield return new object[] { text.ToString() };
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_line_given_by_number_starts_at_zero_or_the_index_after_its_line_feed(string text)
    {
        var expected = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                expected.Add(i + 1);
            }
        }

        Assert.Equal(expected, LineStarts(text, expected.Count));
    }

    [Fact]
    public void A_large_text_with_a_line_feed_every_so_often_has_each_of_its_line_starts()
    {
        var random = new Random(20261206);
        var text = new StringBuilder();
        var expected = new List<int> { 0 };
        while (text.Length < 300_000)
        {
            text.Append('a', random.Next(0, 90));
            text.Append('\n');
            expected.Add(text.Length);
        }

        Assert.True(expected.Count > 1024 && text.Length > 4096 * 16, "the text has many lines, across many blocks");
        Assert.Equal(expected, LineStarts(text.ToString(), expected.Count));
    }

    /// <summary>
    /// Where each of the first <paramref name="lines"/> lines of <paramref name="text"/> starts, as a location given by line
    /// (column 0) says; a line past the last must say the last line's start, so asking for one more line than there are
    /// returns that start twice.
    /// </summary>
    private static List<int> LineStarts(string text, int lines)
    {
        var map = SourceMap.ForChars("spec.yaml", text);
        var starts = new List<int>();
        for (var line = 0; line < lines; line++)
        {
            starts.Add(map.LocateLineColumn(line, 0).Start);
        }

        Assert.Equal(starts[starts.Count - 1], map.LocateLineColumn(lines, 0).Start);
        return starts;
    }

    /// <summary>Texts around the blocks the line feeds are counted by: lines across block edges, none at all, feeds at the edges.</summary>
    public static IEnumerable<object[]> LongTexts()
    {
        yield return new object[] { new string('x', 4096 * 3) };
        yield return new object[] { new string('x', 4096 * 2 + 17) };
        yield return new object[] { new string('\n', 4096 + 1) };
        yield return new object[] { new string('x', 5000) + "\n" + new string('y', 9000) + "\n" };
        var edges = new StringBuilder(new string('x', 4096 * 3));
        foreach (var at in new[] { 0, 4095, 4096, 8191, 8192, 4096 * 3 - 1 })
        {
            edges[at] = '\n';
        }

        yield return new object[] { edges.ToString() };
        var random = new Random(42);
        var mixed = new StringBuilder();
        while (mixed.Length < 20_000)
        {
            mixed.Append('a', random.Next(0, 300)).Append(random.Next(4) == 0 ? "\r\n" : "\n");
        }

        yield return new object[] { mixed.ToString() };
    }

    [Theory]
    [MemberData(nameof(Texts))]
    [MemberData(nameof(LongTexts))]
    public void A_location_is_on_the_line_of_the_line_feeds_before_it_at_the_column_after_the_last_one(string text)
    {
        var map = SourceMap.ForChars("spec.yaml", text);
        for (var offset = 0; offset <= text.Length; offset += offset < 64 || text.Length - offset < 64 ? 1 : 37)
        {
            var line = 0;
            var lineStart = 0;
            for (var i = 0; i < offset; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            var location = map.Locate(offset, 0);
            Assert.Equal((line, offset - lineStart), (location.Line, location.Column));
            Assert.Equal((line, offset - lineStart), (location.EndLine, location.EndColumn));
        }
    }

    [Theory]
    [MemberData(nameof(LongTexts))]
    public void The_line_feeds_before_each_block_are_those_counted_one_by_one(string text)
    {
        var counts = SourceMap.CountLineFeeds(text);
        var blocks = (text.Length / 4096) + 1;
        Assert.Equal(blocks + 1, counts.Length);
        for (var block = 0; block <= blocks; block++)
        {
            var end = Math.Min(text.Length, block * 4096);
            var expected = 0;
            for (var i = 0; i < end; i++)
            {
                expected += text[i] == '\n' ? 1 : 0;
            }

            Assert.Equal(expected, counts[block]);
        }
    }
}
