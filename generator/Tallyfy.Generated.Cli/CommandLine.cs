using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Tallyfy.Generated.SourceGenerator;
using Tallyfy.Generated.SourceGenerator.Diagnostics;
using Tallyfy.Generated.SourceGenerator.Diffing;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Parsing;

namespace Tallyfy.Generated.Cli;

/// <summary>
/// <c>generate &lt;spec&gt; --out &lt;dir&gt; [--namespace N] [--client-name C]</c>, <c>check &lt;spec&gt;...</c> and
/// <c>diff &lt;old-spec&gt; &lt;new-spec&gt; [--format json]</c>.
/// Exit codes: 0 no errors, 1 the spec (or the generated code) has errors, or the diff has a breaking change, 2 usage
/// errors, 3 an input file does not exist.
/// </summary>
internal static class CommandLine
{
    public const int Ok = 0;

    /// <summary>An input file does not exist: nothing was read or written.</summary>
    public const int InputMissing = 3;
    public const int SpecErrors = 1;
    public const int UsageError = 2;

    private const string Usage = """
        usage:
          tallyfy-generated generate <spec> --out <dir> [--namespace N] [--client-name C] [filter]
          tallyfy-generated check <spec>... [--namespace N] [filter]
          tallyfy-generated diff <old-spec> <new-spec> [--format text|json] [--namespace N] [--client-name C] [filter]
          tallyfy-generated <command> --help
          tallyfy-generated --version

        --namespace defaults to OpenApi; --client-name to a name made from the spec's file name
        (specs/petstore.openapi.yaml gives PetstoreClient).
        filter: [--include-path P]... [--exclude-path P]... [--include-tag T]... [--keep-unused-schemas]
        (each repeatable) generates only the operations selected; only the schema types the generated operations
        use are generated unless --keep-unused-schemas is given.

        exit codes: 0 no errors; 1 the spec (or the generated code) has errors, or diff found a breaking change;
        2 usage errors; 3 an input file does not exist.
        """;

    private const string GenerateHelp = """
        usage: tallyfy-generated generate <spec> --out <dir> [--namespace N] [--client-name C]
                 [--include-path P]... [--exclude-path P]... [--include-tag T]... [--keep-unused-schemas]
                 [--allow-missing-required]

        Writes the client the source generator would emit for <spec> (OpenAPI 3.x or Swagger 2.0, JSON or YAML) into
        <dir>: the same files, byte for byte. Files it wrote there before that the spec no longer makes are removed;
        nothing else in <dir> is touched. Diagnostics print as path(line,col): error|warning ID: message.

          --out <dir>         where the files go (created if needed)
          --namespace N       the namespace of the generated code (default: OpenApi)
          --client-name C     the client class (default: from the file name, petstore.openapi.yaml gives PetstoreClient)
          --include-path P    generate the operations whose path matches P: /users/**, /repos/{owner}/*/issues,
                              /users/@me#GET (* one segment, ** any number, #GET,POST only those methods); repeatable
          --exclude-path P    leave out the operations matching P, even when included; repeatable
          --include-tag T     generate the operations tagged T (as well as those an --include-path selects); repeatable
          --keep-unused-schemas
                              also generate the schema types no generated operation uses (by default they are left
                              out, with an info TGEN053; a spec without operations keeps them all)
          --allow-missing-required
                              read a required member that a body leaves out as its default (null, 0, false) instead
                              of failing the body's read (an item's AllowMissingRequired="true")

        exit codes: 0 written, no errors; 1 the spec has errors (the parts without errors are still written);
        2 usage error; 3 <spec> does not exist.
        """;

    private const string CheckHelp = """
        usage: tallyfy-generated check <spec>... [--namespace N] [--include-path P]... [--exclude-path P]... [--include-tag T]...
                 [--keep-unused-schemas] [--allow-missing-required]

        Generates from each spec and compiles the result in memory, printing every diagnostic of the spec and of the
        generated code, then one summary line per spec. Writes nothing.

          --namespace N       the namespace of the generated code (default: OpenApi)
          --include-path P, --exclude-path P, --include-tag T, --keep-unused-schemas, --allow-missing-required
                              as for generate

        exit codes: 0 no errors; 1 a spec or its generated code has errors; 2 usage error; 3 a spec does not exist.
        """;

