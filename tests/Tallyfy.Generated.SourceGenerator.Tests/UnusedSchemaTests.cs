using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// The schema types no operation uses: left out by default (TGEN053 says how many and where the first is), generated
/// with the item's <c>KeepUnusedSchemas="true"</c>, and all generated for a spec that has no operation at all.
/// </summary>
public sealed class UnusedSchemaTests
{
    private static readonly string[] UsedTypes =
    {
        "Pet", "Cat", "Dog", "Toy", "NewPet", "OwnerPage", "Owner", "Address", "Email", "Phone", "Note", "Rate", "SortOrder", "Stock",
    };

    /// <summary>The shop of <see cref="OperationFilterTests"/> with two more schemas no operation uses, one holding an inline object.</summary>
    private static readonly string Spec = OperationFilterTests.Spec + "\n" + string.Join("\n",
        "    AuditEntry:",
        "      type: object",
        "      properties:",
        "        actor:",
        "          type: object",
        "          properties:",
        "            login: { type: string }");

    /// <summary>The shop with every schema used by some operation.</summary>
    private static readonly string AllUsedSpec = OperationFilterTests.Spec.Replace(
        "\n" + string.Join("\n", "    WebhookPayload:", "      type: object", "      properties:", "        event: { type: string }"),
        string.Empty,
        System.StringComparison.Ordinal);

    private static GeneratorRun Run(string spec, string? keep = null, string? includePaths = null) =>
        GeneratorHarness.Run(new SpecText("/specs/shop.yaml", spec, "Shop", "ShopClient") { KeepUnusedSchemas = keep, IncludePaths = includePaths });

    private static string[] Types(GeneratorRun run, params string[] names) =>
        names.Where(name => run.Output.GetTypeByMetadataName("Shop." + name) is not null).ToArray();

    private static string[] Operations(GeneratorRun run) =>
        OperationFilterTests.AllOperations.Where(name => run.Output.GetTypeByMetadataName("Shop." + name + "Result") is not null).ToArray();

