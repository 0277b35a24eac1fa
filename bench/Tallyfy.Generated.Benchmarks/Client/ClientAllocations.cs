using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace Tallyfy.Generated.Benchmarks.Client;

/// <summary>
/// The exact bytes each client benchmark allocates per call, counted on the calling thread
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>): the in-memory handler answers at once, so the whole call runs
/// there. A check of BenchmarkDotNet's Allocated column that takes seconds, not minutes.
/// </summary>
public static class ClientAllocations
{
    public static void Run(int calls)
    {
        var benchmarks = new ClientBenchmarks();
        benchmarks.Check();
        try
        {
            Measure("deleteTask 204, HandWritten", calls, benchmarks.DeleteTaskHandWritten);
            Measure("deleteTask 204, Ours", calls, benchmarks.DeleteTaskOurs);
            Measure("deleteTask 404, HandWritten", calls, benchmarks.DeleteTaskNotFoundHandWritten);
            Measure("deleteTask 404, Ours", calls, benchmarks.DeleteTaskNotFoundOurs);
            Measure("reopenOneOffTask 200, HandWritten", calls, benchmarks.ReopenOneOffTaskHandWritten);
            Measure("reopenOneOffTask 200, Ours", calls, benchmarks.ReopenOneOffTaskOurs);

            // A caller who never disposes the result: its pooled array is left to the GC, so each call rents a new one.
            using var http = CannedResponseHandler.Client(System.Net.HttpStatusCode.OK, Payloads.ReopenedTask);
            var client = new TallyfyClient(http);
            Measure("reopenOneOffTask 200, Ours undisposed", calls, async () =>
            {
                var result = await client.ReopenOneOffTaskAsync("org_7d3e5f", "8c2f4e6a0b1d3f5a7c9e1b3d5f7a9c0e").ConfigureAwait(false);
                return result is ReopenOneOffTaskResult.Ok ok ? ok.Body.Data.Id : null;
            });
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    /// <summary>`alloc-types [calls]`: which types one call allocates, from the runtime's sampled allocation events (every ~100 KB).</summary>
    public static void RunTypes(int calls)
    {
        var benchmarks = new ClientBenchmarks();
        benchmarks.Check();
        foreach (var (name, call) in new (string, Func<Task>)[]
        {
            ("deleteTask 204, HandWritten", benchmarks.DeleteTaskHandWritten),
            ("deleteTask 204, Ours", benchmarks.DeleteTaskOurs),
            ("reopenOneOffTask 200, HandWritten", benchmarks.ReopenOneOffTaskHandWritten),
            ("reopenOneOffTask 200, Ours", benchmarks.ReopenOneOffTaskOurs),
        })
        {
            for (var i = 0; i < 1000; i++)
            {
                call().GetAwaiter().GetResult();
            }

            using var listener = new AllocationListener();
            for (var i = 0; i < calls; i++)
            {
                call().GetAwaiter().GetResult();
            }

            listener.Dispose();
            var total = listener.Samples.Values.Sum();
            Console.WriteLine(name + ": " + total + " samples");
            foreach (var (type, count) in listener.Samples.OrderByDescending(p => p.Value).Select(p => (p.Key, p.Value)))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count * 100_000.0 / calls,8:N1} B/call  {type}"));
            }
        }

        benchmarks.Cleanup();
    }


    private static void Measure<T>(string name, int calls, Func<Task<T>> call)
    {
        for (var i = 0; i < 1000; i++)
        {
            call().GetAwaiter().GetResult();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
        {
            var task = call();
            if (!task.IsCompleted)
            {
                throw new InvalidOperationException(name + " did not complete at once: its allocations are not all on this thread.");
            }

            task.GetAwaiter().GetResult();
        }

        var perCall = (double)(GC.GetAllocatedBytesForCurrentThread() - before) / calls;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36} {perCall,10:N1} B per call"));
    }
}
