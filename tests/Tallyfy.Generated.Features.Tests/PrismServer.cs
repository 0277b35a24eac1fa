using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Threading.Tasks;
using Features;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// Stoplight Prism (<see cref="NodeServer.StartPrismAsync"/>; pinned in <c>Prism/package.json</c>, installed by the project's npm ci)
/// mocking one of <c>Specs/</c>, once for a test class: <c>features.openapi.yaml</c> answered from its examples.
/// </summary>
public class PrismServer : IAsyncLifetime
{
    private readonly TrackedHttpClients _httpClients = new();
    private NodeServer? _prism;

    private static string Metadata(string key) => typeof(PrismServer).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    public Uri BaseUri => _prism!.BaseUri;

    /// <summary>The spec Prism mocks, in <c>Specs/</c>.</summary>
    protected virtual string SpecFile => "features.openapi.yaml";

    /// <summary>How Prism builds its responses: by default from the spec's examples, else from each schema's first choices.</summary>
    protected virtual string[] MockArguments => Array.Empty<string>();

    /// <summary>A client of the features spec aimed at Prism, with the credentials its default security asks for.</summary>
    public FeaturesClient CreateFeaturesClient(FeaturesClientCredentials? credentials = null) =>
        new(Track(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })), BaseUri, credentials ?? new FeaturesClientCredentials { BearerAuth = "prism-token" });

    /// <summary>A client of the Swagger 2.0 spec aimed at Prism (when it mocks that spec: <see cref="LegacyPrismServer"/>).</summary>
    /// <remarks>Prism serves a Swagger 2.0 spec's paths at its root, without the basePath (/api/v2).</remarks>
    public Legacy.LegacyClient CreateLegacyClient() => new(Track(new HttpClient()), BaseUri);

    private HttpClient Track(HttpClient httpClient) => _httpClients.Add(httpClient, TimeSpan.FromSeconds(30));

    /// <summary>Prism's output so far (its request log names every violation it found), for a failing test's message.</summary>
    public string Output() => _prism?.Output() ?? string.Empty;

    public async Task InitializeAsync() =>
        _prism = await NodeServer.StartPrismAsync(Metadata("PrismRoot"), Path.Combine(Metadata("SpecsRoot"), SpecFile), MockArguments);

    public Task DisposeAsync()
    {
        _httpClients.Dispose();
        _prism?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// Prism in dynamic mode: every response body generated from its schema (json-schema-faker: random lengths, optional
/// members present or not, nulls where allowed, enum members, formats), the same for a given seed, so a failure can be
/// reproduced with the seed below.
/// </summary>
public sealed class DynamicPrismServer : PrismServer
{
    public const string Seed = "20261202";

    protected override string[] MockArguments => new[] { "--dynamic", "--seed", Seed };
}

/// <summary>Prism mocking the Swagger 2.0 spec (<c>Specs/legacy.swagger.json</c>).</summary>
public sealed class LegacyPrismServer : PrismServer
{
    protected override string SpecFile => "legacy.swagger.json";
}
