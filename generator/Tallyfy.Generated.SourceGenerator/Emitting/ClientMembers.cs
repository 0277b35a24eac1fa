using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Parsing;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// The members the client class adds besides its operation methods, allocated once in its member scope (so no
/// operation's method is ever renamed for them): one static array per distinct list of security alternatives, the
/// send-and-read helper, one static tag per operation (its name and path template, which its requests carry), and one
/// class per set of typed response headers that several result cases document alike (the type of each such case's
/// <c>Headers</c>, so the typed members are written once and no case declares a class for them), and one constant per
/// server the spec names. The result union emitter reads the same plan to name those classes.
/// </summary>
internal sealed class ClientMembers
{
    private static readonly ConditionalWeakTable<ClientModel, ClientMembers> Plans = new();

    private ClientMembers(ClientModel client)
    {
        var members = new NameScope(GeneratedNames.ClientMembers.Concat(GeneratedNames.ObjectMembers).Append(client.ClientName)
            .Concat(client.Operations.Select(o => GeneratedNames.AsyncMethod(o.Name))));
        foreach (var operation in client.SecuritySchemes.Count == 0 ? Enumerable.Empty<OperationModel>() : client.Operations.Where(o => o.Security.Count > 0))
        {
            var array = "new string[][] { " + string.Join(", ", operation.Security.Select(r => "new string[] { " + string.Join(", ", r.Schemes.Select(CSharp.Literal)) + " }")) + " }";
            var at = SecurityArrays.FindIndex(a => a.Array == array);
            if (at < 0)
            {
                at = SecurityArrays.Count;
                SecurityArrays.Add((array, members.Allocate(GeneratedNames.SecurityField(at + 1))));
            }

            SecurityFields.Add(operation, SecurityArrays[at].Field);
        }

        // An operation may be named like the helper (sendAndRead): the helper steps aside, never the operation.
        SendAndRead = members.Allocate(GeneratedNames.SendAndRead);

        var uses = client.Operations
            .SelectMany(o => o.Result.Cases)
            .Where(c => c.Headers.Count > 0)
            .GroupBy(c => c.Headers)
            .Where(g => g.Count() > 1);
        foreach (var group in uses)
        {
            var name = members.Allocate(GeneratedNames.SharedHeadersClass(SharedHeaders.Count + 1));
            SharedHeaders.Add((group.Key, name));
            SharedHeadersByKey.Add(group.Key, name);
        }

        foreach (var operation in client.Operations)
        {
            OperationTags.Add(operation, members.Allocate(GeneratedNames.OperationTagField(operation.Name)));
        }

        // Last, so that naming a server never renames another member.
        foreach (var server in client.Servers)
        {
            if (server.Name is { Length: > 0 } name)
            {
                var pascal = Naming.TypeOrMemberName(name, "Named");
                ServerConstants.Add((server, members.Allocate(pascal + (pascal.EndsWith("Server", StringComparison.Ordinal) ? "Url" : "ServerUrl"))));
            }
        }
    }

    /// <summary>A constant of the client class for each server the spec names (OpenAPI 3.2's <c>name</c>), in the spec's order.</summary>
    public List<(ServerModel Server, string Constant)> ServerConstants { get; } = new();

    /// <summary>The distinct security alternatives, each as an array expression with its static field, in order of first use.</summary>
    public List<(string Array, string Field)> SecurityArrays { get; } = new();

    /// <summary>The security field of each operation that has security alternatives.</summary>
    public Dictionary<OperationModel, string> SecurityFields { get; } = new(ReferenceComparer<OperationModel>.Instance);

    /// <summary>The client's private helper that sends a request and reads the whole response.</summary>
    public string SendAndRead { get; }

    /// <summary>The static field of each operation's tag (its name and path template), which each of its requests points to.</summary>
    public Dictionary<OperationModel, string> OperationTags { get; } = new(ReferenceComparer<OperationModel>.Instance);

    /// <summary>The shared typed-headers classes, nested in the client class, in order of first use.</summary>
    public List<(EquatableArray<HeaderModel> Headers, string Name)> SharedHeaders { get; } = new();

    private Dictionary<EquatableArray<HeaderModel>, string> SharedHeadersByKey { get; } = new();

    public static ClientMembers Of(ClientModel client) => Plans.GetValue(client, c => new ClientMembers(c));

    /// <summary>The shared class that is a case's headers type, or null when no other case documents the same headers.</summary>
    public string? SharedHeadersOf(ResponseCaseModel @case) =>
        @case.Headers.Count > 0 && SharedHeadersByKey.TryGetValue(@case.Headers, out var name) ? name : null;
}
