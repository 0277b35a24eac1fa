using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// springfox documents the body of a Spring operation without <c>consumes</c> under <c>*/*</c> with its model's schema
/// (ndhm.gov.in's health ID API, 14 operations of 10 documents in the APIs.guru directory). Spring reads such a body with
/// its JSON converter, so the client sends the model as JSON, as it reads a model documented under <c>*/*</c> in a
/// response: it took a <c>Stream</c> and sent <c>application/octet-stream</c>, which Spring refuses (415). A string or
/// raw octets under <c>*/*</c> stay a stream; the stream overload stays beside the model's method.
/// </summary>
public sealed class WildcardRequestBodyTests
{
    [Fact]
    public void A_model_under_any_media_type_is_sent_as_json()
    {
        var text = """
            openapi: 3.0.1
            info: { title: Tags, version: "1" }
            servers: [{ url: "https://example.test/api" }]
            paths:
              /tags:
                delete:
                  operationId: deleteTag
                  requestBody:
                    required: true
                    content:
                      "*/*":
                        schema: { $ref: "#/components/schemas/TagRequest" }
                  responses: { "204": { description: deleted } }
              /tag-lists:
                put:
                  operationId: putTags
                  requestBody:
                    required: true
                    content:
                      "*/*":
                        schema: { type: array, items: { $ref: "#/components/schemas/TagRequest" } }
                  responses: { "204": { description: replaced } }
              /uploads:
                post:
                  operationId: upload
                  requestBody:
                    required: true
                    content:
                      "*/*":
                        schema: { type: string, format: binary }
                  responses: { "204": { description: stored } }
            components:
              schemas:
                TagRequest:
                  type: object
                  required: [tag]
                  properties:
                    tag: { type: string }
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/tags.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var sent = RequestProbe.Sent(run, "wildcard-request-body", "request.Content!.Headers.ContentType + \" \" + content", """
            client.DeleteTagAsync(new Tallyfy.TagRequest { Tag = "t1" }).GetAwaiter().GetResult();
            client.PutTagsAsync(new[] { new Tallyfy.TagRequest { Tag = "a" }, new Tallyfy.TagRequest { Tag = "b" } }).GetAwaiter().GetResult();
            client.DeleteTagAsync(new Tallyfy.ApiFile(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes("{\"tag\":\"raw\"}")), "tag.json", "application/json")).GetAwaiter().GetResult();
            client.UploadAsync(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes("octets"))).GetAwaiter().GetResult();
            """);

        Assert.Equal(
            new[]
            {
                """application/json {"tag":"t1"}""",
                """application/json [{"tag":"a"},{"tag":"b"}]""",
                """application/json {"tag":"raw"}""",
                "application/octet-stream octets",
            },
            sent);
    }
}
