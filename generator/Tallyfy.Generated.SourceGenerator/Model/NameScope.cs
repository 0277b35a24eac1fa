using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Tallyfy.Generated.SourceGenerator.Model;

/// <summary>
/// The names taken in one C# scope (a method body, the members of a class, a namespace's types). Names from the spec
/// are reserved first; every name the generator adds is then allocated here, so it can never collide with one of them.
/// </summary>
/// <remarks>A leading <c>@</c> (an escaped keyword) is not part of the name: <c>@class</c> and <c>class</c> collide.</remarks>
internal sealed class NameScope
{
    /// <summary>
    /// The names of a fixed list (a kind of type's fixed members, <see cref="GeneratedNames"/>), made into a set once per
    /// list and shared by every scope that reserves the list: a scope per operation's result, per enum, per union.
    /// </summary>
    private static readonly ConditionalWeakTable<string[], HashSet<string>> FixedSets = new();

    private static readonly ConditionalWeakTable<string[], HashSet<string>>.CreateValueCallback MakeFixed = MakeFixedSet;

    private readonly HashSet<string> _taken;

    private readonly bool _ignoreCase;

    /// <summary>Names taken before any of <see cref="_taken"/> (ordinal); never changed, shared with other scopes.</summary>
    private HashSet<string>? _fixed;

    /// <param name="ignoreCase">For names that also become file names (type names): compared ignoring case.</param>
    public NameScope(IEnumerable<string>? reserved = null, bool ignoreCase = false)
    {
        _ignoreCase = ignoreCase;
        _taken = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        if (reserved is not null)
        {
            foreach (var name in reserved)
            {
                _taken.Add(Bare(name));
            }
        }
    }

    /// <summary>
    /// A scope (ordinal) holding <paramref name="fixedNames"/> and <paramref name="extra"/>, as a scope made of them
    /// would; the fixed names are kept in one set shared with the other scopes of the same list.
    /// </summary>
    public NameScope(string[] fixedNames, string extra)
    {
        _taken = new HashSet<string>(StringComparer.Ordinal);
        Reset(fixedNames, extra);
    }

    private NameScope(bool ignoreCase, HashSet<string>? fixedNames, HashSet<string> taken)
    {
        _ignoreCase = ignoreCase;
        _fixed = fixedNames;
        _taken = new HashSet<string>(taken, taken.Comparer);
    }

    /// <summary>
    /// Empties the scope and reserves <paramref name="reserved"/> and <paramref name="extra"/>, as a new scope of them
    /// would: for a scope reused from type to type, whose set keeps the room it grew.
    /// </summary>
    public NameScope Reset(string[] reserved, string extra)
    {
        _taken.Clear();
        _fixed = _ignoreCase ? null : FixedSets.GetValue(reserved, MakeFixed);
        if (_fixed is null)
        {
            foreach (var name in reserved)
            {
                _taken.Add(Bare(name));
            }
        }

        Reserve(extra);
        return this;
    }

    /// <summary>A nested scope: it sees every name taken here, and what it takes stays inside it.</summary>
    public NameScope Child() => new(_ignoreCase, _fixed, _taken);

    /// <summary>Marks a name as taken as it is (a spec name already made unique, a parameter); false when it already was.</summary>
    public bool Reserve(string name) => Take(Bare(name));

    public bool IsTaken(string name)
    {
        var bare = Bare(name);
        return (_fixed is not null && _fixed.Contains(bare)) || _taken.Contains(bare);
    }

    /// <summary>Takes <paramref name="preferred"/>, or the first of <c>preferred2</c>, <c>preferred3</c>, … that is free.</summary>
    public string Allocate(string preferred)
    {
        var prefix = preferred.StartsWith("@", StringComparison.Ordinal) ? "@" : string.Empty;
        var bare = Bare(preferred);
        var candidate = bare;
        for (var i = 2; !Take(candidate); i++)
        {
            candidate = bare + i.ToString(CultureInfo.InvariantCulture);
        }

        return candidate == bare ? prefix + bare : candidate;
    }

    /// <summary>
    /// Takes the first of <paramref name="preferred"/>, <c>preferred2</c>, … for which the name and every name
    /// <paramref name="derived"/> makes from it are all free, and takes them all: a type and its converter, together.
    /// </summary>
    public string Allocate(string preferred, Func<string, IEnumerable<string>> derived)
    {
        var candidate = preferred;
        for (var i = 2; ; i++)
        {
            var names = derived(candidate);
            if (!IsTaken(candidate) && AllFree(names))
            {
                foreach (var name in names)
                {
                    Reserve(name);
                }

                Reserve(candidate);
                return candidate;
            }

            candidate = preferred + i.ToString(CultureInfo.InvariantCulture);
        }
    }

    private bool AllFree(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (IsTaken(name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Takes a bare name unless it is taken already.</summary>
    private bool Take(string bare) => (_fixed is null || !_fixed.Contains(bare)) && _taken.Add(bare);

    private static HashSet<string> MakeFixedSet(string[] names)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            set.Add(Bare(name));
        }

        return set;
    }

    /// <summary>The name without a leading <c>@</c>.</summary>
    public static string Bare(string name) => name.StartsWith("@", StringComparison.Ordinal) ? name.Substring(1) : name;
}
