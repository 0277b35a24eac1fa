using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Careless;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// Content keys that are not media types (Specs/careless.openapi.yaml, shaped after documents of the APIs.guru
/// directory), on the wire: a response's are kept out of the Accept header and the typed body; a request body is sent
/// as its media types say, and one that names none goes with its key as written (an empty key: no Content-Type). And an
/// API key declared as a parameter too (Trello's): the argument is sent once, the credential only where it is left out.
/// And an answer to HEAD, for which the spec documents content no such answer carries: its case, without a body; and
/// a '#' in a path key (Box's way to tell operations on one path apart), which ends the path as in any URL. And multipart
/// bodies no object's fields describe (Jira's attachments; multipart/related), whose parts the caller builds.
/// </summary>
public sealed class CarelessSpecTests : IClassFixture<FeaturesServer>
{
    /// <summary>A value for each of getBoards' API keys: query, header and cookie.</summary>
    private static readonly CarelessClientCredentials Keys = new() { QueryKey = "from-credentials", HeaderKey = "header-credential", CookieKey = "cookie-credential" };

    private readonly FeaturesServer _server;

    public CarelessSpecTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    [Theory]
    [InlineData(200, typeof(FilePropertiesResult.Ok))]
    [InlineData(404, typeof(FilePropertiesResult.Default))]
    public async Task An_answer_to_HEAD_is_its_case_with_headers_and_no_body_whatever_content_the_spec_documents(int status, System.Type expected)
    {
        // The server answers as it would a GET, Content-Type and Content-Length included; Kestrel sends no content.
        _server.Reset(WireMock.ResponseBuilders.Response.Create().WithStatusCode(status)
            .WithHeader("ocp-creation-time", "Tue, 01 Dec 2026 10:00:00 GMT").WithHeader("Content-Type", "application/json")
            .WithBody("{\"name\":\"report.txt\",\"title\":\"gone\"}"));

        var result = await _server.CreateCarelessClient().FilePropertiesAsync("report.txt");

        Assert.IsType(expected, result);
        Assert.Equal(status, result.StatusCode);
        Assert.Null(result.BodyError);
        Assert.Equal(string.Empty, result.RawBody);
        Assert.Equal("HEAD", _server.Single().Wire.Method);
        if (result is FilePropertiesResult.Ok ok)
        {
            Assert.Equal("Tue, 01 Dec 2026 10:00:00 GMT", ok.Headers.OcpCreationTime);
        }
    }

