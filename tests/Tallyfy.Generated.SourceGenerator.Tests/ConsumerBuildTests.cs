using System;
using System.IO;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// The generator as users get it: packed as a NuGet package, referenced by a fresh project that declares one
/// <c>&lt;OpenApiClient&gt;</c> item, built and run with the real <c>dotnet</c> CLI. Editing the spec and building
/// again regenerates the client.
/// </summary>
[Collection(ReleaseBuildsCollection.Name)]
public sealed partial class ConsumerBuildTests : IDisposable, IClassFixture<ConsumerBuildTests.PackedGenerator>
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);
    private readonly string _work = Directory.CreateTempSubdirectory("tallyfy-consumer-").FullName;
    private readonly PackedGenerator _package;

    public ConsumerBuildTests(PackedGenerator package) => _package = package;

    [Fact]
    public void A_packed_generator_builds_a_consumer_project_and_regenerates_when_the_spec_changes()
    {
        var consumer = NewConsumer(
            """
            <OutputType>Exe</OutputType>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <RootNamespace>Acme</RootNamespace>
            """,
            """<OpenApiClient Include="petstore.openapi.json" />""");
        File.WriteAllText(Path.Combine(consumer, "petstore.openapi.json"), MiniSpecs.WithOperation("getThing"));
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            using Acme;

            // Names come from the defaults: the project's RootNamespace and the spec's file name.
            IPetstoreClient client = new PetstoreClient(new HttpClient(), new Uri("http://127.0.0.1:9"));
            GetThingResult result = new GetThingResult.NotFound();
            Console.WriteLine(result.Match(ok => "ok", notFound => "not found", undocumented => "undocumented"));
            Console.WriteLine(client is not null ? "client ready" : "no client");
            """);

        var (_, output) = Run("dotnet", "run", consumer);
        Assert.Contains("not found", output);
        Assert.Contains("client ready", output);

        // The spec changes; the next build regenerates, and code using the new operation compiles.
        File.WriteAllText(Path.Combine(consumer, "petstore.openapi.json"), MiniSpecs.WithOperation("fetchThing"));
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            using Acme;

            FetchThingResult result = new FetchThingResult.Ok(new Thing { Id = "t1", Size = 3 });
            Console.WriteLine(result.Match(ok => "size " + ok.Body.Size, notFound => "not found", undocumented => "undocumented"));
            """);
        var (_, second) = Run("dotnet", "run", consumer);
        Assert.Contains("size 3", second);
    }

    [Fact]
    public void A_baseline_turns_the_breaking_changes_of_the_spec_into_build_warnings_at_their_place_in_it()
    {
        var consumer = NewConsumer(
            """
            <Nullable>enable</Nullable>
            <RootNamespace>Acme</RootNamespace>
            """,
            """<OpenApiClient Include="specs/pets.openapi.json" Baseline="specs/pets.baseline.json" />""");
        Directory.CreateDirectory(Path.Combine(consumer, "specs"));
        var spec = SpecDiffTests.Pets.Replace("\"age\": { \"type\": \"integer\", \"format\": \"int32\" }", "\"age\": { \"type\": \"string\" }", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(consumer, "specs", "pets.openapi.json"), spec);
        File.WriteAllText(Path.Combine(consumer, "specs", "pets.baseline.json"), SpecDiffTests.Pets);
        File.WriteAllText(Path.Combine(consumer, "Use.cs"), "namespace Acme; internal static class Use { public static string? Name(Pet pet) => pet.Name; }");

        var (_, output) = Run("dotnet", "build", consumer);

        var (line, column) = SpecDiffTests.Position(spec, "\"age\"");
        var specPath = Path.Combine(consumer, "specs", "pets.openapi.json");
        Assert.Contains($"{specPath}({line},{column}): warning TGEN020: Pet.Age changes type from int to string", output);

        // The build succeeds, so the baseline is an input and not a second client (whose Pet would clash with the spec's).
        Assert.DoesNotContain(": error ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_file_that_does_not_exist_stops_the_build_with_one_error_that_says_so()
    {
        var consumer = NewConsumer(string.Empty, """<OpenApiClient Include="specs/missing.openapi.json" />""");

        var (exitCode, output) = ProcessRunner.Run("dotnet", "build -nologo -clp:NoSummary", consumer, BuildTimeout);

        Assert.NotEqual(0, exitCode);
        var errors = output.Split('\n').Where(line => line.Contains(": error ", StringComparison.Ordinal)).Distinct().ToList();
        var error = Assert.Single(errors);
        Assert.Contains("error TGEN022: The spec file 'specs/missing.openapi.json' named by an OpenApiClient item does not exist", error, StringComparison.Ordinal);
        Assert.Contains("Consumer.csproj", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_packed_command_line_installs_as_a_dotnet_tool_and_runs_generate_and_check()
    {
        var feed = Path.Combine(_work, "tool-feed");
        var project = Path.Combine(RepoPaths.Root, "generator", "Tallyfy.Generated.Cli", "Tallyfy.Generated.Cli.csproj");
        Run("dotnet", $"pack \"{project}\" -c Release -o \"{feed}\" -p:Version={_package.Version} -p:PackageVersion={_package.Version}", RepoPaths.Root);
        var tools = Path.Combine(_work, "tools");
        Directory.CreateDirectory(tools);
        WriteNuGetConfig(tools, feed);
        Run("dotnet", $"tool install Tallyfy.Generated.Cli --version {_package.Version} --tool-path \"{tools}\" --configfile \"{Path.Combine(tools, "nuget.config")}\"", _work);
        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "tallyfy-generated.exe" : "tallyfy-generated");

        var (_, version) = Run(tool, "--version", _work);
        Assert.StartsWith(_package.Version, version.Trim(), StringComparison.Ordinal);

        var out1 = Path.Combine(_work, "generated");
        var (_, generated) = Run(tool, $"generate \"{RepoPaths.TallyfySpec}\" --out \"{out1}\" --namespace Tallyfy --client-name TallyfyClient", _work);
        Assert.Contains("wrote", generated, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(out1, "TallyfyClient.g.cs")), generated);

        var (_, checkedOutput) = Run(tool, $"check \"{RepoPaths.TallyfySpec}\"", _work);
        Assert.Contains(": ok", checkedOutput, StringComparison.Ordinal);

        var missing = ProcessRunner.Run(tool, "check missing.json", _work, BuildTimeout);
        Assert.Equal(3, missing.ExitCode);
    }

    /// <summary>
    /// Spec diagnostics are lowered, raised or silenced as .NET users expect of any diagnostic: by id in a
    /// <c>.globalconfig</c> (not <c>.editorconfig</c>, whose sections match C# files, and a spec is not one) or in
    /// <c>NoWarn</c>.
    /// </summary>
    [Fact]
    public void A_spec_diagnostic_is_silenced_or_raised_by_id_in_a_globalconfig_or_NoWarn()
    {
        const string Items = """<OpenApiClient Include="api.json" />""";
        var consumer = NewConsumer(string.Empty, Items);
        // An operation without responses (allowed in 3.1) is warning TGEN017.
        File.WriteAllText(Path.Combine(consumer, "api.json"), """
            { "openapi": "3.1.0", "info": { "title": "t", "version": "1" },
              "paths": { "/ping": { "get": { "operationId": "ping" } } } }
            """);
        // MSBuild looks for .globalconfig files in the folders of the project's C# files, so the project has one.
        File.WriteAllText(Path.Combine(consumer, "Use.cs"), "namespace Consumer; internal static class Use { }");
        string Build() => ProcessRunner.Run("dotnet", "build -nologo -clp:NoSummary --no-incremental", consumer, BuildTimeout).Output;

        Assert.Contains("warning TGEN017", Build(), StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(consumer, ".globalconfig"), "is_global = true\ndotnet_diagnostic.TGEN017.severity = none\n");
        var silenced = Build();
        Assert.DoesNotContain("TGEN017", silenced, StringComparison.Ordinal);
        Assert.DoesNotContain(": error ", silenced, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(consumer, ".globalconfig"), "is_global = true\ndotnet_diagnostic.TGEN017.severity = error\n");
        Assert.Contains("error TGEN017", Build(), StringComparison.Ordinal);

        File.Delete(Path.Combine(consumer, ".globalconfig"));
        WriteProject(consumer, "<NoWarn>$(NoWarn);TGEN017</NoWarn>", Items);
        Assert.DoesNotContain("TGEN017", Build(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The exhaustive-switch checks as a user meets them, at C# 12 (the analyzer and the suppressor) and at preview with
    /// the toolset compiler (closed classes, checked by the compiler): a switch that misses a case gets a warning naming
    /// it, a complete switch without a discard gets no warning at all.
    /// </summary>
    [Theory]
    [InlineData("12", "TGEN030", "does not handle GetThingResult.NotFound")]
    [InlineData("preview", "CS8509", "'Acme.GetThingResult.NotFound' is not covered")]
    public void A_consumer_build_names_a_missing_case_and_accepts_a_complete_switch_without_a_discard(string langVersion, string id, string names)
    {
        // The toolset compiler comes from the machine's package cache, which holds it once the repository is restored.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
            ? packages
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var toolset = langVersion == "preview" ? """<PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="5.9.0" PrivateAssets="all" />""" : string.Empty;
        var consumer = NewConsumer(
            $"""
            <LangVersion>{langVersion}</LangVersion>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <RootNamespace>Acme</RootNamespace>
            """,
            toolset + """<OpenApiClient Include="petstore.openapi.json" />""",
            cache);
        File.WriteAllText(Path.Combine(consumer, "petstore.openapi.json"), MiniSpecs.WithOperation("getThing"));
        File.WriteAllText(Path.Combine(consumer, "Complete.cs"), """
            namespace Acme;

            public static class Complete
            {
                public static string Describe(GetThingResult result) => result switch
                {
                    GetThingResult.Ok ok => ok.Body.Id,
                    GetThingResult.NotFound => "missing",
                    GetThingResult.Undocumented => "other",
                };
            }
            """);
        File.WriteAllText(Path.Combine(consumer, "Incomplete.cs"), """
            namespace Acme;

            public static class Incomplete
            {
                public static string Describe(GetThingResult result) => result switch
                {
                    GetThingResult.Ok ok => ok.Body.Id,
                    GetThingResult.Undocumented => "other",
                };
            }
            """);

        var (_, output) = Run("dotnet", "build -nologo -clp:NoSummary", consumer);
        var warnings = output.Split('\n').Where(line => line.Contains(": warning ", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(warnings.Count > 0 && warnings.All(w => w.Contains("Incomplete.cs", StringComparison.Ordinal)), "Warnings other than for Incomplete.cs:\n" + output);
        Assert.Contains(warnings, w => w.Contains("warning " + id, StringComparison.Ordinal) && w.Contains(names, StringComparison.Ordinal));
        if (langVersion == "preview")
        {
            // The compiler checks closed classes itself; the analyzer leaves the switch expression to it.
            Assert.DoesNotContain(warnings, w => w.Contains("TGEN030", StringComparison.Ordinal));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder is cleaned up by the OS.
        }
    }

    /// <summary>
    /// A fresh consumer folder: a nuget.config with the packed generator's feed (and the other folders given) and a net10.0
    /// project that references the packed generator, with <paramref name="properties"/> and <paramref name="items"/> added.
    /// </summary>
    private string NewConsumer(string properties, string items, params string[] moreFeeds)
    {
        var consumer = Path.Combine(_work, "consumer");
        Directory.CreateDirectory(consumer);
        WriteNuGetConfig(consumer, moreFeeds.Prepend(_package.Feed).ToArray());
        WriteProject(consumer, properties, items);
        return consumer;
    }

    private void WriteProject(string consumer, string properties, string items) =>
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RestorePackagesPath>{Path.Combine(_work, "packages")}</RestorePackagesPath>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Tallyfy.Generated.SourceGenerator" Version="{_package.Version}" PrivateAssets="all" />
            {items}
              </ItemGroup>
            </Project>
            """);

    /// <summary>A consumer's NuGet sources: the folder the generator was packed into, and any other folders given.</summary>
    private static void WriteNuGetConfig(string consumer, params string[] feeds)
    {
        var sources = string.Concat(feeds.Select((feed, i) => $"    <add key=\"feed{i}\" value=\"{feed}\" />\n"));
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
            {sources}  </packageSources>
            </configuration>
            """);
    }

    private static (int ExitCode, string Output) Run(string fileName, string arguments, string directory)
    {
        var result = ProcessRunner.Run(fileName, arguments, directory, BuildTimeout);
        Assert.True(result.ExitCode == 0, $"{fileName} {arguments} failed with {result.ExitCode}:\n{result.Output}");
        return result;
    }

    /// <summary>The generator packed once for every consumer build of the class, into a local folder feed.</summary>
    public sealed class PackedGenerator : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("tallyfy-package-").FullName;

        public PackedGenerator()
        {
            Version = "0.0.0-test" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
            var project = Path.Combine(RepoPaths.Root, "generator", "Tallyfy.Generated.SourceGenerator", "Tallyfy.Generated.SourceGenerator.csproj");
            Run("dotnet", $"pack \"{project}\" -c Release -o \"{Feed}\" -p:Version={Version} -p:PackageVersion={Version}", RepoPaths.Root);
        }

        public string Feed => Path.Combine(_folder, "feed");

        public string Version { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // As for a consumer's folder: the temp folder is cleaned up by the OS.
            }
        }
    }
}
