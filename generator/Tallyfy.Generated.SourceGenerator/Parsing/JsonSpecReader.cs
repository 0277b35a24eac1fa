using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Tallyfy.Generated.SourceGenerator.Diagnostics;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>Reads a JSON spec into a <see cref="SpecNode"/> tree with System.Text.Json's <see cref="Utf8JsonReader"/>.</summary>
internal static class JsonSpecReader
{
    /// <summary>The deepest nesting accepted; deeper documents get a diagnostic instead of a stack overflow.</summary>
    public const int MaxDepth = 256;

    /// <remarks>
    /// The UTF-8 bytes are read into a buffer rented from the shared pool (a large spec's bytes would otherwise be a
    /// fresh large-object allocation every run); <see cref="SpecDocument.Release"/> gives it back once the document's
    /// diagnostics are located.
    /// </remarks>
    public static SpecDocument Read(string path, string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, length));
        Encoding.UTF8.GetBytes(text, 0, text.Length, buffer, 0);
        var map = SourceMap.ForUtf8(path, text, buffer, length);
        var utf8 = new ReadOnlySpan<byte>(buffer, 0, length);
        var options = new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = MaxDepth + 1,
        };
        var reader = new Utf8JsonReader(utf8, options);
        try
        {
            if (!reader.Read())
            {
                return SpecDocument.Failed(map, "the document is empty", map.Locate(0, 0));
            }

            var root = new TreeBuilder(map, buffer).ReadNode(ref reader);
            return SpecDocument.Parsed(map, root);
        }
        catch (TooDeepException ex)
        {
            return SpecDocument.LimitExceeded(map, DiagnosticDescriptors.TooDeep, MaxDepth, map.Locate(ex.Offset, 1));
        }
        catch (JsonException ex)
        {
            var location = ex.LineNumber is long line && ex.BytePositionInLine is long column
                ? map.LocateLineAndByte((int)line, (int)column)
                : map.Locate(0, 0);
            return SpecDocument.Failed(map, TrimPosition(ex.Message), location);
        }
    }

    /// <summary>
    /// Builds the tree of one document. Members and items are gathered in lists kept per depth and reused, then copied
    /// into arrays of the exact size; names and short strings that repeat (keywords, media types, <c>$ref</c> targets)
    /// are read once through <see cref="Utf8StringCache"/>; long strings without escapes (descriptions, examples) are
    /// made strings only when the parser asks for them: reading allocates little more than the tree itself.
    /// </summary>
    private sealed class TreeBuilder
    {
        private readonly List<List<SpecProperty>> _properties = new();
        private readonly List<List<SpecNode>> _items = new();
        private readonly Utf8StringCache _strings;
        private readonly SourceMap _map;

        public TreeBuilder(SourceMap map, byte[] utf8)
        {
            _map = map;
            _strings = new Utf8StringCache(utf8);
        }

        public SpecNode ReadNode(ref Utf8JsonReader reader)
        {
            var start = (int)reader.TokenStartIndex;
            var depth = reader.CurrentDepth;
            if (depth >= MaxDepth)
            {
                throw new TooDeepException(start);
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    var properties = Scratch(_properties, depth);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var nameStart = (int)reader.TokenStartIndex;
                        var name = _strings.Get(ref reader);
                        var nameLength = (int)reader.BytesConsumed - nameStart;
                        reader.Read();
                        properties.Add(new SpecProperty(name, nameStart, nameLength, ReadNode(ref reader)));
                    }

                    return new SpecObject(start, 1, Copy(properties));
                case JsonTokenType.StartArray:
                    var items = Scratch(_items, depth);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        items.Add(ReadNode(ref reader));
                    }

                    return new SpecArray(start, 1, Copy(items));
                case JsonTokenType.String:
                    // A long string without escapes (a description, an example) is read from the bytes when asked for.
                    return !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length > Utf8StringCache.MaxCachedLength
                        ? new SpecScalar(start, (int)reader.BytesConsumed - start, _map)
                        : new SpecScalar(start, (int)reader.BytesConsumed - start, ScalarKind.String, _strings.Get(ref reader));
                case JsonTokenType.Number:
                    return new SpecScalar(start, (int)reader.BytesConsumed - start, ScalarKind.Number, _strings.Get(ref reader));
                case JsonTokenType.True:
                    return new SpecScalar(start, 4, ScalarKind.Boolean, "true");
                case JsonTokenType.False:
                    return new SpecScalar(start, 5, ScalarKind.Boolean, "false");
                default:
                    return new SpecScalar(start, 4, ScalarKind.Null, "null");
            }
        }

        /// <summary>The empty list kept for <paramref name="depth"/>: a node's members are gathered there while its children use deeper ones.</summary>
        private static List<T> Scratch<T>(List<List<T>> lists, int depth)
        {
            while (lists.Count <= depth)
            {
                lists.Add(new List<T>());
            }

            var list = lists[depth];
            list.Clear();
            return list;
        }

        private static T[] Copy<T>(List<T> scratch)
        {
            var copy = scratch.ToArray();
            scratch.Clear();
            return copy;
        }
    }

    /// <summary>System.Text.Json appends "LineNumber: … | BytePositionInLine: …"; the diagnostic's location says that already.</summary>
    private static string TrimPosition(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (index > 0 ? message.Substring(0, index) : message).TrimEnd();
    }

    /// <summary>Stops reading at the depth limit, with the offset of the node that crossed it.</summary>
    private sealed class TooDeepException : Exception
    {
        public TooDeepException(int offset) => Offset = offset;

        public int Offset { get; }
    }
}
