using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static Tallyfy.Generated.SourceGenerator.Tests.Exhaustive.UnionSwitchHarness;

namespace Tallyfy.Generated.SourceGenerator.Tests.Exhaustive;

/// <summary>
/// At a language version with C# 15 closed classes (preview, with a compiler that knows <c>closed</c>) the unions are
/// emitted closed and the compiler checks switch expressions itself; before it they stay abstract. Same cases, same
/// <c>Match</c>: the callers do not change.
/// </summary>
public sealed class ClosedUnionTests
{
    private const string Complete = """
            public static string Describe(GetThingResult result) => result switch
            {
                GetThingResult.Ok ok => ok.Body.Id,
                GetThingResult.NotFound => "missing",
                GetThingResult.Undocumented => "other",
            };

            public static string DescribePet(Pet pet) => pet switch
            {
                Cat => "cat",
                Dog => "dog",
                Pet.Unknown => "unknown",
            };

            public static string DescribeShape(Shape shape) => shape switch
            {
                Shape.Circle => "circle",
                Shape.Square => "square",
                Shape.Unknown => "unknown",
            };

            public static string Matched(GetThingResult result) => result.Match(ok => "ok", notFound => "missing", undocumented => "other");
        """;

    private static string GeneratedText(Compilation compilation, string fileEnd) =>
        compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith(fileEnd, System.StringComparison.Ordinal)).ToString();

    [Fact]
    public void The_compiler_support_is_read_from_the_language_version()
    {
        Assert.True(CompilerFeatures.SupportsClosedTypes(Preview));
        Assert.False(CompilerFeatures.SupportsClosedTypes(CSharp12));
        Assert.False(CompilerFeatures.SupportsClosedTypes(new CSharpParseOptions(LanguageVersion.CSharp13)));
        Assert.False(CompilerFeatures.SupportsClosedTypes(new CSharpParseOptions(LanguageVersion.Latest)));
    }

    [Fact]
    public void At_preview_unions_are_closed_classes_and_a_complete_switch_compiles_without_any_diagnostic()
    {
        var compilation = Compile(Consumer(Complete), Preview);

        var result = GeneratedText(compilation, "ZooClient.GetThingResult.g.cs");
        Assert.Contains("ApiUnionAttribute(Closed = true)]\npublic closed partial class GetThingResult", result);
        Assert.Contains("public closed partial class Shape", GeneratedText(compilation, "ZooClient.Models.Shape.g.cs"));
        Assert.Contains("public closed partial class Pet", GeneratedText(compilation, "ZooClient.Models.Pet.g.cs"));
        Assert.Contains("internal sealed class IsClosedTypeAttribute", GeneratedText(compilation, "IsClosedTypeAttribute.g.cs"));
        Assert.Empty(Analyze(compilation));
    }

    [Fact]
    public void At_C_sharp_12_unions_stay_abstract_and_no_closed_type_attribute_is_declared()
    {
        var compilation = Compile(Consumer(Complete), CSharp12);

        Assert.Contains("ApiUnionAttribute]\npublic abstract partial class GetThingResult", GeneratedText(compilation, "ZooClient.GetThingResult.g.cs"));
        Assert.DoesNotContain(compilation.SyntaxTrees, t => t.FilePath.EndsWith("IsClosedTypeAttribute.g.cs", System.StringComparison.Ordinal));
        Assert.Empty(Reported(Analyze(compilation)));
    }

    [Fact]
    public void At_preview_the_compiler_names_a_missing_case_of_a_switch_expression_and_the_analyzer_stays_silent()
    {
        var reported = Analyze(Consumer("""
                public static string Describe(GetThingResult result) => result switch
                {
                    GetThingResult.Ok ok => ok.Body.Id,
                    GetThingResult.Undocumented => "other",
                };
            """), Preview);

        var cs8509 = Assert.Single(reported);
        Assert.Equal("CS8509", cs8509.Id);
        Assert.False(cs8509.IsSuppressed);
        Assert.Contains("'Zoo.GetThingResult.NotFound' is not covered", cs8509.GetMessage());
    }

    [Fact]
    public void At_preview_a_switch_statement_which_the_compiler_does_not_check_is_still_reported()
    {
        var reported = Analyze(Consumer("""
                public static int Missing(GetThingResult result)
                {
                    switch (result)
                    {
                        case GetThingResult.Ok:
                            return 1;
                        case GetThingResult.NotFound:
                            return 2;
                    }

                    return 0;
                }
            """), Preview);

        var tgen030 = Assert.Single(reported);
        Assert.Equal("TGEN030", tgen030.Id);
        Assert.Contains("does not handle GetThingResult.Undocumented:", tgen030.GetMessage());
    }

    [Fact]
    public void A_project_that_declares_the_closed_type_attribute_itself_gets_no_second_one()
    {
        var compilation = Compile(Consumer(Complete), Preview, """
            namespace System.Runtime.CompilerServices
            {
                internal sealed class IsClosedTypeAttribute : global::System.Attribute { }
            }
            """);

        Assert.DoesNotContain(compilation.SyntaxTrees, t => t.FilePath.EndsWith("IsClosedTypeAttribute.g.cs", System.StringComparison.Ordinal));
        Assert.Empty(Analyze(compilation));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.Preview)]
    public void Leaving_out_a_Match_argument_does_not_compile(LanguageVersion version)
    {
        var errors = Compile(Consumer("""
                public static string Matched(GetThingResult result) => result.Match(ok => "ok", notFound => "missing");
            """), new CSharpParseOptions(version)).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        var error = Assert.Single(errors);
        Assert.Equal("CS7036", error.Id);
        Assert.Contains("undocumented", error.GetMessage());
    }
}
