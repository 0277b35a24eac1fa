using System.Linq;
using System.Threading;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>Sequential media types: which item type a streamed body gets, from itemSchema or from the stream's schema.</summary>
public sealed class SequenceGenerationTests
{
    /// <summary>A 3.0 document (itemSchema is read whatever the version says) with one operation per way of writing a stream.</summary>
    private const string Spec = """
        openapi: 3.0.3
        info:
          title: Streams
          version: "1"
        paths:
          /a:
            get:
              operationId: eventShape
              responses:
                "200":
                  description: ok
                  content:
                    text/event-stream:
                      itemSchema:
                        type: object
                        required: [data]
                        properties:
                          event: {type: string}
                          id: {type: string}
                          retry: {type: integer}
                          data:
                            type: string
                            contentMediaType: application/json
                            contentSchema:
                              $ref: "#/components/schemas/Thing"
          /b:
            get:
              operationId: eventDataRef
              responses:
                "200":
                  description: ok
                  content:
                    text/event-stream:
                      itemSchema:
                        type: object
                        properties:
                          data: {$ref: "#/components/schemas/Thing"}
                          event: {type: string}
          /c:
            get:
              operationId: legacyEvents
              responses:
                "200":
                  description: ok
                  content:
                    text/event-stream:
                      schema:
                        $ref: "#/components/schemas/Thing"
          /d:
            get:
              operationId: textEvents
              responses:
                "200":
                  description: ok
                  content:
                    text/event-stream:
                      schema:
                        type: string
          /e:
            get:
              operationId: bareEvents
              responses:
                "200":
                  description: ok
                  content:
                    text/event-stream: {}
          /f:
            get:
              operationId: lines
              responses:
                "200":
                  description: ok
                  content:
                    application/jsonl:
                      schema:
                        type: array
                        items:
                          $ref: "#/components/schemas/Thing"
          /g:
            get:
              operationId: ndjson
              responses:
                "200":
                  description: ok
                  content:
                    application/x-ndjson: {}
          /h:
            get:
              operationId: sequence
              responses:
                "200":
                  description: ok
                  content:
                    application/vnd.things+json-seq:
                      itemSchema:
                        $ref: "#/components/schemas/Thing"
          /i:
            get:
              operationId: jsonOrEvents
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: "#/components/schemas/Thing"
                    text/event-stream:
                      schema:
                        $ref: "#/components/schemas/Thing"
          /j:
            get:
              operationId: linesOrJson
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: array
                        items:
                          $ref: "#/components/schemas/Thing"
                    application/x-ndjson:
                      itemSchema:
                        $ref: "#/components/schemas/Thing"
        components:
          schemas:
            Thing:
              type: object
              properties:
                name: {type: string}
        """;

    [Theory]
    [InlineData("EventShape", "ServerSentEvents", "Object", false)]
    [InlineData("EventDataRef", "ServerSentEvents", "Object", false)]
    [InlineData("LegacyEvents", "ServerSentEvents", "Object", false)]
    [InlineData("TextEvents", "ServerSentEvents", "String", true)]
    [InlineData("BareEvents", "ServerSentEvents", "String", true)]
    [InlineData("Lines", "JsonLines", "Object", false)]
    [InlineData("Ndjson", "JsonLines", "Any", false)]
    [InlineData("Sequence", "JsonSeq", "Object", false)]
    public void The_item_type_comes_from_itemSchema_else_from_the_streams_schema(string operation, string format, string kind, bool raw)
    {
        var body = Body(operation);

        Assert.Equal(BodyKind.Sequence, body.Kind);
        Assert.Equal(format, body.Sequence.ToString());
        Assert.Equal(kind, body.Type.Kind.ToString());
        Assert.Equal(raw, body.RawItems);
        if (body.Type.Kind == TypeKind.Object)
        {
            Assert.Equal("Thing", body.Type.Name);
        }
    }

    [Fact]
    public void Json_offered_beside_an_event_stream_stays_the_typed_body_and_gains_the_stream()
    {
        var body = Body("JsonOrEvents");

        Assert.Equal(BodyKind.Json, body.Kind);
        Assert.Equal("Thing", body.Type.Name);
        Assert.Equal(new[] { "text/event-stream" }, body.OtherMediaTypes.ToArray());
        var stream = Assert.IsType<BodyModel>(body.Sequential);
        Assert.Equal(BodyKind.Sequence, stream.Kind);
        Assert.Equal(SequenceFormat.ServerSentEvents, stream.Sequence);
        Assert.Equal("Thing", stream.Type.Name);
        Assert.True(body.IsStreamed);
    }

