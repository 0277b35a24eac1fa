using System;
using System.IO;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// The command line published with Native AOT (<c>-p:NativeCli=true</c>): a native binary whose <c>generate</c> writes
/// exactly the files the tool writes, and whose <c>check</c> (Roslyn, left out of it) says so with the usage exit code.
/// Minutes of native compilation on a loaded machine, so it runs when <see cref="ConsumerBuildTests.AotTestsVariable"/> is 1.
/// </summary>
[Collection(ReleaseBuildsCollection.Name)]
public sealed class NativeCliTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("tallyfy-native-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SkippableFact]
    public void The_native_build_generates_the_same_files_as_the_tool_and_refuses_check()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable(ConsumerBuildTests.AotTestsVariable) == "1", $"Native AOT publish: set {ConsumerBuildTests.AotTestsVariable}=1 to run it.");
        var project = Path.Combine(RepoPaths.Root, "generator", "Tallyfy.Generated.Cli", "Tallyfy.Generated.Cli.csproj");
        var published = Path.Combine(_temp, "native");
        var (publishExit, publishOutput) = ProcessRunner.Run("dotnet", $"publish \"{project}\" -c Release -r linux-x64 -p:NativeCli=true -o \"{published}\"", RepoPaths.Root, TimeSpan.FromMinutes(40));
        Assert.True(publishExit == 0, publishOutput);
        var native = Path.Combine(published, "Tallyfy.Generated.Cli");
        Assert.False(File.Exists(Path.Combine(published, "Tallyfy.Generated.Cli.dll")), "a native binary, not an assembly for the runtime");

        var nativeOut = Path.Combine(_temp, "native-out");
        var (exitCode, output) = ProcessRunner.Run(native, $"generate \"{RepoPaths.TallyfySpec}\" --out \"{nativeOut}\" --namespace Tallyfy --client-name TallyfyClient", _temp, TimeSpan.FromMinutes(5));
        var toolOut = Path.Combine(_temp, "tool-out");
        var tool = Tallyfy.Generated.Cli.CommandLine.Run(new[] { "generate", RepoPaths.TallyfySpec, "--out", toolOut, "--namespace", "Tallyfy", "--client-name", "TallyfyClient" }, TextWriter.Null, TextWriter.Null);

        Assert.True(exitCode == 0, output);
        Assert.Equal(0, tool);
        GeneratedSources.AssertIdentical(GeneratedSources.InDirectory(toolOut), GeneratedSources.InDirectory(nativeOut), "native generate vs the tool");

        var (checkExit, checkOutput) = ProcessRunner.Run(native, $"check \"{RepoPaths.TallyfySpec}\"", _temp, TimeSpan.FromMinutes(5));
        Assert.True(checkExit == Tallyfy.Generated.Cli.CommandLine.UsageError, checkOutput);
        Assert.Contains("check compiles the generated code with Roslyn, which this native build leaves out", checkOutput, StringComparison.Ordinal);
    }
}

/// <summary>
/// Tests that build the repository's projects in Release (the native CLI's publish, the consumer tests' pack of the
/// generator) write the same <c>obj/Release</c> folders, so they run one after the other, never at the same time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReleaseBuildsCollection
{
    public const string Name = "Release builds of the repository";
}
