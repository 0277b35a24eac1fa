using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Tallyfy;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>
/// AddTallyfyClient composed with Microsoft.Extensions.Http.Resilience's standard handler, against WireMock.Net
/// scenarios that fail first and succeed after.
/// </summary>
[Collection(nameof(TimingSensitiveCollection))]
public sealed class ResilienceTests : IClassFixture<TallyfyServerFixture>
{
    private const string Token = "tok_resilience_3d9a61f0b7c24e58";

    private readonly TallyfyServerFixture _fixture;

    public ResilienceTests(TallyfyServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    private string DeleteTaskPath => Operations.Get("deleteTask").DefaultPath;

    [Fact]
    public async Task Transient503_IsRetried_AndTheCallerGetsNoContent()
    {
        _fixture.Server.Given(Request.Create().WithPath(DeleteTaskPath).UsingDelete())
            .InScenario("503-then-204").WillSetStateTo("failed once")
            .RespondWith(Response.Create().WithStatusCode(503));
        _fixture.Server.Given(Request.Create().WithPath(DeleteTaskPath).UsingDelete())
            .InScenario("503-then-204").WhenStateIs("failed once")
            .RespondWith(Response.Create().WithStatusCode(204));
        using var provider = BuildProvider();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var result = await provider.GetRequiredService<ITallyfyClient>().DeleteTaskAsync(Operations.OrgId, Operations.TaskId, bound.Token);

        Assert.IsType<DeleteTaskResult.NoContent>(result);
        var requests = _fixture.Log.OrderBy(e => e.RequestMessage.DateTime).ToList();
        Assert.Equal(new[] { 503, 204 }, requests.Select(e => (int)e.ResponseMessage.StatusCode!).ToArray());
        Assert.All(requests, e =>
        {
            // The retried request is a faithful copy: same method, route and headers (the token included).
            Assert.Equal("DELETE", e.RequestMessage.Method);
            Assert.Equal(DeleteTaskPath, e.RequestMessage.Path);
            Assert.Equal("Bearer " + Token, RequestShapeTests.Header(e.RequestMessage, "Authorization"));
            Assert.Equal("APIClient", RequestShapeTests.Header(e.RequestMessage, "X-Tallyfy-Client"));
        });
    }

    [Fact]
    public async Task TooManyRequests_WithRetryAfter_IsHonoured()
    {
        _fixture.Server.Given(Request.Create().WithPath(DeleteTaskPath).UsingDelete())
            .InScenario("429-then-204").WillSetStateTo("throttled once")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1")
                .WithHeader("Content-Type", "application/json").WithBody(Bodies.TooManyRequests));
        _fixture.Server.Given(Request.Create().WithPath(DeleteTaskPath).UsingDelete())
            .InScenario("429-then-204").WhenStateIs("throttled once")
            .RespondWith(Response.Create().WithStatusCode(204));
        using var provider = BuildProvider();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var result = await provider.GetRequiredService<ITallyfyClient>().DeleteTaskAsync(Operations.OrgId, Operations.TaskId, bound.Token);

        Assert.IsType<DeleteTaskResult.NoContent>(result);
        var requests = _fixture.Log.OrderBy(e => e.RequestMessage.DateTime).ToList();
        Assert.Equal(new[] { 429, 204 }, requests.Select(e => (int)e.ResponseMessage.StatusCode!).ToArray());

        // The configured delay is 10 ms: a gap of about a second can only come from Retry-After: 1.
        var gap = requests[1].RequestMessage.DateTime - requests[0].RequestMessage.DateTime;
        Assert.True(gap >= TimeSpan.FromMilliseconds(950), $"second attempt came {gap.TotalMilliseconds} ms after the first");
    }

