using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Features;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>Request bodies byte for byte: JSON, form, multipart with a file, octet-stream and text.</summary>
public sealed class RequestBodyTests : IClassFixture<FeaturesServer>
{
    private readonly FeaturesServer _server;

    public RequestBodyTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    [Fact]
    public async Task RequiredJsonBody_IsWrittenExactly()
    {
        _server.RespondJson(201, "{\"id\":\"w-1\",\"name\":\"Gizmo\",\"weight\":1.5}");

        var result = await _server.CreateFeaturesClient().CreateWidgetAsync(new Widget { Id = "w-1", Name = "Gizmo \"Pro\"", Weight = 1.5 });

        var created = Assert.IsType<CreateWidgetResult.Created>(result);
        Assert.Equal(201, created.StatusCode);
        Assert.Equal("Gizmo", created.Body.Name);
        Assert.Equal(1.5, created.Body.Weight);
        var wire = _server.Single().Wire;
        Assert.Equal("POST", wire.Method);
        Assert.Equal("/bodies/json", wire.RawTarget);
        Assert.Equal("application/json", wire.Header("Content-Type")); // the spec's media type as written
        Assert.Equal("application/json", wire.Header("Accept"));
        Assert.Equal("{\"id\":\"w-1\",\"name\":\"Gizmo \\u0022Pro\\u0022\",\"weight\":1.5}", wire.BodyText);
        Assert.Equal(wire.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), wire.Header("Content-Length"));
    }

    [Fact]
    public async Task RequiredJsonBody_OptionalPropertyNull_IsLeftOut()
    {
        await _server.CreateFeaturesClient().CreateWidgetAsync(new Widget { Id = "w-2", Name = "Plain" });

        Assert.Equal("{\"id\":\"w-2\",\"name\":\"Plain\"}", _server.Single().Wire.BodyText);
    }

    [Fact]
    public async Task RequiredJsonBody_Null_ThrowsBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _server.CreateFeaturesClient().CreateWidgetAsync(null!));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task RequiredJsonBody_WhoseSchemaAllowsNull_SendsTheJsonNull()
    {
        var client = _server.CreateFeaturesClient();

        Assert.IsType<ReplaceWidgetOrNullResult.NoContent>(await client.ReplaceWidgetOrNullAsync(null));
        Assert.IsType<SetCountOrNullResult.NoContent>(await client.SetCountOrNullAsync(null));
        await client.ReplaceWidgetOrNullAsync(new Widget { Id = "w-4", Name = "Kept" });
        await client.SetCountOrNullAsync(7);

        var wires = _server.Requests.ToList();
        Assert.Equal(new[] { "/bodies/json-nullable", "/bodies/json-nullable-count", "/bodies/json-nullable", "/bodies/json-nullable-count" }, wires.Select(w => w.RawTarget));
        Assert.Equal(new[] { "null", "null", "{\"id\":\"w-4\",\"name\":\"Kept\"}", "7" }, wires.Select(w => w.BodyText));
        Assert.All(wires, w => Assert.Equal("application/json", w.Header("Content-Type")));
        Assert.All(wires, w => Assert.Equal(w.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), w.Header("Content-Length")));
    }

    [Fact]
    public async Task OptionalJsonBody_Null_SendsNoBodyAtAll()
    {
        var result = await _server.CreateFeaturesClient().UpdateWidgetOptionalAsync();

        Assert.IsType<UpdateWidgetOptionalResult.NoContent>(result);
        var wire = _server.Single().Wire;
        Assert.Equal("PUT", wire.Method);
        Assert.Equal("/bodies/json-optional", wire.RawTarget);
        Assert.Empty(wire.Body);
        Assert.Null(wire.Header("Content-Type"));
    }

    [Fact]
    public async Task OptionalJsonBody_Given_IsSent()
    {
        await _server.CreateFeaturesClient().UpdateWidgetOptionalAsync(new Widget { Id = "w-3", Name = "Opt", Weight = -0.25 });

        var wire = _server.Single().Wire;
        Assert.Equal("application/json", wire.Header("Content-Type")); // the spec's media type as written
        Assert.Equal("{\"id\":\"w-3\",\"name\":\"Opt\",\"weight\":-0.25}", wire.BodyText);
    }

    [Fact]
    public async Task FormUrlEncodedBody_FieldsInSchemaOrder_ArraysRepeated()
    {
        await _server.CreateFeaturesClient().SubmitFormAsync(new SubmitFormRequest { Name = "Jane Doe & co=1", Count = 3, Colors = new[] { "red", "blue/green" } });

        var (wire, logged) = _server.Single();
        Assert.Equal("POST", wire.Method);
        Assert.Equal("/bodies/form", wire.RawTarget);
        Assert.Equal("application/x-www-form-urlencoded", wire.Header("Content-Type"));
        Assert.Equal("name=Jane+Doe+%26+co%3D1&count=3&colors=red&colors=blue%2Fgreen", wire.BodyText);
        Assert.Equal(wire.BodyText, logged.Body);
    }

    [Fact]
    public async Task FormUrlEncodedBody_OptionalFieldsLeftOut()
    {
        await _server.CreateFeaturesClient().SubmitFormAsync(new SubmitFormRequest { Name = "only" });

        Assert.Equal("name=only", _server.Single().Wire.BodyText);
    }

    [Fact]
    public async Task MultipartBody_FilePartWithFileNameAndTextPart()
    {
        var bytes = new byte[] { 0x25, 0x50, 0x44, 0x46, 0x00, 0xFF, 0x0D, 0x0A };
        var body = new UploadFileRequest
        {
            File = new ApiFile(new MemoryStream(bytes), "q3 report.pdf", "application/pdf"),
            Description = "Quarterly report ✓",
        };

        await _server.CreateFeaturesClient().UploadFileAsync(body);

        var wire = _server.Single().Wire;
        Assert.Equal("POST", wire.Method);
        Assert.Equal("/bodies/multipart", wire.RawTarget);
        Assert.StartsWith("multipart/form-data; boundary=", wire.Header("Content-Type"), StringComparison.Ordinal);
        var parts = await Multipart.ReadAsync(wire);
        Assert.Equal(2, parts.Count);

        var file = parts[0];
        Assert.Equal("file", file.Name);
        Assert.Equal("q3 report.pdf", file.FileName);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal(bytes, file.Content);

        var description = parts[1];
        Assert.Equal("description", description.Name);
        Assert.Null(description.FileName);
        Assert.Equal("Quarterly report ✓", Encoding.UTF8.GetString(description.Content));
        Assert.StartsWith("text/plain", description.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MultipartBody_OfAlternativesBesideAFile_SendsTheAlternativesFields()
    {
        var body = new CreateInviteRequest
        {
            MaxAge = 3600,
            TargetUserId = "u-42",
            UsersFile = new ApiFile(new MemoryStream(Encoding.UTF8.GetBytes("u-1\nu-2\n")), "users.csv", "text/csv"),
        };

        await _server.CreateFeaturesClient().CreateInviteAsync(body);

        var parts = await Multipart.ReadAsync(_server.Single().Wire);
        Assert.Equal(new[] { "usersFile", "maxAge", "targetUserId" }, parts.Select(p => p.Name).ToArray());
        Assert.Equal("users.csv", parts[0].FileName);
        Assert.Equal("u-1\nu-2\n", Encoding.UTF8.GetString(parts[0].Content));
        Assert.Equal("3600", Encoding.UTF8.GetString(parts[1].Content));
        Assert.Equal("u-42", Encoding.UTF8.GetString(parts[2].Content));
    }

    [Fact]
    public async Task MultipartBody_ObjectAndArrayParts_AreJsonParts()
    {
        // OpenAPI's default content type for an object or array part is application/json (not text that holds JSON).
        var body = new UploadFileRequest
        {
            File = new ApiFile(new MemoryStream(new byte[] { 1 }), "a.bin", null),
            Meta = new UploadFileRequestMeta { Pages = 3 },
            Labels = new[] { new Widget { Id = "w", Name = "W" } },
        };

        await _server.CreateFeaturesClient().UploadFileAsync(body);

        var parts = await Multipart.ReadAsync(_server.Single().Wire);
        Assert.Equal(new[] { "file", "meta", "labels" }, parts.Select(p => p.Name));
        Assert.Equal("application/json", parts[1].ContentType);
        Assert.Equal("{\"pages\":3}", Encoding.UTF8.GetString(parts[1].Content));
        Assert.Equal("application/json", parts[2].ContentType);
        Assert.Equal("[{\"id\":\"w\",\"name\":\"W\"}]", Encoding.UTF8.GetString(parts[2].Content));
    }

    [Fact]
    public async Task FormBody_ArrayFields_FollowTheirEncodingsStyle()
    {
        await _server.CreateFeaturesClient().SubmitEncodedFormAsync(new SubmitEncodedFormRequest
        {
            Ids = new[] { 1, 2, 3 },
            Pipes = new[] { "a|b", "c" },
            Spaced = new[] { "x", "y z" },
            Tags = new[] { "t1", "t2" },
        });

        // form, not exploded: ids=1,2,3; pipeDelimited: a|b|c; spaceDelimited; the default (form, exploded): repeated.
        Assert.Equal("ids=1%2C2%2C3&pipes=a%7Cb%7Cc&spaced=x+y+z&tags=t1&tags=t2", _server.Single().Wire.BodyText);
    }

    [Fact]
    public async Task FormBody_StructuredFields_FollowTheirEncodingsStyle()
    {
        await _server.CreateFeaturesClient().SubmitStyledFormAsync(new SubmitStyledFormRequest
        {
            Metadata = new Dictionary<string, string> { ["order id"] = "6735", ["note"] = "a&b=c" },
            Address = new FormAddress { Line1 = "1 Main St", City = "Paris" },
            Shipping = new SubmitStyledFormRequestShipping { Name = "Jo", Address = new FormAddress { City = "Lyon" } },
            Expand = new[] { "customer", "invoice.subscription" },
            Lines = new[] { new SubmitStyledFormRequestLinesItem { Price = "price_1", Note = "x" }, new SubmitStyledFormRequestLinesItem { Price = "price_2" } },
            Filter = new SubmitStyledFormRequestFilter { Color = "red", Size = "L" },
            Pair = new SubmitStyledFormRequestPair { Left = "a", Right = "b,c" },
            Plain = new FormAddress { City = "Nice" },
        });

        // deepObject: each member in brackets, nested ones and array items too, as Stripe and qs read them; form exploded:
        // each member its own field; form: name=left,a,right,b%2Cc (the value's comma escaped with the rest, as the
        // form writes every value); no style (only a content type): the object's JSON text.
        var fields = _server.Single().Wire.BodyText!.Split('&').Select(Uri.UnescapeDataString).Select(f => f.Replace('+', ' ')).ToArray();
        Assert.Equal(
            new[]
            {
                "metadata[order id]=6735", "metadata[note]=a&b=c",
                "address[line1]=1 Main St", "address[city]=Paris",
                "shipping[name]=Jo", "shipping[address][city]=Lyon",
                "expand[0]=customer", "expand[1]=invoice.subscription",
                "lines[0][price]=price_1", "lines[0][note]=x", "lines[1][price]=price_2",
                "color=red", "size=L",
                "pair=left,a,right,b,c",
                "plain={\"city\":\"Nice\"}",
            },
            fields);
        Assert.Contains("metadata%5Bnote%5D=a%26b%3Dc", _server.Single().Wire.BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormBody_ObjectField_PipeDelimited_JoinsNamesAndValues()
    {
        await _server.CreateFeaturesClient().SubmitPipedFormAsync(new SubmitPipedFormRequest { Piped = new SubmitPipedFormRequestPiped { Left = "1", Right = "a|b" } });

        Assert.Equal("piped=left%7C1%7Cright%7Ca%7Cb", _server.Single().Wire.BodyText);
    }

    [Fact]
    public async Task MultipartBody_PartsTakeTheContentTypeTheirEncodingNames()
    {
        await _server.CreateFeaturesClient().UploadEncodedPartsAsync(new UploadEncodedPartsRequest
        {
            Meta = new Point { X = "a", Y = 1 },
            Note = "# Title",
            Image = new ApiFile(new MemoryStream(new byte[] { 0x89, 0x50 }), "a.png", null),
            Any = new ApiFile(new MemoryStream(new byte[] { 1 }), "b.bin", null),
        });

        var parts = await Multipart.ReadAsync(_server.Single().Wire);
        Assert.Equal("application/vnd.point+json", parts[0].ContentType);
        Assert.Equal("{\"x\":\"a\",\"y\":1}", Encoding.UTF8.GetString(parts[0].Content));
        Assert.StartsWith("text/markdown", parts[1].ContentType, StringComparison.Ordinal);
        Assert.Equal("# Title", Encoding.UTF8.GetString(parts[1].Content));
        // A file without a content type of its own takes the encoding's; a list of types chooses none.
        Assert.Equal("image/png", parts[2].ContentType);
        Assert.Equal("application/octet-stream", parts[3].ContentType);
    }

    [Fact]
    public async Task MultipartBody_FileWithoutContentType_IsOctetStream_OptionalTextLeftOut()
    {
        var body = new UploadFileRequest { File = new ApiFile(new MemoryStream(new byte[] { 1, 2, 3 }), "data.bin") };

        await _server.CreateFeaturesClient().UploadFileAsync(body);

        var part = Assert.Single(await Multipart.ReadAsync(_server.Single().Wire));
        Assert.Equal("file", part.Name);
        Assert.Equal("data.bin", part.FileName);
        Assert.Equal("application/octet-stream", part.ContentType);
        Assert.Equal(new byte[] { 1, 2, 3 }, part.Content);
    }

    /// <summary>
    /// Each part's Content-Disposition as browsers write it (the HTML standard's multipart/form-data encoding, RFC 7578):
    /// name and file name quoted, a '"' in them as %22, the part headers in UTF-8, and no filename* parameter (RFC 7578
    /// §4.2 forbids it). .NET's MultipartFormDataContent.Add leaves a token unquoted and adds filename*, which parsers
    /// that expect quotes reject (Prism's crashed on it: PrismOracleTests).
    /// </summary>
    [Fact]
    public async Task MultipartBody_PartHeadersQuotedInUtf8_WithoutFileNameStar()
    {
        var body = new UploadFileRequest
        {
            File = new ApiFile(new MemoryStream(new byte[] { 1, 2 }), "my \"résumé\".pdf", "application/pdf"),
            Description = "plain",
        };

        await _server.CreateFeaturesClient().UploadFileAsync(body);

        var wire = _server.Single().Wire;
        var text = Encoding.UTF8.GetString(wire.Body);
        Assert.Contains("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"my %22résumé%22.pdf\"\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nContent-Disposition: form-data; name=\"description\"\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("filename*", text, StringComparison.Ordinal);
        var parts = await Multipart.ReadAsync(wire);
        Assert.Equal(new[] { "file", "description" }, parts.Select(p => p.Name));
        Assert.Equal("my %22résumé%22.pdf", parts[0].FileName);
        Assert.Equal(new byte[] { 1, 2 }, parts[0].Content);
    }

    [Fact]
    public async Task OctetStreamBody_IsTheStreamsBytes()
    {
        var bytes = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();

        await _server.CreateFeaturesClient().UploadRawAsync(new MemoryStream(bytes));

        var wire = _server.Single().Wire;
        Assert.Equal("PUT", wire.Method);
        Assert.Equal("/bodies/binary", wire.RawTarget);
        Assert.Equal("application/octet-stream", wire.Header("Content-Type"));
        Assert.Equal(bytes, wire.Body);
    }

    [Fact]
    public async Task TextBody_IsUtf8TextPlain()
    {
        await _server.CreateFeaturesClient().SendTextAsync("héllo\nwörld ✓");

        var wire = _server.Single().Wire;
        Assert.Equal("POST", wire.Method);
        Assert.Equal("/bodies/text", wire.RawTarget);
        Assert.Equal("text/plain", wire.Header("Content-Type")); // the spec's media type as written; the text is UTF-8
        Assert.Equal(Encoding.UTF8.GetBytes("héllo\nwörld ✓"), wire.Body);
    }
}
