using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NSwagApiException = Peers.NSwag.ApiException;
using NSwagClient = Peers.NSwag.NSwagTallyfyClient;
using NSwagError = Peers.NSwag.Error;
using NSwagTallyfyHeader = Peers.NSwag.XTallyfyClient;

namespace Tallyfy.Generated.Benchmarks.Client;

/// <summary>
/// One call of each client, request to typed result, over an in-memory handler. Each scenario is a category whose
/// baseline is the generated client, so Ratio reads "NSwag relative to ours". Both clients read the typed body the
/// way a caller would: ours from its result case, NSwag's from its return value or from the exception it throws.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ClientBenchmarks
{
    private const string OrgId = "org_7d3e5f";
    private const string TaskId = "8c2f4e6a0b1d3f5a7c9e1b3d5f7a9c0e";

    private HttpClient _restoreHttp = null!;
    private HttpClient _notFoundHttp = null!;
    private HttpClient _noContentHttp = null!;
    private TallyfyClient _oursRestore = null!;
    private TallyfyClient _oursNotFound = null!;
    private TallyfyClient _oursNoContent = null!;
    private NSwagClient _nswagRestore = null!;
    private NSwagClient _nswagNotFound = null!;
    private NSwagClient _nswagNoContent = null!;

    [GlobalSetup]
    public void Setup()
    {
        _restoreHttp = CannedResponseHandler.Client(HttpStatusCode.OK, Payloads.TaskEnvelope);
        _notFoundHttp = CannedResponseHandler.Client(HttpStatusCode.NotFound, Payloads.NotFound);
        _noContentHttp = CannedResponseHandler.Client(HttpStatusCode.NoContent, null);
        _oursRestore = new TallyfyClient(_restoreHttp);
        _oursNotFound = new TallyfyClient(_notFoundHttp);
        _oursNoContent = new TallyfyClient(_noContentHttp);
        _nswagRestore = new NSwagClient(_restoreHttp);
        _nswagNotFound = new NSwagClient(_notFoundHttp);
        _nswagNoContent = new NSwagClient(_noContentHttp);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _restoreHttp.Dispose();
        _notFoundHttp.Dispose();
        _noContentHttp.Dispose();
    }

    // (a) restoreTask, 200 with a ~1 KB task.

    [Benchmark(Baseline = true, Description = "Ours")]
    [BenchmarkCategory("restoreTask 200")]
    public async Task<TaskModel?> RestoreTaskOurs()
    {
        var result = await _oursRestore.RestoreTaskAsync(OrgId, TaskId).ConfigureAwait(false);
        return result is RestoreTaskResult.Ok ok ? ok.Body.Data : null;
    }

    [Benchmark(Description = "NSwag")]
    [BenchmarkCategory("restoreTask 200")]
    public async Task<Peers.NSwag.Task> RestoreTaskNSwag()
    {
        var response = await _nswagRestore.RestoreTaskAsync(NSwagTallyfyHeader.APIClient, OrgId, TaskId).ConfigureAwait(false);
        return response.Data;
    }

    // (b) deleteTask, 404 with an Error body: a case for ours, an ApiException<Error> thrown by NSwag.

    [Benchmark(Baseline = true, Description = "Ours")]
    [BenchmarkCategory("deleteTask 404, NSwag throws")]
    public async Task<string?> DeleteTaskNotFoundOurs()
    {
        var result = await _oursNotFound.DeleteTaskAsync(OrgId, TaskId).ConfigureAwait(false);
        return result is DeleteTaskResult.NotFound notFound ? notFound.Body.Code : null;
    }

    [Benchmark(Description = "NSwag")]
    [BenchmarkCategory("deleteTask 404, NSwag throws")]
    public async Task<string?> DeleteTaskNotFoundNSwag()
    {
        try
        {
            await _nswagNotFound.DeleteTaskAsync(NSwagTallyfyHeader.APIClient, OrgId, TaskId).ConfigureAwait(false);
            return null;
        }
        catch (Peers.NSwag.ApiException<NSwagError> e)
        {
            return e.Result.Code;
        }
    }

    // (c) archiveTask, 204 without a body. The spec documents 200 (with the task) and 204: NSwag returns the 200
    // body and throws ApiException for the 204, so this measures its exception path too.

    [Benchmark(Baseline = true, Description = "Ours")]
    [BenchmarkCategory("archiveTask 204, NSwag throws")]
    public async Task<int> ArchiveTaskNoContentOurs()
    {
        var result = await _oursNoContent.ArchiveTaskAsync(OrgId, TaskId).ConfigureAwait(false);
        return result is ArchiveTaskResult.NoContent ? result.StatusCode : -1;
    }

    [Benchmark(Description = "NSwag")]
    [BenchmarkCategory("archiveTask 204, NSwag throws")]
    public async Task<int> ArchiveTaskNoContentNSwag()
    {
        try
        {
            await _nswagNoContent.ArchiveTaskAsync(NSwagTallyfyHeader.APIClient, OrgId, TaskId).ConfigureAwait(false);
            return -1;
        }
        catch (NSwagApiException e)
        {
            return e.StatusCode;
        }
    }
}
