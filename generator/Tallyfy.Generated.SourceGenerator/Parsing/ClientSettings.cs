using System;
using System.IO;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>Fills in the settings an <c>OpenApiClient</c> item leaves out.</summary>
internal static class ClientSettings
{
    public const string DefaultNamespace = "OpenApi";

    public static string ResolveNamespace(string? configured, string? rootNamespace) =>
        !string.IsNullOrWhiteSpace(configured) ? configured!.Trim()
        : !string.IsNullOrWhiteSpace(rootNamespace) ? rootNamespace!.Trim()
        : DefaultNamespace;

    /// <summary><c>specs/petstore.openapi.yaml</c> gives <c>PetstoreClient</c>.</summary>
    public static string ResolveClientName(string? configured, string path)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured!.Trim();
        }

        var name = Path.GetFileName(path);
        foreach (var suffix in new[] { ".json", ".yaml", ".yml", ".openapi", ".swagger", "-openapi", "_openapi", ".oas" })
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name.Substring(0, name.Length - suffix.Length);
            }
        }

        var stem = Naming.TypeOrMemberName(name, "Api");
        return stem.EndsWith("Client", StringComparison.Ordinal) ? stem : stem + "Client";
    }
}
