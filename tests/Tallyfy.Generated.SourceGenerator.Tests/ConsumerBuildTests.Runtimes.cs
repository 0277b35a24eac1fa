using System;
using System.IO;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// Consumers as they ship: published from the packed generator for a runtime, on each framework and language version
/// the README states, run against a server on 127.0.0.1, and published with Native AOT.
/// </summary>
public sealed partial class ConsumerBuildTests
{
    /// <summary>The switch that runs the Native AOT publish (several minutes of native compilation).</summary>
    public const string AotTestsVariable = "TALLYFY_AOT_TESTS";

    private static readonly LoopbackServer.Route[] ThingRoutes =
    {
        new("GET", "/things/missing", 404),
        LoopbackServer.Route.Json("GET", "/things/", 200, """{"id":"t1","size":3}"""),
    };

    /// <summary>
    /// Four specs in one project: two with a namespace each, two sharing one (their <c>Thing</c> schema alike, so declared
    /// once and used by both clients); published self-contained for net8.0 at C# 11 (the minimums, with the .NET 8 runtime
    /// pack from NuGet) and for net10.0 at C# 12, and run.
    /// </summary>
    [Theory]
    [InlineData("net8.0", "11", 8)]
    [InlineData("net10.0", "12", 10)]
    public void A_consumer_with_several_specs_publishes_and_runs_on_each_supported_framework(string framework, string langVersion, int runtime)
    {
        var consumer = NewConsumer(
            $"""
            <TargetFramework>{framework}</TargetFramework>
            <LangVersion>{langVersion}</LangVersion>
            <OutputType>Exe</OutputType>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            """,
            """
            <OpenApiClient Include="pets.openapi.json" Namespace="Pets" />
            <OpenApiClient Include="store.openapi.json" Namespace="Store" />
            <OpenApiClient Include="shared/a.openapi.json" Namespace="Shared" />
            <OpenApiClient Include="shared/b.openapi.json" Namespace="Shared" />
            """,
            PackageCache(),
            NuGetOrg);
        Directory.CreateDirectory(Path.Combine(consumer, "shared"));
        File.WriteAllText(Path.Combine(consumer, "pets.openapi.json"), MiniSpecs.WithOperation("getPet"));
        File.WriteAllText(Path.Combine(consumer, "store.openapi.json"), MiniSpecs.WithOperation("getItem"));
        File.WriteAllText(Path.Combine(consumer, "shared", "a.openapi.json"), MiniSpecs.WithOperation("getThing"));
        File.WriteAllText(Path.Combine(consumer, "shared", "b.openapi.json"), MiniSpecs.WithOperation("fetchThing"));
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            var baseUrl = new Uri(args[0]);
            using var http = new HttpClient();

            var pet = await new Pets.PetsClient(http, baseUrl).GetPetAsync("p1");
            Console.WriteLine("pets " + (pet is Pets.GetPetResult.Ok found ? found.Body.Id + ":" + found.Body.Size : "status " + pet.StatusCode));

            var item = await new Store.StoreClient(http, baseUrl).GetItemAsync("missing");
            Console.WriteLine("store " + item.Match(ok => "ok", notFound => "not found " + notFound.StatusCode, undocumented => "undocumented"));

            // One Thing type in namespace Shared, used by both clients.
            var a = (Shared.GetThingResult.Ok)await new Shared.AClient(http, baseUrl).GetThingAsync("a1");
            var b = (Shared.FetchThingResult.Ok)await new Shared.BClient(http, baseUrl).FetchThingAsync("b1");
            Console.WriteLine("shared " + Describe(a.Body) + " " + Describe(b.Body));
            Console.WriteLine("runtime " + Environment.Version.Major);

            static string Describe(Shared.Thing thing) => thing.Id + ":" + thing.Size;
            """);

        Run("dotnet", "publish -r linux-x64 --self-contained -c Release -o out -nologo -clp:NoSummary", consumer);
        using var server = new LoopbackServer(ThingRoutes);
        var (_, output) = Run(Path.Combine(consumer, "out", "Consumer"), server.Url, consumer);

        Assert.Contains("pets t1:3", output, StringComparison.Ordinal);
        Assert.Contains("store not found 404", output, StringComparison.Ordinal);
        Assert.Contains("shared t1:3 t1:3", output, StringComparison.Ordinal);
        Assert.Contains("runtime " + runtime, output, StringComparison.Ordinal);
        Assert.Equal(new[] { "GET /things/p1", "GET /things/missing", "GET /things/a1", "GET /things/b1" }, server.Received.Select(r => string.Join(' ', r.Split(' ').Take(2))));
    }

    [Fact]
    public void A_consumer_on_a_framework_below_net8_gets_one_error_at_the_spec_and_no_errors_inside_generated_code()
    {
        var consumer = NewConsumer(
            "<TargetFramework>netstandard2.0</TargetFramework>",
            """<OpenApiClient Include="pets.openapi.json" Namespace="Pets" />""",
            PackageCache(),
            NuGetOrg);
        File.WriteAllText(Path.Combine(consumer, "pets.openapi.json"), MiniSpecs.WithOperation("getPet"));

        var (exitCode, output) = ProcessRunner.Run("dotnet", "build -nologo -clp:NoSummary", consumer, BuildTimeout);

        Assert.NotEqual(0, exitCode);
        // Each error once, whatever project suffix MSBuild adds to the line.
        var errors = output.Split('\n').Where(line => line.Contains(": error ", StringComparison.Ordinal)).Select(line => line.Split(" [")[0].Trim()).Distinct().ToList();
        Assert.True(errors.Count == 1, string.Join("\n", errors));
        var error = errors[0];
        Assert.StartsWith(Path.Combine(consumer, "pets.openapi.json") + "(1,1): error TGEN025: The generated client needs .NET 8 or later (net8.0), and this project targets netstandard2.0", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// The whole Features spec (unions, forms, multipart, streams, maps, credentials) in a Native AOT publish with every
    /// trim and AOT warning an error, then the native binary calls operations of each kind against a loopback server.
    /// Several minutes of native compilation on a loaded machine, so it runs when <see cref="AotTestsVariable"/> is 1.
    /// </summary>
    [SkippableFact]
    public void A_native_AOT_consumer_of_the_features_spec_publishes_without_warnings_and_runs()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable(AotTestsVariable) == "1", $"Native AOT publish: set {AotTestsVariable}=1 to run it.");
        // The native linker is clang by default; gcc does where clang is not installed.
        var linker = File.Exists("/usr/bin/clang") ? string.Empty : "<CppCompilerAndLinker>gcc</CppCompilerAndLinker>";
        var consumer = NewConsumer(
            $"""
            <OutputType>Exe</OutputType>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <PublishAot>true</PublishAot>
            {linker}
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <IlcTreatWarningsAsErrors>true</IlcTreatWarningsAsErrors>
            <TrimmerSingleWarn>false</TrimmerSingleWarn>
            """,
            """<OpenApiClient Include="features.openapi.yaml" Namespace="Features" ClientName="FeaturesClient" />""",
            PackageCache(),
            NuGetOrg);
        File.Copy(Path.Combine(RepoPaths.Root, "tests", "Tallyfy.Generated.Features.Tests", "Specs", "features.openapi.yaml"), Path.Combine(consumer, "features.openapi.yaml"));
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            using Features;

            var baseUrl = new Uri(args[0]);
            using var http = new HttpClient();
            var client = new FeaturesClient(http, baseUrl, new FeaturesClientCredentials { BearerAuth = "tok-1" });

            var widget = await client.GetWidgetAsync("w-1");
            Console.WriteLine("widget " + widget.Match(ok => ok.Body.Name + " " + ok.Body.Weight, notFound => "not found", invalid => "invalid", undocumented => "undocumented"));
            var missing = await client.GetWidgetAsync("w-9");
            Console.WriteLine("missing " + (missing is GetWidgetResult.NotFound notFound ? notFound.Body.Code : "?"));

            var form = await client.SubmitFormAsync(new SubmitFormRequest { Name = "Jane & co", Count = 2, Colors = new[] { "red", "blue" } });
            Console.WriteLine("form " + form.StatusCode);

            var upload = await client.UploadFileAsync(new UploadFileRequest { File = new ApiFile(new MemoryStream(new byte[] { 1, 2, 3 }), "a.bin", "application/octet-stream"), Description = "three" });
            Console.WriteLine("upload " + upload.StatusCode);

            if (await client.DownloadAsync("report.bin") is DownloadResult.Ok download)
            {
                using var copy = new MemoryStream();
                await download.Body.CopyToAsync(copy);
                Console.WriteLine("download " + copy.Length + " bytes");
            }

            if (await client.GetShapeAsync() is GetShapeResult.Ok shape)
            {
                Console.WriteLine("shape " + shape.Body.Match(circle: c => "circle " + c.Value.Radius, rectangle: r => "rectangle", unknown: _ => "unknown"));
            }

            if (await client.GetKitchenSinkAsync() is GetKitchenSinkResult.Ok sink)
            {
                Console.WriteLine("sink " + sink.Body.Name + " " + sink.Body.Counts!["big"]);
                var echoed = await client.EchoKitchenSinkAsync(sink.Body);
                Console.WriteLine("echo " + echoed.StatusCode);
            }

            var secure = await client.SecureBearerAsync();
            Console.WriteLine("bearer " + secure.StatusCode);
            """);

