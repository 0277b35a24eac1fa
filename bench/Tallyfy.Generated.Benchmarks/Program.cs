using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
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
        IConfig config = DefaultConfig.Instance;
        if (!RealWorldGeneratorBenchmarks.SpecPresent)
        {
            Console.WriteLine(RealWorldGeneratorBenchmarks.AbsentMessage);
            config = DefaultConfig.Instance.AddFilter(
                new SimpleFilter(benchmark => benchmark.Descriptor.Type != typeof(RealWorldGeneratorBenchmarks)));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
