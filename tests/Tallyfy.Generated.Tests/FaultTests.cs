using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Tallyfy;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>
/// Transport faults and odd-but-valid responses, each with one asserted outcome. Every call gets a token that fires
/// after <see cref="CallBound"/> and is also abandoned after <see cref="HangBound"/>, so a hang fails instead of blocking.
/// "raw" is <see cref="RawHttpServer"/> (a TcpListener writing exact bytes), used where WireMock.Net cannot break the
/// transport: its FaultType values still send a well-framed HTTP response.
/// <code>
/// | fault                                                     | operation   | outcome                                                                |
/// |-----------------------------------------------------------|-------------|------------------------------------------------------------------------|
/// | WireMock FaultType.EMPTY_RESPONSE                         | restoreTask | a valid 200 with an empty (chunked) body: Ok, BodyError, RawBody ""    |
/// | WireMock FaultType.MALFORMED_RESPONSE_CHUNK               | restoreTask | a valid 200 whose body is JSON bytes then random ones: Ok, BodyError   |
/// | raw: reads the request, then resets the connection (RST)  | restoreTask | HttpRequestException (inner IOException: connection reset)             |
/// | raw: reads the request, closes without a byte (no status) | restoreTask | HttpRequestException (inner HttpIOException ResponseEnded)             |
/// | raw: chunk size that is not hex                           | restoreTask | HttpRequestException (inner HttpIOException InvalidResponse)           |
/// | raw: chunked body cut off, then close                     | restoreTask | HttpRequestException (inner HttpIOException ResponseEnded)             |
/// | raw: Content-Length 1000, 100 bytes sent, then close      | restoreTask | HttpRequestException saying how many bytes were missing                |
/// | raw: Content-Length 1000, some bytes, then reset (RST)    | restoreTask | HttpRequestException (inner IOException)                               |
/// | headers later than HttpClient.Timeout (WireMock delay)    | deleteFile  | TaskCanceledException, InnerException TimeoutException                 |
/// | body trickling past HttpClient.Timeout (raw)              | restoreTask | TaskCanceledException, InnerException TimeoutException                 |
/// | 200 text/html carrying JSON                               | restoreTask | Ok, body read (one media type documented: JSON is read by shape)       |
/// | 200 text/html carrying HTML                               | restoreTask | Ok, BodyError (JsonException), RawBody and ContentType kept            |
/// | 204 with a body (WireMock: Kestrel drops it)              | deleteTask  | NoContent, RawBody "" (the body never leaves the server)               |
/// | raw: 204 with body bytes, no Content-Length               | deleteTask  | NoContent, RawBody "" (SocketsHttpHandler never reads a 204's content) |
/// | raw: 204 with Content-Length: 16 and 16 body bytes        | deleteTask  | NoContent, RawBody "", Content-Length header kept                      |
/// | 200 with an empty body where JSON is documented           | restoreTask | Ok, BodyError, RawBody ""                                              |
/// </code>
/// Never a result case for a transport failure, never an exception for a response that arrived whole.
/// </summary>
public sealed class FaultTests : IClassFixture<TallyfyServerFixture>
{
    /// <summary>Passed to every call as its token: a fault must end the call well within it.</summary>
    private static readonly TimeSpan CallBound = TimeSpan.FromSeconds(20);

    /// <summary>Waited on independently of the token, so a client that ignored its token would fail the test rather than hang it.</summary>
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(40);

    private readonly TallyfyServerFixture _fixture;

    public FaultTests(TallyfyServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    [Fact]
    public async Task WireMockEmptyResponseFault_IsAWellFramedEmpty200_GivesOkWithBodyError()
    {
        _fixture.Server
            .Given(Request.Create().UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Bodies.OneOffTask)
                .WithFault(FaultType.EMPTY_RESPONSE));

        var result = await BoundedAsync(ct => _fixture.CreateClient().RestoreTaskAsync(Operations.OrgId, Operations.TaskId, ct));

        // WireMock.Net's EMPTY_RESPONSE empties the body only: status line and headers still arrive, so this is a response.
        var ok = Assert.IsType<RestoreTaskResult.Ok>(result);
        Assert.Equal(200, ok.StatusCode);
        Assert.Equal(string.Empty, ok.RawBody);
        Assert.True(ok.RawBodyBytes.IsEmpty);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(ok.BodyError);
        Assert.Throws<ApiBodyException>(() => ok.Body);
    }

    [Fact]
    public async Task WireMockMalformedResponseChunkFault_IsAWellFramedGarbage200_GivesOkWithBodyError()
    {
        _fixture.Server
            .Given(Request.Create().UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Bodies.OneOffTask)
                .WithFault(FaultType.MALFORMED_RESPONSE_CHUNK));

