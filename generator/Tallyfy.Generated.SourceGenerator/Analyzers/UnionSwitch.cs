using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Tallyfy.Generated.SourceGenerator.Analyzers;

/// <summary>
/// A <c>switch</c> over a generated union, and which of the union's cases its arms leave unhandled. A union is known
/// by the marker attribute the generator puts on its base (<c>ApiUnionAttribute</c>, itself marked as code of this
/// generator), never by its own name; its cases are the classes of its namespace (nested ones included) that derive
/// from it and can be instances. An arm handles a case when it matches every value of it: a type pattern of the case or a base, without a
/// <c>when</c> clause, and without a nested pattern that can fail (<c>NotFound { Body.Code: "gone" }</c> handles nothing).
/// </summary>
internal sealed class UnionSwitch
{
    /// <summary>The marker attribute's class name; it is emitted into each client's namespace.</summary>
    public const string MarkerName = "ApiUnionAttribute";

    /// <summary>The diagnostic property that lists the missing cases (fully qualified, separated by <see cref="CaseSeparator"/>) for the code fix.</summary>
    public const string MissingCasesProperty = "MissingCases";

    public const char CaseSeparator = ';';

    private static readonly SymbolDisplayFormat CaseFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes);

    private UnionSwitch(INamedTypeSymbol union, bool closed, ImmutableArray<INamedTypeSymbol> missing, Location location)
    {
        Union = union;
        Closed = closed;
        Missing = missing;
        Location = location;
    }

    public INamedTypeSymbol Union { get; }

    /// <summary>Whether the union is a C# 15 closed class: the compiler then checks a switch expression over it.</summary>
    public bool Closed { get; }

    /// <summary>The cases no arm handles; empty when the switch is exhaustive (a discard arm handles them all).</summary>
    public ImmutableArray<INamedTypeSymbol> Missing { get; }

    /// <summary>The <c>switch</c> keyword, where a diagnostic about the switch goes.</summary>
    public Location Location { get; }

    /// <summary>The union's name and the missing cases', as a reader knows them (<c>GetThingResult.NotFound</c>).</summary>
    public string UnionName => Union.ToDisplayString(CaseFormat);

    public string MissingNames => string.Join(", ", Missing.Select(c => c.ToDisplayString(CaseFormat)));

    public string MissingQualified => string.Join(CaseSeparator.ToString(), Missing.Select(c => c.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)));

    /// <summary>The switch expression or statement as a switch over a union, or null when its value is not a generated union.</summary>
    public static UnionSwitch? Of(IOperation operation, CaseCache cache)
    {
        var (value, arms, keyword) = operation switch
        {
            ISwitchExpressionOperation expression => (
                expression.Value,
                expression.Arms.Select(arm => new Arm(arm.Pattern, arm.Guard, IsDefault: false)).ToList(),
                (expression.Syntax as SwitchExpressionSyntax)?.SwitchKeyword.GetLocation()),
            ISwitchOperation statement => (
                statement.Value,
                statement.Cases.SelectMany(c => c.Clauses).Select(ArmOf).ToList(),
                (statement.Syntax as SwitchStatementSyntax)?.SwitchKeyword.GetLocation()),
            _ => default,
        };
        if (value?.Type is not INamedTypeSymbol union || keyword is null || !IsUnion(union, out var closed))
        {
            return null;
        }

        var cases = cache.CasesOf(union);
        var missing = cases.Where(@case => !arms.Any(arm => arm.IsDefault || (Unconditional(arm.Guard) && arm.Pattern is not null && Handles(arm.Pattern, @case)))).ToImmutableArray();
        return new UnionSwitch(union, closed, missing, keyword);
    }

    /// <summary>A statement's case clause as a pattern and a guard: <c>default:</c> as a discard, a constant (<c>case null:</c>) as no pattern.</summary>
    private static Arm ArmOf(ICaseClauseOperation clause) => clause switch
    {
        IPatternCaseClauseOperation pattern => new Arm(pattern.Pattern, pattern.Guard, IsDefault: false),
        IDefaultCaseClauseOperation => new Arm(null, null, IsDefault: true),
        _ => new Arm(null, null, IsDefault: false),
    };

    private static bool Unconditional(IOperation? guard) => guard is null || guard.ConstantValue is { HasValue: true, Value: true };

    /// <summary>Whether the pattern matches every instance of the case.</summary>
    private static bool Handles(IPatternOperation pattern, INamedTypeSymbol @case) => pattern switch
    {
        IDiscardPatternOperation => true,
        IDeclarationPatternOperation declaration => declaration.MatchesNull || Is(@case, declaration.MatchedType),
        ITypePatternOperation type => Is(@case, type.MatchedType),
        IRecursivePatternOperation recursive => Is(@case, recursive.MatchedType)
            && recursive.DeconstructionSubpatterns.IsEmpty
            && recursive.PropertySubpatterns.All(property => Irrefutable(property.Pattern)),
        IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or => Handles(or.LeftPattern, @case) || Handles(or.RightPattern, @case),
        IBinaryPatternOperation and => Handles(and.LeftPattern, @case) && Handles(and.RightPattern, @case),
        INegatedPatternOperation { Pattern: IConstantPatternOperation constant } => constant.Value.ConstantValue is { HasValue: true, Value: null },
        _ => false,
    };

    /// <summary>A nested pattern that cannot fail: <c>_</c> or <c>var x</c>.</summary>
    private static bool Irrefutable(IPatternOperation pattern) =>
        pattern is IDiscardPatternOperation || pattern is IDeclarationPatternOperation { MatchesNull: true };

    private static bool Is(ITypeSymbol @case, ITypeSymbol? matched)
    {
        if (matched is null)
        {
            return false;
        }

        for (ITypeSymbol? type = @case; type is not null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, matched))
            {
                return true;
            }
        }

        return matched.SpecialType == SpecialType.System_Object;
    }

    /// <summary>Whether the type carries the generator's marker, and whether the marker says it is a closed class.</summary>
    public static bool IsUnion(INamedTypeSymbol type, out bool closed)
    {
        closed = false;
        foreach (var attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: MarkerName } marker && IsGeneratedByUs(marker))
            {
                closed = attribute.NamedArguments.Any(a => a.Key == "Closed" && a.Value.Value is true);
                return true;
            }
        }

        return false;
    }

    private static bool IsGeneratedByUs(INamedTypeSymbol marker) =>
        marker.GetAttributes().Any(a => a.AttributeClass is { Name: "GeneratedCodeAttribute" }
            && a.ConstructorArguments.Length > 0
            && a.ConstructorArguments[0].Value is "Tallyfy.Generated");

    /// <summary>The cases of each union met in one compilation, found once: the union's nested classes and its namespace's, that derive from it.</summary>
    internal sealed class CaseCache
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<INamedTypeSymbol>> _cases = new(SymbolEqualityComparer.Default);

        public ImmutableArray<INamedTypeSymbol> CasesOf(INamedTypeSymbol union) => _cases.GetOrAdd(union, static u => Find(u));

        private static ImmutableArray<INamedTypeSymbol> Find(INamedTypeSymbol union)
        {
            var candidates = new List<INamedTypeSymbol>();
            void Add(INamedTypeSymbol type)
            {
                candidates.Add(type);
                foreach (var nested in type.GetTypeMembers())
                {
                    Add(nested);
                }
            }

            // The union's own cases in their order (the spec's), then a hierarchy's derived classes by name.
            foreach (var nested in union.GetTypeMembers())
            {
                Add(nested);
            }

            foreach (var type in union.ContainingNamespace.GetTypeMembers().OrderBy(t => t.Name, System.StringComparer.Ordinal))
            {
                Add(type);
            }

            return candidates
                .Where(type => type.TypeKind == TypeKind.Class && !type.IsAbstract && !type.IsStatic
                    && !SymbolEqualityComparer.Default.Equals(type, union) && Is(type, union))
                .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default)
                .ToImmutableArray();
        }
    }

    /// <summary>One arm of a switch expression, or one case label of a statement (<c>default:</c> handles every case).</summary>
    private readonly record struct Arm(IPatternOperation? Pattern, IOperation? Guard, bool IsDefault);
}
