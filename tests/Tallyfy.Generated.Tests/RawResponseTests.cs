using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Tallyfy;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>
/// What a result keeps of its response once the response is disposed: every header (read where HttpClient keeps them,
/// not copied) and the body bytes (taken from HttpContent's buffer, not copied), whatever content the handler answered
/// with, and unchanged by the calls that follow.
/// </summary>
public sealed class RawResponseTests
{
    private static readonly Uri BaseUrl = new("https://api.example.test/");

    [Fact]
    public async Task Headers_EveryValue_CaseInsensitive_FromResponseAndContent_AfterTheResponseIsDisposed()
    {
        HttpResponseMessage? sent = null;
        var handler = new StubHandler(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(Bodies.OneOffTask, Encoding.UTF8, "application/json"),
            };
            response.Headers.TryAddWithoutValidation("X-Multi", new[] { "a", "b" });
            response.Headers.TryAddWithoutValidation("x-request-id", "r-1");
            response.Headers.TryAddWithoutValidation("X-Both", "on-the-response");
            response.Content.Headers.TryAddWithoutValidation("Content-Language", "en");
            response.Content.Headers.TryAddWithoutValidation("X-Both", "on-the-content");
            sent = response;
            return response;
        });
        using var httpClient = new HttpClient(handler);
        var client = new TallyfyClient(httpClient, BaseUrl);

        var result = await client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId);

        // The response is gone (its content refuses to be read), the result still has all of it.
        Assert.Throws<ObjectDisposedException>(() => sent!.Content.ReadAsStream());
        var ok = Assert.IsType<RestoreTaskResult.Ok>(result);
        Assert.Equal(Operations.TaskId, ok.Body.Data.Id);
        Assert.Equal(Bodies.OneOffTask, result.RawBody);
        Assert.Equal("application/json", result.ContentType);
        var headers = result.Headers;
        Assert.True(headers.TryGetValues("x-MULTI", out var multi));
        Assert.Equal(new[] { "a", "b" }, multi);
        Assert.Equal("a, b", headers.GetValue("X-Multi"));
        Assert.Equal("r-1", headers.GetValue("X-REQUEST-ID"));
        Assert.Equal("en", headers.GetValue("content-language"));
        Assert.StartsWith("application/json", headers.GetValue("content-type"), StringComparison.Ordinal);

        // A name a handler put on both collections is one header with the values of both, the response's first.
        Assert.True(headers.TryGetValues("x-both", out var both));
        Assert.Equal(new[] { "on-the-response", "on-the-content" }, both);
        Assert.True(headers.Contains("X-BOTH"));
        Assert.False(headers.Contains("X-Absent"));
        Assert.Null(headers.GetValue("X-Absent"));
        Assert.False(headers.TryGetValues("X-Absent", out _));

        var all = headers.ToList();
        Assert.Equal(all.Count, headers.Count);
        Assert.Equal(all.Count, all.Select(h => h.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var name in new[] { "X-Multi", "x-request-id", "X-Both", "Content-Type", "Content-Language" })
        {
            Assert.Contains(all, h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Equal(new[] { "on-the-response", "on-the-content" }, all.Single(h => h.Key == "X-Both").Value);

        // Reading them changed nothing: the response's own collections hold what they held.
        Assert.Equal(new[] { "on-the-response" }, sent!.Headers.NonValidated["X-Both"]);
        Assert.Equal(new[] { "a", "b" }, sent.Headers.NonValidated["X-Multi"]);
    }

    public static TheoryData<string> Contents => new() { "bytes", "stream with length", "stream without length" };

    [Theory]
    [MemberData(nameof(Contents))]
    public async Task RawBodyBytes_StayTheBytesReceived_WhileLaterCallsRun(string kind)
    {
        var call = 0;
        var handler = new StubHandler(_ =>
        {
            var body = Body(Interlocked.Increment(ref call));
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = Content(kind, body) };
        });
        using var httpClient = new HttpClient(handler);
        var client = new TallyfyClient(httpClient, BaseUrl);

        var first = await client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId);
        var kept = new List<ApiResponse> { first };
        for (var i = 0; i < 200; i++)
        {
            kept.Add(await client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId));
        }

        // Had a body been left in a buffer that is reused, a later call would have written over it.
        for (var i = 0; i < kept.Count; i++)
        {
            Assert.Equal(Body(i + 1), kept[i].RawBodyBytes.ToArray());
        }

        Assert.Equal(Body(1), Encoding.UTF8.GetBytes(first.RawBody));
    }

    [Fact]
    public async Task NoContent_HasNoBody_AndItsHeaders()
    {
        var handler = new StubHandler(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.NoContent);
            response.Headers.TryAddWithoutValidation("X-Request-Id", "r-204");
            return response;
        });
        using var httpClient = new HttpClient(handler);
        var client = new TallyfyClient(httpClient, BaseUrl);

        var result = await client.DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        Assert.IsType<DeleteTaskResult.NoContent>(result);
        Assert.True(result.RawBodyBytes.IsEmpty);
        Assert.Equal(string.Empty, result.RawBody);
        Assert.Null(result.ContentType);
        Assert.Equal("r-204", result.Headers.GetValue("x-request-id"));
    }

    /// <summary>A JSON text of its own per call, of a size that changes with the call, so no two bodies are alike.</summary>
    private static byte[] Body(int call) =>
        Encoding.UTF8.GetBytes("{\"call\":" + call + ",\"padding\":\"" + new string((char)('a' + (call % 26)), 100 + (call * 37 % 3000)) + "\"}");

    private static HttpContent Content(string kind, byte[] body)
    {
        HttpContent content = kind switch
        {
            "bytes" => new ByteArrayContent(body),
            "stream with length" => new StreamContent(new MemoryStream(body)),
            _ => new StreamContent(new UnseekableStream(body)),
        };
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return content;
    }

    /// <summary>A stream that cannot tell its length, so the content has none: HttpClient buffers it in pieces.</summary>
    private sealed class UnseekableStream : MemoryStream
    {
        public UnseekableStream(byte[] bytes)
            : base(bytes)
        {
        }

        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 97));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 97)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 97)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, 97), cancellationToken);
    }
}
