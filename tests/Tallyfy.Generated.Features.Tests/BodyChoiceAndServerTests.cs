using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Features;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// A body the spec offers in several media types (an overload per kind), files in forms, and servers given per path
/// item or per operation: each checked on the wire.
/// </summary>
public sealed class BodyChoiceAndServerTests : IClassFixture<FeaturesServer>
{
    private readonly FeaturesServer _server;

    public BodyChoiceAndServerTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    [Fact]
    public async Task SeveralMediaTypes_TheMethodSendsJson()
    {
        Assert.IsType<PutChoiceResult.NoContent>(await _server.CreateFeaturesClient().PutChoiceAsync(new PutChoiceRequest { Text = "hi" }));

        var wire = _server.Single().Wire;
        Assert.Equal("PUT", wire.Method);
        Assert.Equal("/bodies/choice", wire.RawTarget);
        Assert.Equal("application/json", wire.Header("Content-Type"));
        Assert.Equal("{\"text\":\"hi\"}", wire.BodyText);
    }

    [Fact]
    public async Task SeveralMediaTypes_TheStringOverloadSendsText()
    {
        Assert.IsType<PutChoiceResult.NoContent>(await _server.CreateFeaturesClient().PutChoiceAsync("plain \"words\" ✓"));

        var wire = _server.Single().Wire;
        Assert.Equal("text/plain", wire.Header("Content-Type"));
        Assert.Equal("plain \"words\" ✓", wire.BodyText);
    }

