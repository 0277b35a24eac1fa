using System;
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
            .AddHttpMessageHandler<TallyfyHeadersHandler>();

        // Constructed explicitly: no activator has to choose among constructors.
        builder.AddTypedClient<TallyfyClient>(static httpClient => new TallyfyClient(httpClient));
        builder.AddTypedClient<ITallyfyClient>(static httpClient => new TallyfyClient(httpClient));
        return builder;
    }
}
