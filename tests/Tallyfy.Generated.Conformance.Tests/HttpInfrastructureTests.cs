using System;
using System.Threading.Tasks;
using Conformance.HttpInfrastructure;
using Xunit;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>
/// httpInfrastructure.json: every documented status and method answers with its typed case (no status throws). The
/// HttpClient does not follow redirects here, so a 3xx is its own case carrying the Location header.
/// </summary>
public sealed class HttpInfrastructureTests : ConformanceTest
{
    private readonly HttpInfrastructureClient _client;

    public HttpInfrastructureTests(TestServer server)
        : base(server)
    {
        _client = Client((http, uri) => new HttpInfrastructureClient(http, uri));
    }

    public static TheoryData<string, int, Type, Func<HttpInfrastructureClient, Task<ApiResponse>>> StatusScenarios { get; } = new()
    {
        { "HttpSuccess200Head", 200, typeof(HttpSuccessHead200Result.Ok), async c => await c.HttpSuccessHead200Async() },
        { "HttpSuccess200Get", 200, typeof(HttpSuccessGet200Result.Ok), async c => await c.HttpSuccessGet200Async() },
        { "HttpSuccess200Put", 200, typeof(HttpSuccessPut200Result.Ok), async c => await c.HttpSuccessPut200Async(true) },
        { "HttpSuccess200Post", 200, typeof(HttpSuccessPost200Result.Ok), async c => await c.HttpSuccessPost200Async(true) },
        { "HttpSuccess200Patch", 200, typeof(HttpSuccessPatch200Result.Ok), async c => await c.HttpSuccessPatch200Async(true) },
        { "HttpSuccess200Delete", 200, typeof(HttpSuccessDelete200Result.Ok), async c => await c.HttpSuccessDelete200Async(true) },
        { "HttpSuccess201Put", 201, typeof(HttpSuccessPut201Result.Created), async c => await c.HttpSuccessPut201Async(true) },
        { "HttpSuccess201Post", 201, typeof(HttpSuccessPost201Result.Created), async c => await c.HttpSuccessPost201Async(true) },
        { "HttpSuccess202Put", 202, typeof(HttpSuccessPut202Result.Accepted), async c => await c.HttpSuccessPut202Async(true) },
        { "HttpSuccess202Post", 202, typeof(HttpSuccessPost202Result.Accepted), async c => await c.HttpSuccessPost202Async(true) },
        { "HttpSuccess202Patch", 202, typeof(HttpSuccessPatch202Result.Accepted), async c => await c.HttpSuccessPatch202Async(true) },
        { "HttpSuccess202Delete", 202, typeof(HttpSuccessDelete202Result.Accepted), async c => await c.HttpSuccessDelete202Async(true) },
        { "HttpSuccess204Head", 204, typeof(HttpSuccessHead204Result.NoContent), async c => await c.HttpSuccessHead204Async() },
        { "HttpSuccess204Put", 204, typeof(HttpSuccessPut204Result.NoContent), async c => await c.HttpSuccessPut204Async(true) },
        { "HttpSuccess204Post", 204, typeof(HttpSuccessPost204Result.NoContent), async c => await c.HttpSuccessPost204Async(true) },
        { "HttpSuccess204Patch", 204, typeof(HttpSuccessPatch204Result.NoContent), async c => await c.HttpSuccessPatch204Async(true) },
        { "HttpSuccess204Delete", 204, typeof(HttpSuccessDelete204Result.NoContent), async c => await c.HttpSuccessDelete204Async(true) },
        { "HttpSuccess404Head", 404, typeof(HttpSuccessHead404Result.NotFound), async c => await c.HttpSuccessHead404Async() },
        { "HttpRedirect300Head", 300, typeof(HttpRedirectsHead300Result.MultipleChoices), async c => await c.HttpRedirectsHead300Async() },
        { "HttpRedirect300Get", 300, typeof(HttpRedirectsGet300Result.MultipleChoices), async c => await c.HttpRedirectsGet300Async() },
        { "HttpRedirect301Head", 301, typeof(HttpRedirectsHead301Result.MovedPermanently), async c => await c.HttpRedirectsHead301Async() },
        { "HttpRedirect301Put", 301, typeof(HttpRedirectsPut301Result.MovedPermanently), async c => await c.HttpRedirectsPut301Async(true) },
        { "HttpRedirect301Get", 301, typeof(HttpRedirectsGet301Result.MovedPermanently), async c => await c.HttpRedirectsGet301Async() },
        { "HttpRedirect302Head", 302, typeof(HttpRedirectsHead302Result.Found), async c => await c.HttpRedirectsHead302Async() },
        { "HttpRedirect302Get", 302, typeof(HttpRedirectsGet302Result.Found), async c => await c.HttpRedirectsGet302Async() },
        { "HttpRedirect302Patch", 302, typeof(HttpRedirectsPatch302Result.Found), async c => await c.HttpRedirectsPatch302Async(true) },
        { "HttpRedirect303Post", 303, typeof(HttpRedirectsPost303Result.SeeOther), async c => await c.HttpRedirectsPost303Async(true) },
        { "HttpRedirect307Head", 307, typeof(HttpRedirectsHead307Result.TemporaryRedirect), async c => await c.HttpRedirectsHead307Async() },
        { "HttpRedirect307Get", 307, typeof(HttpRedirectsGet307Result.TemporaryRedirect), async c => await c.HttpRedirectsGet307Async() },
        { "HttpRedirect307Put", 307, typeof(HttpRedirectsPut307Result.TemporaryRedirect), async c => await c.HttpRedirectsPut307Async(true) },
        { "HttpRedirect307Post", 307, typeof(HttpRedirectsPost307Result.TemporaryRedirect), async c => await c.HttpRedirectsPost307Async(true) },
        { "HttpRedirect307Patch", 307, typeof(HttpRedirectsPatch307Result.TemporaryRedirect), async c => await c.HttpRedirectsPatch307Async(true) },
        { "HttpRedirect307Delete", 307, typeof(HttpRedirectsDelete307Result.TemporaryRedirect), async c => await c.HttpRedirectsDelete307Async(true) },
        { "HttpRedirect307Options", 307, typeof(HttpRedirectsOptions307Result.TemporaryRedirect), async c => await c.HttpRedirectsOptions307Async() },
        { "HttpClientFailure400Head", 400, typeof(HttpClientFailureHead400Result.Default), async c => await c.HttpClientFailureHead400Async() },
        { "HttpClientFailure400Get", 400, typeof(HttpClientFailureGet400Result.Default), async c => await c.HttpClientFailureGet400Async() },
        { "HttpClientFailure400Options", 400, typeof(HttpClientFailureOptions400Result.Default), async c => await c.HttpClientFailureOptions400Async() },
        { "HttpClientFailure400Put", 400, typeof(HttpClientFailurePut400Result.Default), async c => await c.HttpClientFailurePut400Async(true) },
        { "HttpClientFailure400Post", 400, typeof(HttpClientFailurePost400Result.Default), async c => await c.HttpClientFailurePost400Async(true) },
        { "HttpClientFailure400Patch", 400, typeof(HttpClientFailurePatch400Result.Default), async c => await c.HttpClientFailurePatch400Async(true) },
        { "HttpClientFailure400Delete", 400, typeof(HttpClientFailureDelete400Result.Default), async c => await c.HttpClientFailureDelete400Async(true) },
        { "HttpClientFailure401Head", 401, typeof(HttpClientFailureHead401Result.Default), async c => await c.HttpClientFailureHead401Async() },
        { "HttpClientFailure402Get", 402, typeof(HttpClientFailureGet402Result.Default), async c => await c.HttpClientFailureGet402Async() },
        { "HttpClientFailure403Get", 403, typeof(HttpClientFailureGet403Result.Default), async c => await c.HttpClientFailureGet403Async() },
        { "HttpClientFailure403Options", 403, typeof(HttpClientFailureOptions403Result.Default), async c => await c.HttpClientFailureOptions403Async() },
        { "HttpClientFailure404Put", 404, typeof(HttpClientFailurePut404Result.Default), async c => await c.HttpClientFailurePut404Async(true) },
        { "HttpClientFailure405Patch", 405, typeof(HttpClientFailurePatch405Result.Default), async c => await c.HttpClientFailurePatch405Async(true) },
        { "HttpClientFailure406Post", 406, typeof(HttpClientFailurePost406Result.Default), async c => await c.HttpClientFailurePost406Async(true) },
        { "HttpClientFailure407Delete", 407, typeof(HttpClientFailureDelete407Result.Default), async c => await c.HttpClientFailureDelete407Async(true) },
        { "HttpClientFailure409Put", 409, typeof(HttpClientFailurePut409Result.Default), async c => await c.HttpClientFailurePut409Async(true) },
        { "HttpClientFailure410Head", 410, typeof(HttpClientFailureHead410Result.Default), async c => await c.HttpClientFailureHead410Async() },
        { "HttpClientFailure411Get", 411, typeof(HttpClientFailureGet411Result.Default), async c => await c.HttpClientFailureGet411Async() },
        { "HttpClientFailure412Get", 412, typeof(HttpClientFailureGet412Result.Default), async c => await c.HttpClientFailureGet412Async() },
        { "HttpClientFailure412Options", 412, typeof(HttpClientFailureOptions412Result.Default), async c => await c.HttpClientFailureOptions412Async() },
        { "HttpClientFailure413Put", 413, typeof(HttpClientFailurePut413Result.Default), async c => await c.HttpClientFailurePut413Async(true) },
        { "HttpClientFailure414Patch", 414, typeof(HttpClientFailurePatch414Result.Default), async c => await c.HttpClientFailurePatch414Async(true) },
        { "HttpClientFailure415Post", 415, typeof(HttpClientFailurePost415Result.Default), async c => await c.HttpClientFailurePost415Async(true) },
        { "HttpClientFailure416Get", 416, typeof(HttpClientFailureGet416Result.Default), async c => await c.HttpClientFailureGet416Async() },
        { "HttpClientFailure417Delete", 417, typeof(HttpClientFailureDelete417Result.Default), async c => await c.HttpClientFailureDelete417Async(true) },
        { "HttpClientFailure429Head", 429, typeof(HttpClientFailureHead429Result.Default), async c => await c.HttpClientFailureHead429Async() },
        { "HttpServerFailure501Head", 501, typeof(HttpServerFailureHead501Result.Default), async c => await c.HttpServerFailureHead501Async() },
        { "HttpServerFailure501Get", 501, typeof(HttpServerFailureGet501Result.Default), async c => await c.HttpServerFailureGet501Async() },
        { "HttpServerFailure505Post", 505, typeof(HttpServerFailurePost505Result.Default), async c => await c.HttpServerFailurePost505Async(true) },
        { "HttpServerFailure505Delete", 505, typeof(HttpServerFailureDelete505Result.Default), async c => await c.HttpServerFailureDelete505Async(true) },
    };

