using System;
using System.Collections.Generic;
using System.Diagnostics;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

/// <summary>A node script of a test's own (a pinned package's reading of some files) run to its end, a line of output per file.</summary>
internal static class NodeScript
{
    /// <summary>
    /// The standard output of <c>node <paramref name="script"/> <paramref name="arguments"/></c> run in <paramref
    /// name="folder"/>, line by line: it must exit with 0 (its standard error says why not) and print <paramref
    /// name="lines"/> lines; <paramref name="bound"/> only catches a hang (the process is killed then).
    /// </summary>
    public static string[] Lines(string folder, string script, IEnumerable<string> arguments, int lines, TimeSpan bound)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)bound.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("node " + script + " did not finish within " + bound);
        }

        Assert.True(process.ExitCode == 0, "node " + script + " exited with " + process.ExitCode + ": " + error.Result);
        var printed = output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines, printed.Length);
        return printed;
    }
}
