using System.Threading.Tasks;
using Features;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>Request media types as the spec writes them, object-valued query parameters and tsv arrays, on the wire.</summary>
public sealed class RequestWireTests : IClassFixture<FeaturesServer>
{
    private readonly FeaturesServer _server;

    public RequestWireTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    [Fact]
    public async Task Json_media_type_with_a_charset_parameter_is_sent_as_written()
    {
        var result = await _server.CreateFeaturesClient().PostJsonWithCharsetAsync(new Circle { Radius = 1.5 });

        Assert.IsType<PostJsonWithCharsetResult.NoContent>(result);
        var wire = _server.Single().Wire;
        Assert.Equal("application/json; charset=utf-8", wire.Header("Content-Type"));
        Assert.Equal("{\"radius\":1.5}", wire.BodyText);
    }

    [Fact]
    public async Task Text_media_type_with_a_charset_parameter_is_sent_as_written()
    {
        var result = await _server.CreateFeaturesClient().PostTextWithCharsetAsync("héllo");

        Assert.IsType<PostTextWithCharsetResult.NoContent>(result);
        var wire = _server.Single().Wire;
        Assert.Equal("text/plain; charset=UTF-8", wire.Header("Content-Type"));
        Assert.Equal(new byte[] { 0x68, 0xC3, 0xA9, 0x6C, 0x6C, 0x6F }, wire.Body);
    }

    [Fact]
    public async Task Vendor_json_media_type_is_sent_without_an_added_charset()
    {
        await _server.CreateFeaturesClient().PostVendorJsonAsync(new Circle { Radius = 2 });

        var wire = _server.Single().Wire;
        Assert.Equal("application/vnd.features+json", wire.Header("Content-Type"));
        Assert.Equal("{\"radius\":2}", wire.BodyText);
    }

    [Fact]
    public async Task Object_query_parameters_follow_style_and_explode()
    {
        await _server.CreateFeaturesClient().QueryObjectsAsync(
            new Rectangle { Width = 1, Height = 2.5 },
            new Rectangle { Width = 3, Height = 4 },
            new Rectangle { Width = 5, Height = 6 });

        Assert.Equal("/params/object-query?width=1&height=2.5&box=width,3,height,4&filter%5Bwidth%5D=5&filter%5Bheight%5D=6", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task Tsv_collection_format_is_sent_tab_separated()
    {
        await _server.CreateLegacyClient().SearchTsvAsync(new[] { "a b", "c,d", "e" });

        var wire = _server.Single().Wire;
        Assert.Equal("/search/tsv?terms=a%20b%09c%2Cd%09e", wire.RawTarget);
        Assert.Equal("a b\tc,d\te", (string?)wire.Query["terms"]);
    }

    [Fact]
    public async Task Content_header_parameters_without_a_body_go_on_an_empty_content()
    {
        await _server.CreateFeaturesClient().PutContentHeadersWithoutBodyAsync("Q2hlY2sgSW50ZWdyaXR5IQ==", "en-GB", "Thu, 01 Dec 1994 16:00:00 GMT");

        var wire = _server.Single().Wire;
        Assert.Equal("PUT", wire.Method);
        Assert.Equal("Q2hlY2sgSW50ZWdyaXR5IQ==", wire.Header("Content-MD5"));
        Assert.Equal("en-GB", wire.Header("Content-Language"));
        Assert.Equal("Thu, 01 Dec 1994 16:00:00 GMT", wire.Header("Expires"));
        Assert.Empty(wire.Body);
    }

    [Fact]
    public async Task Optional_content_header_parameters_left_out_are_not_sent()
    {
        await _server.CreateFeaturesClient().PutContentHeadersWithoutBodyAsync("bWQ1");

        var wire = _server.Single().Wire;
        Assert.Equal("bWQ1", wire.Header("Content-MD5"));
        Assert.Null(wire.Header("Content-Language"));
        Assert.Null(wire.Header("Expires"));
    }

    [Fact]
    public async Task Content_header_parameters_with_a_body_go_on_its_content()
    {
        await _server.CreateFeaturesClient().PostContentHeadersWithBodyAsync("hello", "attachment; filename=\"a.txt\"", "identity");

        var wire = _server.Single().Wire;
        Assert.Equal("attachment; filename=\"a.txt\"", wire.Header("Content-Disposition"));
        Assert.Equal("identity", wire.Header("Content-Encoding"));
        Assert.Equal("text/plain", wire.Header("Content-Type"));
        Assert.Equal("hello", wire.BodyText);
    }
}
