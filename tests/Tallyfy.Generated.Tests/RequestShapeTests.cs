using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Tallyfy;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>What the server receives: method, path, the three Tallyfy headers, and no body.</summary>
public sealed class RequestShapeTests : IClassFixture<TallyfyServerFixture>
{
    private readonly TallyfyServerFixture _fixture;

    public RequestShapeTests(TallyfyServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
        _fixture.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(204));
    }

    public static TheoryData<string, string, string> MethodsAndPaths => new()
    {
        { "deleteTask", "DELETE", "/organizations/org_7Hq2Lw/tasks/0123456789abcdef0123456789abcdef/delete" },
        { "archiveTask", "DELETE", "/organizations/org_7Hq2Lw/tasks/0123456789abcdef0123456789abcdef" },
        { "restoreTask", "PUT", "/organizations/org_7Hq2Lw/tasks/0123456789abcdef0123456789abcdef/restore" },
        { "deleteProcess", "DELETE", "/organizations/org_7Hq2Lw/runs/fedcba9876543210fedcba9876543210/delete" },
        { "reopenProcessTask", "DELETE", "/organizations/org_7Hq2Lw/runs/fedcba9876543210fedcba9876543210/completed-tasks/0123456789abcdef0123456789abcdef" },
        { "reopenOneOffTask", "DELETE", "/organizations/org_7Hq2Lw/completed-tasks/0123456789abcdef0123456789abcdef" },
        { "deleteFile", "DELETE", "/organizations/org_7Hq2Lw/file/a1b2c3d4e5f60718293a4b5c6d7e8f90" },
        { "archiveAsset", "DELETE", "/organizations/org_7Hq2Lw/assets/a1b2c3d4e5f60718293a4b5c6d7e8f90" },
    };

    [Theory]
    [MemberData(nameof(MethodsAndPaths))]
    public async Task FactoryClient_SendsMethodPathHeaders_AndNoBody(string operation, string method, string path)
    {
        await Operations.InvokeAsync(_fixture.CreateClient(), operation);

        var request = Assert.Single(_fixture.Log).RequestMessage;
        Assert.Equal(method, request.Method);
        Assert.Equal(path, request.Path);
        Assert.Equal(path, request.AbsolutePath);
        Assert.Equal(_fixture.Url + path, request.Url);
        Assert.Equal((method, path), Assert.Single(_fixture.RawRequests));

        Assert.Equal("Bearer " + TallyfyServerFixture.Token, Header(request, "Authorization"));
        Assert.Equal("application/json", Header(request, "Accept"));
        Assert.Equal("APIClient", Header(request, "X-Tallyfy-Client"));
        AssertNoBody(request);
    }

    [Theory]
    [MemberData(nameof(MethodsAndPaths))]
    public async Task BareGeneratedClient_StillSendsClientAndAcceptHeaders_ButNoAuthorization(string operation, string method, string path)
    {
        using var httpClient = new HttpClient();
        var client = new TallyfyClient(httpClient, new Uri(_fixture.Url));

        await Operations.InvokeAsync(client, operation);

        var request = Assert.Single(_fixture.Log).RequestMessage;
        Assert.Equal(method, request.Method);
        Assert.Equal(path, request.Path);
        Assert.Equal("APIClient", Header(request, "X-Tallyfy-Client"));
        Assert.Equal("application/json", Header(request, "Accept"));
        Assert.Null(Header(request, "Authorization"));
        AssertNoBody(request);
    }

    [Theory]
    [MemberData(nameof(MethodsAndPaths))]
    public async Task BaseUrlWithAPath_PrefixesEveryOperation(string operation, string method, string path)
    {
        await Operations.InvokeAsync(_fixture.CreateClient(basePath: "/api/"), operation);

        var request = Assert.Single(_fixture.Log).RequestMessage;
        Assert.Equal(method, request.Method);
        Assert.Equal("/api" + path, request.Path);
    }

    [Fact]
    public async Task FactoryClientWithoutToken_SendsNoAuthorizationHeader()
    {
        await _fixture.CreateClient(token: null).DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        var request = Assert.Single(_fixture.Log).RequestMessage;
        Assert.Null(Header(request, "Authorization"));
        Assert.Equal("APIClient", Header(request, "X-Tallyfy-Client"));
        Assert.Equal("application/json", Header(request, "Accept"));
    }

    [Fact]
    public async Task HttpClientBaseAddress_IsUsedWhenNoBaseUrlIsPassed()
    {
        using var httpClient = new HttpClient { BaseAddress = new Uri(_fixture.Url + "/v2") };
        var client = new TallyfyClient(httpClient);

        await client.DeleteFileAsync(Operations.OrgId, Operations.AssetId);

        var request = Assert.Single(_fixture.Log).RequestMessage;
        Assert.Equal("/v2/organizations/org_7Hq2Lw/file/a1b2c3d4e5f60718293a4b5c6d7e8f90", request.Path);
    }

    [Fact]
    public async Task RotatingTheTokenOnTheOptions_TakesEffectOnTheNextRequest()
    {
        var options = new TallyfyClientOptions { BaseUrl = new Uri(_fixture.Url), Token = "first-token" };
        var client = TallyfyClientFactory.Create(options, out var httpClient);
        using (httpClient)
        {
            await client.DeleteTaskAsync(Operations.OrgId, Operations.TaskId);
            options.Token = "second-token";
            await client.DeleteTaskAsync(Operations.OrgId, Operations.TaskId);
        }

        var authorizations = _fixture.Log.OrderBy(e => e.RequestMessage.DateTime).Select(e => Header(e.RequestMessage, "Authorization")).ToArray();
        Assert.Equal(new[] { "Bearer first-token", "Bearer second-token" }, authorizations);
    }

    [Theory]
    [InlineData("bad\r\ntoken")]
    [InlineData("bad\ntoken")]
    public void TokenWithALineBreak_IsRefusedByTheFactory(string token)
    {
        var options = new TallyfyClientOptions { BaseUrl = new Uri(_fixture.Url), Token = token };

        Assert.Throws<ArgumentException>(() => TallyfyClientFactory.Create(options, out _));
    }

    [Fact]
    public void RelativeBaseUrl_IsRefusedByTheFactory()
    {
        var options = new TallyfyClientOptions { BaseUrl = new Uri("/api", UriKind.Relative) };

        Assert.Throws<ArgumentException>(() => TallyfyClientFactory.Create(options, out _));
    }

    internal static string? Header(IRequestMessage request, string name)
    {
        if (request.Headers is null)
        {
            return null;
        }

        var values = request.Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).SelectMany(h => h.Value).ToArray();
        return values.Length == 0 ? null : string.Join(" | ", values);
    }

    private static void AssertNoBody(IRequestMessage request)
    {
        Assert.True(string.IsNullOrEmpty(request.Body), "unexpected request body: " + request.Body);
        Assert.True(request.BodyAsBytes is null || request.BodyAsBytes.Length == 0);
        Assert.Null(Header(request, "Content-Type"));
        Assert.Null(Header(request, "Transfer-Encoding"));
        var contentLength = Header(request, "Content-Length");
        Assert.True(contentLength is null or "0", "Content-Length: " + contentLength);
    }
}
