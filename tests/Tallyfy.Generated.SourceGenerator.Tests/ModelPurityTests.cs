using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Diagnostics;
using Tallyfy.Generated.SourceGenerator.Model;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// The pipeline's models must be plain equatable data: a symbol, syntax node, compilation, JSON element or location
/// inside one would defeat caching and pin compilations in memory.
/// </summary>
public sealed class ModelPurityTests
{
    private static readonly Type[] Forbidden =
    {
        typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(SemanticModel), typeof(Location),
        typeof(System.Text.Json.JsonElement), typeof(System.Text.Json.JsonDocument), typeof(Parsing.SpecNode),
    };

    public static TheoryData<Type> PipelineOutputs() => new() { typeof(SpecFile), typeof(ParseResult), typeof(ClientModel) };

    [Theory]
    [MemberData(nameof(PipelineOutputs))]
    public void Pipeline_models_hold_no_compiler_or_json_objects(Type root)
    {
        var problems = new List<string>();
        Walk(root, root.Name, new HashSet<Type>(), problems);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(PipelineOutputs))]
    public void Pipeline_models_are_equatable_by_value(Type root)
    {
        var seen = new HashSet<Type>();
        Walk(root, root.Name, seen, new List<string>());

        foreach (var type in seen.Where(t => t.Namespace?.StartsWith("Tallyfy.Generated", StringComparison.Ordinal) == true && !t.IsEnum))
        {
            var equatable = typeof(IEquatable<>).MakeGenericType(type);
            Assert.True(equatable.IsAssignableFrom(type), type.Name + " does not implement IEquatable<" + type.Name + ">");
        }
    }

    private static void Walk(Type type, string path, HashSet<Type> seen, List<string> problems)
    {
        if (Forbidden.Any(f => f.IsAssignableFrom(type)))
        {
            problems.Add(path + " is a " + type.Name);
            return;
        }

        if (type.IsPrimitive || type == typeof(string) || type.IsEnum || !seen.Add(type))
        {
            return;
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Walk(argument, path + "<" + argument.Name + ">", seen, problems);
            }
        }

        if (type.IsArray)
        {
            Walk(type.GetElementType()!, path + "[]", seen, problems);
            return;
        }

        if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
        {
            return;
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.FieldType, path + "." + field.Name, seen, problems);
        }
    }
}