    [Fact]
    public async Task RetriedCall_IsLoggedOnce_WithItsFinalStatus()
    {
        _fixture.Server.Given(Request.Create().WithPath(DeleteTaskPath).UsingDelete())
            .InScenario("logged-retry").WillSetStateTo("failed once")
            .RespondWith(Response.Create().WithStatusCode(503));
        _fixture.Server.Given(Request.Create().WithPath(DeleteTaskPath).UsingDelete())
            .InScenario("logged-retry").WhenStateIs("failed once")
            .RespondWith(Response.Create().WithStatusCode(204));
        var capture = new CapturingLoggerProvider();
        using var provider = BuildProvider(capture: capture);

        var result = await provider.GetRequiredService<ITallyfyClient>().DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        Assert.IsType<DeleteTaskResult.NoContent>(result);
        Assert.Equal(2, _fixture.Log.Count);
        // The logging handler sits outside the resilience handler: one entry for the call, not one per attempt.
        var entry = Assert.Single(capture.EntriesFor(TallyfyLoggingHandler.CategoryName));
        LoggingTests.AssertCompleted(entry, "DELETE", "/organizations/{org_id}/tasks/{task_id}/delete", "DeleteTask", 204);
        foreach (var text in capture.AllText())
        {
            Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PermanentDelete_RetriedAfterItsAnswerWasLost_AnswersNotFound()
    {
        // The first attempt deletes the task, but its 204 comes too late (the attempt times out and the answer is
        // lost); the retry finds the task gone. A counter rather than a scenario: WireMock moves a scenario on only
        // once the (delayed) answer is written, so the retry would still see the first state.
        var attempts = 0;
        _fixture.Server.Given(Request.Create().WithPath(DeleteTaskPath).UsingDelete())
            .RespondWith(Response.Create().WithCallback(async _ =>
            {
                if (Interlocked.Increment(ref attempts) == 1)
                {
                    await Task.Delay(TimeSpan.FromSeconds(3));
                    return new ResponseMessage { StatusCode = 204 };
                }

                var notFound = new ResponseMessage
                {
                    StatusCode = 404,
                    BodyData = new BodyData { BodyAsString = Bodies.NotFound, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
                };
                notFound.AddHeader("Content-Type", "application/json");
                return notFound;
            }));
        using var provider = BuildProvider(o => o.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(300));
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var result = await provider.GetRequiredService<ITallyfyClient>().DeleteTaskAsync(Operations.OrgId, Operations.TaskId, bound.Token);

        // For a delete, NotFound after a retry means "already gone".
        var notFound = Assert.IsType<DeleteTaskResult.NotFound>(result);
        Assert.Equal("RESOURCE_NOT_FOUND", notFound.Body.Code);
        Assert.Equal(2, Volatile.Read(ref attempts));
    }

    [Fact]
    public async Task PermanentDeletes_CanBeExcludedFromRetries_ByOperation()
    {
        _fixture.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(503));
        using var provider = BuildProvider(o => o.Retry.ShouldHandle = SkipPermanentDeletes(o.Retry.ShouldHandle));
        var client = provider.GetRequiredService<ITallyfyClient>();

        var delete = await client.DeleteTaskAsync(Operations.OrgId, Operations.TaskId);
        var deletes = _fixture.Log.Count;
        var archive = await client.ArchiveTaskAsync(Operations.OrgId, Operations.TaskId);

        Assert.Equal(503, delete.StatusCode);
        Assert.Equal(503, archive.StatusCode);
        Assert.Equal(1, deletes);
        // The archive is retried: 1 + MaxRetryAttempts (2) attempts.
        Assert.Equal(3, _fixture.Log.Count - deletes);
    }

    [Fact]
    public async Task HedgedAttempts_StillSayWhichOperationTheyAreFor()
    {
        // The standard hedging handler sends each further attempt as a copy of the request, made from its method, URI,
        // headers and content. The operation's tag travels in the method, so a handler after it reads every attempt's
        // operation; a tag held by the request object alone was lost on the copies.
        _fixture.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(503));
        var seen = new System.Collections.Concurrent.ConcurrentQueue<(string? Operation, string? Template)>();
        var services = new ServiceCollection();
        var client = services.AddTallyfyClient(o =>
        {
            o.BaseUrl = new Uri(_fixture.Url);
            o.Token = Token;
        });
        client.AddStandardHedgingHandler().Configure(o => o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(15));
        client.AddHttpMessageHandler(() => new TagRecorder(seen));
        using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<ITallyfyClient>().ArchiveTaskAsync(Operations.OrgId, Operations.TaskId);

        Assert.Equal(503, result.StatusCode);
        Assert.True(_fixture.Log.Count >= 2, "the hedging handler made a further attempt");
        Assert.Equal(_fixture.Log.Count, seen.Count);
        Assert.All(seen, s => Assert.Equal(("ArchiveTask", Operations.Get("archiveTask").Template), s));
    }

    /// <summary>Records the operation and path template each request it passes on says it is for.</summary>
    private sealed class TagRecorder : DelegatingHandler
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<(string?, string?)> _seen;

        public TagRecorder(System.Collections.Concurrent.ConcurrentQueue<(string?, string?)> seen) => _seen = seen;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ApiRequestOptions.TryGetOperation(request, out var operation);
            ApiRequestOptions.TryGetPathTemplate(request, out var template);
            _seen.Enqueue((operation, template));
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>The README's recipe: keep the standard retry, but never for Tallyfy's permanent deletes.</summary>
    private static Func<RetryPredicateArguments<HttpResponseMessage>, ValueTask<bool>> SkipPermanentDeletes(
        Func<RetryPredicateArguments<HttpResponseMessage>, ValueTask<bool>> shouldHandle) =>
        args =>
            args.Context.GetRequestMessage() is { } request
            && ApiRequestOptions.TryGetOperation(request, out var operation)
            && operation is "DeleteTask" or "DeleteProcess" or "DeleteFile"
                ? ValueTask.FromResult(false)
                : shouldHandle(args);

    private ServiceProvider BuildProvider(Action<HttpStandardResilienceOptions>? configure = null, CapturingLoggerProvider? capture = null)
    {
        var services = new ServiceCollection();
        if (capture is not null)
        {
            services.AddLogging(b => b.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        }

        services
            .AddTallyfyClient(o =>
            {
                o.BaseUrl = new Uri(_fixture.Url);
                o.Token = Token;
            })
            .AddStandardResilienceHandler(o =>
            {
                // Fast and deterministic for tests: two retries, 10 ms apart unless the server says otherwise.
                o.Retry.MaxRetryAttempts = 2;
                o.Retry.Delay = TimeSpan.FromMilliseconds(10);
                o.Retry.BackoffType = DelayBackoffType.Constant;
                o.Retry.UseJitter = false;
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(15);
                configure?.Invoke(o);
            });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
