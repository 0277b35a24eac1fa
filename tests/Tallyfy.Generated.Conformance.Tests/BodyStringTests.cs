using System.Text;
using System.Threading.Tasks;
using Conformance.BodyString;
using Xunit;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>body-string.json: string bodies (null, empty, multi-byte, whitespace), string enums, base64.</summary>
public sealed class BodyStringTests : ConformanceTest
{
    /// <summary>The multi-byte string of the scenario, as the spec's single-value enum spells it (CJK compatibility ideographs included).</summary>
    private static readonly string Mbcs = StringPutMbcsRequest.KnownValues[0].Value;
    private const string Whitespace = "    Now is the time for all good men to come to the aid of their country    ";

    private readonly BodyStringClient _client;

    public BodyStringTests(TestServer server)
        : base(server)
    {
        _client = Client((http, uri) => new BodyStringClient(http, uri));
    }

    [Fact]
    public async Task GetStringNull() => Assert.IsType<StringGetNullResult.Ok>(await _client.StringGetNullAsync());

    [Fact]
    public async Task PutStringNull() => Assert.IsType<StringPutNullResult.Ok>(await _client.StringPutNullAsync(null));

    [Fact]
    public async Task GetStringEmpty() => Assert.Equal(string.Empty, Assert.IsType<StringGetEmptyResult.Ok>(await _client.StringGetEmptyAsync()).Body.Value);

    [Fact]
    public async Task PutStringEmpty() => Assert.IsType<StringPutEmptyResult.Ok>(await _client.StringPutEmptyAsync(string.Empty));

    [Fact]
    public async Task GetStringMultiByteCharacters() => Assert.Equal(Mbcs, Assert.IsType<StringGetMbcsResult.Ok>(await _client.StringGetMbcsAsync()).Body.Value);

    [Fact]
    public async Task PutStringMultiByteCharacters() => Assert.IsType<StringPutMbcsResult.Ok>(await _client.StringPutMbcsAsync(Mbcs));

    [Fact]
    public async Task GetStringWithLeadingAndTrailingWhitespace() =>
        Assert.Equal(Whitespace, Assert.IsType<StringGetWhitespaceResult.Ok>(await _client.StringGetWhitespaceAsync()).Body.Value);

    [Fact]
    public async Task PutStringWithLeadingAndTrailingWhitespace() => Assert.IsType<StringPutWhitespaceResult.Ok>(await _client.StringPutWhitespaceAsync(Whitespace));

    [Fact]
    public async Task GetStringNotProvided() => Assert.IsType<StringGetNotProvidedResult.Ok>(await _client.StringGetNotProvidedAsync());

    [Fact]
    public async Task GetEnumNotExpandable()
    {
        var body = Assert.IsType<EnumGetNotExpandableResult.Ok>(await _client.EnumGetNotExpandableAsync()).Body;
        Assert.Equal("red color", body.Value);
        Assert.True(body.IsKnown);
    }

    [Fact]
    public async Task PutEnumNotExpandable() => Assert.IsType<EnumPutNotExpandableResult.Ok>(await _client.EnumPutNotExpandableAsync("red color"));

    [Fact]
    public async Task GetEnumReferenced() => Assert.Equal("red color", Assert.IsType<EnumGetReferencedResult.Ok>(await _client.EnumGetReferencedAsync()).Body.Value);

    [Fact]
    public async Task PutEnumReferenced() => Assert.IsType<EnumPutReferencedResult.Ok>(await _client.EnumPutReferencedAsync("red color"));

    /// <summary>The server leaves out the required single-value enum ColorConstant: it reads as its constant.</summary>
    [Fact]
    public async Task GetEnumReferencedConstant()
    {
        var body = Assert.IsType<EnumGetReferencedConstantResult.Ok>(await _client.EnumGetReferencedConstantAsync()).Body;
        Assert.Equal("Sample String", body.Field1);
        Assert.Equal("green-color", body.ColorConstant.Value);
    }

    [Fact]
    public async Task PutEnumReferencedConstant() =>
        Assert.IsType<EnumPutReferencedConstantResult.Ok>(await _client.EnumPutReferencedConstantAsync(new RefColorConstant { ColorConstant = "green-color" }));

    [Fact]
    public async Task GetStringBase64Encoded() =>
        Assert.Equal("a string that gets encoded with base64", Encoding.UTF8.GetString(Assert.IsType<StringGetBase64EncodedResult.Ok>(await _client.StringGetBase64EncodedAsync()).Body));

    [Fact]
    public async Task GetStringBase64UrlEncoded() =>
        Assert.Equal("a string that gets encoded with base64url", Encoding.UTF8.GetString(Assert.IsType<StringGetBase64UrlEncodedResult.Ok>(await _client.StringGetBase64UrlEncodedAsync()).Body));

    [Fact]
    public async Task PutStringBase64UrlEncoded() =>
        Assert.IsType<StringPutBase64UrlEncodedResult.Ok>(await _client.StringPutBase64UrlEncodedAsync(Encoding.UTF8.GetBytes("a string that gets encoded with base64url")));

    [Fact]
    public async Task GetStringNullBase64UrlEncoding() => Assert.IsType<StringGetNullBase64UrlEncodedResult.Ok>(await _client.StringGetNullBase64UrlEncodedAsync());
}
