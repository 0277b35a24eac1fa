using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Diagnostics;
using Tallyfy.Generated.SourceGenerator.Emitting;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Diffing;

/// <summary>
/// What regenerating from a new spec does to the generated API: the two client models compared by the names users
/// call. Each change is a diagnostic at its place in the new spec: TGEN020 (a warning) for a change that can break code
/// written against the old client, TGEN021 (info) for one that only adds. Pure: the models and a locator in, a list out.
/// </summary>
internal static class ApiDiff
{
    public static List<DiagnosticInfo> Compare(ClientModel old, ClientModel @new, SpecLocator locator)
    {
        var changes = new List<DiagnosticInfo>();
        CompareOperations(old, @new, locator, changes);
        CompareTypes(old, @new, locator, changes);
        CompareCredentials(old, @new, locator, changes);
        CompareServerConstants(old, @new, locator, changes);
        return changes
            .OrderBy(c => c.Location.Line)
            .ThenBy(c => c.Location.Column)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ThenBy(c => string.Join("\u0001", c.Arguments), StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>True for the changes that can break code written against the old client.</summary>
    public static bool IsBreaking(DiagnosticInfo change) => change.Id == DiagnosticDescriptors.BreakingChangeId;

    private static void CompareOperations(ClientModel old, ClientModel @new, SpecLocator locator, List<DiagnosticInfo> changes)
    {
        var newByName = @new.Operations.ToDictionary(o => o.Name, StringComparer.Ordinal);
        var oldNames = new HashSet<string>(old.Operations.Select(o => o.Name), StringComparer.Ordinal);
        var unmatchedNew = @new.Operations.Where(o => !oldNames.Contains(o.Name)).ToList();
        foreach (var before in old.Operations)
        {
            if (newByName.TryGetValue(before.Name, out var after))
            {
                CompareOperation(before, after, locator, changes);
                continue;
            }

            // The same method and path under another name: the operationId changed, so the method is renamed.
            var renamed = unmatchedNew.FirstOrDefault(o => o.Method == before.Method && o.PathTemplate == before.PathTemplate);
            if (renamed is not null)
            {
                unmatchedNew.Remove(renamed);
                changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OperationRenamed, locator.Operation(renamed.Method, renamed.PathTemplate), Method(before), Method(renamed)));
                CompareOperation(before, renamed, locator, changes);
                continue;
            }

            changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OperationRemoved, locator.Operation(before.Method, before.PathTemplate), Method(before), before.Method, before.PathTemplate));
        }

        foreach (var added in unmatchedNew)
        {
            changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OperationAdded, locator.Operation(added.Method, added.PathTemplate), Method(added), added.Method, added.PathTemplate));
        }
    }

    private static void CompareOperation(OperationModel before, OperationModel after, SpecLocator locator, List<DiagnosticInfo> changes)
    {
        var method = Method(after);
        var afterParameters = after.Parameters.ToDictionary(ParameterKey, StringComparer.Ordinal);
        var beforeKeys = new HashSet<string>(before.Parameters.Select(ParameterKey), StringComparer.Ordinal);
        foreach (var parameter in before.Parameters)
        {
            if (!afterParameters.TryGetValue(ParameterKey(parameter), out var now))
            {
                changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ParameterRemoved, locator.Operation(after.Method, after.PathTemplate), method, parameter.Identifier));
                continue;
            }

            var where = locator.Parameter(after.Method, after.PathTemplate, now.Location.ToString(), now.WireName);
            if (now.Identifier != parameter.Identifier)
            {
                changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ParameterRenamed, where, method, parameter.Identifier, now.Identifier));
            }

            if (!now.Type.Equals(parameter.Type))
            {
                changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ParameterRetyped, where, method, now.Identifier, Describe(parameter.Type), Describe(now.Type)));
            }

            if (now.Required && !parameter.Required)
            {
                changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ParameterNowRequired, where, method, now.Identifier));
            }
        }

        // The parameters both have, in each one's order: a call that passes them by position passes them elsewhere when
        // that order changes, silently where two of them have one type (a spec that lists its query parameters anew).
        var stayed = before.Parameters.Where(p => afterParameters.ContainsKey(ParameterKey(p))).Select(ParameterKey).ToList();
        var stayedAfter = after.Parameters.Select(ParameterKey).Where(key => beforeKeys.Contains(key)).ToList();
        if (!stayed.SequenceEqual(stayedAfter, StringComparer.Ordinal))
        {
            var beforeByKey = before.Parameters.ToDictionary(ParameterKey, StringComparer.Ordinal);
            changes.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.ParametersReordered,
                locator.Operation(after.Method, after.PathTemplate),
                method,
                string.Join(", ", stayed.Select(key => beforeByKey[key].Identifier)),
                string.Join(", ", stayedAfter.Select(key => afterParameters[key].Identifier))));
        }

        foreach (var parameter in after.Parameters.Where(p => !beforeKeys.Contains(ParameterKey(p))))
        {
            var where = locator.Parameter(after.Method, after.PathTemplate, parameter.Location.ToString(), parameter.WireName);
            changes.Add(parameter.Required
                ? DiagnosticInfo.Create(DiagnosticDescriptors.RequiredParameterAdded, where, method, parameter.Identifier)
                : DiagnosticInfo.Create(DiagnosticDescriptors.OptionalParameterAdded, where, method, parameter.Identifier));
        }

        CompareOverloads(before, after, locator, changes);
        CompareCases(before, after, locator, changes);
    }

    /// <summary>
    /// The overloads a method has for the other kinds of body the spec offers (text, raw octets, a form of another type),
    /// told apart by the body's type: one gone breaks its callers, one added adds.
    /// </summary>
    private static void CompareOverloads(OperationModel before, OperationModel after, SpecLocator locator, List<DiagnosticInfo> changes)
    {
        var method = Method(after);
        var beforeBodies = Overloads(before);
        var afterBodies = Overloads(after);
        var where = locator.Parameter(after.Method, after.PathTemplate, nameof(ParameterLocation.Body), string.Empty);
        foreach (var body in beforeBodies.Where(b => !afterBodies.Contains(b)))
        {
            changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OverloadRemoved, where, method, body));
        }

        foreach (var body in afterBodies.Where(b => !beforeBodies.Contains(b)))
        {
            changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OverloadAdded, where, method, body));
        }
    }

    /// <summary>The body type of each overload of the operation's method (none without a body), in order.</summary>
    private static List<string> Overloads(OperationModel operation)
    {
        const string Ns = "N";
        var bodies = new List<string>();
        if (operation.RequestBody is { } body && operation.Parameters.Any(p => p.Location == ParameterLocation.Body))
        {
            foreach (var alternative in body.Alternatives)
            {
                var name = Unqualified(Emitting.ClientEmitter.OverloadBodyTypeName(alternative, Ns), Ns);
                if (!bodies.Contains(name))
                {
                    bodies.Add(name);
                }
            }
        }

        return bodies;
    }

    private static void CompareCases(OperationModel before, OperationModel after, SpecLocator locator, List<DiagnosticInfo> changes)
    {
        var result = after.Result.TypeName;
        var afterCases = after.Result.Cases.ToDictionary(CaseKey, StringComparer.Ordinal);
        var beforeKeys = new HashSet<string>(before.Result.Cases.Select(CaseKey), StringComparer.Ordinal);
        foreach (var @case in before.Result.Cases)
        {
            if (!afterCases.TryGetValue(CaseKey(@case), out var now))
            {
                changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CaseRemoved, locator.Response(after.Method, after.PathTemplate, null), result, @case.Name));
                continue;
            }

            var where = locator.Response(after.Method, after.PathTemplate, StatusKey(now));
            if (now.Name != @case.Name)
            {
                changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MemberRenamed, where, result, @case.Name, now.Name));
            }

            if (!Equals(now.Body?.Type, @case.Body?.Type))
            {
                changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CaseBodyRetyped, where, result, now.Name, Describe(@case.Body?.Type), Describe(now.Body?.Type)));
            }

            // The case's typed headers, each a property of its Headers: matched by the header's name on the wire.
            CompareMembers(
                result + "." + now.Name + ".Headers",
                @case.Headers.Select(h => (h.WireName.ToLowerInvariant(), h.Identifier, (TypeRef?)h.Type)),
                now.Headers.Select(h => (h.WireName.ToLowerInvariant(), h.Identifier, (TypeRef?)h.Type)),
                _ => where,
                closed: false,
                changes);
        }

        foreach (var @case in after.Result.Cases.Where(c => !beforeKeys.Contains(CaseKey(c))))
        {
            var where = locator.Response(after.Method, after.PathTemplate, StatusKey(@case));
            changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.CaseAdded, where, result, @case.Name, StatusKey(@case) ?? "undocumented"));
        }
    }

    private static void CompareTypes(ClientModel old, ClientModel @new, SpecLocator locator, List<DiagnosticInfo> changes)
    {
        var users = Users(@new);
        (string Method, string Path)? UsedBy(string typeName) => users.TryGetValue(typeName, out var user) ? user : null;

        var newByName = @new.Types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var oldNames = new HashSet<string>(old.Types.Select(t => t.Name), StringComparer.Ordinal);
        foreach (var before in old.Types)
        {
            if (!newByName.TryGetValue(before.Name, out var after))
            {
                changes.Add(locator.HasSchema(before.Name)
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.TypeNoLongerUsed, locator.Type(before.Name, null), before.Name)
                    : DiagnosticInfo.Create(DiagnosticDescriptors.TypeRemoved, locator.Type(before.Name, null), before.Name));
                continue;
            }

            var usedBy = UsedBy(after.Name);
            if (Kind(before) != Kind(after))
            {
                changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TypeKindChanged, locator.Type(after.Name, usedBy), after.Name, Kind(before), Kind(after)));
                continue;
            }

            switch (before, after)
            {
                case (ObjectTypeModel b, ObjectTypeModel a):
                    CompareMembers(
                        a.Name,
                        b.Properties.Select(p => (p.JsonName, p.Name, (TypeRef?)p.Type)),
                        a.Properties.Select(p => (p.JsonName, p.Name, (TypeRef?)p.Type)),
                        jsonName => locator.Member(a.Name, usedBy, jsonName),
                        closed: false,
                        changes);
                    CompareRequiredness(b, a, jsonName => locator.Member(a.Name, usedBy, jsonName), changes);
                    CompareSubclasses(b, a, locator.Type(a.Name, usedBy), changes);
                    break;
                case (EnumTypeModel b, EnumTypeModel a):
                    CompareMembers(
                        a.Name,
                        b.Members.Select(m => (m.Value, m.Name, (TypeRef?)null)),
                        a.Members.Select(m => (m.Value, m.Name, (TypeRef?)null)),
                        value => locator.Member(a.Name, usedBy, value),
                        closed: false,
                        changes);
                    break;
                case (UnionTypeModel b, UnionTypeModel a):
                    CompareMembers(
                        a.Name,
                        b.Variants.Select(v => (v.Name, v.Name, (TypeRef?)v.Type)),
                        a.Variants.Select(v => (v.Name, v.Name, (TypeRef?)v.Type)),
                        _ => locator.Type(a.Name, usedBy),
                        closed: true,
                        changes);
                    break;
            }
        }

        foreach (var added in @new.Types.Where(t => !oldNames.Contains(t.Name)))
        {
            changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TypeAdded, locator.Type(added.Name, UsedBy(added.Name)), added.Name));
        }
    }

    /// <summary>
    /// What a property's declaration says beyond its type: a value type made optional in code (<c>long</c> to
    /// <c>long?</c>) no longer assigns to a <c>long</c>, and a property made <c>required</c> is one every object
    /// initializer must now set. A reference type made nullable only warns where the project checks nulls.
    /// </summary>
    private static void CompareRequiredness(ObjectTypeModel before, ObjectTypeModel after, Func<string, SpecLocation> locate, List<DiagnosticInfo> changes)
    {
        var afterByJsonName = new Dictionary<string, PropertyModel>(StringComparer.Ordinal);
        foreach (var property in after.Properties)
        {
            afterByJsonName[property.JsonName] = property;
        }

        foreach (var property in before.Properties)
        {
            if (!afterByJsonName.TryGetValue(property.JsonName, out var now) || !Equals(now.Type, property.Type))
            {
                continue; // removed or retyped: said above
            }

            if (RequiredInCode(now) && !RequiredInCode(property))
            {
                changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PropertyNowRequired, locate(now.JsonName), after.Name, now.Name));
            }
            else if (now.Type.IsValueType && now.IsOptionalInCode && !property.IsOptionalInCode)
            {
                changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PropertyRetyped, locate(now.JsonName), after.Name, now.Name, Describe(property.Type), Describe(now.Type) + "?"));
            }
        }
    }

    /// <summary>The C# property is <c>required</c>: an object initializer sets it.</summary>
    private static bool RequiredInCode(PropertyModel property) => !property.IsOptionalInCode && !property.IsDefaultedRequired;

    /// <summary>A class added below a closed hierarchy's root is a new parameter of the root's <c>Match</c> and <c>Switch</c>.</summary>
    private static void CompareSubclasses(ObjectTypeModel before, ObjectTypeModel after, SpecLocation where, List<DiagnosticInfo> changes)
    {
        if (before.Hierarchy is not { Closed: true, BaseName: null } was || after.Hierarchy is not { Closed: true, BaseName: null } now)
        {
            return;
        }

        var known = new HashSet<string>(was.Descendants.Select(d => d.Name), StringComparer.Ordinal);
        foreach (var added in now.Descendants.Where(d => !known.Contains(d.Name)).OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SubclassAdded, where, after.Name, added.Name));
        }
    }

    /// <summary>The client's constants for its servers (<c>DefaultBaseUrl</c>, a 3.2 named server's): one gone breaks the code that names it.</summary>
    private static void CompareServerConstants(ClientModel old, ClientModel @new, SpecLocator locator, List<DiagnosticInfo> changes)
    {
        var now = new HashSet<string>(Emitting.ClientEmitter.ServerConstants(@new).Select(c => c.Name), StringComparer.Ordinal);
        foreach (var (name, _) in Emitting.ClientEmitter.ServerConstants(old))
        {
            if (!now.Contains(name))
            {
                changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ServerConstantRemoved, locator.Servers(), @new.ClientName, name));
            }
        }
    }

    /// <summary>The credentials class: one property per security scheme, matched by its name in the spec.</summary>
    private static void CompareCredentials(ClientModel old, ClientModel @new, SpecLocator locator, List<DiagnosticInfo> changes)
    {
        CompareMembers(
            Emitting.CredentialsEmitter.TypeName(@new),
            old.SecuritySchemes.Select(s => (s.PropertyName, s.PropertyName, (TypeRef?)CredentialType(s))),
            @new.SecuritySchemes.Select(s => (s.PropertyName, s.PropertyName, (TypeRef?)CredentialType(s))),
            propertyName => @new.SecuritySchemes.FirstOrDefault(s => s.PropertyName == propertyName) is { } scheme
                ? locator.SecurityScheme(scheme.Name)
                : locator.SecurityScheme(old.SecuritySchemes.First(s => s.PropertyName == propertyName).Name),
            closed: false,
            changes);

        // A Basic scheme's secret is a user name and password, any other one's a string.
        static TypeRef CredentialType(SecuritySchemeModel scheme) =>
            scheme.Kind == SecurityKind.Basic ? new TypeRef(TypeKind.Object, GeneratedNames.ApiBasicCredentials) : TypeRef.String;
    }

    /// <summary>
    /// The members of one type, matched by what they are on the wire (a property's JSON name, an enum value, a union
    /// case's name). In a <paramref name="closed"/> type (a union) a new member is a new <c>Match</c> parameter: breaking.
    /// </summary>
    private static void CompareMembers(
        string typeName,
        IEnumerable<(string Key, string Name, TypeRef? Type)> before,
        IEnumerable<(string Key, string Name, TypeRef? Type)> after,
        Func<string, SpecLocation> locate,
        bool closed,
        List<DiagnosticInfo> changes)
    {
        var afterByKey = new Dictionary<string, (string Key, string Name, TypeRef? Type)>(StringComparer.Ordinal);
        foreach (var member in after)
        {
            afterByKey[member.Key] = member;
        }

        var beforeKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in before)
        {
            beforeKeys.Add(member.Key);
            if (!afterByKey.TryGetValue(member.Key, out var now))
            {
                changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MemberRemoved, locate(member.Key), typeName, member.Name));
                continue;
            }

            if (now.Name != member.Name)
            {
                changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MemberRenamed, locate(member.Key), typeName, member.Name, now.Name));
            }

            if (!Equals(now.Type, member.Type))
            {
                changes.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PropertyRetyped, locate(member.Key), typeName, now.Name, Describe(member.Type), Describe(now.Type)));
            }
        }

        foreach (var member in afterByKey.Values.Where(m => !beforeKeys.Contains(m.Key)))
        {
            changes.Add(closed
                ? DiagnosticInfo.Create(DiagnosticDescriptors.UnionCaseAdded, locate(member.Key), typeName, member.Name)
                : DiagnosticInfo.Create(DiagnosticDescriptors.MemberAdded, locate(member.Key), typeName, member.Name));
        }
    }

    /// <summary>
    /// For each generated type, the first operation (in the spec's order) that uses it, directly or through other types:
    /// where an inline schema's changes are reported, since it has no name of its own in the spec.
    /// </summary>
    private static Dictionary<string, (string Method, string Path)> Users(ClientModel client)
    {
        var types = client.Types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var users = new Dictionary<string, (string Method, string Path)>(StringComparer.Ordinal);
        foreach (var operation in client.Operations)
        {
            var pending = new Stack<TypeRef>(operation.Parameters.Select(p => p.Type)
                .Concat(operation.Result.Cases.Where(c => c.Body is not null).Select(c => c.Body!.Type))
                .Concat(operation.RequestBody?.Alternatives.Where(a => a.Type is not null).Select(a => a.Type!) ?? Enumerable.Empty<TypeRef>()));
            while (pending.Count > 0)
            {
                var type = pending.Pop();
                if (type.Item is not null)
                {
                    pending.Push(type.Item);
                }

                if (!type.IsGenerated || type.Name is null || users.ContainsKey(type.Name))
                {
                    continue;
                }

                users.Add(type.Name, (operation.Method, operation.PathTemplate));
                switch (types.TryGetValue(type.Name, out var model) ? model : null)
                {
                    case ObjectTypeModel obj:
                        foreach (var property in obj.Properties)
                        {
                            pending.Push(property.Type);
                        }

                        break;
                    case UnionTypeModel union:
                        foreach (var variant in union.Variants)
                        {
                            pending.Push(variant.Type);
                        }

                        break;
                }
            }
        }

        return users;
    }

    private static string Method(OperationModel operation) => GeneratedNames.AsyncMethod(operation.Name);

    private static string ParameterKey(ParameterModel parameter) => parameter.Location + " " + parameter.WireName;

    private static string CaseKey(ResponseCaseModel @case) => @case.Kind + " " + @case.Status.ToString(CultureInfo.InvariantCulture);

    /// <summary>The response's key in the spec; null for the undocumented case, which has none.</summary>
    private static string? StatusKey(ResponseCaseModel @case) => @case.Kind switch
    {
        StatusKind.Exact => @case.Status.ToString(CultureInfo.InvariantCulture),
        StatusKind.Range => @case.Status.ToString(CultureInfo.InvariantCulture) + "XX",
        StatusKind.Default => "default",
        _ => null,
    };

    private static string Kind(TypeModel type) => type switch
    {
        ObjectTypeModel => "a class",
        EnumTypeModel => "an enum",
        UnionTypeModel => "a union",
        _ => "a type",
    };

    /// <summary>A type as C# spells it, without the namespaces (<c>IReadOnlyList&lt;Pet&gt;</c>, <c>long</c>).</summary>
    private static string Describe(TypeRef? type)
    {
        if (type is null)
        {
            return "no body";
        }

        const string Ns = "N";
        return Unqualified(CSharp.TypeName(type, Ns), Ns);
    }

    private static string Unqualified(string typeName, string ns) => typeName
        .Replace("global::System.Collections.Generic.", string.Empty)
        .Replace("global::System.Text.Json.", string.Empty)
        .Replace("global::System.", string.Empty)
        .Replace("global::" + ns + ".", string.Empty);
}