        var result = await BoundedAsync(ct => _fixture.CreateClient().RestoreTaskAsync(Operations.OrgId, Operations.TaskId, ct));

        // WireMock.Net sends (the distinct bytes of) the first half of the body and random bytes, inside valid HTTP framing.
        var ok = Assert.IsType<RestoreTaskResult.Ok>(result);
        Assert.Equal(200, ok.StatusCode);
        Assert.NotNull(ok.BodyError);
        Assert.False(ok.TryGetBody(out _));
        Assert.False(ok.RawBodyBytes.IsEmpty);
        Assert.Equal((byte)'{', ok.RawBodyBytes.Span[0]);
        Assert.NotEqual(Bodies.OneOffTask, ok.RawBody);
    }

    [Fact]
    public async Task ConnectionResetAfterTheRequest_ThrowsHttpRequestException()
    {
        await using var server = new RawHttpServer(exchange =>
        {
            exchange.Reset();
            return Task.CompletedTask;
        });
        var client = RawClient(server, out var httpClient);
        using (httpClient)
        {
            var exception = await Assert.ThrowsAsync<HttpRequestException>(
                () => BoundedAsync(ct => client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId, ct)));

            var io = Assert.IsAssignableFrom<IOException>(exception.InnerException);
            var socket = Assert.IsType<SocketException>(io.InnerException);
            Assert.Equal(SocketError.ConnectionReset, socket.SocketErrorCode);
            Assert.True(server.RequestCount >= 1);
            Assert.Empty(server.HandlerErrors);
        }
    }

    [Fact]
    public async Task EmptyResponse_NoStatusLine_ThrowsHttpRequestException()
    {
        await using var server = new RawHttpServer(_ => Task.CompletedTask);
        var client = RawClient(server, out var httpClient);
        using (httpClient)
        {
            var exception = await Assert.ThrowsAsync<HttpRequestException>(
                () => BoundedAsync(ct => client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId, ct)));

            var inner = Assert.IsType<HttpIOException>(exception.InnerException);
            Assert.Equal(HttpRequestError.ResponseEnded, inner.HttpRequestError);

            // SocketsHttpHandler retries a request whose connection closed before any response byte (observed: 1 + 3 retries).
            Assert.InRange(server.RequestCount, 1, 4);
        }
    }

    [Fact]
    public async Task MalformedChunkedEncoding_ThrowsHttpRequestException()
    {
        await using var server = new RawHttpServer(exchange => exchange.WriteAsync(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"dat\r\nZZZ-not-hex\r\n\r\n"));
        var client = RawClient(server, out var httpClient);
        using (httpClient)
        {
            var exception = await Assert.ThrowsAsync<HttpRequestException>(
                () => BoundedAsync(ct => client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId, ct)));

            var inner = Assert.IsType<HttpIOException>(exception.InnerException);
            Assert.Equal(HttpRequestError.InvalidResponse, inner.HttpRequestError);
        }
    }

    [Fact]
    public async Task ChunkedBodyCutOff_ThrowsHttpRequestException()
    {
        await using var server = new RawHttpServer(exchange => exchange.WriteAsync(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n64\r\n{\"data\":{\"id\":\"0123"));
        var client = RawClient(server, out var httpClient);
        using (httpClient)
        {
            var exception = await Assert.ThrowsAsync<HttpRequestException>(
                () => BoundedAsync(ct => client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId, ct)));

            var inner = Assert.IsType<HttpIOException>(exception.InnerException);
            Assert.Equal(HttpRequestError.ResponseEnded, inner.HttpRequestError);
        }
    }

    [Fact]
    public async Task BodyTruncatedMidStream_ThrowsHttpRequestException_WithAClearMessage()
    {
        await using var server = new RawHttpServer(async exchange =>
        {
            await exchange.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
            await exchange.WriteAsync("{\"data\":{\"id\":\"0123456789abcdef0123456789abcdef\",\"title\":\"" + new string('x', 40));
        });
        var client = RawClient(server, out var httpClient);
        using (httpClient)
        {
            // Exactly HttpRequestException, as the client documents for transport failures; never a result case.
            var exception = await Assert.ThrowsAsync<HttpRequestException>(
                () => BoundedAsync(ct => client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId, ct)));

            Assert.Contains("ended", exception.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("1000", exception.Message, StringComparison.Ordinal);
            Assert.Equal(1, server.RequestCount);
        }
    }

    [Fact]
    public async Task BodyTruncatedWhileTheClientWaits_GivesTheSameClearMessage()
    {
        // The server pauses before ending the body, so the client is (almost always) still waiting for the body when
        // the connection ends: that path must word the failure like the one where the body had already failed.
        await using var server = new RawHttpServer(async exchange =>
        {
            await exchange.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
            await exchange.WriteAsync("{\"data\":{\"id\":\"0123456789abcdef0123456789abcdef\"");
            await Task.Delay(300, exchange.Stopping);
        });
        var client = RawClient(server, out var httpClient);
        using (httpClient)
        {
            var exception = await Assert.ThrowsAsync<HttpRequestException>(
                () => BoundedAsync(ct => client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId, ct)));

            Assert.StartsWith("The response ended before the 1000 bytes", exception.Message, StringComparison.Ordinal);
            Assert.IsAssignableFrom<IOException>(exception.InnerException);
        }
    }

    [Fact]
    public async Task ConnectionResetMidBody_WithContentLength_ThrowsHttpRequestException()
    {
        await using var server = new RawHttpServer(async exchange =>
        {
            await exchange.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
            await exchange.WriteAsync("{\"data\":{\"id\":\"0123456789abcdef0123456789abcdef\"");
            await Task.Delay(50, exchange.Stopping);
            exchange.Reset();
        });
        var client = RawClient(server, out var httpClient);
        using (httpClient)
        {
            var exception = await Assert.ThrowsAsync<HttpRequestException>(
                () => BoundedAsync(ct => client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId, ct)));

            Assert.IsAssignableFrom<IOException>(exception.InnerException);
        }
    }

    [Fact]
    public async Task HeadersLaterThanHttpClientTimeout_ThrowsTaskCanceledWithTimeoutInner()
    {
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(10)));
        var options = new TallyfyClientOptions { BaseUrl = new Uri(_fixture.Url), Token = TallyfyServerFixture.Token };
        var client = TallyfyClientFactory.Create(options, out var httpClient);
        using (httpClient)
        {
            httpClient.Timeout = TimeSpan.FromMilliseconds(300);

            // The inner TimeoutException says HttpClient.Timeout ended the call, not the answer (10 s later) nor the call's token.
            var exception = await Assert.ThrowsAsync<TaskCanceledException>(
                () => BoundedAsync(ct => client.DeleteFileAsync(Operations.OrgId, Operations.AssetId, ct)));

            Assert.IsType<TimeoutException>(exception.InnerException);
        }
    }

    [Fact]
    public async Task BodySlowerThanHttpClientTimeout_ThrowsTaskCanceledWithTimeoutInner()
    {
        // Headers at once, then one byte of the announced 1000 every 100 ms: the whole call outlasts HttpClient.Timeout.
        await using var server = new RawHttpServer(async exchange =>
        {
            await exchange.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
            for (var i = 0; i < 1000; i++)
            {
                await exchange.WriteAsync(" ");
                await Task.Delay(100, exchange.Stopping);
            }
        });
        var options = new TallyfyClientOptions { BaseUrl = new Uri(server.Url), Token = TallyfyServerFixture.Token };
        var client = TallyfyClientFactory.Create(options, out var httpClient);
        using (httpClient)
        {
            httpClient.Timeout = TimeSpan.FromMilliseconds(500);
            var stopwatch = Stopwatch.StartNew();

            var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => BoundedAsync(ct => client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId, ct)));

            // HttpClient.Timeout bounds the whole call, as it does for HttpClient's own GetAsync/SendAsync:
            // not the caller's token (CallBound) firing instead.
            Assert.True(
                exception is TaskCanceledException { InnerException: TimeoutException },
                "expected HttpClient.Timeout (500 ms) to end the call; got " + exception.GetType().Name + " (inner "
                + exception.InnerException?.GetType().Name + ") after " + stopwatch.Elapsed);
        }
    }

    [Fact]
    public async Task Ok_TextHtmlCarryingJson_IsReadByShape()
    {
        _fixture.Server
            .Given(Request.Create().UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html; charset=utf-8").WithBody(Bodies.OneOffTask));

        var result = await BoundedAsync(ct => _fixture.CreateClient().RestoreTaskAsync(Operations.OrgId, Operations.TaskId, ct));

        var ok = Assert.IsType<RestoreTaskResult.Ok>(result);
        Assert.Equal("text/html", ok.ContentType);
        Assert.Null(ok.BodyError);
        Assert.Equal(Operations.TaskId, ok.Body.Data.Id);
        Assert.Equal("Send the signed contract", ok.Body.Data.Title);
        Assert.Equal(Bodies.OneOffTask, ok.RawBody);
    }

    [Fact]
    public async Task Ok_TextHtmlCarryingHtml_GivesOkWithBodyError_AndKeepsTheRawBody()
    {
        const string html = "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>";
        _fixture.Server
            .Given(Request.Create().UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/html").WithBody(html));

        var result = await BoundedAsync(ct => _fixture.CreateClient().RestoreTaskAsync(Operations.OrgId, Operations.TaskId, ct));

        var ok = Assert.IsType<RestoreTaskResult.Ok>(result);
        Assert.Equal("text/html", ok.ContentType);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(ok.BodyError);
        Assert.False(ok.TryGetBody(out _));
        var exception = Assert.Throws<ApiBodyException>(() => ok.Body);
        Assert.Same(ok.BodyError, exception.InnerException);
        Assert.Equal(html, ok.RawBody);
        Assert.True(ok.IsSuccess);
    }

    [Fact]
    public async Task NoContent_WithABodyFromWireMock_GivesNoContent_TheServerNeverSendsTheBody()
    {
        _fixture.Server
            .Given(Request.Create().UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(204).WithHeader("Content-Type", "application/json").WithBody("{\"unexpected\":1}"));

        var result = await BoundedAsync(ct => _fixture.CreateClient().DeleteTaskAsync(Operations.OrgId, Operations.TaskId, ct));

        // Kestrel refuses to write content for a 204, so nothing of the body reaches the client.
        var noContent = Assert.IsType<DeleteTaskResult.NoContent>(result);
        Assert.Equal(204, noContent.StatusCode);
        Assert.Equal("application/json", noContent.ContentType);
        Assert.Equal(string.Empty, noContent.RawBody);
    }

    [Fact]
    public async Task NoContent_WithBodyBytesAndNoContentLength_GivesNoContent()
    {
        await using var server = new RawHttpServer(exchange => exchange.WriteAsync(
            "HTTP/1.1 204 No Content\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"unexpected\":1}"));
        var client = RawClient(server, out var httpClient);
        using (httpClient)
        {
            var result = await BoundedAsync(ct => client.DeleteTaskAsync(Operations.OrgId, Operations.TaskId, ct));

            // A 204 has no content by definition (RFC 9110 15.3.5): SocketsHttpHandler never reads past its head.
            var noContent = Assert.IsType<DeleteTaskResult.NoContent>(result);
            Assert.Equal(string.Empty, noContent.RawBody);
        }
    }

    [Fact]
    public async Task NoContent_WithContentLengthAndBodyOnTheWire_GivesNoContent()
    {
        await using var server = new RawHttpServer(exchange => exchange.WriteAsync(
            "HTTP/1.1 204 No Content\r\nContent-Type: application/json\r\nContent-Length: 16\r\nConnection: close\r\n\r\n{\"unexpected\":1}"));
        var client = RawClient(server, out var httpClient);
        using (httpClient)
        {
            var result = await BoundedAsync(ct => client.DeleteTaskAsync(Operations.OrgId, Operations.TaskId, ct));

            // HttpClient hands over a 204 with empty content whatever Content-Length says, so the case is NoContent
            // with an empty RawBody (the 16 bytes never reach the client), and the header stays visible.
            var noContent = Assert.IsType<DeleteTaskResult.NoContent>(result);
            Assert.Equal(string.Empty, noContent.RawBody);
            Assert.Equal("16", noContent.Headers.GetValue("Content-Length"));
        }
    }

    [Fact]
    public async Task Ok_WithAnEmptyBodyWhereJsonIsDocumented_GivesOkWithBodyError()
    {
        _fixture.Server
            .Given(Request.Create().UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithHeader("Content-Length", "0"));

        var result = await BoundedAsync(ct => _fixture.CreateClient().RestoreTaskAsync(Operations.OrgId, Operations.TaskId, ct));

        var ok = Assert.IsType<RestoreTaskResult.Ok>(result);
        Assert.Equal(string.Empty, ok.RawBody);
        Assert.True(ok.RawBodyBytes.IsEmpty);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(ok.BodyError);
        Assert.Throws<ApiBodyException>(() => ok.Body);
        Assert.Same(ok, ok.EnsureSuccess());
    }

    internal static TallyfyClient RawClient(RawHttpServer server, out HttpClient httpClient)
    {
        var options = new TallyfyClientOptions { BaseUrl = new Uri(server.Url), Token = TallyfyServerFixture.Token };
        var client = TallyfyClientFactory.Create(options, out httpClient);
        httpClient.Timeout = TimeSpan.FromSeconds(20);
        return client;
    }

    /// <summary>Runs a call with a token of <see cref="CallBound"/>, and gives up on it after <see cref="HangBound"/> even if it ignores the token.</summary>
    private static async Task<T> BoundedAsync<T>(Func<CancellationToken, Task<T>> call)
    {
        using var cts = new CancellationTokenSource(CallBound);
        var task = call(cts.Token);
        try
        {
            return await task.WaitAsync(HangBound);
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            throw new Xunit.Sdk.XunitException("The call hung: still running " + HangBound + " after it started, although its token fired at " + CallBound + ".");
        }
    }
}
