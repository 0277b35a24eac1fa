using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Features;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// Security schemes: each operation sends exactly the credential its (operation-level or inherited) requirement names,
/// and nothing else, even when every secret is set.
/// </summary>
public sealed class SecurityTests : IClassFixture<FeaturesServer>
{
    private static readonly FeaturesClientCredentials Everything = new()
    {
        BearerAuth = "bearer-tok-1",
        BasicAuth = new ApiBasicCredentials("aladdin", "open sesame"),
        HeaderKey = "hdr-key-2",
        QueryKey = "q key+3/=",
        CookieKey = "cookie key;4",
    };

    private readonly FeaturesServer _server;

    public SecurityTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    [Fact]
    public async Task Bearer()
    {
        await _server.CreateFeaturesClient(Everything).SecureBearerAsync();

        var wire = _server.Single().Wire;
        Assert.Equal("/secure/bearer", wire.RawTarget);
        Assert.Equal("Bearer bearer-tok-1", wire.Header("Authorization"));
        AssertNoOtherCredential(wire, except: "Authorization");
    }

    [Fact]
    public async Task Basic()
    {
        await _server.CreateFeaturesClient(Everything).SecureBasicAsync();

        var wire = _server.Single().Wire;
        Assert.Equal("/secure/basic", wire.RawTarget);
        // base64("aladdin:open sesame")
        Assert.Equal("Basic YWxhZGRpbjpvcGVuIHNlc2FtZQ==", wire.Header("Authorization"));
        AssertNoOtherCredential(wire, except: "Authorization");
    }

    [Fact]
    public async Task ApiKeyInHeader()
    {
        await _server.CreateFeaturesClient(Everything).SecureHeaderKeyAsync();

        var wire = _server.Single().Wire;
        Assert.Equal("/secure/header-key", wire.RawTarget);
        Assert.Equal("hdr-key-2", wire.Header("X-Api-Key"));
        AssertNoOtherCredential(wire, except: "X-Api-Key");
    }

    [Fact]
    public async Task ApiKeyInQuery_Alone()
    {
        await _server.CreateFeaturesClient(Everything).SecureQueryKeyAsync();

        var (wire, logged) = _server.Single();
        Assert.Equal("/secure/query-key?api_key=q%20key%2B3%2F%3D", wire.RawTarget);
        Assert.Equal("q key+3/=", Assert.Single(logged.Query!["api_key"]));
        AssertNoOtherCredential(wire, except: "api_key");
    }

    [Fact]
    public async Task ApiKeyInQuery_AfterTheOperationsOwnQuery()
    {
        await _server.CreateFeaturesClient(Everything).SecureQueryKeyAsync(page: 2);

        var wire = _server.Single().Wire;
        Assert.Equal("/secure/query-key?page=2&api_key=q%20key%2B3%2F%3D", wire.RawTarget);
    }

    [Fact]
    public async Task ApiKeyInCookie_Alone()
    {
        await _server.CreateFeaturesClient(Everything).SecureCookieKeyAsync();

        var (wire, logged) = _server.Single();
        Assert.Equal("/secure/cookie-key", wire.RawTarget);
        Assert.Equal("auth_cookie=cookie%20key%3B4", wire.Header("Cookie"));
        Assert.True(logged.Cookies!.ContainsKey("auth_cookie"));
        AssertNoOtherCredential(wire, except: "Cookie");
    }

    /// <summary>RFC 6265 §5.4: a client sends one Cookie header, its pairs separated by "; ".</summary>
    [Fact]
    public async Task ApiKeyInCookie_WithACookieParameter_SharesOneCookieHeader()
    {
        await _server.CreateFeaturesClient(Everything).SecureCookieKeyAsync(theme: "dark");

        var (wire, logged) = _server.Single();
        Assert.Equal("theme=dark; auth_cookie=cookie%20key%3B4", wire.Header("Cookie"));
        Assert.Equal("dark", logged.Cookies!["theme"]);
        Assert.True(logged.Cookies.ContainsKey("auth_cookie"));
    }

