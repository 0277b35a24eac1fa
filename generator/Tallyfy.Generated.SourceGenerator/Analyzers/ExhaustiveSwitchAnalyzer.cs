using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Tallyfy.Generated.SourceGenerator.Diagnostics;

namespace Tallyfy.Generated.SourceGenerator.Analyzers;

/// <summary>
/// TGEN030: a <c>switch</c> statement or expression over a generated union that neither handles every case nor has a
/// discard, naming the cases it misses. Where the compiler checks for itself (a switch expression over a C# 15 closed
/// class) it stays silent.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExhaustiveSwitchAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticDescriptors.NonExhaustiveSwitch.ToRoslyn() }.ToImmutableArray();

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var cache = new UnionSwitch.CaseCache();
            start.RegisterOperationAction(operation => Analyze(operation, cache), OperationKind.SwitchExpression, OperationKind.Switch);
        });
    }

    private static void Analyze(OperationAnalysisContext context, UnionSwitch.CaseCache cache)
    {
        if (UnionSwitch.Of(context.Operation, cache) is not { Missing.IsEmpty: false } union
            || (union.Closed && context.Operation.Kind == OperationKind.SwitchExpression))
        {
            return;
        }

        // The code fix reads the missing cases, fully qualified, from the diagnostic's properties.
        var properties = ImmutableDictionary<string, string?>.Empty.Add(UnionSwitch.MissingCasesProperty, union.MissingQualified);
        Report(context, properties, DiagnosticDescriptors.NonExhaustiveSwitch, union.Location, union.UnionName, union.MissingNames);
    }

    private static void Report(OperationAnalysisContext context, ImmutableDictionary<string, string?> properties, DiagnosticDescriptorInfo descriptor, Location location, params object[] arguments) =>
        context.ReportDiagnostic(Diagnostic.Create(descriptor.ToRoslyn(), location, properties, descriptor.Format(arguments)));
}
