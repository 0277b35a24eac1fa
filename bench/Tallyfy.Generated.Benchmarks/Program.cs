using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Tallyfy.Generated.Benchmarks.Generator;

namespace Tallyfy.Generated.Benchmarks;

/// <summary>
/// Entry point: BenchmarkDotNet's switcher, so <c>--filter</c>, <c>--job</c> and the rest work as usual. How to run
/// and the recorded results: bench/RESULTS.md.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        // `phases <spec> [runs]`: each phase of one generation timed and its allocation counted, without BenchmarkDotNet.
        if (args.Length > 1 && args[0] == "phases")
        {
            GenerationPhases.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10);
            return;
        }

        // `collections <spec> [runs]`: each collection of the last whole generation, with its pause and what it promoted.
        if (args.Length > 1 && args[0] == "collections")
        {
            GenerationCollections.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
            return;
        }

        // `parse <spec or path> [runs]`: the parse alone in a loop (for a profiler), with its minimum time and allocation.
        if (args.Length > 1 && args[0] == "parse")
        {
            GenerationPhases.RunParse(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50);
            return;
        }

        // `emit <spec or path> [runs]`: the emit alone in a loop over one parse (for a profiler), its minimum time and allocation.
        if (args.Length > 1 && args[0] == "emit")
        {
            GenerationPhases.RunEmit(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50);
            return;
        }

        // `shortnames <spec or path> [runs]`: the short-names pass alone in a loop over the qualified files (for a profiler).
        if (args.Length > 1 && args[0] == "shortnames")
        {
            GenerationPhases.RunShortNames(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 50);
            return;
        }

        // `breakdown <spec>`: the allocation of each kind of file, of the short-names pass and of parsing, and the types allocated.
        if (args.Length > 1 && args[0] == "breakdown")
        {
            EmitBreakdown.Run(args[1]);
            return;
        }

        // `alloc [calls]`: the exact bytes one call of each client benchmark allocates, without BenchmarkDotNet.
        if (args.Length > 0 && args[0] == "alloc")
        {
            Client.ClientAllocations.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
            return;
        }

        // `cpu-pair [calls] [rounds] [204|404]`: the 204 (or 404) of the hand-written client and ours by the thread's own CPU time.
        if (args.Length > 0 && args[0] == "cpu-pair")
        {
            Client.ClientCpuTime.Run(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 31,
                args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 204);
            return;
        }

        // `cpu-parts [calls] [rounds]`: the 204 with one part of the generated call changed at a time, by thread CPU time.
        if (args.Length > 0 && args[0] == "cpu-parts")
        {
            Tallyfy.Generated.Support.Parts.CallParts.Run(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50_000,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 21);
            return;
        }

        if (args.Length > 0 && args[0] == "alloc-types")
        {
            Client.ClientAllocations.RunTypes(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000);
            return;
        }

        // `compile-cost <folder>... [rounds] [--analyzer=CA2252]`: CPU time of compiling folders of generated C# with Roslyn, in
        // turn, cold and warm; with --analyzer, also the CPU time of the SDK's analyzer for that id over the compiled code.
        if (args.Length > 1 && args[0] == "compile-cost")
        {
            var rounds = args.Skip(1).Select(a => int.TryParse(a, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : 0).LastOrDefault(c => c > 0, 4);
            var analyzer = args.Skip(1).FirstOrDefault(a => a.StartsWith("--analyzer=", StringComparison.Ordinal))?["--analyzer=".Length..];
            CompileCost.Run(args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)).ToArray(), rounds, analyzer);
            return;
        }

        foreach (var message in BenchSpecs.AbsentMessages)
        {
            Console.WriteLine(message);
        }

        // BenchmarkDotNet builds a project of its own before running; on the shared 2-core machine that build can
        // take longer than its default 2-minute limit.
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
