using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Tallyfy;

namespace Tallyfy.Generated.Tests;

/// <summary>One operation of the spec, written out by hand from spec/tallyfy.openapi.json.</summary>
public sealed record OperationSpec(string Name, string Method, string Template, IReadOnlyList<string> Parameters)
{
    /// <summary>The path with every parameter filled in verbatim (only for ids that need no escaping).</summary>
    public string PathFor(IReadOnlyList<string> args)
    {
        var path = Template;
        for (var i = 0; i < Parameters.Count; i++)
        {
            path = path.Replace("{" + Parameters[i] + "}", args[i], StringComparison.Ordinal);
        }

        return path;
    }

    public string[] DefaultArgs() => Parameters.Select(Operations.DefaultValueFor).ToArray();

    public string DefaultPath => PathFor(DefaultArgs());
}

/// <summary>The operation table, sample ids and bodies, and a dispatcher calling the client by operation name.</summary>
public static class Operations
{
    public const string OrgId = "org_7Hq2Lw";
    public const string TaskId = "0123456789abcdef0123456789abcdef";
    public const string RunId = "fedcba9876543210fedcba9876543210";
    public const string AssetId = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

    public static readonly IReadOnlyList<OperationSpec> All = new[]
    {
        new OperationSpec("deleteTask", "DELETE", "/organizations/{org_id}/tasks/{task_id}/delete", new[] { "org_id", "task_id" }),
        new OperationSpec("archiveTask", "DELETE", "/organizations/{org_id}/tasks/{task_id}", new[] { "org_id", "task_id" }),
        new OperationSpec("restoreTask", "PUT", "/organizations/{org_id}/tasks/{task_id}/restore", new[] { "org_id", "task_id" }),
        new OperationSpec("deleteProcess", "DELETE", "/organizations/{org_id}/runs/{run_id}/delete", new[] { "org_id", "run_id" }),
        new OperationSpec("reopenProcessTask", "DELETE", "/organizations/{org_id}/runs/{run_id}/completed-tasks/{task_id}", new[] { "org_id", "run_id", "task_id" }),
        new OperationSpec("reopenOneOffTask", "DELETE", "/organizations/{org_id}/completed-tasks/{task_id}", new[] { "org_id", "task_id" }),
        new OperationSpec("deleteFile", "DELETE", "/organizations/{org_id}/file/{asset_id}", new[] { "org_id", "asset_id" }),
        new OperationSpec("archiveAsset", "DELETE", "/organizations/{org_id}/assets/{asset_id}", new[] { "org_id", "asset_id" }),
    };

    public static OperationSpec Get(string name) => All.Single(o => o.Name == name);

