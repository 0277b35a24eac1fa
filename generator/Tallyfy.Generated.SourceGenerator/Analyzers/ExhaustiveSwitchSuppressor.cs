using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Tallyfy.Generated.SourceGenerator.Analyzers;

/// <summary>
/// Suppresses CS8509 ("the switch expression does not handle all possible values") on a switch expression over a
/// generated union that handles every case without a discard. Before C# 15 the compiler cannot know that no other
/// class derives from the union; the discard it asks for is what would later hide a new case from TGEN030.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExhaustiveSwitchSuppressor : DiagnosticSuppressor
{
    /// <summary>The suppression, documented with TGEN030 in docs/diagnostics.md.</summary>
    internal static readonly SuppressionDescriptor CompleteUnionSwitch = new(
        "TGENS030", "CS8509", "The switch handles every case of a generated union; TGEN030 reports one that misses a case");

    /// <inheritdoc/>
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = new[] { CompleteUnionSwitch }.ToImmutableArray();

    /// <inheritdoc/>
    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        var cache = new UnionSwitch.CaseCache();
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            if (diagnostic.Location.SourceTree is not { } tree)
            {
                continue;
            }

            var node = tree.GetRoot(context.CancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var expression = node.FirstAncestorOrSelf<SwitchExpressionSyntax>();
            if (expression is not null
                && context.GetSemanticModel(tree).GetOperation(expression, context.CancellationToken) is { } operation
                && UnionSwitch.Of(operation, cache) is { Missing.IsEmpty: true })
            {
                context.ReportSuppression(Suppression.Create(CompleteUnionSwitch, diagnostic));
            }
        }
    }
}
