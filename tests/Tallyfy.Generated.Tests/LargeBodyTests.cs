using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Tallyfy;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using Xunit;
using Xunit.Abstractions;

namespace Tallyfy.Generated.Tests;

/// <summary>Tests that measure process-wide allocations: they run alone, after every parallel test class has finished.</summary>
[CollectionDefinition(nameof(AllocationMeasuringCollection), DisableParallelization = true)]
public sealed class AllocationMeasuringCollection
{
}

/// <summary>
/// A WireMock.Net server on 127.0.0.1 that answers chosen paths with a Content-Length. WireMock.Net itself never sends
/// one for a response with a body (it drops a Content-Length header then, and Kestrel falls back to chunked), so a
/// middleware in front of it sets <c>HttpResponse.ContentLength</c> before WireMock writes the body.
/// </summary>
public sealed class ContentLengthServerFixture : IDisposable
{
    private readonly ConcurrentDictionary<string, long> _lengths = new(StringComparer.Ordinal);

    public ContentLengthServerFixture()
    {
        Server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = new[] { "http://127.0.0.1:0" },
            PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use(async (context, next) =>
            {
                if (context.Request.Path.Value is { } path && _lengths.TryGetValue(path, out var length))
                {
                    context.Response.ContentLength = length;
                }

                await next();
            }),
        });
        Url = Server.Url ?? throw new InvalidOperationException("WireMock.Net started without a URL.");
        Assert.StartsWith("http://127.0.0.1:", Url, StringComparison.Ordinal);
    }

    public WireMockServer Server { get; }

    public string Url { get; }

    /// <summary>Answers <paramref name="path"/> with <paramref name="body"/> and a Content-Length of its size.</summary>
    public void Serve(string path, byte[] body)
    {
        _lengths[path] = body.Length;
        Server
            .Given(Request.Create().WithPath(path).UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));
    }

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }
}

/// <summary>
/// A 50 MB JSON body with a Content-Length, served by WireMock.Net: the client reads it into one array of that size
/// and does not copy it again. An allocation bound, not a timing test.
/// </summary>
[Collection(nameof(AllocationMeasuringCollection))]
public sealed class LargeBodyTests : IClassFixture<ContentLengthServerFixture>
{
    private const int BodySize = 50 * 1024 * 1024;

    /// <summary>What the client may allocate for one call, as a multiple of the body: one exact array is 1×.</summary>
    private const double AllowedFactor = 2.5;

    private const string LargePath = "/organizations/org_7Hq2Lw/tasks/0123456789abcdef0123456789abcdef/restore";
    private const string SmallPath = "/organizations/org_7Hq2Lw/tasks/ffffffffffffffffffffffffffffffff/restore";

    private readonly ContentLengthServerFixture _fixture;
    private readonly ITestOutputHelper _output;

    public LargeBodyTests(ContentLengthServerFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public async Task FiftyMegabyteBody_WithContentLength_IsReadIntoOneArray_NotCopiedAgain()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var body = BuildBody(BodySize);
        Assert.Equal(BodySize, body.Length);
        _fixture.Serve(LargePath, body);
        _fixture.Serve(SmallPath, Encoding.UTF8.GetBytes(Bodies.OneOffTask));
        var options = new TallyfyClientOptions { BaseUrl = new Uri(_fixture.Url), Token = TallyfyServerFixture.Token };
        var client = TallyfyClientFactory.Create(options, out var httpClient);
        using (httpClient)
        {
            // Warm up: the client's path with a small body, and the large body once through a plain drain, so JIT,
            // connection set-up and the server's first-response costs are not measured.
            var warm = await client.RestoreTaskAsync(Operations.OrgId, "ffffffffffffffffffffffffffffffff", cts.Token);
            Assert.IsType<RestoreTaskResult.Ok>(warm);
            var drainBuffer = new byte[1024 * 1024];
            Assert.Equal(BodySize, await DrainAsync(httpClient, drainBuffer, cts.Token));

            // The server runs in this process, so GC.GetTotalAllocatedBytes counts what it allocates to send the body
            // too: a plain HttpClient drain into a reused buffer (which itself allocates nothing per byte) shows that share.
            Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var drained = await DrainAsync(httpClient, drainBuffer, cts.Token);
            var baseline = GC.GetTotalAllocatedBytes(precise: true) - before;
            Assert.Equal(BodySize, drained);

            Collect();
            before = GC.GetTotalAllocatedBytes(precise: true);
            var result = await client.RestoreTaskAsync(Operations.OrgId, Operations.TaskId, cts.Token);
            var total = GC.GetTotalAllocatedBytes(precise: true) - before;

            // The bound is checked on the whole call, server share included: the baseline is reported, not subtracted.
            var factor = (double)total / BodySize;
            var report = string.Create(
                CultureInfo.InvariantCulture,
                $"body {BodySize:N0} B; one call allocated {total:N0} B = {factor:F2}x the body (of which server and transport, measured by a plain drain: {baseline:N0} B)");
            _output.WriteLine(report);

            var ok = Assert.IsType<RestoreTaskResult.Ok>(result);
            Assert.Equal(BodySize.ToString(CultureInfo.InvariantCulture), ok.Headers.GetValue("Content-Length"));
            Assert.False(ok.Headers.Contains("Transfer-Encoding"));
            Assert.Equal(BodySize, ok.RawBodyBytes.Length);
            Assert.Null(ok.BodyError);
            Assert.Equal(Operations.TaskId, ok.Body.Data.Id);
            Assert.Equal("Large", ok.Body.Data.Title);
            Assert.True(factor < AllowedFactor, report);
        }
    }

    /// <summary>
    /// <c>{"data":{"id":…,"title":"Large"}    …}</c> of exactly <paramref name="size"/> bytes; the padding is whitespace, as
    /// an undeclared member would be kept (a copy of it) for the round trip.
    /// </summary>
    private static byte[] BuildBody(int size)
    {
        var head = Encoding.UTF8.GetBytes("{\"data\":{\"id\":\"" + Operations.TaskId + "\",\"title\":\"Large\"}");
        var tail = Encoding.UTF8.GetBytes("}");
        var body = new byte[size];
        head.CopyTo(body, 0);
        body.AsSpan(head.Length, size - head.Length - tail.Length).Fill((byte)' ');
        tail.CopyTo(body, size - tail.Length);
        return body;
    }

    private static async Task<long> DrainAsync(HttpClient httpClient, byte[] buffer, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, LargePath);
        using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        long total = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
        }

        return total;
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
