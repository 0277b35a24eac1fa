using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Tallyfy.Generated.SourceGenerator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>
/// Reads a YAML spec into the same <see cref="SpecNode"/> tree as JSON, keeping character offsets for diagnostics.
/// The tree is composed from YamlDotNet's parser events; a spec is a single document, so a stream of several is refused
/// at the start of the second.
/// </summary>
internal static class YamlSpecReader
{
    private const string CoreTag = "tag:yaml.org,2002:";

    private static readonly Regex Integer = new("^[-+]?(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant);
    private static readonly Regex Float = new("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex Hex = new("^0x[0-9a-fA-F]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Octal = new("^0o[0-7]+$", RegexOptions.CultureInvariant);

    /// <summary>
    /// A block scalar header with an auto-detected indentation (<c>key: |</c>, <c>- &gt;-</c>, <c>key: !!str |+</c>):
    /// group <c>lead</c> is what stands before the header, ending in a mapping colon, sequence dashes or nothing.
    /// </summary>
    private static readonly Regex BlockHeader = new(
        "^(?<lead>[ ]*(?:-[ ]+)*(?:[^#\\s][^#]*?:[ ]+)?)(?:(?:![^\\s]*|&[^\\s]+)[ ]+)*[|>][+-]?[ \\t]*(?:#.*)?$",
        RegexOptions.CultureInvariant);

    public static SpecDocument Read(string path, string text)
    {
        var map = SourceMap.ForChars(path, text);
        var normalized = Normalize(text, out var removals);
        var composer = new Composer(map, removals);
        try
        {
            return composer.Compose(new Parser(new StringReader(normalized)));
        }
        catch (YamlException ex)
        {
            var message = Readable(ex.Message);
            if (composer.OpenFlow is { } open && message.IndexOf("did not find expected", StringComparison.Ordinal) >= 0)
            {
                var start = map.Locate(open.Offset, 1);
                message += " The '" + open.Bracket + "' at line " + (start.Line + 1).ToString(CultureInfo.InvariantCulture)
                    + ", column " + (start.Column + 1).ToString(CultureInfo.InvariantCulture) + " is not closed.";
            }

            return SpecDocument.Failed(map, message, map.Locate(composer.Original((int)ex.Start.Index), 0));
        }
        catch (ComposeException ex)
        {
            return ex.Limit is { } limit
                ? SpecDocument.LimitExceeded(map, limit, ex.LimitValue, map.Locate(ex.Offset, ex.Length))
                : SpecDocument.Failed(map, ex.Message, map.Locate(ex.Offset, ex.Length));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these on a few malformed inputs instead of a YamlException (an unclosed flow collection
            // followed by block content, for one); it is still bad YAML: at the innermost open flow collection, or
            // else at the last place the parser reached.
            return composer.OpenFlow is { } open
                ? SpecDocument.Failed(map, "the flow " + (open.Bracket == '[' ? "sequence" : "mapping") + " opened here with '" + open.Bracket + "' is not closed where YAML allows", map.Locate(open.Offset, 1))
                : SpecDocument.Failed(map, "the YAML cannot be read from here on", map.Locate(composer.LastOffset, 0));
        }
    }

    /// <summary>The parser's message without its "(Line: 3, Col: 5, Idx: 20) - (…): " prefix: the location says that already.</summary>
    private static string Readable(string message)
    {
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = index >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(index + 3) : message;
        message = Regex.Replace(message, " \\(at Line: [0-9]+, Col: [0-9]+, Idx: [0-9]+\\)", string.Empty);
        return Regex.Replace(message, "[ ]{2,}", " ").Trim();
    }

    /// <summary>
    /// Works around two YamlDotNet limits without moving any line: the blank lines of a block scalar with no content
    /// (only empty lines or lines of spaces, which YAML 1.2 allows and YamlDotNet refuses as "extra spaces") lose their
    /// spaces, and a text that does not end in a line break gets one (so a last line of spaces keeps its break).
    /// <paramref name="removals"/> lists, in order, each normalized offset after which characters were removed and the
    /// total removed so far, to map offsets back to the original text.
    /// </summary>
    private static string Normalize(string text, out List<(int At, int Removed)> removals)
    {
        removals = new List<(int At, int Removed)>();
        var lines = text.Split('\n');
        var builder = new StringBuilder(text.Length + 1);
        var removed = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            builder.Append(lines[i]);
            if (i < lines.Length - 1)
            {
                builder.Append('\n');
            }

            var header = BlockHeader.Match(lines[i].TrimEnd('\r'));
            if (!header.Success)
            {
                continue;
            }

            // The scalar's content is the lines after the header indented more than its parent; it has none when
            // every line up to the next one indented no deeper than the header's lead (or the end) is blank.
            var parentIndent = ParentIndent(header.Groups["lead"].Value);
            var next = i + 1;
            while (next < lines.Length && lines[next].Trim(' ', '\r').Length == 0)
            {
                next++;
            }

            if (next < lines.Length && Indent(lines[next]) > parentIndent)
            {
                continue;
            }

            for (i++; i < next; i++)
            {
                var blank = lines[i];
                var keep = blank.EndsWith("\r", StringComparison.Ordinal) ? "\r" : string.Empty;
                removed += blank.Length - keep.Length;
                builder.Append(keep);
                removals.Add((builder.Length, removed));
                if (i < lines.Length - 1)
                {
                    builder.Append('\n');
                }
            }

            i--;
        }

        if (text.Length > 0 && text[text.Length - 1] != '\n')
        {
            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The indentation a block scalar's content must exceed: its key's column, or the column of the dash of the entry it is.</summary>
    private static int ParentIndent(string lead)
    {
        var trimmed = lead.TrimEnd(' ');
        if (trimmed.EndsWith(":", StringComparison.Ordinal))
        {
            // The key starts after the indentation and any "- " of the entries it sits in.
            var column = 0;
            while (column < lead.Length && (lead[column] == ' ' || (lead[column] == '-' && column + 1 < lead.Length && lead[column + 1] == ' ')))
            {
                column++;
            }

            return column;
        }

        // The scalar is a sequence entry (the column of its dash) or the document itself (-1: any indentation is content).
        return trimmed.Length == 0 ? -1 : trimmed.Length - 1;
    }

    private static int Indent(string line)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] == ' ')
        {
            indent++;
        }

        return indent;
    }

    private sealed class ComposeException : Exception
    {
        public ComposeException(string message, int offset, int length)
            : base(message)
        {
            Offset = offset;
            Length = length;
        }

        /// <summary>A limit exceeded: the descriptor owns the sentence, <paramref name="value"/> is the limit.</summary>
        public ComposeException(DiagnosticDescriptorInfo limit, int value, int offset)
            : base(limit.MessageFormat.ToString(CultureInfo.InvariantCulture))
        {
            Offset = offset;
            Length = 1;
            Limit = limit;
            LimitValue = value;
        }

        public int Offset { get; }

        public int Length { get; }

        public DiagnosticDescriptorInfo? Limit { get; }

        public int LimitValue { get; }
    }

    /// <summary>Builds the node tree from the parser's events, expanding aliases into copies.</summary>
    private sealed class Composer
    {
        /// <summary>Aliases are expanded into copies; this caps the expansion ("billion laughs").</summary>
        private const int MaxNodes = 4_000_000;

        private readonly SourceMap _map;
        private readonly List<(int At, int Removed)> _removals;
        private readonly Dictionary<string, SpecNode> _anchors = new(StringComparer.Ordinal);
        private int _nodes;

        public Composer(SourceMap map, List<(int At, int Removed)> removals)
        {
            _map = map;
            _removals = removals;
        }

        private readonly List<(int Offset, char Bracket)> _openFlows = new();

        /// <summary>The innermost flow collection (<c>[</c> or <c>{</c>) begun and not yet ended, if any.</summary>
        public (int Offset, char Bracket)? OpenFlow => _openFlows.Count == 0 ? null : _openFlows[_openFlows.Count - 1];

        /// <summary>Where, in the original text, the last event the composer saw starts.</summary>
        public int LastOffset { get; private set; }

        public SpecDocument Compose(IParser parser)
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return SpecDocument.Failed(_map, "the document is empty", _map.Locate(0, 0));
            }

            parser.Consume<DocumentStart>();
            var root = Node(parser, 0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                var offset = Original((int)second.Start.Index);
                throw new ComposeException("a second YAML document starts here; a spec is a single document", offset, Math.Max(1, Original((int)second.End.Index) - offset));
            }

            return SpecDocument.Parsed(_map, root);
        }

