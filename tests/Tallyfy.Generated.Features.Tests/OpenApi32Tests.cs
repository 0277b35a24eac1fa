using System;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Features32;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// An OpenAPI 3.2 document (Specs/features32.openapi.yaml), one operation per construct 3.2 adds, checked on the wire:
/// the method exactly as sent, the query string exactly as sent, and the references that only resolve the 3.2 way.
/// </summary>
public sealed class OpenApi32Tests : IClassFixture<FeaturesServer>
{
    private readonly FeaturesServer _server;

    public OpenApi32Tests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    [Fact]
    public async Task QueryMethod_IsSentAsQuery_WithItsBody()
    {
        _server.RespondJson(200, """[{"id":"a1","name":"Anvil"}]""");

        var result = await _server.CreateFeatures32Client().SearchItemsAsync(new SearchRequest { Text = "anvil", Limit = 5 });

        var (wire, _) = _server.Single();
        Assert.Equal("QUERY", wire.Method);
        Assert.Equal("/search", wire.RawTarget);
        Assert.Equal("""{"text":"anvil","limit":5}""", wire.BodyText);
        Assert.StartsWith("application/json", wire.Header("Content-Type"), StringComparison.Ordinal);
        var ok = Assert.IsType<SearchItemsResult.Ok>(result);
        Assert.Equal("Anvil", Assert.Single(ok.Body).Name);
    }

    [Fact]
    public async Task ItemSchema_TypesEachItemOfAJsonLinesBody()
    {
        _server.RespondJson(200, "{\"id\":\"a1\",\"name\":\"Anvil\"}\n{\"id\":\"b2\"}\n", "application/jsonl");

        using var result = (GetFeedResult.Ok)await _server.CreateFeatures32Client().GetFeedAsync();

        var items = new System.Collections.Generic.List<Item>();
        await foreach (var item in result.Body)
        {
            items.Add(item);
        }

        Assert.Equal(new[] { "a1", "b2" }, items.Select(i => i.Id));
        Assert.Equal("Anvil", items[0].Name);
        Assert.Null(items[1].Name);
    }

    [Fact]
    public async Task AdditionalOperation_IsSentWithItsMethodAsWritten()
    {
        _server.Reset(201);

        var result = await _server.CreateFeatures32Client().CopyItemAsync("i 1", "/items/i2");

        var (wire, _) = _server.Single();
        Assert.Equal("COPY", wire.Method);
        Assert.Equal("/items/i%201", wire.RawTarget);
        Assert.Equal("/items/i2", wire.Header("Destination"));
        Assert.IsType<CopyItemResult.Created>(result);
    }

    /// <summary>
    /// 3.2's style cookie: values go as given (no percent-encoding), and exploded pairs are separated as cookies are,
    /// "; " (RFC 6265); a form-style cookie beside them stays percent-encoded.
    /// </summary>
    [Fact]
    public async Task CookieStyle_SendsValuesAsGiven_PairsSeparatedAsCookies()
    {
        await _server.CreateFeatures32Client().SendCookiesAsync(
            "abc%20def", tags: new[] { "a", "b%2Cc" }, ids: new long[] { 1, 2, 3 }, point: new Point { X = 4, Y = 5 }, theme: "dark blue");

        var (wire, logged) = _server.Single();
        Assert.Equal("/cookies", wire.RawTarget);
        Assert.Equal("session=abc%20def; tags=a; tags=b%2Cc; ids=1,2,3; x=4; y=5; theme=dark%20blue", wire.Header("Cookie"));
        Assert.Equal("abc def", logged.Cookies!["session"]);
        Assert.Equal("4", logged.Cookies["x"]);
        // ASP.NET Core's reader decodes each value and, of a name repeated as the exploded list repeats it, keeps the last.
        var read = HeaderCookiePathTests.AspNetCoreCookies(wire.Header("Cookie"));
        Assert.Equal(new[] { "abc def", "b,c", "4", "5", "dark blue" }, new[] { read["session"], read["tags"], read["x"], read["y"], read["theme"] });
        // The list 3.2 writes with literal commas (ids=1,2,3) is a cookie ASP.NET Core's reader drops.
        Assert.False(read.ContainsKey("ids"));
    }

    /// <summary>A cookie-style value is not escaped, so one that would break the Cookie header is refused before any request.</summary>
    [Theory]
    [InlineData("a b")]
    [InlineData("a;b")]
    [InlineData("a,b")]
    [InlineData("caf\u00e9")]
    [InlineData("a\r\nX-Injected: 1")]
    public async Task CookieStyle_RefusesAValueNoCookieCanHold(string session)
    {
        session = System.Text.RegularExpressions.Regex.Unescape(session);
        var client = _server.CreateFeatures32Client();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.SendCookiesAsync(session));
        Assert.Equal("session", error.ParamName);
        await Assert.ThrowsAsync<ArgumentException>(() => client.SendCookiesAsync("ok", tags: new[] { "fine", session }));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task AdditionalOperation_KeepsTheCaseOfItsMethod()
    {
        var result = await _server.CreateFeatures32Client().PurgeItemAsync("i1");

        Assert.Equal("Purge", _server.Single().Wire.Method);
        Assert.IsType<PurgeItemResult.NoContent>(result);
    }

    [Fact]
    public async Task AdditionalOperation_WithoutOperationId_IsNamedFromItsMethod_BesideTheFixedOne()
    {
        await _server.CreateFeatures32Client().LinkUnnamedAsync();
        Assert.Equal("LINK", _server.Single().Wire.Method);

        _server.Reset(204);
        await _server.CreateFeatures32Client().GetUnnamedAsync();
        Assert.Equal("GET", _server.Single().Wire.Method);
    }

