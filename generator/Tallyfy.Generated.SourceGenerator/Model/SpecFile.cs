namespace Tallyfy.Generated.SourceGenerator.Model;

/// <summary>One OpenAPI document handed to the generator, with the settings its MSBuild item carries.</summary>
/// <param name="Path">The path Roslyn knows the additional file by; diagnostics point at it.</param>
/// <param name="Text">The whole document; compared by value, so an unchanged spec stays cached.</param>
/// <param name="Namespace">The namespace the client is emitted into.</param>
/// <param name="ClientName">The client class name (the interface is <c>I{ClientName}</c>).</param>
/// <param name="ExternalDocuments">The other additional files the spec refers to with <c>$ref</c>, found before parsing.</param>
/// <param name="Baseline">
/// The normalized path of the spec's <c>Baseline</c> (an earlier version of it, also an additional file): the changes
/// from it to the generated API are reported as diagnostics. Null when the item names none.
/// </param>
/// <param name="Missing">The file named by the item could not be read (it does not exist): nothing to parse, TGEN022.</param>
internal sealed record SpecFile(string Path, string Text, string Namespace, string ClientName, EquatableArray<ExternalDocument> ExternalDocuments = default, string? Baseline = null, bool Missing = false)
{
    /// <summary>The operations to generate (and so the schema types, those they reach); every one when empty.</summary>
    public OperationFilter Filter { get; init; } = OperationFilter.None;

    /// <summary>The item's <c>AllowMissingRequired="true"</c>: see <see cref="ClientModel.AllowMissingRequired"/>.</summary>
    public bool AllowMissingRequired { get; init; }
}

/// <summary>A document a spec's <c>$ref</c> points into: its path (as Roslyn or the CLI knows it) and text.</summary>
internal sealed record ExternalDocument(string Path, string Text);
