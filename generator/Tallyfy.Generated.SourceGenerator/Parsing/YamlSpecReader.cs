using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>Reads a YAML spec into the same <see cref="SpecNode"/> tree as JSON, keeping character offsets for diagnostics.</summary>
internal static class YamlSpecReader
{
    private static readonly Regex Integer = new("^[-+]?(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant);
    private static readonly Regex Float = new("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    public static SpecDocument Read(string path, string text)
    {
        var map = SourceMap.ForChars(path, text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            return SpecDocument.Failed(map, TrimPosition(ex.Message), map.LocateLineColumn((int)ex.Start.Line - 1, (int)ex.Start.Column - 1));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these on some malformed input instead of a YamlException; it is still bad YAML.
            return SpecDocument.Failed(map, "the YAML parser gave up: " + ex.Message, map.Locate(0, 0));
        }

        if (stream.Documents.Count == 0)
        {
            return SpecDocument.Failed(map, "the document is empty", map.Locate(0, 0));
        }

        var converter = new Converter(map);
        var root = converter.Convert(stream.Documents[0].RootNode, 0);
        return converter.Error is { } error
            ? SpecDocument.Failed(map, error.Message, error.Location, tooDeep: true)
            : SpecDocument.Parsed(map, root);
    }

    private static string TrimPosition(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the location says that already.
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return index >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(index + 3) : message;
    }

    private sealed class Converter
    {
        private readonly SourceMap _map;

        public Converter(SourceMap map) => _map = map;

        public (string Message, Diagnostics.SpecLocation Location)? Error { get; private set; }

        /// <summary>Aliases are expanded into copies; this caps the expansion ("billion laughs").</summary>
        private const int MaxNodes = 4_000_000;

        private int _nodes;

        public SpecNode Convert(YamlNode node, int depth)
        {
            var offset = (int)node.Start.Index;
            var length = Math.Max(1, (int)(node.End.Index - node.Start.Index));
            if (++_nodes > MaxNodes)
            {
                Error ??= ("The document expands to more than " + MaxNodes.ToString(CultureInfo.InvariantCulture) + " nodes (aliases repeated inside aliases?)", _map.Locate(offset, 1));
                return new SpecScalar(offset, length, ScalarKind.Null, "null");
            }

            if (depth > JsonSpecReader.MaxDepth)
            {
                Error ??= ("The document is nested more than " + JsonSpecReader.MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels deep (or an alias refers to itself)", _map.Locate(offset, 1));
                return new SpecScalar(offset, length, ScalarKind.Null, "null");
            }

            switch (node)
            {
                case YamlMappingNode mapping:
                    var properties = new List<SpecProperty>(mapping.Children.Count);
                    foreach (var pair in mapping.Children)
                    {
                        var key = pair.Key as YamlScalarNode;
                        var name = key?.Value ?? string.Empty;
                        var keyOffset = (int)pair.Key.Start.Index;
                        properties.Add(new SpecProperty(name, keyOffset, Math.Max(1, (int)pair.Key.End.Index - keyOffset), Convert(pair.Value, depth + 1)));
                    }

                    return new SpecObject(offset, 1, properties);
                case YamlSequenceNode sequence:
                    var items = new List<SpecNode>(sequence.Children.Count);
                    foreach (var item in sequence.Children)
                    {
                        items.Add(Convert(item, depth + 1));
                    }

                    return new SpecArray(offset, 1, items);
                case YamlScalarNode scalar:
                    return Scalar(scalar, offset, length);
                default:
                    return new SpecScalar(offset, length, ScalarKind.Null, "null");
            }
        }

        /// <summary>Plain scalars take YAML's core schema types; quoted and block scalars are always strings.</summary>
        private static SpecScalar Scalar(YamlScalarNode scalar, int offset, int length)
        {
            var value = scalar.Value ?? string.Empty;
            if (scalar.Style != ScalarStyle.Plain)
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

            return Integer.IsMatch(value) || Float.IsMatch(value)
                ? new SpecScalar(offset, length, ScalarKind.Number, value)
                : new SpecScalar(offset, length, ScalarKind.String, value);
        }
    }
}
