using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

/// <summary>Running what a generator run made (test-only: the benchmarks share <see cref="GeneratorRun"/> without the test framework).</summary>
internal static class GeneratorRunLoading
{
    /// <summary>
    /// The consumer with <paramref name="userCode"/> added (code that uses the generated client), emitted and loaded in a
    /// collectible context named <paramref name="contextName"/>; fails the test when it does not emit.
    /// </summary>
    public static Assembly Load(this GeneratorRun run, string userCode, string contextName)
    {
        var compilation = run.Output.AddSyntaxTrees(CSharpSyntaxTree.ParseText(userCode, (CSharpParseOptions)run.Output.SyntaxTrees.First().Options));
        var (emitted, assembly) = RealSpecs.GeneratedClientImage.EmitAndLoad(compilation, contextName);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return assembly!;
    }
}
