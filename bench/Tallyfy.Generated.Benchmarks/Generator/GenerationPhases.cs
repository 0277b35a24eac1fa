using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using Tallyfy.Generated.SourceGenerator;
using Tallyfy.Generated.SourceGenerator.Emitting;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Parsing;

namespace Tallyfy.Generated.Benchmarks.Generator;

/// <summary>
/// Time and exact allocation of each phase of a generation on one spec, without BenchmarkDotNet: a bare
/// <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the spec's bytes (the floor), our
/// parse, our emit (the emitters and the short-names pass) and the whole <see cref="ClientGeneration.Generate"/>, each
/// after a full collection; the minimum time of the runs, the allocation of the current thread.
/// </summary>
internal static class GenerationPhases
{
    public static void Run(string specName, int runs)
    {
        var spec = BenchSpecs.Get(specName);
        var text = File.ReadAllText(spec.Path);
        var bytes = Encoding.UTF8.GetBytes(text);
        var file = new SpecFile(spec.Path, text, spec.Namespace, spec.ClientName);
        double floor = double.MaxValue, read = double.MaxValue, parse = double.MaxValue, emit = double.MaxValue, uses = double.MaxValue, whole = double.MaxValue;
        long readBytes = 0, parseBytes = 0, emitBytes = 0, usesBytes = 0, wholeBytes = 0, chars = 0;
        var files = 0;
        var diagnostics = 0;
        string parseCollections = "", emitCollections = "", wholeCollections = "";
        double parsePaused = 0, emitPaused = 0, wholePaused = 0, wholeCpu = double.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            Collect();
            var stopwatch = Stopwatch.StartNew();
            using (JsonDocument.Parse(bytes))
            {
                floor = Math.Min(floor, stopwatch.Elapsed.TotalMilliseconds);
            }

            Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            stopwatch.Restart();
            var tree = SpecReader.Read(spec.Path, text);
            read = Math.Min(read, stopwatch.Elapsed.TotalMilliseconds);
            readBytes = GC.GetAllocatedBytesForCurrentThread() - before;
            tree.Release();
            tree = null;

            Collect();
            before = GC.GetAllocatedBytesForCurrentThread();
            var counts = Collections();
            var pausedBefore = GC.GetTotalPauseDuration();
            stopwatch.Restart();
            var parsed = ClientGeneration.Parse(file, CancellationToken.None);
            parse = Math.Min(parse, stopwatch.Elapsed.TotalMilliseconds);
            parsePaused = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;
            parseBytes = GC.GetAllocatedBytesForCurrentThread() - before;
            parseCollections = CollectionsSince(counts);
            var client = parsed.Client ?? throw new InvalidOperationException("The " + specName + " spec did not parse.");
            diagnostics = parsed.Diagnostics.Count;

            Collect();
            before = GC.GetAllocatedBytesForCurrentThread();
            counts = Collections();
            pausedBefore = GC.GetTotalPauseDuration();
            stopwatch.Restart();
            var emitted = ClientGeneration.Emit(spec.Path, client, CancellationToken.None);
            emit = Math.Min(emit, stopwatch.Elapsed.TotalMilliseconds);
            emitPaused = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;
            emitBytes = GC.GetAllocatedBytesForCurrentThread() - before;
            emitCollections = CollectionsSince(counts);
            files = emitted.Files.Count;
            chars = emitted.Files.Sum(f => (long)f.Text.Length);

            // Which support parts the files use: a part of the emit above, timed again alone (what the code contains of
            // the support's conditions was gathered by the short-names pass, so it is gathered here untimed).
            var texts = emitted.Files.Select(f => f.Text).ToList();
            var facts = SupportEmitter.NewFacts();
            ShortNames.Gather(texts, facts);
            Collect();
            before = GC.GetAllocatedBytesForCurrentThread();
            stopwatch.Restart();
            var used = SupportEmitter.Uses(texts, facts);
            uses = Math.Min(uses, stopwatch.Elapsed.TotalMilliseconds);
            usesBytes = GC.GetAllocatedBytesForCurrentThread() - before;
            GC.KeepAlive(used);

            parsed = null;
            emitted = null;
            Collect();
            before = GC.GetAllocatedBytesForCurrentThread();
            counts = Collections();
            pausedBefore = GC.GetTotalPauseDuration();
            var cpuBefore = Client.ClientCpuTime.Now();
            stopwatch.Restart();
            var result = ClientGeneration.Generate(file, CancellationToken.None);
            whole = Math.Min(whole, stopwatch.Elapsed.TotalMilliseconds);

            // The thread's own CPU time: a workstation collection of gen0 or gen1 runs on the thread that allocated, so
            // this counts the collections too, and less of what the rest of a shared machine does.
            wholeCpu = Math.Min(wholeCpu, (Client.ClientCpuTime.Now() - cpuBefore) / 1e6);
            wholePaused = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;
            wholeBytes = GC.GetAllocatedBytesForCurrentThread() - before;
            wholeCollections = CollectionsSince(counts);
            GC.KeepAlive(result);
        }

