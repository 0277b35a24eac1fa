using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Tallyfy.Generated.SourceGenerator.Diagnostics;

/// <summary>
/// The one place the plain-data diagnostics become Roslyn's, at the generator's and the analyzer's output: one
/// <see cref="DiagnosticDescriptor"/> per id (the variants of an id in <see cref="DiagnosticDescriptors"/> share its
/// title, severity and help link and differ only in the message, which is formatted first and passed as the one
/// argument of the id's format).
/// </summary>
internal static class RoslynDiagnostics
{
    private static readonly Lazy<Dictionary<string, DiagnosticDescriptorInfo>> Catalogue = new(() =>
        DiagnosticDescriptors.All.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    // One field per id, each created with its id and severity written out: what the analyzer release tracking reads.
    private static readonly DiagnosticDescriptor Tgen001 = Error("TGEN001");

    private static readonly DiagnosticDescriptor Tgen002 = Error("TGEN002");

    private static readonly DiagnosticDescriptor Tgen003 = Error("TGEN003");

    private static readonly DiagnosticDescriptor Tgen004 = Error("TGEN004");

    private static readonly DiagnosticDescriptor Tgen005 = Warning("TGEN005");

    private static readonly DiagnosticDescriptor Tgen006 = Warning("TGEN006");

    private static readonly DiagnosticDescriptor Tgen007 = Error("TGEN007");

    private static readonly DiagnosticDescriptor Tgen008 = Error("TGEN008");

    private static readonly DiagnosticDescriptor Tgen009 = Error("TGEN009");

    private static readonly DiagnosticDescriptor Tgen010 = Warning("TGEN010");

    private static readonly DiagnosticDescriptor Tgen011 = Error("TGEN011");

    private static readonly DiagnosticDescriptor Tgen012 = Error("TGEN012");

    private static readonly DiagnosticDescriptor Tgen013 = Info("TGEN013");

    private static readonly DiagnosticDescriptor Tgen014 = Warning("TGEN014");

    private static readonly DiagnosticDescriptor Tgen015 = Error("TGEN015");

    private static readonly DiagnosticDescriptor Tgen016 = Error("TGEN016");

    private static readonly DiagnosticDescriptor Tgen017 = Warning("TGEN017");

    private static readonly DiagnosticDescriptor Tgen018 = Warning("TGEN018");

    private static readonly DiagnosticDescriptor Tgen019 = Warning("TGEN019");

    private static readonly DiagnosticDescriptor Tgen020 = Warning("TGEN020");

    private static readonly DiagnosticDescriptor Tgen021 = Info("TGEN021");

    private static readonly DiagnosticDescriptor Tgen022 = Error("TGEN022");

    private static readonly DiagnosticDescriptor Tgen023 = Error("TGEN023");

    private static readonly DiagnosticDescriptor Tgen024 = Error("TGEN024");

    private static readonly DiagnosticDescriptor Tgen025 = Error("TGEN025");

    private static readonly DiagnosticDescriptor Tgen026 = Warning("TGEN026");

    private static readonly DiagnosticDescriptor Tgen027 = Warning("TGEN027");

    private static readonly DiagnosticDescriptor Tgen030 = Warning("TGEN030");

    private static readonly DiagnosticDescriptor Tgen045 = Warning("TGEN045");

    private static readonly DiagnosticDescriptor Tgen046 = Warning("TGEN046");

    private static readonly DiagnosticDescriptor Tgen047 = Warning("TGEN047");

    private static readonly DiagnosticDescriptor Tgen048 = Warning("TGEN048");

    private static readonly DiagnosticDescriptor Tgen049 = Warning("TGEN049");

    private static readonly DiagnosticDescriptor Tgen050 = Error("TGEN050");

    private static readonly DiagnosticDescriptor Tgen051 = Warning("TGEN051");

    private static readonly DiagnosticDescriptor Tgen052 = Warning("TGEN052");

    private static readonly DiagnosticDescriptor Tgen053 = Info("TGEN053");

    private static readonly DiagnosticDescriptor Tgen054 = Warning("TGEN054");

    private static readonly DiagnosticDescriptor Tgen055 = Warning("TGEN055");

    private static readonly DiagnosticDescriptor Tgen056 = Warning("TGEN056");

    private static readonly DiagnosticDescriptor Tgen057 = Warning("TGEN057");

    private static readonly DiagnosticDescriptor Tgen999 = Error("TGEN999");

    /// <summary>Every id as a Roslyn descriptor.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        Tgen001,
        Tgen002,
        Tgen003,
        Tgen004,
        Tgen005,
        Tgen006,
        Tgen007,
        Tgen008,
        Tgen009,
        Tgen010,
        Tgen011,
        Tgen012,
        Tgen013,
        Tgen014,
        Tgen015,
        Tgen016,
        Tgen017,
        Tgen018,
        Tgen019,
        Tgen020,
        Tgen021,
        Tgen022,
        Tgen023,
        Tgen024,
        Tgen025,
        Tgen026,
        Tgen027,
        Tgen030,
        Tgen045,
        Tgen046,
        Tgen047,
        Tgen048,
        Tgen049,
        Tgen050,
        Tgen051,
        Tgen052,
        Tgen053,
        Tgen054,
        Tgen055,
        Tgen056,
        Tgen057,
        Tgen999);

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The Roslyn descriptor of <paramref name="descriptor"/>'s id.</summary>
    public static DiagnosticDescriptor ToRoslyn(this DiagnosticDescriptorInfo descriptor) =>
        ById.TryGetValue(descriptor.Id, out var roslyn) ? roslyn : throw new InvalidOperationException("No Roslyn descriptor for " + descriptor.Id + ": add it to RoslynDiagnostics.All.");

    public static Diagnostic ToDiagnostic(this DiagnosticInfo diagnostic) =>
        Diagnostic.Create(diagnostic.Descriptor.ToRoslyn(), diagnostic.Location.ToLocation(), diagnostic.Message);

    public static Location ToLocation(this SpecLocation location) => Location.Create(
        location.Path,
        new TextSpan(location.Start, location.Length),
        new LinePositionSpan(new LinePosition(location.Line, location.Column), new LinePosition(location.EndLine, location.EndColumn)));

    private static DiagnosticDescriptor Error(string id) => Create(id, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id) => Create(id, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Info(string id) => Create(id, DiagnosticSeverity.Info);

    private static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity)
    {
        var info = Catalogue.Value[id];
        return new(id, info.Title, "{0}", DiagnosticDescriptorInfo.GeneratorCategory, severity, isEnabledByDefault: true, helpLinkUri: info.HelpLinkUri);
    }
}
