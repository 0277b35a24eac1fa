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
    public void Line_starts_are_zero_and_the_index_after_each_line_feed(string text)
    {
        var expected = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                expected.Add(i + 1);
            }
        }

        Assert.Equal(expected, SourceMap.ComputeLineStarts(text));
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

        Assert.True(expected.Count > 1024, "the text has more lines than the first buffer holds");
        Assert.Equal(expected, SourceMap.ComputeLineStarts(text.ToString()));
    }
}