    public static string DefaultValueFor(string parameter) => parameter switch
    {
        "org_id" => OrgId,
        "task_id" => TaskId,
        "run_id" => RunId,
        "asset_id" => AssetId,
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, null),
    };

    /// <summary>The name of the generated result union of an operation.</summary>
    public static string ResultTypeName(string operation) => char.ToUpperInvariant(operation[0]) + operation.Substring(1) + "Result";

    /// <summary>Calls the client method for <paramref name="operation"/> with arguments in the spec's parameter order.</summary>
    public static async Task<ApiResponse> InvokeAsync(ITallyfyClient client, string operation, IReadOnlyList<string?> args, CancellationToken cancellationToken = default) =>
        operation switch
        {
            "deleteTask" => await client.DeleteTaskAsync(args[0]!, args[1]!, cancellationToken),
            "archiveTask" => await client.ArchiveTaskAsync(args[0]!, args[1]!, cancellationToken),
            "restoreTask" => await client.RestoreTaskAsync(args[0]!, args[1]!, cancellationToken),
            "deleteProcess" => await client.DeleteProcessAsync(args[0]!, args[1]!, cancellationToken),
            "reopenProcessTask" => await client.ReopenProcessTaskAsync(args[0]!, args[1]!, args[2]!, cancellationToken),
            "reopenOneOffTask" => await client.ReopenOneOffTaskAsync(args[0]!, args[1]!, cancellationToken),
            "deleteFile" => await client.DeleteFileAsync(args[0]!, args[1]!, cancellationToken),
            "archiveAsset" => await client.ArchiveAssetAsync(args[0]!, args[1]!, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };

    public static Task<ApiResponse> InvokeAsync(ITallyfyClient client, string operation, CancellationToken cancellationToken = default) =>
        InvokeAsync(client, operation, Get(operation).DefaultArgs(), cancellationToken);

    /// <summary>The typed body of a case, read through the generated, strongly typed <c>Body</c> property; <see cref="NoBody"/> for cases without one.</summary>
    public static object TypedBody(ApiResponse response) => response switch
    {
        DeleteTaskResult.BadRequest r => r.Body,
        DeleteTaskResult.Unauthorized r => r.Body,
        DeleteTaskResult.Forbidden r => r.Body,
        DeleteTaskResult.NotFound r => r.Body,
        DeleteTaskResult.UnprocessableEntity r => r.Body,
        DeleteTaskResult.TooManyRequests r => r.Body,

        ArchiveTaskResult.Ok r => r.Body,
        ArchiveTaskResult.Unauthorized r => r.Body,
        ArchiveTaskResult.Forbidden r => r.Body,
        ArchiveTaskResult.NotFound r => r.Body,
        ArchiveTaskResult.UnprocessableEntity r => r.Body,
        ArchiveTaskResult.TooManyRequests r => r.Body,

        RestoreTaskResult.Ok r => r.Body,
        RestoreTaskResult.Unauthorized r => r.Body,
        RestoreTaskResult.Forbidden r => r.Body,
        RestoreTaskResult.NotFound r => r.Body,
        RestoreTaskResult.UnprocessableEntity r => r.Body,
        RestoreTaskResult.TooManyRequests r => r.Body,

        DeleteProcessResult.Unauthorized r => r.Body,
        DeleteProcessResult.Forbidden r => r.Body,
        DeleteProcessResult.NotFound r => r.Body,
        DeleteProcessResult.UnprocessableEntity r => r.Body,
        DeleteProcessResult.TooManyRequests r => r.Body,

        ReopenProcessTaskResult.Ok r => r.Body,
        ReopenProcessTaskResult.Unauthorized r => r.Body,
        ReopenProcessTaskResult.Forbidden r => r.Body,
        ReopenProcessTaskResult.NotFound r => r.Body,
        ReopenProcessTaskResult.UnprocessableEntity r => r.Body,
        ReopenProcessTaskResult.TooManyRequests r => r.Body,

        ReopenOneOffTaskResult.Ok r => r.Body,
        ReopenOneOffTaskResult.Unauthorized r => r.Body,
        ReopenOneOffTaskResult.Forbidden r => r.Body,
        ReopenOneOffTaskResult.NotFound r => r.Body,
        ReopenOneOffTaskResult.UnprocessableEntity r => r.Body,
        ReopenOneOffTaskResult.TooManyRequests r => r.Body,

        DeleteFileResult.Unauthorized r => r.Body,
        DeleteFileResult.Forbidden r => r.Body,
        DeleteFileResult.NotFound r => r.Body,
        DeleteFileResult.UnprocessableEntity r => r.Body,
        DeleteFileResult.TooManyRequests r => r.Body,

        ArchiveAssetResult.Unauthorized r => r.Body,
        ArchiveAssetResult.Forbidden r => r.Body,
        ArchiveAssetResult.NotFound r => r.Body,
        ArchiveAssetResult.UnprocessableEntity r => r.Body,
        ArchiveAssetResult.TooManyRequests r => r.Body,

        _ => NoBody.Instance,
    };

    /// <summary>The typed headers of a 429 case (the documented Retry-After and X-RateLimit-Remaining).</summary>
    public static (string? RetryAfter, int? Remaining, string? RequestId) RateLimitHeaders(ApiResponse response) => response switch
    {
        DeleteTaskResult.TooManyRequests r => (r.Headers.RetryAfter, r.Headers.XRateLimitRemaining, r.Headers.GetValue("X-Request-Id")),
        ArchiveTaskResult.TooManyRequests r => (r.Headers.RetryAfter, r.Headers.XRateLimitRemaining, r.Headers.GetValue("X-Request-Id")),
        RestoreTaskResult.TooManyRequests r => (r.Headers.RetryAfter, r.Headers.XRateLimitRemaining, r.Headers.GetValue("X-Request-Id")),
        DeleteProcessResult.TooManyRequests r => (r.Headers.RetryAfter, r.Headers.XRateLimitRemaining, r.Headers.GetValue("X-Request-Id")),
        ReopenProcessTaskResult.TooManyRequests r => (r.Headers.RetryAfter, r.Headers.XRateLimitRemaining, r.Headers.GetValue("X-Request-Id")),
        ReopenOneOffTaskResult.TooManyRequests r => (r.Headers.RetryAfter, r.Headers.XRateLimitRemaining, r.Headers.GetValue("X-Request-Id")),
        DeleteFileResult.TooManyRequests r => (r.Headers.RetryAfter, r.Headers.XRateLimitRemaining, r.Headers.GetValue("X-Request-Id")),
        ArchiveAssetResult.TooManyRequests r => (r.Headers.RetryAfter, r.Headers.XRateLimitRemaining, r.Headers.GetValue("X-Request-Id")),
        _ => throw new ArgumentException("Not a 429 case: " + response.GetType().FullName, nameof(response)),
    };

    public sealed class NoBody
    {
        public static readonly NoBody Instance = new();

        private NoBody()
        {
        }
    }
}

