using System.Collections.Generic;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>Emits an object schema: a class with one init property per schema property, and its JSON converter.</summary>
internal static class ObjectEmitter
{
    public static void Emit(SourceWriter writer, ObjectTypeModel type, string ns)
    {
        var converter = GeneratedNames.JsonConverter(type.Name);
        writer.Doc(type.Description ?? "The " + type.Name + " schema.");
        writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + CSharp.Qualified(ns, converter) + "))]");
        CSharp.Obsolete(writer, type.Deprecation);
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
                    + (property.Nullable ? ", may be null" : string.Empty)
                    + (property.Access == PropertyAccess.ReadOnly ? ", read-only: sent by the server, never by the client" : string.Empty)
                    + (property.Access == PropertyAccess.WriteOnly ? ", write-only: sent by the client, absent from responses" : string.Empty) + "."
                    + DefaultRemark(property) + "</remarks>");
                CSharp.Obsolete(writer, property.Deprecation);
                var typeName = property.IsOptionalInCode
                    ? CSharp.NullableTypeName(property.Type, ns)
                    : CSharp.TypeName(property.Type, ns);
                var required = property.IsOptionalInCode || property.IsDefaultedRequired ? string.Empty : "required ";
                writer.Line("public " + required + typeName + " " + property.Name + " { get; init; }"
                    + (property.IsDefaultedRequired ? " = " + CSharp.DefaultExpression(property.Type, property.Default!, ns) + ";" : string.Empty));
            }
        }

        writer.Line();
        writer.DocXml("Reads and writes <see cref=\"" + CSharp.Qualified(ns, type.Name) + "\"/> as JSON without reflection; unknown properties are skipped.");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Line(CSharp.GeneratedCodeAttribute);
        var qualified = CSharp.Qualified(ns, type.Name);
        using (writer.Open("public sealed class " + converter + " : global::System.Text.Json.Serialization.JsonConverter<" + qualified + ">"))
        {
            ModelEmitter.EmitConverterOverrides(writer, qualified);
            EmitReader(writer, type, ns, qualified);
            writer.Line();
            EmitWriter(writer, type, ns, qualified);
        }
    }

    /// <summary>The default in the property's remarks, and whether an absent response property reads as it.</summary>
    private static string DefaultRemark(PropertyModel property)
    {
        if (property.DefaultText is null && property.Default is null)
        {
            return string.Empty;
        }

        var text = property.DefaultText is null ? " The spec fixes it to its enum's only value" : " Default: <c>" + SourceWriter.EscapeXml(SourceWriter.OneLine(property.DefaultText)) + "</c>";
        return text + (property.Default is null ? "." : "; a response that leaves it out reads as this value.");
    }

    private static void EmitReader(SourceWriter writer, ObjectTypeModel type, string ns, string qualified)
    {
        var json = CSharp.Qualified(ns, GeneratedNames.ApiJson);
        // The method's scope: its parameter first, then one local per property (and one per required property).
        var scope = new NameScope(new[] { GeneratedNames.ReaderLocal });
        var reader = GeneratedNames.ReaderLocal;
        var locals = new Dictionary<PropertyModel, (string Value, string Seen)>();
        foreach (var property in type.Properties)
        {
            var value = scope.Allocate(GeneratedNames.PropertyLocal(property.Name));
            var seen = property.Required && !property.IsDefaultedRequired ? scope.Allocate(GeneratedNames.SeenLocal(property.Name)) : string.Empty;
            locals[property] = (value, seen);
        }

        writer.Doc("Reads the object at the reader's current token.");
        using (writer.Open("public static " + qualified + " " + GeneratedNames.ReadValue + "(ref global::System.Text.Json.Utf8JsonReader " + reader + ")"))
        {
            writer.Line(json + ".Expect(ref " + reader + ", global::System.Text.Json.JsonTokenType.StartObject, " + CSharp.Literal(type.Name) + ");");
            foreach (var property in type.Properties)
            {
                // An absent property reads as its default (a constant for a required single-value enum); an explicit null stays null.
                writer.Line(CSharp.NullableTypeName(property.Type, ns) + " " + locals[property].Value + " = "
                    + (property.Default is { } fallback ? CSharp.DefaultExpression(property.Type, fallback, ns) : "default") + ";");
                if (locals[property].Seen.Length > 0)
                {
                    writer.Line("var " + locals[property].Seen + " = false;");
                }
            }

            using (writer.Open("while (" + reader + ".Read() && " + reader + ".TokenType != global::System.Text.Json.JsonTokenType.EndObject)"))
            {
                foreach (var property in type.Properties)
                {
                    using (writer.Open("if (" + reader + ".ValueTextEquals(" + CSharp.Utf8Literal(property.JsonName) + "))"))
                    {
                        writer.Line(reader + ".Read();");
                        writer.Line(locals[property].Value + " = " + reader + ".TokenType == global::System.Text.Json.JsonTokenType.Null ? (" + CSharp.NullableTypeName(property.Type, ns) + ")null : "
                            + JsonCode.Read(property.Type, reader, ns) + ";");
                        if (locals[property].Seen.Length > 0)
                        {
                            writer.Line(locals[property].Seen + " = true;");
                        }

                        writer.Line("continue;");
                    }

                    writer.Line();
                }

                writer.Line(reader + ".Read();");
                writer.Line(reader + ".Skip();");
            }

            using (writer.Open("if (" + reader + ".TokenType != global::System.Text.Json.JsonTokenType.EndObject)"))
            {
                writer.Line("throw new global::System.Text.Json.JsonException(" + CSharp.Literal("The " + type.Name + " object is incomplete.") + ");");
            }

            foreach (var property in type.Properties.Where(p => p.Required))
            {
                var (value, seen) = locals[property];
                var condition = property.Nullable ? "!" + seen : property.IsDefaultedRequired ? value + " is null" : "!" + seen + " || " + value + " is null";
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
                    var value = locals[property].Value;
                    if (!property.IsOptionalInCode)
                    {
                        value += property.Type.IsValueType ? ".Value" : "!";
                    }

                    writer.Line(property.Name + " = " + value + ",");
                }
            }
        }
    }

    private static void EmitWriter(SourceWriter writer, ObjectTypeModel type, string ns, string qualified)
    {
        var scope = new NameScope(new[] { GeneratedNames.WriterLocal, GeneratedNames.ValueLocal });
        var output = GeneratedNames.WriterLocal;
        var value = GeneratedNames.ValueLocal;
        writer.Doc("Writes the object; optional properties that are null, and read-only ones, are left out.");
        using (writer.Open("public static void " + GeneratedNames.WriteValue + "(global::System.Text.Json.Utf8JsonWriter " + output + ", " + qualified + " " + value + ")"))
        {
            writer.Line(output + ".WriteStartObject();");
            foreach (var property in type.Properties.Where(p => p.Access != PropertyAccess.ReadOnly))
            {
                var name = CSharp.Utf8Literal(property.JsonName);
                if (!property.IsOptionalInCode)
                {
                    writer.Line(output + ".WritePropertyName(" + name + ");");
                    writer.Line(JsonCode.Write(property.Type, output, value + "." + property.Name, ns));
                    continue;
                }

                var local = scope.Allocate(GeneratedNames.PropertyLocal(property.Name));
                using (writer.Open("if (" + value + "." + property.Name + " is { } " + local + ")"))
                {
                    writer.Line(output + ".WritePropertyName(" + name + ");");
                    writer.Line(JsonCode.Write(property.Type, output, local, ns));
                }

                if (property.Required)
                {
                    using (writer.Open("else"))
                    {
                        writer.Line(output + ".WriteNull(" + name + ");");
                    }
                }
            }

            writer.Line(output + ".WriteEndObject();");
        }
    }
}
