using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Tallyfy.Generated.Benchmarks.Client;
using Tallyfy.Generated.Benchmarks.Client.HandWritten;

// In the support code's namespace, so its names are found before the generated client's (Tallyfy.ApiResponse...).
namespace Tallyfy.Generated.Support.Parts;

/// <summary>
/// `cpu-parts [calls] [rounds]`: what each part of the generated 204 call costs, by the calling thread's CPU time in
/// interleaved rounds. "async method" is the operation's method as it was generated while it was <c>async</c> (built
/// over the support code this assembly compiles in); each variant after it changes one part of that: no operation tag,
/// no result case, no disposal of the result, no state machine (the shape generated now).
/// </summary>
public static class CallParts
{
    private const string OrgId = "org_7d3e5f";
    private const string TaskId = "8c2f4e6a0b1d3f5a7c9e1b3d5f7a9c0e";

    public static void Run(int calls, int rounds)
    {
        using var http = CannedResponseHandler.Client(HttpStatusCode.NoContent, null);
        var hand = new HandWrittenTallyfyClient(http, TallyfyClient.DefaultBaseUrl);
        var ours = new TallyfyClient(http);
        var parts = new Variants(http, TallyfyClient.DefaultBaseUrl);
        var methods = new (string Name, Func<Task<int>> Call)[]
        {
            ("hand-written", async () => (await hand.DeleteTaskAsync(OrgId, TaskId).ConfigureAwait(false)).StatusCode),
            ("ours (generated)", async () =>
            {
                using var result = await ours.DeleteTaskAsync(OrgId, TaskId).ConfigureAwait(false);
                return result is DeleteTaskResult.NoContent ? result.StatusCode : -1;
            }),
            ("async method", async () =>
            {
                using var result = await parts.AsGeneratedAsync(OrgId, TaskId).ConfigureAwait(false);
                return result is PartsResult.NoContent ? result.StatusCode : -1;
            }),
            ("no tag", async () =>
            {
                using var result = await parts.UntaggedAsync(OrgId, TaskId).ConfigureAwait(false);
                return result is PartsResult.NoContent ? result.StatusCode : -1;
            }),
            ("no result case (status only)", async () => await parts.StatusOnlyAsync(OrgId, TaskId).ConfigureAwait(false)),
            ("no dispose of the result", async () =>
            {
                var result = await parts.AsGeneratedAsync(OrgId, TaskId).ConfigureAwait(false);
                return result is PartsResult.NoContent ? result.StatusCode : -1;
            }),
            ("no state machine", async () =>
            {
                using var result = await parts.NoStateMachineAsync(OrgId, TaskId).ConfigureAwait(false);
                return result is PartsResult.NoContent ? result.StatusCode : -1;
            }),
        };

        foreach (var (name, call) in methods)
        {
            if (call().GetAwaiter().GetResult() != 204)
            {
                throw new InvalidOperationException(name + " did not read 204.");
            }
        }

        var times = ClientCpuTime.InterleavedRounds(methods.Select(m => (Func<Task>)m.Call).ToArray(), calls, rounds);
        var baseMedian = Median(times[0]);
        var baseMin = times[0].Min();
        for (var m = 0; m < methods.Length; m++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{methods[m].Name,-30} min {times[m].Min(),7:F1} ns  median {Median(times[m]),7:F1} ns  ÷ hand-written: min {times[m].Min() / baseMin:F3}  median {Median(times[m]) / baseMedian:F3}"));
        }
    }

    private static double Median(List<double> values) => ClientCpuTime.Median(values);

    private sealed class Variants
    {
        private static readonly ApiRequestOptions.OperationTag DeleteTaskOperation = new("DELETE", "DeleteTask", "/organizations/{org_id}/tasks/{task_id}/delete");

        private readonly HttpClient _httpClient;
        private readonly string _baseUrl;

        public Variants(HttpClient httpClient, string baseUrl)
        {
            _httpClient = httpClient;
            _baseUrl = baseUrl;
        }

