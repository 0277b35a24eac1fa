using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// The support code cut into the parts that are emitted only when used: every support type, and every member of the
/// static helper classes (<see cref="TrimmedTypes"/>). Each part knows what it refers to (identifiers in its code and
/// its doc comments), so the parts a client's code names bring in the parts they need (<see cref="Closure(EquatableArray{string}?)"/>).
/// A new support file needs no entry anywhere: its types are emitted when generated code (or kept support code) names them.
/// </summary>
internal sealed class SupportParts
{
    /// <summary>Static helper classes whose members are emitted one by one, each only when something uses it.</summary>
    public static readonly string[] TrimmedTypes = { GeneratedNames.ApiJson, GeneratedNames.ApiRequest, GeneratedNames.ApiHeaderValues };

    /// <summary>Support types emitted for every client: the result base class and what a user reaches through it or sets on requests.</summary>
    public static readonly string[] AlwaysEmitted = { GeneratedNames.ApiResponse, GeneratedNames.ApiResponseHeaders, GeneratedNames.ApiRequestOptions };

    /// <summary>
    /// The prefix of a <see cref="Uses(IEnumerable{string}, CodeFacts)"/> entry that names a type a client declares at the top of the namespace whose name
    /// the support code also writes (<c>Stream</c>): the support file keeps that base-library name qualified.
    /// </summary>
    public const string DeclaredPrefix = "declares ";

    /// <summary>
    /// The comment, in a template, before a member that is needed only for some code: the text after it is what the
    /// generated code contains wherever it may need the member (a type an overload takes, a call made without the
    /// class's name). Without that text in any client file's code (its tokens, from an identifier on: not in a comment,
    /// a string or a longer name; see <see cref="CodeFacts"/>) the member is not emitted, even when its name is used.
    /// </summary>
    public const string OnlyWhereMarker = "// only where the generated code contains: ";

    /// <summary>The prefix of a <see cref="Uses(IEnumerable{string}, CodeFacts)"/> entry that says the clients' code contains a <see cref="OnlyWhereMarker"/> text.</summary>
    public const string ContainsPrefix = "contains ";

    /// <summary>Every text a template's member is conditioned on (<see cref="OnlyWhereMarker"/>).</summary>
    private readonly List<string> _conditions = new();

    private readonly Dictionary<string, TypePart> _types = new(StringComparer.Ordinal);

    /// <summary>What every support type's name begins with (<c>Api</c>); empty if they had nothing in common.</summary>
    private readonly string _namePrefix;

    /// <summary>The first letters of the support types' names.</summary>
    private readonly char[] _nameStarts;

    /// <summary>Every identifier in the support code's <c>global::System…</c> names: a client type of one of these names can hide it.</summary>
    private readonly HashSet<string> _libraryNames = new(StringComparer.Ordinal);

    private SupportParts(IEnumerable<SupportFile> files)
    {
        foreach (var file in files)
        {
            foreach (var declaration in CSharpScanner.Declarations(file.Body))
            {
                var name = declaration.Name;
                var trimmed = Array.IndexOf(TrimmedTypes, name) >= 0;
                var conditional = !trimmed && file.Body.IndexOf(OnlyWhereMarker, declaration.FullStart, declaration.FullEnd - declaration.FullStart, StringComparison.Ordinal) >= 0;
                var members = trimmed || conditional ? CSharpScanner.Members(file.Body, declaration) : Array.Empty<CSharpDeclaration>();
                var part = new TypePart(name, file.FileName, Order: _types.Count) { Trimmed = trimmed };
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
                    var always = new List<CSharpToken>();
                    foreach (var member in members)
                    {
                        var text = file.Body.Substring(member.FullStart, member.FullEnd - member.FullStart);
                        var when = Condition(text);
                        if (when is not null && !_conditions.Contains(when))
                        {
                            _conditions.Add(when);
                        }

                        // A member of a type that is not trimmed is part of it: only its condition can leave it out.
                        if (!trimmed && when is null)
                        {
                            always.AddRange(member.Tokens);
                        }

                        part.Members.Add(new MemberPart(member.Name, text, References(member.Tokens, trimmed ? name : null), when));
                    }

                    part.Refs = trimmed ? Array.Empty<string>()
                        : References(declaration.Tokens.Where(t => t.Start < first || t.Start >= last).Concat(always), owner: null);
                }

                foreach (var member in part.Members)
                {
                    if (!part.MembersByName.TryGetValue(member.Name, out var named))
                    {
                        part.MembersByName.Add(member.Name, named = new List<MemberPart>());
                    }

                    named.Add(member);
                }

                _types.Add(name, part);
            }

            for (var at = file.Body.IndexOf("global::System.", StringComparison.Ordinal); at >= 0; at = file.Body.IndexOf("global::System.", at + 1, StringComparison.Ordinal))
            {
                var end = at + "global::".Length;
                while (end < file.Body.Length && (IsIdentifierPart(file.Body[end]) || file.Body[end] == '.'))
                {
                    end++;
                }

                _libraryNames.UnionWith(file.Body.Substring(at + "global::".Length, end - at - "global::".Length).Split('.'));
            }
        }

