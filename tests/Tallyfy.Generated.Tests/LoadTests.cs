using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Tallyfy;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;
using Xunit;
using Xunit.Abstractions;

namespace Tallyfy.Generated.Tests;

/// <summary>
/// A WireMock.Net server on 127.0.0.1 that also records, from Kestrel, which TCP connection each request came on,
/// how many requests were in flight at once, and whether each carried the bearer token.
/// </summary>
public sealed class LoadServerFixture : IDisposable
{
    private readonly ConcurrentDictionary<string, int> _connections = new(StringComparer.Ordinal);
    private int _inFlight;
    private int _peakInFlight;
    private int _withoutToken;

    public LoadServerFixture()
    {
        Server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = new[] { "http://127.0.0.1:0" },
            PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use(async (context, next) =>
            {
                _connections.AddOrUpdate(context.Connection.Id, 1, static (_, n) => n + 1);
                if (context.Request.Headers.Authorization.ToString() != "Bearer " + TallyfyServerFixture.Token)
                {
                    Interlocked.Increment(ref _withoutToken);
                }

                var now = Interlocked.Increment(ref _inFlight);
                for (var peak = Volatile.Read(ref _peakInFlight); now > peak; peak = Volatile.Read(ref _peakInFlight))
                {
                    if (Interlocked.CompareExchange(ref _peakInFlight, now, peak) == peak)
                    {
                        break;
                    }
                }

                try
                {
                    await next();
                }
                finally
                {
                    Interlocked.Decrement(ref _inFlight);
                }
            }),
        });
        Url = Server.Url ?? throw new InvalidOperationException("WireMock.Net started without a URL.");
        Assert.StartsWith("http://127.0.0.1:", Url, StringComparison.Ordinal);
    }

    public WireMockServer Server { get; }

    public string Url { get; }

    /// <summary>Distinct TCP connections requests arrived on since the last reset.</summary>
    public int Connections => _connections.Count;

    /// <summary>Requests received since the last reset.</summary>
    public int Requests => _connections.Values.Sum();

    /// <summary>The most requests the server was handling at the same moment since the last reset.</summary>
    public int PeakInFlight => Volatile.Read(ref _peakInFlight);

    public int RequestsWithoutToken => Volatile.Read(ref _withoutToken);

    public void Reset()
    {
        Server.Reset();
        _connections.Clear();
        Volatile.Write(ref _peakInFlight, 0);
        Volatile.Write(ref _withoutToken, 0);
    }

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }
}

/// <summary>
/// 1,000 concurrent calls through one client, then through IHttpClientFactory: each call's operation and status come
/// round-robin from <see cref="ResultCaseTests.DocumentedStatuses"/>, and each carries its own id in the path, which
/// the server answers with a body and headers made for that id alone; every call must get its own case and body.
/// Each test runs two waves of 1,000 through the same client(s), so connection reuse shows at the server.
/// </summary>
[Collection(nameof(TimingSensitiveCollection))]
public sealed class LoadTests : IClassFixture<LoadServerFixture>
{
    private const int CallCount = 1000;

    private readonly LoadServerFixture _fixture;
    private readonly ITestOutputHelper _output;

    public LoadTests(LoadServerFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
        _fixture.Reset();
    }

