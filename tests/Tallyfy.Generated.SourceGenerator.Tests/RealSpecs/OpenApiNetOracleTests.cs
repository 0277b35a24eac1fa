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
using Xunit.Abstractions;
using OurLocation = Tallyfy.Generated.SourceGenerator.Model.ParameterLocation;
using ParameterStyle = Tallyfy.Generated.SourceGenerator.Model.ParameterStyle;
using TheirLocation = Microsoft.OpenApi.ParameterLocation;

namespace Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;

/// <summary>
/// Our parser against a second reader of the same documents: Microsoft.OpenApi 3.11 (OpenAPI.NET, the reader Kiota
/// builds on), which reads Swagger 2.0 into the OpenAPI 3 model by its own conversion. For every spec in the repository
/// and every real-world spec beside it, both must find the same operations, each with the same parameters (location,
/// name, required; a path item's parameters merged under the operation's; an array or object parameter's style and
/// explode, which decide how it is written), the same documented statuses with the same media types and headers, and a request
/// body in the same cases, equally required; every media type one of our methods or overloads sends must be one the
/// document lists for it. The comparison is of what each reader makes of the document, not of our own expectations.
/// </summary>
/// <remarks>
/// Where the two differ by design, each is said where it is allowed: a path parameter the template uses but the spec
/// never declares is added by us, with warning TGEN006 (OpenAPI.NET has none); a wildcard media type (<c>*/*</c>) is sent
/// as a concrete one; a response's content key that is not a media type is left out, with warning TGEN054. Not compared, because OpenAPI.NET 3.11 throws on them: <c>legacy.swagger.json</c>, whose
/// <c>collectionFormat: tsv</c> 2.0 allows (<see cref="NotSupportedException"/>; Features' LegacySwaggerTests sends it),
/// and Fastify's <c>store.openapi30.json</c>, whose numeric <c>exclusiveMinimum</c> 3.0 does not allow (a
/// <see cref="FormatException"/>; ours reads it, and the Fastify tests call its routes).
/// </remarks>
public sealed class OpenApiNetOracleTests
{
    private const string AllVariable = "TALLYFY_APIS_GURU";

    private readonly ITestOutputHelper _output;

    public OpenApiNetOracleTests(ITestOutputHelper output) => _output = output;

    /// <summary>The specs in the repository, which every run compares, then the real-world ones when present.</summary>
    public static IEnumerable<object[]> Specs()
    {
        yield return new object[] { Path.Combine("spec", "tallyfy.openapi.json") };
        foreach (var name in new[] { "features.openapi.yaml", "features32.openapi.yaml", "lenient.openapi.yaml", "shop.openapi.yaml", "careless.openapi.yaml" })
        {
            yield return new object[] { Path.Combine("tests", "Tallyfy.Generated.Features.Tests", "Specs", name) };
        }

        yield return new object[] { Path.Combine("tests", "Tallyfy.Generated.Fastify.Tests", "openapi", "store.openapi31.json") };
        yield return new object[] { Path.Combine("tests", "Tallyfy.Generated.Hono.Tests", "openapi", "events.openapi31.json") };
        yield return new object[] { Path.Combine("tests", "Tallyfy.Generated.Hono.Tests", "openapi", "events.openapi30.json") };

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

        var problems = Compare(path, out var operations);

        Assert.True(problems.Count == 0, Path.GetFileName(path) + ", " + problems.Count + " differences:\n" + string.Join("\n", problems));
        Assert.True(operations > 0 || Path.GetFileName(path) == "oai-webhook-example.json", "no operation compared");
    }

    /// <summary>GitHub's REST API description (<see cref="GitHubSpecFixture"/>: 13 MB, 1,223 operations), read by both.</summary>
    [SkippableFact]
    public void GitHubs_description_reads_as_OpenAPI_NET_reads_it()
    {
        var path = System.Reflection.CustomAttributeExtensions.GetCustomAttributes<System.Reflection.AssemblyMetadataAttribute>(typeof(GitHubSpecFixture).Assembly).Single(a => a.Key == "GitHubSpec").Value!;
        RealSpecsInstall.Require(File.Exists(path) ? null
            : "GitHub's REST API description " + path + " is absent: npm could not install @octokit/openapi "
                + "(run `npm ci --no-audit --no-fund` in tests/Tallyfy.Generated.SourceGenerator.Tests/RealSpecs/)");

        var problems = Compare(path, out var operations);

        Assert.True(problems.Count == 0, problems.Count + " differences:\n" + string.Join("\n", problems.Take(40)));
        Assert.True(operations > 1000, operations + " operations compared");
    }