        var (_, published) = Run("dotnet", "publish -r linux-x64 -c Release -o out -nologo -clp:NoSummary", consumer);
        Assert.DoesNotContain("warning", published, StringComparison.OrdinalIgnoreCase);

        using var server = new LoopbackServer(
            LoopbackServer.Route.Json("GET", "/widgets/w-1", 200, """{"id":"w-1","name":"Gear","weight":1.5}"""),
            LoopbackServer.Route.Json("GET", "/widgets/w-9", 404, """{"code":"WIDGET_NOT_FOUND"}"""),
            new("POST", "/bodies/form", 204),
            new("POST", "/bodies/multipart", 204),
            new("GET", "/downloads/", 200, "application/octet-stream", new byte[] { 1, 2, 3, 4, 5 }),
            LoopbackServer.Route.Json("GET", "/models/shape", 200, """{"radius":2.5}"""),
            LoopbackServer.Route.Json("GET", "/models/kitchen-sink", 200, KitchenSinkJson),
            LoopbackServer.Route.Json("POST", "/models/kitchen-sink", 200, KitchenSinkJson),
            new("GET", "/secure/bearer", 204));
        var (_, output) = Run(Path.Combine(consumer, "out", "Consumer"), server.Url, consumer);

        Assert.Contains("widget Gear 1.5", output, StringComparison.Ordinal);
        Assert.Contains("missing WIDGET_NOT_FOUND", output, StringComparison.Ordinal);
        Assert.Contains("form 204", output, StringComparison.Ordinal);
        Assert.Contains("upload 204", output, StringComparison.Ordinal);
        Assert.Contains("download 5 bytes", output, StringComparison.Ordinal);
        Assert.Contains("shape circle 2.5", output, StringComparison.Ordinal);
        Assert.Contains("sink Sink 5000000000", output, StringComparison.Ordinal);
        Assert.Contains("bearer 204", output, StringComparison.Ordinal);
        var received = server.Received.ToList();
        Assert.Contains(received, r => r.StartsWith("POST /bodies/form application/x-www-form-urlencoded", StringComparison.Ordinal) && r.EndsWith(" name=Jane+%26+co&count=2&colors=red&colors=blue", StringComparison.Ordinal));
        Assert.Contains(received, r => r.StartsWith("POST /bodies/multipart multipart/form-data; boundary=", StringComparison.Ordinal) && r.Contains("filename=a.bin", StringComparison.Ordinal));
        Assert.Contains(received, r => r.StartsWith("POST /models/kitchen-sink application/json", StringComparison.Ordinal) && r.Contains("\"big\":5000000000", StringComparison.Ordinal));
        Assert.Contains("GET /secure/bearer  auth=Bearer tok-1 ", received);
        Assert.Contains("GET /downloads/report.bin  ", received); // an operation without security sends no credentials
    }

    private const string NuGetOrg = "https://api.nuget.org/v3/index.json";

    private const string KitchenSinkJson =
        "{\"id\":\"5f0c6c1e-9a3b-4c1e-8f55-0a1b2c3d4e5f\",\"name\":\"Sink\",\"nickname\":null,\"maybeCount\":null,"
        + "\"createdAt\":\"2024-05-06T07:08:09.123+02:00\",\"counts\":{\"a\":1,\"big\":5000000000},\"kind\":\"kitchen-sink\"}";

    /// <summary>The machine's package cache as a feed: the targeting, runtime and ILCompiler packs restored before are found there first.</summary>
    private static string PackageCache() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
            ? packages
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
