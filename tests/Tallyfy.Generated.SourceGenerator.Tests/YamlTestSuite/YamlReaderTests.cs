using System;
using System.Globalization;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Parsing;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests.YamlTestSuite;

/// <summary>What real specs write in YAML reads as YAML 1.2 says, and a syntax error is reported where it is.</summary>
public sealed class YamlReaderTests
{
    [Theory]
    [InlineData("|", "")]
    [InlineData("|-", "")]
    [InlineData("|+", "\n\n")]
    [InlineData(">", "")]
    [InlineData(">-", "")]
    [InlineData(">+", "\n\n")]
    public void A_block_scalar_of_only_whitespace_lines_is_read(string header, string expected)
    {
        var text = "a:\n  description: " + header + "\n      \n   \n  b: x\n";

        var document = YamlSpecReader.Read("/specs/blank.yaml", text);

        Assert.Null(document.Error);
        var a = (SpecObject)((SpecObject)document.Root!)["a"]!;
        Assert.Equal(expected, ((SpecScalar)a["description"]!).Text);
        Assert.Equal("x", ((SpecScalar)a["b"]!).Text);

        // Offsets after the blank lines still point at the original text.
        var b = a.GetProperty("b")!.Value;
        Assert.Equal(text.IndexOf("b: x", StringComparison.Ordinal), b.NameOffset);
        Assert.Equal(4, document.Map.LocateName(b).Line);
    }

    [Fact]
    public void A_block_scalar_with_content_keeps_its_blank_lines()
    {
        var text = "a: |\n  first\n\n  second\n   \nb: >2\n   kept\n";

        var root = (SpecObject)YamlSpecReader.Read("/specs/block.yaml", text).Root!;

        // A last line with a space more than the indentation is content (" "), not a blank line.
        Assert.Equal("first\n\nsecond\n \n", ((SpecScalar)root["a"]!).Text);
        Assert.Equal(" kept\n", ((SpecScalar)root["b"]!).Text);
    }

    [Theory]
    [InlineData("a: !!str 12", "String", "12")]
    [InlineData("a: ! 12", "String", "12")]
    [InlineData("a: '12'", "String", "12")]
    [InlineData("a: 12", "Number", "12")]
    [InlineData("a: 0x1F", "Number", "31")]
    [InlineData("a: 0o17", "Number", "15")]
    [InlineData("a: !!str", "String", "")]
    [InlineData("a:", "Null", "null")]
    [InlineData("a: !!null ''", "Null", "null")]
    public void Scalars_take_their_tag_or_the_core_schema_type(string text, string kind, string value)
    {
        var scalar = (SpecScalar)((SpecObject)YamlSpecReader.Read("/specs/tags.yaml", text).Root!)["a"]!;

        Assert.Equal(kind, scalar.Kind.ToString());
        Assert.Equal(value, scalar.Text);
    }

    [Theory]
    [InlineData("openapi: 3.0.3\npaths: [\n  a,\n  b\ninfo: x\n", 1, "flow sequence opened here with '['")]
    [InlineData("openapi: 3.0.3\npaths: [\n  a,\n  b\n", 4, "The '[' at line 2, column 8 is not closed")]
    [InlineData("openapi: 3.0.3\ninfo: {title: x, version: 1\n", 2, "flow mapping")]
    [InlineData("openapi: 3.0.3\ninfo:\n  title: \"x\n", 2, "quoted scalar")]
    [InlineData("openapi: 3.0.3\n---\nopenapi: 3.1.0\n", 1, "second YAML document")]
    [InlineData("openapi: 3.0.3\npaths:\n  ? [a, b]\n  : x\n", 2, "mapping key")]
    [InlineData("openapi: 3.0.3\ninfo: *missing\n", 1, "*missing")]
    public void A_syntax_error_is_a_located_readable_TGEN001(string text, int line, string mentioned)
    {
        var diagnostic = Assert.Single(GeneratorHarness.Run(new SpecText("/specs/broken.yaml", text)).Diagnostics);

        Assert.Equal("TGEN001", diagnostic.Id);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains(mentioned, message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Idx:", message, StringComparison.Ordinal);
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Aliases_read_as_copies_of_their_anchor()
    {
        var text = "base: &b {type: string, enum: [x, y]}\nother: *b\n";

        var root = (SpecObject)YamlSpecReader.Read("/specs/alias.yaml", text).Root!;

        var other = (SpecObject)root["other"]!;
        Assert.Equal(new[] { "type", "enum" }, other.Properties.Select(p => p.Name));
        Assert.NotSame(root["base"], other);
    }
}
