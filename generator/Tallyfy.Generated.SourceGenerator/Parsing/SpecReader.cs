namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>Reads a spec's text into a node tree, whatever its format.</summary>
internal static class SpecReader
{
    public static SpecDocument Read(string path, string text) => JsonSpecReader.Read(path, text);
}
