using System;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// Documentation the generator would otherwise repeat on every result union, case, header or parameter is said once,
/// on the support type a user reaches it through; the spec's own text stays where it was. Every test compiles the
/// generated code with documentation diagnostics on, warnings included.
/// </summary>
public sealed class SaidOnceDocTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Docs, version: "1" }
        servers:
          - url: https://example.test
        paths:
          /things/{id}:
            get:
              operationId: getThing
              summary: Gets a thing.
              parameters:
                - { name: id, in: path, required: true, description: The thing's id., schema: { type: string } }
              responses:
                "200":
                  description: The thing
                  headers:
                    X-Count: { description: How many there are., schema: { type: integer } }
                  content:
                    application/json:
                      schema: { $ref: "#/components/schemas/Thing" }
                "404": { description: No such thing }
        components:
          schemas:
            Thing:
              type: object
              properties:
                mode: { $ref: "#/components/schemas/Mode" }
            Mode:
              type: string
              description: How the thing runs.
              enum: [fast, slow]
        """;

    [Fact]
    public void A_result_union_leaves_what_every_union_offers_to_ApiResponse()
    {
        var run = Run();
        var union = run.Source(".GetThingResult.g.cs");

        Assert.Contains("/// <summary>The outcome of <see cref=\"DocsClient.GetThingAsync\"/> (GET /things/{id}).</summary>\n[", union, StringComparison.Ordinal);
        Assert.Contains("/// <summary>HTTP 200: The thing</summary>", union, StringComparison.Ordinal);
        Assert.Contains("/// <summary>HTTP 404: No such thing</summary>", union, StringComparison.Ordinal);
        foreach (var said in new[] { "public TResult Match<TResult>(", "public void Switch(", "public Ok EnsureSuccess()", "public sealed class Undocumented" })
        {
            var line = union.IndexOf(said, StringComparison.Ordinal);
            Assert.True(line > 0, said);
            Assert.DoesNotContain("///", PreviousLine(union, line), StringComparison.Ordinal);
        }

        var support = run.Source(".ApiSupport.g.cs");
        Assert.Contains("one sealed case per documented status", support, StringComparison.Ordinal);
        Assert.Contains("<c>Undocumented</c> is any status the spec does not document.", support, StringComparison.Ordinal);
        Assert.Contains("Every union has\n/// <c>Match</c> (a value per case) and <c>Switch</c> (an action per case), every case required", support, StringComparison.Ordinal);
        Assert.Contains("<c>EnsureSuccess</c>: the success case", support, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typed_header_keeps_the_specs_text_and_ApiResponseHeaders_says_when_it_is_null()
    {
        var run = Run();

        Assert.Contains("/// <summary><c>X-Count</c>: How many there are.</summary>\n", run.Source(".GetThingResult.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("Null when absent", run.Source(".GetThingResult.g.cs"), StringComparison.Ordinal);
        Assert.Contains("a typed member is null when its header is absent or malformed", run.Source(".ApiSupport.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_cancellation_token_has_no_param_doc_and_no_file_warns_about_it()
    {
        var run = Run();
        var client = run.Source("DocsClient.g.cs");

        Assert.Contains("/// <param name=\"id\">The thing's id.</param>\n\tTask<GetThingResult> GetThingAsync(string id, CancellationToken cancellationToken = default);", client, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"cancellationToken\"", client, StringComparison.Ordinal);
        Assert.All(run.Sources, s => Assert.Contains("#pragma warning disable CS1591, CS1573, CS0612, CS0618\n", s.SourceText.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void An_open_enum_says_it_is_open_in_one_short_remark_and_undeclared_members_in_one_short_summary()
    {
        var run = Run();
        var models = string.Concat(run.Sources.Where(s => s.HintName.Contains(".Models.", StringComparison.Ordinal)).Select(s => s.SourceText.ToString()));

        Assert.Contains("/// <summary>How the thing runs.</summary>\n/// <remarks>Open: an unlisted <see cref=\"Value\"/> is kept (<see cref=\"IsKnown\"/> is false).</remarks>\n", models, StringComparison.Ordinal);
        Assert.Contains("public bool Equals(Mode other) => Value == other.Value;", models, StringComparison.Ordinal);
        Assert.Contains("public override int GetHashCode() => Value.GetHashCode();", models, StringComparison.Ordinal);
        Assert.Contains("/// <summary>Undeclared members; null when none.</summary>\n", models, StringComparison.Ordinal);
    }

    private static string PreviousLine(string text, int lineStart)
    {
        var end = text.LastIndexOf('\n', lineStart);
        var start = text.LastIndexOf('\n', end - 1) + 1;
        return text.Substring(start, end - start);
    }

    private static GeneratorRun Run()
    {
        var run = GeneratorHarness.Run(new SpecText("/repo/docs.yaml", Spec, "Docs", "DocsClient"));
        Assert.Empty(run.Diagnostics);
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        return run;
    }
}
