using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Tallyfy.Generated.SourceGenerator.Diagnostics;
using Tallyfy.Generated.SourceGenerator.Diffing;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Parsing;

namespace Tallyfy.Generated.SourceGenerator;

/// <summary>
/// Turns each <c>&lt;OpenApiClient&gt;</c> additional file into a typed client at compile time.
/// The pipeline: additional files marked as specs → parse each into an equatable model → emit source; diagnostics out.
/// The spec is read only through Roslyn's additional files: no file or network access here.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiClientGenerator : IIncrementalGenerator
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";
    private static readonly System.Text.Encoding Utf8NoBom = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Every JSON or YAML additional file may be the target of another spec's $ref.
        var documents = context.AdditionalTextsProvider
            .Where(static file => IsDocument(file.Path))
            .Select(static (file, cancellationToken) => new ExternalDocument(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .Collect()
            .WithTrackingName(TrackingNames.Documents);

        // Each spec keeps only the documents it reaches, so an edit elsewhere leaves it equal and cached.
        var specs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ReadSpecFile(pair.Left, pair.Right, cancellationToken))
            .Where(static spec => spec is not null)
            .Combine(documents)
            .Select(static (pair, _) => pair.Left! with
            {
                ExternalDocuments = SpecPaths.Reachable(pair.Left!.Path, pair.Left.Text, pair.Right).ToEquatableArray(),
            })
            .WithTrackingName(TrackingNames.SpecFiles);

        var parsed = specs
            .Select(static (spec, cancellationToken) => ClientGeneration.Parse(spec with { Baseline = null }, cancellationToken))
            .WithTrackingName(TrackingNames.Parsed);

        // A spec with a Baseline: its breaking changes from the baseline are reported where they are in the spec. A step of its
        // own, keyed by the two texts, so it runs only for such specs and only when either changes.
        var baselines = specs
            .Where(static spec => spec.Baseline is not null)
            .Combine(documents)
            .Select(static (pair, _) => BaselinePair(pair.Left, pair.Right))
            .Where(static pair => pair is not null)
            .WithTrackingName(TrackingNames.Baselines);

        // A baseline the documents above leave out (not named .json, .yaml or .yml) would be compared with nothing, silently.
        var unreadBaselines = specs
            .Where(static spec => spec.Baseline is not null && !IsDocument(spec.Baseline))
            .Select(static (spec, _) => DiagnosticInfo.Create(DiagnosticDescriptors.BaselineNotRead, SpecLocation.StartOf(spec.Path), spec.Baseline!));
        context.RegisterSourceOutput(unreadBaselines, static (context, diagnostic) => context.ReportDiagnostic(diagnostic.ToDiagnostic()));

        var changes = baselines
            .Select(static (pair, cancellationToken) => BreakingChanges(ClientGeneration.Diff(pair!.Value.Baseline, pair.Value.Spec, cancellationToken)))
            .WithTrackingName(TrackingNames.Changes);

        // The language version the project compiles and the framework it targets: below the generated code's minimum,
        // each spec gets one diagnostic saying so and nothing is emitted (not a wall of compiler errors inside generated
        // files). Both null when the project can take the generated code.
        var languageTooOld = context.ParseOptionsProvider
            .Select(static (options, _) => CompilerFeatures.TooOldFor(options))
            .WithTrackingName(TrackingNames.LanguageVersion);

        var frameworkTooOld = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => TargetFrameworks.TooOldFor(options.GlobalOptions))
            .WithTrackingName(TrackingNames.TargetFramework);

        var unsupported = languageTooOld
            .Combine(frameworkTooOld)
            .Select(static (pair, _) => new Unsupported(pair.Left, pair.Right));

        context.RegisterSourceOutput(changes.Combine(unsupported), static (context, pair) =>
        {
            if (pair.Right.None)
            {
                Report(context, pair.Left);
            }
        });

        context.RegisterSourceOutput(parsed.Combine(unsupported), static (context, pair) =>
        {
            // Below net8.0 the SDK's default language version is older too (C# 7.3 for .NET Standard): the framework is the one to fix.
            if (pair.Right.Language is { } version && pair.Right.Framework is null)
            {
                context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersionTooOld, SpecLocation.StartOf(pair.Left.SpecPath), version).ToDiagnostic());
            }

            if (pair.Right.Framework is { } framework)
            {
                context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.TargetFrameworkTooOld, SpecLocation.StartOf(pair.Left.SpecPath), framework).ToDiagnostic());
            }

            if (pair.Right.None)
            {
                Report(context, pair.Left.Diagnostics);
            }
        });

        // Whether unions can be C# 15 closed classes: a value of the parse options, equal (so cached) while they do not change.
        var closedTypes = context.ParseOptionsProvider
            .Select(static (options, _) => CompilerFeatures.SupportsClosedTypes(options))
            .WithTrackingName(TrackingNames.ClosedTypes);

        // Only the model goes on (with the spec's path for diagnostics), so a change in diagnostics alone does not re-emit.
        var clients = parsed
            .Where(static result => result.Client is not null)
            .Combine(unsupported)
            .Where(static pair => pair.Right.None)
            .Select(static (pair, _) => pair.Left)
            .Combine(closedTypes)
            .Select(static (pair, _) => (pair.Left.SpecPath, Client: pair.Left.Client! with { ClosedTypes = pair.Right }))
            .WithTrackingName(TrackingNames.Clients);

        // Specs whose clients share a namespace must not declare the same top-level type: a schema type both declare
        // alike is emitted once (by the spec whose path sorts first); any other clash leaves the later spec (by path) out
        // with one diagnostic naming the type, instead of a wall of CS0101. Equal (so cached) while no name or type changes.
        var collisions = clients
            .Select(static (client, _) => new DeclaredNames(client.SpecPath, client.Client.Namespace, client.Client.ClientName, TopLevelNames(client.Client), client.Client.Types))
            .Collect()
            .Select(static (all, _) => SharedNamespaces.Resolve(all))
            .WithTrackingName(TrackingNames.Collisions);

        // Emitting is a step of its own, so the support file can follow what the clients' code uses of it. A spec left
        // out by a collision emits nothing; schema types an earlier spec of the namespace declares alike are left to it.
        var emitted = clients
            .Combine(collisions)
            .Select(static (pair, cancellationToken) =>
            {
                var client = pair.Left;
                var outcome = pair.Right.FirstOrDefault(c => c.SpecPath == client.SpecPath);
                if (outcome.CollidingType is not null)
                {
                    return new EmittedClient(client.SpecPath, client.Client.Namespace, outcome, SharedNamespaces.SuggestedNamespace(client.Client), null);
                }

                var model = outcome.SharedTypes.Count == 0
                    ? client.Client
                    : client.Client with { Types = client.Client.Types.Where(type => !outcome.SharedTypes.Contains(type.Name)).ToEquatableArray() };
                var result = ClientGeneration.Emit(client.SpecPath, model, cancellationToken);
                if (outcome.QualifiedFileNames)
                {
                    result = result with { Files = result.Files.Select(file => file with { HintName = model.Namespace + "." + file.HintName }).ToEquatableArray() };
                }

                return new EmittedClient(client.SpecPath, client.Client.Namespace, outcome, null, result);
            })
            .WithTrackingName(TrackingNames.Emitted);

        context.RegisterSourceOutput(emitted, static (context, client) =>
        {
            if (client.Result is null)
            {
                context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.TypeCollision, SpecLocation.StartOf(client.SpecPath), client.Outcome.CollidingType!, client.Namespace, client.Outcome.OtherSpecPath ?? string.Empty, client.SuggestedNamespace ?? string.Empty).ToDiagnostic());
                return;
            }

            Report(context, client.Result.Diagnostics);
            foreach (var file in client.Result.Files)
            {
                try
                {
                    context.AddSource(file.HintName, SourceText.From(file.Text, Utf8NoBom));
                }
                catch (ArgumentException)
                {
                    // Two of this client's files are named alike (ignoring case). Clients of one name in different
                    // namespaces do not get here: their files' names start with their namespace (NamespaceOutcome).
                    context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateHintName, SpecLocation.StartOf(client.SpecPath), file.HintName).ToDiagnostic());
                }
            }
        });

        // One support file per namespace, with what its clients use of the support code; equal (so cached) while that does not change.
        var namespaces = emitted
            .Where(static client => client.Result is not null)
            .Select(static (client, _) => (client.Namespace, client.Result!.SupportUses))
            .Collect()
            .Select(static (all, _) => NamespaceSupport.Of(all))
            .WithTrackingName(TrackingNames.Namespaces);

        context.RegisterSourceOutput(namespaces, static (context, all) =>
        {
            foreach (var support in all)
            {
                var file = ClientGeneration.EmitSupport(support.Namespace, support.Uses);
                context.AddSource(file.HintName, SourceText.From(file.Text, Utf8NoBom));
            }
        });

        // Closed classes need an attribute the compiler looks up by name; declared once per compilation when it is missing.
        var closedTypeAttribute = context.CompilationProvider
            .Select(static (compilation, _) => CompilerFeatures.LacksIsClosedTypeAttribute(compilation))
            .Combine(closedTypes)
            .Combine(namespaces)
            .Select(static (pair, _) => pair.Left.Left && pair.Left.Right && pair.Right.Count > 0)
            .WithTrackingName(TrackingNames.ClosedTypeAttribute);

        context.RegisterSourceOutput(closedTypeAttribute, static (context, needed) =>
        {
            if (needed)
            {
                context.AddSource("IsClosedTypeAttribute.g.cs", SourceText.From(CompilerFeatures.IsClosedTypeAttributeSource, Utf8NoBom));
            }
        });
    }

    /// <summary>The spec and its baseline as a spec of its own (same settings, its own $refs); null when the baseline is not an additional file.</summary>
    private static (SpecFile Baseline, SpecFile Spec)? BaselinePair(SpecFile spec, ImmutableArray<ExternalDocument> documents)
    {
        foreach (var document in documents)
        {
            if (string.Equals(SpecPaths.Normalize(document.Path), spec.Baseline, StringComparison.Ordinal))
            {
                var baseline = new SpecFile(
                    document.Path,
                    document.Text,
                    spec.Namespace,
                    spec.ClientName,
                    SpecPaths.Reachable(document.Path, document.Text, documents).ToEquatableArray())
                {
                    Filter = spec.Filter,
                };
                return (baseline, spec with { Baseline = null });
            }
        }

        return null;
    }

    /// <summary>The breaking changes only (additions need no attention); nothing when either spec is unusable (the spec reports its own errors).</summary>
    private static EquatableArray<DiagnosticInfo> BreakingChanges(DiffResult result) =>
        result.Changes is { } changes ? changes.Where(ApiDiff.IsBreaking).ToEquatableArray() : EquatableArray<DiagnosticInfo>.Empty;

    /// <summary>The type names a client declares directly in its namespace other than its schema types (beside the shared support code).</summary>
    private static EquatableArray<string> TopLevelNames(ClientModel client)
    {
        var names = new List<string> { client.ClientName, GeneratedNames.Interface(client.ClientName) };
        if (client.SecuritySchemes.Count > 0)
        {
            names.Add(GeneratedNames.Credentials(client.ClientName));
        }

        names.AddRange(client.Operations.Select(operation => GeneratedNames.Result(operation.Name)));
        return names.Distinct(StringComparer.Ordinal).OrderBy(name => name, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>What keeps the project from taking the generated code: a language version or a target framework too old (each null when not).</summary>
    private readonly record struct Unsupported(string? Language, string? Framework)
    {
        public bool None => Language is null && Framework is null;
    }

    /// <summary>A client as emitted (null <see cref="Result"/> when a type collision leaves it out), with what decided that.</summary>
    private sealed record EmittedClient(string SpecPath, string Namespace, NamespaceOutcome Outcome, string? SuggestedNamespace, EmitResult? Result);

    /// <summary>A namespace that gets a support file, and what its clients use of the support code (the union, in ordinal order).</summary>
    private sealed record NamespaceSupport(string Namespace, EquatableArray<string> Uses)
    {
        public static EquatableArray<NamespaceSupport> Of(ImmutableArray<(string Namespace, EquatableArray<string> Uses)> clients) =>
            clients
                .GroupBy(client => client.Namespace, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => new NamespaceSupport(
                    group.Key,
                    group.SelectMany(client => client.Uses).Distinct(StringComparer.Ordinal).OrderBy(use => use, StringComparer.Ordinal).ToEquatableArray()))
                .ToEquatableArray();
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static bool IsDocument(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static SpecFile? ReadSpecFile(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        if (!IsTrue(options, "OpenApiClient"))
        {
            return null;
        }

        options.TryGetValue(MetadataPrefix + "Namespace", out var ns);
        options.TryGetValue(MetadataPrefix + "ClientName", out var clientName);
        optionsProvider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        options.TryGetValue(MetadataPrefix + "Baseline", out var baseline);
        optionsProvider.GlobalOptions.TryGetValue("build_property.MSBuildProjectDirectory", out var projectDirectory);
        // No text: the file named by the item does not exist (or cannot be read). Said as such (TGEN022), not as a
        // spec that fails to parse; in an MSBuild build the package's targets stop before the compiler with the same id.
        var text = file.GetText(cancellationToken)?.ToString();
        return new SpecFile(
            file.Path,
            text ?? string.Empty,
            ClientSettings.ResolveNamespace(ns, rootNamespace),
            ClientSettings.ResolveClientName(clientName, file.Path),
            Baseline: BaselinePath(baseline, projectDirectory, file.Path),
            Missing: text is null)
        {
            Filter = OperationFilter.FromLists(Encoded(options, "IncludePaths"), Encoded(options, "ExcludePaths"), Encoded(options, "IncludeTags")) with
            {
                KeepUnusedSchemas = IsTrue(options, "KeepUnusedSchemas"),
            },
            AllowMissingRequired = IsTrue(options, "AllowMissingRequired"),
        };
    }

    /// <summary>Whether the item's metadata of that name says <c>true</c> (any case, spaces around it ignored).</summary>
    private static bool IsTrue(AnalyzerConfigOptions options, string metadata) =>
        options.TryGetValue(MetadataPrefix + metadata, out var value)
        && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A filter metadata as the item gives it. The package's targets pass it percent-encoded (as <c>OpenApiIncludePaths</c>
    /// and so on): the compiler's analyzer config would cut a raw value at its first <c>#</c> or <c>;</c>.
    /// </summary>
    private static string? Encoded(AnalyzerConfigOptions options, string metadata) =>
        options.TryGetValue(MetadataPrefix + "OpenApi" + metadata, out var value) && !string.IsNullOrWhiteSpace(value)
            ? Uri.UnescapeDataString(value.Trim())
            : null;

    /// <summary>The Baseline metadata as a normalized path: relative to the project, like the item's Include (else to the spec).</summary>
    private static string? BaselinePath(string? baseline, string? projectDirectory, string specPath)
    {
        baseline = baseline?.Trim();
        if (string.IsNullOrEmpty(baseline))
        {
            return null;
        }

        if (System.IO.Path.IsPathRooted(baseline))
        {
            return SpecPaths.Normalize(baseline!);
        }

        return string.IsNullOrWhiteSpace(projectDirectory)
            ? SpecPaths.Resolve(specPath, baseline!)
            : SpecPaths.Normalize(projectDirectory + "/" + baseline);
    }
}
