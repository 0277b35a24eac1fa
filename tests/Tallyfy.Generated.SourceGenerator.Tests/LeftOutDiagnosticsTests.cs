using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// What is not generated is not reported on: a problem inside an operation the item's filter leaves out, or inside a
/// schema no generated operation uses, cannot fail the build (a vendor's spec broken in an area the project does not
/// call); a problem in a part that something generated shares still is.
/// </summary>
public sealed class LeftOutDiagnosticsTests
{
    private const string Spec = """
        openapi: 3.0.3
        info:
          title: Vendor
          version: "1"
        paths:
          /good:
            get:
              operationId: getGood
              tags: [good]
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: "#/components/schemas/Good"
          /broken-parameter:
            get:
              operationId: getBrokenParameter
              tags: [broken]
              parameters:
                - { name: q, in: query, schema: { $ref: "#/components/schemas/Nowhere" } }
              responses:
                "204":
                  description: done
          /broken-inline:
            get:
              operationId: getBrokenInline
              tags: [broken]
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          owner: { $ref: "#/components/schemas/Absent" }
                          bad: { $ref: "#/components/schemas/Bad" }
          /shared:
            get:
              operationId: getShared
              tags: [broken]
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: "#/components/schemas/Shared"
        components:
          schemas:
            Good:
              type: object
              properties:
                name: { type: string }
                shared: { $ref: "#/components/schemas/Shared" }
            Shared:
              type: object
              properties:
                size: { type: 5 }
            Bad:
              type: object
              properties:
                part: { $ref: "#/components/schemas/Missing" }
            Orphan:
              type: object
              properties:
                part: { $ref: "#/components/schemas/Gone" }
        """;

    private static GeneratorRun Run(string? includePaths = null, string? includeTags = null, string? keepUnused = null) =>
        GeneratorHarness.Run(new SpecText("/specs/vendor.yaml", Spec, "Vendor", "VendorClient")
        {
            IncludePaths = includePaths,
            IncludeTags = includeTags,
            KeepUnusedSchemas = keepUnused,
        });

    private static string[] Reported(GeneratorRun run) =>
        run.Diagnostics.Where(d => d.Id != "TGEN053").Select(d => d.Id + " " + Spec.Split('\n')[d.Location.GetLineSpan().StartLinePosition.Line].Trim())
            .OrderBy(s => s, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void Without_a_filter_every_problem_of_the_generated_operations_is_reported()
    {
        var run = Run();

        var reported = Reported(run);
        Assert.Contains(reported, r => r.StartsWith("TGEN004 - { name: q", System.StringComparison.Ordinal));
        Assert.Contains(reported, r => r.StartsWith("TGEN026", System.StringComparison.Ordinal));
        Assert.Contains(reported, r => r.StartsWith("TGEN004 owner:", System.StringComparison.Ordinal));
        Assert.Contains(reported, r => r.StartsWith("TGEN004 part: { $ref: \"#/components/schemas/Missing\"", System.StringComparison.Ordinal));
        Assert.Contains(reported, r => r.Contains("size: { type: 5 }", System.StringComparison.Ordinal));
        // Orphan is used by no operation: not generated (TGEN053 names it), so its own problem is not reported.
        Assert.DoesNotContain(reported, r => r.Contains("Gone", System.StringComparison.Ordinal));
        Assert.Contains(run.Diagnostics, d => d.Id == "TGEN053" && d.GetMessage(CultureInfo.InvariantCulture).Contains("Orphan", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Keeping_unused_schemas_reports_their_problems_too()
    {
        var run = Run(keepUnused: "true");

        Assert.Contains(Reported(run), r => r.Contains("#/components/schemas/Gone", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/good", null)]
    [InlineData(null, "good")]
    public void A_filter_that_leaves_the_broken_operations_out_leaves_their_problems_out(string? includePaths, string? includeTags)
    {
        var run = Run(includePaths, includeTags);

        // Only the problem of the schema the kept operation shares with the others is left: Good uses Shared.
        var reported = Reported(run);
        Assert.True(reported.All(r => r.Contains("size: { type: 5 }", System.StringComparison.Ordinal)), string.Join("\n", reported));
        Assert.NotEmpty(reported);
        Assert.Empty(run.CompilationProblems());
        Assert.NotNull(run.Output.GetTypeByMetadataName("Vendor.GetGoodResult"));
        Assert.Null(run.Output.GetTypeByMetadataName("Vendor.GetBrokenInlineResult"));
    }

    [Fact]
    public void A_filter_keeping_an_operation_with_a_problem_still_reports_it()
    {
        var run = Run(includePaths: "/broken-inline");

        var reported = Reported(run);
        Assert.Contains(reported, r => r.StartsWith("TGEN004 owner:", System.StringComparison.Ordinal));
        Assert.Contains(reported, r => r.StartsWith("TGEN004 part: { $ref: \"#/components/schemas/Missing\"", System.StringComparison.Ordinal));
        Assert.DoesNotContain(reported, r => r.StartsWith("TGEN004 - { name: q", System.StringComparison.Ordinal));
        Assert.DoesNotContain(reported, r => r.Contains("size: { type: 5 }", System.StringComparison.Ordinal));
    }
}
