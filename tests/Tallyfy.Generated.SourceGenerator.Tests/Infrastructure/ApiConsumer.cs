using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

/// <summary>
/// C# that uses every part of a generated client's public API the way code written against it does, made from the
/// compiled client's symbols (not from the spec or the generator's model): each operation called with typed arguments,
/// the required ones by position and the optional ones by name, then every one by name (a renamed parameter breaks
/// that), then the required ones alone (a parameter made required breaks that), its result assigned to its type; each
/// union matched with a lambda per case, reading every property a case declares (its body, its typed headers and
/// theirs, a variant's value) into a local of its type; each model's properties read the same way, every settable one
/// set in one object initializer and only the required ones in another (a member made <c>required</c> is one that
/// initializer lacks); each open enum's known values; the client's constructors and constants. Compiled against the
/// client of a later spec, it fails exactly where that spec breaks code written against the earlier one: the compiler's
/// verdict, which <c>diff</c> must agree with.
/// </summary>
internal static class ApiConsumer
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>The consumer of every public type the client's files declare in <paramref name="ns"/> (the support file's left out: it is the same library whatever the spec).</summary>
    public static string Of(Compilation compilation, string ns)
    {
        var types = Namespace(compilation, ns).GetTypeMembers()
            .Where(t => t.DeclaredAccessibility == Accessibility.Public && !IsSupport(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var code = new StringBuilder();
        code.AppendLine("#nullable enable");
        code.AppendLine("#pragma warning disable CS0168, CS0219, CS1998, CS8600, CS8601, CS8602, CS8603, CS8604, CS8618, CS8625");
        code.AppendLine("namespace ApiConsumerOracle;");
        code.AppendLine("public static class Uses");
        code.AppendLine("{");
        var count = 0;
        foreach (var type in types)
        {
            if (type.TypeKind == TypeKind.Interface)
            {
                continue;
            }

            if (HasMatch(type))
            {
                Match(code, type, ref count);
            }
            else if (type.IsValueType)
            {
                EnumValues(code, type, ref count);
            }
            else if (IsClient(type))
            {
                Client(code, type, ref count);
            }
            else
            {
                Model(code, type, ref count);
            }
        }

        code.AppendLine("}");
        return code.ToString();
    }

    private static INamespaceSymbol Namespace(Compilation compilation, string ns)
    {
        var symbol = compilation.GlobalNamespace;
        foreach (var part in ns.Split('.'))
        {
            symbol = symbol.GetNamespaceMembers().Single(n => n.Name == part);
        }

        return symbol;
    }

    private static bool IsSupport(INamedTypeSymbol type) =>
        type.Locations.All(l => l.SourceTree?.FilePath.EndsWith(".ApiSupport.g.cs", StringComparison.Ordinal) == true);

    private static bool HasMatch(INamedTypeSymbol type) => type.GetMembers("Match").OfType<IMethodSymbol>().Any(m => m.DeclaredAccessibility == Accessibility.Public);

    private static bool IsClient(INamedTypeSymbol type) =>
        type.GetMembers().OfType<IMethodSymbol>().Any(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsStatic && m.Name.EndsWith("Async", StringComparison.Ordinal));

    private static string Name(ITypeSymbol type) => type.ToDisplayString(TypeFormat);

    /// <summary>An identifier as C# source writes it: a keyword (<c>default</c>) with its <c>@</c>.</summary>
    private static string Id(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None
        || Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetContextualKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;

    private static IEnumerable<IPropertySymbol> Properties(ITypeSymbol type) => type.GetMembers().OfType<IPropertySymbol>()
        .Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && !p.IsIndexer)
        .OrderBy(p => p.Name, StringComparer.Ordinal);

    private static void Reads(StringBuilder code, string instance, ITypeSymbol type, string indent, ref int local, int depth = 0)
    {
        foreach (var property in Properties(type))
        {
            var name = "v" + local++;
            code.Append(indent).Append(Name(property.Type)).Append(' ').Append(name).Append(" = ").Append(instance).Append('.').Append(Id(property.Name)).AppendLine(";");

            // A case's typed headers: each header is a property of their own class.
            if (depth == 0 && property.Name == "Headers" && property.Type is INamedTypeSymbol headers && !IsSupport(headers))
            {
                Reads(code, name, headers, indent, ref local, depth + 1);
            }
        }
    }

    private static void Match(StringBuilder code, INamedTypeSymbol type, ref int count)
    {
        var match = type.GetMembers("Match").OfType<IMethodSymbol>().First(m => m.DeclaredAccessibility == Accessibility.Public);
        code.Append("    public static int U").Append(count++).Append('(').Append(Name(type)).AppendLine(" union) => union.Match<int>(");
        for (var i = 0; i < match.Parameters.Length; i++)
        {
            var parameter = match.Parameters[i];
            var caseType = ((INamedTypeSymbol)parameter.Type).TypeArguments[0];
            code.Append("        ").Append(Id(parameter.Name)).Append(": (").Append(Name(caseType)).AppendLine(" c) =>");
            code.AppendLine("        {");
            var local = 0;
            Reads(code, "c", caseType, "            ", ref local);
            code.AppendLine("            return 0;");
            code.Append("        }").AppendLine(i < match.Parameters.Length - 1 ? "," : ");");
        }
    }

    private static void EnumValues(StringBuilder code, INamedTypeSymbol type, ref int count)
    {
        code.Append("    public static void E").Append(count++).AppendLine("()");
        code.AppendLine("    {");
        var local = 0;
        foreach (var value in type.GetMembers().OfType<IPropertySymbol>().Where(p => p.IsStatic && p.DeclaredAccessibility == Accessibility.Public && SymbolEqualityComparer.Default.Equals(p.Type, type)).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            code.Append("        ").Append(Name(type)).Append(" v").Append(local++).Append(" = ").Append(Name(type)).Append('.').Append(Id(value.Name)).AppendLine(";");
        }

        code.AppendLine("    }");
    }

    private static void Model(StringBuilder code, INamedTypeSymbol type, ref int count)
    {
        // Inherited members too: a class of a hierarchy is made with its base's required members set.
        var settable = new List<IPropertySymbol>();
        for (var at = (ITypeSymbol?)type; at is not null && at.SpecialType != SpecialType.System_Object && !(at is INamedTypeSymbol named && IsSupport(named)); at = at.BaseType)
        {
            settable.AddRange(Properties(at).Where(p => p.SetMethod is { DeclaredAccessibility: Accessibility.Public } && settable.All(s => s.Name != p.Name)));
        }

        code.Append("    public static void M").Append(count++).Append('(').Append(Name(type)).Append(" model");
        foreach (var property in settable)
        {
            code.Append(", ").Append(Name(property.Type)).Append(" p").Append(property.Name);
        }

        code.AppendLine(")");
        code.AppendLine("    {");
        var local = 0;
        Reads(code, "model", type, "        ", ref local);
        if (!type.IsAbstract && type.InstanceConstructors.Any(c => c.DeclaredAccessibility == Accessibility.Public && c.Parameters.Length == 0))
        {
            code.Append("        var made = new ").Append(Name(type)).Append(" { ")
                .Append(string.Join(", ", settable.Select(p => Id(p.Name) + " = p" + p.Name))).AppendLine(" };");

            // As code that sets only what it must: a member made required is one this initializer lacks.
            code.Append("        var least = new ").Append(Name(type)).Append(" { ")
                .Append(string.Join(", ", settable.Where(p => p.IsRequired).Select(p => Id(p.Name) + " = p" + p.Name))).AppendLine(" };");
        }

        code.AppendLine("    }");
    }

    private static void Client(StringBuilder code, INamedTypeSymbol type, ref int count)
    {
        foreach (var constructor in type.InstanceConstructors.Where(c => c.DeclaredAccessibility == Accessibility.Public))
        {
            code.Append("    public static ").Append(Name(type)).Append(" C").Append(count++).Append('(')
                .Append(string.Join(", ", constructor.Parameters.Select(p => Name(p.Type) + " " + Id(p.Name)))).Append(") => new ")
                .Append(Name(type)).Append('(').Append(Arguments(constructor)).AppendLine(");");
        }

        foreach (var constant in type.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst && f.DeclaredAccessibility == Accessibility.Public).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            code.Append("    public static ").Append(Name(constant.Type)).Append(" K").Append(count++).Append("() => ").Append(Name(type)).Append('.').Append(Id(constant.Name)).AppendLine(";");
        }

        foreach (var method in type.GetMembers().OfType<IMethodSymbol>()
            .Where(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsStatic && m.MethodKind == MethodKind.Ordinary && m.Name.EndsWith("Async", StringComparison.Ordinal))
            .OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => string.Join(",", m.Parameters.Select(p => Name(p.Type))), StringComparer.Ordinal))
        {
            code.Append("    public static async global::System.Threading.Tasks.Task O").Append(count++).Append('(').Append(Name(type)).Append(" client");
            foreach (var parameter in method.Parameters)
            {
                code.Append(", ").Append(Name(parameter.Type)).Append(' ').Append(Id(parameter.Name));
            }

            code.AppendLine(")");
            code.AppendLine("    {");
            code.Append("        ").Append(Name(((INamedTypeSymbol)method.ReturnType).TypeArguments[0])).Append(" result = await client.")
                .Append(Id(method.Name)).Append('(').Append(Arguments(method)).AppendLine(");");
            code.Append("        result = await client.").Append(Id(method.Name)).Append('(')
                .Append(string.Join(", ", method.Parameters.Select(p => Id(p.Name) + ": " + Id(p.Name)))).AppendLine(");");
            code.Append("        result = await client.").Append(Id(method.Name)).Append('(')
                .Append(string.Join(", ", method.Parameters.Where(p => !p.IsOptional).Select(p => Id(p.Name)))).AppendLine(");");
            code.AppendLine("    }");
        }
    }

    /// <summary>The required arguments by position, the optional ones by name: how a call is written.</summary>
    private static string Arguments(IMethodSymbol method) =>
        string.Join(", ", method.Parameters.Select(p => p.IsOptional ? Id(p.Name) + ": " + Id(p.Name) : Id(p.Name)));
}
