using System;
using System.Collections;
using System.Collections.Generic;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>
/// A node of a parsed JSON or YAML document, with the offset it starts at so diagnostics can point at it.
/// Lives only while one spec is parsed; never part of the cached model.
/// </summary>
internal abstract class SpecNode
{
    protected SpecNode(int offset, int length)
    {
        Offset = offset;
        Length = length;
    }

    /// <summary>Where the node starts, in the units of the document's <see cref="SourceMap"/>.</summary>
    public int Offset { get; }

    public int Length { get; }

    public abstract string KindName { get; }
}

internal sealed class SpecObject : SpecNode
{
    /// <summary>Past this many members, a lookup goes through a dictionary; below it, a scan of the list is cheaper.</summary>
    private const int ScanLimit = 8;

    /// <summary>
    /// Built only for objects with more than <see cref="ScanLimit"/> members (most objects of a spec have a few), at the
    /// first lookup by name: many large objects (a schema's <c>properties</c>, <c>paths</c>) are only ever walked in order.
    /// </summary>
    private Dictionary<string, int>? _byName;

    public SpecObject(int offset, int length, SpecProperty[] properties)
        : base(offset, length) => Properties = new NodeList<SpecProperty>(properties);

    public SpecObject(int offset, int length, List<SpecProperty> properties)
        : this(offset, length, properties.ToArray())
    {
    }

    /// <summary>The members in document order.</summary>
    public NodeList<SpecProperty> Properties { get; }

    public override string KindName => "an object";

    public SpecNode? this[string name] => GetProperty(name)?.Value;

    /// <summary>The first member that <paramref name="match"/> accepts, or null (a member is a value: no default member stands for none).</summary>
    public SpecProperty? FirstProperty(Func<SpecProperty, bool> match)
    {
        foreach (var property in Properties)
        {
            if (match(property))
            {
                return property;
            }
        }

        return null;
    }

    public SpecProperty? GetProperty(string name)
    {
        if (_byName is not null || Properties.Count > ScanLimit)
        {
            return (_byName ??= Index(Properties)).TryGetValue(name, out var index) ? Properties[index] : null;
        }

        // The first of duplicate keys wins, as in the dictionary.
        foreach (var property in Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    /// <summary>Each member's index by name (an index rather than the member: a smaller entry).</summary>
    private static Dictionary<string, int> Index(NodeList<SpecProperty> properties)
    {
        var byName = new Dictionary<string, int>(properties.Count, StringComparer.Ordinal);
        for (var i = 0; i < properties.Count; i++)
        {
            // The first of duplicate keys wins, the same in JSON and YAML.
            if (!byName.ContainsKey(properties[i].Name))
            {
                byName.Add(properties[i].Name, i);
            }
        }

        return byName;
    }
}

/// <summary>
/// A member of a <see cref="SpecObject"/>: a value held in its object's array rather than an object of its own (a large
/// spec has tens of thousands of members, each an object more for the collector to copy while the tree lives).
/// </summary>
internal readonly struct SpecProperty
{
    public SpecProperty(string name, int nameOffset, int nameLength, SpecNode value)
    {
        Name = name;
        NameOffset = nameOffset;
        NameLength = nameLength;
        Value = value;
    }

    public string Name { get; }

    public int NameOffset { get; }

    public int NameLength { get; }

    public SpecNode Value { get; }
}

internal sealed class SpecArray : SpecNode
{
    public SpecArray(int offset, int length, SpecNode[] items)
        : base(offset, length) => Items = new NodeList<SpecNode>(items);

    public SpecArray(int offset, int length, List<SpecNode> items)
        : this(offset, length, items.ToArray())
    {
    }

    /// <summary>The items in document order.</summary>
    public NodeList<SpecNode> Items { get; }

    public override string KindName => "an array";
}

internal enum ScalarKind
{
    String,
    Number,
    Boolean,
    Null,
}

internal sealed class SpecScalar : SpecNode
{
    /// <summary>The text, or, for a long JSON string not read yet, the map whose bytes hold it.</summary>
    private object _value;

    public SpecScalar(int offset, int length, ScalarKind kind, string text)
        : base(offset, length)
    {
        Kind = kind;
        _value = text;
    }

    /// <summary>
    /// A JSON string without escapes whose UTF-8 bytes lie between the quotes at <paramref name="offset"/> and
    /// <paramref name="offset"/> + <paramref name="length"/> of <paramref name="source"/>, made a string only when first
    /// asked for: descriptions and examples are most of a large spec's text, and many are never read.
    /// </summary>
    public SpecScalar(int offset, int length, SourceMap source)
        : base(offset, length)
    {
        Kind = ScalarKind.String;
        _value = source;
    }

    public ScalarKind Kind { get; }

    /// <summary>The value as text: the string itself, the number's digits, <c>true</c>/<c>false</c> or <c>null</c>.</summary>
    public string Text => _value as string ?? Read();

    private string Read()
    {
        var text = ((SourceMap)_value).ReadUtf8(Offset + 1, Length - 2);
        _value = text;
        return text;
    }

    public override string KindName => Kind switch
    {
        ScalarKind.String => "a string",
        ScalarKind.Number => "a number",
        ScalarKind.Boolean => "a boolean",
        _ => "null",
    };
}

/// <summary>
/// A node's members or items: a read-only view of an array of their exact number, enumerated without allocation (a
/// spec has tens of thousands of objects and arrays; a list for each was an object more for the collector to copy).
/// </summary>
internal readonly struct NodeList<T> : IReadOnlyList<T>
{
    private readonly T[]? _items;

    public NodeList(T[] items) => _items = items;

    public int Count => _items?.Length ?? 0;

    public T this[int index] => (_items ?? Array.Empty<T>())[index];

    public Enumerator GetEnumerator() => new(_items ?? Array.Empty<T>());

    /// <summary>A list of <paramref name="count"/> of the elements from <paramref name="index"/> on, to change.</summary>
    public List<T> GetRange(int index, int count)
    {
        var range = new List<T>(count);
        for (var i = index; i < index + count; i++)
        {
            range.Add(this[i]);
        }

        return range;
    }

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => (_items ?? Array.Empty<T>()).GetEnumerator();

    public struct Enumerator
    {
        private readonly T[] _items;
        private int _index;

        public Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        public readonly T Current => _items[_index];

        public bool MoveNext() => ++_index < _items.Length;
    }
}
