using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;
using OurLocation = Tallyfy.Generated.SourceGenerator.Model.ParameterLocation;
using TheirLocation = Microsoft.OpenApi.ParameterLocation;

namespace Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;

/// <summary>
/// Our parser against a second reader of the same documents: Microsoft.OpenApi 3.11 (OpenAPI.NET, the reader Kiota
/// builds on), which reads Swagger 2.0 into the OpenAPI 3 model by its own conversion. For every spec in the repository
/// and every real-world spec beside it, both must find the same operations, each with the same parameters (location,
/// name, required; a path item's parameters merged under the operation's), the same documented statuses, and a request
/// body in the same cases, equally required; every media type one of our methods or overloads sends must be one the
/// document lists for it. The comparison is of what each reader makes of the document, not of our own expectations.
/// </summary>
/// <remarks>
/// Where the two differ by design, each is said where it is allowed: a path parameter the template uses but the spec
/// never declares is added by us, with warning TGEN006 (OpenAPI.NET has none); a wildcard media type (<c>*/*</c>) is sent
/// as a concrete one. Not compared, because OpenAPI.NET 3.11 throws on them: <c>legacy.swagger.json</c>, whose
/// <c>collectionFormat: tsv</c> 2.0 allows (<see cref="NotSupportedException"/>; Features' LegacySwaggerTests sends it),
/// and Fastify's <c>store.openapi30.json</c>, whose numeric <c>exclusiveMinimum</c> 3.0 does not allow (a
/// <see cref="FormatException"/>; ours reads it, and the Fastify tests call its routes).
/// </remarks>
public sealed class OpenApiNetOracleTests
{
    /// <summary>The specs in the repository, which every run compares, then the real-world ones when present.</summary>
    public static IEnumerable<object[]> Specs()
    {
        yield return new object[] { Path.Combine("spec", "tallyfy.openapi.json") };
        foreach (var name in new[] { "features.openapi.yaml", "features32.openapi.yaml", "lenient.openapi.yaml", "shop.openapi.yaml" })
        {
            yield return new object[] { Path.Combine("tests", "Tallyfy.Generated.Features.Tests", "Specs", name) };
        }

        yield return new object[] { Path.Combine("tests", "Tallyfy.Generated.Fastify.Tests", "openapi", "store.openapi31.json") };

        foreach (var row in RealWorldSpecTests.Specs())
        {
            yield return new object[] { row[0] is RealWorldSpecTests.AbsentMarker ? RealWorldSpecTests.AbsentMarker : Path.Combine(RepoPaths.RealWorldSpecs, (string)row[0]) };
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Specs))]
    public void Both_readers_find_the_same_operations_parameters_statuses_and_bodies(string spec)
    {
        Skip.If(spec == RealWorldSpecTests.AbsentMarker, "The real-world specs folder " + RepoPaths.RealWorldSpecs + " is absent");
        var path = Path.IsPathRooted(spec) ? spec : Path.Combine(RepoPaths.Root, spec);
        var text = File.ReadAllText(path);

        var parsed = ClientGeneration.Parse(new SpecFile(path, text, "Oracle", "OracleClient"), CancellationToken.None);
        Assert.NotNull(parsed.Client);
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        using var stream = new MemoryStream(File.ReadAllBytes(path));
        var document = OpenApiDocument.Load(stream, path.EndsWith(".json", StringComparison.Ordinal) ? "json" : "yaml", settings).Document;
        Assert.NotNull(document);

        var ours = parsed.Client!.Operations.ToDictionary(o => o.Method.ToUpperInvariant() + " " + o.PathTemplate, StringComparer.Ordinal);
        var theirs = new Dictionary<string, (IOpenApiPathItem Item, OpenApiOperation Operation)>(StringComparer.Ordinal);
        foreach (var (template, item) in document!.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
            {
                theirs.Add(method.Method.ToUpperInvariant() + " " + template, (item, operation));
            }
        }

        var problems = new List<string>();
        problems.AddRange(theirs.Keys.Except(ours.Keys).Select(key => key + ": only OpenAPI.NET reads it"));
        problems.AddRange(ours.Keys.Except(theirs.Keys).Select(key => key + ": only we read it"));
        var undeclared = parsed.Diagnostics.Where(d => d.Id == "TGEN006").Select(d => d.Message).ToList();
        foreach (var (key, (item, operation)) in theirs)
        {
            if (!ours.TryGetValue(key, out var our))
            {
                continue;
            }

            var theirParameters = (item.Parameters ?? []).Concat(operation.Parameters ?? [])
                .GroupBy(p => (p.Name, p.In)).Select(g => g.Last())
                .Where(p => !(p.In == TheirLocation.Header && p.Name is { } name && IsIgnoredHeader(name)))
                .Select(p => Describe(p.In?.ToString(), p.Name, p.Required))
                .ToHashSet(StringComparer.Ordinal);
            var ourParameters = our.Parameters.Where(p => p.Location != OurLocation.Body)
                .Select(p => Describe(p.Location.ToString(), p.WireName, p.Required))
                .Concat(our.ConstantHeaders.Select(h => Describe("Header", h.Name, true)))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var added in ourParameters.Except(theirParameters))
            {
                // A template's parameter the spec does not declare: ours adds it and says so (TGEN006).
                var name = added.Split(' ')[1];
                if (!(added.StartsWith("path ", StringComparison.Ordinal) && undeclared.Any(m => m.Contains("'{" + name + "}'", StringComparison.Ordinal))))
                {
                    problems.Add(key + ": only we have the parameter " + added);
                }
            }

            problems.AddRange(theirParameters.Except(ourParameters).Select(p => key + ": only OpenAPI.NET has the parameter " + p));

            var theirStatuses = (operation.Responses ?? new OpenApiResponses()).Keys.Select(s => s.ToUpperInvariant()).OrderBy(s => s, StringComparer.Ordinal);
            var ourStatuses = our.Result.Cases.Where(c => c.Kind != StatusKind.Undocumented).Select(Status).OrderBy(s => s, StringComparer.Ordinal);
            if (!theirStatuses.SequenceEqual(ourStatuses))
            {
                problems.Add(key + ": statuses " + string.Join(",", theirStatuses) + " (OpenAPI.NET), " + string.Join(",", ourStatuses) + " (ours)");
            }

            var body = our.Parameters.FirstOrDefault(p => p.Location == OurLocation.Body);
            var theirBody = operation.RequestBody;
            if ((theirBody is null) != (body is null) || (body is not null && theirBody!.Required != body.Required))
            {
                problems.Add(key + ": body " + (theirBody is null ? "none" : theirBody.Required ? "required" : "optional") + " (OpenAPI.NET), "
                    + (body is null ? "none" : body.Required ? "required" : "optional") + " (ours)");
            }
            else if (our.RequestBody is { } sent && theirBody?.Content is { } content)
            {
                var sentTypes = new[] { sent.MediaType }.Concat(sent.Alternatives.Select(a => a.MediaType)).ToList();
                foreach (var mediaType in sentTypes)
                {
                    if (!content.Keys.Any(listed => Covers(listed, mediaType)))
                    {
                        problems.Add(key + ": we send " + mediaType + ", not among " + string.Join(", ", content.Keys));
                    }
                }

                // A form the document lists is one we send, unless its schema is written as a body's we send is.
                var sentSchemas = content.Where(c => sentTypes.Any(t => Covers(c.Key, t))).Select(c => Written(c.Value.Schema)).ToHashSet(StringComparer.Ordinal);
                foreach (var (listed, media) in content)
                {
                    var form = listed.Split(';')[0].Trim();
                    if ((form == "multipart/form-data" || form == "application/x-www-form-urlencoded") && !sentTypes.Any(t => Covers(listed, t))
                        && !sentSchemas.Contains(Written(media.Schema)))
                    {
                        problems.Add(key + ": we never send its " + listed + " body");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, Path.GetFileName(path) + ", " + problems.Count + " differences:\n" + string.Join("\n", problems));
        Assert.True(theirs.Count > 0 || Path.GetFileName(path) == "oai-webhook-example.json", "no operation compared");
    }

    /// <summary>OpenAPI says a header parameter named Accept, Content-Type or Authorization is ignored.</summary>
    private static bool IsIgnoredHeader(string name) =>
        name.Equals("Accept", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Authorization", StringComparison.OrdinalIgnoreCase);

    private static string Describe(string? location, string? name, bool required) =>
        (location ?? "?").ToLowerInvariant() + " " + name + (required ? " required" : " optional");

    private static string Status(ResponseCaseModel @case) => @case.Kind switch
    {
        StatusKind.Default => "DEFAULT",
        StatusKind.Range => (@case.Status >= 100 ? @case.Status / 100 : @case.Status) + "XX",
        _ => @case.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Whether the listed media type admits the one we send: itself (parameters aside), or a wildcard of it.</summary>
    private static bool Covers(string listed, string sent)
    {
        var type = listed.Split(';')[0].Trim();
        var ours = sent.Split(';')[0].Trim();
        return type.Equals(ours, StringComparison.OrdinalIgnoreCase) || type == "*/*"
            || (type.EndsWith("/*", StringComparison.Ordinal) && ours.StartsWith(type[..^1], StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A schema as OpenAPI.NET writes it (a reference as its <c>$ref</c>), to tell two alike.</summary>
    private static string Written(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return string.Empty;
        }

        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        schema.SerializeAsV31(new OpenApiJsonWriter(text));
        return text.ToString();
    }
}
