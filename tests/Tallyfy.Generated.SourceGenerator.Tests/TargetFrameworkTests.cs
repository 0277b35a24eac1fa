using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// The generated code needs .NET 8 (required members, System.Text.Json and System.Net.Http from the framework). A
/// project that targets an older framework gets one error per spec, at the spec, and nothing generated, instead of
/// compiler errors inside generated files. The framework is read from the MSBuild properties the package makes visible.
/// </summary>
public sealed class TargetFrameworkTests
{
    private static SpecText[] Specs() => new[]
    {
        new SpecText("/specs/pets.json", MiniSpecs.WithOperation("getThing"), "Pets", "PetsClient"),
        new SpecText("/specs/shop.json", MiniSpecs.WithOperation("getItem"), "Shop", "ShopClient"),
    };

    private static Dictionary<string, string> Framework(string moniker, string identifier, string version) => new()
    {
        ["TargetFramework"] = moniker,
        ["TargetFrameworkIdentifier"] = identifier,
        ["TargetFrameworkVersion"] = version,
    };

    [Theory]
    [InlineData("net8.0", ".NETCoreApp", "v8.0")]
    [InlineData("net10.0", ".NETCoreApp", "v10.0")]
    [InlineData("net10.0-windows", ".NETCoreApp", "v10.0")]
    public void On_net8_and_later_the_client_is_generated(string moniker, string identifier, string version)
    {
        var run = GeneratorHarness.Run(Framework(moniker, identifier, version), Specs());

        Assert.Empty(run.Diagnostics);
        Assert.Contains(run.Sources, s => s.HintName == "PetsClient.g.cs");
        Assert.Empty(run.CompilationProblems());
    }

    [Theory]
    [InlineData("net7.0", ".NETCoreApp", "v7.0")]
    [InlineData("net6.0", ".NETCoreApp", "v6.0")]
    [InlineData("netcoreapp3.1", ".NETCoreApp", "v3.1")]
    [InlineData("netstandard2.0", ".NETStandard", "v2.0")]
    [InlineData("netstandard2.1", ".NETStandard", "v2.1")]
    [InlineData("net472", ".NETFramework", "v4.7.2")]
    public void Below_net8_each_spec_gets_one_error_naming_the_framework_and_nothing_is_emitted(string moniker, string identifier, string version)
    {
        var specs = Specs();

        var run = GeneratorHarness.Run(Framework(moniker, identifier, version), specs);

        Assert.Empty(run.Sources);
        Assert.Equal(specs.Select(s => s.Path).OrderBy(p => p), run.Diagnostics.Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p));
        Assert.All(run.Diagnostics, d =>
        {
            Assert.Equal("TGEN025", d.Id);
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Equal(
                $"The generated client needs .NET 8 or later (net8.0), and this project targets {moniker}: target net8.0 or later, or, in a project with several target frameworks, give the OpenApiClient item a Condition on $(TargetFramework); nothing is generated for {moniker}",
                d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(0, d.Location.GetLineSpan().StartLinePosition.Line);
        });
    }

    [Fact]
    public void A_framework_below_net8_at_its_default_language_version_gets_only_the_framework_error()
    {
        // netstandard2.0's default is C# 7.3, also below the minimum: one error says what to change, not two.
        var run = GeneratorHarness.Run(
            new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3),
            Framework("netstandard2.0", ".NETStandard", "v2.0"),
            Specs());

        Assert.Empty(run.Sources);
        Assert.All(run.Diagnostics, d => Assert.Equal("TGEN025", d.Id));
        Assert.Equal(2, run.Diagnostics.Length);
    }

    [Fact]
    public void Without_the_properties_a_host_other_than_MSBuild_gets_the_client()
    {
        var run = GeneratorHarness.Run(new Dictionary<string, string>(), Specs());

        Assert.Empty(run.Diagnostics);
        Assert.Contains(run.Sources, s => s.HintName == "PetsClient.g.cs");
    }
}