    /// <summary>
    /// Swagger 2.0 documents OpenAPI.NET 3.11 converts otherwise than 2.0 says, each with what it does; a listed document
    /// must still differ (the list stays true). Swagger2ConverterOracleTests' swagger2openapi reads each as we do.
    /// </summary>
    private static readonly Dictionary<string, string> TheirSwagger2Readings = new(StringComparer.Ordinal)
    {
        ["autorest/body-formdata.json"] = "a multipart form with required fields: OpenAPI.NET makes the body optional; ours is required, as its required fields make it",
        ["autorest/reserved-words.json"] = "formData parameters given by $ref: OpenAPI.NET lists the body as JSON and optional; ours is the operation's consumes (a URL-encoded form), required as its fields are",
        ["autorest/media_types.json"] = "a body parameter given by $ref: OpenAPI.NET takes its media types from elsewhere than the operation's consumes; ours are the operation's",
        ["autorest/multiapi-v3.json"] = "a body parameter given by $ref, as above",
        ["readme/json/petstore-expanded.json"] = "collectionFormat csv on a query array: OpenAPI.NET writes it exploded; ours comma-separated, as csv says",
        ["readme/json/petstore-with-external-docs.json"] = "collectionFormat csv, as above",
        ["readme/yaml/petstore-expanded.yaml"] = "collectionFormat csv, as above",
        ["readme/yaml/petstore-with-external-docs.yaml"] = "collectionFormat csv, as above",
    };

    /// <summary>
    /// The same comparison over every Swagger 2.0 document the tests have (<see cref="Swagger2ConverterOracleTests"/>'s:
    /// ReadMe's, the AutoRest test server's when installed, the directory's, the features' legacy spec), each read by
    /// our conversion and by OpenAPI.NET's. A document OpenAPI.NET throws on is listed and not compared; one it reads
    /// otherwise than 2.0 says is listed with how (<see cref="TheirSwagger2Readings"/>).
    /// </summary>
    [SkippableFact]
    public void Every_swagger_2_0_document_the_tests_have_reads_as_OpenAPI_NET_reads_it()
    {
        var documents = Swagger2ConverterOracleTests.Documents();
        var theirFailures = new List<string>();
        var differences = CompareEach(documents, TheirSwagger2Readings, theirFailures);

        _output.WriteLine($"{documents.Count} Swagger 2.0 documents: {documents.Count - theirFailures.Count - TheirSwagger2Readings.Count} read alike, {TheirSwagger2Readings.Count} as listed; OpenAPI.NET throws on {string.Join(", ", theirFailures)}");
        Assert.True(differences.Count == 0, differences.Count + " of " + documents.Count + " documents read differently:\n" + string.Join("\n", differences));
    }

    /// <summary>
    /// The same comparison over the APIs.guru directory (<see cref="ApisGuruDirectoryTests"/>: 2,639 documents by 700
    /// providers): every twentieth in CI, all with <c>TALLYFY_APIS_GURU=all</c> (about three minutes on two cores). A
    /// document OpenAPI.NET throws on is listed and not compared.
    /// </summary>
    [SkippableFact]
    public void Every_twentieth_spec_of_the_APIs_guru_directory_reads_as_OpenAPI_NET_reads_it() => CompareDirectory(every: 20);

