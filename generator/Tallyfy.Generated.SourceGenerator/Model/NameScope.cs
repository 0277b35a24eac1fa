using System;
using System.Collections.Generic;
using System.Globalization;

namespace Tallyfy.Generated.SourceGenerator.Model;

/// <summary>
/// The names taken in one C# scope (a method body, the members of a class, a namespace's types). Names from the spec
/// are reserved first; every name the generator adds is then allocated here, so it can never collide with one of them.
/// </summary>
/// <remarks>A leading <c>@</c> (an escaped keyword) is not part of the name: <c>@class</c> and <c>class</c> collide.</remarks>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken;

    /// <param name="ignoreCase">For names that also become file names (type names): compared ignoring case.</param>
    public NameScope(IEnumerable<string>? reserved = null, bool ignoreCase = false)
    {
        _taken = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        if (reserved is not null)
        {
            foreach (var name in reserved)
            {
                _taken.Add(Bare(name));
            }
        }
    }

    private NameScope(HashSet<string> taken) => _taken = new HashSet<string>(taken, taken.Comparer);

    /// <summary>
    /// Empties the scope and reserves <paramref name="reserved"/> and <paramref name="extra"/>, as a new scope of them
    /// would: for a scope reused from type to type, whose set keeps the room it grew.
    /// </summary>
    public NameScope Reset(string[] reserved, string extra)
    {
        _taken.Clear();
        foreach (var name in reserved)
        {
            _taken.Add(Bare(name));
        }

        _taken.Add(Bare(extra));
        return this;
    }

    /// <summary>A nested scope: it sees every name taken here, and what it takes stays inside it.</summary>
    public NameScope Child() => new(_taken);

    /// <summary>Marks a name as taken as it is (a spec name already made unique, a parameter); false when it already was.</summary>
    public bool Reserve(string name) => _taken.Add(Bare(name));

    public bool IsTaken(string name) => _taken.Contains(Bare(name));

    /// <summary>Takes <paramref name="preferred"/>, or the first of <c>preferred2</c>, <c>preferred3</c>, … that is free.</summary>
    public string Allocate(string preferred)
    {
        var prefix = preferred.StartsWith("@", StringComparison.Ordinal) ? "@" : string.Empty;
        var bare = Bare(preferred);
        var candidate = bare;
        for (var i = 2; !_taken.Add(candidate); i++)
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

    /// <summary>The name without a leading <c>@</c>.</summary>
    public static string Bare(string name) => name.StartsWith("@", StringComparison.Ordinal) ? name.Substring(1) : name;
}
