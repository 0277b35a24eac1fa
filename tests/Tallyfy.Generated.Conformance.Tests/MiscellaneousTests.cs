using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using AnyT = Conformance.AnyType;
using Byt = Conformance.BodyByte;
using Cons = Conformance.Constants;
using Ext = Conformance.ExtensibleEnumsSwagger;
using Hd = Conformance.Head;
using Inh = Conformance.MultipleInheritance;
using Media = Conformance.MediaTypes;
using NonStr = Conformance.NonStringEnum;
using Obj = Conformance.ObjectType;
using Res = Conformance.ReservedWords;
using Val = Conformance.Validation;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>
/// body-byte, head, multiple-inheritance, extensible-enums-swagger, non-string-enum, validation, any-type, object-type,
/// media_types, reserved-words, constants: a few operations each.
/// </summary>
public sealed class MiscellaneousTests : ConformanceTest
{
    private static readonly byte[] NonAscii = { 0xFF, 0xFE, 0xFD, 0xFC, 0xFB, 0xFA, 0xF9, 0xF8, 0xF7, 0xF6 };

    public MiscellaneousTests(TestServer server)
        : base(server)
    {
    }

    private Byt.BodyByteClient ByteClient => Client((http, uri) => new Byt.BodyByteClient(http, uri));

    private Inh.MultipleInheritanceClient Inheritance => Client((http, uri) => new Inh.MultipleInheritanceClient(http, uri));

    [Fact]
    public async Task GetByteNull() => Assert.IsType<Byt.ByteGetNullResult.Ok>(await ByteClient.ByteGetNullAsync());

    [Fact]
    public async Task GetByteEmpty() => Assert.Empty(Assert.IsType<Byt.ByteGetEmptyResult.Ok>(await ByteClient.ByteGetEmptyAsync()).Body);

    [Fact]
    public async Task GetByteNonAscii() => Assert.Equal(NonAscii, Assert.IsType<Byt.ByteGetNonAsciiResult.Ok>(await ByteClient.ByteGetNonAsciiAsync()).Body);

    [Fact]
    public async Task PutByteNonAscii() => Assert.IsType<Byt.BytePutNonAsciiResult.Ok>(await ByteClient.BytePutNonAsciiAsync(NonAscii));

    [Fact]
    public async Task GetByteInvalid() => Assert.NotNull(Assert.IsType<Byt.ByteGetInvalidResult.Ok>(await ByteClient.ByteGetInvalidAsync()).BodyError);

    [Fact]
    public async Task HttpSuccess200HeadSeparateFile() => Assert.IsType<Hd.HttpSuccessHead200Result.Ok>(await Client((h, u) => new Hd.HeadClient(h, u)).HttpSuccessHead200Async());

    [Fact]
    public async Task HttpSuccess204HeadSeparateFile() => Assert.IsType<Hd.HttpSuccessHead204Result.NoContent>(await Client((h, u) => new Hd.HeadClient(h, u)).HttpSuccessHead204Async());

    [Fact]
    public async Task HttpSuccess404HeadSeparateFile() => Assert.IsType<Hd.HttpSuccessHead404Result.NotFound>(await Client((h, u) => new Hd.HeadClient(h, u)).HttpSuccessHead404Async());

    [Fact]
    public async Task GetHorse()
    {
        var horse = Assert.IsType<Inh.GetHorseResult.Ok>(await Inheritance.GetHorseAsync()).Body;
        Assert.Equal(("Fred", true), (horse.Name, horse.IsAShowHorse));
    }

    [Fact]
    public async Task PutHorse() => Assert.IsType<Inh.PutHorseResult.Ok>(await Inheritance.PutHorseAsync(new Inh.Horse { Name = "General", IsAShowHorse = false }));

    [Fact]
    public async Task GetPet() => Assert.Equal("Peanut", Assert.IsType<Inh.GetPetResult.Ok>(await Inheritance.GetPetAsync()).Body.Name);

    [Fact]
    public async Task PutPet() => Assert.IsType<Inh.PutPetResult.Ok>(await Inheritance.PutPetAsync(new Inh.Pet { Name = "Butter" }));

    [Fact]
    public async Task GetFeline()
    {
        var feline = Assert.IsType<Inh.GetFelineResult.Ok>(await Inheritance.GetFelineAsync()).Body;
        Assert.Equal((true, true), (feline.Meows, feline.Hisses));
    }