    [Fact]
    public void By_default_the_types_no_operation_uses_are_left_out_and_an_info_says_so_at_the_first_of_them()
    {
        var run = Run(Spec);

        Assert.Empty(run.CompilationProblems());
        Assert.Equal(OperationFilterTests.AllOperations, Operations(run));
        Assert.Equal(UsedTypes, Types(run, UsedTypes));
        Assert.Empty(Types(run, "WebhookPayload", "AuditEntry", "AuditEntryActor"));

        var info = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN053", info.Id);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Equal(
            "Schema types used by no operation are not generated: 3 of the spec's 18 (WebhookPayload, AuditEntry and 1 more); "
            + "KeepUnusedSchemas=\"true\" on the OpenApiClient item (--keep-unused-schemas) generates them",
            info.GetMessage(CultureInfo.InvariantCulture));
        // At the first of them in the spec: the key of the WebhookPayload schema.
        var span = info.Location.GetLineSpan();
        Assert.Equal("/specs/shop.yaml", span.Path);
        var line = Spec.Split('\n')[span.StartLinePosition.Line];
        Assert.Equal("WebhookPayload:", line.Substring(span.StartLinePosition.Character).TrimEnd());
    }

    [Fact]
    public void KeepUnusedSchemas_generates_every_schema_type_and_reports_nothing()
    {
        var run = Run(Spec, keep: "true");

        Assert.Empty(run.CompilationProblems());
        Assert.Empty(run.Diagnostics);
        Assert.Equal(OperationFilterTests.AllOperations, Operations(run));
        Assert.Equal(UsedTypes, Types(run, UsedTypes));
        Assert.Equal(new[] { "WebhookPayload", "AuditEntry", "AuditEntryActor" }, Types(run, "WebhookPayload", "AuditEntry", "AuditEntryActor"));
    }

    [Theory]
    [InlineData("True")]
    [InlineData(" true ")]
    public void KeepUnusedSchemas_is_read_as_MSBuild_writes_a_boolean(string value)
    {
        var run = Run(Spec, keep: value);

        Assert.Empty(run.Diagnostics);
        Assert.NotEmpty(Types(run, "WebhookPayload"));
    }

    [Fact]
    public void KeepUnusedSchemas_false_is_the_default()
    {
        var run = Run(Spec, keep: "false");

        Assert.Equal("TGEN053", Assert.Single(run.Diagnostics).Id);
        Assert.Empty(Types(run, "WebhookPayload"));
    }

    [Fact]
    public void With_a_filter_KeepUnusedSchemas_keeps_every_type_while_the_filter_selects_the_operations()
    {
        var filtered = Run(Spec, includePaths: "/pets#GET");
        var kept = Run(Spec, keep: "true", includePaths: "/pets#GET");

        Assert.Empty(filtered.Diagnostics);
        Assert.Equal(new[] { "ListPets" }, Operations(filtered));
        Assert.Equal(new[] { "Pet", "Cat", "Dog", "Toy" }, Types(filtered, UsedTypes));

        Assert.Empty(kept.CompilationProblems());
        Assert.Empty(kept.Diagnostics);
        Assert.Equal(new[] { "ListPets" }, Operations(kept));
        Assert.Equal(UsedTypes, Types(kept, UsedTypes));
        Assert.NotEmpty(Types(kept, "WebhookPayload", "AuditEntryActor"));
    }

    [Fact]
    public void A_spec_without_operations_is_a_library_of_models_and_keeps_them_all()
    {
        const string modelsOnly = """
            openapi: 3.0.3
            info: { title: Models, version: "1" }
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name: { type: string }
                Color:
                  type: string
                  enum: [red, green]
            """;

        var run = Run(modelsOnly);

        Assert.Empty(run.CompilationProblems());
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "TGEN053");
        Assert.Equal(new[] { "Pet", "Color" }, Types(run, "Pet", "Color"));
    }

    [Fact]
    public void A_spec_whose_schemas_are_all_used_reports_nothing_and_emits_the_same_files_as_with_KeepUnusedSchemas()
    {
        Assert.DoesNotContain("WebhookPayload", AllUsedSpec, System.StringComparison.Ordinal);
        var used = Run(AllUsedSpec);
        var kept = Run(AllUsedSpec, keep: "true");

        Assert.Empty(used.Diagnostics);
        Assert.Equal(UsedTypes, Types(used, UsedTypes));
        Assert.Equal(
            kept.Sources.Select(s => (s.HintName, s.SourceText.ToString())),
            used.Sources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    [Fact]
    public void Leaving_a_type_out_renames_nothing_that_stays()
    {
        // 'Thing' and 'thing' both want the C# name Thing; the ordinal first ('Thing', which no operation uses) takes it
        // and 'thing' becomes Thing2, whether or not Thing is generated.
        const string spec = """
            openapi: 3.0.3
            info: { title: Things, version: "1" }
            paths:
              /things:
                get:
                  operationId: getThing
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: { $ref: "#/components/schemas/thing" }
            components:
              schemas:
                thing:
                  type: object
                  properties:
                    id: { type: string }
                Thing:
                  type: object
                  properties:
                    name: { type: string }
            """;

        var run = Run(spec);
        var kept = Run(spec, keep: "true");

        Assert.Empty(run.CompilationProblems());
        Assert.Null(run.Output.GetTypeByMetadataName("Shop.Thing"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Shop.Thing2"));
        Assert.NotNull(kept.Output.GetTypeByMetadataName("Shop.Thing"));
        Assert.NotNull(kept.Output.GetTypeByMetadataName("Shop.Thing2"));
        var info = Assert.Single(run.Diagnostics);
        Assert.Equal(
            "Schema types used by no operation are not generated: 1 of the spec's 2 (Thing); "
            + "KeepUnusedSchemas=\"true\" on the OpenApiClient item (--keep-unused-schemas) generates them",
            info.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_command_line_leaves_out_and_keeps_as_the_build_does()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("tallyfy-unused-").FullName;
        try
        {
            var specPath = System.IO.Path.Combine(folder, "shop.yaml");
            System.IO.File.WriteAllText(specPath, Spec);
            foreach (var keep in new[] { false, true })
            {
                var outDir = System.IO.Path.Combine(folder, keep ? "kept" : "used");
                using var output = new System.IO.StringWriter();
                using var error = new System.IO.StringWriter();
                var args = new[] { "generate", specPath, "--out", outDir, "--namespace", "Shop", "--client-name", "ShopClient" };

                var exitCode = Tallyfy.Generated.Cli.CommandLine.Run(keep ? args.Append("--keep-unused-schemas").ToArray() : args, output, error);

                Assert.True(exitCode == 0, error.ToString());
                var run = GeneratorHarness.Run(new SpecText(specPath, Spec, "Shop", "ShopClient") { KeepUnusedSchemas = keep ? "true" : null });
                var written = System.IO.Directory.GetFiles(outDir).Select(System.IO.Path.GetFileName).OrderBy(name => name, System.StringComparer.Ordinal).ToList();
                Assert.Equal(run.Sources.Select(s => s.HintName).OrderBy(name => name, System.StringComparer.Ordinal), written);
                foreach (var source in run.Sources)
                {
                    Assert.Equal(source.SourceText.ToString(), System.IO.File.ReadAllText(System.IO.Path.Combine(outDir, source.HintName)));
                }

                // The info prints in the compiler's form, at the WebhookPayload key.
                if (keep)
                {
                    Assert.Equal(string.Empty, error.ToString());
                }
                else
                {
                    var line = Spec.Split('\n').ToList().FindIndex(l => l.TrimEnd() == "    WebhookPayload:") + 1;
                    Assert.StartsWith($"{specPath}({line},5): info TGEN053: Schema types used by no operation are not generated: 3 of the spec's 18", error.ToString(), System.StringComparison.Ordinal);
                }
            }
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Changing_KeepUnusedSchemas_reparses_and_an_unrelated_edit_reruns_no_step()
    {
        var spec = new SpecText("/specs/shop.yaml", Spec, "Shop", "ShopClient");
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(new[] { spec }).RunGenerators(compilation);

        IncrementalAssert.UnrelatedEditRerunsNoStep(driver, compilation);

        var kept = new SpecText(spec.Path, Spec, "Shop", "ShopClient") { KeepUnusedSchemas = "true" };
        driver = driver.WithUpdatedAnalyzerConfigOptions(new GeneratorHarness.OptionsProvider(new[] { kept }, "Consumer")).RunGenerators(compilation);
        var changed = driver.GetRunResult().Results.Single();
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, changed.TrackedSteps[TrackingNames.Parsed].SelectMany(s => s.Outputs).Select(o => o.Reason));
        Assert.Contains(changed.GeneratedSources, s => s.SourceText.ToString().Contains("class WebhookPayload", System.StringComparison.Ordinal));
    }
}
