using System;
using System.Net.Http;

namespace Tallyfy;

/// <summary>Creates a ready <see cref="TallyfyClient"/> without dependency injection.</summary>
public static class TallyfyClientFactory
{
    /// <summary>
    /// Creates a client with its own <see cref="HttpClient"/>. The caller owns the returned <see cref="HttpClient"/>'s
    /// lifetime through <paramref name="httpClient"/>; reuse one for the life of the application.
    /// </summary>
    /// <param name="options">Base URL and token; validated here.</param>
    /// <param name="httpClient">The HTTP client the Tallyfy client sends through.</param>
    /// <param name="innerHandler">The handler that sends requests; a <see cref="SocketsHttpHandler"/> when null.</param>
    public static TallyfyClient Create(TallyfyClientOptions options, out HttpClient httpClient, HttpMessageHandler? innerHandler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var handler = new TallyfyHeadersHandler(() => options) { InnerHandler = innerHandler ?? new SocketsHttpHandler() };
        httpClient = new HttpClient(handler) { BaseAddress = options.BaseUrl };
        return new TallyfyClient(httpClient);
    }
}
