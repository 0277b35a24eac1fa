using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Kiota.Serialization.Json;
using Tallyfy.Generated.Benchmarks.Client.HandWritten;
using KiotaTaskResponse = Peers.Kiota.Models.TaskResponse;
using NSwagTaskResponse = Peers.NSwag.TaskResponse;

namespace Tallyfy.Generated.Benchmarks.Client;

/// <summary>
/// JSON only, on the same 1.2 KB task: System.Text.Json's source-generated metadata for the hand-written models (the
/// baseline), the generated <see cref="TaskResponse"/> reader (a <see cref="Utf8JsonReader"/> loop emitted for
/// the model), System.Text.Json's reflection-based serializer reading NSwag's model with one options instance reused
/// as NSwag's client does, and Kiota's parse node over a <see cref="JsonDocument"/>, as Kiota's client reads a body.
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private static readonly JsonSerializerOptions NSwagOptions = new();

    private readonly byte[] _json = Payloads.ReopenedTask;

    [Benchmark(Baseline = true)]
    public HandWrittenTaskResponse? HandWrittenSourceGenerated() =>
        JsonSerializer.Deserialize(_json, HandWrittenJsonContext.Default.HandWrittenTaskResponse);

    [Benchmark]
    public TaskResponse OursGeneratedReadValue()
    {
        var reader = new Utf8JsonReader(_json);
        reader.Read();
        return GeneratedJson.Read<TaskResponse>(ref reader);
    }

    [Benchmark]
    public NSwagTaskResponse? NSwagStjReflection() =>
        JsonSerializer.Deserialize<NSwagTaskResponse>(_json, NSwagOptions);

    [Benchmark]
    public KiotaTaskResponse? KiotaParseNode()
    {
        using var document = JsonDocument.Parse(_json);
        return new JsonParseNode(document.RootElement).GetObjectValue(KiotaTaskResponse.CreateFromDiscriminatorValue);
    }
}
