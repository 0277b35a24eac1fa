using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Parsing;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>Swagger 2.0 documents are converted to OpenAPI 3.0 before parsing; diagnostics still point into the 2.0 text.</summary>
public sealed class Swagger2Tests
{
    private const string PetstoreJson = """
        {
          "swagger": "2.0",
          "info": { "title": "Petstore", "version": "1.0.0" },
          "host": "petstore.example.test",
          "basePath": "/v2",
          "schemes": ["http", "https"],
          "consumes": ["application/json"],
          "produces": ["application/json"],
          "securityDefinitions": {
            "api_key": { "type": "apiKey", "name": "api_key", "in": "header" },
            "basic": { "type": "basic" },
            "petstore_auth": { "type": "oauth2", "flow": "implicit", "authorizationUrl": "https://auth.example.test/authorize", "scopes": { "write:pets": "modify pets" } }
          },
          "security": [ { "api_key": [] } ],
          "paths": {
            "/pets": {
              "get": {
                "operationId": "findPets",
                "parameters": [
                  { "name": "status", "in": "query", "type": "array", "items": { "type": "string", "enum": ["available", "pending", "sold"] }, "collectionFormat": "multi" },
                  { "name": "tags", "in": "query", "type": "array", "items": { "type": "string" }, "collectionFormat": "csv" },
                  { "name": "limit", "in": "query", "type": "integer", "format": "int32", "minimum": 1 },
                  { "$ref": "#/parameters/TraceId" }
                ],
                "responses": {
                  "200": {
                    "description": "the pets",
                    "schema": { "type": "array", "items": { "$ref": "#/definitions/Pet" } },
                    "headers": { "X-Rate-Limit": { "type": "integer", "format": "int32", "description": "calls per hour" } }
                  },
                  "default": { "$ref": "#/responses/Error" }
                }
              },
              "post": {
                "operationId": "addPet",
                "parameters": [ { "name": "pet", "in": "body", "required": true, "description": "the pet to add", "schema": { "$ref": "#/definitions/NewPet" } } ],
                "responses": { "201": { "description": "created", "schema": { "$ref": "#/definitions/Pet" } } },
                "security": [ { "petstore_auth": ["write:pets"] } ]
              }
            },
            "/pets/{petId}": {
              "parameters": [ { "name": "petId", "in": "path", "required": true, "type": "integer", "format": "int64" } ],
              "get": {
                "operationId": "getPetById",
                "produces": ["application/json", "application/xml"],
                "responses": { "200": { "description": "the pet", "schema": { "$ref": "#/definitions/Pet" } }, "404": { "description": "not found" } }
              },
              "delete": {
                "operationId": "deletePet",
                "parameters": [ { "name": "api_key", "in": "header", "type": "string" } ],
                "responses": { "204": { "description": "deleted" } }
              }
            },
            "/pets/{petId}/photo": {
              "post": {
                "operationId": "uploadPhoto",
                "consumes": ["multipart/form-data"],
                "parameters": [
                  { "name": "petId", "in": "path", "required": true, "type": "integer", "format": "int64" },
                  { "name": "caption", "in": "formData", "type": "string", "description": "what the photo shows" },
                  { "name": "file", "in": "formData", "required": true, "type": "file" }
                ],
                "responses": { "200": { "description": "uploaded", "schema": { "$ref": "#/definitions/PhotoReceipt" } } }
              }
            },
            "/pets/{petId}/name": {
              "post": {
                "operationId": "renamePet",
                "consumes": ["application/x-www-form-urlencoded"],
                "parameters": [
                  { "name": "petId", "in": "path", "required": true, "type": "integer", "format": "int64" },
                  { "name": "name", "in": "formData", "required": true, "type": "string" }
                ],
                "responses": { "204": { "description": "renamed" } }
              }
            }
          },
          "parameters": {
            "TraceId": { "name": "X-Trace-Id", "in": "header", "type": "string" }
          },
          "responses": {
            "Error": { "description": "an error", "schema": { "$ref": "#/definitions/Error" } }
          },
          "definitions": {
            "Pet": {
              "allOf": [
                { "$ref": "#/definitions/NewPet" },
                { "type": "object", "required": ["id"], "properties": { "id": { "type": "integer", "format": "int64" } } }
              ]
            },
            "NewPet": {
              "type": "object",
              "required": ["name", "tag"],
              "properties": {
                "name": { "type": "string" },
                "tag": { "type": "string", "x-nullable": true },
                "category": { "$ref": "#/definitions/Category" }
              }
            },
            "Category": { "type": "object", "properties": { "id": { "type": "integer", "format": "int64" }, "name": { "type": "string" } } },
            "PhotoReceipt": { "type": "object", "properties": { "code": { "type": "integer", "format": "int32" }, "message": { "type": "string" } } },
            "Error": { "type": "object", "required": ["code"], "properties": { "code": { "type": "integer", "format": "int32" }, "message": { "type": "string" } } }
          }
        }
        """;

