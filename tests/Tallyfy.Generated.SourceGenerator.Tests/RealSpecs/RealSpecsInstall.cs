using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;

/// <summary>What a test of the npm-installed real specs does when they are absent (npm could not install them).</summary>
internal static class RealSpecsInstall
{
    /// <summary>The <c>RealSpecs/</c> folder, whose <c>node_modules</c> npm installs the pinned packages into.</summary>
    public static string Root { get; } = typeof(RealSpecsInstall).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RealSpecsRoot").Value!;

    /// <summary>Nothing when <paramref name="absent"/> is null; else a failure in CI (<c>CI=true</c>) and a skip elsewhere, saying why.</summary>
    public static void Require(string? absent)
    {
        if (absent is not null)
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), absent);
            Skip.If(true, absent);
        }
    }
}
