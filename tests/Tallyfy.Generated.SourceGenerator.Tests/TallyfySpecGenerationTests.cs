using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Snapshooter;
using Snapshooter.Xunit;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>The Tallyfy spec through the real Roslyn driver: what is generated, and that it compiles cleanly.</summary>
[Collection(LoadContextsCollection.Name)]
public sealed class TallyfySpecGenerationTests
{
    [Fact]
    public void Generated_files_match_their_snapshots()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.TallyfySpec());

        Assert.Empty(run.Diagnostics);
        var sources = run.Sources.OrderBy(s => s.HintName, System.StringComparer.Ordinal).ToList();
        Snapshot.Match(string.Join("\n", sources.Select(s => s.HintName)), new SnapshotNameExtension("files"));
        foreach (var source in sources)
        {
            Snapshot.Match(ScrubVersion(source.SourceText.ToString()), new SnapshotNameExtension(source.HintName));
        }
    }

    [Fact]
    public void Generated_code_compiles_without_errors_or_warnings()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.TallyfySpec());

        Assert.Empty(run.GeneratorDiagnostics);
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public void Every_operation_gets_a_method_and_a_result_union()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.TallyfySpec());
        var client = run.Output.GetTypeByMetadataName("Tallyfy.TallyfyClient");
        var contract = run.Output.GetTypeByMetadataName("Tallyfy.ITallyfyClient");

        Assert.NotNull(client);
        Assert.NotNull(contract);
        var expected = new[]
        {
            "DeleteTask", "ArchiveTask", "RestoreTask", "DeleteProcess", "ReopenProcessTask", "ReopenOneOffTask", "DeleteFile", "ArchiveAsset",
        };
        foreach (var name in expected)
        {
            var method = Assert.Single(contract!.GetMembers(name + "Async").OfType<IMethodSymbol>());
            var returned = Assert.IsAssignableFrom<INamedTypeSymbol>(method.ReturnType);
            Assert.Equal("Tallyfy." + name + "Result", returned.TypeArguments.Single().ToDisplayString());
            Assert.Equal("cancellationToken", method.Parameters.Last().Name);
            Assert.NotEmpty(client!.GetMembers(name + "Async"));
        }
    }

    [Fact]
    public void Unions_are_closed_with_sealed_cases_and_an_undocumented_case()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.TallyfySpec());
        var union = run.Output.GetTypeByMetadataName("Tallyfy.ArchiveTaskResult")!;

        Assert.True(union.IsAbstract);
        Assert.All(union.InstanceConstructors, c => Assert.Equal(Accessibility.Private, c.DeclaredAccessibility));
        var cases = union.GetTypeMembers().Where(t => SymbolEqualityComparer.Default.Equals(t.BaseType, union)).ToList();
        Assert.All(cases, c => Assert.True(c.IsSealed));
        Assert.Equal(
            new[] { "Ok", "NoContent", "Unauthorized", "Forbidden", "NotFound", "UnprocessableEntity", "TooManyRequests", "Undocumented" },
            cases.Select(c => c.Name));
    }

    [Fact]
    public void The_constant_client_header_is_sent_by_the_client_not_passed_by_the_caller()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.TallyfySpec());
        var client = run.Sources.Single(s => s.HintName == "TallyfyClient.g.cs").SourceText.ToString();

        Assert.Contains(".AddHeader(request, \"X-Tallyfy-Client\", \"APIClient\");", client);
        var method = run.Output.GetTypeByMetadataName("Tallyfy.ITallyfyClient")!.GetMembers("DeleteTaskAsync").OfType<IMethodSymbol>().Single();
        Assert.Equal(new[] { "orgId", "taskId", "cancellationToken" }, method.Parameters.Select(p => p.Name));
    }

    private static string ScrubVersion(string text) =>
        Regex.Replace(text, "GeneratedCode\\(\"Tallyfy.Generated\", \"[^\"]+\"\\)", "GeneratedCode(\"Tallyfy.Generated\", \"{version}\")");
}
