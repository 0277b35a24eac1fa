using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// Valid specs whose names equal a name the generator derives (a converter, a local, a member of a generated class, a
/// framework type): each compiled to broken C# while those names were string literals; now they compile cleanly.
/// </summary>
public sealed class NameCollisionTests
{
    private const string Namespace = "Mini";

    [Fact]
    public void A_schema_named_like_another_schemas_converter_gets_its_own_name()
    {
        var run = Run(Spec(
            Operation("getFoo", "get", "/foo", "[]", Ok("{ \"$ref\": \"#/components/schemas/Foo\" }")),
            """
            "Foo": { "type": "object", "properties": { "other": { "$ref": "#/components/schemas/FooJsonConverter" } } },
            "FooJsonConverter": { "type": "object", "properties": { "name": { "type": "string" } } }
            """));

        AssertCompilesCleanly(run);
        var models = run.Sources.Select(s => s.HintName).Where(h => h.Contains(".Models.")).OrderBy(h => h).ToList();
        Assert.Equal(new[] { "MiniClient.Models.Foo.g.cs", "MiniClient.Models.FooJsonConverter2.g.cs" }, models);
        Assert.Equal(TypeKind.Class, Type(run, "FooJsonConverter2").TypeKind);
        // Foo reads and writes itself through the support's one generic converter: no class of its own takes the name.
        var model = Type(run, "Foo").Interfaces.Single();
        Assert.Equal("ApiJsonModel", model.Name);
        Assert.Equal<ISymbol>(Type(run, "Foo"), model.TypeArguments.Single());
        Assert.Null(run.Output.GetTypeByMetadataName(Namespace + ".FooJsonConverter"));
    }

    [Theory]
    [InlineData("id", "idValue", "query")]
    [InlineData("x", "xHeader", "header")]
    [InlineData("c", "cCookie", "cookie")]
    public void A_parameter_named_like_another_parameters_local_keeps_its_name(string first, string second, string location)
    {
        var parameters = "[" + Parameter(first, location, required: false) + ", " + Parameter(second, "query", required: false) + "]";
        var run = Run(Spec(Operation("getThing", "get", "/thing", parameters, Ok("{ \"type\": \"string\" }"))));

        AssertCompilesCleanly(run);
        Assert.Equal(new[] { first, second, "cancellationToken" }, ParameterNames(run, "GetThingAsync"));
    }

    [Fact]
    public void Parameters_named_like_the_methods_locals_keep_their_names_and_the_locals_step_aside()
    {
        var names = new[] { "bodyValue", "content", "request", "response", "path", "query", "raw", "form", "item", "writer", "value" };
        var parameters = "[" + string.Join(", ", names.Select(n => Parameter(n, "query", required: false))) + "]";
        var body = """, "requestBody": { "content": { "application/json": { "schema": { "type": "array", "items": { "type": "string" } } } } }""";
        var run = Run(Spec(Operation("postThing", "post", "/thing", parameters, Ok("{ \"type\": \"string\" }"), body)));

        AssertCompilesCleanly(run);
        Assert.Equal(new[] { "body" }.Concat(names).Append("cancellationToken"), ParameterNames(run, "PostThingAsync"));
    }

    [Fact]
    public void A_parameter_named_cancellationToken_is_the_one_renamed()
    {
        var run = Run(Spec(Operation("getThing", "get", "/thing", "[" + Parameter("cancellationToken", "query", required: true) + "]", Ok("{ \"type\": \"string\" }"))));

        AssertCompilesCleanly(run);
        Assert.Equal(new[] { "cancellationToken2", "cancellationToken" }, ParameterNames(run, "GetThingAsync"));
    }

    [Fact]
    public void A_form_body_beside_parameters_named_like_its_locals_compiles()
    {
        var parameters = "[" + string.Join(", ", new[] { "form", "field0", "content", "bodyValue" }.Select(n => Parameter(n, "query", required: false))) + "]";
        var body = """
            , "requestBody": { "content": { "application/x-www-form-urlencoded": { "schema": { "type": "object", "properties": { "name": { "type": "string" }, "tags": { "type": "array", "items": { "type": "string" } } } } } } }
            """;
        var run = Run(Spec(Operation("postThing", "post", "/thing", parameters, Ok("{ \"type\": \"string\" }"), body)));

        AssertCompilesCleanly(run);
    }

