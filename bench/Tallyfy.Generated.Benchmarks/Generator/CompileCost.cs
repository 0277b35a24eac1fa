using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Tallyfy.Generated.Benchmarks.Generator;

/// <summary>
/// The compiler's cost of a folder of generated C#, without MSBuild or analyzers: every <c>.cs</c> file under it parsed
/// and emitted to memory as one Release class library (Roslyn of the tests, .NET 10 reference assemblies, Kiota's
/// runtime beside them for Kiota's sources), several rounds in this process. Reports the process CPU time of each
/// compile (the first is the cold one: the compiler's own code still being jitted and tiered), the best of the later
/// ones (warm), and the declared symbols (types and members of the source, implicit ones not counted). CPU time rather than wall time, so a
/// loaded machine changes the numbers less. With an analyzer id (<c>--analyzer=CA2252</c>), each compile is followed by
/// that analyzer of the SDK (the one a <c>dotnet build</c> runs) over the same sources, alone and on one thread: the CPU
/// time of that analysis (which binds the bodies again for their operations) and the analyzer's own callback time.
/// </summary>
internal static class CompileCost
{
    /// <summary>
    /// Compiles each folder in turn, <paramref name="runs"/> rounds, so that folders compared share the same load;
    /// the first round is cold for the first folder only (the compiler warms up on it).
    /// </summary>
    public static void Run(IReadOnlyList<string> folders, int runs, string? analyzerId = null)
    {
        var sources = folders.Select(Sources).ToArray();
        var references = References();
        var analyzers = analyzerId is null ? default : SdkAnalyzers(analyzerId);
        var times = folders.Select(_ => new List<double>()).ToArray();
        var analysis = folders.Select(_ => new List<(double Cpu, double Callbacks)>()).ToArray();
        var symbols = new int[folders.Count];
        for (var run = 0; run < runs; run++)
        {
            for (var i = 0; i < folders.Count; i++)
            {
                (var time, symbols[i], var compilation) = Compile(folders[i], sources[i], references);
                times[i].Add(time);
                if (!analyzers.IsDefault)
                {
                    analysis[i].Add(Analyze(compilation, analyzers));
                }
            }
        }

        for (var i = 0; i < folders.Count; i++)
        {
            var (files, texts) = sources[i];
            var warm = runs > 1 ? times[i].Skip(1).Min() : double.NaN;
            Console.WriteLine($"{folders[i]}: {files.Length} files, {texts.Sum(t => (long)t.Length):N0} chars, {symbols[i]:N0} declared symbols");
            Console.WriteLine($"  CPU per compile: {string.Join(" / ", times[i].Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s");
            Console.WriteLine($"  first {times[i][0]:F2} s, warm (best after the first round) {warm:F2} s");
            if (analysis[i].Count > 0)
            {
                Console.WriteLine($"  {analyzerId} analysis CPU: {string.Join(" / ", analysis[i].Select(a => a.Cpu.ToString("F2", CultureInfo.InvariantCulture)))} s (warm {(runs > 1 ? analysis[i].Skip(1).Min(a => a.Cpu) : double.NaN):F2} s)");
                Console.WriteLine($"  {analyzerId} callbacks: {string.Join(" / ", analysis[i].Select(a => a.Callbacks.ToString("F2", CultureInfo.InvariantCulture)))} s (warm {(runs > 1 ? analysis[i].Skip(1).Min(a => a.Callbacks) : double.NaN):F2} s)");
            }
        }
    }

    /// <summary>The SDK's analyzers (the .NET SDK running this process) that report <paramref name="id"/>.</summary>
    private static System.Collections.Immutable.ImmutableArray<DiagnosticAnalyzer> SdkAnalyzers(string id)
    {
        // .../dotnet/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll → .../dotnet/sdk/<version>/...
        var shared = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location)))!;
        var folder = Directory.GetDirectories(Path.Combine(shared, "..", "sdk"))
            .Select(d => Path.Combine(d, "Sdks", "Microsoft.NET.Sdk", "analyzers"))
            .Where(Directory.Exists)
            .OrderBy(d => d, StringComparer.Ordinal)
            .Last();
        var loader = new Loader();
        var found = new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" }
            .SelectMany(file => new AnalyzerFileReference(Path.Combine(folder, file), loader).GetAnalyzers(LanguageNames.CSharp))
            .Where(analyzer => analyzer.SupportedDiagnostics.Any(d => d.Id == id))
            .ToArray();
        Console.WriteLine($"analyzers for {id} from {Path.GetFullPath(folder)}: {string.Join(", ", found.Select(a => a.GetType().Name))}");
        return found.Length > 0 ? [.. found] : throw new InvalidOperationException($"No analyzer of the SDK reports {id}.");
    }

    private static (double Cpu, double Callbacks) Analyze(Compilation compilation, System.Collections.Immutable.ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var withAnalyzers = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees).WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        process.Refresh();
        var seconds = (process.TotalProcessorTime - before).TotalSeconds;
        var callbacks = analyzers.Sum(a => withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, default).GetAwaiter().GetResult().ExecutionTime.TotalSeconds);
        if (diagnostics.Length > 0)
        {
            Console.WriteLine($"  {diagnostics.Length} analyzer diagnostics, first: {diagnostics[0]}");
        }

        return (seconds, callbacks);
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }

    private static (string[] Files, string[] Texts) Sources(string folder)
    {
        var separator = Path.DirectorySeparatorChar;
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !path.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToArray();
        return (files, files.Select(File.ReadAllText).ToArray());
    }

    private static (double Seconds, int Symbols, Compilation Compilation) Compile(string folder, (string[] Files, string[] Texts) sources, List<MetadataReference> references)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Texts.Select((text, i) => CSharpSyntaxTree.ParseText(text, parse, sources.Files[i])).ToArray();
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
        var seconds = (process.TotalProcessorTime - before).TotalSeconds;
        if (!result.Success)
        {
            foreach (var error in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10))
            {
                Console.WriteLine(error);
            }

            throw new InvalidOperationException($"{folder} does not compile.");
        }

        return (seconds, CountSymbols(compilation.Assembly.GlobalNamespace), compilation);
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
