using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Diagnostics;

/// <summary>A place in a spec file: what a diagnostic points at.</summary>
internal readonly record struct SpecLocation(string Path, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public Location ToLocation() => Location.Create(
        Path,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn)));
}

/// <summary>
/// A diagnostic as plain data: an id, its message arguments and a spec location. Unlike <see cref="Diagnostic"/> it is
/// equatable and holds no <see cref="Location"/>, so it can travel through the incremental pipeline.
/// </summary>
internal sealed record DiagnosticInfo(string Id, EquatableArray<string> Arguments, SpecLocation Location)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SpecLocation location, params string[] arguments) =>
        new(descriptor.Id, arguments.ToEquatableArray(), location);

    public DiagnosticSeverity Severity => DiagnosticDescriptors.Get(Id).DefaultSeverity;

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(DiagnosticDescriptors.Get(Id), Location.ToLocation(), Arguments.Cast<object>().ToArray());
}

/// <summary>What parsing one spec produced: the client model (null when the spec is unusable) and the diagnostics.</summary>
internal sealed record ParseResult(ClientModel? Client, EquatableArray<DiagnosticInfo> Diagnostics);
