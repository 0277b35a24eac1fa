using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Tallyfy;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>
/// A body with a Content-Length is kept in an array rented from the shared pool, which disposing the result gives
/// back: the raw body is readable until then and refused clearly after; a live result's bytes are never reused by
/// another call; bodies above the pool limit and bodies without a length are read whole too. Over a real socket
/// (WireMock.Net on 127.0.0.1, with a Content-Length) and over in-memory contents.
/// </summary>
public sealed class PooledBodyTests : IClassFixture<ContentLengthServerFixture>
{
    private static readonly Uri BaseUrl = new("https://api.example.test/");

    private readonly ContentLengthServerFixture _fixture;

    public PooledBodyTests(ContentLengthServerFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task RawBody_ReadableUntilDisposed_ThenObjectDisposedException_WhileTypedBodyStatusAndHeadersStay()
    {
        var body = Encoding.UTF8.GetBytes(Bodies.OneOffTask);
        _fixture.Serve(Path("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), body);
        var client = SocketClient(out var httpClient);
        using (httpClient)
        {
            var result = await client.RestoreTaskAsync(Operations.OrgId, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
            var ok = Assert.IsType<RestoreTaskResult.Ok>(result);
            Assert.Equal(body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), ok.Headers.GetValue("Content-Length"));
            Assert.Equal(body, ok.RawBodyBytes.ToArray());

            ok.Dispose();

            var disposed = Assert.Throws<ObjectDisposedException>(() => ok.RawBodyBytes);
            Assert.Contains("before disposing", disposed.Message, StringComparison.Ordinal);
            Assert.Throws<ObjectDisposedException>(() => ok.RawBody);
            Assert.Equal(Operations.TaskId, ok.Body.Data.Id);
            Assert.Equal(200, ok.StatusCode);
            Assert.Equal("application/json", ok.ContentType);
            Assert.NotNull(ok.Headers.GetValue("Content-Length"));

            // Disposing twice is harmless.
            ok.Dispose();
        }
    }

    [Fact]
    public async Task RawBodyText_ReadBeforeDispose_StaysReadable()
    {
        _fixture.Serve(Path("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"), Encoding.UTF8.GetBytes(Bodies.OneOffTask));
        var client = SocketClient(out var httpClient);
        using (httpClient)
        {
            var result = await client.RestoreTaskAsync(Operations.OrgId, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
            var text = result.RawBody;

            result.Dispose();

            Assert.Equal(Bodies.OneOffTask, text);
            Assert.Same(text, result.RawBody);
            Assert.Throws<ObjectDisposedException>(() => result.RawBodyBytes);
        }
    }

    [Fact]
    public async Task LiveResults_KeepTheirOwnBytes_WhileDisposedOnesGiveTheirArraysToLaterCalls()
    {
        // Bodies of one size, so every call rents from the same bucket of the pool and would get a live result's
        // array, were it handed back early.
        var first = PaddedBody('1', 1500);
        var other = PaddedBody('2', 1500);
        _fixture.Serve(Path("cccccccccccccccccccccccccccccccc"), first);
        _fixture.Serve(Path("dddddddddddddddddddddddddddddddd"), other);
        var client = SocketClient(out var httpClient);
        using (httpClient)
        {
            var kept = await client.RestoreTaskAsync(Operations.OrgId, "cccccccccccccccccccccccccccccccc");
            var alsoKept = await client.RestoreTaskAsync(Operations.OrgId, "dddddddddddddddddddddddddddddddd");
            Assert.Equal(first, kept.RawBodyBytes.ToArray());
            Assert.Equal(other, alsoKept.RawBodyBytes.ToArray());

            for (var i = 0; i < 20; i++)
            {
                using var passing = await client.RestoreTaskAsync(Operations.OrgId, "dddddddddddddddddddddddddddddddd");
                Assert.Equal(other, passing.RawBodyBytes.ToArray());
            }

            Assert.Equal(first, kept.RawBodyBytes.ToArray());
            Assert.Equal(other, alsoKept.RawBodyBytes.ToArray());
            Assert.Equal(Operations.TaskId, Assert.IsType<RestoreTaskResult.Ok>(kept).Body.Data.Id);
            kept.Dispose();
            alsoKept.Dispose();
        }
    }

    [Fact]
    public async Task BodyLargerThanThePoolLimit_IsReadWhole_AndDisposeEndsItsRawBodyToo()
    {
        var body = PaddedBody('L', (3 * 1024 * 1024) + 17);
        _fixture.Serve(Path("eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"), body);
        var client = SocketClient(out var httpClient);
        using (httpClient)
        {
            var result = await client.RestoreTaskAsync(Operations.OrgId, "eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee");

            var ok = Assert.IsType<RestoreTaskResult.Ok>(result);
            Assert.Equal(body.Length, ok.RawBodyBytes.Length);
            Assert.True(ok.RawBodyBytes.Span.SequenceEqual(body));
            Assert.Equal(Operations.TaskId, ok.Body.Data.Id);
            ok.Dispose();
            Assert.Throws<ObjectDisposedException>(() => ok.RawBodyBytes);
        }
    }

    public static TheoryData<string> Contents => new() { "bytes", "stream with length", "stream without length", "large bytes" };

    [Theory]
    [MemberData(nameof(Contents))]
    public async Task InMemoryContents_LiveResultsKeepTheirBytes_WhileOthersAreDisposed(string kind)
    {
        var call = 0;
        using var httpClient = new HttpClient(new StubHandler(_ =>
        {
            var body = Body(kind, Interlocked.Increment(ref call));
            HttpContent content = kind switch
            {
                "stream with length" => new StreamContent(new System.IO.MemoryStream(body)),
                "stream without length" => new StreamContent(new NoLengthStream(body)),
                _ => new ByteArrayContent(body),
            };
            content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        }));
        var client = new TallyfyClient(httpClient, BaseUrl);

        var kept = new List<(int Call, ApiResponse Result)>();
        for (var i = 1; i <= 60; i++)
        {
            var result = await client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId);
            if (i % 3 == 0)
            {
                kept.Add((i, result));
            }
            else
            {
                Assert.Equal(Body(kind, i), result.RawBodyBytes.ToArray());
                result.Dispose();
            }
        }

        foreach (var (i, result) in kept)
        {
            Assert.Equal(Body(kind, i), result.RawBodyBytes.ToArray());
            result.Dispose();
            Assert.Throws<ObjectDisposedException>(() => result.RawBodyBytes);
        }
    }

    [Fact]
    public async Task ContentShorterThanItsContentLength_IsHttpRequestException_WithTheClearMessage()
    {
        using var httpClient = new HttpClient(new StubHandler(_ =>
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"data\":{}}"));
            content.Headers.ContentLength = 1000;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
        }));
        var client = new TallyfyClient(httpClient, BaseUrl);

        var exception = await Assert.ThrowsAsync<HttpRequestException>(() => client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId));