    public static TheoryData<string, int, Type, Type, Func<HttpInfrastructureClient, Task<ApiResponse>>> RetryScenarios { get; } = new()
    {
        { "HttpRetry408Head", 408, typeof(HttpRetryHead408Result.Default), typeof(HttpRetryHead408Result.Ok), async c => await c.HttpRetryHead408Async() },
        { "HttpRetry502Get", 502, typeof(HttpRetryGet502Result.Default), typeof(HttpRetryGet502Result.Ok), async c => await c.HttpRetryGet502Async() },
        { "HttpRetry502Options", 502, typeof(HttpRetryOptions502Result.Default), typeof(HttpRetryOptions502Result.Ok), async c => await c.HttpRetryOptions502Async() },
        { "HttpRetry500Put", 500, typeof(HttpRetryPut500Result.Default), typeof(HttpRetryPut500Result.Ok), async c => await c.HttpRetryPut500Async(true) },
        { "HttpRetry500Patch", 500, typeof(HttpRetryPatch500Result.Default), typeof(HttpRetryPatch500Result.Ok), async c => await c.HttpRetryPatch500Async(true) },
        { "HttpRetry503Post", 503, typeof(HttpRetryPost503Result.Default), typeof(HttpRetryPost503Result.Ok), async c => await c.HttpRetryPost503Async(true) },
        { "HttpRetry503Delete", 503, typeof(HttpRetryDelete503Result.Default), typeof(HttpRetryDelete503Result.Ok), async c => await c.HttpRetryDelete503Async(true) },
        { "HttpRetry504Put", 504, typeof(HttpRetryPut504Result.Default), typeof(HttpRetryPut504Result.Ok), async c => await c.HttpRetryPut504Async(true) },
        { "HttpRetry504Patch", 504, typeof(HttpRetryPatch504Result.Default), typeof(HttpRetryPatch504Result.Ok), async c => await c.HttpRetryPatch504Async(true) },
    };

