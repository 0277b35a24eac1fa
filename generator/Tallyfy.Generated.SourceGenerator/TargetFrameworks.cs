using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Tallyfy.Generated.SourceGenerator;

/// <summary>
/// Whether the project's target framework can run the generated code: .NET 8 or later. It uses <c>required</c>
/// members (the compiler needs attributes .NET 7 added), System.Text.Json and <c>System.Net.Http</c> from the framework,
/// none of which .NET Standard or .NET Framework has. Read from the MSBuild properties the package's props make visible.
/// </summary>
internal static class TargetFrameworks
{
    /// <summary>The oldest .NET the generated code compiles and runs on; stated in the README, tested at net8.0 and net10.0.</summary>
    public static readonly Version Minimum = new(8, 0);

    /// <summary>
    /// The project's target framework when it is older than <see cref="Minimum"/> (.NET Core before 8, any .NET Standard
    /// or .NET Framework), else null; also null when the properties are not there (a host other than MSBuild).
    /// </summary>
    public static string? TooOldFor(AnalyzerConfigOptions globalOptions)
    {
        globalOptions.TryGetValue("build_property.TargetFrameworkIdentifier", out var identifier);
        globalOptions.TryGetValue("build_property.TargetFrameworkVersion", out var versionText);
        globalOptions.TryGetValue("build_property.TargetFramework", out var moniker);
        identifier = identifier?.Trim();
        var name = !string.IsNullOrWhiteSpace(moniker) ? moniker!.Trim() : identifier + ",Version=" + versionText?.Trim();
        switch (identifier)
        {
            case ".NETStandard":
            case ".NETFramework":
                return name;
            case ".NETCoreApp":
                var text = versionText?.Trim().TrimStart('v', 'V');
                return Version.TryParse(text, out var version) && version < Minimum ? name : null;
            default:
                return null;
        }
    }
}
