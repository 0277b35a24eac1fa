using Tallyfy.Generated.SourceGenerator.Diagnostics;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>A spec read into a node tree, or the reason it could not be read.</summary>
internal sealed class SpecDocument
{
    private SpecDocument(SourceMap map, SpecNode? root, string? error, SpecLocation errorLocation, DiagnosticDescriptorInfo? limit = null)
    {
        Map = map;
        Root = root;
        Error = error;
        ErrorLocation = errorLocation;
        Limit = limit;
    }

    /// <summary>
    /// The reader limit the document exceeded (a TGEN011 descriptor, whose format takes the limit as <see cref="Error"/>),
    /// or null when the document was read or failed on its syntax.
    /// </summary>
    public DiagnosticDescriptorInfo? Limit { get; }

    public SourceMap Map { get; }

    public SpecNode? Root { get; }

    public string? Error { get; }

    public SpecLocation ErrorLocation { get; }

    /// <summary>Why the document could not be read, as one sentence (a limit's sentence filled in with the limit).</summary>
    public string? ErrorSentence => Limit is { } limit
        ? string.Format(System.Globalization.CultureInfo.InvariantCulture, limit.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), Error)
        : Error;

    /// <summary>Gives the document's pooled buffer back (see <see cref="SourceMap.Release"/>): no location is asked of it afterwards.</summary>
    public void Release() => Map.Release();

    public static SpecDocument Parsed(SourceMap map, SpecNode root) => new(map, root, null, default);

    public static SpecDocument Failed(SourceMap map, string error, SpecLocation location) => new(map, null, error, location);

    /// <summary>The document exceeded a reader limit: <paramref name="limit"/> says which, <paramref name="value"/> is the limit.</summary>
    public static SpecDocument LimitExceeded(SourceMap map, DiagnosticDescriptorInfo limit, int value, SpecLocation location) =>
        new(map, null, value.ToString(System.Globalization.CultureInfo.InvariantCulture), location, limit);
}
