using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>What a schema says about its values beyond their type: <c>deprecated</c> and <c>default</c>.</summary>
internal sealed partial class OpenApiParser
{
    /// <summary>Descriptions longer than this are not copied into an <c>[Obsolete]</c> message.</summary>
    private const int MaxDeprecationMessage = 300;

    /// <summary>The <c>[Obsolete]</c> text of a deprecated schema; null when it is not deprecated.</summary>
    private string? Deprecation(SpecObject schema) =>
        GetBool(schema, "deprecated") ? DeprecationMessage(schema, "schema") : null;

    /// <summary>
    /// The <c>[Obsolete]</c> text of a property deprecated on itself (or on the siblings of its 3.1 <c>$ref</c>). A
    /// property whose referenced schema is deprecated is not: that type is <c>[Obsolete]</c>, the property stays usable.
    /// </summary>
    private string? PropertyDeprecation(SpecObject? property, SpecObject? target) =>
        property is not null && GetBool(property, "deprecated") ? DeprecationMessage(property, "property", target) : null;

    /// <summary>
    /// A description that speaks of the deprecation ("Deprecated: use b instead") is the message, on one line;
    /// otherwise a standard sentence.
    /// </summary>
    private string DeprecationMessage(SpecObject schema, string what, SpecObject? fallback = null)
    {
        var description = GetString(schema, "description") ?? (fallback is null ? null : GetString(fallback, "description"));
        if (description is not null && description.IndexOf("deprecat", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            var line = string.Join(" ", description.Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));
            if (line.Length <= MaxDeprecationMessage)
            {
                return line;
            }
        }

        return "The spec marks this " + what + " as deprecated.";
    }

    /// <summary>The <c>default</c> of a schema (on a 3.1 <c>$ref</c>'s siblings or on its target) as JSON text.</summary>
    private string? DefaultText(SpecNode schema) => DefaultNode(schema) is { } value ? JsonText(value) : null;

    private SpecNode? DefaultNode(SpecNode schema)
    {
        if (schema is SpecObject own && own["default"] is { } direct)
        {
            return direct;
        }

        return Deref(schema, out _) is SpecObject target && !ReferenceEquals(target, schema) ? target["default"] : null;
    }

    /// <summary>
    /// The value a property reads as when a response leaves it out: its <c>default</c> when that fits its type, or the
    /// only value of a single-value enum (a constant). A default that does not fit is TGEN018 and is not applied.
    /// </summary>
    private DefaultValue? PropertyDefault(SpecNode property, SpecObject? target, TypeRef type)
    {
        if (DefaultNode(property) is { } value)
        {
            if (value is SpecScalar { Kind: ScalarKind.Null })
            {
                return null;
            }

            var fitted = FitDefault(value, type, out var applies);
            if (fitted is null && !applies)
            {
                return null;
            }

            if (fitted is null)
            {
                Report(Diagnostics.DiagnosticDescriptors.DefaultDoesNotFit, Locate(value), JsonText(value), TypeDescription(type));
            }

            return fitted;
        }

        // A constant: a single-value enum (kept only on required properties, see DefineObject).
        if (target?["enum"] is SpecArray { Items.Count: 1 } only && only.Items[0] is SpecScalar { Kind: ScalarKind.String or ScalarKind.Number } constant
            && type.Kind == TypeKind.Enum)
        {
            return FitDefault(constant, type, out _);
        }

        // A `const` the property's type holds: the spec fixes the value, so it is preset as a single-value enum's is.
        if (target?["const"] is SpecScalar { Kind: ScalarKind.String or ScalarKind.Number or ScalarKind.Boolean } fixedValue)
        {
            return FitDefault(fixedValue, type, out _);
        }

        return null;
    }