        public async Task<PartsResult> AsGeneratedAsync(string orgId, string taskId, CancellationToken cancellationToken = default)
        {
            var path = $"{_baseUrl}/organizations/{ApiRequest.PathSegment(orgId, nameof(orgId))}/tasks/{ApiRequest.PathSegment(taskId, nameof(taskId))}/delete";
            using var request = ApiRequest.Message(DeleteTaskOperation, path, "application/json");
            ApiRequest.AddHeader(request, "X-Tallyfy-Client", "APIClient");
            return PartsResult.Create(await ApiRawResponse.SendAsync(_httpClient, request, cancellationToken).ConfigureAwait(false));
        }

        public async Task<PartsResult> UntaggedAsync(string orgId, string taskId, CancellationToken cancellationToken = default)
        {
            var path = $"{_baseUrl}/organizations/{ApiRequest.PathSegment(orgId, nameof(orgId))}/tasks/{ApiRequest.PathSegment(taskId, nameof(taskId))}/delete";
            using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(path, ApiRequest.UriOptions));
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
            ApiRequest.AddHeader(request, "X-Tallyfy-Client", "APIClient");
            return PartsResult.Create(await ApiRawResponse.SendAsync(_httpClient, request, cancellationToken).ConfigureAwait(false));
        }

        public async Task<int> StatusOnlyAsync(string orgId, string taskId, CancellationToken cancellationToken = default)
        {
            var path = $"{_baseUrl}/organizations/{ApiRequest.PathSegment(orgId, nameof(orgId))}/tasks/{ApiRequest.PathSegment(taskId, nameof(taskId))}/delete";
            using var request = ApiRequest.Message(DeleteTaskOperation, path, "application/json");
            ApiRequest.AddHeader(request, "X-Tallyfy-Client", "APIClient");
            return (await ApiRawResponse.SendAsync(_httpClient, request, cancellationToken).ConfigureAwait(false)).StatusCode;
        }

        public Task<PartsResult> NoStateMachineAsync(string orgId, string taskId, CancellationToken cancellationToken = default)
        {
            HttpRequestMessage? request = null;
            try
            {
                var path = $"{_baseUrl}/organizations/{ApiRequest.PathSegment(orgId, nameof(orgId))}/tasks/{ApiRequest.PathSegment(taskId, nameof(taskId))}/delete";
                request = ApiRequest.Message(DeleteTaskOperation, path, "application/json");
                ApiRequest.AddHeader(request, "X-Tallyfy-Client", "APIClient");
                var sending = ApiRawResponse.SendAsync(_httpClient, request, cancellationToken);
                if (sending.IsCompletedSuccessfully)
                {
                    var result = PartsResult.Create(sending.Result);
                    request.Dispose();
                    return Task.FromResult(result);
                }

                return Slow(sending, request);
            }
            catch (Exception e)
            {
                request?.Dispose();
                return Task.FromException<PartsResult>(e);
            }

            static async Task<PartsResult> Slow(ValueTask<ApiRawResponse> sending, HttpRequestMessage request)
            {
                using (request)
                {
                    return PartsResult.Create(await sending.ConfigureAwait(false));
                }
            }
        }
    }
}

/// <summary>A result union shaped as the generated one for deleteTask (the cases the 204 needs and the catch-all).</summary>
internal abstract class PartsResult : ApiResponse
{
    private PartsResult(ApiRawResponse response)
        : base(response)
    {
    }

    internal static PartsResult Create(ApiRawResponse response) => response.StatusCode switch
    {
        204 => new NoContent(response),
        400 => new Other(response),
        401 => new Other(response),
        403 => new Other(response),
        404 => new Other(response),
        422 => new Other(response),
        429 => new Other(response),
        _ => new Undocumented(response),
    };

    public sealed class NoContent : PartsResult
    {
        internal NoContent(ApiRawResponse response)
            : base(response)
        {
        }
    }

    public sealed class Other : PartsResult
    {
        internal Other(ApiRawResponse response)
            : base(response)
        {
        }
    }

    public sealed class Undocumented : PartsResult
    {
        internal Undocumented(ApiRawResponse response)
            : base(response)
        {
        }
    }
}
