using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NSwagTaskResponse = Peers.NSwag.TaskResponse;

namespace Tallyfy.Generated.Benchmarks.Client;

/// <summary>
/// JSON only, on the same ~1 KB bytes: the generated <see cref="TaskResponseJsonConverter"/> (a
/// <see cref="Utf8JsonReader"/> loop emitted for the model) against System.Text.Json's reflection-based serializer
/// reading NSwag's model, with one options instance reused as NSwag's client does.
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private static readonly JsonSerializerOptions NSwagOptions = new();

    private readonly byte[] _json = Payloads.TaskEnvelope;

    [Benchmark(Baseline = true)]
    public TaskResponse GeneratedReadValue()
    {
        var reader = new Utf8JsonReader(_json);
        reader.Read();
        return TaskResponseJsonConverter.ReadValue(ref reader);
    }

    [Benchmark]
    public NSwagTaskResponse? StjReflectionNSwagModel() =>
        JsonSerializer.Deserialize<NSwagTaskResponse>(_json, NSwagOptions);
}
