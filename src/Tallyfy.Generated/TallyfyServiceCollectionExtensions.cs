using System;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tallyfy;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Tallyfy client with <c>IHttpClientFactory</c>.</summary>
public static class TallyfyServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ITallyfyClient"/> (and <see cref="TallyfyClient"/>) as a typed HTTP client that sends
    /// Tallyfy's headers on every request. Returns the builder so handlers such as
    /// <c>AddStandardResilienceHandler()</c> can be added.
    /// </summary>
    /// <remarks>
    /// When an <see cref="ILoggerFactory"/> is registered (it is once logging is set up with <c>AddLogging</c>), a
    /// <see cref="TallyfyLoggingHandler"/> with the category <see cref="TallyfyLoggingHandler.CategoryName"/> logs every
    /// call: method, route template, operation, status and duration, never the token, header values or bodies. It
    /// sits outside handlers added to the returned builder, so a call retried by a resilience handler is logged once,
    /// with its final status and its whole duration. With no logger enabled for that category it does no work.
    /// </remarks>
    public static IHttpClientBuilder AddTallyfyClient(this IServiceCollection services, Action<TallyfyClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<TallyfyClientOptions>().Configure(configure).Validate(
            static options =>
            {
                options.Validate();
                return true;
            });
        services.AddTransient(static provider =>
            new TallyfyHeadersHandler(() => provider.GetRequiredService<IOptionsMonitor<TallyfyClientOptions>>().CurrentValue));
        var builder = services
            .AddHttpClient(nameof(TallyfyClient), (provider, client) =>
                client.BaseAddress = provider.GetRequiredService<IOptionsMonitor<TallyfyClientOptions>>().CurrentValue.BaseUrl)
            .AddHttpMessageHandler<TallyfyHeadersHandler>()
            .ConfigureAdditionalHttpMessageHandlers(static (handlers, provider) =>
            {
                // Decided when the handler chain is built, so AddLogging may come before or after AddTallyfyClient.
                if (provider.GetService<ILoggerFactory>() is { } loggerFactory)
                {
                    handlers.Add(new TallyfyLoggingHandler(loggerFactory.CreateLogger(TallyfyLoggingHandler.CategoryName)));
                }
            });

        // Constructed explicitly: no activator has to choose among constructors.
        builder.AddTypedClient<TallyfyClient>(static httpClient => new TallyfyClient(httpClient));
        builder.AddTypedClient<ITallyfyClient>(static httpClient => new TallyfyClient(httpClient));
        return builder;
    }
}
