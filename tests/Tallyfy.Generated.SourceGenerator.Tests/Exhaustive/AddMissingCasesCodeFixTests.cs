using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Tallyfy.Generated.CodeFixes;
using Tallyfy.Generated.SourceGenerator.Analyzers;
using Tallyfy.Generated.SourceGenerator.Diagnostics;
using Xunit;
using static Tallyfy.Generated.SourceGenerator.Tests.Exhaustive.UnionSwitchHarness;

namespace Tallyfy.Generated.SourceGenerator.Tests.Exhaustive;

/// <summary>
/// The TGEN030 code fix through a Roslyn workspace: it adds one arm (or case label) per missing case, named as the
/// file's usings allow, and the fixed switch is complete: no TGEN030, and its CS8509 suppressed.
/// </summary>
public sealed class AddMissingCasesCodeFixTests
{
    [Fact]
    public void The_fix_agrees_with_the_analyzer_on_the_id_and_the_property()
    {
        Assert.Equal(AddMissingCasesCodeFix.DiagnosticId, DiagnosticDescriptors.NonExhaustiveSwitch.Id);
        Assert.Equal(AddMissingCasesCodeFix.MissingCasesProperty, UnionSwitch.MissingCasesProperty);
    }

    [Fact]
    public async Task A_switch_expression_gets_an_arm_per_missing_case()
    {
        var (fixedText, after) = await FixAsync("""
            namespace Zoo;

            public static class Use
            {
                public static string Describe(GetThingResult result) => result switch
                {
                    GetThingResult.Ok ok => ok.Body.Id,
                };
            }
            """);

        Assert.Equal("""
            namespace Zoo;

            public static class Use
            {
                public static string Describe(GetThingResult result) => result switch
                {
                    GetThingResult.Ok ok => ok.Body.Id,
                    GetThingResult.NotFound => throw new System.NotImplementedException(),
                    GetThingResult.Undocumented => throw new System.NotImplementedException(),
                };
            }
            """, fixedText);
        Assert.Empty(Reported(after));
    }

    [Fact]
    public async Task A_switch_statement_gets_a_case_label_per_missing_case()
    {
        var (fixedText, after) = await FixAsync("""
            using System;

            namespace Consumer
            {
                using Zoo;

                public static class Use
                {
                    public static int Describe(Pet pet)
                    {
                        switch (pet)
                        {
                            case Cat:
                                return 1;
                        }

                        return 0;
                    }
                }
            }
            """);

        Assert.Equal("""
            using System;

            namespace Consumer
            {
                using Zoo;

                public static class Use
                {
                    public static int Describe(Pet pet)
                    {
                        switch (pet)
                        {
                            case Cat:
                                return 1;
                            case Pet.Unknown:
                                throw new NotImplementedException();
                            case Dog:
                                throw new NotImplementedException();
                        }

                        return 0;
                    }
                }
            }
            """, fixedText);
        Assert.Empty(Reported(after));
    }

    /// <summary>Applies the fix to the one TGEN030 in <paramref name="consumer"/>; the fixed text and the fixed project's diagnostics.</summary>
    private static async Task<(string Text, IReadOnlyList<Diagnostic> After)> FixAsync(string consumer)
    {
        var compilation = Compile(consumer, CSharp12);
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Create(),
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            compilationOptions: compilation.Options,
            parseOptions: CSharp12,
            metadataReferences: compilation.References));
        DocumentId? consumerId = null;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var document = workspace.AddDocument(project.Id, Path.GetFileName(tree.FilePath), tree.GetText());
            consumerId ??= document.Id;
        }

        var before = workspace.CurrentSolution.GetDocument(consumerId!)!;
        var diagnostic = Assert.Single(Analyze((await before.Project.GetCompilationAsync())!), d => d.Id == "TGEN030");
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(before, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await new AddMissingCasesCodeFix().RegisterCodeFixesAsync(context);

        var action = Assert.Single(actions);
        Assert.Equal(AddMissingCasesCodeFix.Title, action.Title);
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var fixedDocument = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(consumerId!)!;
        var text = (await fixedDocument.GetTextAsync()).ToString();
        var after = Analyze((await fixedDocument.Project.GetCompilationAsync())!);
        Assert.DoesNotContain(after, d => d.Severity == DiagnosticSeverity.Error);
        return (text, after);
    }
}