    private const string DiffHelp = """
        usage: tallyfy-generated diff <old-spec> <new-spec> [--format text|json] [--namespace N] [--client-name C]
                 [--include-path P]... [--exclude-path P]... [--include-tag T]... [--keep-unused-schemas]

        Prints what regenerating from <new-spec> instead of <old-spec> does to the generated API, one line per change
        at its place in <new-spec>: TGEN020 warnings for breaking changes, TGEN021 info for additive ones, then a
        summary. A reordered spec reports nothing: generated names do not depend on order.

          --format text|json  the canonical diagnostic lines (default), or one JSON document for tools
          --namespace N       as for generate
          --client-name C     as for generate (default: from <new-spec>'s file name)
          --include-path P, --exclude-path P, --include-tag T, --keep-unused-schemas   as for generate, applied to both specs

        exit codes: 0 nothing breaking; 1 a breaking change (a CI gate), or a spec cannot be read; 2 usage error;
        3 a spec does not exist.
        """;

    /// <summary>Runs one command, leaving the collector as it is (a host's call).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error) => RunProcess(args, output, error, null);

    /// <summary>Runs one command as the command line's own process (<c>Program</c>).</summary>
    /// <param name="beforeGenerating">
    /// Called with the spec's length in bytes before <c>generate</c> reads it: the command line's own process sets the
    /// collector up for the run there (<see cref="ProcessMemory"/>); a host that calls this leaves it null.
    /// </param>
    public static int RunProcess(IReadOnlyList<string> args, TextWriter output, TextWriter error, Action<long>? beforeGenerating)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help")
        {
            (args.Count == 0 ? error : output).WriteLine(Usage);
            return args.Count == 0 ? UsageError : Ok;
        }

        if (args[0] is "--version")
        {
            output.WriteLine(Version);
            return Ok;
        }

        if (args.Skip(1).Any(arg => arg is "-h" or "--help"))
        {
            var help = args[0] switch { "generate" => GenerateHelp, "check" => CheckHelp, "diff" => DiffHelp, _ => null };
            if (help is null)
            {
                error.WriteLine($"unknown command '{args[0]}'.");
                error.WriteLine(Usage);
                return UsageError;
            }

            output.WriteLine(help);
            return Ok;
        }

        if (!TryParseOptions(args.Skip(1).ToList(), out var specs, out var options, out var problem))
        {
            error.WriteLine(problem);
            error.WriteLine(Usage);
            return UsageError;
        }

