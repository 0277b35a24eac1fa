using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// Generated names do not depend on the order of the spec: reordering paths, schemas, properties or enum values, or
/// adding an unrelated operation and schema, leaves every existing type and member name as it was.
/// </summary>
public sealed class StableNameTests
{
    private const int Seed = 20261201;
    private const string UnrelatedPath = "/0-unrelated-probe";
    private const string UnrelatedSchema = "AaUnrelatedProbe";

    /// <summary>Names that collide once made PascalCase: which of them gets the plain name must not depend on order.</summary>
    private const string CollidingSpec = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Colliding", "version": "1" },
          "paths": {
            "/foo": { "get": { "operationId": "getFoo", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/foo" } } } } } } },
            "/Foo": { "get": { "operationId": "GetFoo", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Foo" } } } } } } },
            "/foo_": { "get": { "operationId": "get_foo", "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/foo_" } } } } } } },
            "/bar/{id}": { "get": { "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ], "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "object", "properties": { "kind": { "type": "string", "enum": [ "a-b", "a_b", "A B", "ab" ] } } } } } } } } },
            "/bar/{id}/": { "get": { "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ], "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "object", "properties": { "kind": { "type": "integer" } } } } } } } } }
          },
          "components": {
            "schemas": {
              "foo": { "type": "object", "properties": { "id": { "type": "string" }, "Id": { "type": "integer" }, "id_": { "type": "boolean" } } },
              "Foo": { "type": "object", "properties": { "name": { "type": "string" }, "status": { "type": "string", "enum": [ "on-hold", "on_hold", "ON HOLD", "onHold" ] } } },
              "foo_": { "type": "string", "enum": [ "x-y", "x_y", "X Y" ] },
              "FooResult": { "type": "object", "properties": { "count": { "type": "integer" } } }
            }
          }
        }
        """;

    [Fact]
    public void Reordering_a_spec_with_colliding_names_changes_no_generated_name()
    {
        AssertReorderKeepsNames("/specs/colliding.json", CollidingSpec);
    }

    [Fact]
    public void Reordering_the_specs_in_the_repository_changes_no_generated_name()
    {
        var legacy = Path.Combine(RepoPaths.Root, "tests", "Tallyfy.Generated.Features.Tests", "Specs", "legacy.swagger.json");
        foreach (var path in new[] { RepoPaths.TallyfySpec, legacy })
        {
            AssertReorderKeepsNames(path, File.ReadAllText(path));
        }
    }

    [SkippableTheory]
    [InlineData("nswag-jira-open-api.json")]
    [InlineData("discord-openapi.json")]
    [InlineData("twilio-twilio_messaging_v1.json")]
    public void Reordering_a_large_real_spec_changes_no_generated_name(string file)
    {
        var path = Path.Combine(RepoPaths.RealWorldSpecs, file);
        Skip.If(!File.Exists(path), "The real-world specs are not beside the repository.");

        AssertReorderKeepsNames(path, File.ReadAllText(path));
    }

    [Fact]
    public void The_same_inline_parameter_schema_under_the_same_name_is_one_type_not_numbered_copies()
    {
        // order: [asc, desc] written inline on each list operation became Order, Order2, Order3: copies that differ in
        // name only, so a caller could not pass one operation's value to the next. Written alike under the same name it
        // is one type; a different schema under that name, or the same one under another, keeps a type of its own.
        const string Text = """
            openapi: 3.0.3
            info: { title: Lists, version: "1" }
            paths:
              /a:
                get:
                  operationId: listA
                  parameters:
                    - { name: order, in: query, schema: { type: string, enum: [asc, desc] } }
                    - { name: kinds, in: query, schema: { type: array, items: { type: string, enum: [x, y] } } }
                  responses: { "204": { description: ok } }
              /b:
                get:
                  operationId: listB
                  parameters:
                    - { name: order, in: query, schema: { type: string, enum: [asc, desc] } }
                    - { name: kinds, in: query, schema: { type: array, items: { type: string, enum: [x, y] } } }
                    - { name: sort, in: query, schema: { type: string, enum: [asc, desc] } }
                  responses: { "204": { description: ok, headers: { X-Mode: { schema: { type: string, enum: [fast, slow] } } } } }
              /c:
                get:
                  operationId: listC
                  parameters:
                    - { name: order, in: query, schema: { type: string, enum: [newest, oldest] } }
                  responses: { "204": { description: ok, headers: { X-Mode: { schema: { enum: [slow, fast], type: string } } } } }
            """;

        var client = Parse("/specs/lists.yaml", Text);

        string TypeOf(string operation, string parameter) =>
            Describe(client.Operations.Single(o => o.Name == operation).Parameters.Single(p => p.WireName == parameter).Type);
        Assert.Equal("Enum Order", TypeOf("ListA", "order"));
        Assert.Equal("Enum Order", TypeOf("ListB", "order"));
        Assert.Equal("Enum Order2", TypeOf("ListC", "order"));
        Assert.Equal(TypeOf("ListA", "kinds"), TypeOf("ListB", "kinds"));
        Assert.Equal("Enum Sort", TypeOf("ListB", "sort"));
        // A response header's enum likewise, its values and keywords in any order.
        string HeaderOf(string operation) => Describe(client.Operations.Single(o => o.Name == operation).Result.Cases.Single(c => c.Status == 204).Headers.Single().Type);
        Assert.Equal("Enum XMode", HeaderOf("ListB"));
        Assert.Equal("Enum XMode", HeaderOf("ListC"));
        Assert.Equal(new[] { "KindsItem", "Order", "Order2", "Sort", "XMode" }, client.Types.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
        var run = GeneratorHarness.Run(new SpecText("/specs/lists.yaml", Text));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
    }

    private static void AssertReorderKeepsNames(string path, string text)
    {
        var original = Signature(Parse(path, text));
        var reordered = Signature(Parse(path, Reorder(text, new Random(Seed), addUnrelated: true)));
        var reversed = Signature(Parse(path, Reorder(text, null, addUnrelated: false)));

        // The unrelated additions bring their own lines and nothing else.
        var added = reordered.Except(original).ToList();
        Assert.All(added, line => Assert.True(line.Contains(UnrelatedPath, StringComparison.Ordinal) || line.Contains(UnrelatedSchema, StringComparison.Ordinal), $"{Path.GetFileName(path)}: reordering changed a name: {line}"));
        Assert.Empty(original.Except(reordered));
        Assert.Equal(original, reversed);
        Assert.NotEmpty(added);
    }

    private static ClientModel Parse(string path, string text)
    {
        var result = ClientGeneration.Parse(new SpecFile(path, text, "Stable", "StableClient"), CancellationToken.None);
        Assert.NotNull(result.Client);
        return result.Client!;
    }

    /// <summary>
    /// Every generated name, each keyed by what in the spec it comes from (an operation by method and path, a property by
    /// its wire name, an enum member by its value): two names swapping places shows as two changed lines.
    /// </summary>
    internal static List<string> Signature(ClientModel client)
    {
        var lines = new List<string>();
        foreach (var operation in client.Operations)
        {
            var key = $"op {operation.Method} {operation.PathTemplate}";
            lines.Add($"{key} => {operation.Name}, {operation.Result.TypeName}");
            lines.AddRange(operation.Parameters.Select(p => $"{key} param {p.Location} {p.WireName} => {p.Identifier}: {Describe(p.Type)}"));
            foreach (var @case in operation.Result.Cases)
            {
                lines.Add($"{key} case {@case.Kind} {@case.Status} => {@case.Name} {@case.ArgumentName} {@case.HeadersTypeName}: {(@case.Body is null ? "-" : Describe(@case.Body.Type))}");
                lines.AddRange(@case.Headers.Select(h => $"{key} case {@case.Status} header {h.WireName} => {h.Identifier}: {Describe(h.Type)}"));
            }

            if (operation.RequestBody is { } body)
            {
                lines.AddRange(body.Form.Fields.Select(f => $"{key} field {f.JsonName} => {f.Name}: {Describe(f.Type)}"));
            }
        }

        foreach (var type in client.Types)
        {
            var key = $"type {type.Name}";
            switch (type)
            {
                case ObjectTypeModel model:
                    lines.Add($"{key} object {model.Hierarchy?.BaseName} {model.Extra?.Name}");
                    lines.AddRange(model.Properties.Select(p => $"{key} prop {p.JsonName} => {p.Name}: {Describe(p.Type)}"));
                    break;
                case EnumTypeModel model:
                    lines.Add($"{key} enum");
                    lines.AddRange(model.Members.Select(m => $"{key} member {m.Value} => {m.Name}"));
                    break;
                case UnionTypeModel model:
                    lines.Add($"{key} union");
                    lines.AddRange(model.Variants.Select(v => $"{key} variant {Describe(v.Type)} => {v.Name} {v.ArgumentName}"));
                    break;
            }
        }

        lines.AddRange(client.SecuritySchemes.Select(s => $"security {s.Name} => {s.PropertyName}"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Describe(TypeRef type) =>
        type.Item is null ? type.Kind + (type.Name is null ? string.Empty : " " + type.Name) : type.Kind + "<" + Describe(type.Item) + ">";

    /// <summary>
    /// The spec with its paths, schemas, properties and enum values shuffled (reversed when <paramref name="random"/>
    /// is null), and optionally an unrelated operation and schema added, first in the document and first in ordinal order.
    /// </summary>
    internal static string Reorder(string text, Random? random, bool addUnrelated)
    {
        var root = JsonNode.Parse(text)!.AsObject();
        Visit(root, random);
        if (root["paths"] is JsonObject paths)
        {
            Reorder(paths, random);
            if (addUnrelated)
            {
                var schemaRef = root["swagger"] is null ? "#/components/schemas/" + UnrelatedSchema : "#/definitions/" + UnrelatedSchema;
                var response = root["swagger"] is null
                    ? new JsonObject { ["description"] = "ok", ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = schemaRef } } } }
                    : new JsonObject { ["description"] = "ok", ["schema"] = new JsonObject { ["$ref"] = schemaRef } };
                Prepend(paths, UnrelatedPath, new JsonObject
                {
                    ["get"] = new JsonObject { ["operationId"] = "getUnrelatedProbe", ["responses"] = new JsonObject { ["200"] = response } },
                });
            }
        }

        var schemas = root["components"]?["schemas"] as JsonObject ?? root["definitions"] as JsonObject;
        if (schemas is null && addUnrelated)
        {
            schemas = new JsonObject();
            if (root["swagger"] is null)
            {
                root["components"] ??= new JsonObject();
                root["components"]!["schemas"] = schemas;
            }
            else
            {
                root["definitions"] = schemas;
            }
        }

        if (schemas is not null)
        {
            Reorder(schemas, random);
            if (addUnrelated)
            {
                Prepend(schemas, UnrelatedSchema, new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["probe"] = new JsonObject { ["type"] = "string" } } });
            }
        }

        return root.ToJsonString();
    }

    /// <summary>Shuffles every <c>properties</c> object and every <c>enum</c> array below <paramref name="node"/>.</summary>
    private static void Visit(JsonNode? node, Random? random)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var member in obj.ToList())
                {
                    Visit(member.Value, random);
                }

                if (obj["properties"] is JsonObject properties)
                {
                    Reorder(properties, random);
                }

                if (obj["enum"] is JsonArray values)
                {
                    var items = values.ToList();
                    values.Clear();
                    foreach (var item in Shuffle(items, random))
                    {
                        values.Add(item);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Visit(item, random);
                }

                break;
        }
    }

    private static void Reorder(JsonObject obj, Random? random)
    {
        var members = obj.ToList();
        obj.Clear();
        foreach (var member in Shuffle(members, random))
        {
            obj.Add(member.Key, member.Value);
        }
    }

    private static void Prepend(JsonObject obj, string name, JsonNode value)
    {
        var members = obj.ToList();
        obj.Clear();
        obj.Add(name, value);
        foreach (var member in members)
        {
            obj.Add(member.Key, member.Value);
        }
    }

    private static List<T> Shuffle<T>(List<T> items, Random? random)
    {
        var result = new List<T>(items);
        if (random is null)
        {
            result.Reverse();
            return result;
        }

        for (var i = result.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (result[i], result[j]) = (result[j], result[i]);
        }

        return result;
    }
}
