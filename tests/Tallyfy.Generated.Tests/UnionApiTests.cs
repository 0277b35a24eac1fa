using System;
using System.Threading.Tasks;
using Tallyfy;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>EnsureSuccess, Match, Switch, TryGetX and pattern matching on results read from a real server.</summary>
public sealed class UnionApiTests : IClassFixture<TallyfyServerFixture>
{
    private readonly TallyfyServerFixture _fixture;

    public UnionApiTests(TallyfyServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    [Fact]
    public async Task EnsureSuccess_OnOk_ReturnsTheOkCaseWithItsBody()
    {
        Respond(200, Bodies.OneOffTask);

        ReopenOneOffTaskResult.Ok ok = (await _fixture.CreateClient().ReopenOneOffTaskAsync(Operations.OrgId, Operations.TaskId)).EnsureSuccess();

        Assert.Equal(Operations.TaskId, ok.Body.Data.Id);
        Assert.Equal("Send the signed contract", ok.Body.Data.Title);
        Assert.Null(ok.Body.Data.RunId);
    }

    [Fact]
    public async Task EnsureSuccess_On404_ThrowsApiResponseExceptionCarryingTheTypedCase()
    {
        Respond(404, Bodies.NotFound);
        var result = await _fixture.CreateClient().ReopenOneOffTaskAsync(Operations.OrgId, Operations.TaskId);

        var exception = Assert.Throws<ApiResponseException>(() => result.EnsureSuccess());

        Assert.Equal(404, exception.StatusCode);
        var notFound = Assert.IsType<ReopenOneOffTaskResult.NotFound>(exception.Response);
        Assert.Equal("RESOURCE_NOT_FOUND", notFound.Body.Code);
        Assert.Contains("404", exception.Message, StringComparison.Ordinal);
        Assert.Contains("NotFound", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(204, "no-content")]
    [InlineData(400, "bad-request:Only one-off tasks can be deleted.")]
    [InlineData(401, "unauthorized:Unauthenticated.")]
    [InlineData(403, "forbidden")]
    [InlineData(404, "not-found:RESOURCE_NOT_FOUND")]
    [InlineData(422, "unprocessable:run_id")]
    [InlineData(429, "too-many:37")]
    [InlineData(418, "undocumented:418")]
    public async Task Match_And_Switch_TakeTheBranchOfTheCase(int status, string expected)
    {
        var body = status switch
        {
            204 => string.Empty,
            418 => "{}",
            _ => Bodies.For("deleteTask", status),
        };
        Respond(status, body, retryAfter: "37");

        var result = await _fixture.CreateClient().DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        var matched = result.Match(
            noContent: _ => "no-content",
            badRequest: r => "bad-request:" + r.Body.Message,
            unauthorized: r => "unauthorized:" + r.Body.Message,
            forbidden: _ => "forbidden",
            notFound: r => "not-found:" + r.Body.Code,
            unprocessableEntity: r => "unprocessable:" + string.Join(",", r.Body.Errors!.Keys),
            tooManyRequests: r => "too-many:" + r.Headers.RetryAfter,
            undocumented: r => "undocumented:" + r.StatusCode);
        Assert.StartsWith(expected, matched, StringComparison.Ordinal);

        string? switched = null;
        result.Switch(
            noContent: _ => switched = "no-content",
            badRequest: _ => switched = "bad-request",
            unauthorized: _ => switched = "unauthorized",
            forbidden: _ => switched = "forbidden",
            notFound: _ => switched = "not-found",
            unprocessableEntity: _ => switched = "unprocessable",
            tooManyRequests: _ => switched = "too-many",
            undocumented: _ => switched = "undocumented");
        Assert.NotNull(switched);
        Assert.StartsWith(switched!, expected, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PatternMatching_OnNestedCaseAndBodyProperty_Works()
    {
        Respond(404, Bodies.NotFound);

        var result = await _fixture.CreateClient().DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        Assert.True(result is DeleteTaskResult.NotFound { Body.Code: "RESOURCE_NOT_FOUND" });
        Assert.False(result is DeleteTaskResult.NotFound { Body.Code: "ENDPOINT_NOT_FOUND" });
        Assert.False(result is DeleteTaskResult.NoContent);
        var description = result switch
        {
            DeleteTaskResult.NoContent => "deleted",
            DeleteTaskResult.NotFound { Body.Code: "RESOURCE_NOT_FOUND" } => "already gone",
            _ => "other",
        };
        Assert.Equal("already gone", description);
    }

    [Fact]
    public async Task TryGetX_ReportsOnlyTheActualCase()
    {
        Respond(422, Bodies.Unprocessable);

        var result = await _fixture.CreateClient().DeleteProcessAsync(Operations.OrgId, Operations.RunId);

        Assert.True(result.TryGetUnprocessableEntity(out var unprocessable));
        Assert.Equal("The given data was invalid.", unprocessable.Body.Message);
        Assert.False(result.TryGetOk(out var ok));
        Assert.Null(ok);
        Assert.False(result.TryGetNoContent(out _));
        Assert.False(result.TryGetNotFound(out _));
        Assert.False(result.TryGetUndocumented(out _));
    }

    [Fact]
    public async Task EnsureSuccess_OnNoContent_ReturnsIt()
    {
        Respond(204, string.Empty);

        var result = await _fixture.CreateClient().ArchiveTaskAsync(Operations.OrgId, Operations.TaskId);

        Assert.IsType<ArchiveTaskResult.NoContent>(result.EnsureSuccess());
        Assert.True(result.TryGetNoContent(out _));
    }

    private void Respond(int status, string body, string? retryAfter = null)
    {
        var response = Response.Create().WithStatusCode(status);
        if (body.Length > 0)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(body);
        }

        if (retryAfter is not null)
        {
            response = response.WithHeader("Retry-After", retryAfter);
        }

        _fixture.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);
    }
}
