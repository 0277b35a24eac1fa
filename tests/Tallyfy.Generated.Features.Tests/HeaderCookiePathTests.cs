using System;
using System.Threading.Tasks;
using Features;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>Header, cookie and path parameters as they reach the server.</summary>
public sealed class HeaderCookiePathTests : IClassFixture<FeaturesServer>
{
    private readonly FeaturesServer _server;

    public HeaderCookiePathTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    [Fact]
    public async Task HeaderParameters_StringArrayAndConstant()
    {
        var result = await _server.CreateFeaturesClient().HeaderParamsAsync("req-42", new[] { "red", "green" });

        Assert.IsType<HeaderParamsResult.NoContent>(result);
        var (wire, logged) = _server.Single();
        Assert.Equal("/params/headers", wire.RawTarget);
        Assert.Equal("req-42", wire.Header("X-Request-Id"));
        // An array header is style simple: comma-separated values on one header line.
        Assert.Equal("red,green", wire.Header("X-Tags"));
        // A required header whose schema is a `const` is no argument: it is always sent.
        Assert.Equal("2024-06-01", wire.Header("X-Api-Version"));
        Assert.Equal("req-42", FeaturesServer.LoggedHeader(logged, "X-Request-Id"));
        Assert.Equal("red,green", FeaturesServer.LoggedHeader(logged, "X-Tags"));
    }

    [Fact]
    public async Task OptionalHeaderArray_IsLeftOutWhenNull()
    {
        await _server.CreateFeaturesClient().HeaderParamsAsync("req-43");

        var wire = _server.Single().Wire;
        Assert.Equal("req-43", wire.Header("X-Request-Id"));
        Assert.Null(wire.Header("X-Tags"));
        Assert.Equal("2024-06-01", wire.Header("X-Api-Version"));
    }

    [Theory]
    [InlineData("evil\r\nX-Injected: 1", "line break")]
    [InlineData("evil\nX-Injected: 1", "line break")]
    [InlineData("Zo\u00eb", "ASCII")]
    [InlineData("\u6771\u4eac", "ASCII")]
    [InlineData("nul\0here", "ASCII")]
    [InlineData("bell\u0007", "ASCII")]
    public async Task HeaderValueHttpCannotCarry_IsAnArgumentException_BeforeSending(string value, string says)
    {
        // Not the HttpRequestException .NET throws while sending, which reads as a transport failure a retry could mend.
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _server.CreateFeaturesClient().HeaderParamsAsync(value));
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task PathLabelAndMatrixStyles_AndObjectHeaders_AreExpandedAsRfc6570Says()
    {
        await _server.CreateFeaturesClient().PathAndHeaderStylesAsync(
            new[] { "a b", "c,d" }, new[] { "x", "y" }, new Point { X = "p/q", Y = 2 }, new[] { 1, 2 }, "5",
            xPoint: new Point { X = "a b", Y = 3 }, xPointExploded: new Point { X = "c", Y = 4 });

        var wire = _server.Single().Wire;
        // label .a,b (exploded .x=1.y=2); matrix ;name=a,b (exploded ;name=1;name=2); each value escaped, separators literal.
        Assert.Equal("/styles/.a%20b,c%2Cd/;matrix=x,y/.x=p%2Fq.y=2/;matrixExploded=1;matrixExploded=2/;one=5", wire.RawTarget);
        // An object header in style simple: x,a b,y,3 (exploded x=c,y=4), not JSON.
        Assert.Equal("x,a b,y,3", wire.Header("X-Point"));
        Assert.Equal("x=c,y=4", wire.Header("X-Point-Exploded"));
    }