        switch (args[0])
        {
            case "generate":
                if (specs.Count != 1 || !options.TryGetValue("--out", out var outDir))
                {
                    error.WriteLine("generate takes one spec and --out <dir>.");
                    error.WriteLine(Usage);
                    return UsageError;
                }

                if (MissingInput(specs, error) is { } absent)
                {
                    return absent;
                }

                var timings = ProcessTimings.FromEnvironment();
                beforeGenerating?.Invoke(new FileInfo(specs[0]).Length);
                timings?.Mark("collector set up");
                return Generate(specs[0], outDir, options, output, error, timings);
            case "check":
#if NATIVE_CLI
                error.WriteLine("check compiles the generated code with Roslyn, which this native build leaves out: run check with the tool (dotnet tool install Tallyfy.Generated.Cli).");
                return UsageError;
#else
                if (specs.Count == 0)
                {
                    error.WriteLine("check takes at least one spec.");
                    error.WriteLine(Usage);
                    return UsageError;
                }

                if (MissingInput(specs, error) is { } missing)
                {
                    return missing;
                }

                var worst = Ok;
                foreach (var spec in specs)
                {
                    worst = Math.Max(worst, Check(spec, options, output, error));
                }

                return worst;
#endif
            case "diff":
                if (specs.Count != 2 || options.GetValueOrDefault("--format", "text") is not ("text" or "json"))
                {
                    error.WriteLine("diff takes two specs, the old and the new, and --format text or json.");
                    error.WriteLine(Usage);
                    return UsageError;
                }

                return MissingInput(specs, error) ?? Diff(specs[0], specs[1], options, output, error);
            default:
                error.WriteLine($"unknown command '{args[0]}'.");
                error.WriteLine(Usage);
                return UsageError;
        }
    }

    private static bool TryParseOptions(List<string> args, out List<string> specs, out Dictionary<string, string> options, out string problem)
    {
        specs = new List<string>();
        options = new Dictionary<string, string>(StringComparer.Ordinal);
        problem = string.Empty;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--out" or "--namespace" or "--client-name" or "--format")
            {
                if (i + 1 >= args.Count)
                {
                    problem = args[i] + " needs a value.";
                    return false;
                }

                options[args[i]] = args[++i];
            }
            else if (args[i] is "--keep-unused-schemas" or "--allow-missing-required")
            {
                options[args[i]] = "true";
            }
            else if (args[i] is "--include-path" or "--exclude-path" or "--include-tag")
            {
                if (i + 1 >= args.Count)
                {
                    problem = args[i] + " needs a value.";
                    return false;
                }

                // Repeatable: the values are kept one per line (no pattern or tag holds a line break).
                options[args[i]] = options.TryGetValue(args[i], out var earlier) ? earlier + "\n" + args[++i] : args[++i];
            }
            else if (args[i].Length > 1 && args[i][0] == '-')
            {
                problem = $"unknown option '{args[i]}'.";
                return false;
            }
            else
            {
                specs.Add(args[i]);
            }
        }

        return true;
    }

    /// <summary>
    /// Compares the APIs generated from two versions of a spec: each change in the compiler's canonical form pointing into
    /// the new spec (or, with <c>--format json</c>, as JSON), then a summary; 1 when any change is breaking.
    /// </summary>
    /// <summary>The version the tool reports: the package's informational version.</summary>
    public static string Version =>
        typeof(CommandLine).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion
        ?? typeof(CommandLine).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary><see cref="InputMissing"/> after naming each input that does not exist; null when they all do.</summary>
    private static int? MissingInput(IEnumerable<string> paths, TextWriter error)
    {
        var missing = paths.Where(path => !File.Exists(path)).ToList();
        foreach (var path in missing)
        {
            error.WriteLine($"{path}: error: file not found.");
        }

        return missing.Count > 0 ? InputMissing : null;
    }

    private static int Diff(string oldPath, string newPath, Dictionary<string, string> options, TextWriter output, TextWriter error)
    {
        // Both are named as the new spec's client, so the old file's name does not change a generated name.
        var newSpec = ReadSpec(newPath, options, null);
        var oldSpec = ReadSpec(oldPath, options, newSpec.ClientName);
        var result = ClientGeneration.Diff(oldSpec, newSpec, default);
        foreach (var diagnostic in result.BaselineDiagnostics.Concat(result.SpecDiagnostics).Where(d => d.Severity == DiagnosticLevel.Error))
        {
            error.WriteLine(diagnostic.ToString());
        }

        if (result.Changes is not { } changes)
        {
            error.WriteLine($"{newPath}: error: the specs could not both be read, so they cannot be compared.");
            return SpecErrors;
        }

        var breaking = changes.Count(ApiDiff.IsBreaking);
        var additive = changes.Count - breaking;
        if (options.GetValueOrDefault("--format") == "json")
        {
            WriteJson(output, oldSpec.Path, newSpec.Path, changes, breaking, additive);
        }
        else
        {
            foreach (var change in changes)
            {
                output.WriteLine(change.ToString());
            }

            output.WriteLine($"{newPath}: {breaking} breaking, {additive} additive change{(additive == 1 ? string.Empty : "s")} from {oldPath}");
        }

        return breaking > 0 ? SpecErrors : Ok;
    }

    /// <summary>
    /// Deletes the <c>.g.cs</c> files of this folder that an earlier <c>generate</c> wrote (they start with our header)
    /// and this one did not: a removed operation or schema leaves no file behind to break the build. Anything else in
    /// the folder (the user's files, other tools' output) is left alone.
    /// </summary>
    private static int RemoveStaleFiles(string outDir, HashSet<string> written)
    {
        var removed = 0;
        foreach (var path in Directory.EnumerateFiles(outDir, "*.g.cs"))
        {
            if (written.Contains(Path.GetFileName(path)) || !StartsWithHeader(path, Tallyfy.Generated.SourceGenerator.Emitting.CSharp.GeneratedByLine))
            {
                continue;
            }

            File.Delete(path);
            removed++;
        }

        return removed;
    }

    private static bool StartsWithHeader(string path, string header)
    {
        using var reader = new StreamReader(path);
        for (var i = 0; i < 3 && reader.ReadLine() is { } line; i++)
        {
            if (line.StartsWith(header, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteJson(TextWriter output, string oldPath, string newPath, EquatableArray<DiagnosticInfo> changes, int breaking, int additive)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("old", oldPath);
            json.WriteString("new", newPath);
            json.WriteNumber("breaking", breaking);
            json.WriteNumber("additive", additive);
            json.WriteStartArray("changes");
            foreach (var change in changes)
            {
                json.WriteStartObject();
                json.WriteString("id", change.Id);
                json.WriteBoolean("breaking", ApiDiff.IsBreaking(change));
                json.WriteString("severity", change.Severity.ToString().ToLowerInvariant());
                json.WriteString("message", change.Message);
                json.WriteString("path", change.Location.Path);
                json.WriteNumber("line", change.Location.Line + 1);
                json.WriteNumber("column", change.Location.Column + 1);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static SpecFile ReadSpec(string specPath, Dictionary<string, string> options, string? clientName)
    {
        var fullPath = Path.GetFullPath(specPath);
        var text = TextFile.ReadAllText(fullPath);
        return new SpecFile(
            fullPath,
            text,
            ClientSettings.ResolveNamespace(options.GetValueOrDefault("--namespace"), null),
            clientName ?? ClientSettings.ResolveClientName(options.GetValueOrDefault("--client-name"), fullPath),
            ReferencedDocuments(fullPath, text).ToEquatableArray())
        {
            Filter = OperationFilter.FromValues(Values(options, "--include-path"), Values(options, "--exclude-path"), Values(options, "--include-tag")) with
            {
                KeepUnusedSchemas = options.ContainsKey("--keep-unused-schemas"),
            },
            AllowMissingRequired = options.ContainsKey("--allow-missing-required"),
        };
    }

    private static string[]? Values(Dictionary<string, string> options, string option) =>
        options.TryGetValue(option, out var values) ? values.Split('\n') : null;

    /// <summary>Reads one spec and generates from it the way the source generator does, printing its diagnostics.</summary>
    private static GenerationResult GenerateSpec(string specPath, Dictionary<string, string> options, TextWriter error)
    {
        var result = ClientGeneration.Generate(ReadSpec(specPath, options, null), default);
        foreach (var diagnostic in result.Diagnostics)
        {
            // The compiler's own canonical form: path(line,col): error TGEN004: message.
            error.WriteLine(diagnostic.ToString());
        }

        return result;
    }

    /// <summary>The files the spec's $refs reach, read from disk: what the build passes as additional files.</summary>
    private static List<ExternalDocument> ReferencedDocuments(string path, string text) =>
        SpecPaths.Reachable(path, text, referenced => File.Exists(referenced) ? new ExternalDocument(referenced, TextFile.ReadAllText(referenced)) : null);

    private static int Generate(string specPath, string outDir, Dictionary<string, string> options, TextWriter output, TextWriter error, ProcessTimings? timings)
    {
        var result = GenerateSpec(specPath, options, error);
        timings?.Mark("read and generate");
        if (result.Client is null)
        {
            return SpecErrors;
        }

        Directory.CreateDirectory(outDir);
        var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in result.Files)
        {
            File.WriteAllText(Path.Combine(outDir, file.HintName), file.Text);
            written.Add(file.HintName);
        }

        var removed = RemoveStaleFiles(outDir, written);
        timings?.Mark("write");
        timings?.Report(error);
        output.WriteLine($"{specPath}: wrote {result.Files.Count} files to {outDir}"
            + (removed > 0 ? $"; removed {removed} file{(removed == 1 ? string.Empty : "s")} it generated before that the spec no longer makes" : string.Empty));
        return HasErrors(result) ? SpecErrors : Ok;
    }

#if !NATIVE_CLI
    private static int Check(string specPath, Dictionary<string, string> options, TextWriter output, TextWriter error)
    {
        var result = GenerateSpec(specPath, options, error);
        if (result.Client is null)
        {
            // Every spec checked ends with its line, so a run over several says which ones failed.
            output.WriteLine($"{specPath}: no client (the spec could not be read): errors");
            return SpecErrors;
        }

        var problems = InMemoryCompiler.Compile(result.Files);
        foreach (var problem in problems)
        {
            error.WriteLine(problem);
        }

        var errors = HasErrors(result) || problems.Count > 0;
        output.WriteLine($"{specPath}: {result.Client.Operations.Count} operations, {result.Client.Types.Count} types, {result.Files.Count} files: {(errors ? "errors" : "ok")}");
        return errors ? SpecErrors : Ok;
    }
#endif

    private static bool HasErrors(GenerationResult result) => result.Diagnostics.Any(d => d.Severity == DiagnosticLevel.Error);
}
