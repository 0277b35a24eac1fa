using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Tallyfy.Generated.SourceGenerator.Diagnostics;
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
            .Select(static (spec, cancellationToken) => ClientGeneration.Parse(spec, cancellationToken))
            .WithTrackingName(TrackingNames.Parsed);

        context.RegisterSourceOutput(parsed, static (context, result) => Report(context, result.Diagnostics));

        // Whether unions can be C# 15 closed classes: a value of the parse options, equal (so cached) while they do not change.
        var closedTypes = context.ParseOptionsProvider
            .Select(static (options, _) => CompilerFeatures.SupportsClosedTypes(options))
            .WithTrackingName(TrackingNames.ClosedTypes);

        // Only the model goes on (with the spec's path for diagnostics), so a change in diagnostics alone does not re-emit.
        var clients = parsed
            .Where(static result => result.Client is not null)
            .Combine(closedTypes)
            .Select(static (pair, _) => (pair.Left.SpecPath, Client: pair.Left.Client! with { ClosedTypes = pair.Right }))
            .WithTrackingName(TrackingNames.Clients);

        context.RegisterSourceOutput(clients, static (context, client) =>
        {
            var emitted = ClientGeneration.Emit(client.SpecPath, client.Client, context.CancellationToken);
            Report(context, emitted.Diagnostics);
            foreach (var file in emitted.Files)
            {
                try
                {
                    context.AddSource(file.HintName, SourceText.From(file.Text, Utf8NoBom));
                }
                catch (ArgumentException)
                {
                    // Another spec of the project already produced this hint name (two specs, one client name).
                    context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateHintName, SpecLocation.StartOf(client.SpecPath), file.HintName).ToDiagnostic());
                }
            }
        });

        var namespaces = clients
            .Select(static (client, _) => client.Client.Namespace)
            .Collect()
            .Select(static (all, _) => all.Distinct(StringComparer.Ordinal).OrderBy(ns => ns, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.Namespaces);

        context.RegisterSourceOutput(namespaces, static (context, all) =>
        {
            foreach (var ns in all)
            {
                var file = ClientGeneration.EmitSupport(ns);
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
        if (!options.TryGetValue(MetadataPrefix + "OpenApiClient", out var marker)
            || !string.Equals(marker?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        options.TryGetValue(MetadataPrefix + "Namespace", out var ns);
        options.TryGetValue(MetadataPrefix + "ClientName", out var clientName);
        optionsProvider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        return new SpecFile(
            file.Path,
            text,
            ClientSettings.ResolveNamespace(ns, rootNamespace),
            ClientSettings.ResolveClientName(clientName, file.Path));
    }
}
