using System;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;

/// <summary>What a test of the npm-installed real specs does when they are absent (npm could not install them).</summary>
internal static class RealSpecsInstall
{
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