    [Fact]
    public async Task QueryStringParameter_Form_IsTheWholeQueryString()
    {
        await _server.CreateFeatures32Client().FilterFormAsync(new Filter { Name = "a b&c", Tags = new[] { "x", "y+z" }, Min = 3 });

        var (wire, _) = _server.Single();
        Assert.Equal("GET", wire.Method);
        Assert.Equal("/filter/form?name=a+b%26c&tags=x&tags=y%2Bz&min=3", wire.RawTarget);
        Assert.Equal("a b&c", wire.Query["name"]);
        Assert.Equal(new[] { "x", "y+z" }, wire.Query["tags"].ToArray());
    }

    [Fact]
    public async Task QueryStringParameter_Form_WithNoFieldsSet_SendsNoQuery()
    {
        await _server.CreateFeatures32Client().FilterFormAsync(new Filter());

        Assert.Equal("/filter/form", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task QueryStringParameter_Json_IsTheValueAsJson_PercentEncoded()
    {
        await _server.CreateFeatures32Client().FilterJsonAsync(new Filter { Name = "a b,c", Min = 1 });

        var wire = _server.Single().Wire;
        Assert.Equal("/filter/json?%7B%22name%22%3A%22a%20b%2Cc%22%2C%22min%22%3A1%7D", wire.RawTarget);
        Assert.Equal("""{"name":"a b,c","min":1}""", Uri.UnescapeDataString(wire.RawTarget.Substring(wire.RawTarget.IndexOf('?', StringComparison.Ordinal) + 1)));
    }

    [Fact]
    public async Task QueryStringParameter_Optional_LeftOut_SendsNoQuery()
    {
        await _server.CreateFeatures32Client().FilterJsonAsync();

        Assert.Equal("/filter/json", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task QueryStringParameter_Text_IsPercentEncoded()
    {
        await _server.CreateFeatures32Client().FilterTextAsync("a=1&b=2 3");

        Assert.Equal("/filter/text?a%3D1%26b%3D2%203", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task QueryStringParameter_Required_Null_ThrowsBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _server.CreateFeatures32Client().FilterTextAsync(null!));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task ReferenceRelativeToSelf_ResolvesToThisDocument()
    {
        _server.RespondJson(200, """{"id":"s1","name":"Self"}""");

        var result = await _server.CreateFeatures32Client().GetThroughSelfAsync();

        Assert.Equal("/self/relative", _server.Single().Wire.RawTarget);
        var ok = Assert.IsType<GetThroughSelfResult.Ok>(result);
        Assert.IsType<Item>(ok.Body);
        Assert.Equal("s1", ok.Body.Id);
    }

    [Fact]
    public async Task ComponentsPathItem_ThroughAnAbsoluteSelfReference_IsAnOperation()
    {
        var result = await _server.CreateFeatures32Client().PingAsync();

        var (wire, _) = _server.Single();
        Assert.Equal("GET", wire.Method);
        Assert.Equal("/self/absolute", wire.RawTarget);
        Assert.IsType<PingResult.NoContent>(result);
    }

    [Fact]
    public async Task ComponentsMediaType_Reference_TypesTheRequestAndTheResponse()
    {
        _server.RespondJson(200, """{"id":"m2","name":"Stored"}""");

        var result = await _server.CreateFeatures32Client().PostMediaAsync(new Item { Id = "m1", Name = "New" });

        var wire = _server.Single().Wire;
        Assert.Equal("POST", wire.Method);
        Assert.Equal("""{"id":"m1","name":"New"}""", wire.BodyText);
        Assert.Equal("Stored", Assert.IsType<PostMediaResult.Ok>(result).Body.Name);
    }

    [Fact]
    public async Task DeprecatedSecurityScheme_IsStillSent()
    {
        await _server.CreateFeatures32Client(new Features32ClientCredentials { LegacyKey = "old-key" }).GetLegacyAsync();

        Assert.Equal("old-key", _server.Single().Wire.Header("X-Legacy-Key"));
    }

    [Fact]
    public async Task DeviceAuthorizationScheme_SendsItsToken_AndTheCredentialsNameItsEndpoints()
    {
        await _server.CreateFeatures32Client(new Features32ClientCredentials { DeviceAuth = "device-token" }).PingAsync();

        Assert.Equal("Bearer device-token", _server.Single().Wire.Header("Authorization"));
        Assert.Equal("https://auth.example.test/device/code", Features32ClientCredentials.DeviceAuthDeviceAuthorization.DeviceAuthorizationUrl);
        Assert.Equal("https://auth.example.test/token", Features32ClientCredentials.DeviceAuthDeviceAuthorization.TokenUrl);
        Assert.Equal(new[] { "items:read", "items:write" }, Features32ClientCredentials.DeviceAuthDeviceAuthorization.Scopes);
    }

    [Fact]
    public void Operations_AreExactlyTheSpecs()
    {
        var methods = typeof(IFeatures32Client).GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => m.Name).Order(StringComparer.Ordinal);

        Assert.Equal(
            new[]
            {
                "CopyItemAsync", "FilterFormAsync", "FilterJsonAsync", "FilterTextAsync", "GetFeedAsync", "GetLegacyAsync", "GetThroughSelfAsync",
                "GetUnnamedAsync", "LinkUnnamedAsync", "PingAsync", "PostMediaAsync", "PurgeItemAsync", "SearchItemsAsync", "SendCookiesAsync",
            },
            methods);
    }
}
