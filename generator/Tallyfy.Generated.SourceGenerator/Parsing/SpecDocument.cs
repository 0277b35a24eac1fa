using Tallyfy.Generated.SourceGenerator.Diagnostics;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>A spec read into a node tree, or the reason it could not be read.</summary>
internal sealed class SpecDocument
{
    private SpecDocument(SourceMap map, SpecNode? root, string? error, SpecLocation errorLocation, bool tooDeep = false)
    {
        Map = map;
        Root = root;
        Error = error;
        ErrorLocation = errorLocation;
        TooDeep = tooDeep;
    }

    /// <summary>The document was refused for nesting deeper than the readers accept.</summary>
    public bool TooDeep { get; }

    public SourceMap Map { get; }

    public SpecNode? Root { get; }

    public string? Error { get; }

    public SpecLocation ErrorLocation { get; }

    public static SpecDocument Parsed(SourceMap map, SpecNode root) => new(map, root, null, default);

    public static SpecDocument Failed(SourceMap map, string error, SpecLocation location, bool tooDeep = false) => new(map, null, error, location, tooDeep);
}
