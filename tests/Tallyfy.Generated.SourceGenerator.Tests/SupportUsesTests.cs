using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Tallyfy.Generated.SourceGenerator.Emitting;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// What a client uses of the support code (<see cref="SupportParts.Uses(IEnumerable{string}, CodeFacts)"/>: one pass over
/// the files for the support's names, the conditions and declared types from the pass that shortens names) is what a
/// search of the files for each support type's name and each trimmed class's <c>Type.Member</c> finds, and what the C#
/// compiler reads in them: each conditioned member's text as tokens of the code (comments and strings aside) and the
/// types declared at the top of the namespace; for the specs of the feature tests, the Tallyfy spec and the real-world specs.
/// </summary>
public sealed class SupportUsesTests
{
    public static IEnumerable<object[]> Specs() => RepoPaths.FeatureTallyfyAndRealWorldSpecs().Select(path => new object[] { path });

    [Theory]
    [MemberData(nameof(Specs))]
    public void The_uses_found_in_one_pass_are_what_a_search_for_each_finds(string path)
    {
        var spec = new SpecFile(path, File.ReadAllText(path), "Acme.Api", "AcmeClient");
        var client = ClientGeneration.Parse(spec, CancellationToken.None).Client;
        Assert.NotNull(client);
        var emitted = ClientGeneration.Emit(path, client!, CancellationToken.None);
        var texts = emitted.Files.Select(file => file.Text).ToList();

        var uses = emitted.SupportUses;

        Assert.Equal(Searched(texts), uses.ToList());
        Assert.Equal(uses, SupportEmitter.Uses(texts));
    }

    /// <summary>The uses by one search per name and text: every name and text of the parts, member calls by a pattern.</summary>
    private static List<string> Searched(IReadOnlyList<string> texts)
    {
        var parts = SupportParts.From(SupportEmitter.Sources);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in parts.TypeNames.Where(name => texts.Any(text => text.Contains(name, StringComparison.Ordinal))))
        {
            found.Add(name);
        }

        var trees = texts.Select(text => CSharpSyntaxTree.ParseText(text)).ToList();
        var tokens = trees.Select(tree => tree.GetRoot().DescendantTokens().Select(token => token.Text).ToList()).ToList();
        foreach (var condition in parts.Conditions)
        {
            var wanted = SyntaxFactory.ParseTokens(condition).Where(token => !token.IsKind(SyntaxKind.EndOfFileToken)).Select(token => token.Text).ToList();
            if (tokens.Any(code => Contains(code, wanted)))
            {
                found.Add(SupportParts.ContainsPrefix + condition);
            }
        }

        foreach (var declared in trees.SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>())
            .SelectMany(ns => ns.Members.OfType<BaseTypeDeclarationSyntax>()).Select(type => type.Identifier.ValueText))
        {
            if (parts.LibraryNames.Contains(declared))
            {
                found.Add(SupportParts.DeclaredPrefix + declared);
            }
        }

        var call = new Regex("(?<![A-Za-z0-9_])(" + string.Join("|", SupportParts.TrimmedTypes) + ")\\.[A-Za-z0-9_]+");
        foreach (var text in texts)
        {
            foreach (Match match in call.Matches(text))
            {
                found.Add(match.Value);
            }
        }

        return found.ToList();
    }

    private static bool Contains(List<string> code, List<string> wanted)
    {
        for (var at = 0; at + wanted.Count <= code.Count; at++)
        {
            var length = 0;
            while (length < wanted.Count && code[at + length] == wanted[length])
            {
                length++;
            }

            if (length == wanted.Count)
            {
                return true;
            }
        }

        return false;
    }
}
