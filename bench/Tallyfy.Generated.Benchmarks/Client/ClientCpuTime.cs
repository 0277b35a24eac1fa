using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace Tallyfy.Generated.Benchmarks.Client;

/// <summary>
/// `cpu-pair [calls] [rounds] [204|404]`: the 204 (or the 404) call of the hand-written client and ours, timed by the
/// calling thread's own CPU time (Linux's <c>CLOCK_THREAD_CPUTIME_ID</c>) in interleaved rounds. The in-memory call runs wholly on that thread,
/// so the time another process takes from it on a loaded machine is left out, which wall-clock time cannot do.
/// </summary>
public static class ClientCpuTime
{
    private const int ThreadCpuClock = 3;

    public static void Run(int calls, int rounds, int status = 204)
    {
        var benchmarks = new ClientBenchmarks();
        benchmarks.Check();
        var methods = status == 404
            ? new (string Name, Func<Task> Call)[]
            {
                ("HandWritten", benchmarks.DeleteTaskNotFoundHandWritten),
                ("Ours", benchmarks.DeleteTaskNotFoundOurs),
            }
            : new (string Name, Func<Task> Call)[]
            {
                ("HandWritten", benchmarks.DeleteTaskHandWritten),
                ("Ours", benchmarks.DeleteTaskOurs),
            };
        var times = InterleavedRounds(methods.Select(m => m.Call).ToArray(), calls, rounds);
        benchmarks.Cleanup();
        var (hand, ours) = (times[0], times[1]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"deleteTask {status}, thread CPU ns per call over {rounds} rounds of {calls}: HandWritten min {hand.Min():F1} median {Median(hand):F1}; Ours min {ours.Min():F1} median {Median(ours):F1}; ours / hand-written: min {ours.Min() / hand.Min():F3}, median {Median(ours) / Median(hand):F3}"));
    }

    internal static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);

    /// <summary>
    /// Warms each call up, then times <paramref name="calls"/> of each in turn per round by the thread's CPU time:
    /// the nanoseconds per call of every round, one list per call.
    /// </summary>
    internal static List<double>[] InterleavedRounds(Func<Task>[] methods, int calls, int rounds)
    {
        foreach (var call in methods)
        {
            for (var i = 0; i < 200_000; i++)
            {
                call().GetAwaiter().GetResult();
            }
        }

        var times = methods.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var m = 0; m < methods.Length; m++)
            {
                var call = methods[m];
                var start = Now();
                for (var i = 0; i < calls; i++)
                {
                    call().GetAwaiter().GetResult();
                }

                times[m].Add((Now() - start) / (double)calls);
            }
        }

        return times;
    }

    internal static long Now()
    {
        _ = ClockGetTime(ThreadCpuClock, out var time);
        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
