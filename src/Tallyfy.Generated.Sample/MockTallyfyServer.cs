#nullable enable

using System;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Tallyfy.Generated.Sample;

/// <summary>
/// An in-process HTTP server that behaves like Tallyfy for the eight operations of
/// <c>spec/tallyfy.openapi.json</c>. Paths are served at the server root, so a client's base URL
/// is <see cref="Url"/> itself.
/// </summary>
/// <remarks>
/// Every request must carry <c>X-Tallyfy-Client: APIClient</c> (otherwise 404
/// <c>ENDPOINT_NOT_FOUND</c>, as Tallyfy does) and an <c>Authorization</c> header starting with
/// <c>Bearer </c> (otherwise 401 <c>Unauthenticated.</c>). Any other request gets 404
/// <c>ENDPOINT_NOT_FOUND</c>. Every response carries <c>X-Request-Id</c>. In WireMock.Net the
/// mapping with the lowest priority number wins among those that match.
/// </remarks>
internal sealed class MockTallyfyServer : IDisposable
{
    /// <summary>The value of <c>X-Request-Id</c> on every response.</summary>
    public const string RequestId = "req_4f9c2b7e1a6d4c0f8e3b5a7d9c1e2f40";

    private const string JsonContentType = "application/json";

    // Priorities: lower number wins.
    private const int MissingClientPriority = 1;
    private const int MissingAuthorizationPriority = 2;
    private const int OperationPriority = 10;
    private const int CatchAllPriority = 1000;

    private const string EndpointNotFoundBody =
        """{"error":true,"message":"Endpoint not found","code":"ENDPOINT_NOT_FOUND"}""";

    private const string UnauthenticatedBody = """{"message":"Unauthenticated."}""";

    private readonly WireMockServer _server;

    private MockTallyfyServer(WireMockServer server)
    {
        _server = server;
        Url = server.Url ?? throw new InvalidOperationException("WireMock.Net started without a URL.");
        Configure();
    }

    /// <summary>The server's base URL, e.g. <c>http://localhost:PORT</c>, with no trailing slash.</summary>
    public string Url { get; }

    /// <summary>Starts a server on a free port of the loopback interface.</summary>
    public static MockTallyfyServer Start() =>
        new(WireMockServer.Start(new WireMockServerSettings { Urls = new[] { "http://127.0.0.1:0" } }));

