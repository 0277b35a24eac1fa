using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// OpenAPI 3.2 documents through the Roslyn driver: which versions are read, the located diagnostics for the 3.2
/// constructs that cannot be honoured, the documentation 3.2's summaries give, and a baseline diff over 3.2 methods.
/// (The wire behaviour of each construct is in the Features tests' features32 spec.)
/// </summary>
public sealed class OpenApi32GenerationTests
{
    private const string Spec = """
        openapi: 3.2.0
        info:
          title: Shop
          version: 1.0.0
        tags:
          - name: store
            summary: The store
          - name: orders
            summary: Orders and their lines
            parent: store
            kind: nav
        paths:
          /orders:
            query:
              operationId: findOrders
              tags: [orders]
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        text:
                          type: string
              responses:
                "200":
                  summary: The matches
                  description: Every order that matches, newest first.
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          type: string
          /orders/{id}:
            parameters:
              - name: id
                in: path
                required: true
                schema:
                  type: string
            get:
              operationId: getOrder
              responses:
                "204":
                  description: Done.
            additionalOperations:
              COPY:
                operationId: copyOrder
                responses:
                  "201":
                    description: Copied.
        """;

    private static GeneratorRun Run(string text, string path = "/specs/shop.yaml") =>
        GeneratorHarness.Run(new SpecText(path, text, "Shop", "ShopClient"));

