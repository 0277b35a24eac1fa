using System;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// The identifiers and dotted names of generated text, made into strings once each when they repeat: a client's files
/// say <c>value</c>, <c>reader</c> or <c>System.Text.Json.Utf8JsonReader</c> tens of thousands of times. A direct-mapped
/// table keyed by the characters: a hit returns the string made before, a miss makes it and takes the slot.
/// </summary>
internal sealed class NameCache
{
    /// <summary>Longer names are rare and seldom repeat.</summary>
    private const int MaxCachedLength = 128;
    private const int Size = 4096;

    private readonly string?[] _values = new string?[Size];

    /// <summary><paramref name="text"/> from <paramref name="start"/> for <paramref name="length"/> characters, as a string.</summary>
    public string Get(ReadOnlySpan<char> text, int start, int length)
    {
        var chars = text.Slice(start, length);
        if (length > MaxCachedLength)
        {
            return chars.ToString();
        }

        var hash = 2166136261u;
        foreach (var c in chars)
        {
            hash = (hash ^ c) * 16777619u;
        }

        var slot = (int)(hash & (Size - 1));
        if (_values[slot] is { } value && chars.SequenceEqual(value.AsSpan()))
        {
            return value;
        }

        return _values[slot] = chars.ToString();
    }
}
