using System;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Emitting;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// The support file holds only what the namespace's clients use: a small spec gets a small set that compiles clean,
/// and each feature brings its own support code with it.
/// </summary>
public sealed class SupportSelectionTests
{
    private const string Minimal = "{}";

    [Fact]
    public void A_minimal_spec_gets_a_small_support_set_that_compiles_clean()
    {
        var run = Generate(Minimal);

        var support = run.Source(".ApiSupport.g.cs");
        Assert.True(support.Length < SupportEmitter.Emit("F").Length * 6 / 10, "support is " + support.Length + " of " + SupportEmitter.Emit("F").Length);
        foreach (var absent in new[] { "class ApiFile", "class ApiBasicCredentials", "class ApiHeaderValues", "TryReadVariant", "ReadMap", "ReadDuration", "AppendQueryObject", "FileContent", "class Members" })
        {
            Assert.DoesNotContain(absent, support, StringComparison.Ordinal);
        }

        foreach (var present in new[] { "class ApiResponse", "class ApiResponseHeaders", "class ApiRequestOptions", "struct ApiRawResponse", "class ApiResponseException" })
        {
            Assert.Contains(present, support, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("""{ "requestBody": { "content": { "multipart/form-data": { "schema": { "type": "object", "properties": { "a": { "type": "string" }, "f": { "type": "string", "format": "binary" } } } } } } }""", "class ApiFile", "FileContent", "WriteFile")]
    [InlineData("""{ "requestBody": { "content": { "application/octet-stream": { "schema": { "type": "string", "format": "binary" } } } } }""", "StreamContent")]
    [InlineData("""{ "requestBody": { "content": { "text/plain": { "schema": { "type": "string" } } } } }""", "TextContent")]
    [InlineData("""{ "requestBody": { "content": { "application/x-www-form-urlencoded": { "schema": { "type": "object", "properties": { "a": { "type": "string" } } } } } } }""", "class ApiJsonConverter", "class Members")]
    [InlineData("""{ "x-security": "basic" }""", "class ApiBasicCredentials")]
    [InlineData("""{ "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "oneOf": [ { "type": "string" }, { "type": "integer" } ] } } } } } }""", "TryReadVariant", "ReadStringValue")]
    [InlineData("""{ "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "oneOf": [ { "$ref": "#/components/schemas/A" }, { "$ref": "#/components/schemas/B" } ] } } } } } }""", "RankObjectVariants", "ReadVariant")]
    [InlineData("""{ "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Pet" } } } } } }""", "FindDiscriminator", "PeekDiscriminator")]
    [InlineData("""{ "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "object", "additionalProperties": { "type": "integer" } } } } } } }""", "ReadMap", "WriteMap")]
    [InlineData("""{ "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "string", "format": "date-time" } } } } } }""", "ReadDateTimeOffset", "WriteDateTimeOffset")]
    [InlineData("""{ "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "string", "format": "date" } } } } } }""", "ReadDateOnly")]
    [InlineData("""{ "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "string", "format": "duration" } } } } } }""", "ReadDuration", "ParseDuration")]
    [InlineData("""{ "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "string", "format": "time" } } } } } }""", "ReadTimeOnly", "ParseTimeOnly")]
    [InlineData("""{ "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "string", "format": "date-time-rfc1123" } } } } } }""", "ReadRfc1123")]
    [InlineData("""{ "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "string", "format": "base64url" } } } } } }""", "ReadBase64Url")]
    [InlineData("""{ "responses": { "200": { "description": "ok", "headers": { "X-Count": { "schema": { "type": "integer" } } } } } }""", "class ApiHeaderValues", "ParseInt64")]
    [InlineData("""{ "parameters": [ { "name": "filter", "in": "query", "style": "deepObject", "explode": true, "schema": { "type": "object", "properties": { "a": { "type": "string" } } } } ] }""", "AppendQueryDeep", "DeepPairs")]
    [InlineData("""{ "parameters": [ { "name": "filter", "in": "query", "style": "form", "explode": true, "schema": { "type": "object", "properties": { "a": { "type": "string" } } } } ] }""", "AppendQueryObject")]
    [InlineData("""{ "requestBody": { "content": { "application/x-www-form-urlencoded": { "schema": { "type": "object", "properties": { "m": { "type": "object", "additionalProperties": { "type": "string" } } } }, "encoding": { "m": { "style": "deepObject", "explode": true } } } } }, "responses": { "204": { "description": "ok" } } }""", "AddStyledField", "DeepPairs")]
    [InlineData("""{ "parameters": [ { "name": "X-Trace", "in": "header", "schema": { "type": "string" } } ] }""", "string HeaderValue(")]
    public void Each_feature_brings_its_support_code_and_compiles_clean(string operation, params string[] expected)
    {
        var minimal = Generate(Minimal).Source(".ApiSupport.g.cs");

        var run = Generate(operation);

        var support = run.Source(".ApiSupport.g.cs");
        foreach (var part in expected)
        {
            Assert.DoesNotContain(part, minimal, StringComparison.Ordinal);
            Assert.Contains(part, support, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("number", "float", "Format(float value)")]
    [InlineData("number", "double", "Format(double value)")]
    [InlineData("number", "decimal", "Format(decimal value)")]
    [InlineData("string", "date-time", "Format(DateTimeOffset value)")]
    [InlineData("string", "date", "Format(DateOnly value)")]
    [InlineData("string", "time", "Format(TimeOnly value)", "FormatTimeOnly")]
    [InlineData("string", "duration", "Format(TimeSpan value)", "FormatDuration")]
    [InlineData("string", "uuid", "Format(Guid value)")]
    [InlineData("integer", "uint32", "Format(uint value)")]
    [InlineData("integer", "uint64", "Format(ulong value)")]
    public void A_query_parameter_of_a_type_brings_its_Format_overload_and_no_other_does(string type, string format, params string[] expected)
    {
        var minimal = Generate("""{ "parameters": [ { "name": "q", "in": "query", "schema": { "type": "string" } } ] }""").Source(".ApiSupport.g.cs");

        var run = Generate("""{ "parameters": [ { "name": "q", "in": "query", "schema": { "type": "TYPE", "format": "FORMAT" } } ] }""".Replace("TYPE", type).Replace("FORMAT", format));

        var support = run.Source(".ApiSupport.g.cs");
        Assert.Contains("Format(string value)", minimal, StringComparison.Ordinal);
        foreach (var part in expected)
        {
            Assert.DoesNotContain(part, minimal, StringComparison.Ordinal);
            Assert.Contains(part, support, StringComparison.Ordinal);
        }

        // Only the overload of the parameter's type among the marked ones.
        foreach (var other in new[] { "float", "double", "decimal", "DateTimeOffset", "DateOnly", "TimeOnly", "TimeSpan", "Guid", "sbyte", "ushort", "ulong" })
        {
            if (!expected[0].Contains("(" + other + " ", StringComparison.Ordinal) && !run.Sources.Any(f => !f.HintName.EndsWith(".ApiSupport.g.cs", StringComparison.Ordinal) && f.SourceText.ToString().Contains(other, StringComparison.Ordinal)))
            {
                Assert.DoesNotContain("Format(" + other + " value)", support, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("""{ "responses": { "200": { "description": "ok", "content": { "text/plain": { "schema": { "type": "string" } } } } } }""", "string mediaType, string body)")]
    [InlineData("""{ "responses": { "200": { "description": "ok", "content": { "application/octet-stream": { "schema": { "type": "string", "format": "binary" } } } } } }""", "string mediaType, Stream body)", "OpenAsync(")]
    public void A_response_body_kind_brings_its_members_of_the_response_types(string operation, params string[] expected)
    {
        var minimal = Generate(Minimal).Source(".ApiSupport.g.cs");

        var support = Generate(operation).Source(".ApiSupport.g.cs");

        foreach (var part in expected)
        {
            Assert.DoesNotContain(part, minimal, StringComparison.Ordinal);
            Assert.Contains(part, support, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_marked_member_is_kept_when_any_client_file_contains_its_text()
    {
        var uses = SupportEmitter.Uses(new[] { "ApiRequest.Format(v);", "public float? Weight { get; init; }" });

        Assert.Contains(SupportParts.ContainsPrefix + "float", uses);
        Assert.DoesNotContain(SupportParts.ContainsPrefix + "double", uses);
        var support = SupportEmitter.Emit("F", uses);
        Assert.Contains("Format(float value)", support, StringComparison.Ordinal);
        Assert.DoesNotContain("Format(double value)", support, StringComparison.Ordinal);
        Assert.Contains("Format(string value)", support, StringComparison.Ordinal);
        Assert.DoesNotContain(SupportParts.OnlyWhereMarker.Trim(), support, StringComparison.Ordinal);

        // All of the support code has every member.
        Assert.Contains("Format(double value)", SupportEmitter.Emit("F"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_clients_in_one_namespace_share_a_support_file_with_what_either_uses()
    {
        var run = GeneratorHarness.Run(
            new SpecText("/specs/dates.json", Spec("""{ "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "string", "format": "duration" } } } } } }"""), "F", "DatesClient"),
            new SpecText("/specs/headers.json", Spec("""{ "responses": { "200": { "description": "ok", "headers": { "X-Count": { "schema": { "type": "integer" } } } } } }""").Replace("doThing", "doOther"), "F", "HeadersClient"));

        Assert.Empty(run.Diagnostics);
        var support = run.Source(".ApiSupport.g.cs");
        Assert.Contains("ReadDuration", support, StringComparison.Ordinal);
        Assert.Contains("class ApiHeaderValues", support, StringComparison.Ordinal);
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
    }

    [Fact]
    public void A_used_member_brings_what_it_calls_and_all_of_it_is_kept_when_nothing_is_said()
    {
        var uses = new[] { GeneratedNames.ApiRequest + ".Format", SupportParts.ContainsPrefix + "TimeSpan" }.ToEquatableArray();

        var text = SupportEmitter.Emit("F", uses);

        // ApiRequest.Format(TimeSpan) (kept: the code names TimeSpan) calls ApiJson.FormatDuration, which is kept with the class around it.
        Assert.Contains("public static string FormatDuration(", text, StringComparison.Ordinal);
        Assert.DoesNotContain("public static TimeSpan ReadDuration(", text, StringComparison.Ordinal);
        Assert.Contains("public static TimeSpan ReadDuration(", SupportEmitter.Emit("F"), StringComparison.Ordinal);
        var compilation = GeneratorHarness.CreateCompilation(text);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Support_code_writes_names_short_where_they_bind_to_the_same_types()
    {
        var support = Generate(Minimal).Source(".ApiSupport.g.cs");

        Assert.DoesNotContain("global::F.", support, StringComparison.Ordinal);
        Assert.Contains("using global::System;", support, StringComparison.Ordinal);
        Assert.Contains("public ReadOnlyMemory<byte> RawBodyBytes", support, StringComparison.Ordinal);
        Assert.Contains("public ApiResponseHeaders Headers", support, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_type_named_like_a_base_library_type_keeps_that_name_qualified_in_the_support_code()
    {
        var schemas = new[] { "Stream", "Encoding", "Interlocked", "HttpResponseMessage", "MemoryMarshal", "CultureInfo" };
        var spec = Spec("""{ "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/A" } } } } } }""")
            .Replace("\"A\": { \"type\": \"object\"", string.Join(", ", schemas.Select(s => "\"" + s + "\": { \"type\": \"object\", \"properties\": { \"x\": { \"type\": \"string\" } } }")) + ", \"A\": { \"type\": \"object\"", StringComparison.Ordinal)
            .Replace("\"a\": { \"type\": \"string\" }", string.Join(", ", schemas.Select(s => "\"" + s.ToLowerInvariant() + "\": { \"$ref\": \"#/components/schemas/" + s + "\" }")) + ", \"a\": { \"type\": \"string\" }", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(new SpecText("/specs/f.json", spec, "F", "FClient") { KeepUnusedSchemas = "true" });
        Assert.Empty(run.Diagnostics);
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));

        var support = run.Source(".ApiSupport.g.cs");
        Assert.Contains("public sealed partial class Stream", run.Source("FClient.Models.Stream.g.cs"), StringComparison.Ordinal);
        Assert.Contains("global::System.IO.Stream? bodyStream", support, StringComparison.Ordinal);
        Assert.Contains("global::System.Runtime.InteropServices.MemoryMarshal.TryGetArray", support, StringComparison.Ordinal);
        Assert.Contains("global::System.Threading.Interlocked.CompareExchange", support, StringComparison.Ordinal);
        Assert.Contains("global::System.Net.Http.HttpResponseMessage response", support, StringComparison.Ordinal);
        Assert.Contains("public ReadOnlyMemory<byte> RawBodyBytes", support, StringComparison.Ordinal);
    }

    [Fact]
    public void Support_code_keeps_the_doc_comments_a_user_can_see_only()
    {
        var support = Generate(Minimal).Source(".ApiSupport.g.cs");

        Assert.Contains("/// <summary>The HTTP status code.</summary>", support, StringComparison.Ordinal);
        Assert.Contains("/// <summary>Every response and content header, looked up by case-insensitive name.</summary>", support, StringComparison.Ordinal);
        Assert.DoesNotContain("Headers made in code; null for a response's.", support, StringComparison.Ordinal);
        Assert.DoesNotContain("A response made in code for a case's public constructor", support, StringComparison.Ordinal);
        Assert.Contains("private protected static ApiRawResponse Fake(int statusCode", support, StringComparison.Ordinal);
    }

    [Fact]
    public void Support_code_leaves_the_comments_inside_its_code_in_the_templates()
    {
        var all = SupportEmitter.Emit("F");
        var support = Generate(Minimal).Source(".ApiSupport.g.cs");

        Assert.StartsWith("// <auto-generated/>\n// Generated by ", support, StringComparison.Ordinal);
        Assert.DoesNotContain("// A name can be on both collections only when a handler put it there", support, StringComparison.Ordinal);
        Assert.DoesNotContain("// A name can be on both collections only when a handler put it there", all, StringComparison.Ordinal);
        Assert.Contains("var count = _headers!.NonValidated.Count;", support, StringComparison.Ordinal);
        Assert.DoesNotContain(support.Split('\n'), line => line.TrimStart('\t').StartsWith("// ", StringComparison.Ordinal) && line.StartsWith('\t'));
    }

    [Fact]
    public void Support_code_says_once_what_every_result_union_and_typed_header_offers()
    {
        var support = Generate(Minimal).Source(".ApiSupport.g.cs");

        Assert.Contains("<c>Undocumented</c> is any status the spec does not document.", support, StringComparison.Ordinal);
        Assert.Contains("<c>Match</c> (a value per case) and <c>Switch</c> (an action per case), every case required", support, StringComparison.Ordinal);
        Assert.Contains("<c>EnsureSuccess</c>: the success case (this result if several are 2xx), else throws <c>ApiResponseException</c>.", support, StringComparison.Ordinal);
        Assert.Contains("a typed member is null when its header is absent or malformed.</summary>", support, StringComparison.Ordinal);
        Assert.Contains("ArgumentNullException.ThrowIfNull(name);", support, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_is_met_by_code_that_holds_its_tokens_not_by_comments_strings_or_longer_names()
    {
        var uses = SupportEmitter.Uses(new[]
        {
            "// uint in a comment, \"ulong\" in a string\nvar a = uint8; var b = \"ushort\"; global::System.TimeSpan t; x.Guid = 1; decimal d;",
            "/// <summary>sbyte, <see cref=\"global::System.DateOnly\"/></summary>\npublic sealed class Stream { }\npublic class DateOnlyish { } // float\npublic class Outer\n{\n\tpublic class Uri { }\n}",
        });

        var met = uses.Where(use => use.StartsWith(SupportParts.ContainsPrefix, StringComparison.Ordinal)).Select(use => use.Substring(SupportParts.ContainsPrefix.Length));
        Assert.Equal(new[] { "Guid", "Stream", "TimeSpan", "decimal" }, met);
        Assert.Contains(SupportParts.DeclaredPrefix + "Stream", uses);
        Assert.Contains("Uri", SupportParts.From(SupportEmitter.Sources).LibraryNames);
        Assert.DoesNotContain(SupportParts.DeclaredPrefix + "Uri", uses);
    }

    [Fact]
    public void What_a_client_uses_is_read_from_its_code()
    {
        var uses = SupportEmitter.Uses(new[] { "x = global::F.ApiJson.ReadDuration(ref reader); y = MyApiJson.Nope(); ApiRequest.Format(v); var f = (ApiFile?)null;" });

        Assert.Equal(new[] { "ApiFile", "ApiJson", "ApiJson.ReadDuration", "ApiRequest", "ApiRequest.Format" }, uses);
    }

    [Fact]
    public void A_name_inside_a_longer_identifier_is_a_use_but_a_member_call_needs_the_class_name_on_its_own()
    {
        var uses = SupportEmitter.Uses(new[]
        {
            "ApiApiJson.Read(); MyApiResponseHeaders h; ApiJson.; _ApiHeaderValues.Join(x);",
            "global::F.ApiRequest.Format.Inner(ApiRequestOptions o)ApiFile",
        });

        Assert.Equal(
            new[] { "ApiFile", "ApiHeaderValues", "ApiJson", "ApiRequest", "ApiRequest.Format", "ApiRequestOptions", "ApiResponse", "ApiResponseHeaders" },
            uses);
    }

    private static GeneratorRun Generate(string operation)
    {
        // The fixture's schemas are there whether or not the operation uses them (each brings its support code).
        var run = GeneratorHarness.Run(new SpecText("/specs/f.json", Spec(operation), "F", "FClient") { KeepUnusedSchemas = "true" });
        Assert.Empty(run.Diagnostics);
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        return run;
    }

    /// <summary>
    /// A spec of one operation, <c>POST /things</c>, with the operation's members given (<c>"x-security": "basic"</c>
    /// for basic authentication instead); the object schemas and the hierarchy are in it only when the operation refers to them.
    /// </summary>
    private static string Spec(string operation)
    {
        var basic = operation.Contains("\"x-security\": \"basic\"", StringComparison.Ordinal);
        var members = basic ? string.Empty : operation.Trim().TrimStart('{').TrimEnd('}').Trim();
        if (!members.Contains("\"responses\"", StringComparison.Ordinal))
        {
            members = "\"responses\": { \"204\": { \"description\": \"done\" } }" + (members.Length == 0 ? string.Empty : ", " + members);
        }

        var schemas = !members.Contains("#/components/schemas/", StringComparison.Ordinal) ? string.Empty : """
            "A": { "type": "object", "required": ["a"], "properties": { "a": { "type": "string" } } },
            "B": { "type": "object", "required": ["b"], "properties": { "b": { "type": "string" } } },
            "Pet": { "type": "object", "required": ["kind"], "properties": { "kind": { "type": "string" } }, "discriminator": { "propertyName": "kind" } },
            "Cat": { "allOf": [ { "$ref": "#/components/schemas/Pet" }, { "type": "object", "properties": { "lives": { "type": "integer" } } } ] }
            """;
        return """
            {
              "openapi": "3.0.3",
              "info": { "title": "F", "version": "1" },
              "servers": [ { "url": "https://example.test" } ],
              "paths": { "/things": { "post": { "operationId": "doThing", MEMBERS } } },
              "components": { "schemas": { SCHEMAS }AUTH }USEAUTH
            }
            """
            .Replace("MEMBERS", members)
            .Replace("SCHEMAS", schemas)
            .Replace("USEAUTH", basic ? """, "security": [ { "basicAuth": [] } ]""" : string.Empty)
            .Replace("AUTH", basic ? """, "securitySchemes": { "basicAuth": { "type": "http", "scheme": "basic" } }""" : string.Empty);
    }
}
