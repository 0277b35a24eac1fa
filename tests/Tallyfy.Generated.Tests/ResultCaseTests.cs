using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Tallyfy;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>Every operation × every documented status gives the right case, with its typed body and headers; undocumented statuses give Undocumented.</summary>
public sealed class ResultCaseTests : IClassFixture<TallyfyServerFixture>
{
    private readonly TallyfyServerFixture _fixture;

    public ResultCaseTests(TallyfyServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    /// <summary>operation, status, expected case, expected typed body ("None", "TaskResponse", "Error", "ValidationError").</summary>
    public static TheoryData<string, int, string, string> DocumentedStatuses => new()
    {
        { "deleteTask", 204, "NoContent", "None" },
        { "deleteTask", 400, "BadRequest", "Error" },
        { "deleteTask", 401, "Unauthorized", "Error" },
        { "deleteTask", 403, "Forbidden", "Error" },
        { "deleteTask", 404, "NotFound", "Error" },
        { "deleteTask", 422, "UnprocessableEntity", "ValidationError" },
        { "deleteTask", 429, "TooManyRequests", "Error" },

        { "archiveTask", 200, "Ok", "TaskResponse" },
        { "archiveTask", 204, "NoContent", "None" },
        { "archiveTask", 401, "Unauthorized", "Error" },
        { "archiveTask", 403, "Forbidden", "Error" },
        { "archiveTask", 404, "NotFound", "Error" },
        { "archiveTask", 422, "UnprocessableEntity", "ValidationError" },
        { "archiveTask", 429, "TooManyRequests", "Error" },

        { "restoreTask", 200, "Ok", "TaskResponse" },
        { "restoreTask", 401, "Unauthorized", "Error" },
        { "restoreTask", 403, "Forbidden", "Error" },
        { "restoreTask", 404, "NotFound", "Error" },
        { "restoreTask", 422, "UnprocessableEntity", "ValidationError" },
        { "restoreTask", 429, "TooManyRequests", "Error" },

        { "deleteProcess", 200, "Ok", "None" },
        { "deleteProcess", 204, "NoContent", "None" },
        { "deleteProcess", 401, "Unauthorized", "Error" },
        { "deleteProcess", 403, "Forbidden", "Error" },
        { "deleteProcess", 404, "NotFound", "Error" },
        { "deleteProcess", 422, "UnprocessableEntity", "ValidationError" },
        { "deleteProcess", 429, "TooManyRequests", "Error" },

        { "reopenProcessTask", 200, "Ok", "TaskResponse" },
        { "reopenProcessTask", 401, "Unauthorized", "Error" },
        { "reopenProcessTask", 403, "Forbidden", "Error" },
        { "reopenProcessTask", 404, "NotFound", "Error" },
        { "reopenProcessTask", 422, "UnprocessableEntity", "ValidationError" },
        { "reopenProcessTask", 429, "TooManyRequests", "Error" },

        { "reopenOneOffTask", 200, "Ok", "TaskResponse" },
        { "reopenOneOffTask", 401, "Unauthorized", "Error" },
        { "reopenOneOffTask", 403, "Forbidden", "Error" },
        { "reopenOneOffTask", 404, "NotFound", "Error" },
        { "reopenOneOffTask", 422, "UnprocessableEntity", "ValidationError" },
        { "reopenOneOffTask", 429, "TooManyRequests", "Error" },

        { "deleteFile", 200, "Ok", "None" },
        { "deleteFile", 401, "Unauthorized", "Error" },
        { "deleteFile", 403, "Forbidden", "Error" },
        { "deleteFile", 404, "NotFound", "Error" },
        { "deleteFile", 422, "UnprocessableEntity", "ValidationError" },
        { "deleteFile", 429, "TooManyRequests", "Error" },

        { "archiveAsset", 200, "Ok", "None" },
        { "archiveAsset", 401, "Unauthorized", "Error" },
        { "archiveAsset", 403, "Forbidden", "Error" },
        { "archiveAsset", 404, "NotFound", "Error" },
        { "archiveAsset", 422, "UnprocessableEntity", "ValidationError" },
        { "archiveAsset", 429, "TooManyRequests", "Error" },
    };

    public static TheoryData<string> OperationNames => new(Operations.All.Select(o => o.Name));

    [Fact]
    public void TheTableCoversEveryOperationOfTheSpec()
    {
        var operations = DocumentedStatuses.Select(row => (string)row[0]).Distinct().OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(Operations.All.Select(o => o.Name).OrderBy(n => n, StringComparer.Ordinal), operations);
        Assert.Equal(51, DocumentedStatuses.Count());
    }

    [Theory]
    [MemberData(nameof(DocumentedStatuses))]
    public async Task DocumentedStatus_GivesItsCase_WithTypedBodyHeadersAndRawBody(string operation, int status, string expectedCase, string bodyKind)
    {
        var spec = Operations.Get(operation);
        var requestId = "req-" + operation + "-" + status;
        var body = Bodies.For(operation, status);
        var response = Response.Create().WithStatusCode(status).WithHeader("X-Request-Id", requestId);
        if (body.Length > 0)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(body);
        }

        if (status == 429)
        {
            response = response.WithHeader("Retry-After", "37").WithHeader("X-RateLimit-Remaining", "0");
        }

        _fixture.Server
            .Given(Request.Create().WithPath(spec.DefaultPath).UsingMethod(spec.Method))
            .AtPriority(1)
            .RespondWith(response);
        // A request that misses the route gets a status no operation documents, so it can never pass for the right case.
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(599).WithBody("unmatched route"));

