using System.Globalization;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Diagnostics;

/// <summary>A place in a spec file: what a diagnostic points at.</summary>
internal readonly record struct SpecLocation(string Path, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The start of a file: for a problem with the whole spec rather than a part of it.</summary>
    public static SpecLocation StartOf(string path) => new(path, 0, 0, 0, 0, 0, 0);
}

/// <summary>
/// A diagnostic as plain data: its descriptor (which owns the message format), the message arguments and a spec
/// location. Unlike Roslyn's <c>Diagnostic</c> it is equatable and holds no <c>Location</c>, so it can travel
/// through the incremental pipeline; and it needs no Roslyn, so the command line prints it without loading the compiler.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptorInfo Descriptor, EquatableArray<string> Arguments, SpecLocation Location)
{
    public static DiagnosticInfo Create(DiagnosticDescriptorInfo descriptor, SpecLocation location, params string[] arguments) =>
        new(descriptor, arguments.ToEquatableArray(), location);

    public string Id => Descriptor.Id;

    public DiagnosticLevel Severity => Descriptor.DefaultSeverity;

    /// <summary>The message with its arguments in place.</summary>
    public string Message => Descriptor.Format(Arguments.Cast<object>().ToArray());

    /// <summary>The compiler's canonical form, as Roslyn's <c>Diagnostic.ToString()</c> writes it: <c>path(line,col): error TGEN004: message</c>.</summary>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): {3} {4}: {5}", Location.Path, Location.Line + 1, Location.Column + 1, Prefix(Severity), Id, Message);

    private static string Prefix(DiagnosticLevel severity) => severity switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        DiagnosticLevel.Info => "info",
        _ => "hidden",
    };
}

/// <summary>What parsing one spec produced: the client model (null when the spec is unusable) and the diagnostics.</summary>
/// <param name="SpecPath">The spec's path, so a later step can still point at the spec.</param>
internal sealed record ParseResult(string SpecPath, ClientModel? Client, EquatableArray<DiagnosticInfo> Diagnostics);
