using System;
using System.IO;

namespace Tallyfy.Generated.Benchmarks;

/// <summary>
/// Finds files of the repository. BenchmarkDotNet runs each benchmark in a child process built under this project's
/// bin folder, so the root is found by walking up to the solution file.
/// </summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
        FindRoot(AppContext.BaseDirectory) ?? FindRoot(Environment.CurrentDirectory)
        ?? throw new InvalidOperationException("Tallyfy.Generated.sln not found above " + AppContext.BaseDirectory));

    public static string Root => RootPath.Value;

    public static string TallyfySpec => Path.Combine(Root, "spec", "tallyfy.openapi.json");

    /// <summary>The real-world specs shared beside the repository (../shared/specs/real-world); absent on a user's machine.</summary>
    public static string RealWorldSpecs => Path.GetFullPath(Path.Combine(Root, "..", "shared", "specs", "real-world"));

    private static string? FindRoot(string start)
    {
        var directory = new DirectoryInfo(start);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Tallyfy.Generated.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }
}
