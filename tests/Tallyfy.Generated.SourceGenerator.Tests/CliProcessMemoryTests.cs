using System;
using System.IO;
using Tallyfy.Generated.Cli;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// The command line's own process puts the collector off for the run (<see cref="ProcessMemory"/>): run as a process
/// (the tool's assembly from this test's output folder), <c>generate</c> collects nothing after it has set the collector
/// up, writes the same files as the command run in this process (which leaves the collector alone), and
/// <c>TALLYFY_CLI_DEFAULT_GC=1</c> turns it off.
/// </summary>
public sealed class CliProcessMemoryTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("tallyfy-cli-memory-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SkippableFact]
    public void A_generate_process_collects_nothing_once_started_and_writes_the_same_files()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "runs the tool through env");
        var processOut = Path.Combine(_temp, "process");
        var (exitCode, output) = RunTool(processOut, "TALLYFY_CLI_TIMINGS=1");
        var hostOut = Path.Combine(_temp, "host");
        var host = CommandLine.Run(new[] { "generate", RepoPaths.TallyfySpec, "--out", hostOut, "--namespace", "Tallyfy", "--client-name", "TallyfyClient" }, TextWriter.Null, TextWriter.Null);

        Assert.True(exitCode == 0, output);
        Assert.Equal(0, host);
        Assert.Contains("timings: collections put off: yes, none since", output, StringComparison.Ordinal);
        GeneratedSources.AssertIdentical(GeneratedSources.InDirectory(hostOut), GeneratedSources.InDirectory(processOut), "the tool's process vs the command run in a host");
    }

    [SkippableFact]
    public void The_default_collector_is_kept_when_asked()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "runs the tool through env");

        var (exitCode, output) = RunTool(Path.Combine(_temp, "out"), "TALLYFY_CLI_TIMINGS=1 TALLYFY_CLI_DEFAULT_GC=1");

        Assert.True(exitCode == 0, output);
        Assert.Contains("timings: collections put off: no", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, ProcessMemory.BaseBudget)]
    [InlineData(3_467_317, ProcessMemory.BaseBudget + (3_467_317 * ProcessMemory.BudgetPerSpecByte))]
    [InlineData(100L << 20, ProcessMemory.MaxBudget)]
    [InlineData(long.MaxValue, ProcessMemory.MaxBudget)]
    public void The_budget_grows_with_the_spec_up_to_its_cap(long specLength, long budget) =>
        Assert.Equal(budget, ProcessMemory.Budget(specLength));

    private (int ExitCode, string Output) RunTool(string outDir, string environment)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "Tallyfy.Generated.Cli.dll");
        return ProcessRunner.Run("env", $"{environment} dotnet \"{tool}\" generate \"{RepoPaths.TallyfySpec}\" --out \"{outDir}\" --namespace Tallyfy --client-name TallyfyClient", _temp, TimeSpan.FromMinutes(5));
    }
}
