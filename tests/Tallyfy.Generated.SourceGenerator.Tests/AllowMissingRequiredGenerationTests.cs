using System.Linq;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// An item's <c>AllowMissingRequired="true"</c> at the generator level: the readers read a required member a body leaves
/// out as its default instead of throwing, the models keep their declared types, and the support code compiles clean
/// whether or not the client has a union (the Features tests read such bodies over HTTP).
/// </summary>
public sealed class AllowMissingRequiredGenerationTests
{
    private const string Spec = """
        openapi: 3.0.3
        info:
          title: Things
          version: "1"
        paths:
          /thing:
            get:
              operationId: getThing
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: "#/components/schemas/Thing"
        components:
          schemas:
            Thing:
              type: object
              required: [id, count, note, labels, when, link, kind, child]
              properties:
                when:
                  type: string
                  format: date-time
                link:
                  type: string
                  format: uri
                kind:
                  type: string
                  enum: [small, large]
                child:
                  type: object
                  required: [x]
                  properties:
                    x:
                      type: string
                id:
                  type: string
                count:
                  type: integer
                  format: int32
                note:
                  type: string
                  nullable: true
                labels:
                  type: array
                  items:
                    type: string
                extra:
                  type: string
        """;

    [Theory]
    [InlineData("true")]
    [InlineData(" True ")]
    public void The_readers_read_a_missing_required_member_as_its_default_and_the_client_compiles_clean(string metadata)
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/things.yaml", Spec) { AllowMissingRequired = metadata });

        Assert.Empty(run.Diagnostics);
        // No union here: the support's variant counter still comes with what assigns it (no CS0649), nothing warns.
        Assert.Empty(run.CompilationProblems());
        Assert.Contains("t_variantReads++;", run.Source("ApiSupport.g.cs"), System.StringComparison.Ordinal);
        var thing = run.Source(".Models.Thing.g.cs");
        Assert.Contains("Id = _id ?? ApiJson.MissingOrDefault<string>(\"Thing\", \"id\"),", thing, System.StringComparison.Ordinal);
        Assert.Contains("Count = _count ?? ApiJson.MissingOrDefault<int>(\"Thing\", \"count\"),", thing, System.StringComparison.Ordinal);
        Assert.Contains("Note = _noteSeen ? _note : ApiJson.MissingOrDefault<string>(\"Thing\", \"note\"),", thing, System.StringComparison.Ordinal);
        Assert.DoesNotContain("MissingProperty", thing, System.StringComparison.Ordinal);
        // Writing such a model back writes a missing reference as null rather than failing.
        Assert.Contains("if (value.Labels is { } _labels) {", thing, System.StringComparison.Ordinal);
        Assert.Contains("} else { writer.WriteNull(s_names[", thing, System.StringComparison.Ordinal);
        // A value type cannot be null: its default is written as it is, with no null branch.
        Assert.Contains("ApiJson.WriteDateTimeOffset(writer, value.When);", thing, System.StringComparison.Ordinal);
        Assert.DoesNotContain("value.When is { }", thing, System.StringComparison.Ordinal);
        // The model's contract is unchanged: a caller still sets every required member of a request.
        Assert.Contains("public required string Id { get; init; }", thing, System.StringComparison.Ordinal);
        Assert.Contains("public required int Count { get; init; }", thing, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public void Without_it_a_missing_required_member_fails_the_read(string? metadata)
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/things.yaml", Spec) { AllowMissingRequired = metadata });

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var thing = run.Source(".Models.Thing.g.cs");
        Assert.Contains("Id = _id ?? throw ApiJson.MissingProperty(\"Thing\", \"id\"),", thing, System.StringComparison.Ordinal);
        Assert.DoesNotContain("MissingOrDefault", thing, System.StringComparison.Ordinal);
        Assert.DoesNotContain("MissingOrDefault", run.Source("ApiSupport.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void It_changes_the_readers_and_no_file_name()
    {
        var strict = GeneratorHarness.Run(new SpecText("/specs/things.yaml", Spec));
        var lenient = GeneratorHarness.Run(new SpecText("/specs/things.yaml", Spec) { AllowMissingRequired = "true" });

        Assert.NotEqual(strict.Source(".Models.Thing.g.cs"), lenient.Source(".Models.Thing.g.cs"));
        Assert.Equal(
            strict.Sources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal),
            lenient.Sources.Select(s => s.HintName).OrderBy(n => n, System.StringComparer.Ordinal));
    }
}
