using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Tallyfy;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>Result cases built in code, as a fake of <see cref="ITallyfyClient"/> would build them.</summary>
public sealed class FakeConstructionTests
{
    [Fact]
    public void NotFound_FromABody_HasStatus404_AndTheBodyAsJson()
    {
        var body = new Error { Message = "x" };

        var result = new DeleteTaskResult.NotFound(body);

        Assert.Equal(404, result.StatusCode);
        Assert.False(result.IsSuccess);
        Assert.Equal("application/json", result.ContentType);
        Assert.Equal("{\"message\":\"x\"}", result.RawBody);
        Assert.Equal(Encoding.UTF8.GetBytes("{\"message\":\"x\"}"), result.RawBodyBytes.ToArray());
        Assert.Same(body, result.Body);
        Assert.Null(result.BodyError);
        Assert.True(result.TryGetBody(out var read));
        Assert.Same(body, read);
        Assert.Equal(0, result.Headers.Count);
        Assert.Equal(404, Assert.Throws<ApiResponseException>(() => result.EnsureSuccess()).StatusCode);
    }

    [Fact]
    public void ErrorWithEveryField_IsWrittenWithTheSpecsJsonNames()
    {
        var result = new ArchiveAssetResult.Forbidden(new Error { ErrorValue = true, Message = "nope", Code = "FORBIDDEN" });

        using var json = JsonDocument.Parse(result.RawBody);
        Assert.True(json.RootElement.GetProperty("error").GetBoolean());
        Assert.Equal("nope", json.RootElement.GetProperty("message").GetString());
        Assert.Equal("FORBIDDEN", json.RootElement.GetProperty("code").GetString());
        Assert.Equal(403, result.StatusCode);
    }

    [Fact]
    public void Undocumented_HasTheGivenStatus_AndNoBody()
    {
        var result = new DeleteTaskResult.Undocumented(418);

        Assert.Equal(418, result.StatusCode);
        Assert.Equal(string.Empty, result.RawBody);
        Assert.True(result.RawBodyBytes.IsEmpty);
        Assert.Null(result.ContentType);
        Assert.False(result.IsSuccess);
        Assert.True(result.TryGetUndocumented(out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(99)]
    [InlineData(600)]
    [InlineData(-1)]
    public void Undocumented_RefusesAStatusThatIsNotHttp(int status)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeleteTaskResult.Undocumented(status));
    }

    [Fact]
    public void Ok_FromATask_WritesTheTaskAsJson_AndKeepsTheInstance()
    {
        var body = new TaskResponse
        {
            Data = new TaskModel
            {
                Id = Operations.TaskId,
                Title = "Fake",
                Status = new TaskStatus("frozen"),
                Deadline = new DateTimeOffset(2024, 3, 8, 17, 0, 0, TimeSpan.FromHours(2)),
            },
        };

        var result = new ReopenOneOffTaskResult.Ok(body);

        Assert.Equal(200, result.StatusCode);
        Assert.True(result.IsSuccess);
        Assert.Same(body, result.Body);
        using var json = JsonDocument.Parse(result.RawBody);
        var data = json.RootElement.GetProperty("data");
        Assert.Equal(Operations.TaskId, data.GetProperty("id").GetString());
        Assert.Equal("Fake", data.GetProperty("title").GetString());
        Assert.Equal("frozen", data.GetProperty("status").GetString());
        Assert.Equal(body.Data.Deadline, data.GetProperty("deadline").GetDateTimeOffset());
        Assert.False(data.TryGetProperty("run_id", out _));
    }

    [Fact]
    public void TooManyRequests_WithHeaders_ExposesTheTypedHeaders()
    {
        var headers = new ApiResponseHeaders(new[]
        {
            new KeyValuePair<string, string>("Retry-After", "10"),
            new KeyValuePair<string, string>("X-RateLimit-Remaining", "0"),
            new KeyValuePair<string, string>("X-Request-Id", "fake-1"),
        });

        var result = new RestoreTaskResult.TooManyRequests(new Error { Message = "Too Many Attempts." }, headers);

        Assert.Equal(429, result.StatusCode);
        Assert.Equal("10", result.Headers.RetryAfter);
        Assert.Equal(0, result.Headers.XRateLimitRemaining);
        Assert.Equal("fake-1", result.Headers.GetValue("x-request-id"));
        Assert.Equal("fake-1", ((ApiResponse)result).Headers.GetValue("X-Request-Id"));
    }

