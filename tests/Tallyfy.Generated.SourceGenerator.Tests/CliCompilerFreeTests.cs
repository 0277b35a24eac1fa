using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// The command line's <c>generate</c> and <c>diff</c> never load the compiler (Microsoft.CodeAnalysis): most of a run is
/// starting the runtime, and the compiler is megabytes of code to load and compile. Each command runs in an assembly
/// load context of its own, loaded from the test's output folder, which records every assembly it resolves.
/// </summary>
[Collection(LoadContextsCollection.Name)]
public sealed class CliCompilerFreeTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("tallyfy-cli-loads-").FullName;

    /// <summary>The stack of the first request for a compiler assembly in this test's runs, if any.</summary>
    private string? _compilerAskedFrom;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Generate_loads_no_compiler_assembly()
    {
        var loaded = Run("generate", RepoPaths.TallyfySpec, "--out", Path.Combine(_temp, "out"), "--namespace", "Tallyfy", "--client-name", "TallyfyClient");

        Assert.Contains("Tallyfy.Generated.SourceGenerator", loaded);
        Assert.True(_compilerAskedFrom is null, _compilerAskedFrom);
        Assert.DoesNotContain(loaded, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_temp, "out", "TallyfyClient.g.cs")));
    }

    [Fact]
    public void Generate_with_spec_errors_and_diff_load_no_compiler_assembly()
    {
        var broken = Path.Combine(_temp, "broken.json");
        File.WriteAllText(broken, """{ "openapi": "3.0.3", "info": { "title": "t", "version": "1" }, "paths": { "/a": { "get": { "operationId": "a" } } } }""");
        var before = Path.Combine(_temp, "before.json");
        var after = Path.Combine(_temp, "after.json");
        File.WriteAllText(before, MiniSpecs.WithOperation("getThing"));
        File.WriteAllText(after, MiniSpecs.WithOperation("getOther"));

        var loaded = Run("generate", broken, "--out", Path.Combine(_temp, "out")).Concat(Run("diff", before, after)).ToList();

        Assert.True(_compilerAskedFrom is null, _compilerAskedFrom);
        Assert.DoesNotContain(loaded, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_loads_the_compiler_so_the_recording_sees_it()
    {
        var loaded = Run("check", RepoPaths.TallyfySpec);

        Assert.Contains("Microsoft.CodeAnalysis", loaded);
    }

    /// <summary>
    /// Runs the CLI in a fresh load context and waits until that context is collected, so its assemblies are gone from
    /// <see cref="AppDomain.GetAssemblies"/> before any other test looks there (Snapshooter reads every type of every
    /// assembly of the process); the names of the assemblies it resolved there.
    /// </summary>
    private List<string> Run(params string[] args)
    {
        var loaded = RunInContext(args, out var context);
        for (var i = 0; context.IsAlive && i < 20; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return loaded;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private List<string> RunInContext(string[] args, out WeakReference unloaded)
    {
        var context = new RecordingContext(AppContext.BaseDirectory);
        unloaded = new WeakReference(context);
        try
        {
            var cli = context.LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, "Tallyfy.Generated.Cli.dll"));
            var run = cli.GetType("Tallyfy.Generated.Cli.CommandLine", throwOnError: true)!
                .GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
            var output = new StringWriter();
            var error = new StringWriter();
            var exitCode = (int)run.Invoke(null, new object[] { args, output, error })!;
            Assert.True(exitCode is 0 or 1, string.Join(" ", args) + ": exit " + exitCode + "\n" + output + error);
            _compilerAskedFrom ??= context.CompilerAskedFrom;
            return context.Assemblies.Select(a => a.GetName().Name!).Concat(context.Resolved).Distinct().ToList();
        }
        finally
        {
            context.Unload();
        }
    }

    private sealed class RecordingContext(string directory) : AssemblyLoadContext(isCollectible: true)
    {
        public List<string> Resolved { get; } = new();

        /// <summary>Where the first compiler assembly was asked for: the failure message says which code needed it.</summary>
        public string? CompilerAskedFrom { get; private set; }

        protected override Assembly? Load(AssemblyName name)
        {
            lock (Resolved)
            {
                Resolved.Add(name.Name!);
                if (CompilerAskedFrom is null && name.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                {
                    CompilerAskedFrom = name.Name + " asked for at\n" + Environment.StackTrace;
                }
            }

            var path = Path.Combine(directory, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
