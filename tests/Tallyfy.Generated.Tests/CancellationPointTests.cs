using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Tallyfy;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>
/// Cancellation at each point of a call: before it is sent, while waiting for the headers, while reading the body.
/// Every point gives <see cref="OperationCanceledException"/> carrying the caller's token, never a result case and
/// never <see cref="HttpRequestException"/>, within a bound; the same client then serves another call.
/// </summary>
public sealed class CancellationPointTests : IClassFixture<TallyfyServerFixture>
{
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(60);

    private readonly TallyfyServerFixture _fixture;

    public CancellationPointTests(TallyfyServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    [Fact]
    public async Task BeforeSend_AlreadyCancelledToken_NothingReachesTheServer_AndTheClientStillWorks()
    {
        _fixture.Server
            .Given(Request.Create().UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Bodies.OneOffTask));
        var client = _fixture.CreateClient();
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId, cts.Token).WaitAsync(HangBound));

        Assert.Equal(cts.Token, exception.CancellationToken);
        Assert.Empty(_fixture.Log);
        Assert.Empty(_fixture.RawRequests);
        await AssertUsableAsync(client);
    }

    [Fact]
    public async Task WhileWaitingForHeaders_CancelOnceTheRequestReachedTheServer_ThrowsOperationCanceled_AndTheClientStillWorks()
    {
        // The server holds its answer for longer than the cancellation may take: an answer is not what ends this call.
        _fixture.Server
            .Given(Request.Create().UsingPut())
            .AtPriority(2)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Bodies.OneOffTask)
                .WithDelay(TimeSpan.FromSeconds(8)));
        var client = _fixture.CreateClient();
        using var cts = new CancellationTokenSource();

        var call = client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId, cts.Token);
        await WaitUntilAsync(() => _fixture.RawRequests.Count == 1, "the request reached the server");
        Assert.False(call.IsCompleted, "the call ended before the server answered: " + call.Status);
        var stopwatch = Stopwatch.StartNew();
        cts.Cancel();

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(HangBound));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(6), "cancellation took " + stopwatch.Elapsed);
        Assert.Equal(cts.Token, exception.CancellationToken);
        Assert.IsNotType<HttpRequestException>(exception.InnerException);

        // The delayed mapping is replaced by a prompt one for the next call through the same client.
        _fixture.Server
            .Given(Request.Create().UsingPut())
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Bodies.OneOffTask));
        await AssertUsableAsync(client);
    }

    [Fact]
    public async Task WhileReadingTheBody_CancelAfterHeadersArrived_ThrowsOperationCanceled_AndTheClientStillWorks()
    {
        const int announced = 1024 * 1024;
        var bytesSent = 0L;
        var headersSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new RawHttpServer(async exchange =>
        {
            if (exchange.Index > 0)
            {
                // Every later request gets a normal, complete answer.
                await exchange.WriteAsync(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                    + System.Text.Encoding.UTF8.GetByteCount(Bodies.OneOffTask) + "\r\n\r\n" + Bodies.OneOffTask);
                return;
            }

            await exchange.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + announced + "\r\n\r\n");
            headersSent.TrySetResult();
            var chunk = new byte[64];
            chunk.AsSpan().Fill((byte)' ');
            for (var i = 0; i < 200; i++)
            {
                await exchange.WriteAsync(chunk);
                Interlocked.Add(ref bytesSent, chunk.Length);
                await Task.Delay(50, exchange.Stopping);
            }
        });
        var headersReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new TallyfyClientOptions { BaseUrl = new Uri(server.Url), Token = TallyfyServerFixture.Token };
        var client = TallyfyClientFactory.Create(options, out var httpClient, new HeadersSignal(headersReceived) { InnerHandler = new SocketsHttpHandler() });
        using (httpClient)
        {
            using var cts = new CancellationTokenSource();
            var call = client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId, cts.Token);

            // The handler chain has returned the response (headers read); the client is now reading the body.
            await headersSent.Task.WaitAsync(HangBound);
            await headersReceived.Task.WaitAsync(HangBound);
            await Task.Delay(200);
            Assert.False(call.IsCompleted, "the call ended before the body was complete: " + call.Status);
            var stopwatch = Stopwatch.StartNew();
            cts.Cancel();

            var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(HangBound));

            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), "cancellation took " + stopwatch.Elapsed);
            Assert.Equal(cts.Token, exception.CancellationToken);
            Assert.True(Interlocked.Read(ref bytesSent) < announced, "the whole body was sent before the cancellation");
            await AssertUsableAsync(client);
            Assert.Equal(2, server.RequestCount);
            Assert.Empty(server.HandlerErrors);
        }
    }

    /// <summary>A second call through the same client, with a fresh token, gets its case.</summary>
    private static async Task AssertUsableAsync(TallyfyClient client)
    {
        using var cts = new CancellationTokenSource(HangBound);
        var result = await client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId, cts.Token).WaitAsync(HangBound);
        var ok = Assert.IsType<RestoreTaskResult.Ok>(result);
        Assert.Equal(Operations.TaskId, ok.Body.Data.Id);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(stopwatch.Elapsed < HangBound, "timed out waiting until " + what);
            await Task.Delay(10);
        }
    }

    /// <summary>Signals once a response has come back through the handler chain, i.e. its headers were read.</summary>
    private sealed class HeadersSignal : DelegatingHandler
    {
        private readonly TaskCompletionSource _received;

        public HeadersSignal(TaskCompletionSource received) => _received = received;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            _received.TrySetResult();
            return response;
        }
    }
}