    [Theory]
    [MemberData(nameof(StatusScenarios))]
    public async Task StatusAnswersWithItsCase(string scenario, int status, Type expectedCase, Func<HttpInfrastructureClient, Task<ApiResponse>> call)
    {
        var result = await call(_client);

        Assert.True(expectedCase.IsInstanceOfType(result), $"{scenario}: {result.GetType().Name} (HTTP {result.StatusCode}) is not {expectedCase.Name}");
        Assert.Equal(status, result.StatusCode);
        if (status is >= 300 and < 400)
        {
            Assert.True(result.Headers.TryGetValues("Location", out var location) && location.Count == 1, scenario + ": no Location header");
        }
    }

    /// <summary>
    /// The server fails the first call (setting a cookie) and answers 200 to the retry; the client reports each as its
    /// case (it does not retry on its own), so the test retries once with a cookie-keeping HttpClient.
    /// </summary>
    [Theory]
    [MemberData(nameof(RetryScenarios))]
    public async Task RetriedStatusAnswersWithItsCase(string scenario, int status, Type failedCase, Type retriedCase, Func<HttpInfrastructureClient, Task<ApiResponse>> call)
    {
        var client = Client((http, uri) => new HttpInfrastructureClient(http, uri), keepCookies: true);
        var first = await call(client);
        Assert.True(failedCase.IsInstanceOfType(first), $"{scenario}: {first.GetType().Name} (HTTP {first.StatusCode}) is not {failedCase.Name}");
        Assert.Equal(status, first.StatusCode);

        var retried = await call(client);
        Assert.True(retriedCase.IsInstanceOfType(retried), $"{scenario}: {retried.GetType().Name} (HTTP {retried.StatusCode}) is not {retriedCase.Name}");
    }