    /// <summary>The default as a value of <paramref name="type"/>; null when it does not fit.</summary>
    /// <param name="applies">Whether the generator applies defaults of this type at all (dates, lists, objects are documented only).</param>
    private DefaultValue? FitDefault(SpecNode value, TypeRef type, out bool applies)
    {
        applies = true;
        var scalar = value as SpecScalar;
        if (scalar is { Kind: ScalarKind.Number } && !IsJsonNumber(scalar.Text))
        {
            // A YAML number JSON cannot write (.inf, .nan, 0x1F) is no C# literal either.
            return null;
        }

        // A number written as a string (type: string, format: int64) has its default as a string too ("0.00").
        if (type.AsString && scalar is { Kind: ScalarKind.String } && IsJsonNumber(scalar.Text))
        {
            scalar = new SpecScalar(scalar.Offset, scalar.Length, ScalarKind.Number, scalar.Text);
        }

        switch (type.Kind)
        {
            case TypeKind.String:
                return scalar is { Kind: ScalarKind.String } ? new DefaultValue(scalar.Text) : null;
            case TypeKind.Boolean:
                return scalar is { Kind: ScalarKind.Boolean } ? new DefaultValue(scalar.Text) : null;
            case TypeKind.Float:
                return scalar is { Kind: ScalarKind.Number } && float.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && !float.IsInfinity(f)
                    ? new DefaultValue(scalar.Text) : null;
            case TypeKind.Double:
                return scalar is { Kind: ScalarKind.Number } && double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsInfinity(d)
                    ? new DefaultValue(scalar.Text) : null;
            case TypeKind.Decimal:
                return scalar is { Kind: ScalarKind.Number } && decimal.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var m)
                    ? new DefaultValue(m.ToString(CultureInfo.InvariantCulture)) : null;
            case TypeKind.Enum:
                var model = _types.OfType<EnumTypeModel>().FirstOrDefault(t => t.Name == type.Name);
                if (model is null || scalar is not { Kind: ScalarKind.String or ScalarKind.Number })
                {
                    applies = model is not null;
                    return null;
                }

                var text = model.IsInteger ? (scalar.Kind == ScalarKind.Number ? IntegerText(scalar.Text) : null) : (scalar.Kind == ScalarKind.String ? scalar.Text : null);
                return model.Members.FirstOrDefault(member => member.Value == text) is { } found ? new DefaultValue(found.Name) : null;
            default:
                if (type.IsInteger)
                {
                    return scalar is { Kind: ScalarKind.Number } && IntegerText(scalar.Text) is { } whole && FitsInteger(whole, type.Kind)
                        ? new DefaultValue(whole)
                        : null;
                }

                applies = false;
                return null;
        }
    }

    /// <summary>Text in JSON's number grammar: a sign, digits, a fraction and an exponent, nothing else.</summary>
    private static bool IsJsonNumber(string text)
    {
        var i = text.StartsWith("-", StringComparison.Ordinal) ? 1 : 0;
        var digits = 0;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
            digits++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            var fraction = 0;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
                fraction++;
            }

            if (fraction == 0)
            {
                return false;
            }
        }

        if (digits > 0 && i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            var exponent = 0;
            while (i < text.Length && char.IsDigit(text[i]))
            {
                i++;
                exponent++;
            }

            if (exponent == 0)
            {
                return false;
            }
        }

        return digits > 0 && i == text.Length;
    }

    private static bool FitsInteger(string whole, TypeKind kind)
    {
        // IntegerText gives a long; a ulong default beyond long.MaxValue is refused (rare enough to document only).
        var value = long.Parse(whole, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return kind switch
        {
            TypeKind.Int8 => value is >= sbyte.MinValue and <= sbyte.MaxValue,
            TypeKind.UInt8 => value is >= byte.MinValue and <= byte.MaxValue,
            TypeKind.Int16 => value is >= short.MinValue and <= short.MaxValue,
            TypeKind.UInt16 => value is >= ushort.MinValue and <= ushort.MaxValue,
            TypeKind.Int32 => value is >= int.MinValue and <= int.MaxValue,
            TypeKind.UInt32 => value is >= uint.MinValue and <= uint.MaxValue,
            TypeKind.UInt64 => value >= 0,
            _ => true,
        };
    }

    /// <summary>The type in the words of TGEN018's message.</summary>
    private string TypeDescription(TypeRef type) => type.Kind switch
    {
        TypeKind.Enum => "the enum " + type.Name + " (" + string.Join(", ", _types.OfType<EnumTypeModel>().FirstOrDefault(t => t.Name == type.Name)?.Members.Select(m => m.Value) ?? Enumerable.Empty<string>()) + ")",
        TypeKind.Int8 => "sbyte",
        TypeKind.UInt8 => "byte",
        TypeKind.Int16 => "short",
        TypeKind.UInt16 => "ushort",
        TypeKind.Int32 => "int",
        TypeKind.UInt32 => "uint",
        TypeKind.Int64 => "long",
        TypeKind.UInt64 => "ulong",
        TypeKind.Boolean => "bool",
        _ => type.Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>A spec value written back as compact JSON, for documentation and messages.</summary>
    private static string JsonText(SpecNode node)
    {
        var builder = new StringBuilder();
        Append(node, 0);
        return builder.ToString();

        void Append(SpecNode value, int depth)
        {
            if (depth > 16)
            {
                builder.Append('…');
                return;
            }

            switch (value)
            {
                case SpecScalar { Kind: ScalarKind.String } text:
                    builder.Append('"').Append(text.Text.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                    break;
                case SpecScalar scalar:
                    builder.Append(scalar.Text);
                    break;
                case SpecArray array:
                    builder.Append('[');
                    for (var i = 0; i < array.Items.Count; i++)
                    {
                        builder.Append(i == 0 ? string.Empty : ", ");
                        Append(array.Items[i], depth + 1);
                    }

                    builder.Append(']');
                    break;
                case SpecObject obj:
                    builder.Append('{');
                    for (var i = 0; i < obj.Properties.Count; i++)
                    {
                        builder.Append(i == 0 ? "\"" : ", \"").Append(obj.Properties[i].Name.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\": ");
                        Append(obj.Properties[i].Value, depth + 1);
                    }

                    builder.Append('}');
                    break;
            }
        }
    }
}
