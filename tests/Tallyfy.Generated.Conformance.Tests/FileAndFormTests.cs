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

    [Fact]
    public async Task FileStreamNonempty()
    {
        // A binary body is streamed to the caller, not buffered: the raw bytes stay empty.
        var ok = Assert.IsType<Files.FilesGetFileResult.Ok>(await Client((h, u) => new Files.BodyFileClient(h, u)).FilesGetFileAsync());
        using var body = ok.Body;
        Assert.True(ok.RawBodyBytes.IsEmpty);
        Assert.Equal(await SampleAsync(), await ReadAllAsync(body));
    }

    [Fact]
    public async Task FileStreamNonemptyTypedBody()
    {
        using var file = Assert.IsType<Files.FilesGetFileResult.Ok>(await Client((h, u) => new Files.BodyFileClient(h, u)).FilesGetFileAsync()).Body;
        Assert.Equal(await SampleAsync(), await ReadAllAsync(file));
    }

    [Fact]
    public async Task FileStreamEmpty() =>
        Assert.Equal(0, Assert.IsType<Files.FilesGetEmptyFileResult.Ok>(await Client((h, u) => new Files.BodyFileClient(h, u)).FilesGetEmptyFileAsync()).RawBodyBytes.Length);

    [Fact]
    public async Task FileStreamEmptyTypedBody()
    {
        using var file = Assert.IsType<Files.FilesGetEmptyFileResult.Ok>(await Client((h, u) => new Files.BodyFileClient(h, u)).FilesGetEmptyFileAsync()).Body;
        Assert.Empty(await ReadAllAsync(file));
    }

    private static Task<byte[]> SampleAsync() => File.ReadAllBytesAsync(Path.Combine(TestServer.TestServerRoot, "legacy", "routes", "sample.png"));

    [Fact]
    public async Task FileStreamVeryLarge()
    {
        using var file = Assert.IsType<Files.FilesGetFileLargeResult.Ok>(await Client((h, u) => new Files.BodyFileClient(h, u)).FilesGetFileLargeAsync()).Body;
        var total = 0L;
        var buffer = new byte[1 << 20];
        int read;
        while ((read = await file.ReadAsync(buffer)) > 0)
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
        using var body = ok.Body;
        Assert.Equal("Test file content", Encoding.UTF8.GetString(await ReadAllAsync(body)));
    }

    [Fact]
    public async Task FormdataStreamUploadFileTypedBody()
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("Test file content"));
        using var echoed = Assert.IsType<Form.FormdataUploadFileResult.Ok>(await Client((h, u) => new Form.BodyFormdataClient(h, u))
            .FormdataUploadFileAsync(new Form.FormdataUploadFileRequest { FileContent = new Form.ApiFile(content, "UploadFile.txt", "application/octet-stream"), FileName = "UploadFile.txt" })).Body;
        Assert.Equal("Test file content", Encoding.UTF8.GetString(await ReadAllAsync(echoed)));
    }

    [Fact]
    public async Task StreamUploadFile()
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("Test file content"));
        using var echoed = Assert.IsType<Form.FormdataUploadFileViaBodyResult.Ok>(await Client((h, u) => new Form.BodyFormdataClient(h, u)).FormdataUploadFileViaBodyAsync(content)).Body;
        Assert.Equal("Test file content", Encoding.UTF8.GetString(await ReadAllAsync(echoed)));
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
