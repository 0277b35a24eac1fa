using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Tallyfy.Generated.SourceGenerator.Diagnostics;
using Tallyfy.Generated.SourceGenerator.Diffing;
using Tallyfy.Generated.SourceGenerator.Emitting;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Parsing;

namespace Tallyfy.Generated.SourceGenerator;

/// <summary>
/// The one way from a spec to C#, used by the source generator (one pipeline step per stage, so each caches) and by
/// the CLI (all at once): parse a <see cref="SpecFile"/> into a <see cref="ClientModel"/>, emit the model's files.
/// Each stage is guarded: an unexpected exception becomes a TGEN999 diagnostic on the spec, never an exception out.
/// </summary>
internal static class ClientGeneration
{
    /// <summary>Parses one spec into its model and diagnostics.</summary>
    public static ParseResult Parse(SpecFile spec, CancellationToken cancellationToken)
    {
        try
        {
            if (!spec.Filter.IsEmpty && OperationSelection.Malformed(spec) is { Count: > 0 } malformed)
            {
                return new ParseResult(spec.Path, null, malformed);
            }

            return OperationSelection.Apply(OpenApiParser.Parse(spec, cancellationToken), spec);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new ParseResult(spec.Path, null, new[] { Failure(spec.Path, ex) }.ToEquatableArray());
        }
    }

    /// <summary>
    /// The files of one client (not the namespace's support file, see <see cref="EmitSupport"/>), with hint names that
    /// differ even ignoring case, as Roslyn requires; on failure no files and a diagnostic at <paramref name="specPath"/>.
    /// </summary>
    public static EmitResult Emit(string specPath, ClientModel client, CancellationToken cancellationToken)
    {
        IReadOnlyList<GeneratedFile> emitted;
        var facts = SupportEmitter.NewFacts();
        try
        {
            emitted = Emitter.EmitClient(client, facts, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new EmitResult(EquatableArray<GeneratedFile>.Empty, new[] { Failure(specPath, ex) }.ToEquatableArray());
        }

        // The parser keeps names apart; this is the last guard, so a clash is a diagnostic rather than a lost file.
        var files = new List<GeneratedFile>(emitted.Count);
        var diagnostics = new List<DiagnosticInfo>();
        var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in emitted)
        {
            if (hintNames.Add(file.HintName))
            {
                files.Add(file);
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateHintName, SpecLocation.StartOf(specPath), file.HintName));
            }
        }

        return new EmitResult(files.ToEquatableArray(), diagnostics.ToEquatableArray())
        {
            SupportUses = SupportEmitter.Uses(files.Select(file => file.Text), facts),
        };
    }

    /// <summary>
    /// The runtime support shared by every client in one namespace: what <paramref name="uses"/> (the union of the
    /// clients' <see cref="EmitResult.SupportUses"/>) needs of it; all of it when null.
    /// </summary>
    public static GeneratedFile EmitSupport(string ns, EquatableArray<string>? uses = null) => Emitter.EmitSupport(ns, uses);

    /// <summary>Everything for one spec at once, as the CLI wants it: the client's files and its namespace's support file.</summary>
    public static GenerationResult Generate(SpecFile spec, CancellationToken cancellationToken)
    {
        var parsed = Parse(spec, cancellationToken);
        if (parsed.Client is null)
        {
            return new GenerationResult(null, EquatableArray<GeneratedFile>.Empty, parsed.Diagnostics);
        }

        var emitted = Emit(spec.Path, parsed.Client, cancellationToken);
        var files = emitted.Files.Count == 0 ? emitted.Files : emitted.Files.Append(EmitSupport(parsed.Client.Namespace, emitted.SupportUses)).ToEquatableArray();
        return new GenerationResult(parsed.Client, files, parsed.Diagnostics.Concat(emitted.Diagnostics).ToEquatableArray());
    }

    /// <summary>
    /// What regenerating from <paramref name="spec"/> instead of <paramref name="baseline"/> does to the generated API:
    /// one diagnostic per change, at its place in <paramref name="spec"/> (see <see cref="ApiDiff"/>). Null changes when
    /// either spec is unusable; then their diagnostics say why.
    /// </summary>
    public static DiffResult Diff(SpecFile baseline, SpecFile spec, CancellationToken cancellationToken)
    {
        var before = Parse(baseline, cancellationToken);
        var after = Parse(spec, cancellationToken);
        if (before.Client is null || after.Client is null)
        {
            return new DiffResult(null, before.Diagnostics, after.Diagnostics);
        }

        try
        {
            var changes = ApiDiff.Compare(before.Client, after.Client, new SpecLocator(spec.Path, spec.Text));
            return new DiffResult(changes.ToEquatableArray(), before.Diagnostics, after.Diagnostics);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new DiffResult(new[] { Failure(spec.Path, ex) }.ToEquatableArray(), before.Diagnostics, after.Diagnostics);
        }
    }

    private static DiagnosticInfo Failure(string specPath, Exception exception) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SpecLocation.StartOf(specPath), exception.GetType().Name, exception.Message);
}

/// <summary>What emitting one client produced: its files, what they use of the support code, and a diagnostic for anything that went wrong.</summary>
internal sealed record EmitResult(EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>What the files use of the support code (support types, <c>Type.Member</c> of its helper classes), in ordinal order.</summary>
    public EquatableArray<string> SupportUses { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>One spec taken from text to files: the model (null when the spec is unusable), the files and every diagnostic.</summary>
internal sealed record GenerationResult(ClientModel? Client, EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A spec compared with its baseline: the changes (null when either could not be parsed) and each one's own diagnostics.</summary>
internal sealed record DiffResult(EquatableArray<DiagnosticInfo>? Changes, EquatableArray<DiagnosticInfo> BaselineDiagnostics, EquatableArray<DiagnosticInfo> SpecDiagnostics);
