using System;
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
    /// The most result unions and model types a client may have and still get one file each. Past it, they are grouped
    /// (see <see cref="OneFilePerKindLimit"/>): Roslyn keeps books for every output, on every run of the generator, and
    /// each file repeats its header, so a spec of hundreds of types pays per file, while a small spec reads best one type a file.
    /// </summary>
    public const int OneFilePerTypeLimit = 32;

    /// <summary>
    /// The most result unions and model types a client may have and still get one file for all its unions and one for
    /// all its models (past <see cref="OneFilePerTypeLimit"/>). Each file repeats the header and the usings, so a
    /// mid-sized spec pays for every letter's file; past this limit, files are grouped by first letter, so no file
    /// grows past what an editor opens at ease.
    /// </summary>
    public const int OneFilePerKindLimit = 256;

    /// <summary>
    /// The files of one client: the client, its credentials, then one union per operation and one file per model type,
    /// or, past <see cref="OneFilePerTypeLimit"/>, one file of unions and one of models, or, past
    /// <see cref="OneFilePerKindLimit"/>, the unions and the models grouped by the first letter of their names;
    /// written with short type names where they bind to the same types (see <see cref="ShortNames"/>), decided over all the files at once.
    /// </summary>
    public static IEnumerable<GeneratedFile> EmitClient(ClientModel client, CancellationToken cancellationToken = default) =>
        EmitClient(client, facts: null, cancellationToken);

    /// <summary>The same, also telling <paramref name="facts"/> what the files' code contains, from the pass that shortens their names.</summary>
    public static IReadOnlyList<GeneratedFile> EmitClient(ClientModel client, CodeFacts? facts, CancellationToken cancellationToken = default)
    {
        // Every file is written into one writer, one after the other, and read where it lies: buffers from the pool for
        // the whole client (reused by the next run) instead of one per file, and no file is made a string before its
        // names are shortened.
        var writer = new SourceWriter();
        var hintNames = new List<string>();
        string[] shortened;
        try
        {
            var texts = WriteQualified(writer, client, hintNames, cancellationToken);
            shortened = ShortNames.Apply(client.Namespace, texts, SupportEmitter.Template, facts);
        }
        finally
        {
            // The files were read where the writer wrote them: the buffer goes back to the pool now.
            writer.Release();
        }

        var files = new GeneratedFile[shortened.Length];
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = new GeneratedFile(hintNames[i], shortened[i]);
        }

        return files;
    }

    /// <summary>
    /// The client's files as the emitters write them, every type name fully qualified, all into <paramref name="writer"/>
    /// (each file's text where it lies in the writer's buffers, valid until the writer is released), their hint names
    /// added to <paramref name="hintNames"/>.
    /// </summary>
    internal static ReadOnlyMemory<char>[] WriteQualified(SourceWriter writer, ClientModel client, List<string> hintNames, CancellationToken cancellationToken)
    {
        var texts = new List<ReadOnlyMemory<char>>();
        foreach (var (hintName, text) in EmitQualified(writer, client, cancellationToken))
        {
            hintNames.Add(hintName);
            texts.Add(text is null ? writer.File : text.AsMemory());
        }

        cancellationToken.ThrowIfCancellationRequested();
        return texts.ToArray();
    }

    /// <summary>
    /// The client's files as the emitters write them, every type name fully qualified, one after the other into
    /// <paramref name="writer"/>: each file comes when it is written (it is the writer's <see cref="SourceWriter.File"/>
    /// then), or with its own text when it was not written there.
    /// </summary>
    private static IEnumerable<(string HintName, string? Text)> EmitQualified(SourceWriter writer, ClientModel client, CancellationToken cancellationToken)
    {
        writer.StartFile();
        ClientEmitter.Emit(writer, client);
        yield return (client.ClientName + ".g.cs", null);
        if (client.SecuritySchemes.Count > 0)
        {
            yield return (CredentialsEmitter.TypeName(client) + ".g.cs", CredentialsEmitter.Emit(client));
        }

        var count = client.Operations.Count + client.Types.Count;
        if (count <= OneFilePerTypeLimit)
        {
            foreach (var operation in client.Operations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                StartFile(writer, client.Namespace);
                UnionEmitter.Emit(writer, client, operation);
                yield return (client.ClientName + "." + operation.Result.TypeName + ".g.cs", null);
            }

            foreach (var type in client.Types)
            {
                cancellationToken.ThrowIfCancellationRequested();
                StartFile(writer, client.Namespace);
                ModelEmitter.Emit(writer, type, client.Namespace, client.ClosedTypes, client.AllowMissingRequired);
                yield return (client.ClientName + ".Models." + type.Name + ".g.cs", null);
            }

            yield break;
        }

        var byLetter = count > OneFilePerKindLimit;
        foreach (var group in Group(client.Operations, static operation => operation.Result.TypeName, byLetter))
        {
            cancellationToken.ThrowIfCancellationRequested();
            StartFile(writer, client.Namespace);
            for (var i = 0; i < group.Value.Count; i++)
            {
                if (i > 0)
                {
                    writer.Line();
                }

                UnionEmitter.Emit(writer, client, group.Value[i]);
            }

            yield return (client.ClientName + ".Results" + group.Key + ".g.cs", null);
        }

        foreach (var group in Group(client.Types, static type => type.Name, byLetter))
        {
            cancellationToken.ThrowIfCancellationRequested();
            StartFile(writer, client.Namespace);
            for (var i = 0; i < group.Value.Count; i++)
            {
                if (i > 0)
                {
                    writer.Line();
                }

                ModelEmitter.Emit(writer, group.Value[i], client.Namespace, client.ClosedTypes, client.AllowMissingRequired);
            }

            yield return (client.ClientName + ".Models" + group.Key + ".g.cs", null);
        }
    }

    /// <summary>The runtime support shared by every client in <paramref name="ns"/>: the parts <paramref name="uses"/> needs (all when null).</summary>
    public static GeneratedFile EmitSupport(string ns, EquatableArray<string>? uses) => new(SupportEmitter.HintName(ns), SupportEmitter.Emit(ns, uses));

    /// <summary>
    /// The group a type's file goes in: the first character of its name, upper-cased when it is an ASCII letter, and
    /// <c>_</c> for anything but an ASCII letter or digit. It depends on the name alone, so a spec's file names do not
    /// depend on the order of its paths and schemas, and a new schema changes one file, never the names of the others.
    /// Upper-cased, so no two groups differ only in case (Roslyn compares hint names ignoring case).
    /// </summary>
    public static string GroupKey(string typeName)
    {
        var first = typeName.Length == 0 ? '_' : typeName[0];
        if (first is >= 'a' and <= 'z')
        {
            return ((char)(first - 'a' + 'A')).ToString();
        }

        return first is (>= 'A' and <= 'Z') or (>= '0' and <= '9') ? first.ToString() : "_";
    }

    /// <summary>Starts a file of one type or several after what <paramref name="writer"/> holds: the header and the file-scoped namespace, written once.</summary>
    private static void StartFile(SourceWriter writer, string ns)
    {
        writer.StartFile();
        CSharp.FileHeader(writer);
        writer.Line($"namespace {ns};");
        writer.Line();
    }

    /// <summary>
    /// The items by the suffix of their file's name (<c>.</c> and the <see cref="GroupKey"/> by letter, else empty: one
    /// group), in ordinal order of keys; in each group, in ordinal order of names.
    /// </summary>
    private static SortedDictionary<string, List<T>> Group<T>(EquatableArray<T> items, Func<T, string> name, bool byLetter)
        where T : IEquatable<T>
    {
        var groups = new SortedDictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = byLetter ? "." + GroupKey(name(item)) : string.Empty;
            if (!groups.TryGetValue(key, out var members))
            {
                groups.Add(key, members = new List<T>());
            }

            members.Add(item);
        }

        foreach (var members in groups.Values)
        {
            members.Sort((left, right) => string.CompareOrdinal(name(left), name(right)));
        }

        return groups;
    }
}