    /// <summary>The one-based line and column a diagnostic points at.</summary>
    internal static (int Line, int Column) Where(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    [Theory]
    [InlineData("3.2.0")]
    [InlineData("3.2.1")]
    public void A_3_2_document_generates_and_compiles_clean(string version)
    {
        var run = Run(Spec.Replace("openapi: 3.2.0", "openapi: " + version, StringComparison.Ordinal));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var client = run.Source("ShopClient.g.cs");
        Assert.Contains("OperationTag FindOrdersOperation = new(\"QUERY\", ", client, StringComparison.Ordinal);
        Assert.Contains("OperationTag CopyOrderOperation = new(\"COPY\", ", client, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/orders/*#COPY", new[] { "CopyOrder" })]
    [InlineData("/orders/**#copy,QUERY", new[] { "FindOrders", "CopyOrder" })]
    [InlineData("/orders/{id}#GET", new[] { "GetOrder" })]
    public void A_filter_selects_an_additional_operation_by_its_method(string includePaths, string[] expected)
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/shop.yaml", Spec, "Shop", "ShopClient") { IncludePaths = includePaths });

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        Assert.Equal(
            expected,
            new[] { "FindOrders", "GetOrder", "CopyOrder" }.Where(name => run.Output.GetTypeByMetadataName("Shop." + name + "Result") is not null));
    }

    [Theory]
    [InlineData("3.3.0")]
    [InlineData("4.0.0")]
    public void A_later_version_is_refused_at_its_openapi_field(string version)
    {
        var text = Spec.Replace("openapi: 3.2.0", "openapi: " + version, StringComparison.Ordinal);

        var diagnostic = Assert.Single(Run(text).Diagnostics);

        Assert.Equal("TGEN015", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("OpenAPI version '" + version + "' is not supported; 3.0.x, 3.1.x and 3.2.x are", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal((1, 10), Where(diagnostic));
    }

    [Fact]
    public void A_3_2_operation_without_responses_is_allowed_as_in_3_1()
    {
        var text = Spec.Replace("""
                    responses:
                      "201":
                        description: Copied.
            """, string.Empty, StringComparison.Ordinal);

        var diagnostic = Assert.Single(Run(text).Diagnostics);

        Assert.Equal("TGEN017", diagnostic.Id);
    }

    [Fact]
    public void Response_and_tag_summaries_document_the_case_and_the_method()
    {
        var run = Run(Spec);

        var result = run.Source("ShopClient.FindOrdersResult.g.cs");
        Assert.Contains("/// <summary>HTTP 200: The matches</summary>", result, StringComparison.Ordinal);
        Assert.Contains("/// <remarks>Every order that matches, newest first.</remarks>", result, StringComparison.Ordinal);
        Assert.Contains("store › orders: Orders and their lines.", run.Source("ShopClient.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BAD METHOD", "'BAD METHOD' is not an HTTP method name")]
    [InlineData("\"COPY/2\"", "'COPY/2' is not an HTTP method name")]
    [InlineData("Get", "'Get' in additionalOperations is the method of the path item's 'get' field, where it belongs; the operation is left out")]
    [InlineData("QUERY", "'QUERY' in additionalOperations is the method of the path item's 'query' field, where it belongs; the operation is left out")]
    public void An_additional_operation_whose_method_cannot_be_sent_is_reported_at_its_key_and_left_out(string key, string message)
    {
        var text = Spec.Replace("      COPY:", "      " + key + ":", StringComparison.Ordinal);

        var run = Run(text);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN045", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.StartsWith(message, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(SpecDiffTests.Position(text, key + ":"), Where(diagnostic));
        var client = run.Source("ShopClient.g.cs");
        Assert.DoesNotContain("CopyOrderAsync", client, StringComparison.Ordinal);
        Assert.Contains("GetOrderAsync", client, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Methods_that_differ_only_in_case_are_two_operations_with_unique_names()
    {
        // HTTP methods are case-sensitive: COPY and copy are two methods, each sent as written.
        var text = Spec.Replace(
            "      COPY:\n        operationId: copyOrder\n",
            "      COPY:\n        responses:\n          \"204\":\n            description: Done.\n      copy:\n",
            StringComparison.Ordinal);

        var run = Run(text);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var client = run.Source("ShopClient.g.cs");
        Assert.Contains("ApiRequest.Message(CopyOrdersByIdOperation, path", client, StringComparison.Ordinal);
        Assert.Contains("ApiRequest.Message(CopyOrdersById2Operation, path", client, StringComparison.Ordinal);
        Assert.Contains("OperationTag CopyOrdersByIdOperation = new(\"COPY\", \"CopyOrdersById\", ", client, StringComparison.Ordinal);
        Assert.Contains("OperationTag CopyOrdersById2Operation = new(\"copy\", \"CopyOrdersById2\", ", client, StringComparison.Ordinal);
    }

    private const string QueryStringSpec = """
        openapi: 3.2.0
        info:
          title: Shop
          version: 1.0.0
        paths:
          /search:
            get:
              operationId: search
              parameters:
                - name: filter
                  in: querystring
                  content:
                    application/x-www-form-urlencoded:
                      schema:
                        type: object
                        properties:
                          name:
                            type: string
                - name: page
                  in: query
                  schema:
                    type: integer
              responses:
                "204":
                  description: Done.
          /other:
            get:
              operationId: other
              responses:
                "204":
                  description: Done.
        """;

    [Fact]
    public void A_querystring_parameter_beside_query_parameters_is_reported_and_the_operation_left_out()
    {
        var run = Run(QueryStringSpec);

        var diagnostics = run.Diagnostics;
        // The operation it is in is left out, and TGEN026 names it.
        Assert.Contains(diagnostics, d => d.Id == "TGEN026");
        var diagnostic = Assert.Single(diagnostics, d => d.Id is not ("TGEN026" or "TGEN053"));
        Assert.Equal("TGEN046", diagnostic.Id);
        Assert.Equal("Parameter 'filter' is the whole query string (in: querystring), and the operation also has in: query parameters (page); the operation is left out", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(SpecDiffTests.Position(QueryStringSpec, "name: filter"), Where(diagnostic));
        Assert.DoesNotContain("SearchAsync", run.Source("ShopClient.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void A_querystring_form_of_a_oneOf_sends_the_fields_of_the_variant_held()
    {
        // A oneOf of classes was refused as a query string form (TGEN046: not an object) and its operation left out,
        // where a form body of the same schema sends the fields of the variant held (of the hierarchy class its value
        // is); a variant that is no object goes as its JSON, as in a body.
        const string Text = """
            openapi: 3.2.0
            info:
              title: Search
              version: "1"
            servers:
              - url: https://example.test
            paths:
              /search:
                get:
                  operationId: search
                  parameters:
                    - name: filter
                      in: querystring
                      required: true
                      content:
                        application/x-www-form-urlencoded:
                          schema:
                            oneOf:
                              - $ref: "#/components/schemas/Pet"
                              - $ref: "#/components/schemas/Place"
                              - type: string
                  responses:
                    "204":
                      description: found
            components:
              schemas:
                Place:
                  type: object
                  required: [city]
                  properties:
                    city:
                      type: string
                    zip:
                      type: string
                  anyOf:
                    - required: [zip]
                    - required: [city]
                Pet:
                  type: object
                  required: [kind]
                  properties:
                    kind:
                      type: string
                    name:
                      type: string
                  discriminator:
                    propertyName: kind
                    mapping:
                      cat: "#/components/schemas/Cat"
                Cat:
                  allOf:
                    - $ref: "#/components/schemas/Pet"
                    - type: object
                      properties:
                        lives:
                          type: integer
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/search.yaml", Text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var sent = RequestProbe.Sent(run, "querystring-union", "request.RequestUri!.OriginalString", """
            client.SearchAsync(new Tallyfy.Cat { Name = "Tom", Lives = 9 }).GetAwaiter().GetResult();
            client.SearchAsync(new Tallyfy.Place { City = "Oslo" }).GetAwaiter().GetResult();
            client.SearchAsync("near me").GetAwaiter().GetResult();
            """);

        Assert.Equal(
            new[]
            {
                "https://example.test/search?kind=cat&name=Tom&lives=9",
                "https://example.test/search?city=Oslo",
                "https://example.test/search?%22near%20me%22",
            },
            sent);
    }

    [Fact]
    public void A_querystring_forms_undeclared_members_and_a_map_querystring_are_sent_field_by_field()
    {
        // A query string form sent its class's declared fields only, so what AdditionalProperties held was lost; and a
        // map (additionalProperties alone), or a free-form object (type: object alone), was refused (TGEN046) and its
        // operation left out.
        const string Text = """
            openapi: 3.2.0
            info:
              title: Search
              version: "1"
            servers:
              - url: https://example.test
            paths:
              /search:
                get:
                  operationId: search
                  parameters:
                    - name: filter
                      in: querystring
                      required: true
                      content:
                        application/x-www-form-urlencoded:
                          schema:
                            $ref: "#/components/schemas/Filter"
                  responses:
                    "204":
                      description: found
              /tags:
                get:
                  operationId: byTags
                  parameters:
                    - name: tags
                      in: querystring
                      content:
                        application/x-www-form-urlencoded:
                          schema:
                            type: object
                            additionalProperties:
                              type: boolean
                  responses:
                    "204":
                      description: found
              /any:
                get:
                  operationId: byAnything
                  parameters:
                    - name: terms
                      in: querystring
                      content:
                        application/x-www-form-urlencoded:
                          schema:
                            type: object
                  responses:
                    "204":
                      description: found
            components:
              schemas:
                Filter:
                  type: object
                  properties:
                    q:
                      type: string
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/search.yaml", Text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var sent = RequestProbe.Sent(run, "querystring-extras", "request.RequestUri!.OriginalString", """
            var members = System.Text.Json.JsonSerializer.Deserialize<System.Collections.Generic.Dictionary<string, System.Text.Json.JsonElement>>("{\"page\":2,\"sort\":\"new first\",\"none\":null}")!;
            client.SearchAsync(new Tallyfy.Filter { Q = "cats", AdditionalProperties = members }).GetAwaiter().GetResult();
            client.ByTagsAsync(new System.Collections.Generic.Dictionary<string, bool> { ["red"] = true, ["big"] = false }).GetAwaiter().GetResult();
            client.ByTagsAsync().GetAwaiter().GetResult();
            client.ByAnythingAsync(new System.Collections.Generic.Dictionary<string, string> { ["q"] = "a b", ["n"] = "1" }).GetAwaiter().GetResult();
            """);

        Assert.Equal(
            new[]
            {
                "https://example.test/search?q=cats&page=2&sort=new+first",
                "https://example.test/tags?red=true&big=false",
                "https://example.test/tags",
                "https://example.test/any?q=a+b&n=1",
            },
            sent);
    }

    [Fact]
    public void A_querystring_form_carries_the_fields_of_one_required_only_alternative_and_of_the_class_the_value_is()
    {
        // As a form body is held to its schema's required-only oneOf alternatives and sends the fields of the hierarchy
        // class its value is, so is a query string sent as a form.
        const string Text = """
            openapi: 3.2.0
            info:
              title: Mappings
              version: "1"
            servers:
              - url: https://example.test
            paths:
              /mappings:
                get:
                  operationId: findMappings
                  parameters:
                    - name: filter
                      in: querystring
                      required: true
                      content:
                        application/x-www-form-urlencoded:
                          schema:
                            $ref: "#/components/schemas/Mapping"
                  responses:
                    "204":
                      description: found
              /pets:
                get:
                  operationId: findPets
                  parameters:
                    - name: filter
                      in: querystring
                      content:
                        application/x-www-form-urlencoded:
                          schema:
                            $ref: "#/components/schemas/Pet"
                  responses:
                    "204":
                      description: found
            components:
              schemas:
                Pet:
                  type: object
                  required: [kind]
                  properties:
                    kind:
                      type: string
                    name:
                      type: string
                  discriminator:
                    propertyName: kind
                    mapping:
                      cat: "#/components/schemas/Cat"
                Cat:
                  allOf:
                    - $ref: "#/components/schemas/Pet"
                    - type: object
                      properties:
                        lives:
                          type: integer
                Mapping:
                  type: object
                  oneOf:
                    - required: [orgID, bucketID]
                    - required: [org, bucketID]
                  properties:
                    bucketID:
                      type: string
                    org:
                      type: string
                    orgID:
                      type: string
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/mappings.yaml", Text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var sent = RequestProbe.Sent(run, "querystring-required-alternatives", "request.RequestUri!.OriginalString", """
            try
            {
                client.FindMappingsAsync(new Tallyfy.Mapping { BucketId = "b" }).GetAwaiter().GetResult();
            }
            catch (System.ArgumentException e)
            {
                recorder.Sent.Add("not sent: " + e.Message);
            }

            client.FindMappingsAsync(new Tallyfy.Mapping { BucketId = "b", Org = "o" }).GetAwaiter().GetResult();
            client.FindMappingsAsync(new Tallyfy.Mapping { BucketId = "b", OrgId = "1" }).GetAwaiter().GetResult();
            client.FindPetsAsync(new Tallyfy.Cat { Name = "Tom", Lives = 9 }).GetAwaiter().GetResult();
            """);

        Assert.Equal(
            new[]
            {
                "not sent: Required properties of Mapping are not set: a request must carry 'orgID' or 'org'.",
                "https://example.test/mappings?bucketID=b&org=o",
                "https://example.test/mappings?bucketID=b&orgID=1",
                "https://example.test/pets?kind=cat&name=Tom&lives=9",
            },
            sent);
    }

    [Fact]
    public void Two_querystring_parameters_are_reported_at_the_second()
    {
        var text = QueryStringSpec.Replace("name: page\n          in: query", "name: page\n          in: querystring\n          content:\n            text/plain: {}", StringComparison.Ordinal);

        var diagnostics = Run(text).Diagnostics;
        // The operation it is in is left out, and TGEN026 names it.
        Assert.Contains(diagnostics, d => d.Id == "TGEN026");
        var diagnostic = Assert.Single(diagnostics, d => d.Id is not ("TGEN026" or "TGEN053"));

        Assert.Equal("TGEN046", diagnostic.Id);
        Assert.StartsWith("Parameter 'page' is a second in: querystring parameter besides 'filter'", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(SpecDiffTests.Position(text, "name: page"), Where(diagnostic));
    }

    [Theory]
    [InlineData("          content:\n            application/x-www-form-urlencoded:\n              schema:\n                type: object\n                properties:\n                  name:\n                    type: string\n", "", "which needs 'content' with exactly one media type")]
    [InlineData("                type: object\n                properties:\n                  name:\n                    type: string\n", "                type: string\n", "whose schema must be an object")]
    public void A_querystring_parameter_without_usable_content_is_reported(string content, string replacement, string message)
    {
        var text = QueryStringSpec.Replace("        - name: page\n          in: query\n          schema:\n            type: integer\n", string.Empty, StringComparison.Ordinal)
            .Replace(content, replacement, StringComparison.Ordinal);

        var run = Run(text);

        var diagnostics = run.Diagnostics;
        // The operation it is in is left out, and TGEN026 names it.
        Assert.Contains(diagnostics, d => d.Id == "TGEN026");
        var diagnostic = Assert.Single(diagnostics, d => d.Id is not ("TGEN026" or "TGEN053"));
        Assert.Equal("TGEN046", diagnostic.Id);
        Assert.Contains(message, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain("SearchAsync", run.Source("ShopClient.g.cs"), StringComparison.Ordinal);
        Assert.Contains("OtherAsync", run.Source("ShopClient.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/specs/shop.yaml")]
    [InlineData("https://api.example.test/specs/shop.yaml#top")]
    [InlineData("urn:example:shop")]
    public void A_self_that_cannot_be_a_base_uri_is_reported_at_its_value(string self)
    {
        var text = Spec.Replace("info:", "$self: '" + self + "'\ninfo:", StringComparison.Ordinal);

        var diagnostic = Assert.Single(Run(text).Diagnostics);

        Assert.Equal("TGEN047", diagnostic.Id);
        Assert.Equal((2, 8), Where(diagnostic));
    }

    private const string SelfSpec = """
        openapi: 3.2.0
        $self: https://api.example.test/apis/shop/v2/openapi.yaml
        info:
          title: Shop
          version: 1.0.0
        paths:
          /pets:
            get:
              operationId: getPet
              responses:
                "200":
                  description: A pet.
                  content:
                    application/json:
                      schema:
                        $ref: 'https://api.example.test/apis/shared/pet.yaml#/Pet'
          /own:
            get:
              operationId: getOwn
              responses:
                "200":
                  description: Through this document's own URI.
                  content:
                    application/json:
                      schema:
                        $ref: 'openapi.yaml#/components/schemas/Own'
        components:
          schemas:
            Own:
              type: object
              properties:
                id:
                  type: string
        """;

    private const string SharedPet = """
        Pet:
          type: object
          properties:
            name:
              type: string
        """;

    [Fact]
    public void Self_makes_references_resolve_against_the_documents_uri()
    {
        // On disk the spec is /repo/apis/shop/v2/shop.yaml: 'openapi.yaml' is only this document through $self, and the
        // absolute URI of the shared file maps onto the file at the same place beside it.
        var run = GeneratorHarness.Run(
            new SpecText("/repo/apis/shop/v2/shop.yaml", SelfSpec, "Shop", "ShopClient"),
            new SpecText("/repo/apis/shared/pet.yaml", SharedPet, isOpenApiClient: false));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        Assert.Contains("ShopClient.Models.Pet.g.cs", run.Sources.Select(s => s.HintName));
        Assert.Contains("Task<GetOwnResult> GetOwnAsync(", run.Source("ShopClient.g.cs"), StringComparison.Ordinal);
        Assert.Contains("public Own Body =>", run.Source("ShopClient.GetOwnResult.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_self_the_same_references_do_not_resolve()
    {
        var text = SelfSpec.Replace("$self: https://api.example.test/apis/shop/v2/openapi.yaml\n", string.Empty, StringComparison.Ordinal);

        var run = GeneratorHarness.Run(
            new SpecText("/repo/apis/shop/v2/shop.yaml", text, "Shop", "ShopClient"),
            new SpecText("/repo/apis/shared/pet.yaml", SharedPet, isOpenApiClient: false));

        Assert.Equal(2, run.Diagnostics.Count(d => d.Id == "TGEN004"));
    }

    [Fact]
    public void A_reference_through_self_to_another_origin_is_a_url_reference()
    {
        var text = SelfSpec.Replace("https://api.example.test/apis/shared/pet.yaml#/Pet", "https://elsewhere.example.test/pet.yaml#/Pet", StringComparison.Ordinal);

        var diagnostics = Run(text, "/repo/apis/shop/v2/shop.yaml").Diagnostics;
        // The operation it is in is left out, and TGEN026 names it.
        Assert.Contains(diagnostics, d => d.Id == "TGEN026");
        var diagnostic = Assert.Single(diagnostics, d => d.Id is not ("TGEN026" or "TGEN053"));

        Assert.Equal("TGEN004", diagnostic.Id);
        Assert.Contains("references to URLs are not followed", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(SpecDiffTests.Position(text, "'https://elsewhere"), Where(diagnostic));
    }

    private const string DeviceSpec = """
        openapi: 3.2.0
        info:
          title: Shop
          version: 1.0.0
        security:
          - device: []
        paths:
          /ping:
            get:
              operationId: ping
              responses:
                "204":
                  description: Done.
        components:
          securitySchemes:
            device:
              type: oauth2
              deprecated: true
              flows:
                deviceAuthorization:
                  deviceAuthorizationUrl: https://auth.example.test/device
                  tokenUrl: https://auth.example.test/token
                  refreshUrl: https://auth.example.test/refresh
                  scopes: {}
              oauth2MetadataUrl: https://auth.example.test/.well-known/oauth-authorization-server
        """;

    [Fact]
    public void The_device_authorization_flow_is_described_by_the_credentials_class()
    {
        var run = Run(DeviceSpec);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var credentials = run.Source("ShopClientCredentials.g.cs");
        Assert.Contains("public static class DeviceDeviceAuthorization", credentials, StringComparison.Ordinal);
        Assert.Contains("public const string DeviceAuthorizationUrl = \"https://auth.example.test/device\";", credentials, StringComparison.Ordinal);
        Assert.Contains("public const string TokenUrl = \"https://auth.example.test/token\";", credentials, StringComparison.Ordinal);
        Assert.Contains("public const string RefreshUrl = \"https://auth.example.test/refresh\";", credentials, StringComparison.Ordinal);
        Assert.Contains("Scopes { get; } = Array.Empty<string>();", credentials, StringComparison.Ordinal);
        Assert.Contains("Deprecated: the spec marks this security scheme as deprecated.", credentials, StringComparison.Ordinal);
    }

    [Fact]
    public void An_oauth2_metadata_url_is_a_constant_of_the_credentials_class()
    {
        // OpenAPI 3.2's oauth2MetadataUrl (RFC 8414) was read by nothing: the code that obtains a token had to find the
        // authorization server's metadata by hand.
        var run = Run(DeviceSpec);

        Assert.Empty(run.Diagnostics);
        var probe = run.Load("""
            public static class Probe
            {
                public static string Run() => Shop.ShopClientCredentials.DeviceMetadataUrl;
            }
            """, "oauth-metadata");
        Assert.Equal("https://auth.example.test/.well-known/oauth-authorization-server", probe.GetType("Probe")!.GetMethod("Run")!.Invoke(null, null));
        Assert.Contains("(OAuth 2 authorization server metadata, RFC 8414)", run.Source("ShopClientCredentials.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_server_is_a_constant_of_the_client_a_request_can_be_sent_to()
    {
        // OpenAPI 3.2 gives a server a name (production, sandbox): only ServerUrls listed them, by position.
        const string Text = """
            openapi: 3.2.0
            info:
              title: Shop
              version: 1.0.0
            servers:
              - url: https://api.example.test/v1
                name: production
                description: The live API.
              - url: https://{region}.sandbox.example.test
                name: Sandbox Server
                variables:
                  region:
                    default: eu
              - url: https://unnamed.example.test
            paths:
              /ping:
                get:
                  operationId: ping
                  responses:
                    "204":
                      description: Done.
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/servers.yaml", Text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var sent = RequestProbe.Sent(run, "named-servers", "request.RequestUri!.OriginalString", """
            client.PingAsync().GetAwaiter().GetResult();
            new Tallyfy.TallyfyClient(new HttpClient(recorder), new System.Uri(Tallyfy.TallyfyClient.SandboxServerUrl)).PingAsync().GetAwaiter().GetResult();
            recorder.Sent.Add(Tallyfy.TallyfyClient.ProductionServerUrl);
            """);

        Assert.Equal(new[] { "https://api.example.test/v1/ping", "https://eu.sandbox.example.test/ping", "https://api.example.test/v1" }, sent);
        Assert.Contains("The server the spec names <c>production</c>: The live API.", run.Source("TallyfyClient.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deviceAuthorizationUrl")]
    [InlineData("tokenUrl")]
    public void A_device_flow_without_one_of_its_urls_is_reported_at_the_flow(string missing)
    {
        var line = DeviceSpec.Split('\n').Single(l => l.TrimStart().StartsWith(missing + ":", StringComparison.Ordinal));
        var text = DeviceSpec.Replace(line + "\n", string.Empty, StringComparison.Ordinal);

        var run = Run(text);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN048", diagnostic.Id);
        Assert.Equal("The deviceAuthorization flow of security scheme 'device' has no '" + missing + "'; the credentials class does not describe that flow", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(SpecDiffTests.Position(text, missing == "tokenUrl" ? "deviceAuthorizationUrl" : "tokenUrl").Line, Where(diagnostic).Line);
        Assert.DoesNotContain("DeviceDeviceAuthorization", run.Source("ShopClientCredentials.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
    }

    private const string ItemEncodingSpec = """
        openapi: 3.2.0
        info:
          title: Shop
          version: 1.0.0
        paths:
          /parts:
            get:
              operationId: getParts
              responses:
                "200":
                  description: The parts, one after another.
                  content:
                    multipart/mixed:
                      itemSchema:
                        type: string
                        format: binary
                      itemEncoding:
                        contentType: image/png
          /feed:
            get:
              operationId: getFeed
              responses:
                "200":
                  description: Items as JSON Lines.
                  content:
                    application/jsonl:
                      itemSchema:
                        type: object
                        properties:
                          id:
                            type: string
        """;

    [Fact]
    public void An_item_encoding_is_reported_where_it_is_written_and_the_operation_still_generates()
    {
        var run = Run(ItemEncodingSpec);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN049", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("The itemEncoding of 'multipart/mixed' is not applied: that body is sent or read whole as 'multipart/mixed', not part by part", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        var position = SpecDiffTests.Position(ItemEncodingSpec, "contentType: image/png");
        Assert.Equal(position.Line, Where(diagnostic).Line);
        Assert.Empty(run.CompilationProblems());
        var source = string.Concat(run.Sources.Select(s => s.SourceText.ToString()));
        Assert.Contains("GetPartsAsync", source, StringComparison.Ordinal);
        Assert.Contains("GetFeedAsync", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_multipart_body_with_an_item_encoding_sends_each_item_as_a_part_of_its_own()
    {
        // An itemEncoding on a multipart request body (OpenAPI 3.2's encoding by position) was reported as not applied
        // and the method took a MultipartContent the caller had to build: the list's items are now the argument, each
        // sent as a part in the itemEncoding's content type (the first concrete one it lists) or the item type's default.
        const string Text = """
            openapi: 3.2.0
            info:
              title: Shop
              version: 1.0.0
            servers:
              - url: https://example.test
            paths:
              /docs:
                post:
                  operationId: postDocs
                  requestBody:
                    required: true
                    content:
                      multipart/mixed:
                        schema:
                          type: array
                          items:
                            $ref: "#/components/schemas/Doc"
                        itemEncoding:
                          contentType: application/json
                  responses:
                    "204":
                      description: sent
              /images:
                post:
                  operationId: postImages
                  requestBody:
                    content:
                      multipart/related; type="image/png":
                        itemSchema:
                          type: string
                          format: binary
                        itemEncoding:
                          contentType: image/png, image/jpeg
                  responses:
                    "204":
                      description: sent
              /notes:
                post:
                  operationId: postNotes
                  requestBody:
                    required: true
                    content:
                      multipart/*:
                        schema:
                          type: array
                          items:
                            type: string
                        itemEncoding: {}
                  responses:
                    "204":
                      description: sent
              /counts:
                post:
                  operationId: postCounts
                  requestBody:
                    required: true
                    content:
                      multipart/mixed:
                        schema:
                          type: array
                          items:
                            type: integer
                        itemEncoding: {}
                  responses:
                    "204":
                      description: sent
              /xml:
                post:
                  operationId: postXml
                  requestBody:
                    required: true
                    content:
                      multipart/mixed:
                        schema:
                          type: array
                          items:
                            $ref: "#/components/schemas/Doc"
                        itemEncoding:
                          contentType: application/xml
                  responses:
                    "204":
                      description: sent
            components:
              schemas:
                Doc:
                  type: object
                  properties:
                    id:
                      type: string
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/parts.yaml", Text));

        // Items the client cannot write in the part's content type (a class as XML) stay the caller's parts, as before.
        Assert.Equal(new[] { "TGEN010", "TGEN049" }, run.Diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(SpecDiffTests.Position(Text, "contentType: application/xml").Line, Where(run.Diagnostics.Single(d => d.Id == "TGEN049")).Line);
        Assert.Empty(run.CompilationProblems());
        var sent = RequestProbe.Sent(run, "item-parts", """
            ((System.Func<string>)(() =>
            {
                var boundary = System.Linq.Enumerable.First(request.Content!.Headers.ContentType!.Parameters, p => p.Name == "boundary").Value!.Trim('"');
                return request.Content.Headers.ContentType.ToString().Replace(boundary, "B") + " " + content.Replace(boundary, "B").Replace("\r\n", "|");
            }))()
            """, """
            client.PostDocsAsync(new[] { new Tallyfy.Doc { Id = "a" }, new Tallyfy.Doc { Id = "b" } }).GetAwaiter().GetResult();
            client.PostImagesAsync(new[] { new Tallyfy.ApiFile(new System.IO.MemoryStream(new byte[] { 0x50, 0x4E, 0x47 })), new Tallyfy.ApiFile(new System.IO.MemoryStream(new byte[] { 0x4A }), contentType: "image/jpeg") }).GetAwaiter().GetResult();
            client.PostNotesAsync(new[] { "one", "two words" }).GetAwaiter().GetResult();
            client.PostCountsAsync(new long[] { 1, 22 }).GetAwaiter().GetResult();
            client.PostNotesAsync(System.Array.Empty<string>()).GetAwaiter().GetResult();
            try { client.PostNotesAsync(new string[] { "one", null! }).GetAwaiter().GetResult(); } catch (System.ArgumentNullException e) { recorder.Sent.Add("not sent: " + e.ParamName); }
            """);

        Assert.Equal(
            new[]
            {
                "multipart/mixed; boundary=\"B\" --B|Content-Type: application/json||{\"id\":\"a\"}|--B|Content-Type: application/json||{\"id\":\"b\"}|--B--|",
                "multipart/related; boundary=\"B\"; type=\"image/png\" --B|Content-Type: image/png||PNG|--B|Content-Type: image/jpeg||J|--B--|",
                "multipart/mixed; boundary=\"B\" --B|Content-Type: text/plain||one|--B|Content-Type: text/plain||two words|--B--|",
                "multipart/mixed; boundary=\"B\" --B|Content-Type: text/plain||1|--B|Content-Type: text/plain||22|--B--|",
                "multipart/mixed; boundary=\"B\" --B--|",
                "not sent: body",
            },
            sent);
    }

    [Fact]
    public void A_baseline_diff_finds_an_additional_operation_at_its_key()
    {
        var renamed = Spec.Replace("operationId: copyOrder", "operationId: duplicateOrder", StringComparison.Ordinal);
        var spec = new SpecText("/project/shop.yaml", renamed, "Shop", "ShopClient") { Baseline = "/project/shop.baseline.yaml" };
        var baseline = new SpecText("/project/shop.baseline.yaml", Spec, isOpenApiClient: false);

        var run = GeneratorHarness.Run(spec, baseline);

        var warning = Assert.Single(run.Diagnostics, d => d.Id == "TGEN020");
        Assert.Contains("CopyOrderAsync", warning.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(SpecDiffTests.Position(renamed, "COPY:"), Where(warning));
    }
}
