using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Tallyfy.Generated.SourceGenerator.Emitting;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// The support code is cut into its parts without Roslyn (so emitting never loads the compiler); Roslyn's syntax tree
/// is the oracle: the same declarations and members, with the same names and full spans, and the same references to
/// the parts that exist.
/// </summary>
public sealed class SupportScannerTests
{
    [Fact]
    public void The_scanner_cuts_every_support_file_as_Roslyn_does()
    {
        var parts = PartNames();
        var compared = 0;
        foreach (var file in SupportEmitter.Sources)
        {
            var root = CSharpSyntaxTree.ParseText(file.Body).GetCompilationUnitRoot();
            var declarations = CSharpScanner.Declarations(file.Body);
            Assert.Equal(root.Members.Select(NameOf), declarations.Select(d => d.Name));
            foreach (var (roslyn, scanned) in root.Members.Zip(declarations))
            {
                var where = file.FileName + " " + scanned.Name;
                Assert.True(roslyn.FullSpan.Start == scanned.FullStart && roslyn.FullSpan.End == scanned.FullEnd, where + ": full span " + roslyn.FullSpan + " vs [" + scanned.FullStart + ".." + scanned.FullEnd + ")");
                Assert.Equal(Existing(Roslyn(roslyn, null), parts), Existing(SupportParts.References(scanned.Tokens, null), parts));
                compared++;
                if (Array.IndexOf(SupportParts.TrimmedTypes, scanned.Name) < 0)
                {
                    continue;
                }

                var members = ((ClassDeclarationSyntax)roslyn).Members;
                var scannedMembers = CSharpScanner.Members(file.Body, scanned);
                Assert.Equal(members.Select(NameOf), scannedMembers.Select(m => m.Name));
                foreach (var (member, scannedMember) in members.Zip(scannedMembers))
                {
                    var at = where + "." + scannedMember.Name;
                    Assert.True(member.FullSpan.Start == scannedMember.FullStart && member.FullSpan.End == scannedMember.FullEnd, at + ": full span " + member.FullSpan + " vs [" + scannedMember.FullStart + ".." + scannedMember.FullEnd + ")");
                    Assert.True(
                        Existing(Roslyn(member, scanned.Name), parts).SequenceEqual(Existing(SupportParts.References(scannedMember.Tokens, scanned.Name), parts)),
                        at + ": Roslyn " + string.Join(" ", Existing(Roslyn(member, scanned.Name), parts)) + "; scanner " + string.Join(" ", Existing(SupportParts.References(scannedMember.Tokens, scanned.Name), parts)));
                    compared++;
                }
            }
        }

        Assert.True(compared > 100, compared + " parts compared");
    }

    [Fact]
    public void The_scanner_reads_names_in_code_interpolations_and_doc_references_but_not_in_strings_or_comments()
    {
        const string Body = """
            /// <summary>Uses <see cref="ApiJson.Documented(int)"/>; <c>ApiJson.InDocText</c> is text.</summary>
            internal static class Holder
            {
                // ApiJson.InComment
                private static readonly string Text = "ApiJson.InString" + $"{ApiJson.InHole(1):x} {{ApiJson.Escaped}}" + 'A';

                public static int Call() => global::N.ApiJson.InCode() + new ApiFile { Name = "x" }.Length;
            }

            internal record ApiThing(int A);
            """;

        var declarations = CSharpScanner.Declarations(Body);

        Assert.Equal(new[] { "Holder", "ApiThing" }, declarations.Select(d => d.Name));
        Assert.Equal(
            new[] { "ApiFile", "ApiJson", "ApiJson.Documented", "ApiJson.InCode", "ApiJson.InHole" },
            SupportParts.References(declarations[0].Tokens, null));
        Assert.Equal(new[] { "Text", "Call" }, CSharpScanner.Members(Body, declarations[0]).Select(m => m.Name));
    }

    /// <summary>The old cut, by Roslyn: what a part's code and doc comments name (see <c>SupportParts.References</c>).</summary>
    private static string[] Roslyn(SyntaxNode node, string? owner)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        SyntaxToken previous = default, beforePrevious = default;
        foreach (var token in node.DescendantTokens(descendIntoTrivia: true))
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                var name = token.ValueText;
                if (previous.IsKind(SyntaxKind.DotToken) && beforePrevious.IsKind(SyntaxKind.IdentifierToken) && Array.IndexOf(SupportParts.TrimmedTypes, beforePrevious.ValueText) >= 0)
                {
                    found.Add(beforePrevious.ValueText + "." + name);
                }
                else if (name.StartsWith("Api", StringComparison.Ordinal))
                {
                    found.Add(name);
                }

                if (owner is not null && !previous.IsKind(SyntaxKind.DotToken))
                {
                    found.Add(owner + "." + name);
                }
            }

            beforePrevious = previous;
            previous = token;
        }

        return found.ToArray();
    }

    /// <summary>The references that name a part (a support type, or a member of a trimmed class): the ones that decide what is emitted.</summary>
    private static string[] Existing(IEnumerable<string> references, HashSet<string> parts) => references.Where(parts.Contains).ToArray();

    private static HashSet<string> PartNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in SupportEmitter.Sources)
        {
            foreach (var member in CSharpSyntaxTree.ParseText(file.Body).GetCompilationUnitRoot().Members)
            {
                var name = NameOf(member);
                names.Add(name);
                if (Array.IndexOf(SupportParts.TrimmedTypes, name) >= 0)
                {
                    names.UnionWith(((ClassDeclarationSyntax)member).Members.Select(m => name + "." + NameOf(m)));
                }
            }
        }

        return names;
    }

    private static string NameOf(MemberDeclarationSyntax member) => member switch
    {
        BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
        DelegateDeclarationSyntax @delegate => @delegate.Identifier.ValueText,
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        FieldDeclarationSyntax field => field.Declaration.Variables[0].Identifier.ValueText,
        ConstructorDeclarationSyntax constructor => constructor.Identifier.ValueText,
        _ => throw new InvalidOperationException("A support file declares a member of an unexpected kind: " + member.Kind()),
    };
}
