using System;
using System.IO;

namespace Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

/// <summary>Finds files of the repository from wherever the tests run.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Tallyfy.Generated.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Tallyfy.Generated.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string TallyfySpec => Path.Combine(Root, "spec", "tallyfy.openapi.json");

    /// <summary>The real-world specs shared beside the repository; absent on a user's machine.</summary>
    public static string RealWorldSpecs => Path.GetFullPath(Path.Combine(Root, "..", "shared", "specs", "real-world"));
}
