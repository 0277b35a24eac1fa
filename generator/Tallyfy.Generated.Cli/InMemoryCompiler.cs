using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Tallyfy.Generated.SourceGenerator.Emitting;

namespace Tallyfy.Generated.Cli;

/// <summary>Compiles generated files against the running framework's assemblies, as a consumer project would.</summary>
internal static class InMemoryCompiler
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    /// <summary>The compiler errors and warnings, in the canonical <c>file(line,col): error CS…: message</c> form.</summary>
    public static IReadOnlyList<string> Compile(IEnumerable<GeneratedFile> files)
    {
        var options = new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, options, f.HintName)).ToList();
        var compilation = CSharpCompilation.Create(
            "GeneratedClient",
            trees,
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToList();
    }
}
