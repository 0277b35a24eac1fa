using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// The support code cut into the parts that are emitted only when used: every support type, and every member of the
/// static helper classes (<see cref="TrimmedTypes"/>). Each part knows what it refers to (identifiers in its code and
/// its doc comments), so the parts a client's code names bring in the parts they need (<see cref="Closure"/>).
/// A new support file needs no entry anywhere: its types are emitted when generated code (or kept support code) names them.
/// </summary>
internal sealed class SupportParts
{
    /// <summary>Static helper classes whose members are emitted one by one, each only when something uses it.</summary>
    public static readonly string[] TrimmedTypes = { GeneratedNames.ApiJson, GeneratedNames.ApiRequest, GeneratedNames.ApiHeaderValues };

    /// <summary>Support types emitted for every client: the result base class and what a user reaches through it or sets on requests.</summary>
    public static readonly string[] AlwaysEmitted = { GeneratedNames.ApiResponse, GeneratedNames.ApiResponseHeaders, GeneratedNames.ApiRequestOptions };

    private readonly Dictionary<string, TypePart> _types = new(StringComparer.Ordinal);

    private SupportParts(IEnumerable<SupportFile> files)
    {
        foreach (var file in files)
        {
            foreach (var declaration in CSharpScanner.Declarations(file.Body))
            {
                var name = declaration.Name;
                var members = Array.IndexOf(TrimmedTypes, name) >= 0 ? CSharpScanner.Members(file.Body, declaration) : Array.Empty<CSharpDeclaration>();
                var part = new TypePart(name, file.FileName, Order: _types.Count);
                if (members.Count == 0)
                {
                    part.Text = file.Body.Substring(declaration.FullStart, declaration.FullEnd - declaration.FullStart);
                    part.Refs = References(declaration.Tokens, owner: null);
                }
                else
                {
                    var first = members[0].FullStart;
                    var last = members[members.Count - 1].FullEnd;
                    part.Text = file.Body.Substring(declaration.FullStart, first - declaration.FullStart);
                    part.Footer = file.Body.Substring(last, declaration.FullEnd - last);
                    part.Refs = Array.Empty<string>();
                    foreach (var member in members)
                    {
                        part.Members.Add(new MemberPart(member.Name, file.Body.Substring(member.FullStart, member.FullEnd - member.FullStart), References(member.Tokens, name)));
                    }
                }

                _types.Add(name, part);
            }
        }
    }

    public static SupportParts From(IEnumerable<SupportFile> files) => new(files);

    /// <summary>
    /// What one client's code uses of the support code, in ordinal order: the support types it names and the
    /// <c>Type.Member</c> of each trimmed class's member it calls. An equatable value, so the support file re-emits only when it changes.
    /// </summary>
    public EquatableArray<string> Uses(IEnumerable<string> texts)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var type in _types.Keys)
            {
                if (!found.Contains(type) && text.IndexOf(type, StringComparison.Ordinal) >= 0)
                {
                    found.Add(type);
                }
            }

            foreach (var trimmed in TrimmedTypes)
            {
                var prefix = trimmed + ".";
                for (var at = text.IndexOf(prefix, StringComparison.Ordinal); at >= 0; at = text.IndexOf(prefix, at + prefix.Length, StringComparison.Ordinal))
                {
                    var end = at + prefix.Length;
                    while (end < text.Length && IsIdentifierPart(text[end]))
                    {
                        end++;
                    }

                    if (end > at + prefix.Length && (at == 0 || !IsIdentifierPart(text[at - 1])))
                    {
                        found.Add(text.Substring(at, end - at));
                    }
                }
            }
        }

        return found.ToEquatableArray();
    }

    /// <summary>
    /// The support code for <paramref name="uses"/> (everything when null): the types and members used, the always-emitted
    /// types, and everything those refer to, in template order.
    /// </summary>
    public string Text(EquatableArray<string>? uses)
    {
        var kept = Closure(uses);
        var text = new StringBuilder();
        string? file = null;
        foreach (var type in _types.Values.OrderBy(t => t.Order))
        {
            if (!kept.Contains(type.Name))
            {
                continue;
            }

            if (type.FileName != file)
            {
                text.Append('\n');
                file = type.FileName;
            }

            text.Append(type.Text);
            if (type.Members.Count == 0)
            {
                continue;
            }

            var firstMember = true;
            foreach (var member in type.Members)
            {
                if (kept.Contains(type.Name + "." + member.Name))
                {
                    text.Append(firstMember ? member.Text.TrimStart('\n', '\r') : member.Text);
                    firstMember = false;
                }
            }

            text.Append(type.Footer);
        }

        return text.ToString();
    }

    /// <summary>The names of the kept parts: <c>Type</c> and <c>Type.Member</c>.</summary>
    public HashSet<string> Closure(EquatableArray<string>? uses)
    {
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        if (uses is null)
        {
            foreach (var type in _types.Values)
            {
                pending.Push(type.Name);
                foreach (var member in type.Members)
                {
                    pending.Push(type.Name + "." + member.Name);
                }
            }
        }
        else
        {
            foreach (var use in uses.Value)
            {
                pending.Push(use);
            }
        }

        foreach (var type in AlwaysEmitted)
        {
            pending.Push(type);
        }

        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (kept.Contains(name))
            {
                continue;
            }

            var dot = name.IndexOf('.');
            var typeName = dot < 0 ? name : name.Substring(0, dot);
            if (!_types.TryGetValue(typeName, out var type))
            {
                continue;
            }

            IEnumerable<string> refs;
            if (dot < 0)
            {
                refs = type.Refs;
            }
            else
            {
                var memberName = name.Substring(dot + 1);
                var members = type.Members.Where(m => m.Name == memberName).ToList();
                if (members.Count == 0)
                {
                    continue;
                }

                pending.Push(typeName);
                refs = members.SelectMany(m => m.Refs);
            }

            kept.Add(name);
            foreach (var reference in refs)
            {
                pending.Push(reference);
            }
        }

        return kept;
    }

    /// <summary>
    /// What a part's code and doc comments name: support types, <c>Type.Member</c> of a trimmed class, and, inside a
    /// trimmed class, its own members by their simple names.
    /// </summary>
    internal static string[] References(IEnumerable<CSharpToken> tokens, string? owner)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        CSharpToken? previous = null, beforePrevious = null;
        foreach (var token in tokens)
        {
            if (token.Kind == CSharpTokenKind.Identifier)
            {
                var name = token.Text;
                if (previous?.Kind == CSharpTokenKind.Dot && beforePrevious?.Kind == CSharpTokenKind.Identifier && Array.IndexOf(TrimmedTypes, beforePrevious.Value.Text) >= 0)
                {
                    found.Add(beforePrevious.Value.Text + "." + name);
                }
                else if (name.StartsWith("Api", StringComparison.Ordinal))
                {
                    found.Add(name);
                }

                if (owner is not null && previous?.Kind != CSharpTokenKind.Dot)
                {
                    found.Add(owner + "." + name);
                }
            }

            beforePrevious = previous;
            previous = token;
        }

        return found.ToArray();
    }

    private static bool IsIdentifierPart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    private sealed record TypePart(string Name, string FileName, int Order)
    {
        public string Text { get; set; } = string.Empty;

        public string Footer { get; set; } = string.Empty;

        public string[] Refs { get; set; } = Array.Empty<string>();

        public List<MemberPart> Members { get; } = new();
    }

    private sealed record MemberPart(string Name, string Text, string[] Refs);
}
