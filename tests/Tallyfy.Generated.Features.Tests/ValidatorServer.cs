using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Features;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// express-openapi-validator under Express (<c>Validator/server.js</c>, pinned in <c>Validator/package.json</c>,
/// installed by the project's npm ci) validating every request against <c>Specs/features.openapi.yaml</c>, once for
/// the <see cref="ValidatorCollection"/>. It answers a valid request 200 with what it parsed of it (a
/// <see cref="ValidatorReport"/>) and an invalid one with its own status (400) and its errors.
/// </summary>
public sealed class ValidatorServer : IAsyncLifetime
{
    private readonly TrackedHttpClients _httpClients = new();
    private NodeServer? _server;

    private static string Metadata(string key) => typeof(ValidatorServer).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    /// <summary>
    /// A client of the features spec aimed at the validator (the spec's server is <c>https://api.example.test/v1</c>,
    /// so the validator serves it under <c>/v1</c>), with every credential the spec's security schemes ask for; what it
    /// sends and what the validator answers is kept in <paramref name="exchanges"/>.
    /// </summary>
    public FeaturesClient CreateClient(out ValidatorExchanges exchanges)
    {
        var capture = new ValidatorExchanges(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        var httpClient = _httpClients.Add(new HttpClient(capture), TimeSpan.FromSeconds(30));
        exchanges = capture;
        return new FeaturesClient(httpClient, new Uri(_server!.BaseUri, "/v1"), new FeaturesClientCredentials
        {
            BearerAuth = "validator-token",
            BasicAuth = new ApiBasicCredentials("validator", "secret"),
            HeaderKey = "header-key",
            QueryKey = "query-key",
            CookieKey = "cookie-key",
        });
    }

    /// <summary>The server's output so far (the validator's warnings), for a failing test's message.</summary>
    public string Output() => _server?.Output() ?? string.Empty;

    public async Task InitializeAsync()
    {
        var root = Metadata("ValidatorRoot");
        var script = Path.Combine(root, "server.js");
        if (!Directory.Exists(Path.Combine(root, "node_modules", "express-openapi-validator")))
        {
            throw new InvalidOperationException($"express-openapi-validator is missing: npm ci did not run in {root}.");
        }

        var spec = Path.Combine(Metadata("SpecsRoot"), "features.openapi.yaml");
        _server = await NodeServer.StartAsync(
            "express-openapi-validator",
            root,
            port => new[] { script, "--spec", spec, "--port", port.ToString(CultureInfo.InvariantCulture) },
            port => "validator listening on http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(120));
    }

    public Task DisposeAsync()
    {
        _httpClients.Dispose();
        _server?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class ValidatorCollection : ICollectionFixture<ValidatorServer>
{
    public const string Name = "express-openapi-validator";
}

/// <summary>
/// Keeps each request a client sends and the validator's answer to it, read whole before the client sees it (so a
/// streamed case reads the same bytes): the tests judge the validator's report, not the result case it lands in.
/// </summary>
public sealed class ValidatorExchanges : DelegatingHandler
{
    private readonly List<(HttpRequestMessage Request, int Status, string Body)> _exchanges = new();

    public ValidatorExchanges(HttpMessageHandler inner)
        : base(inner)
    {
    }

    public IReadOnlyList<(HttpRequestMessage Request, int Status, string Body)> All
    {
        get
        {
            lock (_exchanges)
            {
                return _exchanges.ToList();
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var content = new ByteArrayContent(bytes);
        foreach (var header in response.Content.Headers)
        {
            content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = content;
        lock (_exchanges)
        {
            _exchanges.Add((request, (int)response.StatusCode, System.Text.Encoding.UTF8.GetString(bytes)));
        }

        return response;
    }
}

/// <summary>
/// What express-openapi-validator parsed of a request it found valid (its answer, see <c>Validator/server.js</c>):
/// the path parameters, query and cookies after its deserialization by style and its type coercion, the headers
/// as received, the body as Express's parsers and multer read it, and the uploaded files.
/// </summary>
public sealed record ValidatorReport(JsonElement Root)
{
    public string OperationId => Root.GetProperty("operationId").GetString()!;

    public JsonElement Params => Root.GetProperty("params");

    public JsonElement Query => Root.GetProperty("query");

    public JsonElement Cookies => Root.GetProperty("cookies");

    public JsonElement Body => Root.TryGetProperty("body", out var body) ? body : default;

    public JsonElement Files => Root.GetProperty("files");

    /// <summary>A request header as received (Node joins repeated ones with ", "), null when absent.</summary>
    public string? Header(string name) =>
        Root.GetProperty("headers").TryGetProperty(name.ToLowerInvariant(), out var value) ? value.GetString() : null;
}