        Assert.StartsWith("The response ended before the 1000 bytes its Content-Length announced had arrived", exception.Message, StringComparison.Ordinal);
        Assert.Equal(HttpRequestError.ResponseEnded, exception.HttpRequestError);
    }

    [Fact]
    public void FakeResult_Dispose_EndsItsRawBodyToo()
    {
        var result = new RestoreTaskResult.NotFound(new Error { Message = "No such task", Code = "GONE" });
        Assert.False(result.RawBodyBytes.IsEmpty);

        result.Dispose();

        Assert.Throws<ObjectDisposedException>(() => result.RawBodyBytes);
        Assert.Equal("GONE", result.Body.Code);
    }

    private static string Path(string taskId) => "/organizations/" + Operations.OrgId + "/tasks/" + taskId + "/restore";

    private TallyfyClient SocketClient(out HttpClient httpClient) =>
        TallyfyClientFactory.Create(new TallyfyClientOptions { BaseUrl = new Uri(_fixture.Url), Token = TallyfyServerFixture.Token }, out httpClient);

    /// <summary>The one-off task of <see cref="Bodies.OneOffTask"/> padded with <paramref name="fill"/> to <paramref name="size"/> bytes.</summary>
    private static byte[] PaddedBody(char fill, int size)
    {
        var head = Encoding.UTF8.GetBytes("{\"data\":{\"id\":\"" + Operations.TaskId + "\",\"title\":\"");
        var tail = Encoding.UTF8.GetBytes("\"}}");
        var body = new byte[size];
        head.CopyTo(body, 0);
        body.AsSpan(head.Length, size - head.Length - tail.Length).Fill((byte)fill);
        tail.CopyTo(body, size - tail.Length);
        return body;
    }

    /// <summary>A JSON text of its own per call (its number starts the padding), all of one size (beyond the pool limit for "large bytes").</summary>
    private static byte[] Body(string kind, int call)
    {
        var body = PaddedBody((char)('a' + (call % 26)), kind == "large bytes" ? (1024 * 1024) + 1 : 900);
        var number = Encoding.UTF8.GetBytes(call.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        number.CopyTo(body, body.Length - 3 - 100);
        return body;
    }

    /// <summary>A stream that cannot tell its length, so the content has none.</summary>
    private sealed class NoLengthStream : System.IO.MemoryStream
    {
        public NoLengthStream(byte[] bytes)
            : base(bytes)
        {
        }

        public override bool CanSeek => false;
    }
}
