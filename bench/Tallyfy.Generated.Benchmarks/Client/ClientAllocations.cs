using System;
using System.Globalization;
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
        }
        finally
        {
            benchmarks.Cleanup();
        }
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