    [Fact]
    public async Task Alternatives_TheFirstWhoseSecretsAreSetWins()
    {
        await _server.CreateFeaturesClient(Everything).SecureEitherAsync();

        var wire = _server.Single().Wire;
        Assert.Equal("hdr-key-2", wire.Header("X-Api-Key"));
        AssertNoOtherCredential(wire, except: "X-Api-Key");
    }

    [Fact]
    public async Task Alternatives_FallBackToTheNextWhenTheFirstIsNotSet()
    {
        await _server.CreateFeaturesClient(new FeaturesClientCredentials { BearerAuth = "only-bearer" }).SecureEitherAsync();

        var wire = _server.Single().Wire;
        Assert.Equal("Bearer only-bearer", wire.Header("Authorization"));
        AssertNoOtherCredential(wire, except: "Authorization");
    }

    [Fact]
    public async Task CombinedRequirement_SendsEverySchemeItNames()
    {
        await _server.CreateFeaturesClient(Everything).SecureBothAsync();

        var wire = _server.Single().Wire;
        Assert.Equal("/secure/both?api_key=q%20key%2B3%2F%3D", wire.RawTarget);
        Assert.Equal("hdr-key-2", wire.Header("X-Api-Key"));
        Assert.Null(wire.Header("Authorization"));
        Assert.Null(wire.Header("Cookie"));
    }

    [Fact]
    public async Task CombinedRequirement_HalfSet_SendsNeither()
    {
        await _server.CreateFeaturesClient(new FeaturesClientCredentials { HeaderKey = "h" }).SecureBothAsync();

        AssertNoOtherCredential(_server.Single().Wire, except: null);
    }

    [Fact]
    public async Task DocumentLevelRequirement_IsInherited()
    {
        await _server.CreateFeaturesClient(Everything).SecureInheritedAsync();

        var wire = _server.Single().Wire;
        Assert.Equal("Bearer bearer-tok-1", wire.Header("Authorization"));
        AssertNoOtherCredential(wire, except: "Authorization");
    }

    /// <summary>
    /// OpenAPI ignores an Authorization header parameter, leaving the header to the security schemes; where no scheme of
    /// the operation sends it (a token of the API's own format: cloud-elements', GoToMeeting's, Zuora's documents), the
    /// parameter is kept, so the client can still authenticate.
    /// </summary>
    [Fact]
    public async Task AnAuthorizationParameterNoSchemeSends_IsAParameter()
    {
        await _server.CreateFeaturesClient(Everything).SecureOwnTokenAsync(authorization: "Element abc, User def");

        var wire = _server.Single().Wire;
        Assert.Equal("/secure/own-token", wire.RawTarget);
        Assert.Equal("Element abc, User def", wire.Header("Authorization"));
        AssertNoOtherCredential(wire, except: "Authorization");
    }