    [Fact]
    public async Task ThousandConcurrentCalls_ThroughOneClient_EachGetsItsOwnCaseAndBody()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var calls = Plan();
        Serve(calls);
        var client = TallyfyClientFactory.Create(
            new TallyfyClientOptions { BaseUrl = new Uri(_fixture.Url), Token = TallyfyServerFixture.Token },
            out var httpClient);
        using (httpClient)
        {
            var firstWave = await RunAsync(calls, _ => client, cts.Token);
            var connectionsAfterFirstWave = _fixture.Connections;
            var secondWave = await RunAsync(calls, _ => client, cts.Token);

            Report("one TallyfyClient", firstWave, secondWave, connectionsAfterFirstWave);
            AssertAllRight(calls, firstWave.Failures);
            AssertAllRight(calls, secondWave.Failures);
            AssertPooled(connectionsAfterFirstWave);
        }
    }

    [Fact]
    public async Task ThousandConcurrentCalls_ThroughHttpClientFactory_EachGetsItsOwnCaseAndBody()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var calls = Plan();
        Serve(calls);
        var services = new ServiceCollection();
        services.AddTallyfyClient(o =>
        {
            o.BaseUrl = new Uri(_fixture.Url);
            o.Token = TallyfyServerFixture.Token;
        });
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        // A client resolved per call, as a typed client is meant to be used; the factory shares its pooled handler.
        var firstWave = await RunAsync(calls, _ => provider.GetRequiredService<ITallyfyClient>(), cts.Token);
        var connectionsAfterFirstWave = _fixture.Connections;
        var secondWave = await RunAsync(calls, _ => provider.GetRequiredService<ITallyfyClient>(), cts.Token);

        Report("IHttpClientFactory", firstWave, secondWave, connectionsAfterFirstWave);
        AssertAllRight(calls, firstWave.Failures);
        AssertAllRight(calls, secondWave.Failures);
        AssertPooled(connectionsAfterFirstWave);

        // The factory's primary handler for the Tallyfy client is a SocketsHttpHandler with default pooling.
        HttpMessageHandler handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(nameof(TallyfyClient));
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler ?? throw new InvalidOperationException("A delegating handler without an inner handler.");
        }

        var sockets = Assert.IsType<SocketsHttpHandler>(handler);
        Assert.Equal(int.MaxValue, sockets.MaxConnectionsPerServer);
    }

    /// <summary>Call i: row i mod 51 of the documented-status table, with an id of 32 hex digits made from i.</summary>
    private static IReadOnlyList<PlannedCall> Plan()
    {
        var table = ResultCaseTests.DocumentedStatuses
            .Select(row => (Operation: (string)row[0], Status: (int)row[1], Case: (string)row[2], BodyKind: (string)row[3]))
            .ToArray();
        var calls = new List<PlannedCall>(CallCount);
        for (var i = 0; i < CallCount; i++)
        {
            var (operation, status, expectedCase, bodyKind) = table[i % table.Length];
            var id = i.ToString("x32", CultureInfo.InvariantCulture);
            var spec = Operations.Get(operation);

            // The last path parameter (task, run or asset id) carries the call's id; the others keep their sample values.
            var args = spec.DefaultArgs();
            args[^1] = id;
            var n = i.ToString(CultureInfo.InvariantCulture);
            var body = bodyKind switch
            {
                "TaskResponse" => "{\"data\":{\"id\":\"" + id + "\",\"title\":\"load task " + n + "\"}}",
                "Error" => "{\"error\":true,\"message\":\"load error " + n + "\",\"code\":\"CODE_" + n + "\"}",
                "ValidationError" => "{\"error\":true,\"message\":\"load invalid " + n + "\",\"errors\":{\"field_" + n + "\":[\"bad " + n + "\"]}}",
                _ when status == 204 => string.Empty,
                _ => "{\"load\":" + n + "}",
            };
            calls.Add(new PlannedCall(i, operation, status, expectedCase, bodyKind, id, args, spec.Method, spec.PathFor(args), body));
        }

        Assert.Equal(CallCount, calls.Select(c => c.Path).Distinct(StringComparer.Ordinal).Count());
        return calls;
    }

    /// <summary>
    /// Maps each call's id to its own answer. One mapping answers every request through a callback that looks the
    /// request's path and method up in the plan (a thousand separate mappings would make WireMock.Net try each of them
    /// on every request, and the test would measure that); a request that matches no planned call gets 599, a status
    /// no operation documents.
    /// </summary>
    private void Serve(IReadOnlyList<PlannedCall> calls)
    {
        var byPath = calls.ToDictionary(c => c.Path, StringComparer.Ordinal);
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(request =>
            {
                var response = new ResponseMessage();
                if (!byPath.TryGetValue(request.Path, out var call) || !string.Equals(call.Method, request.Method, StringComparison.OrdinalIgnoreCase))
                {
                    response.StatusCode = 599;
                    response.BodyData = new BodyData { BodyAsString = "unmatched route", DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 };
                    return response;
                }

                response.StatusCode = call.Status;
                response.AddHeader("X-Request-Id", "req-" + call.Index.ToString(CultureInfo.InvariantCulture));
                if (call.Body.Length > 0)
                {
                    response.AddHeader("Content-Type", "application/json");
                    response.BodyData = new BodyData { BodyAsString = call.Body, DetectedBodyType = BodyType.String, Encoding = new UTF8Encoding(false) };
                }

                if (call.Status == 429)
                {
                    response.AddHeader("Retry-After", call.Index.ToString(CultureInfo.InvariantCulture));
                    response.AddHeader("X-RateLimit-Remaining", "0");
                }

                return response;
            }));
    }

    /// <summary>Starts every call before awaiting any, then waits for all of them (bounded by the token and a hard stop).</summary>
    private static async Task<Wave> RunAsync(IReadOnlyList<PlannedCall> calls, Func<PlannedCall, ITallyfyClient> clientFor, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var tasks = new Task<string?>[calls.Count];
        for (var i = 0; i < calls.Count; i++)
        {
            var call = calls[i];
            tasks[i] = CheckAsync(call, clientFor(call), cancellationToken);
        }

        var outcomes = await Task.WhenAll(tasks).WaitAsync(TimeSpan.FromSeconds(90));
        return new Wave(stopwatch.Elapsed, outcomes.Where(o => o is not null).Select(o => o!).ToArray());
    }

    /// <summary>Makes one call; null when it got exactly its planned case, status, headers and body, else what was wrong.</summary>
    private static async Task<string?> CheckAsync(PlannedCall call, ITallyfyClient client, CancellationToken cancellationToken)
    {
        ApiResponse result;
        try
        {
            result = await Operations.InvokeAsync(client, call.Operation, call.Args, cancellationToken);
        }
        catch (Exception ex)
        {
            return call + ": threw " + ex.GetType().Name + ": " + ex.Message;
        }

        try
        {
            Assert.Equal(call.ExpectedCase, result.GetType().Name);
            Assert.Equal(Operations.ResultTypeName(call.Operation), result.GetType().DeclaringType?.Name);
            Assert.Equal(call.Status, result.StatusCode);
            Assert.Equal("req-" + call.Index.ToString(CultureInfo.InvariantCulture), result.Headers.GetValue("X-Request-Id"));
            Assert.Equal(call.Body, result.RawBody);
            var n = call.Index.ToString(CultureInfo.InvariantCulture);
            switch (call.BodyKind)
            {
                case "TaskResponse":
                    var task = Assert.IsType<TaskResponse>(Operations.TypedBody(result)).Data;
                    Assert.Equal(call.Id, task.Id);
                    Assert.Equal("load task " + n, task.Title);
                    break;
                case "Error":
                    var error = Assert.IsType<Error>(Operations.TypedBody(result));
                    Assert.Equal("load error " + n, error.Message);
                    Assert.Equal("CODE_" + n, error.Code);
                    break;
                case "ValidationError":
                    var invalid = Assert.IsType<ValidationError>(Operations.TypedBody(result));
                    Assert.Equal("load invalid " + n, invalid.Message);
                    Assert.Equal(new[] { "bad " + n }, invalid.Errors!["field_" + n]);
                    break;
                default:
                    Assert.Same(Operations.NoBody.Instance, Operations.TypedBody(result));
                    break;
            }

            if (call.Status == 429)
            {
                Assert.Equal(n, Operations.RateLimitHeaders(result).RetryAfter);
            }

            return null;
        }
        catch (Exception ex)
        {
            return call + ": " + ex.Message.ReplaceLineEndings(" ");
        }
    }

    private static void AssertAllRight(IReadOnlyList<PlannedCall> calls, IReadOnlyList<string> failures) =>
        Assert.True(
            failures.Count == 0,
            failures.Count + " of " + calls.Count + " calls went wrong; first ones:\n" + string.Join("\n", failures.Take(10)));

    /// <summary>
    /// The calls really ran at once, and sockets are pooled and reused, not opened per call: two waves of 1,000 calls
    /// arrive on at most 1,000 connections after the first wave, and the second wave adds fewer connections than it
    /// has calls. All of them carried the token.
    /// </summary>
    private void AssertPooled(int connectionsAfterFirstWave)
    {
        Assert.Equal(2 * CallCount, _fixture.Requests);
        Assert.Equal(0, _fixture.RequestsWithoutToken);
        // HTTP/1.1 carries one request at a time per connection: needing many connections shows the calls overlapped.
        Assert.InRange(connectionsAfterFirstWave, 2, CallCount);
        Assert.True(
            _fixture.Connections - connectionsAfterFirstWave < CallCount,
            "the second wave opened a connection per call: " + (_fixture.Connections - connectionsAfterFirstWave));
    }

    private void Report(string how, Wave first, Wave second, int connectionsAfterFirstWave) =>
        _output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{how}: wave 1 {first.Elapsed.TotalMilliseconds:F0} ms, wave 2 {second.Elapsed.TotalMilliseconds:F0} ms; {_fixture.Requests} requests on {_fixture.Connections} connections ({connectionsAfterFirstWave} after wave 1); peak {_fixture.PeakInFlight} in flight at the server"));

    private sealed record PlannedCall(
        int Index, string Operation, int Status, string ExpectedCase, string BodyKind, string Id, string[] Args, string Method, string Path, string Body)
    {
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"call {Index} ({Operation} {Status} {ExpectedCase} {Method} {Path})");
    }

    private sealed record Wave(TimeSpan Elapsed, IReadOnlyList<string> Failures);
}
