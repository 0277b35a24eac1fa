using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>A bad spec gives a diagnostic with an id, a message and the spec's line and column; never a crash.</summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void Invalid_json_points_at_the_line_and_column_of_the_syntax_error()
    {
        var text = "{\n  \"openapi\": \"3.0.3\",\n  \"info\": { \"title\": \"x\" \"version\": \"1\" }\n}";

        var diagnostic = Assert.Single(GeneratorHarness.Run(new SpecText("/specs/broken.json", text)).Diagnostics);

        Assert.Equal("TGEN001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/specs/broken.json", span.Path);
        Assert.Equal(2, span.StartLinePosition.Line);
        Assert.Equal(text.Split('\n')[2].IndexOf("\"version\"", System.StringComparison.Ordinal), span.StartLinePosition.Character);
    }

    [Fact]
    public void An_unresolved_reference_is_reported_where_it_is_written_and_other_operations_still_generate()
    {
        var text = MiniSpecs.WithOperation("getThing").Replace(
            "\"404\": { \"description\": \"missing\" }",
            "\"404\": { \"description\": \"missing\", \"content\": { \"application/json\": { \"schema\": { \"$ref\": \"#/components/schemas/Nope\" } } } }");
        text = text.Replace("\"/things/{id}\": {", "\"/other\": { \"get\": { \"operationId\": \"getOther\", \"responses\": { \"204\": { \"description\": \"ok\" } } } },\n    \"/things/{id}\": {");

        var run = GeneratorHarness.Run(new SpecText("/specs/refs.json", text));

        // Beside it, the operation left out (TGEN026) and the types only it used (TGEN053).
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id is not ("TGEN026" or "TGEN053"));
        Assert.Contains("Operation 'getThing' (GET /things/{id}) is left out", Assert.Single(run.Diagnostics, d => d.Id == "TGEN026").GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal("TGEN004", diagnostic.Id);
        Assert.Contains("#/components/schemas/Nope", diagnostic.GetMessage());
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("#/components/schemas/Nope"));
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(line, span.StartLinePosition.Line);
        Assert.Equal(text.Split('\n')[line].IndexOf("\"#/components/schemas/Nope\""), span.StartLinePosition.Character);
        Assert.Contains(run.Sources, s => s.HintName == "TallyfyClient.GetOtherResult.g.cs");
        Assert.DoesNotContain(run.Sources, s => s.HintName == "TallyfyClient.GetThingResult.g.cs");
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void A_duplicate_operation_id_is_a_warning_naming_the_new_method_and_both_operations_generate()
    {
        var text = MiniSpecs.WithOperation("getThing").Replace(
            "\"/things/{id}\": {",
            "\"/again\": { \"get\": { \"operationId\": \"getThing\", \"responses\": { \"204\": { \"description\": \"ok\" } } } },\n    \"/things/{id}\": {");

        var run = GeneratorHarness.Run(new SpecText("/specs/dup.json", text));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN005", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("The operationId 'getThing' is used by more than one operation; this one is generated as GetThing2Async", diagnostic.GetMessage());
        Assert.Equal(text.Split('\n').ToList().FindLastIndex(l => l.Contains("\"getThing\"")), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        // Document order: "/again" comes first and keeps the name; "/things/{id}" is numbered.
        var client = run.Sources.Single(s => s.HintName == "TallyfyClient.g.cs").SourceText.ToString();
        Assert.Contains("GetThingAsync(", client);
        Assert.Contains("GetThing2Async(", client);
        Assert.Contains(run.Sources, s => s.HintName == "TallyfyClient.GetThingResult.g.cs");
        Assert.Contains(run.Sources, s => s.HintName == "TallyfyClient.GetThing2Result.g.cs");
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void A_path_placeholder_without_a_parameter_is_reported_on_the_path()
    {
        var text = MiniSpecs.WithOperation("getThing").Replace("\"/things/{id}\"", "\"/things/{id}/{other}\"");

        var diagnostic = Assert.Single(GeneratorHarness.Run(new SpecText("/specs/path.json", text)).Diagnostics);

        Assert.Equal("TGEN006", diagnostic.Id);
        Assert.Contains("{other}", diagnostic.GetMessage());
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("/things/{id}/{other}")), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void An_invalid_status_code_is_reported_and_the_other_responses_kept()
    {
        var text = MiniSpecs.WithOperation("getThing").Replace("\"404\": { \"description\": \"missing\" }", "\"404\": { \"description\": \"missing\" }, \"4X4\": { \"description\": \"odd\" }");

        var run = GeneratorHarness.Run(new SpecText("/specs/status.json", text));

        Assert.Equal("TGEN008", Assert.Single(run.Diagnostics).Id);
        // The operation keeps its other responses.
        var union = run.Source("TallyfyClient.GetThingResult.g.cs");
        Assert.Contains("class NotFound", union, System.StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void A_document_that_is_not_openapi_is_reported()
    {
        var diagnostic = Assert.Single(GeneratorHarness.Run(new SpecText("/specs/other.json", "{ \"name\": \"package\" }")).Diagnostics);

        Assert.Equal("TGEN002", diagnostic.Id);
    }

    [Fact]
    public void An_invalid_client_name_is_reported()
    {
        var diagnostic = Assert.Single(GeneratorHarness.Run(new SpecText("/specs/mini.json", MiniSpecs.WithOperation("getThing"), "Good.Namespace", "not-a-name")).Diagnostics);

        Assert.Equal("TGEN012", diagnostic.Id);
        Assert.Contains("not-a-name", diagnostic.GetMessage());
    }

    [Fact]
    public void Settings_left_out_default_to_the_root_namespace_and_the_file_name()
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/petstore.openapi.json", MiniSpecs.WithOperation("getThing"), ns: null, clientName: null));

        Assert.Empty(run.Diagnostics);
        Assert.NotNull(run.Output.GetTypeByMetadataName("Consumer.PetstoreClient"));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Consumer.IPetstoreClient"));
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Every_diagnostic_has_a_help_link_and_a_known_id_prefix()
    {
        foreach (var field in typeof(Diagnostics.DiagnosticDescriptors).GetFields().Where(f => f.FieldType == typeof(DiagnosticDescriptor)))
        {
            var descriptor = (DiagnosticDescriptor)field.GetValue(null)!;
            Assert.StartsWith("TGEN", descriptor.Id);
            Assert.EndsWith("#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
        }
    }
}
