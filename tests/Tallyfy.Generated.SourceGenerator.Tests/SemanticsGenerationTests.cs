using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>What a schema says beyond its type, at the generator level: <c>deprecated</c>, <c>default</c> and <c>format</c>.</summary>
public sealed class SemanticsGenerationTests
{
    /// <summary>A 3.0 spec with a Thing schema (properties indented by 8) answered by getThing and sent by putThing.</summary>
    private static string Spec(string properties, string operationExtra = "", string schemaExtra = "") => $$"""
        openapi: 3.0.3
        info:
          title: Things
          version: "1"
        paths:
          /thing:
            get:
              operationId: getThing
        {{operationExtra}}      parameters:
                - name: filter
                  in: query
                  deprecated: true
                  description: The old filter.
                  schema:
                    type: string
                    default: all
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: "#/components/schemas/Thing"
            put:
              operationId: putThing
              requestBody:
                content:
                  application/json:
                    schema:
                      $ref: "#/components/schemas/Thing"
              responses:
                "204":
                  description: done
        components:
          schemas:
            Thing:
              type: object
        {{schemaExtra}}      properties:
        {{properties}}
        """;


    private const string DeprecatedProperties = """
                name:
                  type: string
                oldName:
                  type: string
                  deprecated: true
                  description: "Deprecated: use \"name\" \\ instead\nof this."
                retired:
                  type: integer
                  deprecated: true
        """;

    /// <summary>The generated code with a consumer's own code added, compiled with every warning an error.</summary>
    private static System.Collections.Generic.IReadOnlyList<Diagnostic> CompileWithConsumer(GeneratorRun run, string consumer)
    {
        var compilation = run.Output
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(consumer, GeneratorHarness.ParseOptions, path: "Consumer.cs"))
            .WithOptions(run.Output.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        return compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    [Fact]
    public void Deprecated_members_are_Obsolete_and_the_generated_code_compiles_with_warnings_as_errors()
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/deprecated.yaml", Spec(DeprecatedProperties, "      deprecated: true\n", "      deprecated: true\n")));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var thing = run.Source(".Models.Thing.g.cs");
        Assert.Contains("[Obsolete(\"Deprecated: use \\\"name\\\" \\\\ instead of this.\")]", thing, System.StringComparison.Ordinal);
        Assert.Contains("[Obsolete(\"The spec marks this property as deprecated.\")]", thing, System.StringComparison.Ordinal);
        Assert.Contains("[Obsolete(\"The spec marks this schema as deprecated.\")]", thing, System.StringComparison.Ordinal);
        var client = run.Source("TallyfyClient.g.cs");
        Assert.Contains("Deprecated: the spec marks this parameter as deprecated.", client, System.StringComparison.Ordinal);
        Assert.Contains("Default (the server's, when left out): \"all\".", client, System.StringComparison.Ordinal);
        // The interface method and the class method.
        Assert.Equal(2, client.Split("[Obsolete(\"The spec marks this operation as deprecated.\")]").Length - 1);

        // A consumer that does not touch the deprecated members builds with warnings as errors.
        Assert.Empty(CompileWithConsumer(run, """
            namespace Consumer;
            internal static class Uses
            {
                public static string? Name(global::Tallyfy.TallyfyClient client, global::System.Threading.Tasks.Task<global::Tallyfy.PutThingResult> pending) =>
                    pending.Result.ToString() + client.ToString();
            }
            """));
    }

