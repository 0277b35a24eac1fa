using System;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>Reads a spec's text into a node tree, whatever its format: JSON, or YAML for .yaml/.yml files and text that is not JSON.</summary>
internal static class SpecReader
{
    public static SpecDocument Read(string path, string text)
    {
        if (path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return YamlSpecReader.Read(path, text);
        }

        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
        {
            start++;
        }

        return start < text.Length && text[start] != '{' && text[start] != '[' && !path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? YamlSpecReader.Read(path, text)
            : JsonSpecReader.Read(path, text.Substring(start == 0 || text[0] != '\uFEFF' ? 0 : 1));
    }
}
