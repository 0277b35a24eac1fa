using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// Spec text reaches comments and string literals of the generated code; whatever characters it holds, it must stay
/// there. Every C# line terminator followed by text that would close a comment or a string and declare a type is put
/// in each place spec text goes.
/// </summary>
public sealed class SpecTextSafetyTests
{
    private static readonly string[] Terminators = { "\r", "\n", "\u0085", "\u2028", "\u2029" };

    /// <summary>Text that, let out of a comment or string, declares <c>Injected</c> or <c>X</c>.</summary>
    private static string Hostile(string label, string terminator) =>
        label + terminator + "*/ } public class Injected {}" + terminator + "\"; class X {" + terminator;

    public static TheoryData<string> EachTerminator() => new(Terminators.Select(t => ((int)t[0]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [MemberData(nameof(EachTerminator))]
    public void Spec_text_with_a_line_terminator_never_escapes_its_comment_or_string(string terminatorCode)
    {
        var terminator = ((char)System.Convert.ToInt32(terminatorCode, 16)).ToString();
        var spec = HostileSpec(terminator);

        var run = GeneratorHarness.Run(new SpecText("/specs/hostile.json", spec, "Hostile", "HostileClient"));

        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var generated = string.Concat(run.Sources.Select(s => s.SourceText.ToString()));
        Assert.Contains("public class Injected", generated);
        Assert.Contains("class X {", generated);
        Assert.Empty(run.CompilationProblems());
        var declared = AllTypes(run.Output.GlobalNamespace).Select(t => t.Name).ToList();
        Assert.Contains("HostileClient", declared);
        Assert.DoesNotContain("Injected", declared);
        Assert.DoesNotContain("X", declared);
    }

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            yield return type;
            foreach (var nested in type.GetTypeMembers())
            {
                yield return nested;
            }
        }

        foreach (var child in ns.GetNamespaceMembers().Where(n => n.Locations.Any(l => l.IsInSource)))
        {
            foreach (var type in AllTypes(child))
            {
                yield return type;
            }
        }
    }

    /// <summary>
    /// The title, descriptions, summaries, path template, enum values, property names, header names, media types,
    /// examples, defaults, a deprecated property's <c>[Obsolete]</c> text and server description all hold <paramref name="terminator"/> and code-like text.
    /// </summary>
    private static string HostileSpec(string terminator)
    {
        string H(string label) => Hostile(label, terminator);
        JsonNode Schema(string type) => new JsonObject { ["type"] = type };
        var thing = new JsonObject
        {
            ["type"] = "object",
            ["description"] = H("schema description"),
            ["example"] = new JsonObject { ["id"] = H("schema example") },
            ["required"] = new JsonArray("id"),
            ["properties"] = new JsonObject
            {
                ["id"] = new JsonObject { ["type"] = "string", ["description"] = H("property description"), ["example"] = H("property example") },
                [H("property name")] = new JsonObject { ["type"] = "integer", ["format"] = "int32" },
                ["kind"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(H("enum value"), "plain") },
                ["legacy"] = new JsonObject { ["type"] = "string", ["deprecated"] = true, ["description"] = H("deprecated property"), ["default"] = H("default value") },
            },
        };
        var response = new JsonObject
        {
            ["description"] = H("response description"),
            ["headers"] = new JsonObject
            {
                [H("X-Header")] = new JsonObject { ["description"] = H("header description"), ["schema"] = Schema("integer") },
            },
            ["content"] = new JsonObject
            {
                ["application/json"] = new JsonObject
                {
                    ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/Thing" },
                    ["example"] = new JsonObject { ["id"] = H("media example") },
                },
            },
        };
        var operation = new JsonObject
        {
            ["operationId"] = "getThing",
            ["summary"] = H("operation summary"),
            ["description"] = H("operation description"),
            ["parameters"] = new JsonArray(
                new JsonObject { ["name"] = "id", ["in"] = "path", ["required"] = true, ["description"] = H("path parameter"), ["schema"] = Schema("string"), ["example"] = H("parameter example") },
                new JsonObject { ["name"] = H("query name"), ["in"] = "query", ["description"] = H("query parameter"), ["deprecated"] = true, ["schema"] = new JsonObject { ["type"] = "string", ["default"] = H("parameter default") } },
                new JsonObject { ["name"] = H("X-Request"), ["in"] = "header", ["description"] = H("header parameter"), ["schema"] = Schema("string") }),
            ["responses"] = new JsonObject
            {
                ["200"] = response,
                ["404"] = new JsonObject
                {
                    ["description"] = H("missing"),
                    ["content"] = new JsonObject { [H("text/plain")] = new JsonObject { ["schema"] = Schema("string") } },
                },
            },
        };
        var post = new JsonObject
        {
            ["operationId"] = "putThing",
            ["requestBody"] = new JsonObject
            {
                ["description"] = H("request body"),
                ["content"] = new JsonObject { [H("application/vnd.thing+json")] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/Thing" } } },
            },
            ["responses"] = new JsonObject { ["204"] = new JsonObject { ["description"] = H("done") } },
        };
        var spec = new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = H("title"), ["description"] = H("api description"), ["version"] = H("1") },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "https://example.test/api", ["description"] = H("server description") }),
            ["paths"] = new JsonObject
            {
                ["/things/" + H("segment") + "/{id}"] = new JsonObject { ["get"] = operation, ["put"] = post },
            },
            ["components"] = new JsonObject { ["schemas"] = new JsonObject { ["Thing"] = thing } },
        };
        return spec.ToJsonString();
    }
}
