using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Tallyfy.Generated.SourceGenerator.Emitting;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// The support code is real C# (generator/…/Support/*.cs, compiled in this project), embedded in the generator and
/// emitted into each client's namespace; <see cref="GeneratedNames"/> owns the names of its types.
/// </summary>
public sealed class SupportCodeTests
{
    [Fact]
    public void Every_embedded_support_type_is_listed_in_GeneratedNames_and_every_listed_one_is_embedded()
    {
        var declared = SupportEmitter.Sources
            .SelectMany(file => TopLevelTypeNames(file.Text))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(GeneratedNames.SupportTypes.OrderBy(name => name, StringComparer.Ordinal), declared);
    }

    [Fact]
    public void Each_support_file_declares_one_type_named_after_it_in_the_template_namespace()
    {
        Assert.NotEmpty(SupportEmitter.Sources);
        foreach (var file in SupportEmitter.Sources)
        {
            var root = CSharpSyntaxTree.ParseText(file.Text).GetCompilationUnitRoot();
            var ns = Assert.Single(root.Members.OfType<FileScopedNamespaceDeclarationSyntax>());
            Assert.Equal(SupportEmitter.TemplateNamespace, ns.Name.ToString());
            Assert.Equal(Path.GetFileNameWithoutExtension(file.FileName), Assert.Single(TopLevelTypeNames(file.Text)));
        }
    }

    [Fact]
    public void The_embedded_files_are_the_files_in_the_generator_project()
    {
        var directory = Path.Combine(RepoPaths.Root, "generator", "Tallyfy.Generated.SourceGenerator", "Support");
        var onDisk = Directory.GetFiles(directory, "*.cs").Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal);

        Assert.Equal(onDisk, SupportEmitter.Sources.Select(f => f.FileName).OrderBy(name => name, StringComparer.Ordinal));
        foreach (var file in SupportEmitter.Sources)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(directory, file.FileName)).Replace("\r\n", "\n"), file.Text);
        }
    }

    [Fact]
    public void Emitted_support_lives_in_the_clients_namespace_only_and_compiles_on_its_own()
    {
        var text = SupportEmitter.Emit("Acme.Billing");

        Assert.DoesNotContain(SupportEmitter.TemplateNamespace, text, StringComparison.Ordinal);
        Assert.DoesNotContain("GeneratedCode(\"Tallyfy.Generated\", \"0.0", text, StringComparison.Ordinal);
        Assert.Contains(CSharp.GeneratedCodeAttribute.Replace("global::System.CodeDom.Compiler.", string.Empty, StringComparison.Ordinal), text, StringComparison.Ordinal);
        var compilation = GeneratorHarness.CreateCompilation(text);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        foreach (var name in GeneratedNames.SupportTypes)
        {
            Assert.Contains(compilation.GetSymbolsWithName(name, SymbolFilter.Type), t => t.ContainingNamespace.ToDisplayString() == "Acme.Billing");
        }
    }

    private static string[] TopLevelTypeNames(string text) =>
        CSharpSyntaxTree.ParseText(text).GetCompilationUnitRoot()
            .DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .Select(node => node switch
            {
                BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
                DelegateDeclarationSyntax @delegate => @delegate.Identifier.ValueText,
                _ => null,
            })
            .OfType<string>()
            .ToArray();
}
