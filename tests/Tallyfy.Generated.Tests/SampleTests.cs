using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>The sample (the README's first command) run as a user runs it: a separate process, its output and exit code.</summary>
public sealed class SampleTests
{
    private static readonly string[] Operations =
    {
        "deleteTask", "archiveTask", "restoreTask", "deleteProcess", "reopenProcessTask", "reopenOneOffTask", "deleteFile", "archiveAsset",
    };

    [Fact]
    public void Against_the_embedded_server_every_operation_prints_its_case_and_the_sample_exits_zero()
    {
        var (exitCode, output, error) = RunSample(token: "tok_sample_secret_81f3");

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("Embedded mock Tallyfy server at http://127.0.0.1:", output);
        foreach (var operation in Operations)
        {
            var line = Assert.Single(output.Split('\n'), l => l.StartsWith(operation + " ", StringComparison.Ordinal));
            Assert.Matches(@"^\w+\s+\w+\s+HTTP \d{3}", line);
        }

        Assert.Contains("NoContent", output.Split('\n').Single(l => l.StartsWith("deleteTask ", StringComparison.Ordinal)));
        Assert.Contains("HTTP 200  task ", output.Split('\n').Single(l => l.StartsWith("restoreTask ", StringComparison.Ordinal)));
        Assert.DoesNotContain("tok_sample_secret_81f3", output + error);
    }

    [Fact]
    public void Against_another_server_it_sends_the_token_and_prints_whatever_case_comes_back()
    {
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = new[] { "http://127.0.0.1:0" } });
        server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(404)
            .WithHeader("Content-Type", "application/json").WithBody("""{"error":true,"message":"Resource not found","code":"RESOURCE_NOT_FOUND"}"""));

        var (exitCode, output, error) = RunSample("tok_real_api_99c1", "--base-url", server.Url!, "--org", "acme", "--task", "t1", "--run", "r1", "--asset", "a1");

        Assert.True(exitCode == 0, output + error);
        Assert.Equal(8, output.Split('\n').Count(l => l.Contains("NotFound", StringComparison.Ordinal) && l.Contains("HTTP 404", StringComparison.Ordinal)));
        Assert.All(server.LogEntries, entry => Assert.Equal("Bearer tok_real_api_99c1", entry.RequestMessage.Headers!["Authorization"].Single()));
        Assert.Contains(server.LogEntries, entry => entry.RequestMessage.Path == "/organizations/acme/tasks/t1/delete");
        Assert.DoesNotContain("tok_real_api_99c1", output + error);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--org")]
    [InlineData("--base-url", "not a url")]
    public void Bad_arguments_give_one_line_and_exit_code_2(params string[] arguments)
    {
        var (exitCode, output, error) = RunSample(null, arguments);

        Assert.Equal(2, exitCode);
        Assert.Empty(output.Trim());
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void A_transport_failure_gives_one_line_and_exit_code_1()
    {
        // A port that was free a moment ago: nothing listens there.
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var (exitCode, _, error) = RunSample("tok_x", "--base-url", $"http://127.0.0.1:{port}");

        Assert.Equal(1, exitCode);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("deleteTask: the request failed", error);
    }

    private static (int ExitCode, string Output, string Error) RunSample(string? token, params string[] arguments)
    {
        var sample = SamplePath();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(sample);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("TALLYFY_TOKEN");
        if (token is not null)
        {
            start.Environment["TALLYFY_TOKEN"] = token;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The sample did not finish within 60 s.");
        }

        return (process.ExitCode, output.Result.Replace("\r", string.Empty, StringComparison.Ordinal), error.Result.Replace("\r", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>The sample's build output, in the same configuration as these tests.</summary>
    private static string SamplePath()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = testBin.Name.Length > 0 ? testBin.Name : testBin.Parent!.Name;
        var configuration = testBin.Parent!.Name;
        var directory = testBin;
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Tallyfy.Generated.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory!.FullName, "src", "Tallyfy.Generated.Sample", "bin", configuration, framework, "Tallyfy.Generated.Sample.dll");
        Assert.True(File.Exists(path), "The sample is not built at " + path);
        return path;
    }
}
