using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tallyfy.Generated.Benchmarks.Client.HandWritten;

/// <summary>Tallyfy's <c>data</c> envelope around one task, as a careful engineer would model it by hand.</summary>
public sealed class HandWrittenTaskResponse
{
    public HandWrittenTask? Data { get; init; }
}

/// <summary>
/// The task: the fields of the spec's <c>Task</c> schema, snake_case on the wire through the context's naming policy.
/// <c>status</c> is an open set, so it stays a string.
/// </summary>
public sealed class HandWrittenTask
{
    public required string Id { get; init; }

    public int IncrementId { get; init; }

    public string? Title { get; init; }

    public string? RunId { get; init; }

    public string? ChecklistId { get; init; }

    public string? StepId { get; init; }

    public string? Alias { get; init; }

    public int? Position { get; init; }

    public string? Status { get; init; }

    public string? StatusLabel { get; init; }

    public string? TaskType { get; init; }

    public bool IsOneoffTask { get; init; }

    public bool IsCompletable { get; init; }

    public bool? IsApproved { get; init; }

    public HandWrittenTaskOwners? Owners { get; init; }

    public long? StarterId { get; init; }

    public long? CompleterId { get; init; }

    public string? CompleterGuestId { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? Deadline { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastUpdated { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public DateTimeOffset? ArchivedAt { get; init; }

    public bool EveryoneMustComplete { get; init; }

    public bool CanCompleteOnlyAssignees { get; init; }

    public int? MaxAssignable { get; init; }

    public string? Webhook { get; init; }

    public bool TopSecret { get; init; }

    public JsonElement? TasksChangedByRules { get; init; }
}

/// <summary>Who the task is assigned to.</summary>
public sealed class HandWrittenTaskOwners
{
    public List<long>? Users { get; init; }

    public List<string>? Guests { get; init; }

    public List<string>? Groups { get; init; }
}

/// <summary>Tallyfy's error body.</summary>
public sealed class HandWrittenError
{
    public bool? Error { get; init; }

    public string? Message { get; init; }

    public string? Code { get; init; }
}

/// <summary>
/// System.Text.Json's source generator for the models: no reflection at run time, snake_case names, unknown fields
/// skipped.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(HandWrittenTaskResponse))]
[JsonSerializable(typeof(HandWrittenError))]
internal sealed partial class HandWrittenJsonContext : JsonSerializerContext
{
}
