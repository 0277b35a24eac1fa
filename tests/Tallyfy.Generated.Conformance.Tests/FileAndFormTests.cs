using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Xunit;
using Files = Conformance.BodyFile;
using Form = Conformance.BodyFormdata;
using Url = Conformance.BodyFormdataUrlencoded;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>body-file.json, body-formdata.json, body-formdata-urlencoded.json: binary responses, multipart and urlencoded forms.</summary>
public sealed class FileAndFormTests : ConformanceTest
{
    public FileAndFormTests(TestServer server)
        : base(server)
    {
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private const string BinaryReadAsJson =
        "Generator defect: a binary response (type: file / format: binary) is read as JSON, so the typed Body (ApiFile) throws ApiBodyException; only RawBodyBytes holds the bytes";

    [Fact]
    public async Task FileStreamNonempty()
    {
        var ok = Assert.IsType<Files.FilesGetFileResult.Ok>(await Client((h, u) => new Files.BodyFileClient(h, u)).FilesGetFileAsync());
        Assert.Equal(await SampleAsync(), ok.RawBodyBytes.ToArray());
    }

    [Fact(Skip = BinaryReadAsJson)]
    public async Task FileStreamNonemptyTypedBody()
    {
        var file = Assert.IsType<Files.FilesGetFileResult.Ok>(await Client((h, u) => new Files.BodyFileClient(h, u)).FilesGetFileAsync()).Body;
        Assert.Equal(await SampleAsync(), await ReadAllAsync(file.Content));
    }

    [Fact]
    public async Task FileStreamEmpty() =>
        Assert.Equal(0, Assert.IsType<Files.FilesGetEmptyFileResult.Ok>(await Client((h, u) => new Files.BodyFileClient(h, u)).FilesGetEmptyFileAsync()).RawBodyBytes.Length);

    [Fact(Skip = BinaryReadAsJson)]
    public async Task FileStreamEmptyTypedBody()
    {
        var file = Assert.IsType<Files.FilesGetEmptyFileResult.Ok>(await Client((h, u) => new Files.BodyFileClient(h, u)).FilesGetEmptyFileAsync()).Body;
        Assert.Empty(await ReadAllAsync(file.Content));
    }

    private static Task<byte[]> SampleAsync() => File.ReadAllBytesAsync(Path.Combine(TestServer.TestServerRoot, "legacy", "routes", "sample.png"));

    [Fact(Skip = "Generator defect: a binary response is buffered whole in memory (ApiRawResponse keeps the body as bytes) instead of streamed, so the 3000 MB body of /files/stream/verylarge cannot be read")]
    public async Task FileStreamVeryLarge()
    {
        var file = Assert.IsType<Files.FilesGetFileLargeResult.Ok>(await Client((h, u) => new Files.BodyFileClient(h, u)).FilesGetFileLargeAsync()).Body;
        var total = 0L;
        var buffer = new byte[1 << 20];
        int read;
        while ((read = await file.Content.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        Assert.Equal(3000L * 1024 * 1024, total);
    }

    [Fact]
    public async Task FormdataStreamUploadFile()
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("Test file content"));
        var ok = Assert.IsType<Form.FormdataUploadFileResult.Ok>(await Client((h, u) => new Form.BodyFormdataClient(h, u))
            .FormdataUploadFileAsync(new Form.FormdataUploadFileRequest { FileContent = new Form.ApiFile(content, "UploadFile.txt", "application/octet-stream"), FileName = "UploadFile.txt" }));
        Assert.Equal("Test file content", ok.RawBody);
    }

    [Fact(Skip = BinaryReadAsJson)]
    public async Task FormdataStreamUploadFileTypedBody()
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("Test file content"));
        var echoed = Assert.IsType<Form.FormdataUploadFileResult.Ok>(await Client((h, u) => new Form.BodyFormdataClient(h, u))
            .FormdataUploadFileAsync(new Form.FormdataUploadFileRequest { FileContent = new Form.ApiFile(content, "UploadFile.txt", "application/octet-stream"), FileName = "UploadFile.txt" })).Body;
        Assert.Equal("Test file content", Encoding.UTF8.GetString(await ReadAllAsync(echoed.Content)));
    }

    [Fact]
    public async Task StreamUploadFile()
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("Test file content"));
        var ok = Assert.IsType<Form.FormdataUploadFileViaBodyResult.Ok>(await Client((h, u) => new Form.BodyFormdataClient(h, u)).FormdataUploadFileViaBodyAsync(content));
        Assert.Contains("Test file content", ok.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdatePetWithForm() =>
        Assert.IsType<Url.FormdataurlencodedUpdatePetWithFormResult.Ok>(await Client((h, u) => new Url.BodyFormdataUrlencodedClient(h, u)).FormdataurlencodedUpdatePetWithFormAsync(
            1,
            new Url.FormdataurlencodedUpdatePetWithFormRequest
            {
                PetType = Url.FormdataurlencodedUpdatePetWithFormRequestPetType.Dog,
                PetFood = Url.FormdataurlencodedUpdatePetWithFormRequestPetFood.Meat,
                PetAge = 42,
                Name = "Fido",
            }));

    [Fact]
    public async Task UrlEncodedDataWithPartialConstantBody() =>
        Assert.IsType<Url.FormdataurlencodedPartialConstantBodyResult.Ok>(await Client((h, u) => new Url.BodyFormdataUrlencodedClient(h, u)).FormdataurlencodedPartialConstantBodyAsync(
            new Url.FormdataurlencodedPartialConstantBodyRequest
            {
                GrantType = Url.FormdataurlencodedPartialConstantBodyRequestGrantType.AccessToken,
                Service = "bar",
                AccessToken = "foo",
            }));
}
