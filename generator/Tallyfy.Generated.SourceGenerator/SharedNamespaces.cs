using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator;

/// <summary>What one client declares in its namespace: its own names (client, interface, results) and its schema types.</summary>
internal sealed record DeclaredNames(string SpecPath, string Namespace, string ClientName, EquatableArray<string> OwnNames, EquatableArray<TypeModel> Types);

/// <summary>
/// For one spec: the type that keeps it from being generated (null when it is generated) and the spec that declares
/// that type first; or the schema types it leaves to an earlier spec of its namespace that declares them alike; and
/// whether its files' names start with its namespace (<see cref="SharedNamespaces.QualifyFileNames"/>).
/// </summary>
internal readonly record struct NamespaceOutcome(string SpecPath, string? CollidingType, string? OtherSpecPath, EquatableArray<string> SharedTypes, bool QualifiedFileNames = false);

/// <summary>
/// Several clients in one namespace. A schema type two specs declare alike (equal models: same properties, types and
/// documentation) is emitted once, by the spec whose path sorts first, and the other client uses it; any other name
/// two clients would both declare leaves the later spec out with TGEN024.
/// </summary>
internal static class SharedNamespaces
{
    public static EquatableArray<NamespaceOutcome> Resolve(ImmutableArray<DeclaredNames> clients)
    {
        var outcomes = new List<NamespaceOutcome>();
        foreach (var group in clients.GroupBy(c => c.Namespace, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            // Each declared name: the spec that declares it, and the schema type (null for a client's own names).
            var owners = new Dictionary<string, (string SpecPath, TypeModel? Type)>(StringComparer.Ordinal);
            foreach (var client in group.OrderBy(c => c.SpecPath, StringComparer.Ordinal))
            {
                var shared = new List<string>();
                var collision = client.OwnNames.FirstOrDefault(owners.ContainsKey);
                foreach (var type in client.Types)
                {
                    if (collision is not null)
                    {
                        break;
                    }

                    foreach (var name in GeneratedNames.WithDerivedTypes(type.Name))
                    {
                        if (owners.TryGetValue(name, out var owner) && !Equals(owner.Type, type))
                        {
                            collision = name;
                            break;
                        }
                    }

                    if (collision is null && owners.ContainsKey(type.Name))
                    {
                        shared.Add(type.Name);
                    }
                }

                if (collision is not null)
                {
                    outcomes.Add(new NamespaceOutcome(client.SpecPath, collision, owners[collision].SpecPath, EquatableArray<string>.Empty));
                    continue;
                }

                foreach (var name in client.OwnNames)
                {
                    owners[name] = (client.SpecPath, null);
                }

                foreach (var type in client.Types.Where(type => !shared.Contains(type.Name)))
                {
                    foreach (var name in GeneratedNames.WithDerivedTypes(type.Name))
                    {
                        owners[name] = (client.SpecPath, type);
                    }
                }

                if (shared.Count > 0)
                {
                    outcomes.Add(new NamespaceOutcome(client.SpecPath, null, null, shared.ToEquatableArray()));
                }
            }
        }

        return QualifyFileNames(clients, outcomes).ToEquatableArray();
    }

    /// <summary>
    /// Every file of a client is named after its client name (<c>ShopClient.g.cs</c>, <c>ShopClient.Models.Thing.g.cs</c>),
    /// and Roslyn wants the names unique in a compilation, ignoring case. Clients of one name in different namespaces
    /// (say one API's OpenAPI 3.0 and Swagger 2.0 documents) have their files' names start with their namespace
    /// (<c>Shop.V2.ShopClient.g.cs</c>); the others keep theirs.
    /// </summary>
    private static List<NamespaceOutcome> QualifyFileNames(ImmutableArray<DeclaredNames> clients, List<NamespaceOutcome> outcomes)
    {
        var qualified = clients
            .GroupBy(c => c.ClientName, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(c => c.Namespace).Distinct(StringComparer.Ordinal).Count() > 1)
            .SelectMany(g => g.Select(c => c.SpecPath))
            .OrderBy(path => path, StringComparer.Ordinal);
        foreach (var specPath in qualified)
        {
            var index = outcomes.FindIndex(o => o.SpecPath == specPath);
            if (index >= 0)
            {
                outcomes[index] = outcomes[index] with { QualifiedFileNames = true };
            }
            else
            {
                outcomes.Add(new NamespaceOutcome(specPath, null, null, EquatableArray<string>.Empty, QualifiedFileNames: true));
            }
        }

        return outcomes;
    }

    /// <summary>A namespace of its own for a client left out: its namespace and the client name without "Client".</summary>
    public static string SuggestedNamespace(ClientModel client)
    {
        var stem = client.ClientName.EndsWith("Client", StringComparison.Ordinal) && client.ClientName.Length > "Client".Length
            ? client.ClientName.Substring(0, client.ClientName.Length - "Client".Length)
            : client.ClientName + "Api";
        return client.Namespace + "." + stem;
    }
}