    [Theory]
    [InlineData("Count", "Count2")]
    [InlineData("GetValue", "GetValue2")]
    [InlineData("Contains", "Contains2")]
    [InlineData("Empty", "Empty2")]
    [InlineData("OkHeaders", "OkHeaders2")]
    [InlineData("Headers", "Headers")]
    public void A_response_header_named_like_a_member_of_the_headers_class_gets_another_name(string header, string member)
    {
        var response = """
            "200": { "description": "ok", "headers": { "HEADER": { "schema": { "type": "integer" } }, "X-Other": { "schema": { "type": "string" } } }, "content": { "application/json": { "schema": { "type": "string" } } } }
            """.Replace("HEADER", header);
        var run = Run(Spec(Operation("getThing", "get", "/thing", "[]", response)));

        AssertCompilesCleanly(run);
        var headers = Type(run, "GetThingResult+OkHeaders");
        Assert.Contains(headers.GetMembers().OfType<IPropertySymbol>(), p => p.Name == member && p.Type.ToDisplayString() == "long?");
    }

    [Fact]
    public void Headers_documented_alike_share_one_class_in_the_client_whose_name_no_operation_or_schema_takes()
    {
        // Operations and a schema named like the client's shared members: the operations keep their methods, the
        // schema keeps its top-level name beside the client's nested class of the same name.
        var response = """
            "200": { "description": "ok", "headers": { "X-Limit": { "schema": { "type": "integer" } }, "X-Tag": { "schema": { "type": "string" } } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ResponseHeaders1" } } } }
            """;
        var security = """, "security": [ { "key": [] } ]""";
        var run = Run(Spec(
            Operation("responseHeaders1", "get", "/one", "[]", response, security)
                + ", " + Operation("security1", "get", "/two", "[]", response, security)
                + ", " + Operation("other", "get", "/three", "[]", response.Replace("X-Tag", "X-Different")),
            """
            "ResponseHeaders1": { "type": "object", "properties": { "name": { "type": "string" } } }
            """).Replace("\"schemas\": {", "\"securitySchemes\": { \"key\": { \"type\": \"apiKey\", \"in\": \"header\", \"name\": \"X-Key\" } }, \"schemas\": {"));

        AssertCompilesCleanly(run);
        var client = Type(run, "MiniClient");
        Assert.Single(client.GetMembers("ResponseHeaders1Async"));
        Assert.Single(client.GetMembers("Security1Async"));
        var shared = client.GetTypeMembers().Single();
        Assert.True(shared.IsSealed);
        Assert.NotEqual<ISymbol>(Type(run, "ResponseHeaders1"), shared);
        Assert.Contains(Type(run, "ResponseHeaders1").GetMembers().OfType<IPropertySymbol>(), p => p.Name == "Name");

        // The cases that document them alike declare no headers class: their Headers is the shared class.
        Assert.Empty(Type(run, "ResponseHeaders1Result+Ok").GetTypeMembers());
        Assert.Empty(Type(run, "ResponseHeaders1Result").GetTypeMembers("OkHeaders"));
        Assert.Equal(shared, HeadersType(run, "ResponseHeaders1Result+Ok"));
        Assert.Equal(shared, HeadersType(run, "Security1Result+Ok"));
        Assert.Contains(shared.GetMembers().OfType<IPropertySymbol>(), p => p.Name == "XLimit" && p.Type.ToDisplayString() == "long?");
        Assert.Contains(shared.GetMembers().OfType<IPropertySymbol>(), p => p.Name == "XTag");

        // Headers no other case documents stay in the case's own class.
        var own = Type(run, "OtherResult+OkHeaders");
        Assert.Equal("ApiResponseHeaders", own.BaseType!.Name);
        Assert.Equal(own, HeadersType(run, "OtherResult+Ok"));
        Assert.Contains(own.GetMembers().OfType<IPropertySymbol>(), p => p.Name == "XDifferent");
    }