/// <summary>Response bodies as Tallyfy sends them (taken from the spec's examples).</summary>
public static class Bodies
{
    public const string OneOffTask =
        """{"data":{"id":"0123456789abcdef0123456789abcdef","increment_id":4711,"title":"Send the signed contract","run_id":null,"checklist_id":null,"step_id":null,"alias":null,"position":null,"status":"in-progress","status_label":"In progress","task_type":"task","is_oneoff_task":true,"is_completable":true,"is_approved":null,"owners":{"users":[1001,1002],"guests":["guest@example.com"],"groups":[]},"starter_id":1001,"completer_id":null,"started_at":"2024-03-01T09:15:00Z","deadline":"2024-03-08T17:00:00+02:00","created_at":"2024-03-01T09:15:00.000Z","last_updated":"2024-03-02T10:00:00Z","completed_at":null,"archived_at":null,"everyone_must_complete":false,"top_secret":false,"summary":"not in the spec","prerun":{"a":[1,{"b":null}]},"threads_count":3}}""";

    public const string ProcessTask =
        """{"data":{"id":"0123456789abcdef0123456789abcdef","title":"Review draft","run_id":"fedcba9876543210fedcba9876543210","checklist_id":"c0ffee00c0ffee00c0ffee00c0ffee00","step_id":"5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e","position":2,"status":"active","is_oneoff_task":false,"created_at":"2024-03-01T09:15:00Z","deadline":"2024-03-08T17:00:00+02:00","tasks_changed_by_rules":{"99999999999999999999999999999999":{"status":"auto-skipped"}},"unknown_field":"ignored"}}""";

    public const string BadRequest = """{"error":true,"message":"Only one-off tasks can be deleted."}""";

    public const string Unauthorized = """{"message":"Unauthenticated."}""";

    public const string Forbidden = """{"error":true,"message":"You don't have application's permissions for this organization!"}""";

    public const string NotFound = """{"error":true,"message":"Resource not found","code":"RESOURCE_NOT_FOUND"}""";

    public const string Unprocessable =
        """{"error":true,"message":"The given data was invalid.","errors":{"run_id":["The process must be archived before it can be deleted.","Second problem."],"org_id":[]}}""";

    public const string TooManyRequests = """{"message":"Too Many Attempts.","code":"RATE_LIMIT_EXCEEDED"}""";

    /// <summary>The body the server sends for a documented status of an operation ("" for no body).</summary>
    public static string For(string operation, int status) => status switch
    {
        200 when operation == "reopenProcessTask" => ProcessTask,
        200 when operation is "archiveTask" or "restoreTask" or "reopenOneOffTask" => OneOffTask,
        200 => string.Empty,
        204 => string.Empty,
        400 => BadRequest,
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        422 => Unprocessable,
        429 => TooManyRequests,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