    [Fact]
    public async Task SimplePathArraysAndObjects_KeepTheirSeparatorsLiteral_AndEscapeEachValue()
    {
        await _server.CreateFeaturesClient().SimplePathStylesAsync(
            new[] { "a b", "c,d" }, new Point { X = "p/q", Y = 2 }, new Point { X = "r,s", Y = 3 });

        // RFC 6570's {list}: the commas between values are literal, a comma inside a value is escaped, so the server
        // can tell the two apart (a,b is two values; a%2Cb is one).
        Assert.Equal("/styles-simple/a%20b,c%2Cd/x,p%2Fq,y,2/x=r%2Cs,y=3", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task APathParameterMarkedToSkipUrlEncoding_KeepsItsSlashes()
    {
        // Azure's {scope}: a path of several segments, which AutoRest's x-ms-skip-url-encoding sends as given (its
        // reserved characters kept, the rest escaped); the parameter beside it is still one segment.
        var result = await _server.CreateFeaturesClient().GetScopedResourceAsync("subscriptions/s-1/resourceGroups/my rg", "a/b");

        Assert.IsType<GetScopedResourceResult.NoContent>(result);
        Assert.Equal("/scoped/subscriptions/s-1/resourceGroups/my%20rg/providers/a%2Fb", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task AnEmptySimplePathArray_IsRefusedBeforeSending()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            _server.CreateFeaturesClient().SimplePathStylesAsync(Array.Empty<string>(), new Point { X = "x", Y = 1 }, new Point { X = "y", Y = 2 }));

        Assert.Equal("list", error.ParamName);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task HeaderValueWithATab_IsSentAsItIs()
    {
        await _server.CreateFeaturesClient().HeaderParamsAsync("a\tb");

        Assert.Equal("a\tb", _server.Single().Wire.Header("X-Request-Id"));
    }

    [Fact]
    public async Task CookieParameters_OneCookieHeader_ValuesEscaped()
    {
        await _server.CreateFeaturesClient().CookieParamAsync("abc 123;x=y", "dark");

        var (wire, logged) = _server.Single();
        Assert.Equal("/params/cookie", wire.RawTarget);
        Assert.Equal("session_id=abc%20123%3Bx%3Dy; theme=dark", wire.Header("Cookie"));
        Assert.Equal("dark", logged.Cookies!["theme"]);
        Assert.True(logged.Cookies.ContainsKey("session_id"));
    }

    /// <summary>
    /// Arrays and objects in cookies, style form (the cookie default), each value percent-encoded: exploded (form's
    /// default) an array repeats its name and an object's members are pairs of their own, joined with &amp; as form style
    /// joins them; not exploded, the list is one value encoded whole (its commas too), which WireMock's cookie reader,
    /// like ASP.NET Core's, keeps, where a literal comma would end the cookie.
    /// </summary>
    [Fact]
    public async Task CookieArraysAndObjects_FormStyle()
    {
        var client = _server.CreateFeaturesClient();
        await client.CookieListsAsync(tags: new[] { "a b", "c;d" }, point: new Point { X = "p,q", Y = 2 }, corner: new Point { X = "r", Y = 3 });

        var (wire, logged) = _server.Single();
        Assert.Equal("tags=a%20b&tags=c%3Bd; point=x%2Cp%2Cq%2Cy%2C2; x=r&y=3", wire.Header("Cookie"));
        Assert.Equal("x,p,q,y,2", logged.Cookies!["point"]);
        Assert.Equal("x,p,q,y,2", AspNetCoreCookies(wire.Header("Cookie"))["point"]);

        _server.Reset(204);
        await client.CookieIdsAsync(new long[] { 1, 2 });
        (wire, logged) = _server.Single();
        Assert.Equal("ids=1%2C2", wire.Header("Cookie"));
        Assert.Equal("1,2", logged.Cookies!["ids"]);
        Assert.Equal("1,2", AspNetCoreCookies(wire.Header("Cookie"))["ids"]);

        // Why the list is encoded whole: ASP.NET Core's reader drops a cookie whose value holds a literal comma.
        Assert.False(AspNetCoreCookies("ids=1,2; theme=dark").ContainsKey("ids"));
    }

    /// <summary>A Cookie header as ASP.NET Core's request reads it (<c>HttpRequest.Cookies</c>), each value decoded.</summary>
    internal static Microsoft.AspNetCore.Http.IRequestCookieCollection AspNetCoreCookies(string? header)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.Headers.Cookie = header;
        return context.Request.Cookies;
    }

    [Fact]
    public async Task CookieArrays_EmptyExplodedArrayIsLeftOut_EmptyListIsAnEmptyValue()
    {
        var client = _server.CreateFeaturesClient();
        await client.CookieListsAsync(tags: System.Array.Empty<string>());
        await client.CookieIdsAsync(System.Array.Empty<long>());

        Assert.Null(_server.Requests[0].Header("Cookie"));
        Assert.Equal("ids=", _server.Requests[1].Header("Cookie"));
    }

    [Fact]
    public async Task OptionalCookie_IsLeftOutWhenNull()
    {
        await _server.CreateFeaturesClient().CookieParamAsync("s1");

        Assert.Equal("session_id=s1", _server.Single().Wire.Header("Cookie"));
    }

    [Fact]
    public async Task PathParameters_Int64AndUuid()
    {
        var version = Guid.Parse("3f2504e0-4f89-41d3-9a0c-0305e82c3301");

        // 2^53 + 1: a long that a double would round.
        await _server.CreateFeaturesClient().PathParamsAsync(9007199254740993L, version);

        var (wire, logged) = _server.Single();
        Assert.Equal("GET", wire.Method);
        Assert.Equal("/items/9007199254740993/versions/3f2504e0-4f89-41d3-9a0c-0305e82c3301", wire.RawTarget);
        Assert.Equal(_server.Url + wire.RawTarget, logged.Url);
    }

    [Fact]
    public async Task PathParameters_NegativeInteger()
    {
        await _server.CreateFeaturesClient().PathParamsAsync(-1, Guid.Empty);

        Assert.Equal("/items/-1/versions/00000000-0000-0000-0000-000000000000", _server.Single().Wire.RawTarget);
    }

    [Theory]
    [InlineData("w 1/2?#", "/widgets/w%201%2F2%3F%23")]
    [InlineData("..", "/widgets/%2E%2E")]
    [InlineData("ü", "/widgets/%C3%BC")]
    public async Task StringPathParameter_IsEscapedAsOneSegment(string id, string target)
    {
        await _server.CreateFeaturesClient().GetWidgetAsync(id);

        Assert.Equal(target, _server.Single().Wire.RawTarget);
    }
}