    /// <summary>The same document as <see cref="PetstoreJson"/> in block YAML, with the version unquoted (a YAML number).</summary>
    private const string PetstoreYaml = """
        swagger: 2.0
        info:
          title: Petstore
          version: 1.0.0
        host: petstore.example.test
        basePath: /v2
        schemes: [http, https]
        consumes:
          - application/json
        produces:
          - application/json
        securityDefinitions:
          api_key:
            type: apiKey
            name: api_key
            in: header
          basic:
            type: basic
          petstore_auth:
            type: oauth2
            flow: implicit
            authorizationUrl: https://auth.example.test/authorize
            scopes:
              write:pets: modify pets
        security:
          - api_key: []
        paths:
          /pets:
            get:
              operationId: findPets
              parameters:
                - name: status
                  in: query
                  type: array
                  items:
                    type: string
                    enum: [available, pending, sold]
                  collectionFormat: multi
                - name: tags
                  in: query
                  type: array
                  items:
                    type: string
                  collectionFormat: csv
                - name: limit
                  in: query
                  type: integer
                  format: int32
                  minimum: 1
                - $ref: '#/parameters/TraceId'
              responses:
                '200':
                  description: the pets
                  schema:
                    type: array
                    items:
                      $ref: '#/definitions/Pet'
                  headers:
                    X-Rate-Limit:
                      type: integer
                      format: int32
                      description: calls per hour
                default:
                  $ref: '#/responses/Error'
            post:
              operationId: addPet
              parameters:
                - name: pet
                  in: body
                  required: true
                  description: the pet to add
                  schema:
                    $ref: '#/definitions/NewPet'
              responses:
                '201':
                  description: created
                  schema:
                    $ref: '#/definitions/Pet'
              security:
                - petstore_auth: ['write:pets']
          /pets/{petId}:
            parameters:
              - name: petId
                in: path
                required: true
                type: integer
                format: int64
            get:
              operationId: getPetById
              produces: [application/json, application/xml]
              responses:
                '200':
                  description: the pet
                  schema:
                    $ref: '#/definitions/Pet'
                '404':
                  description: not found
            delete:
              operationId: deletePet
              parameters:
                - name: api_key
                  in: header
                  type: string
              responses:
                '204':
                  description: deleted
          /pets/{petId}/photo:
            post:
              operationId: uploadPhoto
              consumes: [multipart/form-data]
              parameters:
                - name: petId
                  in: path
                  required: true
                  type: integer
                  format: int64
                - name: caption
                  in: formData
                  type: string
                  description: what the photo shows
                - name: file
                  in: formData
                  required: true
                  type: file
              responses:
                '200':
                  description: uploaded
                  schema:
                    $ref: '#/definitions/PhotoReceipt'
          /pets/{petId}/name:
            post:
              operationId: renamePet
              consumes: [application/x-www-form-urlencoded]
              parameters:
                - name: petId
                  in: path
                  required: true
                  type: integer
                  format: int64
                - name: name
                  in: formData
                  required: true
                  type: string
              responses:
                '204':
                  description: renamed
        parameters:
          TraceId:
            name: X-Trace-Id
            in: header
            type: string
        responses:
          Error:
            description: an error
            schema:
              $ref: '#/definitions/Error'
        definitions:
          Pet:
            allOf:
              - $ref: '#/definitions/NewPet'
              - type: object
                required: [id]
                properties:
                  id:
                    type: integer
                    format: int64
          NewPet:
            type: object
            required: [name, tag]
            properties:
              name:
                type: string
              tag:
                type: string
                x-nullable: true
              category:
                $ref: '#/definitions/Category'
          Category:
            type: object
            properties:
              id:
                type: integer
                format: int64
              name:
                type: string
          PhotoReceipt:
            type: object
            properties:
              code:
                type: integer
                format: int32
              message:
                type: string
          Error:
            type: object
            required: [code]
            properties:
              code:
                type: integer
                format: int32
              message:
                type: string
        """;

