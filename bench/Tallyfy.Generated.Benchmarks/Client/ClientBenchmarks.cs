using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Tallyfy.Generated.Benchmarks.Client.HandWritten;
using KiotaClient = Peers.Kiota.KiotaTallyfyClient;
using KiotaError = Peers.Kiota.Models.Error;
using NSwagClient = Peers.NSwag.NSwagTallyfyClient;
using NSwagError = Peers.NSwag.Error;
using NSwagTallyfyHeader = Peers.NSwag.XTallyfyClient;

namespace Tallyfy.Generated.Benchmarks.Client;

/// <summary>
/// One call of each client, request to typed result, over an in-memory handler: the hand-written client (the
/// baseline of each category, so Ratio reads "relative to hand-written"), ours, NSwag's and Kiota's. Each reads the
/// typed body the way a caller would: from its result value, its return value, or the exception it throws. Ours
/// disposes its result as a careful caller does (which gives a pooled body back), as the hand-written one disposes its
/// response.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ClientBenchmarks
{
    private const string OrgId = "org_7d3e5f";
    private const string TaskId = "8c2f4e6a0b1d3f5a7c9e1b3d5f7a9c0e";

    private const string Deleted = "deleteTask 204";
    private const string Reopened = "reopenOneOffTask 200, 1.2 KB";
    private const string NotFound = "deleteTask 404, peers throw";

    // Kiota's header parameters go through the request configuration; a static lambda, so no closure per call.
    private static readonly Action<RequestConfiguration<DefaultQueryParameters>> KiotaHeaders =
        static c => c.Headers.Add("X-Tallyfy-Client", "APIClient");

    private readonly Peer _deleted = new(HttpStatusCode.NoContent, null);
    private readonly Peer _reopened = new(HttpStatusCode.OK, Payloads.ReopenedTask);
    private readonly Peer _notFound = new(HttpStatusCode.NotFound, Payloads.NotFound);

    /// <summary>
    /// Every client must read what the canned answer carries before it is timed, so that a broken call is not
    /// measured as a fast one.
    /// </summary>
    [GlobalSetup]
    public void Check()
    {
        Expect(DeleteTaskHandWritten().GetAwaiter().GetResult(), 204, nameof(DeleteTaskHandWritten));
        Expect(DeleteTaskOurs().GetAwaiter().GetResult(), 204, nameof(DeleteTaskOurs));
        Expect(DeleteTaskNSwag().GetAwaiter().GetResult(), 204, nameof(DeleteTaskNSwag));
        Expect(DeleteTaskKiota().GetAwaiter().GetResult(), 204, nameof(DeleteTaskKiota));
        Expect(ReopenOneOffTaskHandWritten().GetAwaiter().GetResult(), TaskId, nameof(ReopenOneOffTaskHandWritten));
        Expect(ReopenOneOffTaskOurs().GetAwaiter().GetResult(), TaskId, nameof(ReopenOneOffTaskOurs));
        Expect(ReopenOneOffTaskNSwag().GetAwaiter().GetResult(), TaskId, nameof(ReopenOneOffTaskNSwag));
        Expect(ReopenOneOffTaskKiota().GetAwaiter().GetResult(), TaskId, nameof(ReopenOneOffTaskKiota));
        Expect(DeleteTaskNotFoundHandWritten().GetAwaiter().GetResult(), "RESOURCE_NOT_FOUND", nameof(DeleteTaskNotFoundHandWritten));
        Expect(DeleteTaskNotFoundOurs().GetAwaiter().GetResult(), "RESOURCE_NOT_FOUND", nameof(DeleteTaskNotFoundOurs));
        Expect(DeleteTaskNotFoundNSwag().GetAwaiter().GetResult(), "RESOURCE_NOT_FOUND", nameof(DeleteTaskNotFoundNSwag));
        Expect(DeleteTaskNotFoundKiota().GetAwaiter().GetResult(), "RESOURCE_NOT_FOUND", nameof(DeleteTaskNotFoundKiota));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _deleted.Dispose();
        _reopened.Dispose();
        _notFound.Dispose();
    }

    // deleteTask, 204 without a body.

    [Benchmark(Baseline = true, Description = "HandWritten")]
    [BenchmarkCategory(Deleted)]
    public async Task<int> DeleteTaskHandWritten()
    {
        var result = await _deleted.HandWritten.DeleteTaskAsync(OrgId, TaskId).ConfigureAwait(false);
        return result.StatusCode;
    }

    [Benchmark(Description = "Ours")]
    [BenchmarkCategory(Deleted)]
    public async Task<int> DeleteTaskOurs()
    {
        using var result = await _deleted.Ours.DeleteTaskAsync(OrgId, TaskId).ConfigureAwait(false);
        return result is DeleteTaskResult.NoContent ? result.StatusCode : -1;
    }

    [Benchmark(Description = "NSwag")]
    [BenchmarkCategory(Deleted)]
    public async Task<int> DeleteTaskNSwag()
    {
        await _deleted.NSwag.DeleteTaskAsync(NSwagTallyfyHeader.APIClient, OrgId, TaskId).ConfigureAwait(false);
        return 204;
    }

    [Benchmark(Description = "Kiota")]
    [BenchmarkCategory(Deleted)]
    public async Task<int> DeleteTaskKiota()
    {
        await _deleted.Kiota.Organizations[OrgId].Tasks[TaskId].DeletePath.DeleteAsync(KiotaHeaders).ConfigureAwait(false);
        return 204;
    }

    // reopenOneOffTask, 200 with the reopened task (1.2 KB).

    [Benchmark(Baseline = true, Description = "HandWritten")]
    [BenchmarkCategory(Reopened)]
    public async Task<string?> ReopenOneOffTaskHandWritten()
    {
        var result = await _reopened.HandWritten.ReopenOneOffTaskAsync(OrgId, TaskId).ConfigureAwait(false);
        return result.Value?.Data?.Id;
    }

    [Benchmark(Description = "Ours")]
    [BenchmarkCategory(Reopened)]
    public async Task<string?> ReopenOneOffTaskOurs()
    {
        using var result = await _reopened.Ours.ReopenOneOffTaskAsync(OrgId, TaskId).ConfigureAwait(false);
        return result is ReopenOneOffTaskResult.Ok ok ? ok.Body.Data.Id : null;
    }

    [Benchmark(Description = "NSwag")]
    [BenchmarkCategory(Reopened)]
    public async Task<string?> ReopenOneOffTaskNSwag()
    {
        var response = await _reopened.NSwag.ReopenOneOffTaskAsync(NSwagTallyfyHeader.APIClient, OrgId, TaskId).ConfigureAwait(false);
        return response.Data.Id;
    }

    [Benchmark(Description = "Kiota")]
    [BenchmarkCategory(Reopened)]
    public async Task<string?> ReopenOneOffTaskKiota()
    {
        var response = await _reopened.Kiota.Organizations[OrgId].CompletedTasks[TaskId].DeleteAsync(KiotaHeaders).ConfigureAwait(false);
        return response?.Data?.Id;
    }

    // deleteTask, 404 with an Error body: a value for the hand-written client and ours, an exception for the peers.

    [Benchmark(Baseline = true, Description = "HandWritten")]
    [BenchmarkCategory(NotFound)]
    public async Task<string?> DeleteTaskNotFoundHandWritten()
    {
        var result = await _notFound.HandWritten.DeleteTaskAsync(OrgId, TaskId).ConfigureAwait(false);
        return result.StatusCode == 404 ? result.Error?.Code : null;
    }

    [Benchmark(Description = "Ours")]
    [BenchmarkCategory(NotFound)]
    public async Task<string?> DeleteTaskNotFoundOurs()
    {
        using var result = await _notFound.Ours.DeleteTaskAsync(OrgId, TaskId).ConfigureAwait(false);
        return result is DeleteTaskResult.NotFound notFound ? notFound.Body.Code : null;
    }

    [Benchmark(Description = "NSwag")]
    [BenchmarkCategory(NotFound)]
    public async Task<string?> DeleteTaskNotFoundNSwag()
    {
        try
        {
            await _notFound.NSwag.DeleteTaskAsync(NSwagTallyfyHeader.APIClient, OrgId, TaskId).ConfigureAwait(false);
            return null;
        }
        catch (Peers.NSwag.ApiException<NSwagError> e)
        {
            return e.Result.Code;
        }
    }

    [Benchmark(Description = "Kiota")]
    [BenchmarkCategory(NotFound)]
    public async Task<string?> DeleteTaskNotFoundKiota()
    {
        try
        {
            await _notFound.Kiota.Organizations[OrgId].Tasks[TaskId].DeletePath.DeleteAsync(KiotaHeaders).ConfigureAwait(false);
            return null;
        }
        catch (KiotaError e)
        {
            return e.Code;
        }
    }

    private static void Expect<T>(T actual, T expected, string benchmark)
    {
        if (!Equals(actual, expected))
        {
            throw new InvalidOperationException(benchmark + " read " + actual + " instead of " + expected + ".");
        }
    }

    /// <summary>
    /// The four clients over one canned answer. Kiota's request adapter is given the same <see cref="HttpClient"/>,
    /// so none of Kiota's default middleware (retry, redirect, headers inspection) is in the pipeline: like the others,
    /// it sends straight to the in-memory handler.
    /// </summary>
    private sealed class Peer : IDisposable
    {
        private readonly HttpClient _http;

        public Peer(HttpStatusCode status, byte[]? body)
        {
            _http = CannedResponseHandler.Client(status, body);
            HandWritten = new HandWrittenTallyfyClient(_http, TallyfyClient.DefaultBaseUrl);
            Ours = new TallyfyClient(_http);
            NSwag = new NSwagClient(_http);
            Kiota = new KiotaClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: _http)
            {
                BaseUrl = TallyfyClient.DefaultBaseUrl,
            });
        }

        public HandWrittenTallyfyClient HandWritten { get; }

        public TallyfyClient Ours { get; }

        public NSwagClient NSwag { get; }

        public KiotaClient Kiota { get; }

        public void Dispose() => _http.Dispose();
    }
}
