using System;
using System.Text;
using System.Text.Json;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>
/// The strings of one JSON document, read once each when they repeat: a spec says <c>type</c>, <c>description</c>,
/// <c>application/json</c> or <c>#/components/schemas/Issue</c> thousands of times. A direct-mapped table keyed by the
/// token's UTF-8 bytes: a hit returns the string read before, a miss reads the token and takes the slot. A slot's key is
/// where its bytes lie in the document (nothing is copied). Long and escaped tokens are read as they are (rarely
/// repeated, and the escaped bytes are not the value).
/// </summary>
internal sealed class Utf8StringCache
{
    /// <summary>Longer tokens are descriptions and the like, which seldom repeat.</summary>
    public const int MaxCachedLength = 64;
    private const int Size = 4096;

    /// <summary>The document's UTF-8 bytes, which the reader reads.</summary>
    private readonly byte[] _utf8;
    private readonly int[] _keyStarts = new int[Size];
    private readonly int[] _keyLengths = new int[Size];
    private readonly string?[] _values = new string?[Size];

    public Utf8StringCache(byte[] utf8) => _utf8 = utf8;

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
        if (_values[slot] is { } cached && _keyLengths[slot] == bytes.Length && bytes.SequenceEqual(new ReadOnlySpan<byte>(_utf8, _keyStarts[slot], bytes.Length)))
        {
            return cached;
        }

        var value = Read(ref reader);
        // A number's value starts at its token; a string's or a name's after the opening quote.
        _keyStarts[slot] = (int)reader.TokenStartIndex + (reader.TokenType == JsonTokenType.Number ? 0 : 1);
        _keyLengths[slot] = bytes.Length;
        _values[slot] = value;
        return value;
    }

    private string Read(ref Utf8JsonReader reader) =>
        reader.TokenType != JsonTokenType.Number ? reader.GetString()!
        : reader.HasValueSequence ? Encoding.UTF8.GetString(System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence))
        : Encoding.UTF8.GetString(_utf8, (int)reader.TokenStartIndex, reader.ValueSpan.Length);
}
