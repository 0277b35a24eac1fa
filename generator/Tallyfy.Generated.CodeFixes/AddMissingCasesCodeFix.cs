using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Tallyfy.Generated.CodeFixes;

/// <summary>
/// The fix of TGEN030: one arm per case the switch misses, each throwing <see cref="System.NotImplementedException"/>
/// until it is filled in. The analyzer hands the missing cases over, fully qualified, in the diagnostic's properties;
/// their names are then simplified to what the file's usings allow.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingCasesCodeFix))]
[Shared]
public sealed class AddMissingCasesCodeFix : CodeFixProvider
{
    /// <summary>The analyzer's diagnostic (<c>DiagnosticDescriptors.NonExhaustiveSwitch</c> in the generator).</summary>
    public const string DiagnosticId = "TGEN030";

    /// <summary>The diagnostic property with the missing cases (<c>UnionSwitch.MissingCasesProperty</c> in the generator).</summary>
    public const string MissingCasesProperty = "MissingCases";

    public const string Title = "Add the missing cases";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(MissingCasesProperty, out var listed) || string.IsNullOrEmpty(listed))
            {
                continue;
            }

            var cases = listed!.Split(';');
            var node = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            if (node is SwitchExpressionSyntax or SwitchStatementSyntax)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, cancellationToken => AddCasesAsync(context.Document, node, cases, cancellationToken), equivalenceKey: nameof(AddMissingCasesCodeFix)),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> AddCasesAsync(Document document, SyntaxNode node, string[] cases, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        SyntaxNode replacement = node switch
        {
            SwitchExpressionSyntax expression => AddArms(expression, cases.Select(c => SwitchExpressionArm(TypePattern(TypeOf(c)), Throw()))),
            SwitchStatementSyntax statement => statement.AddSections(cases.Select(c => SwitchSection(
                SingletonList<SwitchLabelSyntax>(CasePatternSwitchLabel(TypePattern(TypeOf(c)), Token(SyntaxKind.ColonToken))),
                SingletonList<StatementSyntax>(ThrowStatement(NotImplemented())))).ToArray()),
            _ => node,
        };
        var changed = document.WithSyntaxRoot(root.ReplaceNode(node, replacement.WithAdditionalAnnotations(Formatter.Annotation)));
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The arms added after the others; a trailing comma stays trailing.</summary>
    private static SwitchExpressionSyntax AddArms(SwitchExpressionSyntax expression, IEnumerable<SwitchExpressionArmSyntax> arms)
    {
        var trailingComma = expression.Arms.Count > 0 && expression.Arms.SeparatorCount == expression.Arms.Count;
        var list = expression.Arms.AddRange(arms);
        return expression.WithArms(trailingComma ? SeparatedList<SwitchExpressionArmSyntax>(list.GetWithSeparators().Add(Token(SyntaxKind.CommaToken))) : list);
    }

    private static TypeSyntax TypeOf(string qualified) => ParseTypeName(qualified).WithAdditionalAnnotations(Simplifier.Annotation);

    private static ExpressionSyntax NotImplemented() =>
        ObjectCreationExpression(TypeOf("global::System.NotImplementedException")).WithArgumentList(ArgumentList());

    private static ThrowExpressionSyntax Throw() => ThrowExpression(NotImplemented());
}
