using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using static Tallyfy.Generated.SourceGenerator.Tests.Exhaustive.UnionSwitchHarness;

namespace Tallyfy.Generated.SourceGenerator.Tests.Exhaustive;

/// <summary>
/// TGEN030 and the CS8509 suppressor at C# 12, where the compiler cannot know a union is closed: a complete switch needs
/// no discard, a switch that misses a case is named with the cases it misses, and guards and nested patterns do not count.
/// </summary>
public sealed class ExhaustiveSwitchAnalyzerTests
{
    [Fact]
    public void A_complete_switch_expression_without_a_discard_reports_nothing_its_CS8509_is_suppressed()
    {
        var all = Analyze(Consumer("""
                public static string Describe(GetThingResult result) => result switch
                {
                    GetThingResult.Ok ok => ok.Body.Id,
                    GetThingResult.NotFound => "missing",
                    GetThingResult.Undocumented u => "status " + u.StatusCode,
                };
            """), CSharp12);

        Assert.Empty(Reported(all));
        var suppressed = Assert.Single(all);
        Assert.Equal("CS8509", suppressed.Id);
        Assert.True(suppressed.IsSuppressed);
    }

    [Fact]
    public void A_switch_expression_that_misses_a_case_is_reported_with_the_case_and_keeps_CS8509()
    {
        var reported = Reported(Analyze(Consumer("""
                public static string Describe(GetThingResult result) => result switch
                {
                    GetThingResult.Ok ok => ok.Body.Id,
                    GetThingResult.Undocumented => "other",
                };
            """), CSharp12));

        Assert.Equal(new[] { "CS8509", "TGEN030" }, reported.Select(d => d.Id).OrderBy(id => id));
        var tgen030 = reported.Single(d => d.Id == "TGEN030");
        Assert.Equal("The switch over GetThingResult does not handle GetThingResult.NotFound: add an arm for each, or a discard arm if new cases may go unhandled", tgen030.GetMessage());
        Assert.Equal("switch", tgen030.Location.SourceTree!.GetText().ToString(tgen030.Location.SourceSpan));
        Assert.Equal(DiagnosticSeverity.Warning, tgen030.Severity);
    }

    [Fact]
    public void A_discard_arm_handles_every_case()
    {
        Assert.Empty(Reported(Analyze(Consumer("""
                public static string Describe(GetThingResult result) => result switch
                {
                    GetThingResult.Ok ok => ok.Body.Id,
                    _ => "other",
                };
            """), CSharp12)));
    }

    [Fact]
    public void An_arm_with_a_when_clause_does_not_handle_its_case()
    {
        var reported = Reported(Analyze(Consumer("""
                public static string Describe(GetThingResult result) => result switch
                {
                    GetThingResult.Ok ok => ok.Body.Id,
                    GetThingResult.NotFound notFound when notFound.StatusCode == 404 => "missing",
                    GetThingResult.Undocumented => "other",
                };
            """), CSharp12));

        var tgen030 = Assert.Single(reported, d => d.Id == "TGEN030");
        Assert.Contains("does not handle GetThingResult.NotFound:", tgen030.GetMessage());
    }

    [Fact]
    public void A_nested_pattern_that_can_fail_does_not_handle_its_case_but_one_that_cannot_does()
    {
        var reported = Reported(Analyze(Consumer("""
                public static string Refutable(GetThingResult result) => result switch
                {
                    GetThingResult.Ok { Body.Id: "t1" } => "t1",
                    GetThingResult.NotFound => "missing",
                    GetThingResult.Undocumented => "other",
                };

                public static string Irrefutable(GetThingResult result) => result switch
                {
                    GetThingResult.Ok { Body: var body, StatusCode: _ } => body.Id,
                    GetThingResult.NotFound { } => "missing",
                    GetThingResult.Undocumented => "other",
                };
            """), CSharp12));

        var tgen030 = Assert.Single(reported, d => d.Id == "TGEN030");
        Assert.Contains("does not handle GetThingResult.Ok:", tgen030.GetMessage());
        Assert.Equal(4, tgen030.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Or_patterns_and_a_type_pattern_of_the_union_handle_their_cases()
    {
        Assert.Empty(Reported(Analyze(Consumer("""
                public static int Or(GetThingResult result) => result switch
                {
                    GetThingResult.Ok or GetThingResult.NotFound => 1,
                    GetThingResult.Undocumented => 2,
                };

                public static int Union(GetThingResult result) => result switch
                {
                    GetThingResult.Ok => 1,
                    GetThingResult all => 2,
                };
            """), CSharp12)));
    }

    [Fact]
    public void A_switch_statement_that_misses_cases_names_them_and_a_complete_one_or_one_with_default_is_silent()
    {
        var reported = Reported(Analyze(Consumer("""
                public static int Missing(GetThingResult result)
                {
                    switch (result)
                    {
                        case GetThingResult.Ok:
                            return 1;
                    }

                    return 0;
                }

                public static int Complete(GetThingResult result)
                {
                    switch (result)
                    {
                        case GetThingResult.Ok:
                            return 1;
                        case GetThingResult.NotFound:
                        case GetThingResult.Undocumented:
                            return 2;
                    }

                    return 0;
                }

                public static int WithDefault(GetThingResult result)
                {
                    switch (result)
                    {
                        case GetThingResult.Ok:
                            return 1;
                        default:
                            return 2;
                    }
                }
            """), CSharp12));

        var tgen030 = Assert.Single(reported);
        Assert.Equal("TGEN030", tgen030.Id);
        Assert.Contains("does not handle GetThingResult.NotFound, GetThingResult.Undocumented:", tgen030.GetMessage());
    }

    [Fact]
    public void Schema_unions_and_closed_hierarchies_are_checked_too()
    {
        var all = Analyze(Consumer("""
                public static string DescribeShape(Shape shape) => shape switch
                {
                    Shape.Circle => "circle",
                    Shape.Square => "square",
                    Shape.Unknown => "unknown",
                };

                public static string DescribePet(Pet pet) => pet switch
                {
                    Cat => "cat",
                    Dog => "dog",
                    Pet.Unknown => "unknown",
                };

                public static string IncompleteShape(Shape shape) => shape switch
                {
                    Shape.Circle => "circle",
                    Shape.Square => "square",
                };

                public static string IncompletePet(Pet pet) => pet switch
                {
                    Cat => "cat",
                };
            """), CSharp12);

        Assert.Equal(2, all.Count(d => d.Id == "CS8509" && d.IsSuppressed));
        var reported = Reported(all);
        Assert.Equal(new[] { "CS8509", "CS8509", "TGEN030", "TGEN030" }, reported.Select(d => d.Id).OrderBy(id => id));
        Assert.Equal(
            new[]
            {
                "The switch over Shape does not handle Shape.Unknown: add an arm for each, or a discard arm if new cases may go unhandled",
                "The switch over Pet does not handle Pet.Unknown, Dog: add an arm for each, or a discard arm if new cases may go unhandled",
            },
            reported.Where(d => d.Id == "TGEN030").Select(d => d.GetMessage()));
    }

    [Fact]
    public void A_class_hierarchy_without_the_marker_is_left_to_the_compiler()
    {
        var reported = Reported(Analyze(Consumer("""
                public abstract class Outcome
                {
                    private Outcome() { }
                    public sealed class Good : Outcome { }
                    public sealed class Bad : Outcome { }
                }

                public static int Complete(Outcome outcome) => outcome switch
                {
                    Outcome.Good => 1,
                    Outcome.Bad => 2,
                };
            """), CSharp12));

        Assert.Equal("CS8509", Assert.Single(reported).Id);
    }
}