    [Fact]
    public void A_result_whose_documented_cases_all_share_one_headers_class_declares_Headers_once_on_the_union()
    {
        var limited = """{ "description": "d", "headers": { "X-Limit": { "schema": { "type": "integer" } } }, "content": { "application/json": { "schema": { "type": "string" } } } }""";
        var plain = """{ "description": "d", "content": { "application/json": { "schema": { "type": "string" } } } }""";
        var consumer = """
            namespace Consumer
            {
                internal static class Use
                {
                    public static long? FromUnion(Mini.GetAllResult result) => result.Headers.XLimit;
                    public static long? FromCase(Mini.GetAllResult.NotFound notFound) => notFound.Headers.XLimit;
                    public static long? FromCatchAll(Mini.GetAllResult.Undocumented other) => other.Headers.XLimit;
                    public static long? FromMixedCase(Mini.GetSomeResult.Ok ok) => ok.Headers.XLimit;
                }
            }
            """;
        var run = Run(consumer, Spec(
            Operation("getAll", "get", "/all", "[]", "\"200\": " + limited + ", \"404\": " + limited)
                + ", " + Operation("getSome", "get", "/some", "[]", "\"200\": " + limited + ", \"404\": " + plain)));

        AssertCompilesCleanly(run);
        var shared = Type(run, "MiniClient").GetTypeMembers().Single();

        // Every documented case has the same headers: the union says Headers once, and no case declares it again.
        Assert.Equal(shared, Type(run, "GetAllResult").GetMembers("Headers").OfType<IPropertySymbol>().Single().Type);
        Assert.Empty(Type(run, "GetAllResult+Ok").GetMembers("Headers"));
        Assert.Empty(Type(run, "GetAllResult+NotFound").GetMembers("Headers"));
        Assert.Equal(shared, HeadersType(run, "GetAllResult+NotFound"));

        // A case without those headers beside one with them: the one with them keeps its own typed Headers.
        Assert.Empty(Type(run, "GetSomeResult").GetMembers("Headers"));
        Assert.Equal(shared, HeadersType(run, "GetSomeResult+Ok"));
        Assert.Equal("ApiResponseHeaders", HeadersType(run, "GetSomeResult+NotFound").Name);
    }

    /// <summary>The type of a case's <c>Headers</c>: its own, or the nearest base class's (the union's, or <c>ApiResponse</c>'s).</summary>
    private static ITypeSymbol HeadersType(GeneratorRun run, string caseType)
    {
        for (var type = (ITypeSymbol?)Type(run, caseType); type is not null; type = type.BaseType)
        {
            if (type.GetMembers("Headers").OfType<IPropertySymbol>().SingleOrDefault() is { } headers)
            {
                return headers.Type;
            }
        }

        throw new Xunit.Sdk.XunitException(caseType + " has no Headers.");
    }

    [Fact]
    public void A_property_named_like_its_class_and_properties_named_like_converter_locals_compile()
    {
        var run = Run(Spec(
            Operation("getName", "get", "/name", "[]", Ok("{ \"$ref\": \"#/components/schemas/Name\" }")),
            """
            "Name": { "type": "object", "required": ["name", "id"], "properties": { "name": { "type": "string" }, "id": { "type": "string" }, "idSeen": { "type": "boolean" }, "_id": { "type": "string" } } }
            """));

        AssertCompilesCleanly(run);
        var properties = Type(run, "Name").GetMembers().OfType<IPropertySymbol>().Select(p => p.Name).ToList();
        Assert.Contains("NameValue", properties);
        Assert.Contains("IdSeen", properties);
    }

    [Fact]
    public void A_schema_named_like_the_converters_name_table_reads_and_writes_as_itself()
    {
        // Each converter's table of member names is a field called Names: a schema of that name, used inside other
        // converters and inside its own, must still mean the type.
        var run = Run(Spec(
            Operation("getNames", "get", "/names", "[]", Ok("{ \"$ref\": \"#/components/schemas/Holder\" }")),
            """
            "Names": { "type": "object", "properties": { "names": { "type": "array", "items": { "$ref": "#/components/schemas/Names" } } } },
            "Holder": { "type": "object", "required": ["names"], "properties": { "names": { "$ref": "#/components/schemas/Names" } } }
            """));

        AssertCompilesCleanly(run);
        Assert.Equal("Mini.Names", ((IPropertySymbol)Type(run, "Holder").GetMembers("NamesValue").Concat(Type(run, "Holder").GetMembers("Names")).Single()).Type.ToDisplayString());
    }

