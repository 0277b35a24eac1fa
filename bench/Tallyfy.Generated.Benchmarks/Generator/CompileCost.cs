using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Tallyfy.Generated.Benchmarks.Generator;

/// <summary>
/// The compiler's cost of a folder of generated C#, without MSBuild or analyzers: every <c>.cs</c> file under it parsed
/// and emitted to memory as one Release class library (Roslyn of the tests, .NET 10 reference assemblies, Kiota's
/// runtime beside them for Kiota's sources), <paramref name="runs"/> times in this process. Reports the process CPU time
/// of each compile (the first is the cold one: the compiler's own code still being jitted and tiered), the best of the
/// later ones (warm), and the declared symbols (types and members of the source). CPU time rather than wall time, so a
/// loaded machine changes the numbers less.
/// </summary>
internal static class CompileCost
{
    public static void Run(string folder, int runs)
    {
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();
        var texts = files.Select(File.ReadAllText).ToArray();
        var bytes = texts.Sum(text => (long)text.Length);
        var references = References();
        var process = Process.GetCurrentProcess();
        var times = new List<double>();
        var symbols = 0;
        for (var run = 0; run < runs; run++)
        {
            GC.Collect();
            process.Refresh();
            var before = process.TotalProcessorTime;
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = texts.Select((text, i) => CSharpSyntaxTree.ParseText(text, parse, files[i])).ToArray();
            var compilation = CSharpCompilation.Create(
                "CompileCost",
                trees,
                references,
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    optimizationLevel: OptimizationLevel.Release,
                    nullableContextOptions: NullableContextOptions.Enable,
                    concurrentBuild: false));
            using var peStream = new MemoryStream();
            var result = compilation.Emit(peStream);
            process.Refresh();
            times.Add((process.TotalProcessorTime - before).TotalSeconds);
            if (!result.Success)
            {
                foreach (var error in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10))
                {
                    Console.WriteLine(error);
                }

                throw new InvalidOperationException($"{folder} does not compile.");
            }

            symbols = CountSymbols(compilation.Assembly.GlobalNamespace);
        }

        var warm = times.Count > 1 ? times.Skip(1).Min() : double.NaN;
        Console.WriteLine($"{folder}: {files.Length} files, {bytes:N0} chars, {symbols:N0} declared symbols");
        Console.WriteLine($"  CPU per compile: {string.Join(" / ", times.Select(t => t.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))} s");
        Console.WriteLine($"  cold {times[0]:F2} s, warm (best after the first) {warm:F2} s");
    }

    private static int CountSymbols(INamespaceSymbol ns)
    {
        var count = 0;
        foreach (var member in ns.GetMembers())
        {
            count += member is INamespaceSymbol inner ? CountSymbols(inner) : CountType((INamedTypeSymbol)member);
        }

        return count;
    }

    private static int CountType(INamedTypeSymbol type)
    {
        var count = 1;
        foreach (var member in type.GetMembers())
        {
            count += member is INamedTypeSymbol nested ? CountType(nested) : member.IsImplicitlyDeclared ? 0 : 1;
        }

        return count;
    }

    private static List<MetadataReference> References()
    {
        var references = new List<MetadataReference>(Basic.Reference.Assemblies.Net100.References.All);
        // Kiota's generated code needs its runtime; our code needs nothing beyond the framework.
        foreach (var assembly in new[]
        {
            typeof(Microsoft.Kiota.Abstractions.RequestInformation).Assembly,
            typeof(Microsoft.Kiota.Serialization.Json.JsonParseNode).Assembly,
            typeof(Microsoft.Kiota.Serialization.Text.TextParseNode).Assembly,
            typeof(Microsoft.Kiota.Serialization.Form.FormParseNode).Assembly,
            typeof(Microsoft.Kiota.Serialization.Multipart.MultipartSerializationWriter).Assembly,
            typeof(Microsoft.Kiota.Http.HttpClientLibrary.HttpClientRequestAdapter).Assembly,
        })
        {
            references.Add(MetadataReference.CreateFromFile(assembly.Location));
        }

        var uriTemplate = Path.Combine(AppContext.BaseDirectory, "Std.UriTemplate.dll");
        if (File.Exists(uriTemplate))
        {
            references.Add(MetadataReference.CreateFromFile(uriTemplate));
        }

        return references;
    }
}