    [Fact]
    public async Task A_hash_in_a_path_key_ends_the_path_as_in_any_url_while_a_hash_in_an_argument_is_escaped()
    {
        var result = await _server.CreateCarelessClient().GetSharedLinkAsync("f#1");

        Assert.IsType<GetSharedLinkResult.NoContent>(result);
        Assert.Equal("/folders/f%231", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task Example_names_where_media_types_belong_stay_out_of_the_accept_header()
    {
        _server.RespondJson(200, "{\"name\":\"Ada\",\"balance\":12}");

        var result = await _server.CreateCarelessClient().GetAccountAsync("a1");

        var ok = Assert.IsType<GetAccountResult.Ok>(result);
        Assert.Equal("Ada", ok.Body.Name);
        Assert.Equal(12, ok.Body.Balance);
        Assert.Equal("application/json", _server.Single().Wire.Header("Accept"));
    }

    [Fact]
    public async Task A_response_documented_only_under_a_malformed_key_keeps_its_raw_body()
    {
        _server.RespondJson(404, "{\"title\":\"no such account\"}");

        var result = await _server.CreateCarelessClient().GetAccountAsync("a2");

        var notFound = Assert.IsType<GetAccountResult.NotFound>(result);
        Assert.Equal("{\"title\":\"no such account\"}", notFound.RawBody);
        Assert.Equal(404, notFound.StatusCode);
    }

    [Fact]
    public async Task A_body_whose_only_key_is_not_a_media_type_is_sent_under_it_as_written()
    {
        var result = await _server.CreateCarelessClient().PostPaymentAsync(new MemoryStream(new byte[] { 1, 2, 3 }));

        Assert.IsType<PostPaymentResult.NoContent>(result);
        var wire = _server.Single().Wire;
        Assert.Equal("applicationjson;version=2018-01-01", wire.Header("Content-Type"));
        Assert.Equal(new byte[] { 1, 2, 3 }, wire.Body);
    }

    [Fact]
    public async Task A_malformed_key_beside_a_media_type_is_left_out_of_the_request()
    {
        var result = await _server.CreateCarelessClient().PostNoteAsync("remember");

        Assert.IsType<PostNoteResult.NoContent>(result);
        var wire = _server.Single().Wire;
        Assert.Equal("text/plain", wire.Header("Content-Type"));
        Assert.Equal("remember", wire.BodyText);
    }

    [Fact]
    public async Task An_argument_named_as_an_api_key_is_sent_once_instead_of_the_credential()
    {
        var result = await _server.CreateCarelessClient(Keys).GetBoardsAsync("from-argument", xApiKey: "header-argument", session: "cookie-argument");

        Assert.IsType<GetBoardsResult.NoContent>(result);
        var wire = _server.Single().Wire;
        Assert.Equal("/boards?key=from-argument", wire.RawTarget);
        Assert.Equal("header-argument", wire.Header("X-Api-Key"));
        Assert.Equal("session=cookie-argument", wire.Header("Cookie"));
    }

    [Fact]
    public async Task A_credential_fills_an_api_key_parameter_left_out()
    {
        await _server.CreateCarelessClient(Keys).GetBoardsAsync("from-argument");

        var wire = _server.Single().Wire;
        Assert.Equal("/boards?key=from-argument", wire.RawTarget);
        Assert.Equal("header-credential", wire.Header("X-Api-Key"));
        Assert.Equal("session=cookie-credential", wire.Header("Cookie"));
    }

    [Fact]
    public async Task An_empty_key_sends_the_body_without_a_content_type()
    {
        var result = await _server.CreateCarelessClient().PutBlobAsync(new MemoryStream(new byte[] { 9, 8 }));

        Assert.IsType<PutBlobResult.NoContent>(result);
        var wire = _server.Single().Wire;
        Assert.Null(wire.Header("Content-Type"));
        Assert.Equal(new byte[] { 9, 8 }, wire.Body);
    }

    /// <summary>
    /// Jira's attachments: a multipart form whose schema is an array (springdoc's MultipartFile[]) names no field, so the
    /// method takes the parts as a MultipartFormDataContent the caller builds; it goes with its own boundary. The raw
    /// octets under a bare "multipart/form-data" it took before carried no boundary, which no server can read (Prism
    /// answered Jira's document 415).
    /// </summary>
    [Fact]
    public async Task A_multipart_form_no_object_describes_is_the_parts_the_caller_builds_sent_with_their_boundary()
    {
        var bytes = new byte[] { 0x25, 0x50, 0x44, 0x46, 0x00, 0xFF };
        using var parts = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        parts.Add(file, "file", "report.pdf");

        await _server.CreateCarelessClient().AddAttachmentAsync("ISSUE-1", parts);

        var wire = _server.Single().Wire;
        Assert.Equal("/issues/ISSUE-1/attachments", wire.RawTarget);
        var read = Assert.Single(await Multipart.ReadAsync(wire));
        Assert.Equal(("file", "report.pdf", "application/pdf"), (read.Name, read.FileName, read.ContentType));
        Assert.Equal(bytes, read.Content);
    }

    [Fact]
    public async Task Parts_of_another_multipart_subtype_or_none_are_refused_before_sending()
    {
        var client = _server.CreateCarelessClient();

        using var mixed = new MultipartContent("mixed");
        var wrong = await Assert.ThrowsAsync<ArgumentException>(() => client.AddAttachmentAsync("ISSUE-1", mixed));
        Assert.Equal("body", wrong.ParamName);
        Assert.Contains("multipart/form-data", wrong.Message, StringComparison.Ordinal);
        using var form = new MultipartFormDataContent();
        await Assert.ThrowsAsync<ArgumentException>(() => client.PostDocumentAsync(form));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.AddAttachmentAsync("ISSUE-1", null!));
        Assert.Empty(_server.Requests);
    }

    /// <summary>
    /// A multipart/related body (RFC 2387): the caller's parts under their boundary, with the media type's "type" parameter
    /// the spec gives and the content left out.
    /// </summary>
    [Fact]
    public async Task A_multipart_related_body_is_the_parts_the_caller_builds_with_the_specs_type_parameter()
    {
        using var parts = new MultipartContent("related");
        parts.Add(new StringContent("{\"meta\":\"m\"}", Encoding.UTF8, "application/json"));
        parts.Add(new ByteArrayContent(new byte[] { 1, 2, 3 }));

        await _server.CreateCarelessClient().PostDocumentAsync(parts);

        var wire = _server.Single().Wire;
        var contentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(wire.Header("Content-Type")!);
        Assert.Equal("multipart/related", contentType.MediaType);
        Assert.Contains(contentType.Parameters, p => p.Name == "type" && p.Value == "\"application/json\"");
        var boundary = contentType.Parameters.Single(p => p.Name == "boundary").Value!.Trim('"');
        Assert.Contains("--" + boundary + "\r\nContent-Type: application/json; charset=utf-8\r\n\r\n{\"meta\":\"m\"}", wire.BodyText, StringComparison.Ordinal);
    }
}