        Console.WriteLine(specName + ": " + files + " files, " + (chars / 1e6).ToString("F2") + " M chars; minima of " + runs + " runs");
        Console.WriteLine("floor " + floor.ToString("F1") + " ms | parse " + parse.ToString("F1") + " ms, " + (parseBytes / 1e6).ToString("F1")
            + " MB, " + parseCollections + ", paused " + parsePaused.ToString("F1") + " ms (" + diagnostics + " diagnostics; of it reading the node tree " + read.ToString("F1") + " ms, " + (readBytes / 1e6).ToString("F1")
            + " MB) | emit + short names " + emit.ToString("F1") + " ms, " + (emitBytes / 1e6).ToString("F1") + " MB, " + emitCollections + ", paused " + emitPaused.ToString("F1") + " ms (of it the support uses "
            + uses.ToString("F1") + " ms, " + (usesBytes / 1e6).ToString("F1") + " MB) | whole Generate "
            + whole.ToString("F1") + " ms, " + (wholeBytes / 1e6).ToString("F1") + " MB, " + wholeCollections + ", paused " + wholePaused.ToString("F1") + " ms, thread CPU " + wholeCpu.ToString("F1") + " ms (" + (whole / floor).ToString("F1") + "× the floor)");

        // The steps of a whole run as Generate takes them, one after the other with no collection between: a step reads
        // slower after the one before it than alone after a full collection (the model lies among the parse's garbage).
        double oneParse = double.MaxValue, oneEmit = double.MaxValue, oneSupport = double.MaxValue;
        for (var run = 0; run < runs; run++)
        {
            Collect();
            var stopwatch = Stopwatch.StartNew();
            var parsed = ClientGeneration.Parse(file, CancellationToken.None);
            var parsedAt = stopwatch.Elapsed.TotalMilliseconds;
            var emitted = ClientGeneration.Emit(spec.Path, parsed.Client!, CancellationToken.None);
            var emittedAt = stopwatch.Elapsed.TotalMilliseconds;
            GC.KeepAlive(ClientGeneration.EmitSupport(parsed.Client!.Namespace, emitted.SupportUses));
            var supportAt = stopwatch.Elapsed.TotalMilliseconds;
            oneParse = Math.Min(oneParse, parsedAt);
            oneEmit = Math.Min(oneEmit, emittedAt - parsedAt);
            oneSupport = Math.Min(oneSupport, supportAt - emittedAt);
        }

