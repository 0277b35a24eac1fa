using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// What the generated methods look like for bodies offered in several media types, empty path segments and servers
/// given per path item or operation; the wire behaviour itself is checked in the Features and conformance tests.
/// </summary>
public sealed class RequestWireGenerationTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Wire, version: "1" }
        servers:
          - url: https://example.test/api
        paths:
          /docs/{id}:
            servers:
              - url: /v2
            put:
              operationId: putDoc
              servers:
                - url: https://{host}.example.test/
                  variables:
                    host: { default: files }
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
                - { name: contentType, in: query, schema: { type: string } }
                - { name: body, in: header, schema: { type: string } }
              requestBody:
                content:
                  application/json:
                    schema: { type: object, properties: { text: { type: string } } }
                  text/plain:
                    schema: { type: string }
                  application/pdf:
                    schema: { type: string, format: binary }
              responses:
                "204": { description: done }
            get:
              operationId: getDoc
              parameters:
                - { name: id, in: path, required: true, schema: { type: string, enum: ["", a] } }
              responses:
                "204": { description: done }
          /strings/{name}/{code}/{raw}:
            post:
              operationId: postString
              parameters:
                - { name: name, in: path, required: true, schema: { type: string, minLength: 1 } }
                - { name: code, in: path, required: true, schema: { type: string, minLength: 0 } }
                - { name: raw, in: path, required: true, schema: { type: string, format: byte } }
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { type: string }
                  text/plain:
                    schema: { type: string }
              responses:
                "204": { description: done }
          /images:
            post:
              operationId: postImage
              security:
                - bearer: []
              requestBody:
                required: true
                content:
                  image/png:
                    schema: { type: string, format: binary }
                  image/jpeg:
                    schema: { type: string, format: binary }
              responses:
                "204": { description: done }
          /messages:
            post:
              operationId: postMessage
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: "#/components/schemas/Msg" }
                  application/x-www-form-urlencoded:
                    schema: { $ref: "#/components/schemas/Msg" }
                  multipart/form-data:
                    schema:
                      allOf:
                        - $ref: "#/components/schemas/Msg"
                        - { type: object, properties: { files: { type: array, items: { type: string, format: binary } } } }
              responses:
                "204": { description: done }
          /records:
            post:
              operationId: postRecord
              requestBody:
                required: true
                content:
                  application/*+json:
                    schema: { $ref: "#/components/schemas/Msg" }
                  application/json:
                    schema: { $ref: "#/components/schemas/Msg" }
                  application/*+xml:
                    schema: { $ref: "#/components/schemas/Msg" }
                  application/xml:
                    schema: { $ref: "#/components/schemas/Msg" }
              responses:
                "204": { description: done }
          /notes:
            post:
              operationId: postNote
              requestBody:
                content:
                  application/json:
                    schema: { $ref: "#/components/schemas/Msg" }
                  multipart/form-data:
                    schema: { $ref: "#/components/schemas/Msg" }
              responses:
                "204": { description: done }
          /shapes:
            post:
              operationId: postShape
              requestBody:
                content:
                  application/json:
                    schema: { type: object, properties: { x: { type: integer } } }
                  application/x-www-form-urlencoded:
                    schema:
                      oneOf:
                        - $ref: "#/components/schemas/Msg"
                        - { type: object, required: [y], properties: { y: { type: integer } } }
              responses:
                "204": { description: done }
        components:
          securitySchemes:
            bearer: { type: http, scheme: bearer }
          schemas:
            Msg:
              type: object
              required: [content]
              properties:
                content: { type: string }
                tags: { type: array, items: { type: string } }
        """;

    private static GeneratorRun Run()
    {
        var run = GeneratorHarness.Run(new SpecText("/repo/wire.yaml", Spec, "Wire", "WireClient"));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        return run;
    }

    private static IMethodSymbol[] Methods(GeneratorRun run, string name) =>
        run.Output.GetTypeByMetadataName("Wire.IWireClient")!.GetMembers(name).OfType<IMethodSymbol>().ToArray();

    private static string Client(GeneratorRun run) =>
        run.Sources.Single(s => s.HintName == "WireClient.g.cs").SourceText.ToString();

    [Fact]
    public void A_body_in_json_text_and_pdf_is_one_method_and_an_overload_per_other_kind_clear_of_the_parameters_names()
    {
        var run = Run();

        var methods = Methods(run, "PutDocAsync");
        Assert.Equal(3, methods.Length);
        // The body takes the next free name: "body" is the header parameter's.
        var bodies = methods.Select(m => m.Parameters.Single(p => p.Name == "body2")).ToArray();
        Assert.Equal(new[] { "Wire.PutDocRequest?", "string", "Wire.ApiFile" }, bodies.Select(p => p.Type.ToDisplayString()));
        Assert.Equal(new[] { true, false, false }, bodies.Select(p => p.HasExplicitDefaultValue));
        Assert.All(methods, m => Assert.Equal(new[] { "id", "body2", "contentType", "body", "cancellationToken" }, m.Parameters.Select(p => p.Name)));
        var source = Client(run);
        Assert.Contains(".TextContent((body2 ?? throw new ArgumentNullException(nameof(body2))), \"text/plain\")", source);
        Assert.Contains(".FileBody((body2 ?? throw new ArgumentNullException(nameof(body2))), \"application/pdf\")", source);
    }

    /// <summary>
    /// A multipart body no object's fields describe (Jira's attachments, an array schema; no schema; multipart/related,
    /// beside raw octets or alone; <c>multipart/*</c>) takes the parts as a <c>MultipartContent</c> the caller builds,
    /// checked against the operation's multipart type, never raw octets under a multipart type (no boundary); warning
    /// TGEN010 at each form that is not an object, and no file overload sends a multipart type.
    /// </summary>
    [Fact]
    public void A_multipart_body_no_object_describes_takes_a_MultipartContent_checked_against_its_type()
    {
        var text = """
            openapi: 3.0.3
            info: { title: Parts, version: "1" }
            paths:
              /attachments:
                post:
                  operationId: addAttachment
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema: { type: array, items: { type: object, properties: { name: { type: string } } } }
                  responses: { "204": { description: done } }
              /untyped:
                post:
                  operationId: postUntyped
                  requestBody:
                    content:
                      multipart/form-data: {}
                  responses: { "204": { description: done } }
              /related:
                post:
                  operationId: postRelated
                  requestBody:
                    required: true
                    content:
                      multipart/related; type="application/json":
                        schema: { type: object, properties: { meta: { type: string } } }
                  responses: { "204": { description: done } }
              /related-or-octets:
                post:
                  operationId: postRelatedOrOctets
                  requestBody:
                    required: true
                    content:
                      multipart/related: {}
                      application/octet-stream: {}
                  responses: { "204": { description: done } }
              /any:
                post:
                  operationId: postAny
                  requestBody:
                    required: true
                    content:
                      multipart/*: {}
                  responses: { "204": { description: done } }
            """;

        var run = GeneratorHarness.Run(new SpecText("/repo/parts.yaml", text, "Parts", "PartsClient"));

        // Beside info TGEN053 (the schemas the parts would have had are left out), a warning at each of the two forms that
        // are not objects; multipart/related and multipart/* are the caller's parts by their nature.
        var warnings = run.Diagnostics.Where(d => d.Id != "TGEN053").ToArray();
        Assert.All(warnings, d => Assert.Equal(("TGEN010", DiagnosticSeverity.Warning), (d.Id, d.Severity)));
        Assert.Equal(new[] { 10, 17 }, warnings.Select(d => d.Location.GetLineSpan().StartLinePosition.Line).Order());
        Assert.All(warnings, d => Assert.Contains("MultipartContent", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal));
        Assert.Empty(run.CompilationProblems());
        var client = run.Output.GetTypeByMetadataName("Parts.IPartsClient")!;
        string[] Bodies(string name) => client.GetMembers(name).OfType<IMethodSymbol>().Select(m => m.Parameters[0].Type.ToDisplayString()).ToArray();
        Assert.Equal(new[] { "System.Net.Http.MultipartContent" }, Bodies("AddAttachmentAsync"));
        Assert.Equal(new[] { "System.Net.Http.MultipartContent?" }, Bodies("PostUntypedAsync"));
        Assert.Equal(new[] { "System.Net.Http.MultipartContent" }, Bodies("PostRelatedAsync"));
        Assert.Equal(new[] { "System.IO.Stream" }, Bodies("PostRelatedOrOctetsAsync"));
        Assert.Equal(new[] { "System.Net.Http.MultipartContent" }, Bodies("PostAnyAsync"));
        var source = run.Sources.Single(s => s.HintName == "PartsClient.g.cs").SourceText.ToString();
        Assert.Contains(".MultipartParts((body ?? throw new ArgumentNullException(nameof(body))), \"multipart/form-data\", nameof(body))", source);
        Assert.Contains(".MultipartParts((body ?? throw new ArgumentNullException(nameof(body))), \"multipart/related; type=\\\"application/json\\\"\", nameof(body))", source);
        Assert.Contains(".MultipartParts((body ?? throw new ArgumentNullException(nameof(body))), \"multipart/*\", nameof(body))", source);
        Assert.DoesNotContain("FileBody", source);
    }

    [Fact]
    public void A_string_body_offered_as_json_and_text_is_one_method_sending_text()
    {
        var run = Run();

        var method = Assert.Single(Methods(run, "PostStringAsync"));
        Assert.Equal("string", method.Parameters.Single(p => p.Name == "body").Type.ToDisplayString());
        Assert.Contains(".TextContent((body ?? throw new ArgumentNullException(nameof(body))), \"text/plain\")", Client(run));
    }

    [Fact]
    public void Raw_octets_in_two_media_types_are_a_stream_and_a_file_overload_that_picks_the_type()
    {
        var run = Run();

        var methods = Methods(run, "PostImageAsync");
        Assert.Equal(new[] { "System.IO.Stream", "Wire.ApiFile" }, methods.Select(m => m.Parameters[0].Type.ToDisplayString()));
        var source = Client(run);
        Assert.DoesNotContain("cref=\"PostImageAsync\"", source); // no ambiguous cref
        Assert.Equal(2, source.Split("ApplyCredentials(request, Security1);").Length - 1); // both overloads, one shared array
        Assert.Contains(".StreamContent((body ?? throw new ArgumentNullException(nameof(body))), \"image/png\")", source);
        Assert.Contains(".FileBody((body ?? throw new ArgumentNullException(nameof(body))), \"image/png\")", source);
    }

    [Fact]
    public void A_json_body_also_offered_as_a_form_of_another_schema_has_an_overload_that_sends_the_form()
    {
        var run = Run();

        // Discord's shape: the URL-encoded form is the JSON body's own schema (no overload), the multipart one adds files.
        var methods = Methods(run, "PostMessageAsync");
        Assert.Equal(new[] { "Wire.Msg", "Wire.PostMessageMultipartRequest" }, methods.Select(m => m.Parameters[0].Type.ToDisplayString()));
        Assert.All(methods, m => Assert.False(m.Parameters[0].HasExplicitDefaultValue));
        var files = run.Output.GetTypeByMetadataName("Wire.PostMessageMultipartRequest")!.GetMembers("Files").OfType<IPropertySymbol>().Single();
        Assert.Equal("System.Collections.Generic.IReadOnlyList<Wire.ApiFile>?", files.Type.ToDisplayString());
        var source = Client(run);
        Assert.Contains("if (body.Files is { } field2) foreach (var item in field2) ApiRequest.AddPart(multipart, ApiRequest.FileContent(item), \"files\", item.FileName);", source);
        Assert.Contains("This overload sends the body as a form (multipart/form-data).", source);
        Assert.DoesNotContain("cref=\"PostMessageAsync\"", source);

        // A form of the JSON body's own schema adds nothing a caller could choose by type.
        var note = Assert.Single(Methods(run, "PostNoteAsync"));
        Assert.Equal("Wire.Msg?", note.Parameters[0].Type.ToDisplayString());
    }

    [Fact]
    public void A_concrete_media_type_is_sent_before_a_wildcard_of_its_kind()
    {
        var run = Run();

        // As ASP.NET Core lists them (credas.co.uk in APIs.guru): a wildcard before the concrete type, JSON and XML.
        var methods = Methods(run, "PostRecordAsync");
        Assert.Equal(new[] { "Wire.Msg", "Wire.ApiFile" }, methods.Select(m => m.Parameters[0].Type.ToDisplayString()));
        var source = Client(run);
        Assert.Contains("Msg>.Writer), \"application/json\");", source);
        Assert.Contains(".FileBody((body ?? throw new ArgumentNullException(nameof(body))), \"application/xml\")", source);
    }

    [Fact]
    public void A_form_overload_of_a_union_sends_the_fields_of_the_variant_it_holds()
    {
        var run = Run();

        var methods = Methods(run, "PostShapeAsync");
        Assert.Equal(new[] { "Wire.PostShapeRequest?", "Wire.PostShapeFormRequest" }, methods.Select(m => m.Parameters[0].Type.ToDisplayString()));
        var source = Client(run);
        Assert.Contains("case PostShapeFormRequest.Msg variant:", source);
        Assert.Contains("content = new FormUrlEncodedContent(form);", source);
    }

    [Fact]
    public void The_empty_string_is_allowed_only_where_the_schema_admits_it()
    {
        var source = Client(Run());

        Assert.Contains(".PathSegment(ApiRequest.Format(id.Value), nameof(id), allowEmpty: true)", source); // enum: ["", a]
        Assert.Contains(".PathSegment(code, nameof(code), allowEmpty: true)", source); // minLength: 0
        Assert.Contains(".PathSegment(name, nameof(name))", source); // minLength: 1
        Assert.Contains(".PathSegment(ApiRequest.Format((raw ?? throw new global::System.ArgumentNullException(nameof(raw)))), nameof(raw))", source); // plain format: byte
        Assert.Contains(".PathSegment(id, nameof(id))", source); // plain string (putDoc)
    }

    [Fact]
    public void A_null_for_a_required_path_parameter_of_any_reference_type_is_refused_naming_it_before_sending()
    {
        // An object's null reached its JSON writer (a NullReferenceException), a Uri's its text: neither said which
        // argument was wrong, as a string's null does.
        const string Text = """
            openapi: 3.0.3
            info:
              title: Paths
              version: "1"
            servers:
              - url: https://example.test
            paths:
              /things/{filter}/{link}/{blob}/{ids}/{name}:
                get:
                  operationId: getThing
                  parameters:
                    - name: filter
                      in: path
                      required: true
                      schema:
                        type: object
                        properties:
                          color:
                            type: string
                    - name: link
                      in: path
                      required: true
                      schema:
                        type: string
                        format: uri
                    - name: blob
                      in: path
                      required: true
                      schema:
                        type: string
                        format: byte
                    - name: ids
                      in: path
                      required: true
                      schema:
                        type: array
                        items:
                          type: integer
                    - name: name
                      in: path
                      required: true
                      schema:
                        type: string
                  responses:
                    "204":
                      description: found
            """;
        var run = GeneratorHarness.Run(new SpecText("/specs/paths.yaml", Text));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());

        var sent = RequestProbe.Sent(run, "null-path-arguments", "request.RequestUri!.OriginalString", """
            var filter = new Tallyfy.Filter { Color = "red" };
            var link = new System.Uri("https://example.test/a");
            var blob = new byte[] { 1 };
            var ids = new long[] { 1, 2 };
            foreach (var call in new System.Func<Task>[]
            {
                () => client.GetThingAsync(null!, link, blob, ids, "n"),
                () => client.GetThingAsync(filter, null!, blob, ids, "n"),
                () => client.GetThingAsync(filter, link, null!, ids, "n"),
                () => client.GetThingAsync(filter, link, blob, null!, "n"),
                () => client.GetThingAsync(filter, link, blob, ids, null!),
                () => client.GetThingAsync(filter, link, blob, ids, "n"),
            })
            {
                try
                {
                    call().GetAwaiter().GetResult();
                }
                catch (System.Exception e)
                {
                    recorder.Sent.Add("not sent: " + e.GetType().Name + " " + ((e as System.ArgumentException)?.ParamName ?? e.Message));
                }
            }
            """);

        Assert.Equal(
            new[]
            {
                "not sent: ArgumentNullException filter",
                "not sent: ArgumentNullException link",
                "not sent: ArgumentNullException blob",
                "not sent: ArgumentNullException ids",
                "not sent: ArgumentNullException name",
                "https://example.test/things/color,red/https%3A%2F%2Fexample.test%2Fa/AQ%3D%3D/1,2/n",
            },
            sent);
    }

    [Fact]
    public void A_url_of_more_than_four_parts_is_one_interpolated_string_so_no_array_is_made_for_its_parts()
    {
        // string.Concat of five or more strings takes an array of them; an interpolated string does not.
        const string paths = """
            openapi: 3.0.3
            info: { title: Paths, version: "1" }
            servers:
              - url: https://example.test/api
            paths:
              /orgs/{org}/tasks/{task}/delete:
                delete:
                  operationId: deleteTask
                  parameters:
                    - { name: org, in: path, required: true, schema: { type: string } }
                    - { name: task, in: path, required: true, schema: { type: integer, format: int32 } }
                  responses: { "204": { description: Deleted } }
              /tasks/{task}:
                get:
                  operationId: getTask
                  parameters:
                    - { name: task, in: path, required: true, schema: { type: string, minLength: 0 } }
                  responses: { "204": { description: Read } }
            """;
        var run = GeneratorHarness.Run(new SpecText("/repo/paths.yaml", paths, "Paths", "PathsClient"));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var source = run.Sources.Single(s => s.HintName == "PathsClient.g.cs").SourceText.ToString();

        Assert.Contains("var path = $\"{_baseUrl}/orgs/{ApiRequest.PathSegment(org, nameof(org))}/tasks/{ApiRequest.PathSegment(ApiRequest.Format(task), nameof(task))}/delete\";", source);
        Assert.Contains("var path = _baseUrl + \"/tasks/\" + ApiRequest.PathSegment(task, nameof(task), allowEmpty: true);", source);
    }

    [Fact]
    public void A_method_whose_only_wait_is_the_send_is_not_async_and_ends_its_failures_in_its_task()
    {
        // No state machine for the call: the send helper completes the task; a URL-encoded form with a file field
        // reads the file's text before sending, so that method stays async.
        const string spec = """
            openapi: 3.0.3
            info: { title: Waits, version: "1" }
            servers:
              - url: https://example.test/api
            paths:
              /tasks/{exception}:
                delete:
                  operationId: deleteTask
                  parameters:
                    - { name: exception, in: path, required: true, schema: { type: string } }
                  responses: { "204": { description: Deleted } }
              /notes:
                post:
                  operationId: postNote
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          type: object
                          properties:
                            text: { type: string }
                            attachment: { type: string, format: binary }
                  responses: { "204": { description: Posted } }
            """;
        var run = GeneratorHarness.Run(new SpecText("/repo/waits.yaml", spec, "Waits", "WaitsClient"));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var source = run.Sources.Single(s => s.HintName == "WaitsClient.g.cs").SourceText.ToString();

        Assert.Contains("public Task<DeleteTaskResult> DeleteTaskAsync(string exception, CancellationToken cancellationToken = default)", source);
        Assert.Contains("HttpRequestMessage? request = null;", source);
        Assert.Contains("return SendAndReadAsync(request, DeleteTaskResult.Create, cancellationToken);", source);
        // The caught exception's name steps aside for a parameter's.
        Assert.Contains("catch (Exception exception2)", source);
        Assert.Contains("return ApiRawResponse.Failed<DeleteTaskResult>(request, exception2);", source);

        Assert.Contains("public async Task<PostNoteResult> PostNoteAsync(", source);
        Assert.Contains("await ApiRequest.FileTextAsync(", source);
        Assert.Contains("return await SendAndReadAsync(request, PostNoteResult.Create, cancellationToken).ConfigureAwait(false);", source);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("true")]
    public void A_form_body_that_declares_no_field_and_allows_none_is_no_body(string required)
    {
        // As Stripe's spec gives most of its GET operations: an x-www-form-urlencoded (or multipart) body of an object
        // with no property and additionalProperties false carries nothing, so the method takes no body. It was a TGEN010
        // warning and a raw-bytes body parameter (236 of them on Stripe).
        var spec = $$"""
            openapi: 3.0.3
            info: { title: Forms, version: "1" }
            servers:
              - url: https://example.test/api
            paths:
              /v1/account:
                get:
                  operationId: getAccount
                  requestBody:
                    required: {{required}}
                    content:
                      application/x-www-form-urlencoded:
                        encoding: {}
                        schema: { type: object, properties: {}, additionalProperties: false }
                  responses: { "204": { description: ok } }
              /v1/files:
                get:
                  operationId: listFiles
                  requestBody:
                    content:
                      multipart/form-data:
                        schema: { type: object, additionalProperties: false }
                  responses: { "204": { description: ok } }
              /v1/notes:
                post:
                  operationId: postNote
                  requestBody:
                    content:
                      application/x-www-form-urlencoded:
                        schema: { type: object, properties: { text: { type: string } }, additionalProperties: false }
                  responses: { "204": { description: ok } }
            """;
        var run = GeneratorHarness.Run(new SpecText("/repo/forms.yaml", spec, "Forms", "FormsClient"));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var source = run.Source("FormsClient.g.cs");
        Assert.Contains("public Task<GetAccountResult> GetAccountAsync(CancellationToken cancellationToken = default)", source, System.StringComparison.Ordinal);
        Assert.Contains("public Task<ListFilesResult> ListFilesAsync(CancellationToken cancellationToken = default)", source, System.StringComparison.Ordinal);
        // A form with a field keeps its body.
        Assert.Matches(@"PostNoteAsync\(PostNoteRequest\?? body", source);
    }

    [Fact]
    public void Each_operation_tag_is_one_static_field_made_once_that_its_requests_point_to()
    {
        // The name and path template a request carries for handlers cost nothing per call: the request points to its
        // operation's tag. An operation named like another's tag field (getThingOperation) keeps its own name.
        const string spec = """
            openapi: 3.0.3
            info: { title: Tags, version: "1" }
            servers:
              - url: https://example.test/api
            paths:
              /things/{id}:
                get:
                  operationId: getThing
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: string } }
                  responses: { "204": { description: Found } }
              /things:
                get:
                  operationId: getThingOperation
                  responses: { "204": { description: Listed } }
            """;
        var run = GeneratorHarness.Run(new SpecText("/repo/tags.yaml", spec, "Tags", "TagsClient"));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var source = run.Sources.Single(s => s.HintName == "TagsClient.g.cs").SourceText.ToString();

        Assert.Contains("private static readonly ApiRequestOptions.OperationTag GetThingOperation = new(\"GET\", \"GetThing\", \"/things/{id}\");", source);
        Assert.Contains("private static readonly ApiRequestOptions.OperationTag GetThingOperationOperation = new(\"GET\", \"GetThingOperation\", \"/things\");", source);
        Assert.Contains("request = ApiRequest.Message(GetThingOperation, path);", source);
        Assert.Contains("request = ApiRequest.Message(GetThingOperationOperation, path);", source);
        Assert.Contains("public Task<GetThingOperationResult> GetThingOperationAsync(", source);
    }

    [Fact]
    public void Operation_servers_win_over_the_path_items_which_win_over_the_documents()
    {
        var source = Client(Run());

        // The server starts the URL, built in one concatenation with the path.
        Assert.Contains("var path = \"https://files.example.test/docs/\"", source); // putDoc: its own server, one literal with the path
        Assert.Contains(".ServerUrl(_baseUrl, \"/v2\") + \"/docs/\"", source); // getDoc: the path item's
        Assert.Contains("var path = $\"{_baseUrl}/strings/{", source); // postString: the document's (more than four parts: one interpolated string)
    }
}