    [Fact]
    public void ValidationErrorCase_WritesTheErrorsMap()
    {
        var result = new DeleteFileResult.UnprocessableEntity(new ValidationError
        {
            Message = "invalid",
            Errors = new Dictionary<string, IReadOnlyList<string>> { ["asset_id"] = new[] { "is a logo" } },
        });

        using var json = JsonDocument.Parse(result.RawBody);
        Assert.Equal("is a logo", json.RootElement.GetProperty("errors").GetProperty("asset_id")[0].GetString());
        Assert.Equal(422, result.StatusCode);
    }

    [Fact]
    public void BodylessCases_HaveTheirStatus()
    {
        Assert.Equal(204, new DeleteTaskResult.NoContent().StatusCode);
        Assert.Equal(204, new ArchiveTaskResult.NoContent().StatusCode);
        Assert.Equal(200, new DeleteProcessResult.Ok().StatusCode);
        Assert.Equal(204, new DeleteProcessResult.NoContent().StatusCode);
        Assert.Equal(200, new DeleteFileResult.Ok().StatusCode);
        Assert.Equal(200, new ArchiveAssetResult.Ok().StatusCode);
        Assert.Equal(400, new DeleteTaskResult.BadRequest(new Error { Message = "m" }).StatusCode);
        Assert.Equal(401, new DeleteProcessResult.Unauthorized(new Error { Message = "m" }).StatusCode);
    }

    [Fact]
    public void CaseBodyConstructors_RejectNull()
    {
        // Typed nulls: the tests see the internal (ApiRawResponse) constructors too, through InternalsVisibleTo.
        Assert.Equal("body", Assert.Throws<ArgumentNullException>(() => new DeleteTaskResult.NotFound((Error)null!)).ParamName);
        Assert.Equal("body", Assert.Throws<ArgumentNullException>(() => new ReopenProcessTaskResult.Ok((TaskResponse)null!)).ParamName);
        Assert.Equal("body", Assert.Throws<ArgumentNullException>(() => new ArchiveAssetResult.UnprocessableEntity((ValidationError)null!)).ParamName);
    }

    [Fact]
    public async Task FakeClient_BuiltFromTheCases_CanBeConsumedLikeTheRealOne()
    {
        ITallyfyClient fake = new FakeClient();

        var result = await fake.DeleteTaskAsync("org", "task");

        Assert.True(result is DeleteTaskResult.NotFound { Body.Code: "RESOURCE_NOT_FOUND" });
        Assert.Equal("gone", result.Match(_ => "deleted", _ => "bad", _ => "auth", _ => "forbidden", _ => "gone", _ => "invalid", _ => "slow", _ => "?"));
    }

    private sealed class FakeClient : ITallyfyClient
    {
        public Task<DeleteTaskResult> DeleteTaskAsync(string orgId, string taskId, CancellationToken cancellationToken = default) =>
            Task.FromResult<DeleteTaskResult>(new DeleteTaskResult.NotFound(new Error { Message = "Resource not found", Code = "RESOURCE_NOT_FOUND" }));

        public Task<ArchiveTaskResult> ArchiveTaskAsync(string orgId, string taskId, CancellationToken cancellationToken = default) =>
            Task.FromResult<ArchiveTaskResult>(new ArchiveTaskResult.NoContent());

        public Task<RestoreTaskResult> RestoreTaskAsync(string orgId, string taskId, CancellationToken cancellationToken = default) =>
            Task.FromResult<RestoreTaskResult>(new RestoreTaskResult.Undocumented(500));

        public Task<DeleteProcessResult> DeleteProcessAsync(string orgId, string runId, CancellationToken cancellationToken = default) =>
            Task.FromResult<DeleteProcessResult>(new DeleteProcessResult.Ok());

        public Task<ReopenProcessTaskResult> ReopenProcessTaskAsync(string orgId, string runId, string taskId, CancellationToken cancellationToken = default) =>
            Task.FromResult<ReopenProcessTaskResult>(new ReopenProcessTaskResult.Undocumented(503));

        public Task<ReopenOneOffTaskResult> ReopenOneOffTaskAsync(string orgId, string taskId, CancellationToken cancellationToken = default) =>
            Task.FromResult<ReopenOneOffTaskResult>(new ReopenOneOffTaskResult.Undocumented(503));

        public Task<DeleteFileResult> DeleteFileAsync(string orgId, string assetId, CancellationToken cancellationToken = default) =>
            Task.FromResult<DeleteFileResult>(new DeleteFileResult.Ok());

        public Task<ArchiveAssetResult> ArchiveAssetAsync(string orgId, string assetId, CancellationToken cancellationToken = default) =>
            Task.FromResult<ArchiveAssetResult>(new ArchiveAssetResult.Ok());
    }
}
