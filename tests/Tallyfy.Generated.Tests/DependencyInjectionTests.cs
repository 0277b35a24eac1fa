using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tallyfy;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>services.AddTallyfyClient(...) end to end, and keeping the token out of text.</summary>
public sealed class DependencyInjectionTests : IClassFixture<TallyfyServerFixture>
{
    private const string Secret = "secret-token-123";

    private readonly TallyfyServerFixture _fixture;

    public DependencyInjectionTests(TallyfyServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    [Fact]
    public async Task ResolvedInterfaceClient_SendsTheThreeHeadersWithTheToken()
    {
        _fixture.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(204));
        var builder = new ServiceCollection().AddTallyfyClient(o =>
        {
            o.BaseUrl = new Uri(_fixture.Url);
            o.Token = Secret;
        });
        Assert.IsAssignableFrom<IHttpClientBuilder>(builder);
        using var provider = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var client = provider.GetRequiredService<ITallyfyClient>();
        var result = await client.DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        Assert.IsType<DeleteTaskResult.NoContent>(result);
        var request = Assert.Single(_fixture.Log).RequestMessage;
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/organizations/org_7Hq2Lw/tasks/0123456789abcdef0123456789abcdef/delete", request.Path);
        Assert.Equal("Bearer " + Secret, RequestShapeTests.Header(request, "Authorization"));
        Assert.Equal("application/json", RequestShapeTests.Header(request, "Accept"));
        Assert.Equal("APIClient", RequestShapeTests.Header(request, "X-Tallyfy-Client"));
    }

    [Fact]
    public async Task ResolvedConcreteClient_AlsoWorks()
    {
        _fixture.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200));
        var services = new ServiceCollection();
        services.AddTallyfyClient(o =>
        {
            o.BaseUrl = new Uri(_fixture.Url + "/api");
            o.Token = Secret;
        });
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<TallyfyClient>();
        var result = await client.ArchiveAssetAsync(Operations.OrgId, Operations.AssetId);

        Assert.IsType<ArchiveAssetResult.Ok>(result);
        var request = Assert.Single(_fixture.Log).RequestMessage;
        Assert.Equal("/api/organizations/org_7Hq2Lw/assets/a1b2c3d4e5f60718293a4b5c6d7e8f90", request.Path);
        Assert.Equal("Bearer " + Secret, RequestShapeTests.Header(request, "Authorization"));
    }

    [Fact]
    public void InvalidOptions_AreRefusedWhenTheClientIsResolved()
    {
        var services = new ServiceCollection();
        services.AddTallyfyClient(o =>
        {
            o.BaseUrl = new Uri(_fixture.Url);
            o.Token = "line\r\nX-Injected: yes";
        });
        using var provider = services.BuildServiceProvider();

        var exception = Record.Exception(() => provider.GetRequiredService<ITallyfyClient>().DeleteTaskAsync(Operations.OrgId, Operations.TaskId).GetAwaiter().GetResult());

        Assert.NotNull(exception);
        Assert.True(exception is ArgumentException or OptionsValidationException, exception!.GetType() + ": " + exception.Message);
        Assert.Empty(_fixture.Log);
    }

    [Fact]
    public void AddTallyfyClient_RejectsNullArguments()
    {
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddTallyfyClient(null!));
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddTallyfyClient(_ => { }));
    }

    [Fact]
    public void OptionsToString_NeverContainsTheToken()
    {
        var options = new TallyfyClientOptions { BaseUrl = new Uri(_fixture.Url), Token = Secret };

        var text = options.ToString();

        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("(set)", text, StringComparison.Ordinal);
        Assert.Contains(_fixture.Url, text, StringComparison.Ordinal);
        Assert.Contains("(none)", new TallyfyClientOptions().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExceptionFor401_ThroughTheFactoryClient_DoesNotContainTheToken()
    {
        _fixture.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json").WithBody(Bodies.Unauthorized));
        var client = _fixture.CreateClient(token: Secret);
        var result = await client.DeleteProcessAsync(Operations.OrgId, Operations.RunId);

        var exception = Assert.Throws<ApiResponseException>(() => result.EnsureSuccess());

        Assert.Equal(401, exception.StatusCode);
        Assert.Equal("Unauthenticated.", Assert.IsType<DeleteProcessResult.Unauthorized>(exception.Response).Body.Message);
        Assert.DoesNotContain(Secret, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, exception.ToString(), StringComparison.Ordinal);
        Assert.Equal("Bearer " + Secret, RequestShapeTests.Header(Assert.Single(_fixture.Log).RequestMessage, "Authorization"));
    }

    [Fact]
    public async Task ExceptionFor401_DoesNotContainTheToken()
    {
        _fixture.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json").WithBody(Bodies.Unauthorized));
        var services = new ServiceCollection();
        services.AddTallyfyClient(o =>
        {
            o.BaseUrl = new Uri(_fixture.Url);
            o.Token = Secret;
        });
        using var provider = services.BuildServiceProvider();
        var result = await provider.GetRequiredService<ITallyfyClient>().RestoreTaskAsync(Operations.OrgId, Operations.TaskId);

        var exception = Assert.Throws<ApiResponseException>(() => result.EnsureSuccess());

        Assert.Equal(401, exception.StatusCode);
        Assert.IsType<RestoreTaskResult.Unauthorized>(exception.Response);
        Assert.DoesNotContain(Secret, exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, exception.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, exception.Response.ToString()!, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, string.Join("\n", exception.Response.Headers.Select(h => h.Key + ": " + string.Join(",", h.Value))), StringComparison.Ordinal);
        Assert.Equal("Bearer " + Secret, RequestShapeTests.Header(Assert.Single(_fixture.Log).RequestMessage, "Authorization"));
    }
}
