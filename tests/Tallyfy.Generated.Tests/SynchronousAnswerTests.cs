using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Tallyfy;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>
/// Answers that are already there when the client asks for them (an in-memory handler, a cache, a test double) take a
/// shorter path than answers still on their way: the result, the disposal of the response and the handler's failures
/// must read the same on both.
/// </summary>
public sealed class SynchronousAnswerTests
{
    [Fact]
    public async Task A204AnsweredAtOnce_IsItsCase_WithItsHeaders_AndTheResponseIsDisposed()
    {
        var content = new DisposalRecordingContent();
        using var http = Client(_ => Task.FromResult(Answer(HttpStatusCode.NoContent, content)));

        using var result = await new TallyfyClient(http).DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        var noContent = Assert.IsType<DeleteTaskResult.NoContent>(result);
        Assert.Equal(204, noContent.StatusCode);
        Assert.Equal("req_sync", noContent.Headers.GetValue("X-Request-Id"));
        Assert.Equal(string.Empty, noContent.RawBody);
        Assert.True(noContent.RawBodyBytes.IsEmpty);
        Assert.True(content.Disposed);
        Assert.False(content.Read);

        noContent.Dispose();
        noContent.Dispose();
        Assert.Throws<ObjectDisposedException>(() => noContent.RawBodyBytes);
        Assert.Equal(204, noContent.StatusCode);
    }

    [Fact]
    public async Task A204StillOnItsWay_ReadsTheSame_AndTheResponseIsDisposed()
    {
        var content = new DisposalRecordingContent();
        using var http = Client(async _ =>
        {
            await Task.Yield();
            return Answer(HttpStatusCode.NoContent, content);
        });

        using var result = await new TallyfyClient(http).DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        var noContent = Assert.IsType<DeleteTaskResult.NoContent>(result);
        Assert.Equal("req_sync", noContent.Headers.GetValue("X-Request-Id"));
        Assert.True(content.Disposed);
    }

    [Fact]
    public async Task A404AnsweredAtOnce_ReadsItsBody()
    {
        var body = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"error\":true,\"message\":\"No such task\",\"code\":\"RESOURCE_NOT_FOUND\"}"));
        body.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        using var http = Client(_ => Task.FromResult(Answer(HttpStatusCode.NotFound, body)));

        using var result = await new TallyfyClient(http).DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        var notFound = Assert.IsType<DeleteTaskResult.NotFound>(result);
        Assert.Equal("RESOURCE_NOT_FOUND", notFound.Body.Code);
        Assert.Equal("req_sync", notFound.Headers.GetValue("X-Request-Id"));
    }

    [Fact]
    public async Task AHandlerFailingAtOnce_FailsTheCall_WithItsOwnException()
    {
        using var failing = Client(_ => Task.FromException<HttpResponseMessage>(new HttpRequestException("refused at once")));
        using var throwing = Client(_ => throw new HttpRequestException("thrown at once"));

        var failed = await Assert.ThrowsAsync<HttpRequestException>(() => new TallyfyClient(failing).DeleteTaskAsync(Operations.OrgId, Operations.TaskId));
        var thrown = await Assert.ThrowsAsync<HttpRequestException>(() => new TallyfyClient(throwing).DeleteTaskAsync(Operations.OrgId, Operations.TaskId));

        Assert.Equal("refused at once", failed.Message);
        Assert.Equal("thrown at once", thrown.Message);
    }

    [Fact]
    public async Task ABadArgument_FailsTheReturnedTask_NotTheCall_AndNothingIsSent()
    {
        var sent = 0;
        using var http = Client(_ =>
        {
            sent++;
            return Task.FromResult(Answer(HttpStatusCode.NoContent, null));
        });
        var client = new TallyfyClient(http);

        // The method is not async, yet a bad argument still ends in its task, as an async method's would.
        var missing = client.DeleteTaskAsync(null!, Operations.TaskId);
        var empty = client.DeleteTaskAsync(Operations.OrgId, string.Empty);

        Assert.True(missing.IsFaulted);
        Assert.True(empty.IsFaulted);
        Assert.Equal("orgId", (await Assert.ThrowsAsync<ArgumentNullException>(() => missing)).ParamName);
        Assert.Equal("taskId", (await Assert.ThrowsAsync<ArgumentException>(() => empty)).ParamName);
        Assert.Equal(0, sent);
    }

    [Fact]
    public async Task AFailureOfTheSendItself_FailsTheReturnedTask_AndTheRequestIsDisposed()
    {
        var http = Client(_ => Task.FromResult(Answer(HttpStatusCode.NoContent, null)));
        var client = new TallyfyClient(http);
        http.Dispose();

        // HttpClient throws at once for a disposed client; the call's task carries it.
        var call = client.DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        Assert.True(call.IsFaulted);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => call);
    }

    [Fact]
    public async Task ARequestIsDisposed_OnceItsResultIsMade_AnsweredAtOnceOrLater()
    {
        var requests = new System.Collections.Generic.List<HttpRequestMessage>();
        using var atOnce = Client(request =>
        {
            requests.Add(request);
            request.Content = new DisposalRecordingContent();
            return Task.FromResult(Answer(HttpStatusCode.NoContent, null));
        });
        using var later = Client(async request =>
        {
            requests.Add(request);
            request.Content = new DisposalRecordingContent();
            await Task.Yield();
            return Answer(HttpStatusCode.NoContent, null);
        });

        using var first = await new TallyfyClient(atOnce).DeleteTaskAsync(Operations.OrgId, Operations.TaskId);
        using var second = await new TallyfyClient(later).DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.True(((DisposalRecordingContent)r.Content!).Disposed));
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, HttpContent? content)
    {
        var response = new HttpResponseMessage(status);
        response.Headers.TryAddWithoutValidation("X-Request-Id", "req_sync");
        if (content is not null)
        {
            response.Content = content;
        }

        return response;
    }

    private static HttpClient Client(Func<HttpRequestMessage, Task<HttpResponseMessage>> answer) =>
        new(new TaskHandler(answer)) { BaseAddress = new Uri(TallyfyClient.DefaultBaseUrl) };

    /// <summary>Answers with whatever task the delegate gives: completed, faulted or still running.</summary>
    private sealed class TaskHandler : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, Task<HttpResponseMessage>> _answer;

        public TaskHandler(Func<HttpRequestMessage, Task<HttpResponseMessage>> answer) => _answer = answer;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => _answer(request);
    }

    /// <summary>A content that records whether it was read and whether it was disposed (with its response).</summary>
    private sealed class DisposalRecordingContent : HttpContent
    {
        public bool Disposed { get; private set; }

        public bool Read { get; private set; }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            Read = true;
            return Task.CompletedTask;
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
