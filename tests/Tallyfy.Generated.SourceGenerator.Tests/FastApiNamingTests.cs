using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Parsing;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// FastAPI's default operationIds (<c>read_item_items__item_id__get</c>: the endpoint function's name, the path with
/// its punctuation made <c>_</c>, the method) name a method from the function alone (<c>ReadItemAsync</c>), where
/// NSwag, OpenAPI Generator and Refitter write the whole id (<c>ReadItemItemsItemIdGetAsync</c>); an id whose function
/// name another operation shares, or that is not FastAPI's, is named as written.
/// </summary>
public sealed class FastApiNamingTests
{
    private const string Namespace = "Mini";

    [Theory]
    [InlineData("read_item_items__item_id__get", "/items/{item_id}", "get", "read_item")]
    [InlineData("root__get", "/", "get", "root")]
    [InlineData("list_applications_api_v1_app__get", "/api/v1/app/", "get", "list_applications")]
    [InlineData("delete_application_api_v1_app__app_id___delete", "/api/v1/app/{app_id}/", "delete", "delete_application")]
    [InlineData("favico_favicon_ico_get", "/favicon.ico", "get", "favico")]
    [InlineData("bill_detail_by_id_bills_ocd_bill__openstates_bill_id__get", "/bills/ocd-bill/{openstates_bill_id}", "get", "bill_detail_by_id")]
    [InlineData("list__items_get", "/items", "get", "list_")]
    [InlineData("copy_files__file_id__copy", "/files/{file_id}", "COPY", "copy")]
    public void A_fastapi_operation_id_gives_its_function_name(string operationId, string path, string method, string function)
    {
        Assert.Equal(function, OpenApiParser.FastApiFunctionName(operationId, path, method));
    }

    [Theory]
    [InlineData("readItem", "/items/{item_id}", "get")] // written by hand
    [InlineData("read_item_items__item_id__post", "/items/{item_id}", "get")] // another method's suffix
    [InlineData("read_item_items_item_id_get", "/items/{item_id}", "get")] // the braces not made `_`
    [InlineData("items__item_id__get", "/items/{item_id}", "get")] // the suffix alone: no function name
    [InlineData("__items__item_id__get", "/items/{item_id}", "get")] // a function name without a letter
    [InlineData("get", "/", "get")]
    public void Any_other_operation_id_has_no_function_name(string operationId, string path, string method)
    {
        Assert.Null(OpenApiParser.FastApiFunctionName(operationId, path, method));
    }

