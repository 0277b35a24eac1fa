using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.IO;
using System.Threading;
using Tallyfy.Generated.SourceGenerator;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.Benchmarks.Generator;

/// <summary>
/// Each collection during one whole <see cref="ClientGeneration.Generate"/> (after a full collection): its generation,
/// its reason, its pause and what it promoted out of each generation, from the runtime's GC events.
/// </summary>
internal static class GenerationCollections
{
    public static void Run(string specName, int runs)
    {
        var spec = BenchSpecs.Get(specName);
        var file = new SpecFile(spec.Path, File.ReadAllText(spec.Path), spec.Namespace, spec.ClientName);
        Kept(file);
        Console.WriteLine("the parse's result keeps " + (Kept(file) / 1e6).ToString("F2") + " MB alive");
        using var listener = new Listener();
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            Thread.Sleep(200);
            lock (listener.Lines)
            {
                listener.Lines.Clear();
                listener.Recording = true;
            }

            var first = GC.CollectionCount(0);
            var parsed = ClientGeneration.Parse(file, CancellationToken.None);
            var afterParse = GC.CollectionCount(0);
            var emitted = ClientGeneration.Emit(spec.Path, parsed.Client!, CancellationToken.None);
            var afterEmit = GC.CollectionCount(0);
            GC.KeepAlive(emitted);
            GC.KeepAlive(parsed);
            Thread.Sleep(200);
            lock (listener.Lines)
            {
                listener.Recording = false;
                if (run == runs - 1)
                {
                    Console.WriteLine("parse: GC#" + (first + 1) + " to #" + afterParse + "; emit: to #" + afterEmit);
                    foreach (var line in listener.Lines)
                    {
                        Console.WriteLine(line);
                    }
                }
            }
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static long Kept(SpecFile file)
    {
        var empty = GC.GetTotalMemory(true);
        var parsed = ClientGeneration.Parse(file, CancellationToken.None);
        var kept = GC.GetTotalMemory(true) - empty;
        GC.KeepAlive(parsed);
        return kept;
    }

    private sealed class Listener : EventListener
    {
        private DateTime _start;
        private string _head = "";

        public List<string> Lines { get; } = new();

        public bool Recording { get; set; }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Informational, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            lock (Lines)
            {
                if (!Recording || e.Payload is null)
                {
                    return;
                }

                string Get(string name) => e.Payload[e.PayloadNames!.IndexOf(name)]?.ToString() ?? "?";
                switch (e.EventName)
                {
                    case "GCStart_V2":
                        _start = e.TimeStamp;
                        _head = "GC#" + Get("Count") + " gen" + Get("Depth") + " reason " + Get("Reason");
                        break;
                    case "GCEnd_V1":
                        _head += " took " + (e.TimeStamp - _start).TotalMilliseconds.ToString("F2") + " ms";
                        break;
                    case "GCHeapStats_V2":
                        Lines.Add(_head + " | promoted gen0 " + (long.Parse(Get("TotalPromotedSize0")) / 1e6).ToString("F2") + " MB, gen1 "
                            + (long.Parse(Get("TotalPromotedSize1")) / 1e6).ToString("F2") + " MB | sizes gen0 " + (long.Parse(Get("GenerationSize0")) / 1e6).ToString("F2")
                            + " gen1 " + (long.Parse(Get("GenerationSize1")) / 1e6).ToString("F2") + " gen2 " + (long.Parse(Get("GenerationSize2")) / 1e6).ToString("F2")
                            + " LOH " + (long.Parse(Get("GenerationSize3")) / 1e6).ToString("F2"));
                        break;
                }
            }
        }
    }
}
