using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>The rest of the diagnostic catalogue, in JSON and YAML, each at its line and column.</summary>
public sealed class MoreDiagnosticTests
{
    [Fact]
    public void Invalid_yaml_points_at_the_line_of_the_error()
    {
        var text = "openapi: 3.0.3\ninfo:\n  title: x\n  version: \"1\n  other: [1, 2\n";

        var diagnostic = Assert.Single(GeneratorHarness.Run(new SpecText("/specs/broken.yaml", text)).Diagnostics);

        Assert.Equal("TGEN001", diagnostic.Id);
        Assert.Equal("/specs/broken.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.InRange(diagnostic.Location.GetLineSpan().StartLinePosition.Line, 3, 5);
    }

    [Fact]
    public void A_spec_file_that_does_not_exist_is_one_diagnostic_that_says_so()
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/missing.json", text: null));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN022", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("The spec file '/specs/missing.json' named by an OpenApiClient item does not exist or cannot be read", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal("/specs/missing.json", diagnostic.Location.GetLineSpan().Path);
        Assert.DoesNotContain(run.Sources, s => s.HintName.Contains("Missing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(".json")]
    [InlineData(".yaml")]
    public void Nesting_deeper_than_the_limit_is_reported_not_overflowed(string extension)
    {
        var depth = 400;
        var text = extension == ".json"
            ? "{\"openapi\":\"3.0.3\",\"x-deep\":" + new string('[', depth) + new string(']', depth) + "}"
            : "openapi: 3.0.3\nx-deep: " + new string('[', depth) + new string(']', depth) + "\n";

        var diagnostic = Assert.Single(GeneratorHarness.Run(new SpecText("/specs/deep" + extension, text)).Diagnostics);

        Assert.Equal("TGEN011", diagnostic.Id);
        Assert.StartsWith("The document is nested more than 256 levels deep", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(extension == ".json" ? 0 : 1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Yaml_aliases_that_expand_without_bound_are_refused()
    {
        var text = "openapi: 3.0.3\na: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var i = 0; i < 8; i++)
        {
            text += $"b{i}: &b{i} [" + string.Join(", ", Enumerable.Repeat(i == 0 ? "*a" : $"*b{i - 1}", 10)) + "]\n";
        }

        var run = GeneratorHarness.Run(new SpecText("/specs/laughs.yaml", text));

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "TGEN011");
        Assert.Matches("^The document expands to more than [0-9]+ nodes", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_invalid_parameter_location_is_reported_at_its_in_and_the_rest_generates()
    {
        var text = MiniSpecs.WithOperation("getThing").Replace(
            "\"parameters\": [ { \"name\": \"id\", \"in\": \"path\", \"required\": true, \"schema\": { \"type\": \"string\" } } ]",
            "\"parameters\": [ { \"name\": \"id\", \"in\": \"path\", \"required\": true, \"schema\": { \"type\": \"string\" } }, { \"name\": \"q\", \"in\": \"body\" } ]");

        var run = GeneratorHarness.Run(new SpecText("/specs/params.json", text));

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id != "TGEN026");
        Assert.Single(run.Diagnostics, d => d.Id == "TGEN026");
        Assert.Equal("TGEN007", diagnostic.Id);
        Assert.Contains("'body'", diagnostic.GetMessage());
        var lineText = text.Split('\n')[diagnostic.Location.GetLineSpan().StartLinePosition.Line];
        Assert.Equal("\"body\"", lineText.Substring(diagnostic.Location.GetLineSpan().StartLinePosition.Character, 6));
    }

    [Fact]
    public void A_keyword_of_the_wrong_type_is_reported_at_its_value()
    {
        var text = MiniSpecs.WithOperation("getThing").Replace("\"required\": [\"id\"]", "\"required\": \"id\"");

        var run = GeneratorHarness.Run(new SpecText("/specs/types.json", text));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN009", diagnostic.Id);
        Assert.Contains("'required' must be an array", diagnostic.GetMessage());
        var span = diagnostic.Location.GetLineSpan();
        Assert.StartsWith("\"id\"", text.Split('\n')[span.StartLinePosition.Line].Substring(span.StartLinePosition.Character));
    }

    [Fact]
    public void An_operation_without_responses_is_reported_and_skipped()
    {
        var text = MiniSpecs.WithOperation("getThing").Replace(
            "\"/things/{id}\": {",
            "\"/bare\": { \"post\": { \"operationId\": \"bare\" } },\n    \"/things/{id}\": {");

        var run = GeneratorHarness.Run(new SpecText("/specs/bare.json", text));

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id != "TGEN026");
        Assert.Single(run.Diagnostics, d => d.Id == "TGEN026");
        Assert.Equal("TGEN003", diagnostic.Id);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("\"/bare\"")), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.DoesNotContain(run.Sources, s => s.HintName.Contains("Bare"));
        Assert.Contains(run.Sources, s => s.HintName == "TallyfyClient.GetThingResult.g.cs");
    }

    [Fact]
    public void An_openapi_3_1_operation_without_responses_is_a_warning_and_its_union_has_only_the_undocumented_case()
    {
        var text = MiniSpecs.WithOperation("getThing").Replace("\"3.0.3\"", "\"3.1.0\"").Replace(
            "\"/things/{id}\": {",
            "\"/bare\": { \"post\": { \"operationId\": \"bare\" } },\n    \"/things/{id}\": {");

        var run = GeneratorHarness.Run(new SpecText("/specs/bare31.json", text));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN017", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("\"/bare\"")), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        var result = run.Sources.Single(s => s.HintName == "TallyfyClient.BareResult.g.cs").SourceText.ToString();
        Assert.Contains("class Undocumented", result);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(result, "public sealed (partial )?class "));
        Assert.Contains("BareAsync(", run.Sources.Single(s => s.HintName == "TallyfyClient.g.cs").SourceText.ToString());
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void An_unsupported_construct_is_a_warning_and_the_client_still_generates()
    {
        var text = MiniSpecs.WithOperation("getThing").Replace(
            "\"components\": {",
            "\"components\": {\n    \"securitySchemes\": { \"signed\": { \"type\": \"httpSignature\" } },");

        var run = GeneratorHarness.Run(new SpecText("/specs/signed.json", text));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN010", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(run.Sources, s => s.HintName == "TallyfyClient.GetThingResult.g.cs");
        Assert.Empty(run.CompilationProblems());
    }

    /// <summary>
    /// OpenAPI 3.1's <c>mutualTLS</c> puts nothing in a request: the client certificate is the TLS handshake's, which the
    /// caller's handler makes. So it is no unsupported construct (a warning, as it was) but an info that says where the
    /// certificate goes; an operation that requires it alone sends no credential, one that requires it with an API key
    /// sends the key.
    /// </summary>
    [Fact]
    public void Mutual_tls_is_an_info_that_leaves_the_certificate_to_the_handler()
    {
        var text = MiniSpecs.WithOperation("getThing").Replace("3.0.3", "3.1.0").Replace(
            "\"components\": {",
            "\"security\": [ { \"mutual\": [], \"key\": [] } ],\n  \"components\": {\n    \"securitySchemes\": { \"mutual\": { \"type\": \"mutualTLS\" }, \"key\": { \"type\": \"apiKey\", \"in\": \"header\", \"name\": \"X-Key\" } },");

        var run = GeneratorHarness.Run(new SpecText("/specs/tls.json", text));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN013", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Contains("SslOptions.ClientCertificates", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("\"mutual\": { \"type\"")), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        // The requirement { mutual, key } is met by sending the key (before, naming a scheme the client does not send dropped it whole).
        var client = run.Sources.Single(s => s.HintName == "TallyfyClient.g.cs").SourceText.ToString();
        Assert.Contains("new string[][] { new string[] { \"key\" } }", client);
        Assert.Contains("ApplyCredentials(request, Security1)", client);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Webhooks_are_an_info_diagnostic()
    {
        var text = "{ \"openapi\": \"3.1.0\", \"info\": { \"title\": \"w\", \"version\": \"1\" }, \"webhooks\": { \"ping\": { \"post\": { \"responses\": { \"200\": { \"description\": \"ok\" } } } } } }";

        var diagnostic = Assert.Single(GeneratorHarness.Run(new SpecText("/specs/hooks.json", text)).Diagnostics);

        Assert.Equal("TGEN013", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
    }

    /// <summary>
    /// An empty <c>webhooks</c> object (what @hono/zod-openapi writes into every 3.1 document) leaves nothing out: no
    /// diagnostic; nor does one holding only extensions.
    /// </summary>
    [Theory]
    [InlineData("{ }")]
    [InlineData("{ \"x-note\": \"none yet\" }")]
    public void Webhooks_without_a_webhook_say_nothing(string webhooks)
    {
        var text = MiniSpecs.WithOperation("getThing").Replace("3.0.3", "3.1.0").Replace("\"components\": {", "\"webhooks\": " + webhooks + ",\n  \"components\": {");

        var run = GeneratorHarness.Run(new SpecText("/specs/hooks.json", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
    }

    /// <summary>
    /// OpenAPI ignores a header parameter named Authorization, the security schemes' to send; the generator ignores it
    /// (info TGEN013 at it) only where one of the operation's schemes sends it. Where none does (a token of the API's
    /// own format, declared only as the parameter: 26 documents of the APIs.guru directory, 1,497 operations, among them
    /// cloud-elements', GoToMeeting's and Zuora's), it stays a parameter, or the client could not authenticate at all;
    /// so does an API key in another header.
    /// </summary>
    [Fact]
    public void An_authorization_header_parameter_is_ignored_only_where_a_scheme_of_the_operation_sends_it()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Tokens
              version: "1"
            components:
              securitySchemes:
                bearer: { type: http, scheme: bearer }
                key: { type: apiKey, in: header, name: X-Key }
                authKey: { type: apiKey, in: header, name: authorization }
            paths:
              /own:
                get:
                  operationId: getOwn
                  parameters:
                    - { name: Authorization, in: header, required: true, schema: { type: string } }
                  responses:
                    "204": { description: done }
              /keyed:
                get:
                  operationId: getKeyed
                  security: [{ key: [] }]
                  parameters:
                    - { name: Authorization, in: header, schema: { type: string } }
                  responses:
                    "204": { description: done }
              /bearer:
                get:
                  operationId: getBearer
                  security: [{ key: [] }, { bearer: [] }]
                  parameters:
                    - { name: authorization, in: header, required: true, schema: { type: string } }
                  responses:
                    "204": { description: done }
              /auth-key:
                get:
                  operationId: getAuthKey
                  security: [{ authKey: [] }]
                  parameters:
                    - { name: Authorization, in: header, required: true, schema: { type: string } }
                  responses:
                    "204": { description: done }
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/tokens.yaml", text));

        Assert.All(run.Diagnostics, d => Assert.Equal(("TGEN013", DiagnosticSeverity.Info), (d.Id, d.Severity)));
        // At the two parameters left out: /bearer's and /auth-key's.
        Assert.Equal(new[] { 30, 38 }, run.Diagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Line).Order());
        var client = run.Output.GetTypeByMetadataName("Tallyfy.TallyfyClient")!;
        string[] Parameters(string method) => client.GetMembers(method).OfType<IMethodSymbol>()
            .SelectMany(m => m.Parameters).Select(p => p.Name).Where(n => n != "cancellationToken").Distinct().ToArray();
        Assert.Equal(new[] { "authorization" }, Parameters("GetOwnAsync"));
        Assert.Equal(new[] { "authorization" }, Parameters("GetKeyedAsync"));
        Assert.Empty(Parameters("GetBearerAsync"));
        Assert.Empty(Parameters("GetAuthKeyAsync"));
        Assert.Empty(run.CompilationProblems());
    }

    /// <summary>
    /// A 204, 205 or 304 carries no content (RFC 9110), so content documented for one (api.video documents a JSON
    /// object for its 204s; found by Prism answering 204 with no body, which the case could not read) is left out with an
    /// info at it, and the case has no body.
    /// </summary>
    [Fact]
    public void Content_documented_for_a_204_is_an_info_and_the_case_has_no_body()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Logos
              version: "1"
            paths:
              /logo:
                delete:
                  operationId: deleteLogo
                  responses:
                    "204":
                      description: No Content
                      content:
                        application/json:
                          schema:
                            type: object
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/logo.yaml", text));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN013", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Contains("204", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Equal(12, diagnostic.Location.GetLineSpan().StartLinePosition.Line); // at the content left out
        var noContent = run.Output.GetTypeByMetadataName("Tallyfy.DeleteLogoResult+NoContent")!;
        Assert.Empty(noContent.GetMembers("Body"));
        Assert.Empty(run.CompilationProblems());
    }

    /// <summary>
    /// An answer to HEAD carries no content (RFC 9110: the server sends the headers a GET would, not its content), so
    /// content documented for one of its responses (Azure Batch's file-properties HEAD documents its error body; found by
    /// Prism answering with no body, which the case could not read) is left out with an info at it, and the case has no
    /// body: its headers are what the answer has. The other methods' responses keep theirs.
    /// </summary>
    [Fact]
    public void Content_documented_for_an_answer_to_HEAD_is_an_info_and_the_case_has_no_body()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Files
              version: "1"
            paths:
              /files/{name}:
                parameters:
                  - name: name
                    in: path
                    required: true
                    schema:
                      type: string
                head:
                  operationId: fileProperties
                  responses:
                    "200":
                      description: The file's properties
                      headers:
                        Content-Length:
                          schema:
                            type: integer
                      content:
                        application/json:
                          schema:
                            type: object
                    default:
                      description: An error
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Error"
                get:
                  operationId: getFile
                  responses:
                    default:
                      description: An error
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Error"
            components:
              schemas:
                Error:
                  type: object
                  properties:
                    message:
                      type: string
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/files.yaml", text));

        Assert.Equal(2, run.Diagnostics.Length);
        Assert.All(run.Diagnostics, diagnostic =>
        {
            Assert.Equal("TGEN013", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
            Assert.Contains("HEAD", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        });
        Assert.Equal(new[] { 22, 28 }, run.Diagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Line).Order()); // at each content left out
        Assert.Empty(run.Output.GetTypeByMetadataName("Tallyfy.FilePropertiesResult+Ok")!.GetMembers("Body"));
        Assert.Empty(run.Output.GetTypeByMetadataName("Tallyfy.FilePropertiesResult+Default")!.GetMembers("Body"));
        Assert.NotEmpty(run.Output.GetTypeByMetadataName("Tallyfy.GetFileResult+Default")!.GetMembers("Body"));
        Assert.Empty(run.CompilationProblems());
    }

    /// <summary>
    /// A '#' ends a URL's path, so the client sends the path before it; a parameter after it (Mastercard's
    /// <c>/send/#env/v1/{partnerId}/...</c>) is never sent, which a warning at the path says. A '#' without a parameter
    /// after it (Box's, AWS's way to tell operations on one path apart) is no mistake and says nothing.
    /// </summary>
    [Fact]
    public void A_path_parameter_after_a_hash_is_a_warning_and_the_path_before_the_hash_is_sent()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Transfers
              version: "1"
            paths:
              /send/#env/v1/{partnerId}/transfer:
                post:
                  operationId: createTransfer
                  parameters:
                    - { name: partnerId, in: path, required: true, schema: { type: string } }
                  responses:
                    "204":
                      description: Sent
              /folders/{id}#get_shared_link:
                get:
                  operationId: getSharedLink
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: string } }
                  responses:
                    "204":
                      description: Found
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/transfers.yaml", text));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN055", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("'partnerId' is never sent", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(5, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        var client = run.Source("TallyfyClient.g.cs");
        Assert.Contains("var path = _baseUrl + \"/send/\";", client, StringComparison.Ordinal);
        Assert.Contains("var path = _baseUrl + \"/folders/\" + ApiRequest.PathSegment(id, nameof(id));", client, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
    }

    /// <summary>
    /// A header or cookie name that is not a token (rapidapi's dynamicdocs sends its API keys in headers named
    /// <c>RapidAPI.com API Key</c>; notion's has a header parameter with an empty name) can go in no request: HttpClient
    /// drops such a credential header without a word and refuses such a parameter at call time. Each is a warning at
    /// its name in the spec, and is left out of the client; the valid ones beside them stay.
    /// </summary>
    [Fact]
    public void A_header_or_cookie_name_that_is_not_a_token_is_a_warning_and_is_left_out()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Docs
              version: "1"
            components:
              securitySchemes:
                spaced:
                  type: apiKey
                  in: header
                  name: RapidAPI.com API Key
                valid:
                  type: apiKey
                  in: header
                  name: X-Api-Key
                crumb:
                  type: apiKey
                  in: cookie
                  name: "session[id]"
            security:
              - spaced: []
              - valid: []
              - crumb: []
            paths:
              /templates/{token}/compile:
                post:
                  operationId: compile
                  parameters:
                    - { name: token, in: path, required: true, schema: { type: string } }
                    - { name: "", in: header, schema: { type: string } }
                    - { name: "X Trace", in: header, required: true, schema: { type: string } }
                    - { name: "a;b", in: cookie, schema: { type: string } }
                    - { name: X-Request-Id, in: header, schema: { type: string } }
                    - { name: "latex runs", in: query, schema: { type: integer } }
                  responses:
                    "204":
                      description: Compiled
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/docs.yaml", text));

        var diagnostics = run.Diagnostics.OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.All(diagnostics, d => Assert.Equal("TGEN056", d.Id));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(new[] { 9, 17, 28, 29, 30 }, diagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Line));
        var messages = diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
        Assert.StartsWith("Security scheme 'spaced' is left out: it sends its key in the header 'RapidAPI.com API Key', which no request can carry", messages[0], StringComparison.Ordinal);
        Assert.StartsWith("Security scheme 'crumb' is left out: it sends its key in the cookie 'session[id]'", messages[1], StringComparison.Ordinal);
        Assert.StartsWith("The header parameter '' of Compile is left out", messages[2], StringComparison.Ordinal);
        Assert.StartsWith("The header parameter 'X Trace' of Compile is left out", messages[3], StringComparison.Ordinal);
        Assert.StartsWith("The cookie parameter 'a;b' of Compile is left out", messages[4], StringComparison.Ordinal);

        var client = run.Source("TallyfyClient.g.cs");
        Assert.Contains("CompileAsync(string token, string? xRequestId = null, long? latexRuns = null,", client, StringComparison.Ordinal);
        Assert.DoesNotContain("X Trace", client, StringComparison.Ordinal);
        Assert.DoesNotContain("\"a;b\"", client, StringComparison.Ordinal);
        var credentials = run.Source("TallyfyClientCredentials.g.cs");
        Assert.Contains("\"X-Api-Key\"", credentials, StringComparison.Ordinal);
        Assert.DoesNotContain("API Key\"", credentials, StringComparison.Ordinal);
        Assert.DoesNotContain("session[id]", credentials, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
    }

    /// <summary>
    /// A '#' inside a placeholder is part of the parameter's name, not a fragment (found by the fuzz tests: the path
    /// was cut inside <c>{i#}</c>, and the generator failed on the spec); the whole template is the path.
    /// </summary>
    [Fact]
    public void A_hash_inside_a_placeholder_is_part_of_the_parameters_name()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Things
              version: "1"
            paths:
              /things/{i#}/parts#all:
                get:
                  operationId: getThing
                  parameters:
                    - { name: "i#", in: path, required: true, schema: { type: string } }
                  responses:
                    "204":
                      description: Found
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/things.yaml", text));

        Assert.Empty(run.Diagnostics);
        var client = run.Source("TallyfyClient.g.cs");
        Assert.Contains("_baseUrl + \"/things/\" + ApiRequest.PathSegment(i, nameof(i)) + \"/parts\";", client, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
    }
}