        /// <summary>An offset in the normalized text as an offset in the original.</summary>
        public int Original(int offset)
        {
            var removed = 0;
            foreach (var (at, total) in _removals)
            {
                if (at > offset)
                {
                    break;
                }

                removed = total;
            }

            return offset + removed;
        }

        private SpecNode Node(IParser parser, int depth)
        {
            var current = parser.Current!;
            var offset = Original((int)current.Start.Index);
            LastOffset = offset;
            if (depth > JsonSpecReader.MaxDepth)
            {
                throw new ComposeException(DiagnosticDescriptors.TooDeepOrSelfAlias, JsonSpecReader.MaxDepth, offset);
            }

            Count(offset);
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
                {
                    throw new ComposeException("the alias *" + alias.Value.Value + " refers to no anchor defined before it", offset, Length(alias, offset));
                }

                return Copy(anchored, depth);
            }

            SpecNode node;
            string anchor;
            if (parser.TryConsume<Scalar>(out var scalar))
            {
                anchor = scalar.Anchor.IsEmpty ? string.Empty : scalar.Anchor.Value;
                node = Scalar(scalar, offset, Length(scalar, offset));
            }
            else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                anchor = sequenceStart.Anchor.IsEmpty ? string.Empty : sequenceStart.Anchor.Value;
                var items = new List<SpecNode>();
                var flow = sequenceStart.Style == SequenceStyle.Flow;
                if (flow)
                {
                    _openFlows.Add((offset, '['));
                }

                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(Node(parser, depth + 1));
                }

                if (flow)
                {
                    _openFlows.RemoveAt(_openFlows.Count - 1);
                }

                node = new SpecArray(offset, 1, items);
            }
            else if (parser.TryConsume<MappingStart>(out var mappingStart))
            {
                anchor = mappingStart.Anchor.IsEmpty ? string.Empty : mappingStart.Anchor.Value;
                var properties = new List<SpecProperty>();
                var flow = mappingStart.Style == MappingStyle.Flow;
                if (flow)
                {
                    _openFlows.Add((offset, '{'));
                }

                // Made at the mapping's first merge key: the names it holds, and those of them a merge put there (which
                // a key written later replaces where it stands).
                Merged? merged = null;
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyEvent = parser.Current!;
                    var keyOffset = Original((int)keyEvent.Start.Index);
                    var name = keyEvent is Scalar keyScalar ? keyScalar.Value : null;
                    var isMerge = IsMergeKey(keyEvent);
                    var key = Node(parser, depth + 1);
                    if (key is not SpecScalar keyValue)
                    {
                        throw new ComposeException("a mapping key is " + key.KindName + "; a spec's keys are plain values", keyOffset, 1);
                    }

                    var value = Node(parser, depth + 1);
                    if (isMerge)
                    {
                        Merge(properties, merged ??= new Merged(properties), value, keyOffset);
                    }
                    else if (merged is null)
                    {
                        properties.Add(new SpecProperty(name ?? keyValue.Text, keyOffset, Math.Max(1, keyValue.Length), value));
                    }
                    else
                    {
                        merged.Add(properties, new SpecProperty(name ?? keyValue.Text, keyOffset, Math.Max(1, keyValue.Length), value));
                    }
                }

                if (flow)
                {
                    _openFlows.RemoveAt(_openFlows.Count - 1);
                }

                node = new SpecObject(offset, 1, properties);
            }
            else
            {
                throw new ComposeException("a value is missing here", offset, 1);
            }

            if (anchor.Length > 0)
            {
                _anchors[anchor] = node;
            }

            return node;
        }

        /// <summary>
        /// A plain <c>&lt;&lt;</c> key (YAML 1.1's merge key, which the readers OpenAPI's tools use honour); quoted, it is
        /// a key like any other.
        /// </summary>
        private static bool IsMergeKey(ParsingEvent keyEvent) =>
            keyEvent is Scalar { Style: ScalarStyle.Plain, Value: "<<" } scalar
            && (scalar.Tag.IsEmpty || scalar.Tag.Value == CoreTag + "merge");

        /// <summary>
        /// Adds the members of the mapping <paramref name="value"/>, or of each mapping of the list it is (the earlier
        /// first), that <paramref name="properties"/> does not hold yet, where the merge key stands; as js-yaml does, a key
        /// written after the merge key replaces the merged member in its place, and one written before it wins.
        /// </summary>
        private static void Merge(List<SpecProperty> properties, Merged merged, SpecNode value, int keyOffset)
        {
            if (value is SpecObject single)
            {
                merged.Merge(properties, single);
                return;
            }

            if (value is SpecArray list && list.Items.All(item => item is SpecObject))
            {
                foreach (var item in list.Items)
                {
                    merged.Merge(properties, (SpecObject)item);
                }

                return;
            }

            var found = value is SpecArray array ? array.Items.First(item => item is not SpecObject) : value;
            throw new ComposeException("the merge key '<<' takes a mapping or a list of mappings to merge, and here it has " + found.KindName, keyOffset, 2);
        }

        /// <summary>The names a mapping with a merge key holds so far, and which of them a merge put there (at which index).</summary>
        private sealed class Merged
        {
            private readonly HashSet<string> _names = new(StringComparer.Ordinal);
            private readonly Dictionary<string, int> _fromMerge = new(StringComparer.Ordinal);

            public Merged(List<SpecProperty> properties)
            {
                foreach (var property in properties)
                {
                    _names.Add(property.Name);
                }
            }

            /// <summary>A key written in the mapping: it replaces a merged member of its name where that stands.</summary>
            public void Add(List<SpecProperty> properties, SpecProperty property)
            {
                if (_fromMerge.TryGetValue(property.Name, out var index))
                {
                    _fromMerge.Remove(property.Name);
                    properties[index] = property;
                    return;
                }

                _names.Add(property.Name);
                properties.Add(property);
            }

            public void Merge(List<SpecProperty> properties, SpecObject source)
            {
                foreach (var property in source.Properties)
                {
                    if (_names.Add(property.Name))
                    {
                        _fromMerge[property.Name] = properties.Count;
                        properties.Add(property);
                    }
                }
            }
        }

        private int Length(ParsingEvent parsingEvent, int offset) => Math.Max(1, Original((int)parsingEvent.End.Index) - offset);

        private void Count(int offset)
        {
            if (++_nodes > MaxNodes)
            {
                throw new ComposeException(DiagnosticDescriptors.TooManyNodes, MaxNodes, offset);
            }
        }

        /// <summary>An alias's copy of its anchored node, kept at the anchor's offsets.</summary>
        private SpecNode Copy(SpecNode node, int depth)
        {
            if (depth > JsonSpecReader.MaxDepth)
            {
                throw new ComposeException(DiagnosticDescriptors.TooDeepOrSelfAlias, JsonSpecReader.MaxDepth, node.Offset);
            }

            switch (node)
            {
                case SpecObject obj:
                    var properties = new List<SpecProperty>(obj.Properties.Count);
                    foreach (var property in obj.Properties)
                    {
                        Count(property.NameOffset);
                        properties.Add(new SpecProperty(property.Name, property.NameOffset, property.NameLength, Copy(property.Value, depth + 1)));
                    }

                    return new SpecObject(obj.Offset, obj.Length, properties);
                case SpecArray array:
                    var items = new List<SpecNode>(array.Items.Count);
                    foreach (var item in array.Items)
                    {
                        Count(item.Offset);
                        items.Add(Copy(item, depth + 1));
                    }

                    return new SpecArray(array.Offset, array.Length, items);
                default:
                    return node;
            }
        }

        /// <summary>
        /// Plain scalars take YAML's core schema types; quoted and block scalars are strings, and so are scalars tagged
        /// <c>!</c> or <c>!!str</c>; the core schema's other tags (<c>!!int</c>, <c>!!float</c>, <c>!!bool</c>, <c>!!null</c>) are honoured.
        /// </summary>
        private static SpecScalar Scalar(Scalar scalar, int offset, int length)
        {
            var value = scalar.Value ?? string.Empty;
            var tag = scalar.Tag.IsEmpty ? string.Empty : scalar.Tag.Value;
            if (scalar.Tag.IsNonSpecific || tag == CoreTag + "str" || (scalar.Style != ScalarStyle.Plain && !tag.StartsWith(CoreTag, StringComparison.Ordinal)))
            {
                return new SpecScalar(offset, length, ScalarKind.String, value);
            }

            switch (value)
            {
                case "":
                case "~":
                case "null":
                case "Null":
                case "NULL":
                    return new SpecScalar(offset, length, ScalarKind.Null, "null");
                case "true":
                case "True":
                case "TRUE":
                    return new SpecScalar(offset, length, ScalarKind.Boolean, "true");
                case "false":
                case "False":
                case "FALSE":
                    return new SpecScalar(offset, length, ScalarKind.Boolean, "false");
            }

            if (Integer.IsMatch(value) || Float.IsMatch(value))
            {
                return new SpecScalar(offset, length, ScalarKind.Number, value);
            }

            if ((Hex.IsMatch(value) && ulong.TryParse(value.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var number))
                || (Octal.IsMatch(value) && TryParseOctal(value.Substring(2), out number)))
            {
                return new SpecScalar(offset, length, ScalarKind.Number, number.ToString(CultureInfo.InvariantCulture));
            }

            return new SpecScalar(offset, length, ScalarKind.String, value);
        }

        private static bool TryParseOctal(string digits, out ulong number)
        {
            number = 0;
            foreach (var digit in digits)
            {
                if (number > ulong.MaxValue >> 3)
                {
                    return false;
                }

                number = (number << 3) + (uint)(digit - '0');
            }

            return true;
        }
    }
}
