using System;
using System.Collections.Generic;
using System.Net.Http;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>The <c>HttpClient</c>s a fixture hands its tests, disposed with the fixture; tests may add them in parallel.</summary>
public sealed class TrackedHttpClients : IDisposable
{
    private readonly List<HttpClient> _httpClients = new();

    /// <summary>Keeps <paramref name="httpClient"/> for disposal and gives it <paramref name="timeout"/>; returns it.</summary>
    public HttpClient Add(HttpClient httpClient, TimeSpan timeout)
    {
        httpClient.Timeout = timeout;
        lock (_httpClients)
        {
            _httpClients.Add(httpClient);
        }

        return httpClient;
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
    }
}
