using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Tallyfy;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>
/// A result keeps its body and what is made only when asked for (headers, content type, text, body error) in one
/// place that changes as it is asked: whatever is asked first, and whether before or after <c>Dispose</c>, status,
/// headers and typed body stay, the raw body ends at <c>Dispose</c> (text read before it stays), and a pooled array
/// is given back once, also when several threads ask and dispose at the same time. In memory: the answer is there at once.
/// </summary>
public sealed class ResultStateTests
{
    private const string NotFoundJson = "{\"error\":true,\"message\":\"No such task\",\"code\":\"RESOURCE_NOT_FOUND\"}";

    [Fact]
    public async Task A204_DisposedBeforeAnythingIsAsked_KeepsStatusAndHeaders_AndEndsItsRawBody()
    {
        using var http = Client(HttpStatusCode.NoContent, null);

        var result = await new TallyfyClient(http).DeleteTaskAsync(Operations.OrgId, Operations.TaskId);
        result.Dispose();

        Assert.Throws<ObjectDisposedException>(() => result.RawBodyBytes);
        Assert.Throws<ObjectDisposedException>(() => result.RawBody);
        Assert.Equal(204, result.StatusCode);
        Assert.Equal("req_state", result.Headers.GetValue("X-Request-Id"));
        Assert.Null(result.ContentType);
        Assert.Throws<ObjectDisposedException>(() => result.RawBodyBytes);
        result.Dispose();
    }

    [Fact]
    public async Task A204_WhoseHeadersWereAsked_ThenDisposed_KeepsThem_AndEndsItsRawBody()
    {
        using var http = Client(HttpStatusCode.NoContent, null);

        var result = await new TallyfyClient(http).DeleteTaskAsync(Operations.OrgId, Operations.TaskId);
        var headers = result.Headers;
        Assert.Equal(string.Empty, result.RawBody);
        Assert.True(result.RawBodyBytes.IsEmpty);
        result.Dispose();

        Assert.Same(headers, result.Headers);
        Assert.Equal("req_state", result.Headers.GetValue("X-Request-Id"));
        Assert.Throws<ObjectDisposedException>(() => result.RawBodyBytes);
        Assert.Throws<ObjectDisposedException>(() => result.RawBody);
        Assert.Null(result.BodyError);
    }

    [Fact]
    public async Task ABody_DisposedBeforeItsHeadersAreAsked_KeepsTypedBodyHeadersAndContentType()
    {
        using var http = Client(HttpStatusCode.NotFound, NotFoundJson);

        var result = await new TallyfyClient(http).DeleteTaskAsync(Operations.OrgId, Operations.TaskId);
        result.Dispose();

        var notFound = Assert.IsType<DeleteTaskResult.NotFound>(result);
        Assert.Equal("RESOURCE_NOT_FOUND", notFound.Body.Code);
        Assert.Equal("application/json", notFound.ContentType);
        Assert.Equal("req_state", notFound.Headers.GetValue("X-Request-Id"));
        Assert.Throws<ObjectDisposedException>(() => notFound.RawBodyBytes);
        Assert.Throws<ObjectDisposedException>(() => notFound.RawBody);
    }

    [Fact]
    public async Task ABodyThatDoesNotParse_KeepsItsError_AndItsText_AfterDispose()
    {
        using var http = Client(HttpStatusCode.NotFound, "{\"error\": tru");

        var result = await new TallyfyClient(http).DeleteTaskAsync(Operations.OrgId, Operations.TaskId);
        var notFound = Assert.IsType<DeleteTaskResult.NotFound>(result);
        Assert.NotNull(notFound.BodyError);
        Assert.Equal("{\"error\": tru", notFound.RawBody);
        notFound.Dispose();

        Assert.NotNull(notFound.BodyError);
        Assert.False(notFound.TryGetBody(out _));
        Assert.Equal("{\"error\": tru", notFound.RawBody);
        Assert.Throws<ObjectDisposedException>(() => notFound.RawBodyBytes);
    }

    [Fact]
    public async Task ThreadsAskingAndDisposingAtOnce_SeeOneOutcome()
    {
        using var http = Client(HttpStatusCode.NotFound, NotFoundJson);
        var client = new TallyfyClient(http);
        for (var round = 0; round < 200; round++)
        {
            var result = await client.DeleteTaskAsync(Operations.OrgId, Operations.TaskId);
            using var start = new Barrier(4);
            string? text = null;
            var threads = new[]
            {
                new Thread(() => { start.SignalAndWait(); _ = result.Headers; }),
                new Thread(() => { start.SignalAndWait(); result.Dispose(); }),
                new Thread(() => { start.SignalAndWait(); result.Dispose(); }),
                new Thread(() =>
                {
                    start.SignalAndWait();
                    try
                    {
                        text = result.RawBody;
                    }
                    catch (ObjectDisposedException)
                    {
                    }
                }),
            };
            foreach (var thread in threads)
            {
                thread.Start();
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }

            Assert.Throws<ObjectDisposedException>(() => result.RawBodyBytes);
            Assert.Equal("req_state", result.Headers.GetValue("X-Request-Id"));
            Assert.Equal(404, result.StatusCode);
            if (text is not null)
            {
                Assert.Equal(NotFoundJson, text);
                Assert.Same(text, result.RawBody);
            }

            Assert.Equal("RESOURCE_NOT_FOUND", Assert.IsType<DeleteTaskResult.NotFound>(result).Body.Code);
        }
    }

    /// <summary>Answers at once (<see cref="StubHandler"/>), with a Content-Length: a body read into an array rented from the pool.</summary>
    private static HttpClient Client(HttpStatusCode status, string? json)
    {
        var body = json is null ? null : Encoding.UTF8.GetBytes(json);
        return new(new StubHandler(_ => Answer(status, body))) { BaseAddress = new Uri(TallyfyClient.DefaultBaseUrl) };
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, byte[]? body)
    {
        var response = new HttpResponseMessage(status);
        response.Headers.TryAddWithoutValidation("X-Request-Id", "req_state");
        if (body is not null)
        {
            response.Content = new ByteArrayContent(body);
            response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        }

        return response;
    }
}
