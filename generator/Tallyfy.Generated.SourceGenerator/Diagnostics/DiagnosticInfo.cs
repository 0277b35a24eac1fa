using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Diagnostics;

/// <summary>A place in a spec file: what a diagnostic points at.</summary>
internal readonly record struct SpecLocation(string Path, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The start of a file: for a problem with the whole spec rather than a part of it.</summary>
    public static SpecLocation StartOf(string path) => new(path, 0, 0, 0, 0, 0, 0);

    public Location ToLocation() => Location.Create(
        Path,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn)));
}

/// <summary>
/// A diagnostic as plain data: its descriptor (which owns the message format), the message arguments and a spec
/// location. Unlike <see cref="Diagnostic"/> it is equatable and holds no <see cref="Location"/>, so it can travel
/// through the incremental pipeline.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, EquatableArray<string> Arguments, SpecLocation Location)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SpecLocation location, params string[] arguments) =>
        new(descriptor, arguments.ToEquatableArray(), location);

    public string Id => Descriptor.Id;

    public DiagnosticSeverity Severity => Descriptor.DefaultSeverity;

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location.ToLocation(), Arguments.Cast<object>().ToArray());
}

/// <summary>What parsing one spec produced: the client model (null when the spec is unusable) and the diagnostics.</summary>
/// <param name="SpecPath">The spec's path, so a later step can still point at the spec.</param>
internal sealed record ParseResult(string SpecPath, ClientModel? Client, EquatableArray<DiagnosticInfo> Diagnostics);
