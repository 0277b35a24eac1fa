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
