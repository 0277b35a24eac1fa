namespace Tallyfy.Generated.SourceGenerator.Model;

/// <summary>Everything the emitter needs to write one client; built by the parser from one spec.</summary>
internal sealed record ClientModel(
    string Namespace,
    string ClientName,
    string Title,
    string? Description,
    string ApiVersion,
    EquatableArray<ServerModel> Servers,
    EquatableArray<OperationModel> Operations,
    EquatableArray<TypeModel> Types);

/// <summary>A base URL from the spec's <c>servers</c>, with its variables already replaced by their defaults.</summary>
internal sealed record ServerModel(string Url, string? Description);
