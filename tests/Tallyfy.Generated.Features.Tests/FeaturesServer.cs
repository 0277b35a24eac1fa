using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using Features;
using Features32;
using Legacy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>What came off the wire, recorded by Kestrel before WireMock sees the request.</summary>
/// <param name="RawTarget">The request target exactly as sent: path and query string, escapes untouched.</param>
/// <param name="Headers">Every request header line, by name (case-insensitive), in the order received.</param>
/// <param name="Body">The body bytes exactly as sent.</param>
public sealed record WireRequest(string Method, string RawTarget, IReadOnlyDictionary<string, string[]> Headers, byte[] Body)
{
    /// <summary>All values of a header joined with " | " (so a repeated header shows), or null when absent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var values) ? string.Join(" | ", values) : null;

    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>The query string decoded the way an ASP.NET Core server decodes it.</summary>
    public Dictionary<string, StringValues> Query =>
        QueryHelpers.ParseQuery(RawTarget.Contains('?', StringComparison.Ordinal) ? RawTarget.Substring(RawTarget.IndexOf('?', StringComparison.Ordinal)) : string.Empty);
}

/// <summary>
/// One WireMock.Net server on 127.0.0.1 per test class (xunit runs the tests of a class one after another).
/// Besides WireMock's own log it records each request's raw target, headers and body bytes from Kestrel, so the
/// tests can assert the exact wire format without WireMock's URL or body normalization in between.
/// </summary>
public sealed class FeaturesServer : IDisposable
{
    private readonly ConcurrentQueue<WireRequest> _requests = new();
    private readonly TrackedHttpClients _httpClients = new();

    public FeaturesServer()
    {
        Server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = new[] { "http://127.0.0.1:0" },
            PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use(async (context, next) =>
            {
                context.Request.EnableBuffering();
                using var buffer = new MemoryStream();
                await context.Request.Body.CopyToAsync(buffer);
                context.Request.Body.Position = 0;
                var headers = context.Request.Headers.ToDictionary(
                    h => h.Key,
                    h => h.Value.Select(v => v ?? string.Empty).ToArray(),
                    StringComparer.OrdinalIgnoreCase);
                var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "(no raw target)";
                _requests.Enqueue(new WireRequest(context.Request.Method, target, headers, buffer.ToArray()));
                await next();
            }),
        });
        Url = Server.Url ?? throw new InvalidOperationException("WireMock.Net started without a URL.");
        Assert.StartsWith("http://127.0.0.1:", Url, StringComparison.Ordinal);
    }

    public WireMockServer Server { get; }

    /// <summary>http://127.0.0.1:PORT, no trailing slash.</summary>
    public string Url { get; }

    public IReadOnlyList<WireRequest> Requests => _requests.ToArray();

    /// <summary>Forgets every mapping and request, then answers every request with <paramref name="status"/>.</summary>
    public void Reset(int status = 204) => Reset(Response.Create().WithStatusCode(status));

    /// <summary>Forgets every mapping and request, then answers every request with <paramref name="response"/>.</summary>
    public void Reset(IResponseBuilder response)
    {
        Server.Reset();
        _requests.Clear();
        Server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);
    }

    /// <summary>Answers every request with a JSON body.</summary>
    public void RespondJson(int status, string json, string contentType = "application/json") =>
        Reset(Response.Create().WithStatusCode(status).WithHeader("Content-Type", contentType).WithBody(json));

    /// <summary>The one request the server received, as Kestrel saw it and as WireMock logged it.</summary>
    public (WireRequest Wire, IRequestMessage Logged) Single()
    {
        var wire = Assert.Single(_requests);
        var logged = Assert.Single(Server.LogEntries).RequestMessage;
        Assert.Equal(wire.Method, logged.Method);
        return (wire, logged);
    }

    /// <summary>A header from WireMock's log, looked up by case-insensitive name; its values joined with " | ".</summary>
    public static string? LoggedHeader(IRequestMessage request, string name)
    {
        var values = (request.Headers ?? new Dictionary<string, WireMockList<string>>())
            .Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase))
            .SelectMany(h => h.Value)
            .ToArray();
        return values.Length == 0 ? null : string.Join(" | ", values);
    }

    public FeaturesClient CreateFeaturesClient(FeaturesClientCredentials? credentials = null) =>
        new(Track(new HttpClient()), new Uri(Url), credentials);

    public Features32Client CreateFeatures32Client(Features32ClientCredentials? credentials = null) =>
        new(Track(new HttpClient()), new Uri(Url), credentials);

    public LegacyClient CreateLegacyClient(string basePath = "") => new(Track(new HttpClient()), new Uri(Url + basePath));

    public Careless.CarelessClient CreateCarelessClient(Careless.CarelessClientCredentials? credentials = null) => new(Track(new HttpClient()), new Uri(Url), credentials);

    private HttpClient Track(HttpClient httpClient) => _httpClients.Add(httpClient, TimeSpan.FromSeconds(20));

    public void Dispose()
    {
        _httpClients.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