    [SkippableFact]
    public void Every_spec_of_the_APIs_guru_directory_reads_as_OpenAPI_NET_reads_it()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable(AllVariable) == "all", $"the whole APIs.guru directory: set {AllVariable}=all to run it.");
        CompareDirectory(every: 1);
    }

    private void CompareDirectory(int every)
    {
        var directory = ApisGuruDirectoryTests.Directory;
        var specs = ApisGuruDirectoryTests.Specs(every);

        var theirFailures = new List<string>();
        var differences = CompareEach(specs.Select(spec => (spec[directory.Length..], spec)), new Dictionary<string, string>(), theirFailures);

        foreach (var failure in theirFailures)
        {
            _output.WriteLine("OpenAPI.NET throws on " + failure);
        }

        _output.WriteLine($"{specs.Count} specs: {specs.Count - theirFailures.Count - differences.Count} read alike, {differences.Count} differ, {theirFailures.Count} not compared");
        Assert.True(differences.Count == 0, differences.Count + " of " + specs.Count + " specs read differently:\n" + string.Join("\n", differences.Take(20)));
        Assert.True(theirFailures.Count * 20 < specs.Count, theirFailures.Count + " of " + specs.Count + " specs could not be compared");
    }

    /// <summary>
    /// Each document compared (<see cref="Compare"/>): a line for each that reads differently unless <paramref
    /// name="listed"/> says how, and for each listed one that reads alike now (the list stays true); a document
    /// OpenAPI.NET throws on is not compared but named, with what it threw, in <paramref name="theirFailures"/>.
    /// </summary>
    private static List<string> CompareEach(IEnumerable<(string Name, string Path)> documents, IReadOnlyDictionary<string, string> listed, List<string> theirFailures)
    {
        var differences = new List<string>();
        foreach (var (name, path) in documents)
        {
            List<string> problems;
            try
            {
                problems = Compare(path, out _);
            }
            catch (Exception ex) when (ex.StackTrace?.Contains("Microsoft.OpenApi", StringComparison.Ordinal) == true)
            {
                theirFailures.Add(name + " (" + ex.GetType().Name + ")");
                continue;
            }

            if (problems.Count > 0 && !listed.ContainsKey(name))
            {
                differences.Add(name + ", " + problems.Count + " differences:\n  " + string.Join("\n  ", problems.Take(5)));
            }
            else if (problems.Count == 0 && listed.TryGetValue(name, out var reading))
            {
                differences.Add(name + " is listed as read otherwise by OpenAPI.NET (" + reading + "), but both read it alike now: take it off the list");
            }
        }

        return differences;
    }

    /// <summary>
    /// What the two readers make differently of one document, one line per difference; <paramref name="operations"/> is
    /// how many operations OpenAPI.NET found. Throws what either reader throws.
    /// </summary>
    internal static List<string> Compare(string path, out int operations)
    {
        var text = File.ReadAllText(path);
        var parsed = ClientGeneration.Parse(new SpecFile(path, text, "Oracle", "OracleClient"), CancellationToken.None);
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        using var stream = new MemoryStream(File.ReadAllBytes(path));
        var document = OpenApiDocument.Load(stream, path.EndsWith(".json", StringComparison.Ordinal) ? "json" : "yaml", settings).Document;
        operations = 0;
        if (parsed.Client is null || document is null)
        {
            return new List<string> { (parsed.Client is null ? "we" : "OpenAPI.NET") + " read no document: " + string.Join("; ", parsed.Diagnostics.Select(d => d.Id + " " + d.Message).Take(3)) };
        }

        var ours = parsed.Client.Operations.ToDictionary(o => o.Method.ToUpperInvariant() + " " + o.PathTemplate, StringComparer.Ordinal);
        var theirs = new Dictionary<string, (IOpenApiPathItem Item, OpenApiOperation Operation)>(StringComparer.Ordinal);
        foreach (var (template, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
            {
                theirs.Add(method.Method.ToUpperInvariant() + " " + template, (item, operation));
            }
        }

        var problems = new List<string>();
        problems.AddRange(theirs.Keys.Except(ours.Keys).Select(key => key + ": only OpenAPI.NET reads it"));
        // A path item that is a $ref to another (3.0 allows it), which OpenAPI.NET leaves without operations, we follow.
        problems.AddRange(ours.Keys.Except(theirs.Keys)
            .Where(key => !(document.Paths.TryGetValue(key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..], out var item) && item.Operations is not { Count: > 0 }))
            .Select(key => key + ": only we read it"));
        var undeclared = parsed.Diagnostics.Where(d => d.Id == "TGEN006").Select(d => d.Message).ToList();
        foreach (var (key, (item, operation)) in theirs)
        {
            if (!ours.TryGetValue(key, out var our))
            {
                continue;
            }

            // The path item's parameters and the operation's, the operation's winning. A parameter $ref OpenAPI.NET does
            // not resolve has no name: one of ours may stand for each.
            var declared = (item.Parameters ?? []).Concat(operation.Parameters ?? []).ToList();
            var unresolved = declared.Count(p => p.Name is null);
            var merged = declared.Where(p => p.Name is not null).GroupBy(p => (p.Name, p.In)).Select(g => g.Last()).ToList();
            var credentialsSendAuthorization = SendsAuthorization(operation.Security ?? document.Security);
            var theirParameters = merged
                .Where(p => !(p.In == TheirLocation.Header && p.Name is { } name && IsIgnoredHeader(name, credentialsSendAuthorization)))
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
                if (!(added.StartsWith("path ", StringComparison.Ordinal) && undeclared.Any(m => m.Contains("'{" + name + "}'", StringComparison.Ordinal)))
                    && unresolved-- <= 0)
                {
                    problems.Add(key + ": only we have the parameter " + added);
                }
            }

            problems.AddRange(theirParameters.Except(ourParameters).Select(p => key + ": only OpenAPI.NET has the parameter " + p));

            // How an array or object parameter is written: the style, and whether it explodes where the style has both.
            var theirStyles = merged.ToDictionary(p => (p.In?.ToString().ToLowerInvariant(), p.Name));
            foreach (var parameter in our.Parameters.Where(p => p.Type.Kind is TypeKind.Array or TypeKind.Object or TypeKind.Map))
            {
                // A parameter given by its content (3.2's querystring among them) has no style.
                if (theirStyles.TryGetValue((parameter.Location.ToString().ToLowerInvariant(), parameter.WireName), out var their) && their.Style is { } style
                    && their.Content is not { Count: > 0 })
                {
                    var (ourStyle, ourExplode) = StyleOf(parameter.Style);
                    var theirStyle = char.ToLowerInvariant(style.ToString()[0]) + style.ToString()[1..];
                    // spaceDelimited and pipeDelimited exploded are written as form exploded is: one pair per item.
                    var delimitedExploded = theirStyle is "spaceDelimited" or "pipeDelimited" && their.Explode && ourStyle == "form" && ourExplode == true;
                    if (!delimitedExploded && (ourStyle != theirStyle || (ourExplode is { } explode && explode != their.Explode)))
                    {
                        problems.Add(key + ": " + parameter.WireName + " is written " + theirStyle + (their.Explode ? ", exploded" : string.Empty)
                            + " (OpenAPI.NET), " + ourStyle + (ourExplode == true ? ", exploded" : string.Empty) + " (ours)");
                    }
                }
            }

            var theirStatuses = (operation.Responses ?? new OpenApiResponses()).Keys.Select(s => s.ToUpperInvariant()).OrderBy(s => s, StringComparer.Ordinal);
            var ourStatuses = our.Result.Cases.Where(c => c.Kind != StatusKind.Undocumented).Select(Status).OrderBy(s => s, StringComparer.Ordinal);
            if (!theirStatuses.SequenceEqual(ourStatuses))
            {
                problems.Add(key + ": statuses " + string.Join(",", theirStatuses) + " (OpenAPI.NET), " + string.Join(",", ourStatuses) + " (ours)");
            }

            // Each documented response: the media types it lists (all reach the caller, typed or raw) and its headers;
            // not where OpenAPI.NET leaves a response $ref unresolved.
            foreach (var (status, response) in operation.Responses ?? new OpenApiResponses())
            {
                var @case = our.Result.Cases.FirstOrDefault(c => c.Kind != StatusKind.Undocumented && Status(c) == status.ToUpperInvariant());
                if (@case is null || response is OpenApiResponseReference { Target: null })
                {
                    continue;
                }

                // A key that is not a media type (an example's name written where media types belong) is left out by
                // design, with warning TGEN054: it would go out in the Accept header.
                var listed = (response.Content ?? new Dictionary<string, IOpenApiMediaType>()).Where(m => MediaTypes.IsWellFormed(m.Key)).ToList();
                var theirTypes = listed.Select(m => m.Key).OrderBy(t => t, StringComparer.Ordinal).ToList();
                var ourTypes = (@case.Body is { } content
                        ? new[] { content.MediaType }.Concat(content.OtherMediaTypes).Concat(content.Sequential is { } sequential ? new[] { sequential.MediaType } : [])
                        : [])
                    .Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToList();
                // A typed body lists every media type the response does; none is typed only where no media type gives a
                // schema (a JSON example alone: the body stays raw) or the answer carries no content (204, 205, 304, and
                // any answer to HEAD).
                var schemaless = listed.All(media => media.Value.Schema is null);
                var bodiless = status is "204" or "205" or "304" || key.StartsWith("HEAD ", StringComparison.Ordinal);
                if (ourTypes.Count > 0 ? !theirTypes.SequenceEqual(ourTypes) : !(schemaless || bodiless))
                {
                    problems.Add(key + " " + status + ": media types " + string.Join(",", theirTypes) + " (OpenAPI.NET), " + string.Join(",", ourTypes) + " (ours)");
                }

                var theirHeaders = (response.Headers?.Keys ?? (ICollection<string>)Array.Empty<string>())
                    .Where(h => !h.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Select(h => h.ToLowerInvariant()).OrderBy(h => h, StringComparer.Ordinal);
                var ourHeaders = @case.Headers.Select(h => h.WireName.ToLowerInvariant()).OrderBy(h => h, StringComparer.Ordinal);
                if (!theirHeaders.SequenceEqual(ourHeaders))
                {
                    problems.Add(key + " " + status + ": headers " + string.Join(",", theirHeaders) + " (OpenAPI.NET), " + string.Join(",", ourHeaders) + " (ours)");
                }
            }

            var body = our.Parameters.FirstOrDefault(p => p.Location == OurLocation.Body);
            var theirBody = operation.RequestBody;
            if (theirBody is { Required: false } && body is null && (theirBody.Content ?? new Dictionary<string, IOpenApiMediaType>()).Values.All(media => CarriesNothing(media.Schema)))
            {
                // No media type, or only forms that declare no field and allow none (Stripe's GETs): nothing to send.
                theirBody = null;
            }

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

        operations = theirs.Count;
        return problems;
    }

    /// <summary>Our style as OpenAPI names it, and whether it explodes; null where the style is written one way only.</summary>
    private static (string Style, bool? Explode) StyleOf(ParameterStyle style) => style switch
    {
        ParameterStyle.FormExploded => ("form", true),
        ParameterStyle.Form => ("form", false),
        ParameterStyle.Simple => ("simple", false),
        ParameterStyle.SimpleExploded => ("simple", true),
        ParameterStyle.SpaceDelimited => ("spaceDelimited", null),
        ParameterStyle.PipeDelimited => ("pipeDelimited", null),
        ParameterStyle.DeepObject => ("deepObject", null),
        ParameterStyle.Label => ("label", false),
        ParameterStyle.LabelExploded => ("label", true),
        ParameterStyle.Matrix => ("matrix", false),
        ParameterStyle.MatrixExploded => ("matrix", true),
        ParameterStyle.Cookie => ("cookie", false),
        ParameterStyle.CookieExploded => ("cookie", true),
        _ => (style.ToString(), null),
    };

    /// <summary>
    /// OpenAPI says a header parameter named Accept, Content-Type or Authorization is ignored; ours keeps an Authorization
    /// parameter that no security scheme of the operation stands for (the client could not authenticate otherwise).
    /// </summary>
    private static bool IsIgnoredHeader(string name, bool credentialsSendAuthorization) =>
        name.Equals("Accept", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
        || (credentialsSendAuthorization && name.Equals("Authorization", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether one of the security alternatives, as OpenAPI.NET reads them, names a scheme that sends Authorization.</summary>
    private static bool SendsAuthorization(IList<OpenApiSecurityRequirement>? security) =>
        security is not null && security.Any(requirement => requirement.Keys.Any(scheme => scheme.Type switch
        {
            SecuritySchemeType.Http or SecuritySchemeType.OAuth2 or SecuritySchemeType.OpenIdConnect => true,
            SecuritySchemeType.ApiKey => scheme.In == TheirLocation.Header && string.Equals(scheme.Name, "Authorization", StringComparison.OrdinalIgnoreCase),
            _ => false,
        }));

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
        var listedParts = type.Split('/');
        var sentParts = ours.Split('/');
        return type.Equals(ours, StringComparison.OrdinalIgnoreCase) || listedParts.Length == 2 && sentParts.Length == 2 && Matches(listedParts[0], sentParts[0]) && Matches(listedParts[1], sentParts[1]);

        // One side of the slash: equal, or a pattern with one star (*, *+json).
        static bool Matches(string pattern, string value)
        {
            var star = pattern.IndexOf('*', StringComparison.Ordinal);
            return star < 0
                ? pattern.Equals(value, StringComparison.OrdinalIgnoreCase)
                : value.Length >= pattern.Length - 1 && value.StartsWith(pattern[..star], StringComparison.OrdinalIgnoreCase)
                    && value.EndsWith(pattern[(star + 1)..], StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>A form schema that declares no field and allows none.</summary>
    private static bool CarriesNothing(IOpenApiSchema? schema) =>
        schema is not null && schema.Properties is not { Count: > 0 } && !schema.AdditionalPropertiesAllowed
        && schema.AllOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 };

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
