using System.Text;

namespace Tallyfy.Generated.Benchmarks.Client;

/// <summary>Response bodies, as bytes prepared once, in the shape Tallyfy answers with.</summary>
internal static class Payloads
{
    /// <summary>
    /// reopenOneOffTask's 200 body: a reopened one-off task (so <c>run_id</c>, <c>checklist_id</c> and <c>step_id</c>
    /// are null, <c>completed_at</c> too) in Tallyfy's <c>data</c> envelope, with three fields the spec does not list.
    /// 1,190 bytes as UTF-8.
    /// </summary>
    public const string ReopenedTaskJson =
        """
        {"data":{
          "id": "8c2f4e6a0b1d3f5a7c9e1b3d5f7a9c0e",
          "increment_id": 1042,
          "title": "Review the signed contract and file it with the client's records",
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
          "tasks_changed_by_rules": null,
          "summary": "Check the countersigned contract, compare it with the approved draft and file it with the client's records.",
          "form_fields_count": 3,
          "prerun_status": "not-applicable"
        }}
        """;

    /// <summary>Tallyfy's 404 body for an id that does not exist.</summary>
    public const string NotFoundJson = """{"error":true,"message":"Task not found","code":"RESOURCE_NOT_FOUND"}""";

    /// <summary>The value of <c>X-Request-Id</c> on every response, as Tallyfy sends it.</summary>
    public const string RequestId = "req_4f9c2b7e1a6d4c0f8e3b5a7d9c1e2f40";

    public static readonly byte[] ReopenedTask = Encoding.UTF8.GetBytes(ReopenedTaskJson);

    public static readonly byte[] NotFound = Encoding.UTF8.GetBytes(NotFoundJson);
}
