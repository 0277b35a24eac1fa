using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

/// <summary>
/// A test collection's fixture around one <see cref="NodeServer"/> that serves an API and the OpenAPI documents its
/// clients are generated from (the Fastify and Hono projects, which link this file): the server, the
/// <see cref="HttpClient"/>s handed out (disposed with it), and the check that a committed document is the one served.
/// </summary>
public abstract class NodeServerFixture : IAsyncLifetime
{
    private readonly List<HttpClient> _httpClients = new();

    /// <summary>The running server, once <see cref="InitializeAsync"/> started it.</summary>
    protected NodeServer? Server { get; set; }

    public Uri BaseUri => Server!.BaseUri;

    /// <summary>An <see cref="HttpClient"/> disposed with the fixture.</summary>
    public HttpClient NewHttpClient()
    {
        var httpClient = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        lock (_httpClients)
        {
            _httpClients.Add(httpClient);
        }

        return httpClient;
    }

    /// <summary>The server's last lines of output, for a failing test's message.</summary>
    public string Output() => Server?.Output() ?? string.Empty;

    /// <summary>
    /// Fails unless the document committed at <paramref name="committedPath"/> is the one the server serves at
    /// <paramref name="servedPath"/> (member order aside) and of OpenAPI <paramref name="version"/>; the message names
    /// the differing top-level members and says how to refresh the file (<paramref name="refresh"/>).
    /// </summary>
    public async Task AssertServesCommittedAsync(string committedPath, string servedPath, string version, string refresh)
    {
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(committedPath))!.AsObject();
        var served = JsonNode.Parse(await NewHttpClient().GetStringAsync(new Uri(BaseUri, servedPath)))!.AsObject();

        Assert.Equal(version, (string?)served["openapi"]);
        var differing = served.Select(p => p.Key).Union(committed.Select(p => p.Key))
            .Where(key => !JsonNode.DeepEquals(committed[key], served[key])).ToList();
        Assert.True(
            differing.Count == 0,
            $"{Path.GetFileName(committedPath)} differs from what the server serves at {servedPath} ({string.Join(", ", differing)}): {refresh}, review the diff and rebuild.");
    }

    public abstract Task InitializeAsync();

    public Task DisposeAsync()
    {
        lock (_httpClients)
        {
            foreach (var httpClient in _httpClients)
            {
                httpClient.Dispose();
            }
        }

        Server?.Dispose();
        return Task.CompletedTask;
    }
}
