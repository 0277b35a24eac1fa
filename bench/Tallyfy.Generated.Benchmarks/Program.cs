using System;
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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
