using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>Schema keywords at the generator level: mistyped values, nullable items, integer enums, readOnly and x- names.</summary>
public sealed class SchemaKeywordTests
{
    /// <summary>A 3.0 spec whose one operation answers with the Thing schema; <paramref name="properties"/> is indented by 8.</summary>
    private static string Spec(string properties, string extra = "", string version = "3.0.3") => $"""
        openapi: {version}
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
        {extra}      properties:
        {properties}
        """;


    [Theory]
    [InlineData("type: 42", "type")]
    [InlineData("type: string\n          format: true", "format")]
    [InlineData("type: string\n          nullable: \"yes\"", "nullable")]
    [InlineData("type: string\n          enum: {a: 1}", "enum")]
    [InlineData("type: array\n          items: 3", "schema")]
    [InlineData("type: object\n          properties: []", "properties")]
    [InlineData("type: object\n          required: x", "required")]
    [InlineData("type: string\n          readOnly: 1", "readOnly")]
    [InlineData("type: string\n          writeOnly: \"no\"", "writeOnly")]
    [InlineData("type: [string, 3]", "type")]
    [InlineData("type: object\n          additionalProperties: 5", "additionalProperties")]
    [InlineData("type: object\n          required: [a, 3]", "required")]
    [InlineData("type: object\n          description: plain\n          required: [a, {b: 1}]", "required")]
    public void A_schema_keyword_of_the_wrong_type_is_TGEN009_at_its_value(string schema, string keyword)
    {
        var text = Spec("        value:\n          " + schema);

        var run = GeneratorHarness.Run(new SpecText("/specs/keywords.yaml", text));

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "TGEN009");
        Assert.Contains("'" + keyword + "' must be", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/specs/keywords.yaml", span.Path);
        var line = text.Split('\n')[span.StartLinePosition.Line];
        Assert.Contains(keyword == "schema" ? "items" : keyword, line, System.StringComparison.Ordinal);
    }

    /// <summary>
    /// Probe code that sends through the generated client (Tallyfy.TallyfyClient) to an in-memory handler:
    /// <c>Recorder.Outcome</c> says what was sent, or that the call failed with an <see cref="System.ArgumentException"/> and sent nothing.
    /// </summary>
    private const string SendProbe = """
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class Recorder : HttpMessageHandler
        {
            public int Sent;
            public string Last = "";

            public static string Outcome(Recorder recorder, System.Func<Tallyfy.TallyfyClient, Task> call)
            {
                var sentBefore = recorder.Sent;
                try
                {
                    call(new Tallyfy.TallyfyClient(new HttpClient(recorder) { BaseAddress = new System.Uri("https://example.test/") })).GetAwaiter().GetResult();
                    return "sent " + recorder.Last;
                }
                catch (System.ArgumentException e)
                {
                    return (recorder.Sent == sentBefore ? "not sent: " : "SENT: ") + e.Message;
                }
            }

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Sent++;
                Last = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
                return new HttpResponseMessage(System.Net.HttpStatusCode.NoContent) { RequestMessage = request };
            }
        }

        """;

    /// <summary>
    /// The lines <c>Probe.Run</c> returns, built by <paramref name="statements"/> (which add to <c>lines</c> and may send
    /// through <c>recorder</c>) over <see cref="SendProbe"/>, compiled with the generated client and run.
    /// </summary>
    private static string[] SendProbeLines(GeneratorRun run, string contextName, string statements)
    {
        var user = SendProbe + $$"""
            public static class Probe
            {
                public static string Run()
                {
                    var recorder = new Recorder();
                    var lines = new System.Collections.Generic.List<string>();
            {{statements}}
                    return string.Join("\n", lines);
                }
            }
            """;
        return ((string)run.Load(user, contextName).GetType("Probe")!.GetMethod("Run")!.Invoke(null, null)!).Split('\n');
    }

