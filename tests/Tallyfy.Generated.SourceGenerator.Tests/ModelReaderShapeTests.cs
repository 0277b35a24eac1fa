using System;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// A model outside a hierarchy reads itself in a private constructor that sets each optional property as its member is
/// read (no local and no initializer line per property), when that is the shorter code; a required or defaulted
/// property keeps its local, and the type keeps its public parameterless constructor. Each shape compiles clean.
/// </summary>
public sealed class ModelReaderShapeTests
{
    [Fact]
    public void Optional_properties_are_set_by_the_reading_constructor()
    {
        var models = Models("""
            "Thing": { "type": "object", "properties": { "display_name": { "type": "string" }, "count": { "type": "integer" }, "tags": { "type": "array", "items": { "type": "string" } } } }
            """);

        Assert.Contains("public sealed partial class Thing : ApiJsonModel<Thing>", models, StringComparison.Ordinal);
        Assert.Contains("public Thing() { }", models, StringComparison.Ordinal);
        Assert.Contains("static Thing ApiJsonModel<Thing>.Read(ref Utf8JsonReader reader) => new(ref reader);", models, StringComparison.Ordinal);
        Assert.Contains("private Thing(ref Utf8JsonReader reader)", models, StringComparison.Ordinal);
        Assert.Contains("case 0: DisplayName = ApiJson.MemberString(ref reader); break;", models, StringComparison.Ordinal);
        Assert.Contains("default: AdditionalProperties = ApiJson.KeepMember(ref reader, AdditionalProperties); break;", models, StringComparison.Ordinal);
        Assert.DoesNotContain("_displayName", models, StringComparison.Ordinal);
        Assert.DoesNotContain("_additionalProperties", models, StringComparison.Ordinal);
        Assert.DoesNotContain("return new Thing", models, StringComparison.Ordinal);
        Assert.DoesNotContain("\npartial class", models, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_and_defaulted_properties_keep_their_locals_and_the_constructor_sets_required_members()
    {
        var models = Models("""
            "Order": { "type": "object", "required": ["id", "note"], "properties": { "id": { "type": "integer" }, "note": { "type": "string", "nullable": true }, "status": { "type": "string", "default": "new" }, "first_name": { "type": "string" }, "last_name": { "type": "string" }, "middle_name": { "type": "string" } } }
            """);

        Assert.Contains("[SetsRequiredMembers]", models, StringComparison.Ordinal);
        Assert.Contains("private Order(ref Utf8JsonReader reader)", models, StringComparison.Ordinal);
        Assert.Contains("Id = _id ?? throw ApiJson.MissingProperty(\"Order\", \"id\");", models, StringComparison.Ordinal);
        Assert.Contains("Note = _noteSeen ? _note : throw ApiJson.MissingProperty(\"Order\", \"note\");", models, StringComparison.Ordinal);
        Assert.Contains("string? _status = \"new\";", models, StringComparison.Ordinal);
        Assert.Contains("Status = _status;", models, StringComparison.Ordinal);
        Assert.Contains("FirstName = ApiJson.MemberString(ref reader); break;", models, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_whose_constructor_would_not_be_shorter_keeps_the_static_reader()
    {
        var models = Models("""
            "Pair": { "type": "object", "required": ["a", "b"], "properties": { "a": { "type": "string" }, "b": { "type": "string" } }, "additionalProperties": false }
            """);

        Assert.Contains("return new Pair", models, StringComparison.Ordinal);
        Assert.DoesNotContain("private Pair(", models, StringComparison.Ordinal);
    }

    [Fact]
    public void The_writer_names_each_member_by_the_readers_name_table()
    {
        var models = Models("""
            "Order": { "type": "object", "required": ["id"], "properties": { "id": { "type": "integer" }, "created_at": { "type": "string", "readOnly": true }, "note": { "type": "string" }, "sender": { "type": "string", "nullable": true } } }
            """);

        var writer = models.Substring(models.IndexOf("Order>.Write(", StringComparison.Ordinal));
        Assert.Contains("private static readonly byte[][] s_names = ApiJson.Names(\"id\", \"created_at\", \"note\", \"sender\");", models, StringComparison.Ordinal);
        Assert.Contains("writer.WriteNumber(s_names[0], value.Id);", writer, StringComparison.Ordinal);
        Assert.DoesNotContain("s_names[1]", writer, StringComparison.Ordinal);
        Assert.Contains("ApiJson.WriteString(writer, s_names[2], value.Note);", writer, StringComparison.Ordinal);
        // Optional and nullable in a class a request sends: written when set, a null as null.
        Assert.Contains("if (value._sender.IsSet) { writer.WriteString(s_names[3], value.Sender); }", writer, StringComparison.Ordinal);
        Assert.DoesNotContain("u8", models, StringComparison.Ordinal);
    }

    private static string Models(string schemas)
    {
        var spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "M", "version": "1" },
              "servers": [ { "url": "https://example.test" } ],
              "paths": { "/things": { "post": { "operationId": "send",
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/NAME" } } } },
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/NAME" } } } } } } } },
              "components": { "schemas": { SCHEMAS } }
            }
            """.Replace("SCHEMAS", schemas).Replace("NAME", schemas.Trim().Split('"')[1]);
        var run = GeneratorHarness.Run(new SpecText("/specs/m.json", spec, "M", "MClient"));
        Assert.Empty(run.Diagnostics);
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        return string.Join("\n", run.Sources.Where(s => s.HintName.Contains(".Models", StringComparison.Ordinal) || s.HintName.Contains("Thing", StringComparison.Ordinal) || s.HintName.Contains("Order", StringComparison.Ordinal) || s.HintName.Contains("Pair", StringComparison.Ordinal)).Select(s => s.SourceText.ToString()));
    }
}
