using System;
using System.Text;
using System.Text.Json;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>
/// The strings of one JSON document, read once each when they repeat: a spec says <c>type</c>, <c>description</c>,
/// <c>application/json</c> or <c>#/components/schemas/Issue</c> thousands of times. A direct-mapped table keyed by the
/// token's UTF-8 bytes: a hit returns the string read before, a miss reads the token and takes the slot. Long and
/// escaped tokens are read as they are (rarely repeated, and the escaped bytes are not the value).
/// </summary>
internal sealed class Utf8StringCache
{
    /// <summary>Longer tokens are descriptions and the like, which seldom repeat.</summary>
    private const int MaxCachedLength = 64;
    private const int Size = 4096;

    private readonly byte[]?[] _keys = new byte[Size][];
    private readonly string[] _values = new string[Size];

    /// <summary>The current token's value (a property name, a string or a number's digits) as a string.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxCachedLength)
        {
            return Read(ref reader);
        }

        var bytes = reader.ValueSpan;
        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        var slot = (int)(hash & (Size - 1));
        if (_keys[slot] is { } key && bytes.SequenceEqual(key))
        {
            return _values[slot];
        }

        var value = Read(ref reader);
        _keys[slot] = bytes.ToArray();
        _values[slot] = value;
        return value;
    }

    private static string Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number
            ? Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray())
            : reader.GetString()!;
}
