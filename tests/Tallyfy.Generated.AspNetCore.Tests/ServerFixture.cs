using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using AspNetCoreApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Tallyfy.Generated.AspNetCore.Server;
using Xunit;

namespace Tallyfy.Generated.AspNetCore.Tests;

/// <summary>The server app on Kestrel at 127.0.0.1 and a port the system picks, started once for every test class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly List<HttpClient> _httpClients = new();
    private WebApplication? _app;

    public Uri BaseUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _app = ServerApp.Create(Array.Empty<string>(), builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
        });
        // StartAsync returns once Kestrel listens: the bound address is known from then on.
        await _app.StartAsync();
        BaseUrl = new Uri(_app.Urls.Single());
    }

    public ShopApiClient CreateClient() => new(NewHttpClient(), BaseUrl);

    public HttpClient NewHttpClient()
    {
        var httpClient = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        lock (_httpClients)
        {
            _httpClients.Add(httpClient);
        }

        return httpClient;
    }

    public async Task DisposeAsync()
    {
        foreach (var httpClient in _httpClients)
        {
            httpClient.Dispose();
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "ASP.NET Core server";
}
