using System;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Tallyfy.Generated.Benchmarks;

/// <summary>Counts the runtime's allocation ticks (one per ~100 KB allocated) by type name, for the allocation breakdowns.</summary>
internal sealed class AllocationListener : EventListener
{
    public ConcurrentDictionary<string, long> Samples { get; } = new();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && eventData.Payload is { } payload)
        {
            var index = eventData.PayloadNames!.IndexOf("TypeName");
            Samples.AddOrUpdate(payload[index]?.ToString() ?? "?", 1, (_, c) => c + 1);
        }
    }
}