    [Fact]
    public async Task SeveralMediaTypes_TheFileOverloadSendsRawOctetsUnderTheFilesContentType()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0x0D, 0x0A };

        await _server.CreateFeaturesClient().PutChoiceAsync(new ApiFile(new MemoryStream(bytes), "pixel.png", "image/png"));

        var wire = _server.Single().Wire;
        Assert.Equal("image/png", wire.Header("Content-Type"));
        Assert.Equal(bytes, wire.Body);
        Assert.Null(wire.Header("Content-Disposition"));
    }

    [Fact]
    public async Task SeveralMediaTypes_AFileWithoutContentTypeGoesAsTheFirstBinaryMediaType()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7");

        await _server.CreateFeaturesClient().PutChoiceAsync(new ApiFile(new MemoryStream(bytes), "doc.pdf"));

        var wire = _server.Single().Wire;
        Assert.Equal("application/pdf", wire.Header("Content-Type"));
        Assert.Equal(bytes, wire.Body);
    }

    [Fact]
    public async Task SeveralMediaTypes_OverloadBodiesAreRequired()
    {
        var client = _server.CreateFeaturesClient();

        await Assert.ThrowsAsync<ArgumentNullException>(() => client.PutChoiceAsync((string)null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.PutChoiceAsync((ApiFile)null!));
        Assert.Empty(_server.Requests);
    }

    /// <summary>
    /// Text offered in several text media types: the method or overload that sends text takes an optional argument that
    /// picks one (the spec's first when left out), with a charset if wanted; one the spec does not offer is refused.
    /// </summary>
    [Fact]
    public async Task SeveralTextMediaTypes_TheTextOverloadPicksOne()
    {
        var client = _server.CreateFeaturesClient();

        await client.PostNoteAsync("# Title");
        Assert.Equal("text/plain", _server.Single().Wire.Header("Content-Type"));

        _server.Reset(204);
        await client.PostNoteAsync("# Title", contentType: "text/markdown");
        var wire = _server.Single().Wire;
        Assert.Equal("text/markdown", wire.Header("Content-Type"));
        Assert.Equal("# Title", wire.BodyText);

        _server.Reset(204);
        await client.PostNoteAsync("é", contentType: "TEXT/Markdown; charset=utf-16");
        wire = _server.Single().Wire;
        Assert.Equal("TEXT/Markdown; charset=utf-16", wire.Header("Content-Type"));
        Assert.Equal(Encoding.Unicode.GetBytes("é"), wire.Body);

        _server.Reset(204);
        await client.PostNoteAsync(new Message { Content = "hi" });
        Assert.Equal("application/json", _server.Single().Wire.Header("Content-Type"));
    }

    [Fact]
    public async Task SeveralTextMediaTypes_OneTheSpecDoesNotOfferIsRefusedBeforeSending()
    {
        var client = _server.CreateFeaturesClient();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.PostNoteAsync("x", contentType: "text/html"));
        Assert.Equal("contentType", error.ParamName);
        Assert.Contains("text/plain, text/markdown", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => client.PostNoteAsync("x", contentType: "text/markdown; charset=\"utf-8"));
        Assert.Empty(_server.Requests);
    }

    /// <summary>
    /// Only text types offered, a wildcard among them (sent as text/plain): the method itself takes the choice; a
    /// parameter already named contentType keeps its name, the choice takes another.
    /// </summary>
    [Fact]
    public async Task SeveralTextMediaTypes_TheMethodItselfPicksOne_BesideAParameterOfThatName()
    {
        var parameters = typeof(FeaturesClient).GetMethod(nameof(FeaturesClient.PutMarkupAsync))!.GetParameters().Select(p => p.Name).ToArray();
        Assert.Equal(new[] { "body", "contentType", "contentType2", "cancellationToken" }, parameters);

        await _server.CreateFeaturesClient().PutMarkupAsync("<p>hi</p>", contentType: "q", contentType2: "text/html");

        var wire = _server.Single().Wire;
        Assert.Equal("/bodies/markup?contentType=q", wire.RawTarget);
        Assert.Equal("text/html", wire.Header("Content-Type"));

        _server.Reset(204);
        await _server.CreateFeaturesClient().PutMarkupAsync("plain", contentType2: "text/plain");
        Assert.Equal("text/plain", _server.Single().Wire.Header("Content-Type"));
    }

    [Fact]
    public async Task JsonOrForm_TheMethodSendsJson()
    {
        await _server.CreateFeaturesClient().PostJsonOrFormAsync(new Message { Content = "hi", Tags = new[] { "a", "b" } });

        var wire = _server.Single().Wire;
        Assert.Equal("application/json", wire.Header("Content-Type"));
        Assert.Equal("{\"content\":\"hi\",\"tags\":[\"a\",\"b\"]}", wire.BodyText);
    }

    [Fact]
    public async Task JsonOrForm_TheFormOverloadSendsTheMultipartFormWithItsFiles()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47 };

        await _server.CreateFeaturesClient().PostJsonOrFormAsync(new PostJsonOrFormMultipartRequest
        {
            Content = "hi é",
            Tags = new[] { "a", "b" },
            Embed = new MessageEmbed { Title = "t" },
            Files0 = new ApiFile(new MemoryStream(png), "cat.png"),
            Files1 = new ApiFile(new MemoryStream(Encoding.UTF8.GetBytes("notes")), "notes.txt", "text/plain"),
        });

        var parts = await Multipart.ReadAsync(_server.Single().Wire);
        Assert.Equal(new[] { "content", "tags", "tags", "embed", "files[0]", "files[1]" }, parts.Select(p => p.Name));
        Assert.Equal("hi é", Encoding.UTF8.GetString(parts[0].Content));
        Assert.Equal(new[] { "a", "b" }, parts.Skip(1).Take(2).Select(p => Encoding.UTF8.GetString(p.Content)));
        Assert.StartsWith("application/json", parts[3].ContentType);
        Assert.Equal("{\"title\":\"t\"}", Encoding.UTF8.GetString(parts[3].Content));
        Assert.Equal(("cat.png", "image/png"), (parts[4].FileName, parts[4].ContentType));
        Assert.Equal(png, parts[4].Content);
        Assert.Equal(("notes.txt", "text/plain"), (parts[5].FileName, parts[5].ContentType));
    }

    [Fact]
    public async Task FormOrJson_TheFormOverloadSendsTheUrlEncodedForm()
    {
        await _server.CreateFeaturesClient().PostFormOrJsonAsync(new Message { Content = "a&b=c é", Tags = new[] { "x", "y" } });

        var wire = _server.Single().Wire;
        Assert.Equal("application/x-www-form-urlencoded", wire.Header("Content-Type"));
        Assert.Equal("content=a%26b%3Dc+%C3%A9&tags=x&tags=y", wire.BodyText);
    }

    [Fact]
    public async Task FormOrJson_TheMethodSendsJsonOfItsOwnSchema()
    {
        await _server.CreateFeaturesClient().PostFormOrJsonAsync(new PostFormOrJsonRequest { Messages = new[] { new Message { Content = "m" } } });

        var wire = _server.Single().Wire;
        Assert.Equal("application/json", wire.Header("Content-Type"));
        Assert.Equal("{\"messages\":[{\"content\":\"m\"}]}", wire.BodyText);
    }

    [Fact]
    public async Task FormOverloads_CheckTheirBodyBeforeSending()
    {
        var client = _server.CreateFeaturesClient();

        await Assert.ThrowsAsync<ArgumentNullException>(() => client.PostJsonOrFormAsync((PostJsonOrFormMultipartRequest)null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.PostFormOrJsonAsync((Message)null!));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task StringBodyOfferedAsTextAndJson_GoesAsText()
    {
        await _server.CreateFeaturesClient().PostTextOrJsonAsync("hello");

        var wire = _server.Single().Wire;
        Assert.Equal("text/plain", wire.Header("Content-Type"));
        Assert.Equal("hello", wire.BodyText);
    }

    [Fact]
    public async Task BinaryBodyOfferedAsJsonAndOctets_GoesAsRawOctets()
    {
        var bytes = new byte[] { 0, 1, 2, 0xFE, 0xFF };

        await _server.CreateFeaturesClient().PostOctetsOrJsonAsync(new MemoryStream(bytes));

        var wire = _server.Single().Wire;
        Assert.Equal("application/octet-stream", wire.Header("Content-Type"));
        Assert.Equal(bytes, wire.Body);
    }

    [Fact]
    public async Task BinaryBodyOfferedInTwoBinaryTypes_TheFileOverloadPicksTheType()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47 };

        await _server.CreateFeaturesClient().PostOctetsOrJsonAsync(new ApiFile(new MemoryStream(bytes), "a.png", "image/png"));

        var wire = _server.Single().Wire;
        Assert.Equal("image/png", wire.Header("Content-Type"));
        Assert.Equal(bytes, wire.Body);
    }

    [Fact]
    public async Task MultipartFile_AContentTypeWithParametersIsSentAsGiven()
    {
        var csv = Encoding.UTF8.GetBytes("a,b\n1,2\n");

        await _server.CreateFeaturesClient().UploadFilesAsync(new UploadFilesRequest
        {
            Files = new[] { new ApiFile(new MemoryStream(csv), "t.csv", "text/csv; charset=utf-8; header=present") },
        });

        var part = Assert.Single(await Multipart.ReadAsync(_server.Single().Wire));
        Assert.Equal(("t.csv", "text/csv; charset=utf-8; header=present"), (part.FileName, part.ContentType));
        Assert.Equal(csv, part.Content);
    }

    [Fact]
    public async Task MultipartWithNoField_IsTheCloseDelimiterAlone_AsBrowsersSendAnEmptyForm()
    {
        // RFC 2046 wants at least one part, and RFC 7578 a Content-Disposition on each: the empty part .NET's
        // MultipartContent writes when nothing was added is neither (Prism's parser crashes on it). A browser's empty
        // form is the close delimiter alone.
        await _server.CreateFeaturesClient().UploadFilesAsync(new UploadFilesRequest());

        var wire = _server.Single().Wire;
        var contentType = Microsoft.Net.Http.Headers.MediaTypeHeaderValue.Parse(wire.Header("Content-Type"));
        var boundary = Microsoft.Net.Http.Headers.HeaderUtilities.RemoveQuotes(contentType.Boundary).Value;
        Assert.Equal("--" + boundary + "--\r\n", Encoding.ASCII.GetString(wire.Body));
        Assert.Equal(wire.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), wire.Header("Content-Length"));
        Assert.Empty(await Multipart.ReadAsync(wire));
    }

    [Fact]
    public async Task MultipartArrayOfFiles_EachFileIsItsOwnFilePart()
    {
        var first = new byte[] { 1, 2, 3, 0xFF };
        var second = Encoding.UTF8.GetBytes("second ✓");
        var body = new UploadFilesRequest
        {
            Files = new[] { new ApiFile(new MemoryStream(first), "one.bin"), new ApiFile(new MemoryStream(second), "two.txt", "text/plain") },
            Title = "pair",
        };

        await _server.CreateFeaturesClient().UploadFilesAsync(body);

        var parts = await Multipart.ReadAsync(_server.Single().Wire);
        Assert.Equal(3, parts.Count);
        Assert.Equal(new[] { "files", "files", "title" }, parts.Select(p => p.Name));
        Assert.Equal("one.bin", parts[0].FileName);
        Assert.Equal("application/octet-stream", parts[0].ContentType);
        Assert.Equal(first, parts[0].Content);
        Assert.Equal("two.txt", parts[1].FileName);
        Assert.Equal("text/plain", parts[1].ContentType);
        Assert.Equal(second, parts[1].Content);
        Assert.Null(parts[2].FileName);
        Assert.Equal("pair", Encoding.UTF8.GetString(parts[2].Content));
    }

    [Fact]
    public async Task FormUrlEncodedFiles_SendTheirContentAsText_NotTheirNames()
    {
        var body = new SubmitFormWithFileRequest
        {
            Name = "n",
            Note = new ApiFile(new MemoryStream(Encoding.UTF8.GetBytes("a note & more ✓")), "note.txt"),
            Attachments = new[]
            {
                new ApiFile(new MemoryStream(Encoding.UTF8.GetBytes("first")), "a.txt"),
                new ApiFile(new MemoryStream(Encoding.UTF8.GetBytes("second=2")), "b.txt"),
            },
        };

        await _server.CreateFeaturesClient().SubmitFormWithFileAsync(body);

        var wire = _server.Single().Wire;
        Assert.Equal("application/x-www-form-urlencoded", wire.Header("Content-Type"));
        Assert.Equal("name=n&note=a+note+%26+more+%E2%9C%93&attachments=first&attachments=second%3D2", wire.BodyText);
    }

    [Fact]
    public async Task PathItemServer_RelativeToTheClientsBaseUrl()
    {
        Assert.IsType<GetFromPathItemServerResult.NoContent>(await _server.CreateFeaturesClient().GetFromPathItemServerAsync());

        Assert.Equal("/v2/servers/path-item", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task OperationServer_OverridesThePathItems_WithItsVariablesDefaults()
    {
        await _server.CreateFeaturesClient().PostToOperationServerAsync();

        var wire = _server.Single().Wire;
        Assert.Equal("POST", wire.Method);
        Assert.Equal("/v3/beta/servers/path-item", wire.RawTarget);
    }

    [Fact]
    public async Task RelativeServerWithoutLeadingSlash_IsAppendedToTheBaseUrlsPath()
    {
        var client = new FeaturesClient(new HttpClient(), new Uri(_server.Url + "/tenant/"));

        await client.GetFromRelativeServerAsync();

        Assert.Equal("/tenant/sub/api/servers/relative", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task RootRelativeServer_ReplacesTheBaseUrlsPath()
    {
        var client = new FeaturesClient(new HttpClient(), new Uri(_server.Url + "/tenant/"));

        await client.GetFromPathItemServerAsync();

        Assert.Equal("/v2/servers/path-item", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task OperationsWithoutServers_StillUseTheClientsBaseUrl()
    {
        var client = new FeaturesClient(new HttpClient(), new Uri(_server.Url + "/tenant"));

        await client.PostTextOrJsonAsync("x");

        Assert.Equal("/tenant/bodies/text-or-json", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task AbsoluteOperationServer_IsUsedAsItIs()
    {
        var handler = new RecordingHandler();
        var client = new FeaturesClient(new HttpClient(handler), new Uri(_server.Url));

        Assert.IsType<GetFromAbsoluteServerResult.NoContent>(await client.GetFromAbsoluteServerAsync());

        Assert.Equal("https://files.example.test/root/servers/absolute", handler.RequestUri?.AbsoluteUri);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task EmptyPathParameter_WhoseSchemaAdmitsIt_IsAnEmptySegment()
    {
        Assert.IsType<GetSegmentsResult.NoContent>(await _server.CreateFeaturesClient().GetSegmentsAsync(string.Empty, "s"));

        Assert.Equal("/segments//s/tail", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task EmptyPathParameter_WithMinLength_AndNull_AreRefusedBeforeSending()
    {
        var client = _server.CreateFeaturesClient();

        var empty = await Assert.ThrowsAsync<ArgumentException>(() => client.GetSegmentsAsync("f", string.Empty));
        Assert.Equal("strict", empty.ParamName);
        var missing = await Assert.ThrowsAsync<ArgumentNullException>(() => client.GetSegmentsAsync(null!, "s"));
        Assert.Equal("free", missing.ParamName);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ABadArgument_FailsTheReturnedTask_NotTheCall_ThenTheNextCallGoesOut()
    {
        var client = _server.CreateFeaturesClient();

        // The method is not async (its only wait is the send), yet a bad argument ends in its task, as before.
        var refused = client.GetSegmentsAsync(null!, "s");
        Assert.True(refused.IsFaulted);
        Assert.Equal("free", (await Assert.ThrowsAsync<ArgumentNullException>(() => refused)).ParamName);
        Assert.Empty(_server.Requests);

        Assert.IsType<GetSegmentsResult.NoContent>(await client.GetSegmentsAsync("f", "s"));
        Assert.Equal("/segments/f/s/tail", _server.Single().Wire.RawTarget);
    }

    /// <summary>Answers 204 to every request and keeps its URI: an absolute server is not on loopback.</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        public Uri? RequestUri { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            RequestUri = request.RequestUri;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request });
        }
    }
}
