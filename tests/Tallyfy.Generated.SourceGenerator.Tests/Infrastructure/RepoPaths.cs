using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

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

    /// <summary>
    /// The specs of the feature tests, the Tallyfy spec and, when present, the real-world specs (those smaller than
    /// <paramref name="maxRealWorldBytes"/>): every JSON and YAML file, in ordinal order of their paths.
    /// </summary>
    public static IEnumerable<string> FeatureTallyfyAndRealWorldSpecs(long maxRealWorldBytes = long.MaxValue)
    {
        var specs = Directory.EnumerateFiles(Path.Combine(Root, "tests", "Tallyfy.Generated.Features.Tests", "Specs")).Append(TallyfySpec);
        if (Directory.Exists(RealWorldSpecs))
        {
            specs = specs.Concat(Directory.EnumerateFiles(RealWorldSpecs, "*", SearchOption.TopDirectoryOnly).Where(path => new FileInfo(path).Length < maxRealWorldBytes));
        }

        return specs
            .Where(path => path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal);
    }
}