    [Fact]
    public void A_deprecated_property_that_is_required_in_CSharp_says_so_in_its_remarks_instead_of_Obsolete()
    {
        // [Obsolete] on a `required` member is CS9042 unless its type is obsolete too (GitHub's spec has one such property).
        var run = GeneratorHarness.Run(new SpecText("/specs/deprecated.yaml", Spec(DeprecatedProperties, schemaExtra: "      required: [retired, oldName]\n")));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var thing = run.Source(".Models.Thing.g.cs");
        Assert.DoesNotContain("[Obsolete", thing, System.StringComparison.Ordinal);
        Assert.Contains("/// <remarks>The spec marks this property as deprecated.</remarks>", thing, System.StringComparison.Ordinal);
        Assert.Contains("/// <remarks>Deprecated: use \"name\" \\ instead of this.</remarks>", thing, System.StringComparison.Ordinal);
        Assert.Contains("public required long Retired { get; init; }", thing, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_deprecated_operation_whose_description_speaks_of_it_takes_that_text()
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/deprecated.yaml", Spec(DeprecatedProperties, "      deprecated: true\n      description: \"Deprecated since v2:\\n use getThings.\"\n")));

        Assert.Empty(run.CompilationProblems());
        var client = run.Source("TallyfyClient.g.cs");
        Assert.Equal(2, client.Split("[Obsolete(\"Deprecated since v2: use getThings.\")]").Length - 1);
    }

    [Fact]
    public void A_consumer_that_uses_a_deprecated_member_gets_the_obsolete_warning_with_the_specs_text()
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/deprecated.yaml", Spec(DeprecatedProperties, "      deprecated: true\n")));

        var problems = CompileWithConsumer(run, """
            namespace Consumer;
            internal static class Uses
            {
                public static object? Old(global::Tallyfy.Thing thing) => thing.OldName;

                public static object Call(global::Tallyfy.TallyfyClient client) => client.GetThingAsync();

                public static object? Fine(global::Tallyfy.Thing thing) => thing.Name;
            }
            """);

        Assert.All(problems, p => Assert.Equal("Consumer.cs", p.Location.SourceTree?.FilePath));
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("CS0618", p.Id));
        Assert.Contains(problems, p => p.GetMessage().Contains("Deprecated: use \"name\" \\ instead of this.", System.StringComparison.Ordinal));
        Assert.Contains(problems, p => p.GetMessage().Contains("GetThingAsync", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Defaults_are_documented_and_applied_where_they_fit_the_type()
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/defaults.yaml", Spec("""
                    size:
                      type: integer
                      format: int32
                      default: 20
                    tiny:
                      type: integer
                      format: int8
                      default: -3
                    mode:
                      type: string
                      enum: [fast, safe]
                      default: safe
                    label:
                      type: string
                      default: "a \"quoted\" <label>"
                    ratio:
                      type: number
                      format: float
                      default: 1.5
                    price:
                      type: number
                      format: decimal
                      default: 9.99
                    when:
                      type: string
                      format: date-time
                      default: "2024-01-01T00:00:00Z"
                    tags:
                      type: array
                      items:
                        type: string
                      default: []
            """)));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var thing = run.Source(".Models.Thing.g.cs");
        Assert.Contains("= (int)(20);", thing, System.StringComparison.Ordinal);
        Assert.Contains("(sbyte)(-3);", thing, System.StringComparison.Ordinal);
        Assert.Contains("= ThingMode.Safe;", thing, System.StringComparison.Ordinal);
        Assert.Contains("= \"a \\\"quoted\\\" <label>\";", thing, System.StringComparison.Ordinal);
        Assert.Contains("= 1.5f;", thing, System.StringComparison.Ordinal);
        Assert.Contains("= 9.99m;", thing, System.StringComparison.Ordinal);
        Assert.Contains("Default: <c>\"a \\\"quoted\\\" &lt;label&gt;\"</c>; a response that leaves it out reads as this value.", thing, System.StringComparison.Ordinal);
        // Dates and lists are documented, not applied.
        Assert.Contains("Default: <c>\"2024-01-01T00:00:00Z\"</c>.</remarks>", thing, System.StringComparison.Ordinal);
        Assert.Contains("Default: <c>[]</c>.</remarks>", thing, System.StringComparison.Ordinal);
        // The optional properties stay optional in code: a request leaves out what the caller did not set.
        Assert.Contains("public int? Size { get; init; }", thing, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type: integer\n          default: \"ten\"", "\"ten\"", "long")]
    [InlineData("type: integer\n          format: uint8\n          default: 300", "300", "byte")]
    [InlineData("type: integer\n          format: int32\n          default: 1.5", "1.5", "int")]
    [InlineData("type: string\n          enum: [a, b]\n          default: c", "\"c\"", "the enum ThingValue (a, b)")]
    [InlineData("type: boolean\n          default: \"yes\"", "\"yes\"", "bool")]
    [InlineData("type: string\n          default: 12", "12", "string")]
    [InlineData("type: number\n          format: float\n          default: 1e300", "1e300", "float")]
    public void A_default_that_does_not_fit_its_type_is_TGEN018_at_the_default_and_the_code_compiles(string schema, string shown, string type)
    {
        var text = Spec("        value:\n          " + schema);

        var run = GeneratorHarness.Run(new SpecText("/specs/defaults.yaml", text));

        Assert.Empty(run.CompilationProblems());
        var warning = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN018", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("The default " + shown + " is not a value of " + type + "; it is documented but not applied", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var line = text.Split('\n')[warning.Location.GetLineSpan().StartLinePosition.Line];
        Assert.Contains("default:", line, System.StringComparison.Ordinal);
        Assert.Contains("JSON name: <c>value</c>. Default:", run.Source(".Models.Thing.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_single_value_enum_is_a_constant_initialised_in_code_and_read_when_absent()
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/constant.yaml", Spec("""
                    kind:
                      type: string
                      enum: [thing]
                    other:
                      type: string
                      enum: [only]
            """, schemaExtra: "      required: [kind]\n")));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var thing = run.Source(".Models.Thing.g.cs");
        Assert.Contains("public ThingKind Kind { get; init; } = ThingKind.Thing;", thing, System.StringComparison.Ordinal);
        // An optional single-value enum is not a constant: left out, it is null.
        Assert.Contains("public ThingOther? Other { get; init; }", thing, System.StringComparison.Ordinal);
        Assert.DoesNotContain("ThingOther.Only;", thing, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_const_is_a_constant_initialised_in_code_so_a_caller_need_not_set_it()
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/const.yaml", Spec("""
                    kind:
                      type: string
                      const: circle
                    version:
                      type: integer
                      format: int32
                      const: 2
                    live:
                      type: boolean
                      const: true
                    other:
                      type: string
                      const: only
            """, schemaExtra: "      required: [kind, version, live]\n")));

        Assert.Empty(run.Diagnostics);
        // The caller builds the type without naming the constants: they are not `required`, and hold the spec's values.
        Assert.Empty(run.CompilationProblems("internal static class Use { public static object Make() => new Tallyfy.Thing(); }"));
        var thing = run.Source(".Models.Thing.g.cs");
        Assert.Contains("public string Kind { get; init; } = \"circle\";", thing, System.StringComparison.Ordinal);
        Assert.Contains("public int Version { get; init; } = (int)(2);", thing, System.StringComparison.Ordinal);
        Assert.Contains("public bool Live { get; init; } = true;", thing, System.StringComparison.Ordinal);
        // An optional const is not a constant: left out, it is null.
        Assert.Contains("public string? Other { get; init; }", thing, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type: string\n          format: date-time", "DateTimeOffset?")]
    [InlineData("type: string\n          format: date", "DateOnly?")]
    [InlineData("type: string\n          format: time", "TimeOnly?")]
    [InlineData("type: string\n          format: duration", "TimeSpan?")]
    [InlineData("type: string\n          format: date-time-rfc1123", "DateTimeOffset?")]
    [InlineData("type: string\n          format: http-date", "DateTimeOffset?")]
    [InlineData("type: string\n          format: byte", "byte[]?")]
    [InlineData("type: string\n          format: base64url", "byte[]?")]
    // 3.1's contentEncoding base64 stays text: Discord's 26 image fields say so of a data URI (data:image/png;base64,…).
    [InlineData("type: string\n          contentEncoding: base64\n          contentMediaType: image/png", "string?")]
    [InlineData("type: string\n          format: uri", "Uri?")]
    [InlineData("type: string\n          format: uuid", "Guid?")]
    [InlineData("type: string\n          format: made-up", "string?")]
    [InlineData("type: number\n          format: decimal", "decimal?")]
    [InlineData("type: number\n          format: float", "float?")]
    [InlineData("type: number\n          format: double", "double?")]
    [InlineData("type: number\n          format: made-up", "double?")]
    [InlineData("type: integer\n          format: int8", "sbyte?")]
    [InlineData("type: integer\n          format: uint8", "byte?")]
    [InlineData("type: integer\n          format: int16", "short?")]
    [InlineData("type: integer\n          format: uint16", "ushort?")]
    [InlineData("type: integer\n          format: int32", "int?")]
    [InlineData("type: integer\n          format: uint32", "uint?")]
    [InlineData("type: integer\n          format: int64", "long?")]
    [InlineData("type: integer\n          format: uint64", "ulong?")]
    [InlineData("type: integer\n          format: made-up", "long?")]
    public void Each_format_maps_to_its_CSharp_type_and_an_unknown_one_to_the_base_type(string schema, string type)
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/formats.yaml", Spec("        value:\n          " + schema)));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        Assert.Contains("public " + type + " Value { get; init; }", run.Source(".Models.Thing.g.cs"), System.StringComparison.Ordinal);
    }
}
