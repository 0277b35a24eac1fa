using System;
using System.Net.Http;
using Microsoft.Extensions.Logging;

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
    /// <param name="logger">
    /// When given, every request is logged through a <see cref="TallyfyLoggingHandler"/> (method, route template,
    /// operation, status, duration; never the token). Create it with <see cref="TallyfyLoggingHandler.CategoryName"/>
    /// to match <c>AddTallyfyClient</c>. When null, no logging handler is added.
    /// </param>
    public static TallyfyClient Create(TallyfyClientOptions options, out HttpClient httpClient, HttpMessageHandler? innerHandler = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var sender = innerHandler ?? new SocketsHttpHandler();
        if (logger is not null)
        {
            sender = new TallyfyLoggingHandler(logger) { InnerHandler = sender };
        }

        var handler = new TallyfyHeadersHandler(() => options) { InnerHandler = sender };
        httpClient = new HttpClient(handler) { BaseAddress = options.BaseUrl };
        return new TallyfyClient(httpClient);
    }
}
