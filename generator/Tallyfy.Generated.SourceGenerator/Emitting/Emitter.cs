using System.Collections.Generic;
using System.Threading;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>One generated file: its hint name (unique in a compilation) and its text.</summary>
internal readonly record struct GeneratedFile(string HintName, string Text);

/// <summary>The one entry point to emitting, used by the source generator and the CLI alike.</summary>
internal static class Emitter
{
    /// <summary>
    /// The files of one client: the client, one union per operation, one file per model type; written with short
    /// type names where they bind to the same types (see <see cref="ShortNames"/>), decided over all the files at once.
    /// </summary>
    public static IEnumerable<GeneratedFile> EmitClient(ClientModel client, CancellationToken cancellationToken = default)
    {
        var hintNames = new List<string>();
        var texts = new List<string>();
        foreach (var (hintName, text) in EmitQualified(client, cancellationToken))
        {
            hintNames.Add(hintName);
            texts.Add(text);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var shortened = ShortNames.Apply(client.Namespace, texts, SupportEmitter.Template);
        var files = new GeneratedFile[shortened.Length];
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = new GeneratedFile(hintNames[i], shortened[i]);
        }

        return files;
    }

    /// <summary>The client's files as the emitters write them: every type name fully qualified.</summary>
    private static IEnumerable<GeneratedFile> EmitQualified(ClientModel client, CancellationToken cancellationToken)
    {
        yield return new GeneratedFile(client.ClientName + ".g.cs", ClientEmitter.Emit(client));
        if (client.SecuritySchemes.Count > 0)
        {
            yield return new GeneratedFile(CredentialsEmitter.TypeName(client) + ".g.cs", CredentialsEmitter.Emit(client));
        }

        foreach (var operation in client.Operations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new GeneratedFile(client.ClientName + "." + operation.Result.TypeName + ".g.cs", UnionEmitter.Emit(client, operation));
        }

        foreach (var type in client.Types)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new GeneratedFile(client.ClientName + ".Models." + type.Name + ".g.cs", ModelEmitter.Emit(type, client.Namespace));
        }
    }

    /// <summary>The runtime support shared by every client in <paramref name="ns"/>.</summary>
    public static GeneratedFile EmitSupport(string ns) => new(SupportEmitter.HintName(ns), SupportEmitter.Emit(ns));
}