        _namePrefix = _types.Keys.Aggregate((string?)null, (prefix, name) => prefix is null ? name : CommonPrefix(prefix, name)) ?? string.Empty;
        _nameStarts = _types.Keys.Select(name => name[0]).Distinct().ToArray();
    }

    private static string CommonPrefix(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }

        return a.Substring(0, length);
    }

    public static SupportParts From(IEnumerable<SupportFile> files) => new(files);

    /// <summary>The support types' names, in template order.</summary>
    internal IEnumerable<string> TypeNames => _types.Keys;

    /// <summary>Every text a template's member is conditioned on (<see cref="OnlyWhereMarker"/>).</summary>
    internal IReadOnlyList<string> Conditions => _conditions;

    /// <summary>Every identifier in the support code's <c>global::System…</c> names: a client type of one of these names can hide it.</summary>
    internal IReadOnlyCollection<string> LibraryNames => _libraryNames;

    /// <summary>A new gatherer of what a client's code contains of the support members' conditions (see <see cref="CodeFacts"/>).</summary>
    public CodeFacts NewFacts() => new(_conditions);

    /// <summary>What <paramref name="texts"/>, a client's files, use of the support code (see <see cref="Uses(IEnumerable{string}, CodeFacts)"/>), their code read once more for the facts.</summary>
    public EquatableArray<string> Uses(IReadOnlyCollection<string> texts)
    {
        var facts = NewFacts();
        ShortNames.Gather(texts, facts);
        return Uses(texts, facts);
    }

    /// <summary>
    /// What one client's code uses of the support code, in ordinal order: the support types it names, the
    /// <c>Type.Member</c> of each trimmed class's member it calls, the conditions its code meets
    /// (<see cref="ContainsPrefix"/>, from <paramref name="facts"/>) and the base-library names the support code writes
    /// that it declares types of (<see cref="DeclaredPrefix"/>). An equatable value, so the support file re-emits only when it changes.
    /// </summary>
    /// <remarks>
    /// One pass over each text: every support type name begins with <see cref="_namePrefix"/> (<c>Api</c>), so only the
    /// places that text occurs are looked at. There, the identifier that starts there says which type names occur at
    /// that place (the ones it begins with, the same as a search for each name would find) and, followed by a dot, which
    /// trimmed member is called. The conditions and the declared types were gathered by the pass that read every token
    /// of the files already (<see cref="ShortNames"/>): a search of every file for each condition not met cost more than
    /// the rest of this.
    /// </remarks>
    public EquatableArray<string> Uses(IEnumerable<string> texts, CodeFacts facts)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var names = new NameCache();
        // What each identifier met where a name may begin was found to be, by the string the cache made of it (the same
        // string each time the cache still holds it): most identifiers and calls repeat thousands of times, and after
        // the first time they are one lookup of a reference, not a search of the type names and a hash of the characters.
        var identifiers = new Dictionary<string, bool>(ReferenceComparer<string>.Instance);
        var calls = new HashSet<string>(ReferenceComparer<string>.Instance);
        foreach (var text in texts)
        {
            var at = NextCandidate(text, 0);
            while (at >= 0)
            {
                var end = at;
                while (end < text.Length && IsIdentifierPart(text[end]))
                {
                    end++;
                }

                var identifier = names.Get(text.AsSpan(), at, end - at);
                if (!identifiers.TryGetValue(identifier, out var trimmed))
                {
                    // The support types whose names it begins with (the same as a search for each name would find),
                    // and whether it is a trimmed class's name.
                    foreach (var type in _types.Keys)
                    {
                        if (identifier.StartsWith(type, StringComparison.Ordinal))
                        {
                            found.Add(type);
                        }
                    }

                    trimmed = Array.IndexOf(TrimmedTypes, identifier) >= 0;
                    identifiers.Add(identifier, trimmed);
                }

                // ApiJson.ReadDuration: a trimmed class's member, when the class's name is not the end of a longer identifier.
                if (trimmed && end < text.Length && text[end] == '.' && (at == 0 || !IsIdentifierPart(text[at - 1])))
                {
                    var memberEnd = end + 1;
                    while (memberEnd < text.Length && IsIdentifierPart(text[memberEnd]))
                    {
                        memberEnd++;
                    }

                    if (memberEnd > end + 1)
                    {
                        var call = names.Get(text.AsSpan(), at, memberEnd - at);
                        if (calls.Add(call))
                        {
                            found.Add(call);
                        }
                    }
                }

                at = NextCandidate(text, at + 1);
            }
        }

        for (var i = 0; i < _conditions.Count; i++)
        {
            if (facts.Met(i))
            {
                found.Add(ContainsPrefix + _conditions[i]);
            }
        }

        foreach (var declared in facts.TopLevelTypes)
        {
            if (_libraryNames.Contains(declared))
            {
                found.Add(DeclaredPrefix + declared);
            }
        }

        var uses = found.ToArray();
        Array.Sort(uses, StringComparer.Ordinal);
        return uses.ToEquatableArray();
    }

    /// <summary>Where a support type's name may begin, from <paramref name="start"/> on: the next place their common prefix (or one of their first letters) occurs.</summary>
    private int NextCandidate(string text, int start) =>
        start >= text.Length ? -1
        : _namePrefix.Length > 0 ? text.IndexOf(_namePrefix, start, StringComparison.Ordinal)
        : text.IndexOfAny(_nameStarts, start);

    /// <summary>
    /// The support code for <paramref name="uses"/> (everything when null): the types and members used, the always-emitted
    /// types, and everything those refer to, in template order.
    /// </summary>
    public string Text(EquatableArray<string>? uses)
    {
        var met = MetConditions(uses);
        var kept = Closure(uses, met);
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
                if ((!type.Trimmed || kept.Contains(type.Name + "." + member.Name)) && Met(member, met))
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
    public HashSet<string> Closure(EquatableArray<string>? uses) => Closure(uses, MetConditions(uses));

    private HashSet<string> Closure(EquatableArray<string>? uses, HashSet<string>? met)
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

            if (dot < 0)
            {
                kept.Add(name);
                Push(pending, type.Refs);
                if (!type.Trimmed)
                {
                    foreach (var member in type.Members)
                    {
                        if (member.When is not null && Met(member, met))
                        {
                            Push(pending, member.Refs);
                        }
                    }
                }
            }
            else
            {
                var any = false;
                if (type.MembersByName.TryGetValue(name.Substring(dot + 1), out var named))
                {
                    foreach (var member in named)
                    {
                        if (Met(member, met))
                        {
                            if (!any)
                            {
                                any = true;
                                pending.Push(typeName);
                                kept.Add(name);
                            }

                            Push(pending, member.Refs);
                        }
                    }
                }
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

    /// <summary>Whether the member is emitted where the clients' code meets the conditions <paramref name="met"/>: it has no condition, or its condition is met (always, for all of the support code: null).</summary>
    private static bool Met(MemberPart member, HashSet<string>? met) =>
        member.When is null || met is null || met.Contains(member.When);

    /// <summary>The conditions <paramref name="uses"/> says the clients' code meets; null for all of the support code.</summary>
    private static HashSet<string>? MetConditions(EquatableArray<string>? uses)
    {
        if (uses is null)
        {
            return null;
        }

        var met = new HashSet<string>(StringComparer.Ordinal);
        foreach (var use in uses.Value)
        {
            if (use.StartsWith(ContainsPrefix, StringComparison.Ordinal))
            {
                met.Add(use.Substring(ContainsPrefix.Length));
            }
        }

        return met;
    }

    private static void Push(Stack<string> pending, string[] names)
    {
        foreach (var name in names)
        {
            pending.Push(name);
        }
    }

    /// <summary>The text after the member's <see cref="OnlyWhereMarker"/>, if it has one.</summary>
    private static string? Condition(string memberText)
    {
        var at = memberText.IndexOf(OnlyWhereMarker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = at + OnlyWhereMarker.Length;
        var end = memberText.IndexOf('\n', start);
        return memberText.Substring(start, (end < 0 ? memberText.Length : end) - start).Trim();
    }

    private static bool IsIdentifierPart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';

    private sealed record TypePart(string Name, string FileName, int Order)
    {
        /// <summary>A static helper class whose members are emitted only when used (<see cref="TrimmedTypes"/>); otherwise all its members are, but for unmet conditions.</summary>
        public bool Trimmed { get; init; }

        public string Text { get; set; } = string.Empty;

        public string Footer { get; set; } = string.Empty;

        public string[] Refs { get; set; } = Array.Empty<string>();

        public List<MemberPart> Members { get; } = new();

        /// <summary>The members by name (overloads share one), in template order.</summary>
        public Dictionary<string, List<MemberPart>> MembersByName { get; } = new(StringComparer.Ordinal);
    }

    private sealed record MemberPart(string Name, string Text, string[] Refs, string? When);
}
