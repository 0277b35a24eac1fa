using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace Tallyfy.Generated.Cli;

/// <summary>
/// With <c>TALLYFY_CLI_TIMINGS=1</c> in the environment, <c>generate</c> prints to standard error how long each of its
/// phases took and what the collector did (collections per generation, total pause, bytes allocated, and on Linux the
/// peak resident memory): for measuring the command line's own run (bench/RESULTS.md, 3c). Off by default.
/// </summary>
internal sealed class ProcessTimings
{
    private readonly List<(string Phase, long At)> _marks = new();

    private readonly long _start = Stopwatch.GetTimestamp();

    private ProcessTimings()
    {
    }

    public static ProcessTimings? FromEnvironment() =>
        Environment.GetEnvironmentVariable("TALLYFY_CLI_TIMINGS") is "1" ? new ProcessTimings() : null;

    /// <summary>The end of a phase.</summary>
    public void Mark(string phase) => _marks.Add((phase, Stopwatch.GetTimestamp()));

    public void Report(TextWriter error)
    {
        var previous = _start;
        foreach (var (phase, at) in _marks)
        {
            error.WriteLine($"timings: {phase}: {Stopwatch.GetElapsedTime(previous, at).TotalMilliseconds:F1} ms");
            previous = at;
        }

        error.WriteLine($"timings: gc: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections; pause {GC.GetTotalPauseDuration().TotalMilliseconds:F1} ms; allocated {GC.GetTotalAllocatedBytes() / 1024 / 1024.0:F1} MB; {PeakResident()}");
        error.WriteLine("timings: collections put off: " + (!ProcessMemory.Prepared ? "no" : ProcessMemory.StillUncollected ? "yes, none since" : "yes, until the run outgrew its estimate"));
    }

    /// <summary>The process's peak resident memory (<c>VmHWM</c>), where the system says it.</summary>
    private static string PeakResident()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return "peak resident memory unknown";
        }

        var peak = "peak resident memory unknown";
        foreach (var line in File.ReadLines(status))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = "peak resident " + line.Substring("VmHWM:".Length).Trim();
            }
        }

        const string rollup = "/proc/self/smaps_rollup";
        if (File.Exists(rollup))
        {
            foreach (var line in File.ReadLines(rollup))
            {
                if (line.StartsWith("AnonHugePages:", StringComparison.Ordinal))
                {
                    peak += ", in huge pages " + line.Substring("AnonHugePages:".Length).Trim();
                }
            }
        }

        return peak;
    }
}