        Console.WriteLine("in one go (as Generate runs them, minima of " + runs + "): parse " + oneParse.ToString("F1") + " ms | emit + short names "
            + oneEmit.ToString("F1") + " ms | support file " + oneSupport.ToString("F1") + " ms");
    }

    /// <summary>
    /// <see cref="ClientGeneration.Parse"/> alone, run <paramref name="runs"/> times on a benchmark spec (by name) or any
    /// spec file (by path): what a profiler attached to the process samples is the parse; prints the minimum time and the
    /// allocation of one run.
    /// </summary>
    public static void RunParse(string specNameOrPath, int runs)
    {
        var (spec, file) = SpecOf(specNameOrPath);
        var diagnostics = 0;
        var line = Loop(runs, () => diagnostics = ClientGeneration.Parse(file, CancellationToken.None).Diagnostics.Count);
        Console.WriteLine(spec.Name + ": parse " + line + " (" + diagnostics + " diagnostics); minimum of " + runs + " runs");
    }

    /// <summary>The emit alone in a loop (for a profiler), over one parse: its minimum time and allocation.</summary>
    public static void RunEmit(string specNameOrPath, int runs)
    {
        var (spec, file) = SpecOf(specNameOrPath);
        var client = ClientGeneration.Parse(file, CancellationToken.None).Client
            ?? throw new InvalidOperationException("The " + spec.Name + " spec did not parse.");
        var line = Loop(runs, () => ClientGeneration.Emit(spec.Path, client, CancellationToken.None));
        Console.WriteLine(spec.Name + ": emit " + line + "; minimum of " + runs + " runs");
    }

    /// <summary>
    /// The short-names pass alone in a loop (for a profiler), over the client's files as the emitters write them (every
    /// name qualified), written once: its minimum time and allocation.
    /// </summary>
    public static void RunShortNames(string specNameOrPath, int runs)
    {
        var (spec, file) = SpecOf(specNameOrPath);
        var client = ClientGeneration.Parse(file, CancellationToken.None).Client
            ?? throw new InvalidOperationException("The " + spec.Name + " spec did not parse.");
        var writer = new SourceWriter();
        try
        {
            var texts = Emitter.WriteQualified(writer, client, new List<string>(), CancellationToken.None);
            var line = Loop(runs, () => ShortNames.Apply(client.Namespace, texts, SupportEmitter.Template, SupportEmitter.NewFacts()));

            // The scan alone (every identifier read, every global:: name found; nothing decided or rewritten), as
            // ShortNames.Gather does it over the same texts.
            var strings = texts.Select(t => t.ToString()).ToList();
            var scan = Loop(runs, () => ShortNames.Gather(strings, SupportEmitter.NewFacts()));
            Console.WriteLine(spec.Name + ": short names of " + texts.Length + " files, " + (texts.Sum(t => (long)t.Length) / 1e6).ToString("F2")
                + " M chars qualified: " + line + "; of it the scan alone " + scan + "; minimum of " + runs + " runs");
        }
        finally
        {
            writer.Release();
        }
    }

    /// <summary>A benchmark spec by name, or any spec file by path, and its text as a generation reads it.</summary>
    private static (BenchSpec Spec, SpecFile File) SpecOf(string specNameOrPath)
    {
        var spec = File.Exists(specNameOrPath)
            ? new BenchSpec(Path.GetFileNameWithoutExtension(specNameOrPath), Path.GetFullPath(specNameOrPath), "Bench", "BenchClient")
            : BenchSpecs.Get(specNameOrPath);
        return (spec, new SpecFile(spec.Path, File.ReadAllText(spec.Path), spec.Namespace, spec.ClientName));
    }

    /// <summary>
    /// Runs <paramref name="phase"/> <paramref name="runs"/> times, each after a full collection: its minimum time, the
    /// collections' pause in that run, and the last run's exact allocation and collections.
    /// </summary>
    private static string Loop(int runs, Action phase)
    {
        double minimum = double.MaxValue, paused = 0;
        long bytes = 0;
        var collections = "";
        for (var run = 0; run < runs; run++)
        {
            Collect();
            var counts = Collections();
            var pausedBefore = GC.GetTotalPauseDuration();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var stopwatch = Stopwatch.StartNew();
            phase();
            var elapsed = stopwatch.Elapsed.TotalMilliseconds;
            if (elapsed < minimum)
            {
                minimum = elapsed;
                paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds;
            }

            bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            collections = CollectionsSince(counts);
        }

        return minimum.ToString("F1") + " ms (of it paused for collections " + paused.ToString("F1") + " ms), "
            + (bytes / 1e6).ToString("F1") + " MB, " + collections;
    }

    private static (int Gen0, int Gen1, int Gen2) Collections() => (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    // The collections of the last run of a phase, each generation's count (a gen1 collection counts as a gen0 one too).
    private static string CollectionsSince((int Gen0, int Gen1, int Gen2) start)
    {
        var now = Collections();
        return "GCs " + (now.Gen0 - start.Gen0) + "/" + (now.Gen1 - start.Gen1) + "/" + (now.Gen2 - start.Gen2);
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
