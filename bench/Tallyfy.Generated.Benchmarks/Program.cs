using System;
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

        // `compile-cost <folder> [runs]`: CPU time of compiling a folder of generated C# with Roslyn, cold and warm.
        if (args.Length > 1 && args[0] == "compile-cost")
        {
            CompileCost.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 4);
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