    [Fact]
    public void Enum_values_named_like_the_enum_members_get_other_names()
    {
        var run = Run(Spec(
            Operation("getKind", "get", "/kind", "[]", Ok("{ \"$ref\": \"#/components/schemas/Kind\" }")),
            """
            "Kind": { "type": "string", "enum": ["Value", "IsKnown", "KnownValues", "Kind", "ToString"] }
            """));

        AssertCompilesCleanly(run);
        var kind = Type(run, "Kind");
        Assert.Equal(TypeKind.Struct, kind.TypeKind);
        Assert.Equal("string", ((IPropertySymbol)kind.GetMembers("Value").Single()).Type.ToDisplayString());
        Assert.Single(kind.GetMembers("Value2"));
        Assert.Single(kind.GetMembers("IsKnown2"));
    }

    [Fact]
    public void Union_variants_and_result_cases_stay_clear_of_their_members()
    {
        var run = Run(Spec(
            Operation("getShape", "get", "/shape", "[]", Ok("{ \"$ref\": \"#/components/schemas/Shape\" }")),
            """
            "Shape": { "oneOf": [ { "$ref": "#/components/schemas/Unknown" }, { "$ref": "#/components/schemas/Match" } ] },
            "Unknown": { "type": "object", "properties": { "a": { "type": "string" } } },
            "Match": { "type": "object", "properties": { "b": { "type": "string" } } }
            """));

        AssertCompilesCleanly(run);
    }

    [Fact]
    public void An_operation_named_like_the_clients_send_helper_keeps_its_name_and_the_helper_steps_aside()
    {
        var run = Run(Spec(Operation("sendAndRead", "get", "/send", "[]", Ok("{ \"type\": \"string\" }"))));

        AssertCompilesCleanly(run);
        var client = Type(run, "MiniClient");
        var method = Assert.IsAssignableFrom<IMethodSymbol>(Assert.Single(client.GetMembers("SendAndReadAsync")));
        Assert.Equal(Accessibility.Public, method.DeclaredAccessibility);
        Assert.Equal(Accessibility.Private, Assert.Single(client.GetMembers("SendAndReadAsync2")).DeclaredAccessibility);
    }

    [Fact]
    public void Schemas_named_like_framework_types_do_not_shadow_them_wherever_they_are_used()
    {
        var spec = Spec(
            Operation("getTask", "get", "/task", "[" + Parameter("exception", "query", required: false, schema: """{ "type": "string", "enum": ["a", "b"] }""") + "]",
                Ok("""{ "type": "object", "properties": { "task": { "$ref": "#/components/schemas/Task" }, "errors": { "type": "array", "items": { "$ref": "#/components/schemas/Exception" } } } }"""),
                """, "requestBody": { "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Guid" } } } } }"""),
            """
            "Task": { "type": "object", "properties": { "id": { "type": "string" } } },
            "Exception": { "type": "object", "properties": { "message": { "type": "string" } } },
            "Guid": { "type": "string", "enum": ["x"] }
            """);

        // Code in the client's namespace that names the framework types as users do.
        var consumer = """
            using System;
            using System.Threading.Tasks;

            namespace Mini
            {
                internal static class UsesFrameworkTypes
                {
                    public static async Task<Exception?> RunAsync(Guid id)
                    {
                        await Task.Yield();
                        return id == Guid.Empty ? new Exception("none") : null;
                    }
                }
            }
            """;
        var run = Run(consumer, spec);

        AssertCompilesCleanly(run);
        var types = run.Sources.Select(s => s.HintName).ToList();
        Assert.DoesNotContain("MiniClient.Models.Task.g.cs", types);
        Assert.DoesNotContain("MiniClient.Models.Exception.g.cs", types);
        Assert.DoesNotContain("MiniClient.Models.Guid.g.cs", types);
        Assert.Contains("MiniClient.Models.TaskModel.g.cs", types);
        Assert.Contains("MiniClient.Models.ExceptionModel.g.cs", types);
    }