    /// <summary>Stops the server.</summary>
    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }

    private void Configure()
    {
        // Without X-Tallyfy-Client Tallyfy does not find the endpoint at all.
        _server
            .Given(Request.Create()
                .UsingAnyMethod()
                .WithHeader("X-Tallyfy-Client", "APIClient", ignoreCase: false, MatchBehaviour.RejectOnMatch))
            .AtPriority(MissingClientPriority)
            .RespondWith(Json(404, EndpointNotFoundBody));

        // A missing Authorization header, or one that is not a bearer token.
        _server
            .Given(Request.Create()
                .UsingAnyMethod()
                .WithHeader("Authorization", "Bearer *", ignoreCase: false, MatchBehaviour.RejectOnMatch))
            .AtPriority(MissingAuthorizationPriority)
            .RespondWith(Json(401, UnauthenticatedBody));

        // deleteTask
        Map("DELETE", "^/organizations/[^/]+/tasks/[^/]+/delete$", NoBody(204));

        // archiveTask
        Map("DELETE", "^/organizations/[^/]+/tasks/[^/]+$", NoBody(204));

        // restoreTask
        Map("PUT", "^/organizations/[^/]+/tasks/[^/]+/restore$",
            Json(200, TaskEnvelope(ProcessTaskJson(status: "active", completed: false))));

        // deleteProcess
        Map("DELETE", "^/organizations/[^/]+/runs/[^/]+/delete$", NoBody(200));

        // reopenProcessTask
        Map("DELETE", "^/organizations/[^/]+/runs/[^/]+/completed-tasks/[^/]+$",
            Json(200, TaskEnvelope(ProcessTaskJson(status: "not-started", completed: false, reopened: true))));

        // reopenOneOffTask
        Map("DELETE", "^/organizations/[^/]+/completed-tasks/[^/]+$",
            Json(200, TaskEnvelope(OneOffTaskJson())));

        // deleteFile
        Map("DELETE", "^/organizations/[^/]+/file/[^/]+$", NoBody(200));

        // archiveAsset
        Map("DELETE", "^/organizations/[^/]+/assets/[^/]+$", NoBody(200));

        // Anything else: an unknown path or method.
        _server
            .Given(Request.Create().UsingAnyMethod())
            .AtPriority(CatchAllPriority)
            .RespondWith(Json(404, EndpointNotFoundBody));
    }

    private void Map(string method, string pathRegex, IResponseBuilder response)
    {
        _server
            .Given(Request.Create()
                .UsingMethod(method)
                .WithPath(new RegexMatcher(pathRegex))
                .WithHeader("X-Tallyfy-Client", new ExactMatcher("APIClient"))
                .WithHeader("Authorization", new WildcardMatcher("Bearer *", ignoreCase: false)))
            .AtPriority(OperationPriority)
            .RespondWith(response);
    }

    private static IResponseBuilder NoBody(int statusCode) =>
        Response.Create()
            .WithStatusCode(statusCode)
            .WithHeader("X-Request-Id", RequestId);

    private static IResponseBuilder Json(int statusCode, string body) =>
        Response.Create()
            .WithStatusCode(statusCode)
            .WithHeader("Content-Type", JsonContentType)
            .WithHeader("X-Request-Id", RequestId)
            .WithBody(body);

    private static string TaskEnvelope(string task) => "{\"data\":" + task + "}";

    // A task of a process, with every field the spec lists plus one it does not ("summary").
    private static string ProcessTaskJson(string status, bool completed, bool reopened = false) =>
        $$"""
        {
          "id": "8c2f4e6a0b1d3f5a7c9e1b3d5f7a9c0e",
          "increment_id": 1042,
          "title": "Review the signed contract",
          "run_id": "3a5c7e9b1d2f4a6c8e0b2d4f6a8c0e1b",
          "checklist_id": "5e7a9c1b3d5f7a9c1e3b5d7f9a1c3e5b",
          "step_id": "7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a",
          "alias": "review-contract",
          "position": 3,
          "status": "{{status}}",
          "status_label": "{{(status == "not-started" ? "Not started" : "Active")}}",
          "task_type": "task",
          "is_oneoff_task": false,
          "is_completable": true,
          "is_approved": null,
          "owners": { "users": [10234, 10877], "guests": ["client@example.com"], "groups": ["c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6"] },
          "starter_id": 10234,
          "completer_id": {{(completed ? "10877" : "null")}},
          "completer_guest_id": null,
          "started_at": "2025-01-31T09:15:00.000Z",
          "deadline": "2025-02-07T17:00:00.000Z",
          "created_at": "2025-01-31T09:15:00.000Z",
          "last_updated": "2025-02-03T14:42:10.000Z",
          "completed_at": null,
          "archived_at": null,
          "everyone_must_complete": false,
          "can_complete_only_assignees": true,
          "max_assignable": null,
          "webhook": null,
          "top_secret": false,
          {{(reopened ? "\"tasks_changed_by_rules\": { \"6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a6c\": { \"status\": \"not-started\" } }," : "")}}
          "summary": "Check the countersigned contract and file it."
        }
        """;

    // A one-off task (run_id null), with every field the spec lists plus one it does not ("summary").
    private static string OneOffTaskJson() =>
        """
        {
          "id": "2d4f6a8c0e1b3d5f7a9c1e3b5d7f9a1c",
          "increment_id": 1057,
          "title": "Renew the office insurance",
          "run_id": null,
          "checklist_id": null,
          "step_id": null,
          "alias": null,
          "position": null,
          "status": "active",
          "status_label": "Active",
          "task_type": "task",
          "is_oneoff_task": true,
          "is_completable": true,
          "is_approved": null,
          "owners": { "users": [10234], "guests": [], "groups": [] },
          "starter_id": 10234,
          "completer_id": null,
          "completer_guest_id": null,
          "started_at": "2025-01-31T09:15:00.000Z",
          "deadline": "2025-02-14T17:00:00.000Z",
          "created_at": "2025-01-31T09:15:00.000Z",
          "last_updated": "2025-02-04T08:30:00.000Z",
          "completed_at": null,
          "archived_at": null,
          "everyone_must_complete": false,
          "can_complete_only_assignees": false,
          "max_assignable": 5,
          "webhook": null,
          "top_secret": false,
          "tasks_changed_by_rules": null,
          "summary": "Call the broker before the policy lapses."
        }
        """;
}