    [Fact]
    public void A_case_offering_json_or_events_streams_by_the_responses_media_type()
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/streams.yaml", Spec, "Streams", "StreamsClient"));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var union = run.Source("JsonOrEventsResult.g.cs");
        Assert.Contains("internal static bool IsStreamed(int statusCode, string? mediaType) => statusCode switch", union, System.StringComparison.Ordinal);
        Assert.Contains("200 => string.Equals(mediaType, \"text/event-stream\", StringComparison.OrdinalIgnoreCase),", union, System.StringComparison.Ordinal);
        Assert.Contains("public sealed class Ok : JsonOrEventsResult, IDisposable", union, System.StringComparison.Ordinal);
        Assert.Contains("_body = ReadBody(ApiJsonConverter<Thing>.Reader, jsonOnly: true);", union, System.StringComparison.Ordinal);
        Assert.Contains("public IAsyncEnumerable<ApiServerSentEvent<Thing>> Events => _items ??= BodyStream is { } stream", union, System.StringComparison.Ordinal);
        Assert.Contains("? ApiEventStream.ServerSentEvents<Thing>(stream, ApiJsonConverter<Thing>.Reader)", union, System.StringComparison.Ordinal);
        Assert.Contains("public override void Dispose()", union, System.StringComparison.Ordinal);
        Assert.Contains("BodyStream?.Dispose();", union, System.StringComparison.Ordinal);
        Assert.Contains("base.Dispose();", union, System.StringComparison.Ordinal);

        // The client opens the response unread when the status and the media type are the stream's, else reads it whole.
        var client = run.Source("StreamsClient.g.cs");
        Assert.Contains("if (JsonOrEventsResult.IsStreamed((int)response.StatusCode, ApiRawResponse.ContentType(response).MediaType))", client, System.StringComparison.Ordinal);

        var lines = run.Source("LinesOrJsonResult.g.cs");
        Assert.Contains("public IAsyncEnumerable<Thing> Items => _items ??= BodyStream is { } stream", lines, System.StringComparison.Ordinal);
        Assert.Contains("200 => string.Equals(mediaType, \"application/x-ndjson\", StringComparison.OrdinalIgnoreCase),", lines, System.StringComparison.Ordinal);

        // Cases without a JSON alternative keep the status-only test.
        Assert.Contains("internal static bool IsStreamed(int statusCode) => statusCode switch", run.Source("EventShapeResult.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_streamed_cases_compile_clean_with_enumerable_bodies()
    {
        var run = GeneratorHarness.Run(new SpecText("/specs/streams.yaml", Spec, "Streams", "StreamsClient"));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        Assert.Contains(
            "public IAsyncEnumerable<ApiServerSentEvent<Thing>> Body => _body ??= ApiEventStream.ServerSentEvents<Thing>(BodyStream!, ApiJsonConverter<Thing>.Reader);",
            run.Source("EventShapeResult.g.cs"),
            System.StringComparison.Ordinal);
        Assert.Contains("ApiEventStream.ServerSentEvents<string>(BodyStream!, null);", run.Source("TextEventsResult.g.cs"), System.StringComparison.Ordinal);
        Assert.Contains("public IAsyncEnumerable<Thing> Body => _body ??= ApiEventStream.JsonLines<Thing>(", run.Source("LinesResult.g.cs"), System.StringComparison.Ordinal);
        Assert.Contains("public IAsyncEnumerable<Thing> Body => _body ??= ApiEventStream.JsonSequence<Thing>(", run.Source("SequenceResult.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_sequential_media_type_with_quotes_beside_json_compiles_clean()
    {
        // Quotes are allowed in a media type's parameter value only (a quoted string): a type or subtype with one is not
        // a media type (TGEN054, MediaTypeKeyTests).
        var text = Spec.Replace("application/x-ndjson:\n              itemSchema:", "application/x-ndjson; profile=\"a \\\"q\\\"\":\n              itemSchema:", System.StringComparison.Ordinal);
        Assert.NotEqual(Spec, text);

        var run = GeneratorHarness.Run(new SpecText("/specs/streams.yaml", text, "Streams", "StreamsClient"));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        Assert.Contains("public IAsyncEnumerable<Thing> Items => _items ??= BodyStream is { } stream", run.Source("LinesOrJsonResult.g.cs"), System.StringComparison.Ordinal);
        Assert.Contains("profile=\\\"a \\\\\\\"q\\\\\\\"\\\"", string.Concat(run.Sources.Select(s => s.SourceText.ToString())), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_schema_that_is_not_a_schema_is_TGEN009_at_its_value()
    {
        var text = Spec.Replace("application/x-ndjson: {}", "application/x-ndjson:\n              itemSchema: 42", System.StringComparison.Ordinal);
        Assert.NotEqual(Spec, text);

        var run = GeneratorHarness.Run(new SpecText("/specs/streams.yaml", text, "Streams", "StreamsClient"));

        // The operation it is in is left out, and TGEN026 names it.
        Assert.Contains(run.Diagnostics, d => d.Id == "TGEN026" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'ndjson'", System.StringComparison.Ordinal));
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id != "TGEN026");
        Assert.Equal("TGEN009", diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/specs/streams.yaml", span.Path);
        Assert.Contains("itemSchema: 42", text.Split('\n')[span.StartLinePosition.Line], System.StringComparison.Ordinal);
    }

    private static BodyModel Body(string operation)
    {
        var result = ClientGeneration.Parse(new SpecFile("/specs/streams.yaml", Spec, "Streams", "StreamsClient"), CancellationToken.None);
        Assert.Empty(result.Diagnostics);
        return result.Client!.Operations.Single(o => o.Name == operation).Result.Cases.Single(c => c.Status == 200).Body!;
    }
}
