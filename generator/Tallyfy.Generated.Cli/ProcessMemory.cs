using System;
using System.Globalization;
using System.IO;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Tallyfy.Generated.Cli;

/// <summary>
/// The collector's settings for one <c>generate</c> process, which lives for a fraction of a second and allocates about
/// 10 MB plus 40 to 70 times the spec's size (bench/RESULTS.md, 3c). Most of such a run was page faults (a quarter of
/// it, each 4 KB page of the heap touched for the first time) and collections (a sixth: about 20 of them, copying what
/// survives into more new pages). So, before the spec is read: the heap's address range is marked for transparent huge
/// pages (Linux, <c>madvise(MADV_HUGEPAGE)</c>: one fault per 2 MB instead of per 4 KB where the system allows it), and
/// collections are put off for an estimate of the run's allocation (<see cref="GC.TryStartNoGCRegion(long)"/>). A run
/// that allocates more than the estimate is collected as usual from then on. Only the command line's own process does
/// this (its <c>Program</c>); the source generator inside a compiler and <see cref="CommandLine.Run"/> called by a host
/// leave the collector alone. <c>TALLYFY_CLI_DEFAULT_GC=1</c> leaves it alone too, for comparing.
/// </summary>
internal static partial class ProcessMemory
{
    /// <summary>What a run allocates whatever the spec (the support code, the emitters' buffers), and more per spec byte than any spec measured.</summary>
    internal const long BaseBudget = 16L << 20;

    internal const long BudgetPerSpecByte = 80;

    /// <summary>The most put off: the collector commits the whole budget when the region starts.</summary>
    internal const long MaxBudget = 1L << 30;

    private const int MadvHugePage = 14;

    /// <summary>Whether the collections were put off (for <see cref="ProcessTimings"/>).</summary>
    public static bool Prepared { get; private set; }

    public static void PrepareFor(long specLength)
    {
        if (Environment.GetEnvironmentVariable("TALLYFY_CLI_DEFAULT_GC") is "1")
        {
            return;
        }

        if (OperatingSystem.IsLinux())
        {
            AdviseHugePages();
        }

        try
        {
            Prepared = GC.TryStartNoGCRegion(Budget(specLength));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than this runtime allows, or a region already started: collected as usual.
        }
    }

    internal static long Budget(long specLength) =>
        Math.Min(MaxBudget, BaseBudget + (Math.Min(specLength, MaxBudget) * BudgetPerSpecByte));

    /// <summary>Whether the run has allocated no more than it was given: no collection since <see cref="PrepareFor"/>.</summary>
    public static bool StillUncollected => Prepared && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion;

    /// <summary>
    /// Marks the anonymous mappings around a new object (the collector's reserved range, committed or not) for huge
    /// pages. Nothing is done where <c>/proc/self/maps</c> cannot be read; the system ignores the advice where
    /// transparent huge pages are off.
    /// </summary>
    private static void AdviseHugePages()
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines("/proc/self/maps");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        var probe = new byte[1];
        ulong address;
        unsafe
        {
            fixed (byte* p = probe)
            {
                address = (ulong)p;
            }
        }

        // Each line: start-end perms offset dev inode [path]; an anonymous mapping has no path.
        var areas = new (ulong Start, ulong End, bool Anonymous)[lines.Length];
        var found = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var fields = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var dash = fields.Length >= 5 ? fields[0].IndexOf('-') : -1;
            if (dash < 0
                || !ulong.TryParse(fields[0].AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
                || !ulong.TryParse(fields[0].AsSpan(dash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end))
            {
                return;
            }

            areas[i] = (start, end, fields.Length == 5);
            if (start <= address && address < end)
            {
                found = i;
            }
        }

        GC.KeepAlive(probe);
        if (found < 0 || !areas[found].Anonymous)
        {
            return;
        }

        var first = found;
        while (first > 0 && areas[first - 1].Anonymous && areas[first - 1].End == areas[first].Start)
        {
            first--;
        }

        var last = found;
        while (last + 1 < areas.Length && areas[last + 1].Anonymous && areas[last + 1].Start == areas[last].End)
        {
            last++;
        }

        // Advice only: a failure (or a system whose C library cannot be loaded by that name) leaves the pages as they were.
        try
        {
            _ = Madvise((nint)areas[first].Start, (nuint)(areas[last].End - areas[first].Start), MadvHugePage);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