        var result = await Operations.InvokeAsync(_fixture.CreateClient(), operation);

        Assert.Equal(expectedCase, result.GetType().Name);
        Assert.Equal(Operations.ResultTypeName(operation), result.GetType().DeclaringType?.Name);
        Assert.Equal(Operations.ResultTypeName(operation), result.GetType().BaseType?.Name);
        Assert.Equal(status, result.StatusCode);
        Assert.Equal(status is >= 200 and <= 299, result.IsSuccess);
        Assert.Equal(requestId, result.Headers.GetValue("X-Request-Id"));
        Assert.True(result.Headers.TryGetValues("x-request-id", out var values), "header lookup is case-insensitive");
        Assert.Equal(new[] { requestId }, values);
        Assert.Equal(body, result.RawBody);
        Assert.Equal(Encoding.UTF8.GetBytes(body), result.RawBodyBytes.ToArray());
        Assert.Equal(body.Length > 0 ? "application/json" : null, result.ContentType);
        Assert.Equal(expectedCase + " (HTTP " + status + ")", result.ToString());
        Assert.Single(_fixture.Log);

        var typed = Operations.TypedBody(result);
        switch (bodyKind)
        {
            case "None":
                Assert.Same(Operations.NoBody.Instance, typed);
                break;
            case "TaskResponse":
                AssertTask(operation, Assert.IsType<TaskResponse>(typed));
                break;
            case "ValidationError":
                var validation = Assert.IsType<ValidationError>(typed);
                Assert.Equal("The given data was invalid.", validation.Message);
                Assert.True(validation.Error);
                Assert.NotNull(validation.Errors);
                Assert.Equal(new[] { "org_id", "run_id" }, validation.Errors!.Keys.OrderBy(k => k, StringComparer.Ordinal));
                Assert.Equal(new[] { "The process must be archived before it can be deleted.", "Second problem." }, validation.Errors["run_id"]);
                Assert.Empty(validation.Errors["org_id"]);
                break;
            case "Error":
                AssertError(status, Assert.IsType<Error>(typed));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(bodyKind), bodyKind, null);
        }

        if (status == 429)
        {
            var (retryAfter, remaining, typedRequestId) = Operations.RateLimitHeaders(result);
            Assert.Equal("37", retryAfter);
            Assert.Equal(0, remaining);
            Assert.Equal(requestId, typedRequestId);
        }
    }

    [Theory]
    [MemberData(nameof(OperationNames))]
    public async Task Status418WithJsonBody_IsUndocumented_WithRawBodyAndContentTypeIntact(string operation)
    {
        const string body = """{"error":true,"message":"I'm a teapot","code":"TEAPOT"}""";
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(418).WithHeader("Content-Type", "application/json").WithHeader("X-Request-Id", "req-418").WithBody(body));

        var result = await Operations.InvokeAsync(_fixture.CreateClient(), operation);

        Assert.Equal("Undocumented", result.GetType().Name);
        Assert.Equal(Operations.ResultTypeName(operation), result.GetType().DeclaringType?.Name);
        Assert.Equal(418, result.StatusCode);
        Assert.False(result.IsSuccess);
        Assert.Equal(body, result.RawBody);
        Assert.Equal("application/json", result.ContentType);
        Assert.Equal("req-418", result.Headers.GetValue("X-Request-Id"));
        Assert.Same(Operations.NoBody.Instance, Operations.TypedBody(result));
    }

    [Theory]
    [MemberData(nameof(OperationNames))]
    public async Task Status500WithHtmlBody_IsUndocumented_WithRawBodyAndContentTypeIntact(string operation)
    {
        const string body = "<!DOCTYPE html>\n<html><head><title>Server Error</title></head><body><h1>500 – Internal Server Error</h1><p>Ünïcödé &amp; more</p></body></html>";
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(500).WithHeader("Content-Type", "text/html; charset=utf-8").WithHeader("X-Request-Id", "req-500").WithBody(body));

        var result = await Operations.InvokeAsync(_fixture.CreateClient(), operation);

        Assert.Equal("Undocumented", result.GetType().Name);
        Assert.Equal(Operations.ResultTypeName(operation), result.GetType().DeclaringType?.Name);
        Assert.Equal(500, result.StatusCode);
        Assert.False(result.IsSuccess);
        Assert.Equal(body, result.RawBody);
        Assert.Equal(Encoding.UTF8.GetBytes(body), result.RawBodyBytes.ToArray());
        Assert.Equal("text/html", result.ContentType);
        Assert.Equal("text/html; charset=utf-8", result.Headers.GetValue("Content-Type"));
        Assert.Equal("req-500", result.Headers.GetValue("X-Request-Id"));
        var exception = Assert.Throws<ApiResponseException>(() => EnsureSuccess(result));
        Assert.Equal(500, exception.StatusCode);
        Assert.Same(result, exception.Response);
    }

    [Theory]
    [MemberData(nameof(OperationNames))]
    public async Task UndocumentedSuccessStatus_IsUndocumented_AndEnsureSuccessFollowsItsDocumentedContract(string operation)
    {
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("Content-Type", "application/json").WithBody("{\"queued\":true}"));

        var result = await Operations.InvokeAsync(_fixture.CreateClient(), operation);

        Assert.Equal("Undocumented", result.GetType().Name);
        Assert.Equal(202, result.StatusCode);
        Assert.True(result.IsSuccess);
        Assert.Equal("{\"queued\":true}", result.RawBody);
        if (operation is "archiveTask" or "deleteProcess")
        {
            // Two documented successes: EnsureSuccess() is documented as "returns this result when its status is 2xx".
            Assert.Same(result, EnsureSuccess(result));
        }
        else
        {
            // One documented success: EnsureSuccess() is documented as "returns the Ok/NoContent case, or throws for any other".
            var exception = Assert.Throws<ApiResponseException>(() => EnsureSuccess(result));
            Assert.Equal(202, exception.StatusCode);
            Assert.Same(result, exception.Response);
        }
    }

    [Fact]
    public async Task BodyInADeclaredLatin1Charset_IsDecodedWithThatCharset()
    {
        var bytes = Encoding.Latin1.GetBytes("<p>café crème</p>");
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "text/html; charset=iso-8859-1").WithBody(bytes));

        var result = await _fixture.CreateClient().DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        var undocumented = Assert.IsType<DeleteTaskResult.Undocumented>(result);
        Assert.Equal(bytes, undocumented.RawBodyBytes.ToArray());
        Assert.Equal("<p>café crème</p>", undocumented.RawBody);
    }

    [Fact]
    public async Task RepeatedResponseHeader_KeepsEveryValue()
    {
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(204).WithHeader("X-Trace", "first", "second"));

        var result = await _fixture.CreateClient().DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        Assert.IsType<DeleteTaskResult.NoContent>(result);
        Assert.True(result.Headers.TryGetValues("X-Trace", out var values));
        Assert.Equal(new[] { "first", "second" }, values);
        Assert.Equal("first, second", result.Headers.GetValue("X-Trace"));
        Assert.Null(result.Headers.GetValue("X-Not-Sent"));
        Assert.False(result.Headers.Contains("X-Not-Sent"));
    }

    [Fact]
    public async Task RateLimitHeaderThatIsNotAnInteger_ReadsAsNull_ButStaysReachableRaw()
    {
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Content-Type", "application/json")
                .WithHeader("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT").WithHeader("X-RateLimit-Remaining", "lots")
                .WithBody(Bodies.TooManyRequests));

        var result = await _fixture.CreateClient().ArchiveAssetAsync(Operations.OrgId, Operations.AssetId);

        var limited = Assert.IsType<ArchiveAssetResult.TooManyRequests>(result);
        Assert.Equal("Wed, 21 Oct 2015 07:28:00 GMT", limited.Headers.RetryAfter);
        Assert.Null(limited.Headers.XRateLimitRemaining);
        Assert.Equal("lots", limited.Headers.GetValue("X-RateLimit-Remaining"));
        Assert.Equal("RATE_LIMIT_EXCEEDED", limited.Body.Code);
    }

    private static ApiResponse EnsureSuccess(ApiResponse response) => response switch
    {
        DeleteTaskResult r => r.EnsureSuccess(),
        ArchiveTaskResult r => r.EnsureSuccess(),
        RestoreTaskResult r => r.EnsureSuccess(),
        DeleteProcessResult r => r.EnsureSuccess(),
        ReopenProcessTaskResult r => r.EnsureSuccess(),
        ReopenOneOffTaskResult r => r.EnsureSuccess(),
        DeleteFileResult r => r.EnsureSuccess(),
        ArchiveAssetResult r => r.EnsureSuccess(),
        _ => throw new ArgumentOutOfRangeException(nameof(response)),
    };

    private static void AssertError(int status, Error error)
    {
        switch (status)
        {
            case 400:
                Assert.Equal("Only one-off tasks can be deleted.", error.Message);
                Assert.True(error.ErrorValue);
                Assert.Null(error.Code);
                break;
            case 401:
                Assert.Equal("Unauthenticated.", error.Message);
                Assert.Null(error.ErrorValue);
                Assert.Null(error.Code);
                break;
            case 403:
                Assert.Equal("You don't have application's permissions for this organization!", error.Message);
                Assert.True(error.ErrorValue);
                Assert.Null(error.Code);
                break;
            case 404:
                Assert.Equal("Resource not found", error.Message);
                Assert.True(error.ErrorValue);
                Assert.Equal("RESOURCE_NOT_FOUND", error.Code);
                break;
            case 429:
                Assert.Equal("Too Many Attempts.", error.Message);
                Assert.Null(error.ErrorValue);
                Assert.Equal("RATE_LIMIT_EXCEEDED", error.Code);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, null);
        }
    }

    private static void AssertTask(string operation, TaskResponse response)
    {
        var task = response.Data;
        Assert.Equal(Operations.TaskId, task.Id);
        Assert.Equal(new DateTimeOffset(2024, 3, 8, 17, 0, 0, TimeSpan.FromHours(2)), task.Deadline);
        Assert.Equal(TimeSpan.FromHours(2), task.Deadline!.Value.Offset);
        if (operation == "reopenProcessTask")
        {
            Assert.Equal("Review draft", task.Title);
            Assert.Equal(Operations.RunId, task.RunId);
            Assert.Equal("c0ffee00c0ffee00c0ffee00c0ffee00", task.ChecklistId);
            Assert.Equal(2, task.Position);
            Assert.Equal(TaskStatus.Active, task.Status);
            Assert.True(task.Status!.Value.IsKnown);
            Assert.False(task.IsOneoffTask);
            Assert.Equal(new DateTimeOffset(2024, 3, 1, 9, 15, 0, TimeSpan.Zero), task.CreatedAt);
            Assert.NotNull(task.TasksChangedByRules);
            Assert.Equal(JsonValueKind.Object, task.TasksChangedByRules!.Value.ValueKind);
            Assert.Equal("auto-skipped", task.TasksChangedByRules.Value.GetProperty("99999999999999999999999999999999").GetProperty("status").GetString());
            return;
        }

        Assert.Equal(4711, task.IncrementId);
        Assert.Equal("Send the signed contract", task.Title);
        Assert.Null(task.RunId);
        Assert.Null(task.ChecklistId);
        Assert.Null(task.StepId);
        Assert.Null(task.Position);
        Assert.Equal("in-progress", task.Status!.Value.Value);
        Assert.Equal(TaskStatus.InProgress, task.Status);
        Assert.True(task.Status.Value.IsKnown);
        Assert.Equal("In progress", task.StatusLabel);
        Assert.Equal("task", task.TaskType);
        Assert.True(task.IsOneoffTask);
        Assert.True(task.IsCompletable);
        Assert.Null(task.IsApproved);
        Assert.NotNull(task.Owners);
        Assert.Equal(new long[] { 1001, 1002 }, task.Owners!.Users);
        Assert.Equal(new[] { "guest@example.com" }, task.Owners.Guests);
        Assert.Empty(task.Owners.Groups!);
        Assert.Equal(1001L, task.StarterId);
        Assert.Null(task.CompleterId);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 9, 15, 0, TimeSpan.Zero), task.StartedAt);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 9, 15, 0, TimeSpan.Zero), task.CreatedAt);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 10, 0, 0, TimeSpan.Zero), task.LastUpdated);
        Assert.Null(task.CompletedAt);
        Assert.Null(task.ArchivedAt);
        Assert.False(task.EveryoneMustComplete);
        Assert.False(task.TopSecret);
        Assert.Null(task.TasksChangedByRules);
    }
}