    [Fact]
    public async Task PutFeline() => Assert.IsType<Inh.PutFelineResult.Ok>(await Inheritance.PutFelineAsync(new Inh.Feline { Meows = false, Hisses = true }));

    [Fact]
    public async Task GetCat()
    {
        var cat = Assert.IsType<Inh.GetCatResult.Ok>(await Inheritance.GetCatAsync()).Body;
        Assert.Equal(("Whiskers", true, true, true), (cat.Name, cat.LikesMilk, cat.Meows, cat.Hisses));
    }

    [Fact]
    public async Task PutCat() => Assert.IsType<Inh.PutCatResult.Ok>(await Inheritance.PutCatAsync(new Inh.Cat { Name = "Boots", LikesMilk = false, Meows = true, Hisses = false }));

    [Fact]
    public async Task GetKitten()
    {
        var kitten = Assert.IsType<Inh.GetKittenResult.Ok>(await Inheritance.GetKittenAsync()).Body;
        Assert.Equal(("Gatito", true, true, true, false), (kitten.Name, kitten.LikesMilk, kitten.Meows, kitten.Hisses, kitten.EatsMiceYet));
    }

    [Fact]
    public async Task PutKitten() =>
        Assert.IsType<Inh.PutKittenResult.Ok>(await Inheritance.PutKittenAsync(new Inh.Kitten { Name = "Kitty", LikesMilk = false, Meows = true, Hisses = false, EatsMiceYet = true }));

    [Fact]
    public async Task GetExtensibleEnumWithUnknownValue()
    {
        var pet = Assert.IsType<Ext.PetGetByPetIdResult.Ok>(await Client((h, u) => new Ext.ExtensibleEnumsSwaggerClient(h, u)).PetGetByPetIdAsync("casper")).Body;
        Assert.Equal("Casper Ghosty", pet.Name);
        Assert.Equal("Weekend", pet.DaysOfWeek!.Value.Value);
        Assert.False(pet.DaysOfWeek.Value.IsKnown);
        Assert.Equal("2", pet.IntEnum.Value);
    }

    [Fact]
    public async Task GetExtensibleEnumWithKnownValue()
    {
        var pet = Assert.IsType<Ext.PetGetByPetIdResult.Ok>(await Client((h, u) => new Ext.ExtensibleEnumsSwaggerClient(h, u)).PetGetByPetIdAsync("tommy")).Body;
        Assert.Equal("Tommy Tomson", pet.Name);
        Assert.Equal(Ext.PetDaysOfWeek.Monday, pet.DaysOfWeek);
        Assert.True(pet.DaysOfWeek!.Value.IsKnown);
        Assert.Equal(Ext.PetIntEnum.Value1, pet.IntEnum);
    }

    [Fact]
    public async Task GetExtensibleEnumAllowedValue()
    {
        var pet = Assert.IsType<Ext.PetGetByPetIdResult.Ok>(await Client((h, u) => new Ext.ExtensibleEnumsSwaggerClient(h, u)).PetGetByPetIdAsync("scooby")).Body;
        Assert.Equal("Scooby Scarface", pet.Name);
        Assert.Equal(Ext.PetDaysOfWeek.Thursday, pet.DaysOfWeek);
        Assert.Equal("2.1", pet.IntEnum.Value);
        Assert.False(pet.IntEnum.IsKnown);
    }

    [Fact]
    public async Task PostExtensibleEnum()
    {
        var pet = Assert.IsType<Ext.PetAddPetResult.Ok>(await Client((h, u) => new Ext.ExtensibleEnumsSwaggerClient(h, u))
            .PetAddPetAsync(new Ext.Pet { Name = "Retriever", IntEnum = "3", DaysOfWeek = Ext.PetDaysOfWeek.Friday })).Body;
        Assert.Equal("Retriever", pet.Name);
        Assert.Equal(Ext.PetDaysOfWeek.Friday, pet.DaysOfWeek);
    }

    [Fact]
    public async Task NonStringEnumsPostInt() =>
        Assert.Equal("Nice job posting an int enum", Assert.IsType<NonStr.IntPutResult.Ok>(await Client((h, u) => new NonStr.NonStringEnumClient(h, u)).IntPutAsync(NonStr.IntEnum.Value200)).Body);

    [Fact]
    public async Task NonStringEnumsGetInt() =>
        Assert.Equal(NonStr.IntEnum.Value429, Assert.IsType<NonStr.IntGetResult.Ok>(await Client((h, u) => new NonStr.NonStringEnumClient(h, u)).IntGetAsync()).Body);

