using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>Emits one file per schema type: the model class (or open enum struct) and its JSON converter.</summary>
internal static class ModelEmitter
{
    public static string Emit(TypeModel type, string ns)
    {
        var writer = new SourceWriter();
        CSharp.FileHeader(writer);
        writer.Line("namespace " + ns + ";");
        writer.Line();
        switch (type.Kind)
        {
            case TypeModelKind.Enum:
                EmitEnum(writer, type, ns);
                break;
            case TypeModelKind.Union:
                UnionTypeEmitter.Emit(writer, type, ns);
                break;
            default:
                EmitObject(writer, type, ns);
                break;
        }

        return writer.ToString();
    }

    private static void EmitObject(SourceWriter writer, TypeModel type, string ns)
    {
        var converter = JsonCode.ConverterName(type.Name);
        writer.Doc(type.Description ?? "The " + type.Name + " schema.");
        writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + CSharp.Qualified(ns, converter) + "))]");
        writer.Line(CSharp.GeneratedCodeAttribute);
        using (writer.Open("public sealed partial class " + type.Name))
        {
            var first = true;
            foreach (var property in type.Properties)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                writer.Doc(property.Description);
                writer.Line("/// <remarks>JSON name: <c>" + SourceWriter.EscapeXml(property.JsonName) + "</c>"
                    + (property.Required ? ", required" : string.Empty)
                    + (property.Nullable ? ", may be null" : string.Empty) + ".</remarks>");
                var typeName = property.IsOptionalInCode
                    ? CSharp.NullableTypeName(property.Type, ns)
                    : CSharp.TypeName(property.Type, ns);
                var required = property.IsOptionalInCode ? string.Empty : "required ";
                writer.Line("public " + required + typeName + " " + property.Name + " { get; init; }");
            }
        }

        writer.Line();
        writer.DocXml("Reads and writes <see cref=\"" + CSharp.Qualified(ns, type.Name) + "\"/> as JSON without reflection; unknown properties are skipped.");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Line(CSharp.GeneratedCodeAttribute);
        var qualified = CSharp.Qualified(ns, type.Name);
        using (writer.Open("public sealed class " + converter + " : global::System.Text.Json.Serialization.JsonConverter<" + qualified + ">"))
        {
            EmitConverterOverrides(writer, qualified);
            EmitObjectReader(writer, type, ns, qualified);
            writer.Line();
            EmitObjectWriter(writer, type, ns, qualified);
        }
    }

    private static void EmitObjectReader(SourceWriter writer, TypeModel type, string ns, string qualified)
    {
        var json = CSharp.Qualified(ns, SupportEmitter.JsonClass);
        writer.Doc("Reads the object at the reader's current token.");
        using (writer.Open("public static " + qualified + " ReadValue(ref global::System.Text.Json.Utf8JsonReader reader)"))
        {
            writer.Line(json + ".Expect(ref reader, global::System.Text.Json.JsonTokenType.StartObject, " + CSharp.Literal(type.Name) + ");");
            foreach (var property in type.Properties)
            {
                writer.Line(CSharp.NullableTypeName(property.Type, ns) + " " + Local(property) + " = default;");
                if (property.Required)
                {
                    writer.Line("var " + Seen(property) + " = false;");
                }
            }

            using (writer.Open("while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)"))
            {
                foreach (var property in type.Properties)
                {
                    using (writer.Open("if (reader.ValueTextEquals(" + CSharp.Utf8Literal(property.JsonName) + "))"))
                    {
                        writer.Line("reader.Read();");
                        writer.Line(Local(property) + " = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? (" + CSharp.NullableTypeName(property.Type, ns) + ")null : "
                            + JsonCode.Read(property.Type, "reader", ns) + ";");
                        if (property.Required)
                        {
                            writer.Line(Seen(property) + " = true;");
                        }

                        writer.Line("continue;");
                    }

                    writer.Line();
                }

                writer.Line("reader.Read();");
                writer.Line("reader.Skip();");
            }

            using (writer.Open("if (reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)"))
            {
                writer.Line("throw new global::System.Text.Json.JsonException(" + CSharp.Literal("The " + type.Name + " object is incomplete.") + ");");
            }

            foreach (var property in type.Properties.Where(p => p.Required))
            {
                var condition = property.Nullable ? "!" + Seen(property) : "!" + Seen(property) + " || " + Local(property) + " is null";
                using (writer.Open("if (" + condition + ")"))
                {
                    writer.Line("throw " + json + ".MissingProperty(" + CSharp.Literal(type.Name) + ", " + CSharp.Literal(property.JsonName) + ");");
                }
            }

            if (type.Properties.Count == 0)
            {
                writer.Line("return new " + qualified + "();");
                return;
            }

            using (writer.OpenExpression("return new " + qualified))
            {
                foreach (var property in type.Properties)
                {
                    var value = Local(property);
                    if (!property.IsOptionalInCode)
                    {
                        value += property.Type.IsValueType ? ".Value" : "!";
                    }

                    writer.Line(property.Name + " = " + value + ",");
                }
            }
        }
    }

    private static void EmitObjectWriter(SourceWriter writer, TypeModel type, string ns, string qualified)
    {
        writer.Doc("Writes the object; optional properties that are null are left out.");
        using (writer.Open("public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, " + qualified + " value)"))
        {
            writer.Line("writer.WriteStartObject();");
            foreach (var property in type.Properties)
            {
                var name = CSharp.Utf8Literal(property.JsonName);
                if (!property.IsOptionalInCode)
                {
                    writer.Line("writer.WritePropertyName(" + name + ");");
                    writer.Line(JsonCode.Write(property.Type, "writer", "value." + property.Name, ns));
                    continue;
                }

                var local = Local(property);
                using (writer.Open("if (value." + property.Name + " is { } " + local + ")"))
                {
                    writer.Line("writer.WritePropertyName(" + name + ");");
                    writer.Line(JsonCode.Write(property.Type, "writer", local, ns));
                }

                if (property.Required)
                {
                    using (writer.Open("else"))
                    {
                        writer.Line("writer.WriteNull(" + name + ");");
                    }
                }
            }

            writer.Line("writer.WriteEndObject();");
        }
    }

    private static void EmitEnum(SourceWriter writer, TypeModel type, string ns)
    {
        var converter = JsonCode.ConverterName(type.Name);
        var qualified = CSharp.Qualified(ns, type.Name);
        var integer = type.IntegerEnum;
        var valueType = integer ? "long" : "string";
        writer.Doc(type.Description ?? "The " + type.Name + " values.");
        writer.Line("/// <remarks>An open set: a value the spec does not list is kept as it is (see <see cref=\"IsKnown\"/>), so a new value on the server never fails a response.</remarks>");
        writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + CSharp.Qualified(ns, converter) + "))]");
        writer.Line(CSharp.GeneratedCodeAttribute);
        using (writer.Open("public readonly partial struct " + type.Name + " : global::System.IEquatable<" + qualified + ">"))
        {
            writer.Line(integer ? "private readonly long _value;" : "private readonly string? _value;");
            writer.Line();
            writer.Doc("Wraps any value, listed in the spec or not.");
            using (writer.Open("public " + type.Name + "(" + valueType + " value)"))
            {
                writer.Line(integer ? "_value = value;" : "_value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            }

            foreach (var member in type.EnumMembers)
            {
                writer.Line();
                writer.DocXml("<c>" + SourceWriter.EscapeXml(member.Value) + "</c>");
                writer.Line("public static " + qualified + " " + member.Name + " { get; } = new(" + (integer ? member.Value + "L" : CSharp.Literal(member.Value)) + ");");
            }

            writer.Line();
            writer.Doc("The values the spec lists.");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + qualified + "> KnownValues { get; } = new " + qualified + "[] { "
                + string.Join(", ", type.EnumMembers.Select(m => m.Name)) + " };");
            writer.Line();
            writer.Doc("The value as sent on the wire.");
            writer.Line(integer ? "public long Value => _value;" : "public string Value => _value ?? string.Empty;");
            writer.Line();
            writer.Doc("Whether the spec lists this value.");
            writer.Line(type.EnumMembers.Count == 0
                ? "public bool IsKnown => false;"
                : "public bool IsKnown => Value is " + string.Join(" or ", type.EnumMembers.Select(m => integer ? m.Value : CSharp.Literal(m.Value))) + ";");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line(integer
                ? "public bool Equals(" + qualified + " other) => Value == other.Value;"
                : "public bool Equals(" + qualified + " other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public override bool Equals(object? obj) => obj is " + qualified + " other && Equals(other);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line(integer
                ? "public override int GetHashCode() => Value.GetHashCode();"
                : "public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line(integer
                ? "public override string ToString() => Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);"
                : "public override string ToString() => Value;");
            writer.Line();
            writer.Line("public static bool operator ==(" + qualified + " left, " + qualified + " right) => left.Equals(right);");
            writer.Line();
            writer.Line("public static bool operator !=(" + qualified + " left, " + qualified + " right) => !left.Equals(right);");
            writer.Line();
            writer.Line("public static implicit operator " + qualified + "(" + valueType + " value) => new(value);");
        }

        writer.Line();
        writer.DocXml("Reads and writes <see cref=\"" + qualified + "\"/> as a JSON " + (integer ? "number" : "string") + "; any value is accepted.");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Line(CSharp.GeneratedCodeAttribute);
        using (writer.Open("public sealed class " + converter + " : global::System.Text.Json.Serialization.JsonConverter<" + qualified + ">"))
        {
            EmitConverterOverrides(writer, qualified);
            writer.Line("public static " + qualified + " ReadValue(ref global::System.Text.Json.Utf8JsonReader reader) => new(" + (integer ? "reader.GetInt64()" : "reader.GetString()!") + ");");
            writer.Line();
            writer.Line("public static void WriteValue(global::System.Text.Json.Utf8JsonWriter writer, " + qualified + " value) => writer." + (integer ? "WriteNumberValue" : "WriteStringValue") + "(value.Value);");
        }
    }

    /// <summary>The JsonConverter overrides, so System.Text.Json users get the same reflection-free code.</summary>
    internal static void EmitConverterOverrides(SourceWriter writer, string qualified)
    {
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override " + qualified + " Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) =>");
        writer.Line("    ReadValue(ref reader);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override void Write(global::System.Text.Json.Utf8JsonWriter writer, " + qualified + " value, global::System.Text.Json.JsonSerializerOptions options) =>");
        writer.Line("    WriteValue(writer, value);");
        writer.Line();
    }

    private static string Local(PropertyModel property) => "_" + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);

    private static string Seen(PropertyModel property) => Local(property) + "Seen";
}
