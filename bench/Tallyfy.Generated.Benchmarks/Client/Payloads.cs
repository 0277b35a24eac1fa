using System.Text;

namespace Tallyfy.Generated.Benchmarks.Client;

/// <summary>Response bodies, as bytes prepared once: the same ones the sample's mock Tallyfy server answers with.</summary>
internal static class Payloads
{
    /// <summary>
    /// restoreTask's 200 body: the process task of <c>src/Tallyfy.Generated.Sample/MockTallyfyServer.cs</c>
    /// (status "active", not completed) in Tallyfy's <c>data</c> envelope, with one field the spec does not list.
    /// </summary>
    public const string TaskEnvelopeJson =
        """
        {"data":{
          "id": "8c2f4e6a0b1d3f5a7c9e1b3d5f7a9c0e",
          "increment_id": 1042,
          "title": "Review the signed contract",
          "run_id": "3a5c7e9b1d2f4a6c8e0b2d4f6a8c0e1b",
          "checklist_id": "5e7a9c1b3d5f7a9c1e3b5d7f9a1c3e5b",
          "step_id": "7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a",
          "alias": "review-contract",
          "position": 3,
          "status": "active",
          "status_label": "Active",
          "task_type": "task",
          "is_oneoff_task": false,
          "is_completable": true,
          "is_approved": null,
          "owners": { "users": [10234, 10877], "guests": ["client@example.com"], "groups": ["c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6"] },
          "starter_id": 10234,
          "completer_id": null,
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
          "summary": "Check the countersigned contract and file it."
        }}
        """;

    /// <summary>Tallyfy's 404 body for an id that does not exist.</summary>
    public const string NotFoundJson = """{"error":true,"message":"Task not found","code":"RESOURCE_NOT_FOUND"}""";

    /// <summary>The value of <c>X-Request-Id</c> on every response, as the mock server sends it.</summary>
    public const string RequestId = "req_4f9c2b7e1a6d4c0f8e3b5a7d9c1e2f40";

    public static readonly byte[] TaskEnvelope = Encoding.UTF8.GetBytes(TaskEnvelopeJson);

    public static readonly byte[] NotFound = Encoding.UTF8.GetBytes(NotFoundJson);
}