    [Fact]
    public async Task NonStringEnumsPostFloat() =>
        Assert.Equal("Nice job posting a float enum", Assert.IsType<NonStr.FloatPutResult.Ok>(await Client((h, u) => new NonStr.NonStringEnumClient(h, u)).FloatPutAsync(200.4f)).Body);

    [Fact]
    public async Task NonStringEnumsGetFloat() =>
        Assert.Equal(429.1f, Assert.IsType<NonStr.FloatGetResult.Ok>(await Client((h, u) => new NonStr.NonStringEnumClient(h, u)).FloatGetAsync()).Body);

    [Fact]
    public async Task ConstantsInPath() =>
        Assert.IsType<Val.GetWithConstantInPathResult.Ok>(await Client((h, u) => new Val.ValidationClient(h, u)).GetWithConstantInPathAsync(Val.ConstantParam.Constant));

    [Fact]
    public async Task ConstantsInBody()
    {
        var product = new Val.Product
        {
            Child = new Val.ChildProduct { ConstProperty = Val.ChildProductConstProperty.Constant },
            ConstChild = new Val.ConstantProduct { ConstProperty = Val.ConstantProductConstProperty.Constant, ConstProperty2 = Val.ConstantProductConstProperty2.Constant2 },
            ConstInt = Val.ProductConstInt.Value0,
            ConstString = Val.ProductConstString.Constant,
        };
        var echoed = Assert.IsType<Val.PostWithConstantInBodyResult.Ok>(await Client((h, u) => new Val.ValidationClient(h, u)).PostWithConstantInBodyAsync(Val.ConstantParam.Constant, product)).Body;
        Assert.Equal(Val.ProductConstString.Constant, echoed.ConstString);
    }

    [Fact]
    public async Task AnyTypeGetObject() =>
        Assert.Equal("An object was successfully returned", Assert.IsType<AnyT.GetObjectResult.Ok>(await Client((h, u) => new AnyT.AnyTypeClient(h, u)).GetObjectAsync()).Body.GetProperty("message").GetString());

    [Fact]
    public async Task AnyTypePutObject() =>
        Assert.IsType<AnyT.PutObjectResult.Ok>(await Client((h, u) => new AnyT.AnyTypeClient(h, u)).PutObjectAsync(JsonSerializer.SerializeToElement(new { foo = "bar" })));

    [Fact]
    public async Task AnyTypeGetString() =>
        Assert.Equal("anything", Assert.IsType<AnyT.GetStringResult.Ok>(await Client((h, u) => new AnyT.AnyTypeClient(h, u)).GetStringAsync()).Body.GetString());

    [Fact]
    public async Task AnyTypePutString() => Assert.IsType<AnyT.PutStringResult.Ok>(await Client((h, u) => new AnyT.AnyTypeClient(h, u)).PutStringAsync(JsonSerializer.SerializeToElement("anything")));

    [Fact]
    public async Task AnyTypeGetArray() =>
        Assert.Equal(2, Assert.IsType<AnyT.GetArrayResult.Ok>(await Client((h, u) => new AnyT.AnyTypeClient(h, u)).GetArrayAsync()).Body.GetArrayLength());

    [Fact]
    public async Task AnyTypePutArray() =>
        Assert.IsType<AnyT.PutArrayResult.Ok>(await Client((h, u) => new AnyT.AnyTypeClient(h, u)).PutArrayAsync(JsonSerializer.SerializeToElement(new[] { "foo", "bar" })));

    [Fact]
    public async Task ObjectTypeResponse() =>
        Assert.Equal(
            "An object was successfully returned",
            Assert.IsType<Obj.GetResult.Ok>(await Client((h, u) => new Obj.ObjectTypeClient(h, u)).GetAsync()).Body.GetProperty("message").GetString());

    [Fact]
    public async Task ObjectTypePut() => Assert.IsType<Obj.PutResult.Ok>(await Client((h, u) => new Obj.ObjectTypeClient(h, u)).PutAsync(JsonSerializer.SerializeToElement(new { foo = "bar" })));

    [Fact]
    public async Task ObjectTypeErrorResponse()
    {
        var result = await Client((h, u) => new Obj.ObjectTypeClient(h, u)).PutAsync(JsonSerializer.SerializeToElement(new { should = "fail" }));
        Assert.Equal(400, result.StatusCode);
        Assert.False(result.IsSuccess);
    }

