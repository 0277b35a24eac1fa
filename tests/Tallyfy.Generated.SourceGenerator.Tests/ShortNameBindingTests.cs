using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
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
/// The C# compiler as the oracle of the short-names pass (<see cref="ShortNames"/>): the client's files as the
/// emitters write them (every type name <c>global::</c>-qualified) and as the pass rewrites them are compiled side by
/// side, and every identifier of the rewritten files, in code and in doc comments' <c>cref</c>s, must bind to the very
/// symbol its place in the qualified files binds to. A name shortened where something closer has it (a member, a
/// nested type, a type parameter, a type of the client's namespace) would bind elsewhere, or not at all.
/// </summary>
public sealed class ShortNameBindingTests
{
    /// <summary>The specs of the feature tests and the Tallyfy spec, and the real-world specs of less than 150 KB when present.</summary>
    public static IEnumerable<object[]> Specs() =>
        RepoPaths.FeatureTallyfyAndRealWorldSpecs(maxRealWorldBytes: 150_000).Select(path => new object[] { Path.GetFileName(path), path });

    [Theory]
    [MemberData(nameof(Specs))]
    public void Every_name_of_the_shortened_files_binds_to_what_the_qualified_files_bind_it_to(string name, string path) =>
        AssertSameBindings(name, new SpecFile(path, File.ReadAllText(path), "Acme.Api", "AcmeClient"));

    /// <summary>Schemas, properties, parameters and an operation named like the base-library types the code uses and like the client's own types and cases (<see cref="ClashSpec"/>).</summary>
    [Fact]
    public void Names_the_spec_gives_like_the_types_the_code_uses_bind_as_in_the_qualified_files()
    {
        var names = new[]
        {
            "Task", "Exception", "JsonElement", "Uri", "Guid", "Stream", "JsonConverter", "Utf8JsonReader", "Utf8JsonWriter",
            "JsonSerializerOptions", "JsonSerializer", "JsonTokenType", "CancellationToken", "HttpClient", "HttpMethod", "List",
            "Dictionary", "Type", "Encoding", "StringComparer", "CultureInfo", "ApiJson", "ApiRequest", "ApiResponse",
            "ApiResponseHeaders", "ApiRawResponse", "NotFound", "BadRequest", "Ok", "Create", "Value", "Body", "Headers",
        };
        var spec = ClashSpec.Json(names);

        AssertSameBindings("clash", new SpecFile("/specs/clash.json", spec, "Clash", "ClashClient") { Filter = OperationFilter.None with { KeepUnusedSchemas = true } });
    }

    private static void AssertSameBindings(string name, SpecFile spec)
    {
        var client = ClientGeneration.Parse(spec, CancellationToken.None).Client;
        Assert.True(client is not null, name + " did not parse");
        var qualified = Qualified(client!);
        var shortened = ShortNames.Apply(client!.Namespace, qualified, SupportEmitter.Template);
        var support = ClientGeneration.EmitSupport(client.Namespace, SupportEmitter.Uses(shortened)).Text;

        var before = Compile(qualified.Append(support));
        var after = Compile(shortened.Append(support));

        var compared = 0;
        var shortenedNames = 0;
        var mismatches = new List<string>();
        for (var file = 0; file < qualified.Length; file++)
        {
            var beforeTree = before.SyntaxTrees.ElementAt(file);
            var afterTree = after.SyntaxTrees.ElementAt(file);
            var beforeModel = before.GetSemanticModel(beforeTree);
            var afterModel = after.GetSemanticModel(afterTree);
            var beforeTokens = Tokens(beforeTree);
            var afterTokens = Tokens(afterTree);
            var at = 0;
            foreach (var token in afterTokens)
            {
                // Where the qualified text has global:: and a namespace before the name, the rewritten text has the name alone.
                if (beforeTokens[at].IsKind(SyntaxKind.GlobalKeyword) && !token.IsKind(SyntaxKind.GlobalKeyword))
                {
                    shortenedNames++;
                    at += 2;
                    while (beforeTokens[at].Text != token.Text && beforeTokens[at + 1].IsKind(SyntaxKind.DotToken))
                    {
                        at += 2;
                    }
                }

                Assert.True(beforeTokens[at].Text == token.Text, name + ": the texts part at " + token.GetLocation().GetLineSpan() + " (" + beforeTokens[at].Text + " / " + token.Text + ")");
                if (token.IsKind(SyntaxKind.IdentifierToken))
                {
                    compared++;
                    var expected = SymbolOf(beforeModel, beforeTokens[at]);
                    var actual = SymbolOf(afterModel, token);
                    if (expected != actual)
                    {
                        mismatches.Add(token.GetLocation().GetLineSpan() + ": " + token.Text + " binds to " + (actual ?? "nothing") + ", qualified to " + (expected ?? "nothing"));
                    }
                }

                at++;
            }
        }

        Assert.True(mismatches.Count == 0, name + ":\n" + string.Join("\n", mismatches.Take(20)));
        Assert.True(shortenedNames > 0 && compared > shortenedNames, name + ": " + shortenedNames + " names shortened, " + compared + " identifiers compared");
    }

    /// <summary>The client's files as the emitters write them, every name qualified.</summary>
    private static string[] Qualified(ClientModel client)
    {
        var writer = new SourceWriter();
        try
        {
            return Emitter.WriteQualified(writer, client, new List<string>(), CancellationToken.None).Select(text => text.ToString()).ToArray();
        }
        finally
        {
            writer.Release();
        }
    }

    private static CSharpCompilation Compile(IEnumerable<string> sources)
    {
        var compilation = GeneratorHarness.CreateCompilation(sources.ToArray());
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
        return compilation;
    }

    /// <summary>The file's tokens, those of doc comments included, but for the usings (the rewritten files add theirs).</summary>
    private static List<SyntaxToken> Tokens(SyntaxTree tree) =>
        tree.GetRoot().DescendantTokens(descendIntoTrivia: true)
            .Where(token => !token.IsKind(SyntaxKind.EndOfFileToken) && !token.IsKind(SyntaxKind.EndOfDocumentationCommentToken) && token.Parent?.FirstAncestorOrSelf<UsingDirectiveSyntax>() is null)
            .ToList();

    /// <summary>What the identifier binds to (or declares), fully qualified, with its kind; null when nothing.</summary>
    private static string? SymbolOf(SemanticModel model, SyntaxToken token)
    {
        var node = token.Parent!;
        var info = model.GetSymbolInfo(node);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault() ?? model.GetDeclaredSymbol(node);
        return symbol is null ? null : symbol.Kind + " " + symbol.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
    }
}
