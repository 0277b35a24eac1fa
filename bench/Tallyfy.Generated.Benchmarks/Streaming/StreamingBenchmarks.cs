using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Tallyfy;
using Tallyfy.Generated.Benchmarks.Client;
using Tallyfy.Generated.Support;

namespace Tallyfy.Generated.Benchmarks.Streaming;

/// <summary>
/// Sequential bodies read item by item by the support's <see cref="ApiEventStream"/> (compiled into this assembly from
/// the generator's Support folder, as each client gets it): <see cref="Events"/> Server-Sent Events or JSON Lines from
/// an in-memory stream, each item's data read as Tallyfy's <see cref="RunProgress"/> by its generated reader. Allocated
/// bytes divided by <see cref="Events"/> is the memory per item; it staying the same from 1,000 to 100,000 items is
/// what shows the reader keeps nothing per item beyond the item itself.
/// </summary>
[MemoryDiagnoser]
public class StreamingBenchmarks
{
    private byte[] _events = [];
    private byte[] _lines = [];

    [Params(1_000, 100_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var events = new StringBuilder();
        var lines = new StringBuilder();
        for (var i = 0; i < Events; i++)
        {
            var data = "{\"complete\":" + i.ToString(CultureInfo.InvariantCulture) + ",\"total\":100000,\"percent\":12.5}";
            events.Append("id: ").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\nevent: progress\ndata: ").Append(data).Append("\n\n");
            lines.Append(data).Append('\n');
        }

        _events = Encoding.UTF8.GetBytes(events.ToString());
        _lines = Encoding.UTF8.GetBytes(lines.ToString());
    }

    [Benchmark]
    public async Task<long> ServerSentEventsTyped()
    {
        long sum = 0;
        await foreach (var e in ApiEventStream.ServerSentEvents(new MemoryStream(_events, writable: false), GeneratedJson.Read<RunProgress>))
        {
            sum += e.Data.Complete ?? 0;
        }

        return sum;
    }

    [Benchmark]
    public async Task<long> ServerSentEventsRawText()
    {
        long sum = 0;
        await foreach (var e in ApiEventStream.ServerSentEvents<string>(new MemoryStream(_events, writable: false), null))
        {
            sum += e.RawData.Length;
        }

        return sum;
    }

    [Benchmark]
    public async Task<long> JsonLinesTyped()
    {
        long sum = 0;
        await foreach (var item in ApiEventStream.JsonLines(new MemoryStream(_lines, writable: false), GeneratedJson.Read<RunProgress>))
        {
            sum += item.Complete ?? 0;
        }

        return sum;
    }
}
