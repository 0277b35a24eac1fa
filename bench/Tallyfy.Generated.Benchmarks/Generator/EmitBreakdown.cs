using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Tallyfy.Generated.SourceGenerator;
using Tallyfy.Generated.SourceGenerator.Emitting;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.Benchmarks.Generator;

/// <summary>
/// Where one generation's allocation goes: each kind of file emitted alone and the short-names pass alone (exact bytes
/// of the current thread), then the types the whole <see cref="ClientGeneration.Generate"/> allocates, from the
/// runtime's allocation ticks (one about every 100 KB, so types allocating less than that show rarely or not at all).
/// </summary>
internal static class EmitBreakdown
{
    public static void Run(string specName)
    {
        var spec = BenchSpecs.Get(specName);
        var file = new SpecFile(spec.Path, File.ReadAllText(spec.Path), spec.Namespace, spec.ClientName);
        var client = ClientGeneration.Parse(file, CancellationToken.None).Client ?? throw new InvalidOperationException("The spec did not parse.");
        for (var round = 0; round < 2; round++)
        {
            Console.WriteLine("round " + (round + 1));
            var fresh = ClientGeneration.Parse(file, CancellationToken.None).Client!;
            Measure("client members plan", () => ClientMembers.Of(fresh));
            Measure("client, members planned", () => ClientEmitter.Emit(fresh));
            var clientText = Measure("client", () => ClientEmitter.Emit(client));
            Measure("unions", () => client.Operations.Select(operation => UnionEmitter.Emit(client, operation)).ToList());
            Measure("models", () => client.Types.Select(type => ModelEmitter.Emit(type, client.Namespace, client.ClosedTypes)).ToList());
            Measure("client, written only", () => Written(WriteClient));
            Measure("unions, written only", () => Written(WriteUnions));
            Measure("models, written only", () => Written(WriteModels));
            var qualified = Emitter.EmitClient(client).Select(f => f.Text).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  output: {qualified.Count} files, {qualified.Sum(t => t.Length) / 1e6:F2} M chars ({qualified.Sum(t => t.Length) * 2 / 1e6:F2} MB as strings)"));
            Measure("whole emit", () => Emitter.EmitClient(client).ToList());
            Measure("short names of the client file", () => ShortNames.Apply(client.Namespace, new[] { clientText }, SupportEmitter.Template));
            var facts = Gathered(qualified);
            Measure("support uses", () => SupportEmitter.Uses(qualified, facts));
            Measure("parse", () => ClientGeneration.Parse(file, CancellationToken.None));
            Measure("whole Generate", () => ClientGeneration.Generate(file, CancellationToken.None));
        }

        Histogram("parse", () => ClientGeneration.Parse(file, CancellationToken.None));
        Histogram("models, written only", () => Written(WriteModels));
        Histogram("unions, written only", () => Written(WriteUnions));
        Histogram("client, written only", () => Written(WriteClient));
        Histogram("emit + short names", () => ClientGeneration.Emit(spec.Path, client, CancellationToken.None));

        // Each kind of file written into one writer, with no string made of it.
        void WriteClient(SourceWriter writer) => ClientEmitter.Emit(writer, client);

        void WriteUnions(SourceWriter writer)
        {
            foreach (var operation in client.Operations)
            {
                UnionEmitter.Emit(writer, client, operation);
            }
        }

        void WriteModels(SourceWriter writer)
        {
            foreach (var type in client.Types)
            {
                ModelEmitter.Emit(writer, type, client.Namespace, client.ClosedTypes);
            }
        }
    }

    /// <summary>What <paramref name="texts"/>' code contains of the support's conditions, as the short-names pass gathers it.</summary>
    private static CodeFacts Gathered(IReadOnlyCollection<string> texts)
    {
        var facts = SupportEmitter.NewFacts();
        ShortNames.Gather(texts, facts);
        return facts;
    }

    private static void Histogram(string name, Func<object> action)
    {
        const int Runs = 5;
        using var listener = new AllocationListener();
        for (var i = 0; i < Runs; i++)
        {
            GC.KeepAlive(action());
        }

        Thread.Sleep(2000);
        listener.Dispose();
        Console.WriteLine(name + ", allocation ticks per run (~100 KB each), by type:");
        foreach (var (type, count) in listener.Samples.OrderByDescending(p => p.Value).Take(25).Select(p => (p.Key, p.Value)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {count / (double)Runs,8:N1}  {type}"));
        }
    }

    /// <summary>Text written into one writer and given back to the pool, no string made: the emitters' own allocation.</summary>
    private static int Written(Action<SourceWriter> write)
    {
        var writer = new SourceWriter();
        write(writer);
        var length = writer.Length;
        writer.Release();
        return length;
    }

    private static T Measure<T>(string name, Func<T> action)
    {
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = action();
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-34} {bytes / 1e6,8:F2} MB"));
        return result;
    }
}