    [Fact]
    public void A_swagger_2_json_document_generates_a_client_that_compiles()
    {
        var run = GeneratorHarness.Run(Petstore("/specs/petstore.json", PetstoreJson));

        Assert.Empty(run.Diagnostics);
        var problems = run.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));

        var contract = run.Output.GetTypeByMetadataName("Petstore.IPetstoreClient")!;
        Assert.Equal(
            new[] { "AddPetAsync", "DeletePetAsync", "FindPetsAsync", "GetPetByIdAsync", "RenamePetAsync", "UploadPhotoAsync" },
            contract.GetMembers().OfType<IMethodSymbol>().Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(
            new[]
            {
                "System.Collections.Generic.IReadOnlyList<Petstore.StatusItem>? status",
                "System.Collections.Generic.IReadOnlyList<string>? tags",
                "int? limit",
                "string? xTraceId",
                "System.Threading.CancellationToken cancellationToken",
            },
            Signature(contract, "FindPetsAsync"));
        Assert.Equal(new[] { "Petstore.NewPet body", "System.Threading.CancellationToken cancellationToken" }, Signature(contract, "AddPetAsync"));
        Assert.Equal(new[] { "long petId", "System.Threading.CancellationToken cancellationToken" }, Signature(contract, "GetPetByIdAsync"));
        Assert.Equal(new[] { "long petId", "string? apiKey", "System.Threading.CancellationToken cancellationToken" }, Signature(contract, "DeletePetAsync"));
        Assert.Equal(new[] { "long petId", "Petstore.UploadPhotoRequest body", "System.Threading.CancellationToken cancellationToken" }, Signature(contract, "UploadPhotoAsync"));
        Assert.Equal(new[] { "long petId", "Petstore.RenamePetRequest body", "System.Threading.CancellationToken cancellationToken" }, Signature(contract, "RenamePetAsync"));

        // formData fields become a model; a file field is an ApiFile, and the multipart/urlencoded split follows consumes.
        Assert.Equal("Petstore.ApiFile", PropertyType(run, "Petstore.UploadPhotoRequest", "File"));
        Assert.Equal("string?", PropertyType(run, "Petstore.UploadPhotoRequest", "Caption"));
        Assert.Equal("string", PropertyType(run, "Petstore.RenamePetRequest", "Name"));

        // Definitions, allOf over a $ref, x-nullable on a required property, response headers.
        Assert.Equal("long", PropertyType(run, "Petstore.Pet", "Id"));
        Assert.Equal("string?", PropertyType(run, "Petstore.Pet", "Tag"));
        Assert.Equal("Petstore.Category?", PropertyType(run, "Petstore.NewPet", "Category"));
        Assert.Equal("int?", PropertyType(run, "Petstore.FindPetsResult+OkHeaders", "XRateLimit"));
        Assert.Equal("Petstore.Error", PropertyType(run, "Petstore.FindPetsResult+Default", "Body"));

        // host + basePath + schemes: one server per scheme, https first.
        var client = run.Output.GetTypeByMetadataName("Petstore.PetstoreClient")!;
        Assert.Equal("https://petstore.example.test/v2", client.GetMembers("DefaultBaseUrl").OfType<IFieldSymbol>().Single().ConstantValue);
        var clientSource = run.Sources.Single(s => s.HintName == "PetstoreClient.g.cs").SourceText.ToString();
        Assert.Contains("{ \"https://petstore.example.test/v2\", \"http://petstore.example.test/v2\" }", clientSource);
        Assert.Contains("ApiRequest.FormData()", Method(clientSource, "UploadPhotoAsync"));
        Assert.Contains("new FormUrlEncodedContent(form)", Method(clientSource, "RenamePetAsync"));
    }

    [Fact]
    public void A_swagger_2_yaml_document_generates_the_same_client_as_its_json_twin()
    {
        var json = GeneratorHarness.Run(Petstore("/specs/petstore.json", PetstoreJson));
        var yaml = GeneratorHarness.Run(Petstore("/specs/petstore.yaml", PetstoreYaml));

        Assert.Empty(yaml.Diagnostics);
        Assert.Empty(yaml.CompilationProblems());
        Assert.Equal(json.Sources.Select(s => s.HintName), yaml.Sources.Select(s => s.HintName));
        foreach (var (fromJson, fromYaml) in json.Sources.Zip(yaml.Sources))
        {
            Assert.Equal(fromJson.SourceText.ToString(), fromYaml.SourceText.ToString());
        }
    }

    [Fact]
    public void The_converted_tree_has_servers_components_request_bodies_and_parameter_styles()
    {
        var root = Convert(PetstoreJson, out var warnings);

        Assert.Empty(warnings);
        Assert.Equal("3.0.3", Text(root, "openapi"));
        Assert.Null(root["swagger"]);
        Assert.Null(root["definitions"]);
        Assert.Equal(new[] { "https://petstore.example.test/v2", "http://petstore.example.test/v2" }, ((SpecArray)root["servers"]!).Items.Select(s => Text(s, "url")));

        Assert.Equal(new[] { "Pet", "NewPet", "Category", "PhotoReceipt", "Error" }, Obj(root, "components", "schemas").Properties.Select(p => p.Name));
        Assert.Equal("#/components/schemas/NewPet", Text(root, "components", "schemas", "Pet", "allOf", "0", "$ref"));
        Assert.Equal("true", Text(root, "components", "schemas", "NewPet", "properties", "tag", "nullable"));
        Assert.Equal("header", Text(root, "components", "parameters", "TraceId", "in"));
        Assert.Equal("string", Text(root, "components", "parameters", "TraceId", "schema", "type"));
        Assert.Equal("#/components/schemas/Error", Text(root, "components", "responses", "Error", "content", "application/json", "schema", "$ref"));

        Assert.Equal("http", Text(root, "components", "securitySchemes", "basic", "type"));
        Assert.Equal("basic", Text(root, "components", "securitySchemes", "basic", "scheme"));
        Assert.Equal("header", Text(root, "components", "securitySchemes", "api_key", "in"));
        Assert.Equal("https://auth.example.test/authorize", Text(root, "components", "securitySchemes", "petstore_auth", "flows", "implicit", "authorizationUrl"));
        Assert.Equal("modify pets", Text(root, "components", "securitySchemes", "petstore_auth", "flows", "implicit", "scopes", "write:pets"));

        var findPets = Obj(root, "paths", "/pets", "get");
        Assert.Equal(new[] { "form", "true" }, new[] { Text(findPets, "parameters", "0", "style"), Text(findPets, "parameters", "0", "explode") });
        Assert.Equal(new[] { "form", "false" }, new[] { Text(findPets, "parameters", "1", "style"), Text(findPets, "parameters", "1", "explode") });
        Assert.Equal("available", Text(findPets, "parameters", "0", "schema", "items", "enum", "0"));
        Assert.Equal("int32", Text(findPets, "parameters", "2", "schema", "format"));
        Assert.Equal("#/components/parameters/TraceId", Text(findPets, "parameters", "3", "$ref"));
        Assert.Equal("#/components/responses/Error", Text(findPets, "responses", "default", "$ref"));
        Assert.Equal("int32", Text(findPets, "responses", "200", "headers", "X-Rate-Limit", "schema", "format"));
        Assert.Equal("#/components/schemas/Pet", Text(findPets, "responses", "200", "content", "application/json", "schema", "items", "$ref"));

        var addPet = Obj(root, "paths", "/pets", "post");
        Assert.Null(addPet["parameters"]);
        Assert.Equal("true", Text(addPet, "requestBody", "required"));
        Assert.Equal("the pet to add", Text(addPet, "requestBody", "description"));
        Assert.Equal("#/components/schemas/NewPet", Text(addPet, "requestBody", "content", "application/json", "schema", "$ref"));
        Assert.Equal("write:pets", Text(addPet, "security", "0", "petstore_auth", "0"));

        Assert.Equal(new[] { "application/json", "application/xml" }, Obj(root, "paths", "/pets/{petId}", "get", "responses", "200", "content").Properties.Select(p => p.Name));
        Assert.Equal("path", Text(root, "paths", "/pets/{petId}", "parameters", "0", "in"));

        var upload = Obj(root, "paths", "/pets/{petId}/photo", "post", "requestBody");
        var uploadSchema = Obj(upload, "content", "multipart/form-data", "schema");
        Assert.Equal("true", Text(upload, "required"));
        Assert.Equal(new[] { "caption", "file" }, Obj(uploadSchema, "properties").Properties.Select(p => p.Name));
        Assert.Equal(new[] { "string", "binary" }, new[] { Text(uploadSchema, "properties", "file", "type"), Text(uploadSchema, "properties", "file", "format") });
        Assert.Equal("what the photo shows", Text(uploadSchema, "properties", "caption", "description"));
        Assert.Equal("file", Text(uploadSchema, "required", "0"));
        Assert.Single(Obj(upload, "content").Properties);
        Assert.NotNull(Obj(root, "paths", "/pets/{petId}/name", "post", "requestBody", "content")["application/x-www-form-urlencoded"]);
    }

    [Fact]
    public void Shared_bodies_path_level_form_fields_and_a_document_without_host_convert_too()
    {
        var text = """
            {
              "swagger": "2.0",
              "info": { "title": "Shared", "version": "1" },
              "basePath": "/api",
              "consumes": ["application/json", "text/plain"],
              "parameters": {
                "Body": { "name": "body", "in": "body", "schema": { "$ref": "#/definitions/Thing" } },
                "Note": { "name": "note", "in": "formData", "type": "string", "required": true }
              },
              "paths": {
                "/things": {
                  "put": { "parameters": [ { "$ref": "#/parameters/Body" } ], "responses": { "204": { "description": "ok" } } },
                  "post": { "consumes": ["application/json"], "parameters": [ { "$ref": "#/parameters/Body" } ], "responses": { "204": { "description": "ok" } } }
                },
                "/notes": {
                  "parameters": [ { "$ref": "#/parameters/Note" } ],
                  "post": {
                    "parameters": [ { "name": "ids", "in": "formData", "type": "array", "items": { "type": "integer" }, "collectionFormat": "pipes" } ],
                    "responses": { "204": { "description": "ok" } }
                  }
                }
              },
              "definitions": { "Thing": { "type": "object", "properties": { "file": { "type": "file" }, "kind": { "type": "string", "x-nullable": true } } } }
            }
            """;

        var root = Convert(text, out var warnings);

        Assert.Empty(warnings);
        Assert.Equal("/api", Text(root, "servers", "0", "url"));
        Assert.Null(Obj(root, "components")["parameters"]);
        Assert.Equal(new[] { "application/json", "text/plain" }, Obj(root, "components", "requestBodies", "Body", "content").Properties.Select(p => p.Name));
        Assert.Equal("#/components/requestBodies/Body", Text(root, "paths", "/things", "put", "requestBody", "$ref"));

        // The operation consumes less than the shared body declares, so the body is inlined with the operation's media types.
        Assert.Equal(new[] { "application/json" }, Obj(root, "paths", "/things", "post", "requestBody", "content").Properties.Select(p => p.Name));

        var form = Obj(root, "paths", "/notes", "post", "requestBody", "content", "application/x-www-form-urlencoded");
        Assert.Null(Obj(root, "paths", "/notes")["parameters"]);
        Assert.Equal(new[] { "note", "ids" }, Obj(form, "schema", "properties").Properties.Select(p => p.Name));
        Assert.Equal("note", Text(form, "schema", "required", "0"));
        Assert.Equal(new[] { "pipeDelimited", "false" }, new[] { Text(form, "encoding", "ids", "style"), Text(form, "encoding", "ids", "explode") });

        Assert.Equal(new[] { "string", "binary" }, new[] { Text(root, "components", "schemas", "Thing", "properties", "file", "type"), Text(root, "components", "schemas", "Thing", "properties", "file", "format") });
        Assert.Equal("true", Text(root, "components", "schemas", "Thing", "properties", "kind", "nullable"));

        var run = GeneratorHarness.Run(new SpecText("/specs/shared.json", text, "Shared", "SharedClient"));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var contract = run.Output.GetTypeByMetadataName("Shared.ISharedClient")!;
        // The shared body is offered as JSON and as text: the method sends JSON, an overload taking a string sends text.
        Assert.Equal(
            new[] { "Shared.Thing? body, System.Threading.CancellationToken cancellationToken", "string body, System.Threading.CancellationToken cancellationToken" },
            contract.GetMembers("PutThingsAsync").OfType<IMethodSymbol>().Select(m => string.Join(", ", m.Parameters.Select(p => p.Type.ToDisplayString() + " " + p.Name))));
        Assert.Equal(new[] { "Shared.PostNotesRequest body", "System.Threading.CancellationToken cancellationToken" }, Signature(contract, "PostNotesAsync"));
    }

    [Theory]
    [InlineData("/specs/missing.json")]
    [InlineData("/specs/missing.yaml")]
    public void A_reference_to_a_missing_definition_is_reported_at_the_ref_in_the_2_0_text(string path)
    {
        var source = path.EndsWith(".json", StringComparison.Ordinal) ? PetstoreJson : PetstoreYaml;
        var text = ReplaceOnce(source, "#/definitions/PhotoReceipt", "#/definitions/Nope");

        var run = GeneratorHarness.Run(Petstore(path, text));

        // Beside the error, what it leaves out or keeps as raw JSON (TGEN026, TGEN027: PartialFailureTests), and the
        // types only the left-out operation used (TGEN053: UnusedSchemaTests).
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id is not ("TGEN026" or "TGEN027" or "TGEN053"));
        Assert.Equal("TGEN004", diagnostic.Id);
        Assert.Contains("'#/definitions/Nope'", diagnostic.GetMessage());
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("#/definitions/Nope"));
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal(line, span.StartLinePosition.Line);
        Assert.Equal(lines[line].IndexOf(path.EndsWith(".json", StringComparison.Ordinal) ? "\"#/definitions/Nope\"" : "'#/definitions/Nope'", StringComparison.Ordinal), span.StartLinePosition.Character);

        // Only the operation with the broken reference is skipped.
        Assert.DoesNotContain(run.Sources, s => s.HintName == "PetstoreClient.UploadPhotoResult.g.cs");
        Assert.Contains(run.Sources, s => s.HintName == "PetstoreClient.FindPetsResult.g.cs");
        Assert.Empty(run.CompilationProblems());
    }

    [Theory]
    [InlineData("#/responses/Error", "#/responses/Nope")]
    [InlineData("#/parameters/TraceId", "#/parameters/Nope")]
    [InlineData("#/definitions/Category", "#/definitions/Nope")]
    [InlineData("#/definitions/Pet\"", "#/definitions/Pet~1Nope\"")]
    public void An_unresolved_reference_names_the_2_0_pointer_as_written_at_its_place(string from, string to)
    {
        var text = ReplaceOnce(PetstoreJson, from, to);
        var written = to.TrimEnd('"');

        var run = GeneratorHarness.Run(Petstore("/specs/petstore.json", text));

        // Beside the error, what it leaves out or keeps as raw JSON (TGEN026, TGEN027: PartialFailureTests), and the
        // types only the left-out operation used (TGEN053: UnusedSchemaTests).
        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id is not ("TGEN026" or "TGEN027" or "TGEN053"));
        Assert.Equal("TGEN004", diagnostic.Id);
        Assert.Equal($"The reference '{written}' does not resolve to anything in the spec", diagnostic.GetMessage());
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(written, StringComparison.Ordinal));
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/specs/petstore.json", span.Path);
        Assert.Equal(line, span.StartLinePosition.Line);
        Assert.Equal(lines[line].IndexOf("\"" + written + "\"", StringComparison.Ordinal), span.StartLinePosition.Character);
        Assert.Equal(("\"" + written + "\"").Length, span.EndLinePosition.Character - span.StartLinePosition.Character);
    }

    [Fact]
    public void The_conversion_remembers_the_2_0_text_of_each_pointer_it_rewrites_and_only_those()
    {
        var root = Assert.IsType<SpecObject>(SpecReader.Read("/specs/convert.json", PetstoreJson).Root);

        var conversion = Swagger2Converter.Convert(root);

        var items = Assert.IsType<SpecScalar>(At(conversion.Root, "paths", "/pets", "get", "responses", "200", "content", "application/json", "schema", "items", "$ref"));
        Assert.Equal("#/components/schemas/Pet", items.Text);
        Assert.Equal("#/definitions/Pet", conversion.OriginalPointers[items]);
        var error = Assert.IsType<SpecScalar>(At(conversion.Root, "paths", "/pets", "get", "responses", "default", "$ref"));
        Assert.Equal("#/responses/Error", conversion.OriginalPointers[error]);
        Assert.All(conversion.OriginalPointers, pair => Assert.NotEqual(pair.Key.Text, pair.Value));
        var written = System.Text.RegularExpressions.Regex.Matches(PetstoreJson, "\"\\$ref\": \"([^\"]+)\"").Select(m => m.Groups[1].Value);
        Assert.Equal(written.Distinct().OrderBy(p => p, StringComparer.Ordinal), conversion.OriginalPointers.Values.Distinct().OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void A_tsv_collection_format_generates_without_diagnostics_and_joins_with_tabs()
    {
        var text = ReplaceOnce(PetstoreJson, "\"collectionFormat\": \"csv\"", "\"collectionFormat\": \"tsv\"");

        var run = GeneratorHarness.Run(Petstore("/specs/tsv.json", text));

        Assert.Empty(run.Diagnostics);
        Assert.Contains("string.Join(\"\\t\"", string.Concat(run.Sources.Select(s => s.SourceText.ToString())));
        Assert.Empty(run.CompilationProblems());
    }

    /// <summary>
    /// A response with <c>examples</c> and no <c>schema</c> (OAI's api-with-examples, ReadMe's copy of it): 2.0 says a
    /// response without a schema has no content, yet its examples show what comes. It converts as swagger2openapi
    /// converts it, a content entry per example's media type holding the example, so the case reads the body as a
    /// 3.x response documented by examples only reads it (a <c>JsonElement</c> for JSON), where the case had no body.
    /// </summary>
    [Fact]
    public void A_response_documented_by_examples_alone_has_the_content_its_examples_show()
    {
        var text = """
            {
              "swagger": "2.0",
              "info": { "title": "Versions", "version": "1" },
              "host": "api.example.test",
              "produces": ["application/json"],
              "paths": {
                "/": {
                  "get": {
                    "operationId": "listVersions",
                    "responses": {
                      "200": { "description": "the versions", "examples": { "application/json": { "versions": [{ "id": "v2" }] } } },
                      "204": { "description": "none" }
                    }
                  }
                }
              }
            }
            """;

        var root = Convert(text, out var warnings);

        Assert.Empty(warnings);
        var ok = Obj(root, "paths", "/", "get", "responses", "200");
        Assert.Equal("v2", Text(ok, "content", "application/json", "example", "versions", "0", "id"));
        Assert.Null(Obj(ok, "content", "application/json")["schema"]);
        Assert.Null(ok["examples"]);
        Assert.Null(Obj(root, "paths", "/", "get", "responses", "204")["content"]);

        var run = GeneratorHarness.Run(Petstore("/specs/versions.json", text));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        var body = Assert.Single(run.Output.GetSymbolsWithName("Ok", SymbolFilter.Type).OfType<INamedTypeSymbol>()).GetMembers("Body").OfType<IPropertySymbol>().Single();
        Assert.Equal("System.Text.Json.JsonElement", body.Type.ToDisplayString());
    }

    [Fact]
    public void A_discriminator_object_with_a_mapping_in_a_2_0_document_maps_to_the_converted_definitions()
    {
        // 2.0 names the discriminator's property only; documents written with 3.0's object (and its mapping of
        // #/definitions/ pointers) in a 2.0 file had the mapping's pointers left unconverted, so no value found its class.
        var text = """
            {
              "swagger": "2.0",
              "info": { "title": "Pets", "version": "1" },
              "host": "example.test",
              "paths": {
                "/pets": {
                  "get": {
                    "operationId": "getPet",
                    "produces": [ "application/json" ],
                    "responses": { "200": { "description": "a pet", "schema": { "$ref": "#/definitions/Pet" } } }
                  }
                }
              },
              "definitions": {
                "Pet": {
                  "type": "object",
                  "required": [ "kind" ],
                  "properties": { "kind": { "type": "string" } },
                  "discriminator": { "propertyName": "kind", "mapping": { "cat": "#/definitions/Cat" } }
                },
                "Cat": { "allOf": [ { "$ref": "#/definitions/Pet" }, { "type": "object", "properties": { "lives": { "type": "integer" } } } ] }
              }
            }
            """;

        var run = GeneratorHarness.Run(new SpecText("/specs/mapping.json", text));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems());
        Assert.Contains("\"cat\"", run.Source(".Models.Pet.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_swagger_version_other_than_2_0_is_not_supported()
    {
        var text = "{\n  \"swagger\": \"1.2\",\n  \"info\": { \"title\": \"Old\", \"version\": \"1\" },\n  \"paths\": {}\n}";

        var run = GeneratorHarness.Run(new SpecText("/specs/old.json", text));

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("TGEN015", diagnostic.Id);
        Assert.Equal("Swagger version '1.2' is not supported; 2.0 is, and OpenAPI 3.0, 3.1 and 3.2", diagnostic.GetMessage());
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(run.Sources);
    }

    private static SpecText Petstore(string path, string text) => new(path, text, "Petstore", "PetstoreClient");

    private static SpecObject Convert(string text, out List<Swagger2Warning> warnings)
    {
        var document = SpecReader.Read("/specs/convert.json", text);
        var root = Assert.IsType<SpecObject>(document.Root);
        Assert.True(Swagger2Converter.IsSwagger2(root));
        var conversion = Swagger2Converter.Convert(root);
        warnings = conversion.Warnings.ToList();
        return conversion.Root;
    }

    private static SpecNode? At(SpecNode node, params string[] path)
    {
        SpecNode? current = node;
        foreach (var segment in path)
        {
            current = current switch
            {
                SpecObject obj => obj[segment],
                SpecArray array when int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture) < array.Items.Count => array.Items[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)],
                _ => null,
            };
        }

        return current;
    }

    private static SpecObject Obj(SpecNode node, params string[] path) =>
        Assert.IsType<SpecObject>(At(node, path));

    private static string Text(SpecNode node, params string[] path) =>
        Assert.IsType<SpecScalar>(At(node, path)).Text;

    private static string[] Signature(INamedTypeSymbol type, string method) =>
        type.GetMembers(method).OfType<IMethodSymbol>().Single().Parameters.Select(p => p.Type.ToDisplayString() + " " + p.Name).ToArray();

    private static string PropertyType(GeneratorRun run, string typeName, string property) =>
        run.Output.GetTypeByMetadataName(typeName)!.GetMembers(property).OfType<IPropertySymbol>().Single().Type.ToDisplayString();

    /// <summary>The generated client's implementation of one method, up to the next member.</summary>
    private static string Method(string clientSource, string name)
    {
        // A method is async only when it awaits while building its request; either way it is public.
        var signature = "Task<" + name.Substring(0, name.Length - "Async".Length) + "Result> " + name + "(";
        var start = clientSource.IndexOf("public " + signature, StringComparison.Ordinal);
        start = start >= 0 ? start : clientSource.IndexOf("public async " + signature, StringComparison.Ordinal);
        Assert.True(start >= 0, name);
        var end = clientSource.IndexOf("/// <inheritdoc/>", start, StringComparison.Ordinal);
        return end < 0 ? clientSource.Substring(start) : clientSource.Substring(start, end - start);
    }

    private static string ReplaceOnce(string text, string from, string to)
    {
        var index = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(index >= 0, from);
        return text.Substring(0, index) + to + text.Substring(index + from.Length);
    }
}
