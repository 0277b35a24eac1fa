using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// What the support code asks of a client's code besides the names it uses (see <see cref="SupportParts.Uses(IEnumerable{string}, CodeFacts)"/>),
/// gathered by the pass that already reads every token of the client's files (<see cref="ShortNames"/>), so no
/// search of the files is made for it: which of the support members' conditions the code contains
/// (<see cref="SupportParts.OnlyWhereMarker"/>) and which types the files declare at the top of their namespace.
/// </summary>
/// <remarks>
/// A condition is contained where the code (not a comment, not a string) has its text starting at an identifier and
/// ending where a token ends: <c>uint</c> is not in <c>uint8</c> or in a description that says "uint". Where the
/// identifier stands does not matter: alone, after a dot, or as a part of a <c>global::</c> name.
/// </remarks>
internal sealed class CodeFacts
{
    /// <summary>No condition's first identifier is longer: the lengths are kept as the bits of a word.</summary>
    private const int MaxFirstLength = 31;

    private readonly string[] _conditions;

    /// <summary>The length of each condition's first identifier.</summary>
    private readonly int[] _firstLengths;

    /// <summary>For each ASCII character, the lengths (as bits) of the unmet conditions' first identifiers that start with it.</summary>
    private readonly uint[] _watched = new uint[128];

    private readonly bool[] _met;

    public CodeFacts(IReadOnlyList<string> conditions)
    {
        _conditions = new string[conditions.Count];
        _firstLengths = new int[conditions.Count];
        _met = new bool[conditions.Count];
        for (var i = 0; i < conditions.Count; i++)
        {
            var condition = conditions[i];
            var length = 0;
            while (length < condition.Length && ShortNames.IsIdentifierPart(condition[length]))
            {
                length++;
            }

            if (length == 0 || length > MaxFirstLength || condition[0] >= 128)
            {
                throw new ArgumentException("A support condition starts with an ASCII identifier of at most " + MaxFirstLength + " characters: " + condition, nameof(conditions));
            }

            _conditions[i] = condition;
            _firstLengths[i] = length;
        }

        Watch();
    }

    /// <summary>Whether the code contains the condition at <paramref name="index"/> (of the list given).</summary>
    public bool Met(int index) => _met[index];

    /// <summary>The types the client's files declare at the top of their namespace.</summary>
    public HashSet<string> TopLevelTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether an identifier of <paramref name="length"/> characters starting with <paramref name="first"/> may begin a
    /// condition not met yet: a test of one bit, made for every identifier of the code before <see cref="Identifier"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Watches(char first, int length) => length <= MaxFirstLength && first < 128 && (_watched[first] & (1u << length)) != 0;

    /// <summary>
    /// Marks the conditions that begin at the identifier from <paramref name="start"/> to <paramref name="end"/> of
    /// <paramref name="line"/>, which ends where the identifier's line does (one that <see cref="Watches"/>).
    /// </summary>
    public void Identifier(ReadOnlySpan<char> line, int start, int end)
    {
        var length = end - start;
        var first = line[start];
        var lineEnd = line.Length;
        for (var i = 0; i < _conditions.Length; i++)
        {
            var condition = _conditions[i];
            if (_met[i] || _firstLengths[i] != length || condition[0] != first || lineEnd - start < condition.Length
                || !line.Slice(start, condition.Length).SequenceEqual(condition.AsSpan()))
            {
                continue;
            }

            var after = start + condition.Length;
            if (ShortNames.IsIdentifierPart(condition[condition.Length - 1]) && after < lineEnd && ShortNames.IsIdentifierPart(line[after]))
            {
                continue;
            }

            _met[i] = true;
            Watch();
        }
    }

    private void Watch()
    {
        Array.Clear(_watched, 0, _watched.Length);
        for (var i = 0; i < _conditions.Length; i++)
        {
            if (!_met[i])
            {
                _watched[_conditions[i][0]] |= 1u << _firstLengths[i];
            }
        }
    }
}