    [Fact]
    public async Task GetWithBody200()
    {
        Assert.True(Assert.IsType<HttpSuccessGet200Result.Ok>(await _client.HttpSuccessGet200Async()).Body);
    }

    [Fact]
    public async Task Redirect300GetListsTheTargets()
    {
        var redirect = Assert.IsType<HttpRedirectsGet300Result.MultipleChoices>(await _client.HttpRedirectsGet300Async());
        Assert.Equal(new[] { "/http/success/get/200" }, redirect.Body);
        Assert.Equal("/http/success/get/200", redirect.Headers.Location);
    }

    [Fact]
    public async Task EmptyErrorBody() => Assert.IsType<HttpFailureGetEmptyErrorResult.Default>(await _client.HttpFailureGetEmptyErrorAsync());

    [Fact]
    public async Task NoModelErrorBody() => Assert.Equal(400, Assert.IsType<HttpFailureGetNoModelErrorResult.Undocumented>(await _client.HttpFailureGetNoModelErrorAsync()).StatusCode);

    [Fact]
    public async Task NoModelEmptyBody() => Assert.Equal(400, Assert.IsType<HttpFailureGetNoModelEmptyResult.Undocumented>(await _client.HttpFailureGetNoModelEmptyAsync()).StatusCode);

    [Fact]
    public async Task ResponsesScenarioA200MatchingModel() =>
        Assert.Equal("200", Assert.IsType<MultipleResponsesGet200Model204NoModelDefaultError200ValidResult.Ok>(await _client.MultipleResponsesGet200Model204NoModelDefaultError200ValidAsync()).Body.StatusCode);

    [Fact]
    public async Task ResponsesScenarioA201DefaultNoModel() =>
        Assert.Equal(201, Assert.IsType<MultipleResponsesGet200Model204NoModelDefaultError201InvalidResult.Default>(await _client.MultipleResponsesGet200Model204NoModelDefaultError201InvalidAsync()).StatusCode);

    [Fact]
    public async Task ResponsesScenarioA202DefaultNoModel() =>
        Assert.Equal(202, Assert.IsType<MultipleResponsesGet200Model204NoModelDefaultError202NoneResult.Default>(await _client.MultipleResponsesGet200Model204NoModelDefaultError202NoneAsync()).StatusCode);

    [Fact]
    public async Task ResponsesScenarioA204MatchingNoModel() =>
        Assert.IsType<MultipleResponsesGet200Model204NoModelDefaultError204ValidResult.NoContent>(await _client.MultipleResponsesGet200Model204NoModelDefaultError204ValidAsync());

    [Fact]
    public async Task ResponsesScenarioA400DefaultModel() =>
        Assert.Equal("client error", Assert.IsType<MultipleResponsesGet200Model204NoModelDefaultError400ValidResult.Default>(await _client.MultipleResponsesGet200Model204NoModelDefaultError400ValidAsync()).Body.Message);

