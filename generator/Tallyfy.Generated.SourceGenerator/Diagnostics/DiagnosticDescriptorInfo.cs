using System.Globalization;

namespace Tallyfy.Generated.SourceGenerator.Diagnostics;

/// <summary>How serious a diagnostic is; the values are Roslyn's <c>DiagnosticSeverity</c>'s, so one converts to the other by a cast.</summary>
internal enum DiagnosticLevel
{
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

/// <summary>
/// A kind of problem the generator reports, as plain data: what Roslyn's <c>DiagnosticDescriptor</c> holds, without
/// Roslyn, so that parsing and emitting (and the command line's <c>generate</c>) never load the compiler. Only the
/// source generator's output turns it into Roslyn's (see <see cref="RoslynDiagnostics"/>).
/// </summary>
internal sealed record DiagnosticDescriptorInfo(string Id, string Title, string MessageFormat, string Category, DiagnosticLevel DefaultSeverity, string HelpLinkUri)
{
    /// <summary>The category of every generator diagnostic (a constant: the analyzer release tracking reads it where Roslyn's descriptors are made).</summary>
    public const string GeneratorCategory = "Tallyfy.Generated";

    /// <summary>The message for <paramref name="arguments"/>, formatted as the compiler formats it (a format without arguments is left as written).</summary>
    public string Format(params object[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);
}
