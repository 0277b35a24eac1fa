using System.Collections.Generic;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// Emits an object schema: a class with one init property per schema property (in a hierarchy, the ones its base class
/// does not declare), a dictionary of the members the schema does not declare, and its JSON converter.
/// </summary>
internal static class ObjectEmitter
{
    public static void Emit(SourceWriter writer, ObjectTypeModel type, string ns)
    {
        var converter = GeneratedNames.JsonConverter(type.Name);
        var hierarchy = type.Hierarchy;
        writer.Doc(type.Description ?? "The " + type.Name + " schema.");
        writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + CSharp.Qualified(ns, converter) + "))]");
        CSharp.Obsolete(writer, type.Deprecation);
        writer.Line(CSharp.GeneratedCodeAttribute);
        using (writer.Open("public " + ClassModifiers(type) + "partial class " + type.Name + (hierarchy?.BaseName is { } baseName ? " : " + CSharp.Qualified(ns, baseName) : string.Empty)))
        {
            var first = true;
            if (hierarchy is not null)
            {
                HierarchyEmitter.EmitConstructor(writer, type, hierarchy, ns);
                first = false;
            }

            foreach (var property in type.Properties.Skip(type.InheritedCount))
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
                    + (property.Access == PropertyAccess.WriteOnly ? ", write-only: sent by the client, absent from responses" : string.Empty)
                    + (property.JsonName == hierarchy?.DiscriminatorJsonName ? ", the discriminator: each derived class sets its own value" : string.Empty) + "."
                    + DefaultRemark(property) + "</remarks>");
                CSharp.Obsolete(writer, property.Deprecation);
                var typeName = property.IsOptionalInCode
                    ? CSharp.NullableTypeName(property.Type, ns)
                    : CSharp.TypeName(property.Type, ns);
                var required = property.IsOptionalInCode || property.IsDefaultedRequired ? string.Empty : "required ";
                writer.Line("public " + required + typeName + " " + property.Name + " { get; init; }"
                    + (property.IsDefaultedRequired ? " = " + CSharp.DefaultExpression(property.Type, property.Default!, ns) + ";" : string.Empty));
            }

            if (type.Extra is { Inherited: false } extra)
            {
                if (!first)
                {
                    writer.Line();
                }

                writer.Doc("The members the schema does not declare, kept as received and written back after the declared ones; null when there are none.");
                writer.Line("public " + ExtraDictionary(extra, ns, "IDictionary") + "? " + extra.Name + " { get; init; }");
            }

            if (hierarchy is { Closed: true })
            {
                HierarchyEmitter.EmitClosedMembers(writer, type, hierarchy, ns);
            }
        }

        writer.Line();
        writer.DocXml("Reads and writes <see cref=\"" + CSharp.Qualified(ns, type.Name) + "\"/> as JSON without reflection; members the schema does not declare are kept"
            + (hierarchy is { Descendants.Count: > 0 } ? ", and a body is read as the derived class its discriminator names" : string.Empty) + ".");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Line(CSharp.GeneratedCodeAttribute);
        var qualified = CSharp.Qualified(ns, type.Name);
        using (writer.Open("public sealed class " + converter + " : global::System.Text.Json.Serialization.JsonConverter<" + qualified + ">"))
        {
            ModelEmitter.EmitConverterOverrides(writer, qualified);
            if (hierarchy is { Descendants.Count: > 0 })
            {
                HierarchyEmitter.EmitDispatchingReader(writer, hierarchy, ns, qualified);
                writer.Line();
                EmitReader(writer, type, ns, qualified, GeneratedNames.ReadCore);
            }
            else
            {
                EmitReader(writer, type, ns, qualified, GeneratedNames.ReadValue);
            }

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

    private static string ClassModifiers(ObjectTypeModel type) => type.Hierarchy switch
    {
        null => "sealed ",
        { Closed: true } => "abstract ",
        { HasChildren: true } => string.Empty,
        _ => "sealed ",
    };

    /// <summary>The dictionary type of the undeclared members (<c>IDictionary</c> in the class, <c>Dictionary</c> while reading).</summary>
    internal static string ExtraDictionary(ExtraMembersModel extra, string ns, string kind) =>
        "global::System.Collections.Generic." + kind + "<string, "
        + (extra.ValueNullable ? CSharp.NullableTypeName(extra.ValueType, ns) : CSharp.TypeName(extra.ValueType, ns)) + ">";

    private static void EmitReader(SourceWriter writer, ObjectTypeModel type, string ns, string qualified, string method)
    {
        var json = CSharp.Qualified(ns, GeneratedNames.ApiJson);
        // The method's scope: its parameter first, then one local per property (and one per required property).
        var scope = new NameScope(new[] { GeneratedNames.ReaderLocal });
        var reader = GeneratedNames.ReaderLocal;
        var locals = new Dictionary<PropertyModel, (string Value, string Seen)>(ReferenceComparer<PropertyModel>.Instance);
        foreach (var property in type.Properties)
        {
            var value = scope.Allocate(GeneratedNames.PropertyLocal(property.Name));
            var seen = property.Required && !property.IsDefaultedRequired ? scope.Allocate(GeneratedNames.SeenLocal(property.Name)) : string.Empty;
            locals[property] = (value, seen);
        }

        var extraLocal = type.Extra is { } extraMembers ? scope.Allocate(GeneratedNames.PropertyLocal(extraMembers.Name)) : null;
        // A closed hierarchy's root is abstract: a value it reads itself is its Unknown case.
        var created = type.Hierarchy is { Closed: true } ? qualified + "." + GeneratedNames.Unknown : qualified;

        writer.Doc(method == GeneratedNames.ReadValue ? "Reads the object at the reader's current token." : "Reads the object at the reader's current token as this type, whatever its discriminator says.");
        using (writer.Open("public static " + qualified + " " + method + "(ref global::System.Text.Json.Utf8JsonReader " + reader + ")"))
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

            if (type.Extra is { } extraDeclared)
            {
                writer.Line(ExtraDictionary(extraDeclared, ns, "Dictionary") + "? " + extraLocal + " = null;");
            }

            using (writer.Open("while (" + reader + ".Read() && " + reader + ".TokenType != global::System.Text.Json.JsonTokenType.EndObject)"))
            {
                foreach (var property in type.Properties)
                {
                    using (writer.Open("if (" + reader + ".ValueTextEquals(" + CSharp.Utf8Literal(property.JsonName) + "))"))
                    {
                        // The local is nullable, so the conditional takes its type; a generated struct keeps the cast, since its
                        // implicit conversion from string would otherwise turn the null into a value.
                        var none = property.Type.IsValueType && property.Type.Kind is TypeKind.Enum or TypeKind.Union or TypeKind.Object
                            ? "(" + CSharp.NullableTypeName(property.Type, ns) + ")null"
                            : "null";
                        writer.Line(locals[property].Value + " = " + CSharp.Qualified(ns, GeneratedNames.ApiJson) + ".ReadIsNull(ref " + reader + ") ? " + none + " : "
                            + JsonCode.Read(property.Type, reader, ns) + ";");
                        if (locals[property].Seen.Length > 0)
                        {
                            writer.Line(locals[property].Seen + " = true;");
                        }

                        writer.Line("continue;");
                    }

                    writer.Line();
                }

                if (type.Extra is { } extraRead)
                {
                    writer.Line(JsonCode.ReadMember(extraRead, reader, extraLocal!, ns));
                }
                else
                {
                    writer.Line(reader + ".Read();");
                    writer.Line(reader + ".Skip();");
                }
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

            if (type.Properties.Count == 0 && type.Extra is null)
            {
                writer.Line("return new " + created + "();");
                return;
            }

            using (writer.OpenExpression("return new " + created))
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

                if (type.Extra is { } extra)
                {
                    writer.Line(extra.Name + " = " + extraLocal + ",");
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
            if (type.Hierarchy is { } hierarchy)
            {
                HierarchyEmitter.EmitWriteDispatch(writer, type.Name, hierarchy, ns, output, value, scope);
            }

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

            if (type.Extra is { } extra)
            {
                var local = scope.Allocate(GeneratedNames.PropertyLocal(extra.Name));
                using (writer.Open("if (" + value + "." + extra.Name + " is { } " + local + ")"))
                {
                    writer.Line(JsonCode.WriteMembers(extra, output, local, ns));
                }
            }

            writer.Line(output + ".WriteEndObject();");
        }
    }
}