    [Fact]
    public async Task AnAuthorizationParameter_WithALineBreak_Throws_BeforeSending()
    {
        var client = _server.CreateFeaturesClient();

        await Assert.ThrowsAsync<System.ArgumentException>(() => client.SecureOwnTokenAsync("tok\r\nX-Evil: 1"));
        await Assert.ThrowsAsync<System.ArgumentNullException>(() => client.SecureOwnTokenAsync(null!));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task AnAuthorizationParameter_ASchemeSends_IsIgnored()
    {
        var method = Assert.Single(typeof(FeaturesClient).GetMethods(), m => m.Name == nameof(FeaturesClient.SecureBearerAndParameterAsync));
        Assert.DoesNotContain(method.GetParameters(), p => p.Name == "authorization");

        await _server.CreateFeaturesClient(Everything).SecureBearerAndParameterAsync();

        var wire = _server.Single().Wire;
        Assert.Equal("Bearer bearer-tok-1", wire.Header("Authorization"));
        AssertNoOtherCredential(wire, except: "Authorization");
    }

    [Fact]
    public async Task EmptySecurity_SendsNoCredentialAtAll()
    {
        await _server.CreateFeaturesClient(Everything).PublicEndpointAsync();

        var wire = _server.Single().Wire;
        Assert.Equal("/public", wire.RawTarget);
        AssertNoOtherCredential(wire, except: null);
    }

    [Fact]
    public async Task RequiredSchemeNotSet_SendsNothing()
    {
        // Only an API key is set; the operation wants bearer.
        await _server.CreateFeaturesClient(new FeaturesClientCredentials { HeaderKey = "k" }).SecureBearerAsync();

        AssertNoOtherCredential(_server.Single().Wire, except: null);
    }

    [Fact]
    public async Task NoCredentials_SendsNothing()
    {
        await _server.CreateFeaturesClient().SecureBasicAsync();

        AssertNoOtherCredential(_server.Single().Wire, except: null);
    }

    [Fact]
    public async Task BearerTokenWithALineBreak_Throws_OnEveryCall()
    {
        // The header made once per credentials object is made only from a valid token: a second call refuses it again.
        var client = _server.CreateFeaturesClient(new FeaturesClientCredentials { BearerAuth = "tok\r\nX-Evil: 1" });

        await Assert.ThrowsAsync<System.ArgumentException>(() => client.SecureBearerAsync());
        await Assert.ThrowsAsync<System.ArgumentException>(() => client.SecureBearerAsync());
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("bearer")]
    [InlineData("basic")]
    public async Task TheAuthorizationHeader_IsMadeOncePerCredentials_AndSentOnEveryRequest(string scheme)
    {
        // Each request carries the same header value (made from the init-only secret the first time it is needed),
        // not a new one per call; another credentials object makes its own.
        var seen = new List<AuthenticationHeaderValue?>();
        using var http = new HttpClient(new Capture(seen, new HttpClientHandler()));
        var credentials = new FeaturesClientCredentials { BearerAuth = "bearer-tok-1", BasicAuth = new ApiBasicCredentials("aladdin", "open sesame") };
        var client = new FeaturesClient(http, new System.Uri(_server.Url), credentials);
        var other = new FeaturesClient(http, new System.Uri(_server.Url), new FeaturesClientCredentials { BearerAuth = "bearer-tok-1", BasicAuth = credentials.BasicAuth });

        for (var i = 0; i < 2; i++)
        {
            await Call(client, scheme);
        }

        await Call(other, scheme);

        Assert.Equal(3, _server.Requests.Count);
        var expected = scheme == "bearer" ? "Bearer bearer-tok-1" : "Basic YWxhZGRpbjpvcGVuIHNlc2FtZQ==";
        Assert.All(_server.Requests, wire => Assert.Equal(expected, wire.Header("Authorization")));
        Assert.Equal(3, seen.Count);
        Assert.Same(seen[0], seen[1]);
        Assert.NotSame(seen[0], seen[2]);
    }

    private static Task Call(FeaturesClient client, string scheme) =>
        scheme == "bearer" ? client.SecureBearerAsync() : client.SecureBasicAsync();

    private sealed class Capture(List<AuthenticationHeaderValue?> seen, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            lock (seen)
            {
                seen.Add(request.Headers.Authorization);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public void Credentials_ToStringShowsNoSecret()
    {
        var text = Everything.ToString();

        Assert.DoesNotContain("bearer-tok-1", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("sesame", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("hdr-key-2", text, System.StringComparison.Ordinal);
        Assert.Contains("BearerAuth = (set)", text, System.StringComparison.Ordinal);
        Assert.Contains("CookieKey = (not set)", new FeaturesClientCredentials().ToString(), System.StringComparison.Ordinal);
    }

    private static void AssertNoOtherCredential(WireRequest wire, string? except)
    {
        if (except != "Authorization")
        {
            Assert.Null(wire.Header("Authorization"));
        }

        if (except != "X-Api-Key")
        {
            Assert.Null(wire.Header("X-Api-Key"));
        }

        if (except != "Cookie")
        {
            Assert.Null(wire.Header("Cookie"));
        }

        if (except != "api_key")
        {
            Assert.DoesNotContain("api_key", wire.RawTarget, System.StringComparison.Ordinal);
        }
    }
}