    [Fact]
    public async Task MediaTypesJson() =>
        Assert.Equal(
            "Nice job with JSON",
            Assert.IsType<Media.AnalyzeBodyResult.Ok>(await Client((h, u) => new Media.MediaTypesClient(h, u)).AnalyzeBodyAsync(new Media.SourcePath { Source = "anything" })).Body);

    [Fact]
    public async Task MediaTypesAnalyzeBodyNoAcceptHeader() =>
        Assert.IsType<Media.AnalyzeBodyNoAcceptHeaderResult.Accepted>(await Client((h, u) => new Media.MediaTypesClient(h, u)).AnalyzeBodyNoAcceptHeaderAsync(new Media.SourcePath { Source = "anything" }));

    [Fact]
    public async Task MediaTypeWithEncoding() =>
        Assert.Equal("Nice job sending content type with encoding", Assert.IsType<Media.ContentTypeWithEncodingResult.Ok>(await Client((h, u) => new Media.MediaTypesClient(h, u)).ContentTypeWithEncodingAsync("input")).Body);

    [Fact]
    public async Task MediaTypesPutTextAndJsonBody()
    {
        // A string body offered as text/plain and application/json goes as text. The server has no route for this
        // operation (it answers 404, the Undocumented case), so what reached it is checked on the way out.
        var recorder = new RecordingHandler { InnerHandler = new HttpClientHandler() };
        var client = new Media.MediaTypesClient(new HttpClient(recorder), Server.BaseUri);

        Assert.Equal(404, Assert.IsType<Media.PutTextAndJsonBodyResult.Undocumented>(await client.PutTextAndJsonBodyAsync("text")).StatusCode);

        Assert.Equal("text/plain", recorder.ContentType);
        Assert.Equal("text", recorder.Body);
    }

    [Fact]
    public async Task MediaTypePdf()
    {
        using var pdf = new MemoryStream(Encoding.ASCII.GetBytes("PDF"));
        var ok = Assert.IsType<Media.AnalyzeBodyResult.Ok>(await Client((h, u) => new Media.MediaTypesClient(h, u))
            .AnalyzeBodyAsync(new Media.ApiFile(pdf, "input.pdf", "application/pdf")));
        Assert.Equal("Nice job with PDF", ok.Body);
    }

    [Fact]
    public async Task MediaTypePdfIsTheDefaultForAFileWithoutContentType()
    {
        // The spec's first binary media type (application/pdf) when the file names none; the server accepts only
        // JSON with a source or exactly "PDF" as application/pdf.
        using var pdf = new MemoryStream(Encoding.ASCII.GetBytes("PDF"));
        Assert.IsType<Media.AnalyzeBodyNoAcceptHeaderResult.Accepted>(await Client((h, u) => new Media.MediaTypesClient(h, u))
            .AnalyzeBodyNoAcceptHeaderAsync(new Media.ApiFile(pdf, "input.pdf")));
    }

    [Fact]
    public async Task MediaTypePdfWithTheWrongBytesIsRefused()
    {
        using var pdf = new MemoryStream(Encoding.ASCII.GetBytes("not a PDF"));
        var refused = Assert.IsType<Media.AnalyzeBodyNoAcceptHeaderResult.Default>(await Client((h, u) => new Media.MediaTypesClient(h, u))
            .AnalyzeBodyNoAcceptHeaderAsync(new Media.ApiFile(pdf, "input.pdf")));
        Assert.Equal(400, refused.StatusCode);
    }