    [Fact]
    public async Task ResponsesScenarioB200MatchingModel() =>
        Assert.Equal("200", Assert.IsType<MultipleResponsesGet200Model201ModelDefaultError200ValidResult.Ok>(await _client.MultipleResponsesGet200Model201ModelDefaultError200ValidAsync()).Body.StatusCode);

    [Fact]
    public async Task ResponsesScenarioB201MatchingModel()
    {
        var body = Assert.IsType<MultipleResponsesGet200Model201ModelDefaultError201ValidResult.Created>(await _client.MultipleResponsesGet200Model201ModelDefaultError201ValidAsync()).Body;
        Assert.Equal("201", body.StatusCode);
        Assert.Equal("Created", body.TextStatusCode);
    }

    [Fact]
    public async Task ResponsesScenarioB400DefaultModel() =>
        Assert.Equal("client error", Assert.IsType<MultipleResponsesGet200Model201ModelDefaultError400ValidResult.Default>(await _client.MultipleResponsesGet200Model201ModelDefaultError400ValidAsync()).Body.Message);

    [Fact]
    public async Task ResponsesScenarioC200MatchingModel() =>
        Assert.Equal("200", Assert.IsType<MultipleResponsesGet200ModelA201ModelC404ModelDDefaultError200ValidResult.Ok>(await _client.MultipleResponsesGet200ModelA201ModelC404ModelDDefaultError200ValidAsync()).Body.StatusCode);

    [Fact]
    public async Task ResponsesScenarioC201MatchingModel() =>
        Assert.Equal("201", Assert.IsType<MultipleResponsesGet200ModelA201ModelC404ModelDDefaultError201ValidResult.Created>(await _client.MultipleResponsesGet200ModelA201ModelC404ModelDDefaultError201ValidAsync()).Body.HttpCode);

    [Fact]
    public async Task ResponsesScenarioC404MatchingModel() =>
        Assert.Equal("404", Assert.IsType<MultipleResponsesGet200ModelA201ModelC404ModelDDefaultError404ValidResult.NotFound>(await _client.MultipleResponsesGet200ModelA201ModelC404ModelDDefaultError404ValidAsync()).Body.HttpStatusCode);

    [Fact]
    public async Task ResponsesScenarioC400DefaultModel() =>
        Assert.Equal("client error", Assert.IsType<MultipleResponsesGet200ModelA201ModelC404ModelDDefaultError400ValidResult.Default>(await _client.MultipleResponsesGet200ModelA201ModelC404ModelDDefaultError400ValidAsync()).Body.Message);

    [Fact]
    public async Task ResponsesScenarioD202MatchingNoModel() =>
        Assert.IsType<MultipleResponsesGet202None204NoneDefaultError202NoneResult.Accepted>(await _client.MultipleResponsesGet202None204NoneDefaultError202NoneAsync());

    [Fact]
    public async Task ResponsesScenarioD204MatchingNoModel() =>
        Assert.IsType<MultipleResponsesGet202None204NoneDefaultError204NoneResult.NoContent>(await _client.MultipleResponsesGet202None204NoneDefaultError204NoneAsync());

    [Fact]
    public async Task ResponsesScenarioD400DefaultModel() =>
        Assert.Equal("client error", Assert.IsType<MultipleResponsesGet202None204NoneDefaultError400ValidResult.Default>(await _client.MultipleResponsesGet202None204NoneDefaultError400ValidAsync()).Body.Message);

    [Fact]
    public async Task ResponsesScenarioE202MatchingInvalid() =>
        Assert.IsType<MultipleResponsesGet202None204NoneDefaultNone202InvalidResult.Accepted>(await _client.MultipleResponsesGet202None204NoneDefaultNone202InvalidAsync());

    [Fact]
    public async Task ResponsesScenarioE204MatchingNoModel() =>
        Assert.IsType<MultipleResponsesGet202None204NoneDefaultNone204NoneResult.NoContent>(await _client.MultipleResponsesGet202None204NoneDefaultNone204NoneAsync());

    [Fact]
    public async Task ResponsesScenarioE400DefaultNoModel() =>
        Assert.Equal(400, Assert.IsType<MultipleResponsesGet202None204NoneDefaultNone400NoneResult.Default>(await _client.MultipleResponsesGet202None204NoneDefaultNone400NoneAsync()).StatusCode);

    [Fact]
    public async Task ResponsesScenarioE400DefaultInvalid() =>
        Assert.Equal(400, Assert.IsType<MultipleResponsesGet202None204NoneDefaultNone400InvalidResult.Default>(await _client.MultipleResponsesGet202None204NoneDefaultNone400InvalidAsync()).StatusCode);