    [Fact]
    public void Fastapi_operations_are_named_from_their_functions_unless_a_name_is_shared()
    {
        var run = Run(Spec(
            Operation("read_item_items__item_id__get", "get", "/items/{item_id}", "[" + PathParameter("item_id") + "]"),
            Operation("create_item_items__post", "post", "/items/", "[]"),
            // The same function name on two routes (a v1 and a v2 router): both keep their whole ids.
            Operation("cities_get_v1_cities_get", "get", "/v1/cities", "[]"),
            Operation("cities_get_v2_cities_get", "get", "/v2/cities", "[]"),
            // A function name another operation's own id already takes (case ignored): the FastAPI one keeps its whole id.
            Operation("list_users_users_get", "get", "/users", "[]"),
            Operation("ListUsers", "get", "/people", "[]"),
            // Written by hand beside them: as written.
            Operation("health", "get", "/health", "[]")));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(run.CompilationProblems());
        Assert.Equal(
            new[]
            {
                "CitiesGetV1CitiesGetAsync", "CitiesGetV2CitiesGetAsync", "CreateItemAsync", "HealthAsync", "ListUsersAsync",
                "ListUsersUsersGetAsync", "ReadItemAsync",
            },
            Methods(run));

        // The request's operation tag (what handlers and telemetry read) carries the same name.
        var source = string.Join("\n", run.Sources.Select(s => s.SourceText.ToString()));
        Assert.Contains("new(\"GET\", \"ReadItem\", \"/items/{item_id}\")", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Fastapis_body_schema_of_an_operation_named_from_its_function_is_named_as_its_request()
    {
        var body = """, "requestBody": { "required": true, "content": { "multipart/form-data": { "schema": { "$ref": "#/components/schemas/Body_upload_file_files__post" } } } }""";
        var shared = """, "requestBody": { "content": { "application/x-www-form-urlencoded": { "schema": { "$ref": "#/components/schemas/Body_send_v1_send_post" } } } }""";
        var run = Run(Spec(
            Operation("upload_file_files__post", "post", "/files/", "[]", body),
            Operation("send_v1_send_post", "post", "/v1/send", "[]", shared),
            Operation("send_v2_send_post", "post", "/v2/send", "[]"))
            .Replace("\"paths\"", """
                "components": { "schemas": {
                  "Body_upload_file_files__post": { "title": "Body_upload_file_files__post", "type": "object", "required": ["file"], "properties": { "file": { "type": "string", "format": "binary" }, "note": { "type": "string" } } },
                  "Body_send_v1_send_post": { "type": "object", "properties": { "text": { "type": "string" } } }
                } },
                "paths"
                """));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems());
        Assert.Equal(new[] { "SendV1SendPostAsync", "SendV2SendPostAsync", "UploadFileAsync" }, Methods(run));
        Assert.NotNull(run.Output.GetTypeByMetadataName(Namespace + ".UploadFileRequest"));
        Assert.Null(run.Output.GetTypeByMetadataName(Namespace + ".BodyUploadFileFilesPost"));
        // `send` names two routes, so its operations keep their whole ids, and so does its body.
        Assert.NotNull(run.Output.GetTypeByMetadataName(Namespace + ".BodySendV1SendPost"));
    }

    [SkippableFact]
    public void The_fastapi_services_of_the_apis_guru_directory_get_their_function_names()
    {
        // Written by FastAPI, published by others: Svix's API (53 operations) and OpenAQ's (36; `countries_get` names
        // three routes, `latest_get` two, ...).
        var directory = ApisGuruDirectoryTests.Directory;
        var svix = Path.Combine(directory, "svix.com.json");
        var openaq = Path.Combine(directory, "openaq.local.json");
        Skip.IfNot(File.Exists(svix) && File.Exists(openaq), "The APIs.guru directory is not installed (RealSpecs/package.json).");

        var svixMethods = Methods(Run(File.ReadAllText(svix), keepUnused: false));
        Assert.Equal(53, svixMethods.Length);
        Assert.Contains("ListApplicationsAsync", svixMethods);
        Assert.Contains("DeleteApplicationAsync", svixMethods);
        Assert.DoesNotContain(svixMethods, m => m.EndsWith("GetAsync", StringComparison.Ordinal) && m.Contains("ApiV1", StringComparison.Ordinal));

        var elevenlabs = Path.Combine(directory, "elevenlabs.io.json");
        Skip.IfNot(File.Exists(elevenlabs), "The APIs.guru directory is not installed (RealSpecs/package.json).");
        var voices = Run(File.ReadAllText(elevenlabs), keepUnused: false);
        Assert.Contains("AddVoiceAsync", Methods(voices));
        Assert.NotNull(voices.Output.GetTypeByMetadataName(Namespace + ".AddVoiceRequest"));
        Assert.NotNull(voices.Output.GetTypeByMetadataName(Namespace + ".BodyTextToSpeechV1TextToSpeechVoiceIdPost")); // on two routes

        var openaqMethods = Methods(Run(File.ReadAllText(openaq), keepUnused: false));
        Assert.Equal(36, openaqMethods.Length);
        Assert.Contains("PongAsync", openaqMethods);
        Assert.Contains("CitiesGetv1Async", openaqMethods);
        Assert.Contains("CitiesGetAsync", openaqMethods);
        Assert.Contains("CountriesGetV1CountriesCountryIdGetAsync", openaqMethods);
        Assert.Contains("CountriesGetV2CountriesCountryIdGetAsync", openaqMethods);
        Assert.Contains("CountriesGetV2CountriesGetAsync", openaqMethods);
    }

    private static string[] Methods(GeneratorRun run) =>
        (run.Output.GetTypeByMetadataName(Namespace + ".MiniClient") ?? throw new Xunit.Sdk.XunitException("No client was generated."))
            .GetMembers().OfType<IMethodSymbol>()
            .Where(m => m.MethodKind == MethodKind.Ordinary && m.DeclaredAccessibility == Accessibility.Public && m.Name.EndsWith("Async", StringComparison.Ordinal))
            .Select(m => m.Name).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToArray();

    private static GeneratorRun Run(string spec, bool keepUnused = true)
    {
        var specs = new[] { new SpecText("/specs/mini.json", spec, Namespace, "MiniClient") { KeepUnusedSchemas = keepUnused ? "true" : null } };
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Marker { } }");
        var driver = GeneratorHarness.CreateDriver(specs).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, generatorDiagnostics);
    }

    private static string PathParameter(string name) =>
        "{ \"name\": \"" + name + "\", \"in\": \"path\", \"required\": true, \"schema\": { \"type\": \"string\" } }";

    private static string Operation(string operationId, string method, string path, string parameters, string extra = "") =>
        "\"" + path + "\": { \"" + method + "\": { \"operationId\": \"" + operationId + "\", \"parameters\": " + parameters + extra
        + ", \"responses\": { \"200\": { \"description\": \"ok\", \"content\": { \"application/json\": { \"schema\": { \"type\": \"string\" } } } } } } }";

    private static string Spec(params string[] paths) => """
        {
          "openapi": "3.0.3",
          "info": { "title": "Mini", "version": "1" },
          "servers": [ { "url": "https://example.test/api" } ],
          "paths": { PATHS }
        }
        """.Replace("PATHS", string.Join(",\n", paths));
}