    [Fact]
    public void A_3_1_string_with_content_encoding_binary_is_a_file_as_format_binary_is_and_base64_stays_a_string()
    {
        var text = Spec("""
                    file:
                      type: string
                      format: binary
                    photo:
                      type: string
                      contentEncoding: binary
                    maybeFile:
                      type: [string, "null"]
                      format: binary
                    maybePhoto:
                      type: [string, "null"]
                      contentEncoding: binary
                    avatar:
                      type: string
                      contentEncoding: base64
            """, version: "3.1.0");

        var run = GeneratorHarness.Run(new SpecText("/specs/encodings.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var thing = run.Output.GetTypeByMetadataName("Tallyfy.Thing")!;
        string TypeOf(string name) => thing.GetMembers(name).OfType<IPropertySymbol>().Single().Type.ToDisplayString();
        Assert.NotEqual("string?", TypeOf("File"));
        Assert.Equal(TypeOf("File"), TypeOf("Photo"));
        Assert.Equal(TypeOf("MaybeFile"), TypeOf("MaybePhoto"));
        Assert.Equal("string?", TypeOf("Avatar"));
    }

    [Fact]
    public void Nullable_items_and_map_values_are_nullable_in_code_and_the_client_compiles()
    {
        var text = Spec("""
                    counts:
                      type: array
                      items:
                        type: integer
                        format: int32
                        nullable: true
                    names:
                      type: object
                      additionalProperties:
                        type: string
                        nullable: true
                    strict:
                      type: array
                      items:
                        type: string
                    samples:
                      type: array
                      items:
                        anyOf:
                          - type: integer
                            nullable: true
                          - type: string
                            nullable: true
                    choices:
                      type: array
                      items:
                        oneOf:
                          - type: integer
                          - type: string
            """);

        var run = GeneratorHarness.Run(new SpecText("/specs/items.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var thing = run.Source(".Models.Thing.g.cs");
        Assert.Contains("IReadOnlyList<int?>? Counts", thing, System.StringComparison.Ordinal);
        Assert.Contains("IReadOnlyDictionary<string, string?>? Names", thing, System.StringComparison.Ordinal);
        Assert.Contains("IReadOnlyList<string>? Strict", thing, System.StringComparison.Ordinal);
        // An anyOf whose alternatives are marked nullable lets null through (mist.com's metric samples: [18, null, 15]).
        Assert.Contains("IReadOnlyList<ThingSamplesItem?>? Samples", thing, System.StringComparison.Ordinal);
        Assert.Contains("IReadOnlyList<ThingChoicesItem>? Choices", thing, System.StringComparison.Ordinal);
        Assert.Contains("itemsNullable: true", thing, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Integer_enum_values_written_as_decimals_are_integers_and_one_beyond_long_is_a_warning_not_broken_code()
    {
        var text = Spec("""
                    level:
                      type: integer
                      enum: [1.0, 2, 3e0]
                    huge:
                      type: integer
                      enum: [1, 1e30]
            """);

        var run = GeneratorHarness.Run(new SpecText("/specs/enums.yaml", text));

        Assert.Empty(run.CompilationProblems());
        var warning = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN010", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("1e30", warning.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("1e30", text.Split('\n')[warning.Location.GetLineSpan().StartLinePosition.Line], System.StringComparison.Ordinal);
        var level = run.Source(".Models.ThingLevel.g.cs");
        Assert.Contains("Value1 { get; } = new(1L);", level, System.StringComparison.Ordinal);
        Assert.Contains("Value3 { get; } = new(3L);", level, System.StringComparison.Ordinal);
        Assert.Contains("double? Huge", run.Source(".Models.Thing.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_anyOf_of_single_value_enums_is_an_enum_as_a_oneOf_of_consts_is()
    {
        // How @fastify/swagger writes TypeBox's Type.Union([Type.Literal('web'), ...]): each const turned into a
        // one-value enum, under anyOf; and a union of literals with null.
        var text = Spec("""
                    channel:
                      anyOf:
                        - type: string
                          enum: [web]
                        - type: string
                          enum: [store]
                        - const: phone
                    stars:
                      anyOf:
                        - type: number
                          enum: [1]
                        - type: number
                          enum: [2]
                    mood:
                      anyOf:
                        - type: string
                          enum: [calm]
                        - type: string
                          enum: [busy]
                        - type: "null"
            """, version: "3.1.0");

        var run = GeneratorHarness.Run(new SpecText("/specs/literals.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var channel = run.Source(".Models.ThingChannel.g.cs");
        Assert.Contains("public readonly partial struct ThingChannel", channel, System.StringComparison.Ordinal);
        Assert.Contains("Web { get; } = new(\"web\");", channel, System.StringComparison.Ordinal);
        Assert.Contains("Phone { get; } = new(\"phone\");", channel, System.StringComparison.Ordinal);
        Assert.Contains("Value2 { get; } = new(2L);", run.Source(".Models.ThingStars.g.cs"), System.StringComparison.Ordinal);
        Assert.Contains("ThingMood? Mood", run.Source(".Models.Thing.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_class_only_read_a_required_readOnly_property_is_required_a_writeOnly_one_optional_and_readOnly_ones_are_never_written()
    {
        var text = Spec(
            """
                    id:
                      type: string
                      readOnly: true
                    secret:
                      type: string
                      writeOnly: true
                    name:
                      type: string
            """,
            "      required: [id, secret, name]\n");

        var run = GeneratorHarness.Run(new SpecText("/specs/access.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var thing = run.Source(".Models.Thing.g.cs");
        // Thing is only read (a GET's response): the server sends a required readOnly member, never a writeOnly one.
        Assert.Contains("public required string Id { get; init; }", thing, System.StringComparison.Ordinal);
        Assert.Contains("Id = _id ?? throw ApiJson.MissingProperty(\"Thing\", \"id\")", thing, System.StringComparison.Ordinal);
        Assert.Contains("public string? Secret { get; init; }", thing, System.StringComparison.Ordinal);
        Assert.Contains("public required string Name { get; init; }", thing, System.StringComparison.Ordinal);
        var writeValue = thing.Substring(thing.IndexOf("Thing>.Write(", System.StringComparison.Ordinal));
        Assert.DoesNotContain("s_names[0]", writeValue, System.StringComparison.Ordinal);
        Assert.Contains("s_names[1]", writeValue, System.StringComparison.Ordinal);
    }

    /// <summary>
    /// 3.0 ignores a <c>$ref</c>'s siblings, so specs attach a description (or readOnly, an example) to a reference by an
    /// allOf of the reference and parts that only annotate it (probely.com's password fields, found by Prism). That is
    /// the referenced type: a string stays a string, not an empty class no request can fill.
    /// </summary>
    [Fact]
    public void An_allOf_of_one_reference_and_parts_that_only_annotate_it_is_the_referenced_type()
    {
        var text = Spec("""
                    password:
                      allOf:
                        - description: New user password
                        - $ref: "#/components/schemas/Password"
                    owner:
                      allOf:
                        - $ref: "#/components/schemas/Owner"
                        - description: Who owns it
                          readOnly: true
                          example: { name: x }
                          x-internal: true
                    holder:
                      allOf:
                        - $ref: "#/components/schemas/Owner"
                        - nullable: true
                    keeper:
                      allOf:
                        - $ref: "#/components/schemas/Owner"
                        - description: Never null
                    both:
                      allOf:
                        - $ref: "#/components/schemas/Owner"
                        - properties:
                            extra:
                              type: string
            """, extra: "      required: [password, holder, keeper]\n") + """

                Password:
                  type: string
                  format: password
                Owner:
                  type: object
                  properties:
                    name:
                      type: string
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/annotated.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var thing = run.Output.GetTypeByMetadataName("Tallyfy.Thing")!;
        string TypeOf(string member) => thing.GetMembers(member).OfType<IPropertySymbol>().Single().Type.ToDisplayString();
        Assert.Equal("string", TypeOf("Password"));
        Assert.Equal("Tallyfy.Owner?", TypeOf("Owner"));
        // Required, and nullable only where an annotation says so.
        Assert.Equal("Tallyfy.Owner?", TypeOf("Holder"));
        Assert.Equal("Tallyfy.Owner", TypeOf("Keeper"));
        // A part that adds properties is a composition: a class of its own.
        Assert.Equal("Tallyfy.ThingBoth?", TypeOf("Both"));
        Assert.Null(run.Output.GetTypeByMetadataName("Tallyfy.ThingPassword"));
        // The annotations describe and mark the member: a description, and readOnly (so the writer leaves Owner out).
        var source = run.Source(".Models.Thing.g.cs");
        Assert.Contains("/// <summary>New user password</summary>", source, System.StringComparison.Ordinal);
        Assert.Contains("/// <summary>Who owns it</summary>", source, System.StringComparison.Ordinal);
        var write = source.Substring(source.IndexOf("Thing>.Write(", System.StringComparison.Ordinal));
        Assert.DoesNotContain("value.Owner", write, System.StringComparison.Ordinal);
        Assert.Contains("value.Password", write, System.StringComparison.Ordinal);
        Assert.Null(run.Output.GetTypeByMetadataName("Tallyfy.ThingOwner"));
    }

    /// <summary>
    /// An allOf whose parts declare no members is no object (found by the JSON Schema Test Suite: <c>allOf: [{maximum:
    /// 30}, {minimum: 20}]</c> holds 25). An array beside parts that only constrain it is that array; parts that only
    /// constrain allow any JSON value, as each alone does; a part saying nullable makes the array nullable. Each was an
    /// empty class, so every value in an answer was a body-read error.
    /// </summary>
    [Fact]
    public void An_allOf_of_parts_that_declare_no_members_is_the_array_one_names_or_any_value()
    {
        var text = Spec("""
                    tags:
                      allOf:
                        - $ref: "#/components/schemas/Tags"
                        - maxItems: 3
                    sizes:
                      allOf:
                        - type: array
                          items:
                            type: integer
                        - minItems: 1
                        - uniqueItems: true
                    maybeTags:
                      allOf:
                        - $ref: "#/components/schemas/Tags"
                        - maxItems: 3
                          nullable: true
                    range:
                      allOf:
                        - maximum: 30
                        - minimum: 20
                    free:
                      type: object
                      allOf:
                        - minProperties: 1
                        - maxProperties: 3
                    twoArrays:
                      allOf:
                        - $ref: "#/components/schemas/Tags"
                        - type: array
                          items:
                            type: integer
                    composed:
                      allOf:
                        - $ref: "#/components/schemas/Tags"
                        - properties:
                            extra:
                              type: string
            """, extra: "      required: [maybeTags]\n") + """

                Tags:
                  type: array
                  items:
                    type: string
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/memberless.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var thing = run.Output.GetTypeByMetadataName("Tallyfy.Thing")!;
        string TypeOf(string member) => thing.GetMembers(member).OfType<IPropertySymbol>().Single().Type.ToDisplayString();
        Assert.Equal("System.Collections.Generic.IReadOnlyList<string>?", TypeOf("Tags"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<long>?", TypeOf("Sizes"));
        // Required, yet nullable: its part says so.
        Assert.Equal("System.Collections.Generic.IReadOnlyList<string>?", TypeOf("MaybeTags"));
        Assert.Equal("System.Text.Json.JsonElement?", TypeOf("Range"));
        Assert.Equal("System.Text.Json.JsonElement?", TypeOf("Free"));
        // Two parts that each say what the array holds, and a part that declares members, stay a class of their own.
        Assert.Equal("Tallyfy.ThingTwoArrays?", TypeOf("TwoArrays"));
        Assert.Equal("Tallyfy.ThingComposed?", TypeOf("Composed"));
        foreach (var gone in new[] { "ThingTags", "ThingSizes", "ThingMaybeTags", "ThingRange", "ThingFree" })
        {
            Assert.Null(run.Output.GetTypeByMetadataName("Tallyfy." + gone));
        }
    }

    /// <summary>
    /// <c>required</c> beside an allOf of one reference is no annotation: it requires members the referenced object
    /// leaves optional (ShipEngine's request bodies wrap their one shared model so, each requiring what its operation
    /// needs; found by Prism). That is a class of its own with those members required; the shared model stays as it is,
    /// and a wrapper that requires nothing new is still the referenced type.
    /// </summary>
    [Fact]
    public void Required_beside_an_allOf_of_one_reference_is_a_class_of_its_own_with_those_members_required()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Images
              version: "1"
            paths:
              /images:
                post:
                  operationId: createImage
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/create_image_request_body"
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/get_image_response_body"
                put:
                  operationId: renameImage
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/rename_image"
                  responses:
                    "204":
                      description: done
            components:
              schemas:
                images:
                  type: object
                  additionalProperties: false
                  required: [id]
                  properties:
                    id:
                      type: string
                      readOnly: true
                    name:
                      type: string
                    image_data:
                      type: string
                    is_default:
                      type: boolean
                create_image_request_body:
                  title: create_image_request_body
                  type: object
                  additionalProperties: false
                  description: A create request
                  allOf:
                    - $ref: "#/components/schemas/images"
                  required: [name, image_data]
                get_image_response_body:
                  type: object
                  description: The image as read
                  allOf:
                    - $ref: "#/components/schemas/images"
                  required: [id]
                rename_image:
                  allOf:
                    - type: object
                      properties:
                        name:
                          type: string
                        note:
                          type: string
                  required: [name]
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/images.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var client = run.Output.GetTypeByMetadataName("Tallyfy.TallyfyClient")!;
        var create = client.GetMembers("CreateImageAsync").OfType<IMethodSymbol>().Single();
        var body = (INamedTypeSymbol)create.Parameters[0].Type;
        Assert.Equal("Tallyfy.CreateImageRequestBody", body.ToDisplayString());
        IPropertySymbol Member(INamedTypeSymbol type, string name) => type.GetMembers(name).OfType<IPropertySymbol>().Single();
        Assert.True(Member(body, "Name").IsRequired);
        Assert.True(Member(body, "ImageData").IsRequired);
        Assert.False(Member(body, "IsDefault").IsRequired);
        // The shared model keeps its own reading: name and image_data optional.
        var images = run.Output.GetTypeByMetadataName("Tallyfy.Images")!;
        Assert.False(Member(images, "Name").IsRequired);
        // An inline object part likewise: one class, its name required.
        var rename = (INamedTypeSymbol)client.GetMembers("RenameImageAsync").OfType<IMethodSymbol>().Single().Parameters[0].Type;
        Assert.Equal("Tallyfy.RenameImage", rename.ToDisplayString());
        Assert.True(Member(rename, "Name").IsRequired);
        Assert.False(Member(rename, "Note").IsRequired);
        // Requiring only what the reference requires adds nothing: the response is the shared model.
        Assert.Null(run.Output.GetTypeByMetadataName("Tallyfy.GetImageResponseBody"));
    }

    /// <summary>
    /// An object whose oneOf or anyOf alternatives only say which of its members are required (InfluxDB's DBRP: orgID
    /// or org, each beside bucketID, database and retention_policy; found by Prism, which refused the bodies without
    /// them) is one class: a member every alternative requires is required, whichever alternative a value meets; a member
    /// only some require stays optional. Alternatives that say more than <c>required</c> leave the class as it was.
    /// </summary>
    [Fact]
    public void Members_every_required_only_alternative_requires_are_required()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Mappings
              version: "1"
            paths:
              /mappings:
                post:
                  operationId: createMapping
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Mapping"
                  responses:
                    "201":
                      description: created
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Labelled"
                    "202":
                      description: accepted
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Either"
            components:
              schemas:
                Mapping:
                  type: object
                  oneOf:
                    - required: [orgID, bucketID, database]
                    - required: [org, bucketID, database]
                  required: [retention]
                  properties:
                    bucketID:
                      type: string
                    database:
                      type: string
                    org:
                      type: string
                    orgID:
                      type: string
                    retention:
                      type: string
                    default:
                      type: boolean
                Labelled:
                  type: object
                  anyOf:
                    - required: [name]
                      description: named
                    - required: [name, label]
                  properties:
                    name:
                      type: string
                    label:
                      type: string
                Either:
                  type: object
                  oneOf:
                    - required: [name]
                    - required: [name]
                      properties:
                        name:
                          minLength: 2
                  properties:
                    name:
                      type: string
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/mappings.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        Assert.True(run.Property("Mapping", "BucketId").IsRequired);
        Assert.True(run.Property("Mapping", "Database").IsRequired);
        Assert.True(run.Property("Mapping", "Retention").IsRequired);
        Assert.False(run.Property("Mapping", "Org").IsRequired);
        Assert.False(run.Property("Mapping", "OrgId").IsRequired);
        Assert.False(run.Property("Mapping", "Default").IsRequired);
        // anyOf alike; a description beside the required list says nothing more.
        Assert.True(run.Property("Labelled", "Name").IsRequired);
        Assert.False(run.Property("Labelled", "Label").IsRequired);
        // An alternative that constrains a member too is not only a required list: the class stays as it was.
        Assert.False(run.Property("Either", "Name").IsRequired);
    }

    /// <summary>
    /// A request must carry the members of one of the required-only alternatives in full (InfluxDB's DBRP: <c>orgID</c>
    /// or <c>org</c>): a value that carries none fails with an <see cref="System.ArgumentException"/> naming them before
    /// anything is sent, as where the choice is an allOf part of its own (DigitalOcean's firewall bodies: inbound or
    /// outbound rules). Responses read without them, and alternatives that ask nothing beyond the required members, or
    /// that name a read-only member, check nothing.
    /// </summary>
    [Fact]
    public void A_request_carries_the_members_of_one_required_only_alternative()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Mappings
              version: "1"
            servers:
              - url: https://example.test
            paths:
              /mappings:
                post:
                  operationId: createMapping
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Mapping"
                  responses:
                    "200":
                      description: created
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Mapping"
              /labels:
                post:
                  operationId: createLabel
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Labelled"
                  responses:
                    "204":
                      description: created
              /firewalls:
                post:
                  operationId: createFirewall
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Firewall"
                  responses:
                    "204":
                      description: created
              /stamps:
                post:
                  operationId: createStamp
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Stamped"
                  responses:
                    "204":
                      description: created
            components:
              schemas:
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
                Labelled:
                  type: object
                  anyOf:
                    - required: [name]
                    - required: [name, label]
                  properties:
                    name:
                      type: string
                    label:
                      type: string
                Firewall:
                  allOf:
                    - type: object
                      properties:
                        name:
                          type: string
                        inbound_rules:
                          type: array
                          items:
                            type: string
                        outbound_rules:
                          type: array
                          items:
                            type: string
                    - anyOf:
                        - required: [inbound_rules]
                          title: Inbound Rules
                        - required: [outbound_rules]
                          title: Outbound Rules
                Stamped:
                  type: object
                  anyOf:
                    - required: [id]
                    - required: [key]
                  properties:
                    id:
                      type: string
                      readOnly: true
                    key:
                      type: string
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/mappings.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        Assert.DoesNotContain("NeededOneOf", run.Source(".Models.Labelled.g.cs"), System.StringComparison.Ordinal);
        Assert.DoesNotContain("NeededOneOf", run.Source(".Models.Stamped.g.cs"), System.StringComparison.Ordinal);
        var lines = SendProbeLines(run, "required-alternatives-sent", """
            lines.Add(Recorder.Outcome(recorder, c => c.CreateMappingAsync(new Tallyfy.Mapping { BucketId = "b" })));
            lines.Add(Recorder.Outcome(recorder, c => c.CreateMappingAsync(new Tallyfy.Mapping { BucketId = "b", Org = "o" })));
            lines.Add(Recorder.Outcome(recorder, c => c.CreateMappingAsync(new Tallyfy.Mapping { BucketId = "b", OrgId = "1" })));
            lines.Add(Recorder.Outcome(recorder, c => c.CreateLabelAsync(new Tallyfy.Labelled { Name = "n" })));
            lines.Add(Recorder.Outcome(recorder, c => c.CreateStampAsync(new Tallyfy.Stamped())));
            lines.Add(Recorder.Outcome(recorder, c => c.CreateFirewallAsync(new Tallyfy.Firewall { Name = "f" })));
            lines.Add(Recorder.Outcome(recorder, c => c.CreateFirewallAsync(new Tallyfy.Firewall { Name = "f", OutboundRules = new[] { "all" } })));
            var read = System.Text.Json.JsonSerializer.Deserialize<Tallyfy.Mapping>("{\"bucketID\":\"b\"}")!;
            lines.Add("read " + read.BucketId + "|" + (read.Org ?? "null"));
            lines.Add("serialized " + System.Text.Json.JsonSerializer.Serialize(read));
            """);
        Assert.Equal(
            new[]
            {
                "not sent: Required properties of Mapping are not set: a request must carry 'orgID' or 'org'.",
                """sent {"bucketID":"b","org":"o"}""",
                """sent {"bucketID":"b","orgID":"1"}""",
                """sent {"name":"n"}""",
                "sent {}",
                "not sent: Required properties of Firewall are not set: a request must carry 'inbound_rules' or 'outbound_rules'.",
                """sent {"name":"f","outbound_rules":["all"]}""",
                "read b|null",
                """serialized {"bucketID":"b"}""",
            },
            lines);
    }

    /// <summary>
    /// A URL-encoded or multipart form of such a class is held to its required-only alternatives as a JSON body is: a
    /// form that carries none of them fails with an <see cref="System.ArgumentException"/> naming them before anything is
    /// sent (the form path wrote the fields it had, and the server refused the form); a form that carries one goes.
    /// </summary>
    [Fact]
    public void A_form_carries_the_fields_of_one_required_only_alternative()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Mappings
              version: "1"
            servers:
              - url: https://example.test
            paths:
              /mappings:
                post:
                  operationId: createMapping
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          $ref: "#/components/schemas/Mapping"
                  responses:
                    "204":
                      description: created
              /uploads:
                post:
                  operationId: uploadMapping
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          $ref: "#/components/schemas/Mapping"
                  responses:
                    "204":
                      description: created
              /firewalls:
                post:
                  operationId: createFirewall
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Rules"
                      application/x-www-form-urlencoded:
                        schema:
                          $ref: "#/components/schemas/Firewall"
                  responses:
                    "204":
                      description: created
            components:
              schemas:
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
                Rules:
                  type: array
                  items:
                    type: string
                Firewall:
                  allOf:
                    - type: object
                      properties:
                        name:
                          type: string
                        inbound:
                          type: string
                        outbound:
                          type: string
                    - anyOf:
                        - required: [inbound]
                        - required: [outbound]
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/mappings.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var lines = SendProbeLines(run, "required-alternatives-form", """
            lines.Add(Recorder.Outcome(recorder, c => c.CreateMappingAsync(new Tallyfy.Mapping { BucketId = "b" })));
            lines.Add(Recorder.Outcome(recorder, c => c.CreateMappingAsync(new Tallyfy.Mapping { BucketId = "b", Org = "o" })));
            lines.Add(Recorder.Outcome(recorder, c => c.CreateMappingAsync(new Tallyfy.Mapping { BucketId = "b", OrgId = "1" })));
            lines.Add(Recorder.Outcome(recorder, c => c.UploadMappingAsync(new Tallyfy.Mapping { BucketId = "b" })));
            var sent = Recorder.Outcome(recorder, c => c.UploadMappingAsync(new Tallyfy.Mapping { BucketId = "b", Org = "o" }));
            lines.Add(sent.StartsWith("sent --", System.StringComparison.Ordinal) && sent.Contains("name=\"org\"", System.StringComparison.Ordinal) ? "sent a multipart form with org" : sent);
            lines.Add(Recorder.Outcome(recorder, c => c.UploadMappingAsync()));
            lines.Add(Recorder.Outcome(recorder, c => c.CreateFirewallAsync(new Tallyfy.Firewall { Name = "f" })));
            lines.Add(Recorder.Outcome(recorder, c => c.CreateFirewallAsync(new Tallyfy.Firewall { Name = "f", Outbound = "all" })));
            lines.Add(Recorder.Outcome(recorder, c => c.CreateFirewallAsync(new[] { "r" })));
            """);
        Assert.Equal(
            new[]
            {
                "not sent: Required properties of Mapping are not set: a request must carry 'orgID' or 'org'.",
                "sent bucketID=b&org=o",
                "sent bucketID=b&orgID=1",
                "not sent: Required properties of Mapping are not set: a request must carry 'orgID' or 'org'.",
                "sent a multipart form with org",
                "sent ",
                "not sent: Required properties of Firewall are not set: a request must carry 'inbound' or 'outbound'.",
                "sent name=f&outbound=all",
                """sent ["r"]""",
            },
            lines);
    }

    [Fact]
    public void A_form_of_a_hierarchy_class_sends_the_fields_of_the_class_the_value_is()
    {
        // A form body declared as the root of a discriminated hierarchy sent only the root's fields: a Cat lost its lives.
        var text = """
            openapi: 3.0.3
            info:
              title: Pets
              version: "1"
            servers:
              - url: https://example.test
            paths:
              /pets:
                post:
                  operationId: addPet
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          $ref: "#/components/schemas/Pet"
                  responses:
                    "204":
                      description: added
              /photos:
                post:
                  operationId: addPhoto
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          $ref: "#/components/schemas/Pet"
                  responses:
                    "204":
                      description: added
              /adoptions:
                post:
                  operationId: adopt
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Pet"
                  responses:
                    "204":
                      description: adopted
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
                      lion: "#/components/schemas/Lion"
                      dog: "#/components/schemas/Dog"
                Cat:
                  allOf:
                    - $ref: "#/components/schemas/Pet"
                    - type: object
                      required: [lives]
                      properties:
                        lives:
                          type: integer
                        indoor:
                          type: boolean
                        outdoor:
                          type: boolean
                      anyOf:
                        - required: [indoor]
                        - required: [outdoor]
                Lion:
                  allOf:
                    - $ref: "#/components/schemas/Cat"
                    - type: object
                      properties:
                        pride:
                          type: string
                Dog:
                  allOf:
                    - $ref: "#/components/schemas/Pet"
                    - type: object
                      properties:
                        bark:
                          type: string
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/pets.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var lines = SendProbeLines(run, "hierarchy-form", """
            lines.Add(Recorder.Outcome(recorder, c => c.AddPetAsync(new Tallyfy.Cat { Name = "Tom", Lives = 9, Indoor = true })));
            lines.Add(Recorder.Outcome(recorder, c => c.AddPetAsync(new Tallyfy.Lion { Name = "Leo", Lives = 7, Outdoor = true, Pride = "rock" })));
            lines.Add(Recorder.Outcome(recorder, c => c.AddPetAsync(new Tallyfy.Dog { Name = "Rex", Bark = "woof" })));
            lines.Add(Recorder.Outcome(recorder, c => c.AddPetAsync(new Tallyfy.Cat { Name = "Tom", Lives = 9 })));
            var sent = Recorder.Outcome(recorder, c => c.AddPhotoAsync(new Tallyfy.Dog { Name = "Rex", Bark = "woof" }));
            lines.Add(sent.Contains("name=\"bark\"", System.StringComparison.Ordinal) && sent.Contains("woof", System.StringComparison.Ordinal) ? "sent a multipart form with bark" : sent);
            lines.Add(Recorder.Outcome(recorder, c => c.AdoptAsync(new Tallyfy.Lion { Name = "Leo", Lives = 7 })));
            lines.Add(Recorder.Outcome(recorder, c => c.AdoptAsync(new Tallyfy.Lion { Name = "Leo", Lives = 7, Indoor = false })));
            """);
        Assert.Equal(
            new[]
            {
                "sent kind=cat&name=Tom&lives=9&indoor=true",
                "sent kind=lion&name=Leo&lives=7&outdoor=true&pride=rock",
                "sent kind=dog&name=Rex&bark=woof",
                "not sent: Required properties of Cat are not set: a request must carry 'indoor' or 'outdoor'.",
                "sent a multipart form with bark",
                "not sent: Required properties of Lion are not set: a request must carry 'indoor' or 'outdoor'.",
                """sent {"kind":"lion","name":"Leo","lives":7,"indoor":false}""",
            },
            lines);
    }

    [Fact]
    public void A_union_forms_variant_that_is_a_hierarchy_class_sends_the_fields_of_the_class_the_value_is()
    {
        // A form body of oneOf [Pet, Toy], Pet the root of a discriminated hierarchy, sent a Cat as a Pet: its lives and
        // the rest of its own fields were lost; and a file field of a class below a form's class (whose text a URL-encoded
        // form sends) was not read before the request was built.
        var text = """
            openapi: 3.0.3
            info:
              title: Pets
              version: "1"
            servers:
              - url: https://example.test
            paths:
              /items:
                post:
                  operationId: addItem
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          oneOf:
                            - $ref: "#/components/schemas/Pet"
                            - $ref: "#/components/schemas/Toy"
                  responses:
                    "204":
                      description: added
              /pets:
                post:
                  operationId: addPet
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          $ref: "#/components/schemas/Pet"
                  responses:
                    "204":
                      description: added
            components:
              schemas:
                Toy:
                  type: object
                  properties:
                    label:
                      type: string
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
                      dog: "#/components/schemas/Dog"
                Cat:
                  allOf:
                    - $ref: "#/components/schemas/Pet"
                    - type: object
                      required: [lives]
                      properties:
                        lives:
                          type: integer
                        indoor:
                          type: boolean
                        outdoor:
                          type: boolean
                      anyOf:
                        - required: [indoor]
                        - required: [outdoor]
                Dog:
                  allOf:
                    - $ref: "#/components/schemas/Pet"
                    - type: object
                      properties:
                        note:
                          type: string
                          format: binary
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/pets.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var lines = SendProbeLines(run, "union-hierarchy-form", """
            lines.Add(Recorder.Outcome(recorder, c => c.AddItemAsync(new Tallyfy.Cat { Name = "Tom", Lives = 9, Indoor = true })));
            lines.Add(Recorder.Outcome(recorder, c => c.AddItemAsync(new Tallyfy.Cat { Name = "Tom", Lives = 9 })));
            lines.Add(Recorder.Outcome(recorder, c => c.AddItemAsync(new Tallyfy.Dog { Name = "Rex", Note = new Tallyfy.ApiFile(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes("good dog"))) })));
            lines.Add(Recorder.Outcome(recorder, c => c.AddItemAsync(new Tallyfy.Toy { Label = "ball" })));
            lines.Add(Recorder.Outcome(recorder, c => c.AddPetAsync(new Tallyfy.Dog { Name = "Rex", Note = new Tallyfy.ApiFile(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes("good dog"))) })));
            """);
        Assert.Equal(
            new[]
            {
                "sent kind=cat&name=Tom&lives=9&indoor=true",
                "not sent: Required properties of Cat are not set: a request must carry 'indoor' or 'outdoor'.",
                "sent kind=dog&name=Rex&note=good+dog",
                "sent label=ball",
                "sent kind=dog&name=Rex&note=good+dog",
            },
            lines);
    }

    [Fact]
    public void A_hierarchy_class_reads_its_required_list_and_deprecation_as_any_class_does()
    {
        // A hierarchy class's required write-only, read-only and undeclared names were plain optional members (or left
        // out), and its deprecated flag was dropped: a request could go without what the server needs.
        var text = """
            openapi: 3.0.3
            info:
              title: Pets
              version: "1"
            servers:
              - url: https://example.test
            paths:
              /pets:
                post:
                  operationId: addPet
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Pet"
                  responses:
                    "200":
                      description: added
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Pet"
            components:
              schemas:
                Pet:
                  type: object
                  required: [kind, id, secret, tag]
                  properties:
                    kind:
                      type: string
                    id:
                      type: string
                      readOnly: true
                    secret:
                      type: string
                      writeOnly: true
                  discriminator:
                    propertyName: kind
                    mapping:
                      cat: "#/components/schemas/Cat"
                Cat:
                  deprecated: true
                  allOf:
                    - $ref: "#/components/schemas/Pet"
                    - type: object
                      required: [token, owner]
                      properties:
                        token:
                          type: string
                          writeOnly: true
                        lives:
                          type: integer
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/pets.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var lines = SendProbeLines(run, "hierarchy-required", """
            #pragma warning disable CS0618
            lines.Add(Recorder.Outcome(recorder, c => c.AddPetAsync(new Tallyfy.Cat { Lives = 9 })));
            lines.Add(Recorder.Outcome(recorder, c => c.AddPetAsync(new Tallyfy.Cat { Secret = "s", Tag = System.Text.Json.JsonDocument.Parse("1").RootElement })));
            lines.Add(Recorder.Outcome(recorder, c => c.AddPetAsync(new Tallyfy.Cat { Secret = "s", Tag = System.Text.Json.JsonDocument.Parse("1").RootElement, Token = "t" })));
            lines.Add(Recorder.Outcome(recorder, c => c.AddPetAsync(new Tallyfy.Cat { Secret = "s", Tag = System.Text.Json.JsonDocument.Parse("1").RootElement, Token = "t", Owner = System.Text.Json.JsonDocument.Parse("\"o\"").RootElement })));
            lines.Add(System.Attribute.IsDefined(typeof(Tallyfy.Cat), typeof(System.ObsoleteAttribute)) ? "Cat is obsolete" : "Cat is not obsolete");
            #pragma warning restore CS0618
            """);
        Assert.Equal(
            new[]
            {
                "not sent: Required property 'secret' of Cat is not set: requests must carry it, though responses may leave it out.",
                "not sent: Required property 'token' of Cat is not set: requests must carry it, though responses may leave it out.",
                "not sent: Required property 'owner' of Cat is not set: requests must carry it, though responses may leave it out.",
                """sent {"kind":"cat","secret":"s","tag":1,"token":"t","owner":"o"}""",
                "Cat is obsolete",
            },
            lines);
    }

    [Fact]
    public void A_class_gains_the_members_of_its_object_alternatives_but_not_those_of_a_bases_subtypes()
    {
        // A base's oneOf of the classes that extend it (Pet: oneOf [Cat, Dog], each allOf [Pet, ...]) gave each of them
        // the others' members (a Cat had the Dog's bark): such alternatives are subtypes, not ways to give members. And
        // a class of a discriminated hierarchy gains the members of its object alternatives, as any class does.
        var text = """
            openapi: 3.0.3
            info:
              title: Pets
              version: "1"
            servers:
              - url: https://example.test
            paths:
              /pets:
                post:
                  operationId: addPet
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Pet"
                  responses:
                    "204":
                      description: added
              /animals:
                post:
                  operationId: addAnimal
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Animal"
                  responses:
                    "204":
                      description: added
            components:
              schemas:
                Animal:
                  type: object
                  required: [kind]
                  properties:
                    kind:
                      type: string
                  discriminator:
                    propertyName: kind
                    mapping:
                      bird: "#/components/schemas/Bird"
                Bird:
                  allOf:
                    - $ref: "#/components/schemas/Animal"
                    - oneOf:
                        - type: object
                          required: [wings]
                          properties:
                            wings:
                              type: integer
                        - type: object
                          required: [feet]
                          properties:
                            feet:
                              type: integer
                Pet:
                  type: object
                  required: [kind]
                  properties:
                    kind:
                      type: string
                  oneOf:
                    - $ref: "#/components/schemas/Cat"
                    - $ref: "#/components/schemas/Dog"
                  discriminator:
                    propertyName: kind
                    mapping:
                      cat: "#/components/schemas/Cat"
                      dog: "#/components/schemas/Dog"
                Cat:
                  allOf:
                    - $ref: "#/components/schemas/Pet"
                    - type: object
                      properties:
                        lives:
                          type: integer
                      oneOf:
                        - type: object
                          required: [box, size]
                          properties:
                            box:
                              type: string
                            size:
                              type: integer
                        - type: object
                          required: [garden, size]
                          properties:
                            garden:
                              type: string
                            size:
                              type: integer
                Dog:
                  allOf:
                    - $ref: "#/components/schemas/Pet"
                    - type: object
                      properties:
                        bark:
                          type: string
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/pets.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var lines = SendProbeLines(run, "subtype-alternatives", """
            lines.Add(Recorder.Outcome(recorder, c => c.AddPetAsync(new Tallyfy.Cat { Kind = "cat", Lives = 9, Box = "b", Size = 2 })));
            lines.Add(Recorder.Outcome(recorder, c => c.AddAnimalAsync(new Tallyfy.Bird { Wings = 2 })));
            foreach (var type in new[] { typeof(Tallyfy.Cat), typeof(Tallyfy.Dog), typeof(Tallyfy.Bird) })
            {
                var names = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(type.GetProperties(), p => p.Name));
                System.Array.Sort(names, System.StringComparer.Ordinal);
                lines.Add(type.Name + ": " + string.Join(",", names));
            }
            """);
        Assert.Equal(
            new[]
            {
                """sent {"kind":"cat","lives":9,"box":"b","size":2}""",
                """sent {"kind":"bird","wings":2}""",
                "Cat: AdditionalProperties,Box,Garden,Kind,Lives,Size",
                "Dog: AdditionalProperties,Bark,Kind",
                "Bird: AdditionalProperties,Feet,Kind,Wings",
            },
            lines);
    }

    /// <summary>
    /// The object alternatives of a oneOf or anyOf beside members of the schema's own or in an allOf part beside other
    /// parts (Discord's multipart invite: allOf [anyOf [GroupDM, Guild], {target_users_file}]; PeerTube's import: allOf [oneOf [targetUrl
    /// | magnetUri | torrentfile], common]) give the class their members, optional unless every alternative requires
    /// them. They were left out: a request could not set them but through <c>AdditionalProperties</c>, and nothing said so.
    /// A member two alternatives type differently holds the JSON value, so that any alternative's value reads. Where
    /// every alternative declares the schema's own members too (Jira's CustomContextVariable), the schema is their union.
    /// </summary>
    [Fact]
    public void The_members_of_object_alternatives_beside_other_members_are_members_of_the_class()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Alternatives
              version: "1"
            paths:
              /imports:
                post:
                  operationId: createImport
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Import"
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Variable"
              /delays:
                post:
                  operationId: setDelay
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          allOf:
                            - oneOf:
                                - type: object
                                  properties:
                                    kind:
                                      type: string
                                      enum: [lognormal]
                                    median:
                                      type: integer
                                    sigma:
                                      type: number
                                    unit:
                                      type: string
                                      enum: [ms]
                                    precision:
                                      type: integer
                                      default: 3
                                - type: object
                                  properties:
                                    kind:
                                      type: string
                                      enum: [uniform]
                                    median:
                                      type: string
                                    lower:
                                      type: integer
                            - type: object
                              properties:
                                fixedDelay:
                                  type: number
                  responses:
                    "204":
                      description: done
              /pairs:
                post:
                  operationId: createPair
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Pair"
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Tagged"
                    "201":
                      description: created
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Narrowed"
            components:
              schemas:
                Common:
                  type: object
                  required: [name]
                  properties:
                    name:
                      type: string
                Import:
                  allOf:
                    - oneOf:
                        - properties:
                            targetUrl:
                              type: string
                          required: [targetUrl]
                        - properties:
                            magnetUri:
                              type: string
                          required: [magnetUri]
                    - $ref: "#/components/schemas/Common"
                Variable:
                  type: object
                  required: [type]
                  properties:
                    type:
                      type: string
                  discriminator:
                    propertyName: type
                  oneOf:
                    - $ref: "#/components/schemas/UserVariable"
                    - $ref: "#/components/schemas/IssueVariable"
                Narrowed:
                  type: object
                  properties:
                    note:
                      type: string
                  anyOf:
                    - allOf:
                        - properties:
                            mode:
                              type: string
                        - properties:
                            mode:
                              type: string
                              enum: [fast]
                    - properties:
                        other:
                          type: string
                Tagged:
                  type: object
                  properties:
                    note:
                      type: string
                  oneOf:
                    - $ref: "#/components/schemas/UserVariable"
                    - $ref: "#/components/schemas/IssueVariable"
                UserVariable:
                  type: object
                  required: [type, accountId]
                  properties:
                    type:
                      type: string
                    accountId:
                      type: string
                IssueVariable:
                  type: object
                  required: [type]
                  properties:
                    type:
                      type: string
                    id:
                      type: integer
                      format: int64
                    key:
                      type: string
                Pair:
                  type: object
                  properties:
                    note:
                      type: string
                  anyOf:
                    - properties:
                        left:
                          type: string
                        right:
                          type: string
                      required: [left, right]
                    - properties:
                        left:
                          type: string
                      required: [left]
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/alternatives.yaml", text));

        // The alternatives' own schemas are used by no operation now that their members are the classes' (TGEN053).
        Assert.Empty(run.Diagnostics.Where(d => d.Id != "TGEN053"));
        Assert.Empty(run.CompilationProblems());
        string TypeOf(string type, string name) => run.Property(type, name).Type.ToDisplayString();

        // allOf [oneOf [...], Common]: each alternative's member, optional (no alternative's requirement holds for all).
        Assert.Equal("string?", TypeOf("Import", "TargetUrl"));
        Assert.False(run.Property("Import", "TargetUrl").IsRequired);
        Assert.Equal("string?", TypeOf("Import", "MagnetUri"));
        Assert.True(run.Property("Import", "Name").IsRequired);
        // Properties beside a discriminated oneOf whose variants each declare them too say nothing more: it is the union.
        var variable = run.Output.GetTypeByMetadataName("Tallyfy.Variable")!;
        Assert.True(variable.IsAbstract);
        Assert.Equal(new[] { "IssueVariable", "Unknown", "UserVariable" }, variable.GetTypeMembers().Select(t => t.Name).OrderBy(n => n, System.StringComparer.Ordinal).ToArray());
        // Properties beside alternatives that do not all declare them: the alternatives' members join the schema's own.
        Assert.Equal("string?", TypeOf("Tagged", "Note"));
        Assert.Equal("string?", TypeOf("Tagged", "AccountId"));
        Assert.False(run.Property("Tagged", "AccountId").IsRequired);
        Assert.Equal("long?", TypeOf("Tagged", "Id"));
        Assert.Equal("string?", TypeOf("Tagged", "Key"));
        // A member the alternatives type differently is a JSON value; one they type alike keeps its type.
        Assert.Equal("System.Text.Json.JsonElement?", TypeOf("SetDelayRequest", "Kind"));
        Assert.Equal("System.Text.Json.JsonElement?", TypeOf("SetDelayRequest", "Median"));
        Assert.Equal("double?", TypeOf("SetDelayRequest", "Sigma"));
        Assert.Equal("long?", TypeOf("SetDelayRequest", "Lower"));
        Assert.Equal("double?", TypeOf("SetDelayRequest", "FixedDelay"));
        // A value that left out a member of one alternative may have met another: the alternative's default or only
        // enum value is not read into it.
        var delay = run.Source(".Models.SetDelayRequest.g.cs");
        Assert.DoesNotContain("reads as this value", delay, System.StringComparison.Ordinal);
        Assert.DoesNotContain("= SetDelayRequestUnit.Ms", delay, System.StringComparison.Ordinal);
        Assert.DoesNotContain("= 3", delay, System.StringComparison.Ordinal);
        // An alternative that narrows its own member (allOf parts) keeps the member's first declaration.
        Assert.Equal("string?", TypeOf("Narrowed", "Mode"));
        Assert.Equal("string?", TypeOf("Narrowed", "Other"));
        // A member every alternative requires is required; one only some require is not.
        Assert.True(run.Property("Pair", "Left").IsRequired);
        Assert.False(run.Property("Pair", "Right").IsRequired);
        Assert.False(run.Property("Pair", "Note").IsRequired);
    }

    /// <summary>
    /// OpenAPI: a required writeOnly property is required in requests only. A class the client only sends (no response
    /// reaches it) therefore requires it (Linode's <c>root_pass</c>, ShipEngine's <c>pickup_window</c>; found by Prism,
    /// which refused the bodies without them); a class also read from responses leaves it optional, as before.
    /// </summary>
    [Fact]
    public void A_required_writeOnly_property_is_required_in_a_class_that_is_only_sent()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Accounts
              version: "1"
            paths:
              /accounts:
                post:
                  operationId: createAccount
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/NewAccount"
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Account"
                put:
                  operationId: replaceAccount
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Account"
                  responses:
                    "204":
                      description: done
            components:
              schemas:
                Password:
                  type: string
                  writeOnly: true
                Window:
                  type: object
                  writeOnly: true
                  properties:
                    start:
                      type: string
                NewAccount:
                  type: object
                  required: [name, password, window]
                  properties:
                    name:
                      type: string
                    password:
                      $ref: "#/components/schemas/Password"
                    window:
                      $ref: "#/components/schemas/Window"
                Account:
                  type: object
                  required: [name, password]
                  properties:
                    name:
                      type: string
                    password:
                      type: string
                      writeOnly: true
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/accounts.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        Assert.True(run.Property("NewAccount", "Password").IsRequired);
        Assert.True(run.Property("NewAccount", "Window").IsRequired);
        Assert.Equal("string", run.Property("NewAccount", "Password").Type.ToDisplayString());
        Assert.Contains("JSON name: <c>password</c>, required, write-only (to the server).", run.Source(".Models.NewAccount.g.cs"), System.StringComparison.Ordinal);
        // Account is read from a response too, where no password comes: optional there, so optional in C#; its remarks
        // say it is required in requests (Jira's FieldConfigurationDetails.name: Prism refused the body without it).
        Assert.True(run.Property("Account", "Name").IsRequired);
        Assert.False(run.Property("Account", "Password").IsRequired);
        Assert.Contains("JSON name: <c>password</c>, write-only (to the server) and required there: a request without it fails before it is sent.", run.Source(".Models.Account.g.cs"), System.StringComparison.Ordinal);
    }

    /// <summary>
    /// A required writeOnly member of a class responses read too is optional in C# (a response never carries it), but a
    /// request must carry it: a request without it, or with a class holding such a class without it, fails with an
    /// <see cref="System.ArgumentException"/> naming the member before anything is sent (as a Django REST Framework
    /// <c>password</c>, or Jira's FieldConfigurationDetails.name, which Prism refused without it). Responses read without
    /// it, and a value serialized by the caller or made into a fake response leaves it out. A URL-encoded form of such a
    /// class is checked alike, and a nullable one (sent as null when set to null) must be set.
    /// </summary>
    [Fact]
    public void A_required_writeOnly_property_of_a_class_also_read_is_checked_before_a_request_is_sent()
    {
        var text = """
            openapi: 3.1.0
            info:
              title: Accounts
              version: "1"
            servers:
              - url: https://example.test
            paths:
              /accounts:
                put:
                  operationId: replaceAccount
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Account"
                  responses:
                    "200":
                      description: the account
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Account"
                post:
                  operationId: signUp
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          $ref: "#/components/schemas/Account"
                  responses:
                    "204":
                      description: done
              /teams:
                post:
                  operationId: createTeam
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Team"
                  responses:
                    "204":
                      description: done
            components:
              schemas:
                Account:
                  type: object
                  required: [name, password, hint]
                  properties:
                    name:
                      type: string
                    password:
                      type: string
                      writeOnly: true
                    hint:
                      type: [string, "null"]
                      writeOnly: true
                Team:
                  type: object
                  required: [members]
                  properties:
                    members:
                      type: array
                      items:
                        $ref: "#/components/schemas/Account"
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/accounts.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        Assert.False(run.Property("Account", "Password").IsRequired);
        Assert.False(run.Property("Account", "Hint").IsRequired);

        var lines = SendProbeLines(run, "required-write-only-sent", """
            lines.Add(Recorder.Outcome(recorder, c => c.ReplaceAccountAsync(new Tallyfy.Account { Name = "a", Hint = null })));
            lines.Add(Recorder.Outcome(recorder, c => c.ReplaceAccountAsync(new Tallyfy.Account { Name = "a", Password = "p" })));
            lines.Add(Recorder.Outcome(recorder, c => c.ReplaceAccountAsync(new Tallyfy.Account { Name = "a", Password = "p", Hint = null })));
            lines.Add(Recorder.Outcome(recorder, c => c.CreateTeamAsync(new Tallyfy.Team { Members = new[] { new Tallyfy.Account { Name = "a", Hint = "h" } } })));
            lines.Add(Recorder.Outcome(recorder, c => c.CreateTeamAsync(new Tallyfy.Team { Members = new[] { new Tallyfy.Account { Name = "a", Password = "p", Hint = "h" } } })));
            lines.Add(Recorder.Outcome(recorder, c => c.SignUpAsync(new Tallyfy.Account { Name = "a", Hint = "h" })));
            lines.Add(Recorder.Outcome(recorder, c => c.SignUpAsync(new Tallyfy.Account { Name = "a", Password = "p", Hint = "h" })));
            var read = System.Text.Json.JsonSerializer.Deserialize<Tallyfy.Account>("{\"name\":\"r\"}")!;
            lines.Add("read " + read.Name + "|" + (read.Password ?? "null"));
            lines.Add("serialized " + System.Text.Json.JsonSerializer.Serialize(read));
            var fake = new Tallyfy.ReplaceAccountResult.Ok(read);
            lines.Add("fake " + fake.Body.Name);
            """);
        Assert.Equal(
            new[]
            {
                "not sent: Required property 'password' of Account is not set: requests must carry it, though responses may leave it out.",
                "not sent: Required property 'hint' of Account is not set: requests must carry it, though responses may leave it out.",
                """sent {"name":"a","password":"p","hint":null}""",
                "not sent: Required property 'password' of Account is not set: requests must carry it, though responses may leave it out.",
                """sent {"members":[{"name":"a","password":"p","hint":"h"}]}""",
                "not sent: Required property 'password' of Account is not set: requests must carry it, though responses may leave it out.",
                "sent name=a&password=p&hint=h",
                "read r|null",
                """serialized {"name":"r"}""",
                "fake r",
            },
            lines);
    }

    /// <summary>
    /// OpenAPI: a required readOnly property is required in responses only. A class the client only reads (no request
    /// reaches it) therefore requires it, as a required writeOnly one is in a class only sent: the C# property is
    /// <c>required</c> and not nullable (an <c>id</c> the server always sends needs no null check), and a response without
    /// it does not read. A class also sent keeps it optional, its remarks saying responses carry it (1,185 such members in
    /// 45 documents of the APIs.guru directory; Jira's 55).
    /// </summary>
    [Fact]
    public void A_required_readOnly_property_is_required_in_a_class_that_is_only_read()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Accounts
              version: "1"
            paths:
              /accounts:
                get:
                  operationId: listAccounts
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: array
                            items:
                              $ref: "#/components/schemas/AccountSummary"
                put:
                  operationId: replaceAccount
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Account"
                  responses:
                    "200":
                      description: done
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Account"
            components:
              schemas:
                Stamp:
                  type: string
                  format: date-time
                  readOnly: true
                AccountSummary:
                  type: object
                  required: [id, created, name]
                  properties:
                    id:
                      type: integer
                      format: int64
                      readOnly: true
                    created:
                      $ref: "#/components/schemas/Stamp"
                    name:
                      type: string
                Account:
                  type: object
                  required: [id, name]
                  properties:
                    id:
                      type: integer
                      format: int64
                      readOnly: true
                    name:
                      type: string
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/accounts.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        Assert.True(run.Property("AccountSummary", "Id").IsRequired);
        Assert.Equal("long", run.Property("AccountSummary", "Id").Type.ToDisplayString());
        Assert.True(run.Property("AccountSummary", "Created").IsRequired);
        Assert.Equal("System.DateTimeOffset", run.Property("AccountSummary", "Created").Type.ToDisplayString());
        var summary = run.Source(".Models.AccountSummary.g.cs");
        Assert.Contains("JSON name: <c>created</c>, required, read-only (from the server).", summary, System.StringComparison.Ordinal);
        Assert.Contains("throw ApiJson.MissingProperty(\"AccountSummary\", \"id\")", summary, System.StringComparison.Ordinal);
        // Account is sent too, where no id goes: optional there, so optional in C#, and its remarks say responses carry it.
        Assert.True(run.Property("Account", "Name").IsRequired);
        Assert.False(run.Property("Account", "Id").IsRequired);
        Assert.Equal("long?", run.Property("Account", "Id").Type.ToDisplayString());
        Assert.Contains("JSON name: <c>id</c>, read-only (from the server) and required there: every response carries it.", run.Source(".Models.Account.g.cs"), System.StringComparison.Ordinal);

        // A response without a required member the server sends does not read (raw kept by the client); with it, it reads.
        var user = """
            public static class Probe
            {
                public static string Read(string json)
                {
                    try
                    {
                        var summary = System.Text.Json.JsonSerializer.Deserialize<Tallyfy.AccountSummary>(json)!;
                        return $"{summary.Id}|{summary.Created:yyyy-MM-dd}|{summary.Name}";
                    }
                    catch (System.Text.Json.JsonException e)
                    {
                        return e.Message;
                    }
                }
            }
            """;
        var assembly = run.Load(user, "required-read-only");
        var read = assembly.GetType("Probe")!.GetMethod("Read")!;
        Assert.Equal("7|2026-12-05|a", read.Invoke(null, new object[] { """{"id":7,"created":"2026-12-05T10:00:00Z","name":"a"}""" }));
        Assert.Contains("'id'", (string)read.Invoke(null, new object[] { """{"created":"2026-12-05T10:00:00Z","name":"a"}""" })!, System.StringComparison.Ordinal);
    }

    /// <summary>
    /// A class is sent when any class of its hierarchy is: a derived class a request sends makes its base's required
    /// readOnly member optional (a caller building the request never sets it), though only responses name the base.
    /// </summary>
    [Fact]
    public void A_required_readOnly_property_stays_optional_in_a_base_whose_derived_class_is_sent()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Pets
              version: "1"
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Pet"
                post:
                  operationId: addDog
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Dog"
                  responses:
                    "204":
                      description: added
            components:
              schemas:
                Pet:
                  type: object
                  required: [id, kind]
                  discriminator:
                    propertyName: kind
                  properties:
                    id:
                      type: string
                      readOnly: true
                    kind:
                      type: string
                Dog:
                  allOf:
                    - $ref: "#/components/schemas/Pet"
                    - type: object
                      properties:
                        barks:
                          type: boolean
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/pets.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var id = run.Property("Pet", "Id");
        Assert.False(id.IsRequired);
        Assert.Equal("string?", id.Type.ToDisplayString());
    }

    /// <summary>
    /// An allOf whose parts each say the value is the same scalar (DigitalOcean's <c>region_slug</c>: a <c>$ref</c> to a
    /// string and <c>{type: string, nullable: true}</c>) is that scalar, nullable when a part says so; before, it was a
    /// class with no members, and every response carrying the string failed to read.
    /// </summary>
    [Fact]
    public void An_allOf_of_parts_that_are_all_the_same_scalar_is_that_scalar()
    {
        var text = Spec("""
                    regionSlug:
                      allOf:
                        - $ref: "#/components/schemas/Slug"
                        - type: string
                          nullable: true
                    placedIn:
                      allOf:
                        - $ref: "#/components/schemas/Slug"
                        - type: string
                          description: Where it was placed
                          readOnly: true
                    size:
                      allOf:
                        - type: integer
                          format: int64
                        - minimum: 1
                        - type: integer
                    when:
                      allOf:
                        - type: string
                        - type: string
                          format: date-time
                    mixed:
                      allOf:
                        - type: string
                        - type: integer
                    stamped:
                      type: string
                      format: date-time
                      allOf:
                        - $ref: "#/components/schemas/Slug"
                        - type: string
            """, extra: "      required: [regionSlug, size, when]\n") + """

                Slug:
                  type: string
                  description: A region's slug
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/scalar-allof.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var thing = run.Output.GetTypeByMetadataName("Tallyfy.Thing")!;
        string TypeOf(string member) => thing.GetMembers(member).OfType<IPropertySymbol>().Single().Type.ToDisplayString();
        Assert.Equal("string?", TypeOf("RegionSlug"));
        Assert.Equal("long", TypeOf("Size"));
        Assert.Equal("System.DateTimeOffset", TypeOf("When"));
        // A type of the schema's own decides; its parts only constrain it.
        Assert.Equal("System.DateTimeOffset?", TypeOf("Stamped"));
        // Parts that disagree (a string and an integer) allow no value at all: whatever comes is kept as its JSON value.
        Assert.Equal("System.Text.Json.JsonElement?", TypeOf("Mixed"));
        Assert.Null(run.Output.GetTypeByMetadataName("Tallyfy.ThingMixed"));
        Assert.Null(run.Output.GetTypeByMetadataName("Tallyfy.ThingRegionSlug"));
        Assert.Null(run.Output.GetTypeByMetadataName("Tallyfy.ThingSize"));
        // Its inline parts describe and mark the member, as an annotated reference's do: readOnly is left out on write.
        Assert.Equal("string?", TypeOf("PlacedIn"));
        var source = run.Source(".Models.Thing.g.cs");
        Assert.Contains("/// <summary>Where it was placed</summary>", source, System.StringComparison.Ordinal);
        var write = source.Substring(source.IndexOf("Thing>.Write(", System.StringComparison.Ordinal));
        Assert.DoesNotContain("value.PlacedIn", write, System.StringComparison.Ordinal);
        Assert.Contains("value.RegionSlug", write, System.StringComparison.Ordinal);
    }

    /// <summary>
    /// A name in <c>required</c> that no property declares: JSON Schema demands the member with any value, so it is a
    /// member of its own holding a JSON value, kept by name. Requests must carry it (turbinelabs.io's ListenerCreate
    /// requires <c>host</c>; Prism refused every request without it): in a class only sent it is <c>required</c> in C#,
    /// in one responses read too a request without it fails before it is sent. Responses need not carry it: it names no
    /// schema, most often a slip of the spec's (Box's shared links require an <c>accessed</c> no property declares and no
    /// answer carries, so every file with a shared link would not read).
    /// </summary>
    [Fact]
    public void A_required_name_no_property_declares_is_a_json_value_member_requests_must_carry()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Links
              version: "1"
            paths:
              /listeners:
                post:
                  operationId: createListener
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Listener"
                  responses:
                    "204":
                      description: created
              /links:
                get:
                  operationId: getLink
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/SharedLink"
                put:
                  operationId: putLink
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Link"
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Link"
            components:
              schemas:
                Listener:
                  type: object
                  required: [name, host, listener_key]
                  properties:
                    name:
                      type: string
                SharedLink:
                  type: object
                  required: [url, accessed]
                  properties:
                    url:
                      type: string
                Link:
                  type: object
                  required: [url, token]
                  properties:
                    url:
                      type: string
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/undeclared.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        // Only sent: required in C#, as the declared ones.
        Assert.Equal("System.Text.Json.JsonElement", run.Property("Listener", "Host").Type.ToDisplayString());
        Assert.True(run.Property("Listener", "Host").IsRequired);
        Assert.True(run.Property("Listener", "ListenerKey").IsRequired);
        // Read: optional, a JSON value when the response carries it.
        Assert.Equal("System.Text.Json.JsonElement?", run.Property("SharedLink", "Accessed").Type.ToDisplayString());
        Assert.False(run.Property("SharedLink", "Accessed").IsRequired);
        Assert.True(run.Property("SharedLink", "Url").IsRequired);
        Assert.False(run.Property("Link", "Token").IsRequired);
        Assert.Contains("required in requests", run.Source(".Models.Link.g.cs"), System.StringComparison.Ordinal);

        var lines = SendProbeLines(run, "required-undeclared", """
            lines.Add(Recorder.Outcome(recorder, c => c.CreateListenerAsync(new Tallyfy.Listener { Name = "n", Host = System.Text.Json.JsonDocument.Parse("\"h\"").RootElement, ListenerKey = System.Text.Json.JsonDocument.Parse("1").RootElement })));
            lines.Add(Recorder.Outcome(recorder, c => c.PutLinkAsync(new Tallyfy.Link { Url = "u" })));
            lines.Add(Recorder.Outcome(recorder, c => c.PutLinkAsync(new Tallyfy.Link { Url = "u", Token = System.Text.Json.JsonDocument.Parse("[1]").RootElement })));
            foreach (var json in new[] { "{\"url\":\"u\"}", "{\"url\":\"u\",\"accessed\":{\"at\":1}}" })
            {
                var link = System.Text.Json.JsonSerializer.Deserialize<Tallyfy.SharedLink>(json)!;
                lines.Add("read " + link.Url + "|" + (link.Accessed?.GetRawText() ?? "none") + "|" + System.Text.Json.JsonSerializer.Serialize(link));
            }

            try
            {
                System.Text.Json.JsonSerializer.Deserialize<Tallyfy.SharedLink>("{\"accessed\":1}");
                lines.Add("read without url");
            }
            catch (System.Text.Json.JsonException e)
            {
                lines.Add(e.Message);
            }
            """);
        Assert.Equal(
            new[]
            {
                """sent {"name":"n","host":"h","listener_key":1}""",
                "not sent: Required property 'token' of Link is not set: requests must carry it, though responses may leave it out.",
                """sent {"url":"u","token":[1]}""",
                """read u|none|{"url":"u"}""",
                """read u|{"at":1}|{"url":"u","accessed":{"at":1}}""",
            },
            lines.Take(5));
        Assert.Contains("'url'", lines[5], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Multi_type_schemas_are_json_values_doubles_or_numbers_that_may_come_as_strings()
    {
        var text = Spec("""
                    flexible:
                      type: [string, integer, boolean]
                    numeric:
                      type: [integer, number, "null"]
                    count:
                      type: [integer, string]
                      format: int32
                      pattern: "^-?(?:0|[1-9]\\d*)$"
                    amount:
                      type: ["null", number, string]
                      format: double
                      pattern: "^-?(?:0|[1-9]\\d*)(?:\\.\\d+)?$"
                    code:
                      type: [integer, string]
                      pattern: "^[0-9]+$"
                    unshaped:
                      type: [integer, string]
                      format: int32
            """, version: "3.1.0");

        var run = GeneratorHarness.Run(new SpecText("/specs/multi.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var thing = run.Source(".Models.Thing.g.cs");
        Assert.Contains("JsonElement? Flexible", thing, System.StringComparison.Ordinal);
        Assert.Contains("double? Numeric", thing, System.StringComparison.Ordinal);
        // A number or a string with a numeric format and a pattern (how ASP.NET Core describes numbers) is that number,
        // read from either form.
        Assert.Contains("int? Count", thing, System.StringComparison.Ordinal);
        Assert.Contains("double? Amount", thing, System.StringComparison.Ordinal);
        Assert.Contains("ReadNumberOrString<int>(ref reader)", thing, System.StringComparison.Ordinal);
        // Without a numeric format, or without a pattern, the string may be any text.
        Assert.Contains("JsonElement? Code", thing, System.StringComparison.Ordinal);
        Assert.Contains("JsonElement? Unshaped", thing, System.StringComparison.Ordinal);
    }

    /// <summary>
    /// npr's sponsorship API: an allOf of a base whose members are free-form (<c>attributes: {type: object}</c>, an array
    /// of objects) and of a part that declares them again with types. allOf asks a value to meet both, so the typed
    /// declaration is the member's type (it was the first, a JSON value, and the typed models were never generated); a
    /// member typed first (<c>href</c>, a string) stays as it is, and what the base requires stays required.
    /// </summary>
    [Fact]
    public void A_member_an_allof_part_declares_loosely_takes_the_type_a_later_part_gives_it()
    {
        var text = """
            openapi: 3.0.3
            info:
              title: Ads
              version: "1"
            paths:
              /ads:
                post:
                  operationId: receiveAdTracking
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: { $ref: "#/components/schemas/UserAdDocument" }
                  responses:
                    "200":
                      description: Tracked
                      content:
                        application/json:
                          schema: { $ref: "#/components/schemas/UserAdDocument" }
            components:
              schemas:
                CollectionDocument:
                  required: [href, attributes, items]
                  properties:
                    href: { type: string }
                    attributes: { type: object }
                    items: { type: array, items: { type: object } }
                    links: { type: object }
                UserAdDocument:
                  allOf:
                    - $ref: "#/components/schemas/CollectionDocument"
                    - properties:
                        href: { type: integer }
                        attributes: { $ref: "#/components/schemas/UserAdData" }
                        items:
                          description: What the sponsorship service sends back.
                          type: array
                          items: { $ref: "#/components/schemas/AdTracking" }
                UserAdData:
                  properties:
                    uid: { type: string }
                AdTracking:
                  required: [version]
                  properties:
                    version: { type: string }
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/ads.yaml", text));

        Assert.Empty(run.Diagnostics.Where(d => d.Severity > DiagnosticSeverity.Info));
        Assert.Empty(run.CompilationProblems());
        var document = run.Source(".Models.UserAdDocument.g.cs");
        Assert.Contains("public required UserAdData Attributes { get; init; }", document, System.StringComparison.Ordinal);
        Assert.Contains("public required IReadOnlyList<AdTracking> Items { get; init; }", document, System.StringComparison.Ordinal);
        Assert.Contains("What the sponsorship service sends back.", document, System.StringComparison.Ordinal);
        Assert.Contains("public required string Href { get; init; }", document, System.StringComparison.Ordinal);
        Assert.Contains("public JsonElement? Links { get; init; }", document, System.StringComparison.Ordinal);
        Assert.Contains("public required string Version { get; init; }", run.Source(".Models.AdTracking.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Strings_with_a_numeric_format_are_numbers_written_as_strings()
    {
        // Google's APIs send int64 and uint64 as strings, Stripe and Django REST framework decimals; pydantic's Decimal is a string
        // of its own pattern (and, in a request, anyOf a number and that string).
        var text = Spec("""
                    size:
                      type: string
                      format: int64
                    amount:
                      type: string
                      format: decimal
                      default: "0.50"
                    ratio:
                      type: string
                      format: double
                    bad:
                      type: string
                      format: int64
                      default: "x"
                    id:
                      type: string
                      format: int64
                      example: 6a09cdc3-8948-47f0-aa62-74ac943d6c58
                    listed:
                      type: string
                      format: decimal
                      examples: ["1.50", "n/a"]
                    shown:
                      type: string
                      format: int64
                      example: 42
                    length:
                      type: string
                      format: int32
                    price:
                      type: string
                      pattern: "^(?!^[-+.]*$)[+-]?0*\\d*\\.?\\d*$"
                    input:
                      anyOf:
                        - type: number
                        - type: string
                          pattern: "^(?!^[-+.]*$)[+-]?0*\\d*\\.?\\d*$"
                        - type: "null"
                    other:
                      type: string
                      pattern: "^[0-9]+$"
                    either:
                      oneOf:
                        - type: string
                          format: uint64
                        - type: boolean
                    code:
                      type: string
                      format: int64
                      enum: ["1", "2"]
            """, version: "3.1.0");

        var run = GeneratorHarness.Run(new SpecText("/specs/strings.yaml", text));

        Assert.Empty(run.CompilationProblems());
        Assert.Empty(run.Diagnostics);
        var thing = run.Output.GetTypeByMetadataName("Tallyfy.Thing")!;
        string TypeOf(string name) => thing.GetMembers(name).OfType<IPropertySymbol>().Single().Type.ToDisplayString();
        Assert.Equal("long?", TypeOf("Size"));
        Assert.Equal("decimal?", TypeOf("Amount"));
        Assert.Equal("double?", TypeOf("Ratio"));
        // A default or an example that is no number says the strings are not always numbers (telnyx's int64 ids with a
        // UUID for their example): a string, its default applied.
        Assert.Equal("string?", TypeOf("Bad"));
        Assert.Equal("string?", TypeOf("Id"));
        Assert.Equal("string?", TypeOf("Listed"));
        Assert.Equal("long?", TypeOf("Shown"));
        // No convention writes a 32-bit integer as a string (Google's writes 64-bit ones so): such a string may hold
        // words (Box's retention_length, int32, is "365" or "indefinite"), so it stays a string.
        Assert.Equal("string?", TypeOf("Length"));
        Assert.Equal("decimal?", TypeOf("Price"));
        Assert.Equal("decimal?", TypeOf("Input"));
        Assert.Equal("string?", TypeOf("Other"));
        Assert.Equal("Tallyfy.ThingCode?", TypeOf("Code")); // an enum stays an enum
        var source = run.Source(".Models.Thing.g.cs");
        Assert.Contains("ReadNumberOrString<long>(ref reader)", source, System.StringComparison.Ordinal);
        Assert.Contains("ApiJson.WriteNumberString(writer, ", source, System.StringComparison.Ordinal);
        Assert.Contains("0.50m", source, System.StringComparison.Ordinal);
        Assert.Contains("string? _bad = \"x\";", source, System.StringComparison.Ordinal);
        // In a union, a number as a string is tried on a string token.
        var either = run.Source(".Models.ThingEither.g.cs");
        var stringCase = either.IndexOf("JsonTokenType.String", System.StringComparison.Ordinal);
        Assert.True(stringCase >= 0 && either.IndexOf("ReadNumberOrString<ulong>", stringCase, System.StringComparison.Ordinal) > stringCase, either);
    }

    [Fact]
    public void Googles_datetime_and_NJsonSchemas_guid_are_the_formats_they_spell()
    {
        // Google's APIs write RFC 3339 timestamps as google-datetime (2,582 members in the APIs.guru directory); NSwag's
        // NJsonSchema writes and reads guid as uuid. Formats nobody agrees on (datetime, url) stay strings.
        var text = Spec("""
                    updated:
                      type: string
                      format: google-datetime
                    key:
                      type: string
                      format: guid
                    loose:
                      type: string
                      format: datetime
            """);

        var run = GeneratorHarness.Run(new SpecText("/specs/formats.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var thing = run.Output.GetTypeByMetadataName("Tallyfy.Thing")!;
        string TypeOf(string name) => thing.GetMembers(name).OfType<IPropertySymbol>().Single().Type.ToDisplayString();
        Assert.Equal("System.DateTimeOffset?", TypeOf("Updated"));
        Assert.Equal("System.Guid?", TypeOf("Key"));
        Assert.Equal("string?", TypeOf("Loose"));
    }

    [Fact]
    public void A_schema_without_type_takes_the_type_its_const_or_enum_values_all_have()
    {
        // 3.1 writes a fixed value as `const` and often leaves `type` out; 3.0 specs leave it out beside `enum` too. The
        // values say what the member is; values of different kinds (or none) leave it a JSON value.
        var text = Spec("""
                    kind:
                      const: outer
                    version:
                      const: 3
                    ratio:
                      const: 0.5
                    live:
                      const: true
                    level:
                      enum: [1, 2, 3]
                    weight:
                      enum: [0.5, 1, null]
                    flag:
                      enum: [true, false]
                    mixed:
                      enum: [1, one]
                    nothing:
                      const: null
            """, extra: "      required: [kind, version]\n", version: "3.1.0");

        var run = GeneratorHarness.Run(new SpecText("/specs/untyped.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var thing = run.Source(".Models.Thing.g.cs");
        Assert.Contains("string Kind", thing, System.StringComparison.Ordinal);
        Assert.Contains("long Version", thing, System.StringComparison.Ordinal);
        Assert.Contains("double? Ratio", thing, System.StringComparison.Ordinal);
        Assert.Contains("bool? Live", thing, System.StringComparison.Ordinal);
        Assert.Contains("ThingLevel? Level", thing, System.StringComparison.Ordinal);
        Assert.Contains("Value3 { get; } = new(3L);", run.Source(".Models.ThingLevel.g.cs"), System.StringComparison.Ordinal);
        Assert.Contains("double? Weight", thing, System.StringComparison.Ordinal);
        Assert.Contains("bool? Flag", thing, System.StringComparison.Ordinal);
        Assert.Contains("JsonElement? Mixed", thing, System.StringComparison.Ordinal);

        // The required constants are preset: a response that leaves them out reads as the spec's values, and a body that
        // carries them reads them as the typed values.
        var user = """
            public static class Probe
            {
                public static string Read(string json)
                {
                    var thing = System.Text.Json.JsonSerializer.Deserialize<Tallyfy.Thing>(json)!;
                    return $"{thing.Kind}|{thing.Version}|{thing.Ratio}|{thing.Live}|{thing.Level}|{thing.Weight}|{thing.Flag}|{thing.Mixed}";
                }
            }
            """;
        var assembly = run.Load(user, "untyped-constants");
        var read = assembly.GetType("Probe")!.GetMethod("Read")!;
        Assert.Equal("outer|3||||||", read.Invoke(null, new object[] { "{}" }));
        Assert.Equal(
            "outer|3|0.5|True|2|1|False|one",
            read.Invoke(null, new object[] { """{"kind":"outer","version":3,"ratio":0.5,"live":true,"level":2,"weight":1,"flag":false,"mixed":"one"}""" }));
    }

    [Fact]
    public void In_swagger_2_a_property_or_definition_named_x_something_is_a_schema_not_an_extension()
    {
        var text = """
            {
              "swagger": "2.0",
              "info": { "title": "Things", "version": "1" },
              "paths": {
                "/thing": { "get": { "operationId": "getThing", "produces": ["application/json"],
                  "responses": { "200": { "description": "ok", "schema": { "$ref": "#/definitions/Thing" } } } } }
              },
              "definitions": {
                "Thing": { "type": "object", "required": ["x-trace"], "properties": {
                  "x-trace": { "type": "string", "x-nullable": true },
                  "x-part": { "$ref": "#/definitions/x-part" } } },
                "x-part": { "type": "object", "properties": { "size": { "type": "integer" } } }
              }
            }
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/x.json", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var thing = run.Source(".Models.Thing.g.cs");
        Assert.Matches("s_names = ApiJson.Names\\([^)]*\"x-trace\"", thing);
        // Converted as a schema: its x-nullable became nullable.
        Assert.Contains("<c>x-trace</c>, required, may be null", thing, System.StringComparison.Ordinal);
        Assert.Contains("public string? XTrace", thing, System.StringComparison.Ordinal);
        Assert.Contains("XPart? XPart", thing, System.StringComparison.Ordinal);
        Assert.Contains(run.Sources, s => s.HintName.EndsWith(".Models.XPart.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_forms_undeclared_members_and_a_map_form_are_sent_field_by_field()
    {
        // An object keeps the members its schema does not declare (AdditionalProperties) and a JSON body writes them back,
        // but a URL-encoded or multipart form sent only the declared fields: the rest were lost without a word. And a form
        // whose schema is a map (additionalProperties alone) took the caller's raw bytes (TGEN010).
        var text = """
            openapi: 3.0.3
            info:
              title: Forms
              version: "1"
            servers:
              - url: https://example.test
            paths:
              /notes:
                post:
                  operationId: addNote
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          $ref: "#/components/schemas/Note"
                  responses:
                    "204":
                      description: added
              /tagged:
                post:
                  operationId: addTagged
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema:
                          $ref: "#/components/schemas/Tagged"
                  responses:
                    "204":
                      description: added
              /loose:
                post:
                  operationId: addLoose
                  requestBody:
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          $ref: "#/components/schemas/Tagged"
                  responses:
                    "204":
                      description: added
              /labels:
                post:
                  operationId: addLabels
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          type: object
                          additionalProperties:
                            type: integer
                  responses:
                    "204":
                      description: added
              /words:
                post:
                  operationId: addWords
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          additionalProperties:
                            type: string
                  responses:
                    "204":
                      description: added
              /files:
                post:
                  operationId: addFiles
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          type: object
                          additionalProperties:
                            type: string
                            format: binary
                  responses:
                    "204":
                      description: added
            components:
              schemas:
                Note:
                  type: object
                  properties:
                    title:
                      type: string
                  additionalProperties:
                    type: string
                Tagged:
                  type: object
                  properties:
                    title:
                      type: string
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/forms.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var lines = SendProbeLines(run, "form-extras", """
            var members = System.Text.Json.JsonSerializer.Deserialize<System.Collections.Generic.Dictionary<string, System.Text.Json.JsonElement>>(
                "{\"n\":1,\"s\":\"x y\",\"o\":{\"k\":true},\"z\":null}")!;
            lines.Add(Recorder.Outcome(recorder, c => c.AddNoteAsync(new Tallyfy.Note { Title = "a", AdditionalProperties = new System.Collections.Generic.Dictionary<string, string?> { ["color"] = "red", ["none"] = null } })));
            lines.Add(Parts(Recorder.Outcome(recorder, c => c.AddTaggedAsync(new Tallyfy.Tagged { Title = "a", AdditionalProperties = members }))));
            lines.Add(Recorder.Outcome(recorder, c => c.AddLooseAsync(new Tallyfy.Tagged { Title = "a", AdditionalProperties = members })));
            lines.Add(Recorder.Outcome(recorder, c => c.AddLabelsAsync(new System.Collections.Generic.Dictionary<string, long> { ["b"] = 2, ["a"] = 1 })));
            lines.Add(Parts(Recorder.Outcome(recorder, c => c.AddWordsAsync(new System.Collections.Generic.Dictionary<string, string> { ["w"] = "hi" }))));
            lines.Add(Recorder.Outcome(recorder, c => c.AddWordsAsync(null)));
            lines.Add(Recorder.Outcome(recorder, c => c.AddLabelsAsync(null!)));
            lines.Add(Recorder.Outcome(recorder, c => c.AddFilesAsync(new System.Collections.Generic.Dictionary<string, Tallyfy.ApiFile> { ["f"] = new Tallyfy.ApiFile(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes("file text"))) })));

            // Each part as name, content type and text, in order.
            static string Parts(string sent)
            {
                if (!sent.StartsWith("sent --", System.StringComparison.Ordinal))
                {
                    return sent;
                }

                var boundary = sent.Substring("sent ".Length, sent.IndexOf('\r') - "sent ".Length);
                var described = new System.Collections.Generic.List<string>();
                foreach (var part in sent.Substring("sent ".Length).Split(boundary, System.StringSplitOptions.RemoveEmptyEntries))
                {
                    var split = part.IndexOf("\r\n\r\n", System.StringComparison.Ordinal);
                    if (split < 0)
                    {
                        continue;
                    }

                    var headers = part.Substring(0, split);
                    var name = System.Text.RegularExpressions.Regex.Match(headers, "name=\"([^\"]*)\"").Groups[1].Value;
                    var type = System.Text.RegularExpressions.Regex.Match(headers, "Content-Type: ([^;\r]*)").Groups[1].Value;
                    described.Add(name + " " + type + " " + part.Substring(split + 4, part.Length - split - 4 - "\r\n".Length));
                }

                return "sent parts: " + string.Join(" | ", described);
            }
            """);
        Assert.Equal(
            new[]
            {
                "sent title=a&color=red",
                "sent parts: title text/plain a | n text/plain 1 | s text/plain x y | o application/json {\"k\":true}",
                "sent title=a&n=1&s=x+y&o=%7B%22k%22%3Atrue%7D",
                "sent b=2&a=1",
                "sent parts: w text/plain hi",
                "sent ",
                "not sent: Value cannot be null. (Parameter 'body')",
                "sent f=file+text",
            },
            lines);
    }

    [Fact]
    public void A_free_form_url_encoded_form_takes_a_string_map_sent_field_by_field()
    {
        // A URL-encoded form whose schema allows any member and declares none (type: object alone, as billbee's PATCH
        // bodies, additionalProperties: true, no schema at all) took the caller's raw bytes with TGEN010 saying the
        // schema must be an object, which it is: every form is fields of text, so such a form takes them as a map; and
        // offered beside JSON, it was no overload at all.
        var text = """
            openapi: 3.0.3
            info:
              title: Forms
              version: "1"
            servers:
              - url: https://example.test
            paths:
              /orders/{id}:
                patch:
                  operationId: patchOrder
                  parameters:
                    - name: id
                      in: path
                      required: true
                      schema:
                        type: integer
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          type: object
                  responses:
                    "204":
                      description: patched
              /any:
                post:
                  operationId: postAny
                  requestBody:
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          type: object
                          additionalProperties: true
                  responses:
                    "204":
                      description: posted
              /bare:
                post:
                  operationId: postBare
                  requestBody:
                    content:
                      application/x-www-form-urlencoded: {}
                  responses:
                    "204":
                      description: posted
              /products/{id}:
                patch:
                  operationId: patchProduct
                  parameters:
                    - name: id
                      in: path
                      required: true
                      schema:
                        type: integer
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: "#/components/schemas/Product"
                      application/x-www-form-urlencoded:
                        schema:
                          type: object
                  responses:
                    "204":
                      description: patched
            components:
              schemas:
                Product:
                  type: object
                  properties:
                    title:
                      type: string
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/free-form.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var lines = SendProbeLines(run, "free-form-form", """
            lines.Add(Recorder.Outcome(recorder, c => c.PatchOrderAsync(7, new System.Collections.Generic.Dictionary<string, string> { ["state"] = "paid", ["note"] = "a&b c" })));
            lines.Add(Recorder.Outcome(recorder, c => c.PostAnyAsync(new System.Collections.Generic.Dictionary<string, string> { ["x"] = "1" })));
            lines.Add(Recorder.Outcome(recorder, c => c.PostBareAsync(new System.Collections.Generic.Dictionary<string, string> { ["y"] = "2" })));
            lines.Add(Recorder.Outcome(recorder, c => c.PostAnyAsync()));
            lines.Add(Recorder.Outcome(recorder, c => c.PatchOrderAsync(7, null!)));
            lines.Add(Recorder.Outcome(recorder, c => c.PatchProductAsync(8, new Tallyfy.Product { Title = "a" })));
            lines.Add(Recorder.Outcome(recorder, c => c.PatchProductAsync(8, new System.Collections.Generic.Dictionary<string, string> { ["title"] = "b", ["stock"] = "3" })));
            """);
        Assert.Equal(
            new[]
            {
                "sent state=paid&note=a%26b+c",
                "sent x=1",
                "sent y=2",
                "sent ",
                "not sent: Value cannot be null. (Parameter 'body')",
                "sent {\"title\":\"a\"}",
                "sent title=b&stock=3",
            },
            lines);
    }

    [Fact]
    public void A_3_2_discriminator_default_mapping_reads_a_value_without_a_mapped_discriminator_as_its_schema()
    {
        // OpenAPI 3.2's defaultMapping names the schema a value is when its discriminator is absent or maps to nothing:
        // it was ignored, so such a value read as the base (or as Unknown in a oneOf).
        var text = """
            openapi: 3.2.0
            info:
              title: Pets
              version: "1"
            servers:
              - url: https://example.test
            paths:
              /pets:
                get:
                  operationId: getPet
                  responses:
                    "200":
                      description: a pet
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Pet"
              /toys:
                get:
                  operationId: getToy
                  responses:
                    "200":
                      description: a toy
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Toy"
              /things:
                get:
                  operationId: getThing
                  responses:
                    "200":
                      description: a thing
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Thing"
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    kind:
                      type: string
                    name:
                      type: string
                  discriminator:
                    propertyName: kind
                    mapping:
                      cat: "#/components/schemas/Cat"
                    defaultMapping: OtherPet
                Cat:
                  allOf:
                    - $ref: "#/components/schemas/Pet"
                    - type: object
                      properties:
                        lives:
                          type: integer
                OtherPet:
                  allOf:
                    - $ref: "#/components/schemas/Pet"
                    - type: object
                      properties:
                        note:
                          type: string
                Toy:
                  type: object
                  required: [kind]
                  properties:
                    kind:
                      type: string
                  discriminator:
                    propertyName: kind
                    mapping:
                      car: Car
                      doll: Doll
                    defaultMapping: Doll
                Car:
                  allOf:
                    - $ref: "#/components/schemas/Toy"
                Doll:
                  allOf:
                    - $ref: "#/components/schemas/Toy"
                Thing:
                  oneOf:
                    - $ref: "#/components/schemas/Ball"
                    - $ref: "#/components/schemas/Stick"
                  discriminator:
                    propertyName: shape
                    mapping:
                      round: "#/components/schemas/Ball"
                    defaultMapping: "#/components/schemas/Stick"
                Ball:
                  type: object
                  properties:
                    shape:
                      type: string
                    size:
                      type: integer
                Stick:
                  type: object
                  properties:
                    shape:
                      type: string
                    length:
                      type: integer
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/pets.yaml", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var lines = SendProbeLines(run, "default-mapping", """
            foreach (var json in new[] { "{\"kind\":\"cat\",\"lives\":9}", "{\"name\":\"Rex\",\"note\":\"good\"}", "{\"kind\":\"lizard\",\"note\":\"odd\"}", "{\"kind\":\"OtherPet\"}" })
            {
                var pet = System.Text.Json.JsonSerializer.Deserialize<Tallyfy.Pet>(json)!;
                lines.Add(pet.GetType().Name + " " + (pet as Tallyfy.OtherPet)?.Note + " " + pet.Kind);
            }

            foreach (var json in new[] { "{\"kind\":\"car\"}", "{\"kind\":\"plane\"}", "{}" })
            {
                // Every value the mapping names is a class, so the base is abstract; a value it does not name is the default's.
                lines.Add(System.Text.Json.JsonSerializer.Deserialize<Tallyfy.Toy>(json)!.GetType().Name + " " + typeof(Tallyfy.Toy).IsAbstract);
            }

            foreach (var json in new[] { "{\"shape\":\"round\",\"size\":3}", "{\"length\":5}", "{\"shape\":\"long\",\"length\":7}", "[1]" })
            {
                var thing = System.Text.Json.JsonSerializer.Deserialize<Tallyfy.Thing>(json)!;
                lines.Add(thing switch
                {
                    Tallyfy.Thing.Ball ball => "Ball " + ball.Value.Size,
                    Tallyfy.Thing.Stick stick => "Stick " + stick.Value.Length,
                    _ => thing.GetType().Name,
                });
            }
            """);
        Assert.Equal(
            new[]
            {
                "Cat  cat",
                "OtherPet good ",
                "OtherPet odd lizard",
                "OtherPet  OtherPet",
                "Car True",
                "Doll True",
                "Doll True",
                "Ball 3",
                "Stick 5",
                "Stick 7",
                "Unknown",
            },
            lines);
    }

    [Theory]
    [InlineData("Pet", "defaultMapping: Nowhere")]
    [InlineData("Thing", "defaultMapping: \"#/components/schemas/Pet\"")]
    public void A_3_2_discriminator_default_mapping_that_names_no_schema_it_chooses_between_is_TGEN019_at_it(string schema, string defaultMapping)
    {
        var text = $$"""
            openapi: 3.2.0
            info:
              title: Pets
              version: "1"
            paths:
              /things:
                get:
                  operationId: getThing
                  responses:
                    "200":
                      description: a thing
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Thing"
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    kind:
                      type: string
                  discriminator:
                    propertyName: kind
                    {{(schema == "Pet" ? defaultMapping : "mapping: {}")}}
                Cat:
                  allOf:
                    - $ref: "#/components/schemas/Pet"
                Dog:
                  allOf:
                    - $ref: "#/components/schemas/Pet"
                Thing:
                  oneOf:
                    - $ref: "#/components/schemas/Cat"
                    - $ref: "#/components/schemas/Dog"
                  discriminator:
                    propertyName: kind
                    {{(schema == "Thing" ? defaultMapping : "mapping: {}")}}
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/pets.yaml", text));

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "TGEN019");
        Assert.Contains("defaultMapping", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Contains("defaultMapping", text.Split('\n')[span.StartLinePosition.Line], System.StringComparison.Ordinal);
    }
}
