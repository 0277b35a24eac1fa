using System;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// How the client's methods are written: an optional query parameter and a form field take one line each, and an
/// operation's description that only repeats its summary is said once. What goes on the wire is checked in the
/// Features and consumer-build tests.
/// </summary>
public sealed class ClientCodeShapeTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Shape, version: "1" }
        servers:
          - url: https://example.test
        paths:
          /things:
            post:
              operationId: addThing
              summary: Adds a thing.
              description: "Adds  a thing. "
              parameters:
                - { name: Page, in: query, schema: { type: integer } }
                - { name: Tags, in: query, explode: true, schema: { type: array, items: { type: string } } }
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema:
                      type: object
                      properties:
                        Name: { type: string }
                        Colors: { type: array, items: { type: string } }
              responses:
                "204": { description: done }
          /own:
            servers:
              - url: https://example.test/
            get:
              operationId: getOwn
              responses:
                "204": { description: done }
          /other:
            servers:
              - url: https://other.example.test
            get:
              operationId: getOther
              responses:
                "204": { description: done }
          /things/{id}:
            put:
              operationId: putThing
              summary: Puts a thing.
              description: Replaces the thing with the one given.
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
              responses:
                "204": { description: done }
        """;

    [Fact]
    public void An_optional_query_parameter_and_a_form_field_take_one_line_each()
    {
        var client = Client();

        Assert.Contains("\t\tif (page is { } pageValue) ApiRequest.AppendQuery(query, \"Page\", ApiRequest.Format(pageValue));\n", client, StringComparison.Ordinal);
        Assert.Contains("\t\tif (tags is { } tagsValue) foreach (var item in tagsValue) ApiRequest.AppendQuery(query, \"Tags\", ApiRequest.Format(item));\n", client, StringComparison.Ordinal);
        Assert.Contains("\t\t\tif (bodyValue.Name is { } field0) form.Add(new(\"Name\", ApiRequest.Format(field0)));\n", client, StringComparison.Ordinal);
        Assert.Contains("\t\t\tif (bodyValue.Colors is { } field1) foreach (var item in field1) form.Add(new(\"Colors\", ApiRequest.Format(item)));\n", client, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_that_repeats_the_summary_is_said_once()
    {
        var client = Client();

        Assert.Contains("\t/// <summary>Adds a thing.</summary>\n\t/// <remarks>POST /things</remarks>\n", client, StringComparison.Ordinal);
        Assert.Contains("\t/// <summary>Puts a thing.</summary>\n\t/// <remarks>\n\t/// Replaces the thing with the one given.\n", client, StringComparison.Ordinal);
    }

    [Fact]
    public void An_operations_own_server_is_the_default_base_url_when_it_is_that_url_else_one_literal_with_the_path()
    {
        var client = Client();

        Assert.Contains("var path = DefaultBaseUrl + \"/own\";", client, StringComparison.Ordinal);
        Assert.Contains("var path = \"https://other.example.test/other\";", client, StringComparison.Ordinal);
        Assert.Contains("var path = _baseUrl + \"/things\";", client, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("openapi: 3.0.3\ninfo: { title: R, version: \"1\" }\nservers:\n  - url: /rel/v2\n  - url: https://second.example.test\n", null, "https://second.example.test")]
    [InlineData("openapi: 3.0.3\ninfo: { title: R, version: \"1\" }\nservers:\n  - url: /rel/v2\n", "/rel/v2", null)]
    [InlineData("swagger: \"2.0\"\ninfo: { title: R, version: \"1\" }\nbasePath: /\n", null, null)]
    public void A_server_that_is_a_path_is_never_the_default_base_url_on_any_system(string head, string? basePath, string? baseUrl)
    {
        // System.Uri reads "/rel/v2" as an absolute file: URI on Linux and macOS (not on Windows): a server is a URL only with a scheme.
        var spec = head + "paths:\n  /q:\n    get:\n      operationId: getQ\n      responses:\n        \"204\": { description: done }\n";
        var run = GeneratorHarness.Run(new SpecText("/repo/relative.yaml", spec, "Rel", "RelClient"));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var client = run.Output.GetTypeByMetadataName("Rel.RelClient")!;
        Assert.Equal(basePath, client.GetMembers("DefaultBasePath").OfType<Microsoft.CodeAnalysis.IFieldSymbol>().SingleOrDefault()?.ConstantValue);
        Assert.Equal(baseUrl, client.GetMembers("DefaultBaseUrl").OfType<Microsoft.CodeAnalysis.IFieldSymbol>().SingleOrDefault()?.ConstantValue);
    }

    [Fact]
    public void A_spec_without_a_server_lists_none_in_plain_code()
    {
        var spec = "openapi: 3.0.3\ninfo: { title: R, version: \"1\" }\npaths:\n  /q:\n    get:\n      operationId: getQ\n      responses:\n        \"204\": { description: done }\n";
        var run = GeneratorHarness.Run(new SpecText("/repo/serverless.yaml", spec, "Rel", "RelClient"));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var source = run.Sources.Single(s => s.HintName == "RelClient.g.cs").SourceText.ToString();
        Assert.Contains("ServerUrls { get; } = Array.Empty<string>();", source, StringComparison.Ordinal);
    }

    private static string Client()
    {
        var run = GeneratorHarness.Run(new SpecText("/repo/shape.yaml", Spec, "Shape", "ShapeClient"));
        Assert.Empty(run.Diagnostics);
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        return run.Sources.Single(s => s.HintName == "ShapeClient.g.cs").SourceText.ToString();
    }
}
