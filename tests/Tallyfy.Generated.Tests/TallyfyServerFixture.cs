using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Tallyfy;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>
/// One WireMock.Net server on 127.0.0.1 per test class (xunit runs classes in parallel, tests inside a class
/// one after another). Besides WireMock's own log it records the raw request target exactly as it came off
/// the wire (Kestrel's <see cref="IHttpRequestFeature.RawTarget"/>): WireMock rebuilds its URL through
/// <see cref="Uri"/>, which unescapes %2E and removes dot segments, so its log cannot show those faithfully.
/// </summary>
public sealed class TallyfyServerFixture : IDisposable
{
    public const string Token = "tok_wire_5be1c9d2e7f04a6b";

    private readonly ConcurrentQueue<(string Method, string RawTarget)> _rawRequests = new();
    private readonly List<HttpClient> _httpClients = new();

    public TallyfyServerFixture()
    {
        Server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = new[] { "http://127.0.0.1:0" },
            PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use(async (context, next) =>
            {
                var feature = context.Features.Get<IHttpRequestFeature>();
                _rawRequests.Enqueue((context.Request.Method, feature?.RawTarget ?? "(no raw target)"));
                await next();
            }),
        });
        Url = Server.Url ?? throw new InvalidOperationException("WireMock.Net started without a URL.");
        Assert.StartsWith("http://127.0.0.1:", Url, StringComparison.Ordinal);
    }

    public WireMockServer Server { get; }

    /// <summary>The server's root URL, e.g. http://127.0.0.1:PORT (no trailing slash).</summary>
    public string Url { get; }

    /// <summary>Method and raw request target of every request the server received since the last reset.</summary>
    public IReadOnlyList<(string Method, string RawTarget)> RawRequests => _rawRequests.ToArray();

    /// <summary>WireMock's log of received requests since the last reset.</summary>
    public IReadOnlyList<ILogEntry> Log => Server.LogEntries.ToList();

    /// <summary>Removes every mapping and forgets every logged request.</summary>
    public void Reset()
    {
        Server.Reset();
        _rawRequests.Clear();
    }

    /// <summary>A client built the documented way, through <see cref="TallyfyClientFactory"/> with a token.</summary>
    public TallyfyClient CreateClient(string? token = Token, string? basePath = null)
    {
        var options = new TallyfyClientOptions { BaseUrl = new Uri(Url + (basePath ?? string.Empty)), Token = token };
        var client = TallyfyClientFactory.Create(options, out var httpClient);
        httpClient.Timeout = TimeSpan.FromSeconds(20);
        lock (_httpClients)
        {
            _httpClients.Add(httpClient);
        }

        return client;
    }

    public void Dispose()
    {
        lock (_httpClients)
        {
            foreach (var httpClient in _httpClients)
            {
                httpClient.Dispose();
            }
        }

        Server.Stop();
        Server.Dispose();
    }
}