    [Fact]
    public async Task ResponsesScenarioF200DefaultModel() =>
        Assert.Equal("200", Assert.IsType<MultipleResponsesGetDefaultModelA200ValidResult.Ok>(await _client.MultipleResponsesGetDefaultModelA200ValidAsync()).Body.StatusCode);

    [Fact]
    public async Task ResponsesScenarioF200DefaultNone() => Assert.IsType<MultipleResponsesGetDefaultModelA200NoneResult.Ok>(await _client.MultipleResponsesGetDefaultModelA200NoneAsync());

    [Fact]
    public async Task ResponsesScenarioF400DefaultModel()
    {
        // The server's "valid" 400 carries no body at all: the case is still Default, with the reading error kept.
        var result = Assert.IsType<MultipleResponsesGetDefaultModelA400ValidResult.Default>(await _client.MultipleResponsesGetDefaultModelA400ValidAsync());
        Assert.Equal(400, result.StatusCode);
        Assert.NotNull(result.BodyError);
    }

    [Fact]
    public async Task ResponsesScenarioF400DefaultNone() => Assert.Equal(400, Assert.IsType<MultipleResponsesGetDefaultModelA400NoneResult.Default>(await _client.MultipleResponsesGetDefaultModelA400NoneAsync()).StatusCode);

    [Fact]
    public async Task ResponsesScenarioG200DefaultInvalid() => Assert.IsType<MultipleResponsesGetDefaultNone200InvalidResult.Ok>(await _client.MultipleResponsesGetDefaultNone200InvalidAsync());

    [Fact]
    public async Task ResponsesScenarioG200DefaultNoModel() => Assert.IsType<MultipleResponsesGetDefaultNone200NoneResult.Ok>(await _client.MultipleResponsesGetDefaultNone200NoneAsync());

    [Fact]
    public async Task ResponsesScenarioG400DefaultInvalid() => Assert.Equal(400, Assert.IsType<MultipleResponsesGetDefaultNone400InvalidResult.Default>(await _client.MultipleResponsesGetDefaultNone400InvalidAsync()).StatusCode);

    [Fact]
    public async Task ResponsesScenarioG400DefaultNoModel() => Assert.Equal(400, Assert.IsType<MultipleResponsesGetDefaultNone400NoneResult.Default>(await _client.MultipleResponsesGetDefaultNone400NoneAsync()).StatusCode);

    [Fact]
    public async Task ResponsesScenarioH200MatchingNone() => Assert.IsType<MultipleResponsesGet200ModelA200NoneResult.Ok>(await _client.MultipleResponsesGet200ModelA200NoneAsync());

    [Fact]
    public async Task ResponsesScenarioH200MatchingValid() =>
        Assert.Equal("200", Assert.IsType<MultipleResponsesGet200ModelA200ValidResult.Ok>(await _client.MultipleResponsesGet200ModelA200ValidAsync()).Body.StatusCode);

    [Fact]
    public async Task ResponsesScenarioH200MatchingInvalid() =>
        Assert.IsType<MultipleResponsesGet200ModelA200InvalidResult.Ok>(await _client.MultipleResponsesGet200ModelA200InvalidAsync());

    [Fact]
    public async Task ResponsesScenarioH400NonMatchingNone() =>
        Assert.Equal(400, Assert.IsType<MultipleResponsesGet200ModelA400NoneResult.Undocumented>(await _client.MultipleResponsesGet200ModelA400NoneAsync()).StatusCode);

    [Fact]
    public async Task ResponsesScenarioH400NonMatchingModel() =>
        Assert.Equal(400, Assert.IsType<MultipleResponsesGet200ModelA400ValidResult.Undocumented>(await _client.MultipleResponsesGet200ModelA400ValidAsync()).StatusCode);

    [Fact]
    public async Task ResponsesScenarioH400NonMatchingInvalid() =>
        Assert.Equal(400, Assert.IsType<MultipleResponsesGet200ModelA400InvalidResult.Undocumented>(await _client.MultipleResponsesGet200ModelA400InvalidAsync()).StatusCode);

    [Fact]
    public async Task ResponsesScenarioH202NonMatchingModel() =>
        Assert.Equal(202, Assert.IsType<MultipleResponsesGet200ModelA202ValidResult.Undocumented>(await _client.MultipleResponsesGet200ModelA202ValidAsync()).StatusCode);
}
