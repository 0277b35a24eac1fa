namespace Tallyfy.Generated.SourceGenerator.Model;

/// <summary>One OpenAPI document handed to the generator, with the settings its MSBuild item carries.</summary>
/// <param name="Path">The path Roslyn knows the additional file by; diagnostics point at it.</param>
/// <param name="Text">The whole document; compared by value, so an unchanged spec stays cached.</param>
/// <param name="Namespace">The namespace the client is emitted into.</param>
/// <param name="ClientName">The client class name (the interface is <c>I{ClientName}</c>).</param>
internal sealed record SpecFile(string Path, string Text, string Namespace, string ClientName);