    [Fact]
    public async Task MediaTypesTwoContentTypes()
    {
        // A binary body offered as application/octet-stream or application/json goes as raw octets.
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("hello, world"));
        Assert.IsType<Media.BinaryBodyWithTwoContentTypesResult.Ok>(await Client((h, u) => new Media.MediaTypesClient(h, u))
            .BinaryBodyWithTwoContentTypesAsync(content));
    }

    [Fact]
    public async Task MediaTypesThreeContentTypes()
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("hello, world"));
        Assert.IsType<Media.BinaryBodyWithThreeContentTypesResult.Ok>(await Client((h, u) => new Media.MediaTypesClient(h, u))
            .BinaryBodyWithThreeContentTypesAsync(content));
    }

    [Fact]
    public async Task MediaTypesThreeContentTypesAsText() =>
        Assert.IsType<Media.BinaryBodyWithThreeContentTypesResult.Ok>(await Client((h, u) => new Media.MediaTypesClient(h, u))
            .BinaryBodyWithThreeContentTypesAsync("hello, world"));

    [Fact]
    public async Task MediaTypesThreeContentTypesTextIsCheckedByTheServer() =>
        Assert.Equal(400, Assert.IsType<Media.BinaryBodyWithThreeContentTypesResult.Undocumented>(await Client((h, u) => new Media.MediaTypesClient(h, u))
            .BinaryBodyWithThreeContentTypesAsync("goodbye")).StatusCode);

    [Fact]
    public async Task MediaTypesThreeBodyTypes() =>
        Assert.IsType<Media.BodyThreeTypesResult.Ok>(await Client((h, u) => new Media.MediaTypesClient(h, u)).BodyThreeTypesAsync(JsonSerializer.SerializeToElement(new { hello = "world" })));

    [Fact]
    public async Task MediaTypesThreeBodyTypesAsText() =>
        Assert.IsType<Media.BodyThreeTypesResult.Ok>(await Client((h, u) => new Media.MediaTypesClient(h, u)).BodyThreeTypesAsync("hello, world"));

    [Fact]
    public async Task MediaTypesThreeBodyTypesAsOctets()
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("hello, world"));
        Assert.IsType<Media.BodyThreeTypesResult.Ok>(await Client((h, u) => new Media.MediaTypesClient(h, u)).BodyThreeTypesAsync(new Media.ApiFile(content, "body.bin")));
    }

    /// <summary>Records the content type and text of the request body, then passes the request on.</summary>
    private sealed class RecordingHandler : DelegatingHandler
    {
        public string? ContentType { get; private set; }

        public string? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ContentType = request.Content?.Headers.ContentType?.ToString();
            Body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            return await base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task ReservedWordsOperationGroupImport() =>
        Assert.IsType<Res.ImportOperationOneResult.Ok>(await Client((h, u) => new Res.ReservedWordsClient(h, u)).ImportOperationOneAsync("foo"));

    [Fact]
    public async Task ReservedWordsBodyNamedContent()
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("hello, world"));
        Assert.IsType<Res.OperationWithContentParamResult.Ok>(await Client((h, u) => new Res.ReservedWordsClient(h, u)).OperationWithContentParamAsync(content));
    }

    [Fact]
    public async Task ReservedWordsBodyNamedJson() =>
        Assert.IsType<Res.OperationWithJsonParamResult.Ok>(await Client((h, u) => new Res.ReservedWordsClient(h, u)).OperationWithJsonParamAsync(JsonSerializer.SerializeToElement(new { hello = "world" })));

    [Fact]
    public async Task ReservedWordsBodyNamedData() =>
        Assert.IsType<Res.OperationWithDataParamResult.Ok>(await Client((h, u) => new Res.ReservedWordsClient(h, u)).OperationWithDataParamAsync(new Res.OperationWithDataParamRequest { Data = "hello", World = "world" }));

    [Fact]
    public async Task ReservedWordsBodyNamedFiles()
    {
        using var files = new MemoryStream(Encoding.UTF8.GetBytes("hello, world"));
        Assert.IsType<Res.OperationWithFilesParamResult.Ok>(await Client((h, u) => new Res.ReservedWordsClient(h, u))
            .OperationWithFilesParamAsync(new Res.OperationWithFilesParamRequest { Files = new Res.ApiFile(files, "my.txt", "application/octet-stream"), FileName = "my.txt" }));
    }

    [Fact]
    public async Task ReservedWordsUrlHeaderQuery() =>
        Assert.IsType<Res.OperationWithUrlResult.Ok>(await Client((h, u) => new Res.ReservedWordsClient(h, u)).OperationWithUrlAsync("foo", "x-ms-header", new[] { "one", "two" }));

    [Fact]
    public async Task ReservedWordsHeaderEnum() =>
        Assert.IsType<Res.ReservedEnumResult.Ok>(await Client((h, u) => new Res.ReservedWordsClient(h, u)).ReservedEnumAsync(Res.EnumParameter.Import));

    [Fact]
    public async Task ConstantClientProperties() =>
        Assert.IsType<Cons.ContantsPutClientConstantsResult.Ok>(await Client((h, u) => new Cons.ConstantsClient(h, u))
            .ContantsPutClientConstantsAsync(Cons.PathConstant.KnownValues[0], true, Cons.QueryConstant.KnownValues[0]));
}