    [Fact]
    public void A_union_typed_form_body_adds_the_fields_of_the_variant_held()
    {
        var body = """
            , "requestBody": { "content": { "application/x-www-form-urlencoded": { "schema": { "$ref": "#/components/schemas/Pet" } } } }
            """;
        var run = Run(Spec(
            Operation("addPet", "post", "/pets", "[]", Ok("{ \"type\": \"string\" }"), body),
            """
            "Pet": { "oneOf": [ { "$ref": "#/components/schemas/Cat" }, { "$ref": "#/components/schemas/Dog" }, { "type": "string" } ] },
            "Cat": { "type": "object", "required": ["meow"], "properties": { "meow": { "type": "string" } } },
            "Dog": { "type": "object", "properties": { "bark": { "type": "integer" } } }
            """));

        AssertCompilesCleanly(run);
        Assert.DoesNotContain(run.Diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("must be an object schema"));
        var client = run.Sources.Single(s => s.HintName == "MiniClient.g.cs").SourceText.ToString();
        Assert.Contains("case Pet.Cat variant:", client);
        Assert.Contains("if (variant.Value.Meow is { } field0) form.Add(new(\"meow\", ApiRequest.Format(field0)));", client);
        Assert.Contains("case Pet.Dog variant2:", client);
        Assert.Contains("if (variant2.Value.Bark is { } ", client);
        Assert.Contains("\"bark\", ApiRequest.Format(", client);
        Assert.Contains("FormUrlEncodedContent(form)", client);
        // The string variant (and an unknown one) is not an object: it goes as JSON.
        Assert.Contains(", ApiJsonConverter<Pet>.Writer), \"application/json\")", client);
    }

    [Fact]
    public void A_spec_full_of_collisions_generated_twice_gives_identical_output()
    {
        var spec = Spec(
            Operation("getFoo", "get", "/foo", "[" + Parameter("id", "query", false) + ", " + Parameter("idValue", "query", false) + ", " + Parameter("cancellationToken", "header", false) + "]",
                """
                "200": { "description": "ok", "headers": { "Count": { "schema": { "type": "string" } } }, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Foo" } } } }
                """),
            """
            "Foo": { "type": "object", "properties": { "foo": { "$ref": "#/components/schemas/FooJsonConverter" } } },
            "FooJsonConverter": { "type": "string", "enum": ["Value", "IsKnown"] },
            "Task": { "type": "object", "properties": { "id": { "type": "string" } } }
            """);

        var first = Run(spec);
        var second = Run(spec);

        AssertCompilesCleanly(first);
        GeneratedSources.AssertIdentical(GeneratedSources.Of(first), GeneratedSources.Of(second), "two runs of a spec full of collisions");
    }

    private static GeneratorRun Run(string spec) => Run("namespace Consumer { internal static class Marker { } }", spec);

    private static GeneratorRun Run(string consumer, string spec)
    {
        // Every schema is generated, used or not: the collisions are between all their names.
        var specs = new[] { new SpecText("/specs/mini.json", spec, Namespace, "MiniClient") { KeepUnusedSchemas = "true" } };
        var compilation = GeneratorHarness.CreateCompilation(consumer);
        var driver = GeneratorHarness.CreateDriver(specs).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, generatorDiagnostics);
    }

    private static void AssertCompilesCleanly(GeneratorRun run)
    {
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotEmpty(run.Sources);
        Assert.Empty(run.CompilationProblems());
    }

    private static INamedTypeSymbol Type(GeneratorRun run, string name) =>
        run.Output.GetTypeByMetadataName(Namespace + "." + name) ?? throw new Xunit.Sdk.XunitException("No type " + name + " was generated.");

    private static string[] ParameterNames(GeneratorRun run, string method) =>
        Type(run, "MiniClient").GetMembers(method).OfType<IMethodSymbol>().Single().Parameters.Select(p => p.Name).ToArray();

    private static string Parameter(string name, string location, bool required, string schema = """{ "type": "string" }""") =>
        "{ \"name\": \"" + name + "\", \"in\": \"" + location + "\", \"required\": " + (required ? "true" : "false") + ", \"schema\": " + schema + " }";

    private static string Ok(string schema) =>
        "\"200\": { \"description\": \"ok\", \"content\": { \"application/json\": { \"schema\": " + schema + " } } }";

    private static string Operation(string operationId, string method, string path, string parameters, string responses, string extra = "") =>
        "\"" + path + "\": { \"" + method + "\": { \"operationId\": \"" + operationId + "\", \"parameters\": " + parameters + extra + ", \"responses\": { " + responses + " } } }";

    private static string Spec(string paths, string schemas = "") => """
        {
          "openapi": "3.0.3",
          "info": { "title": "Mini", "version": "1" },
          "servers": [ { "url": "https://example.test/api" } ],
          "paths": { PATHS },
          "components": { "schemas": { SCHEMAS } }
        }
        """.Replace("PATHS", paths).Replace("SCHEMAS", schemas);
}
