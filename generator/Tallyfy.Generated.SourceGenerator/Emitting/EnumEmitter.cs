using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>Emits an enum schema as an open enum struct (any value is kept; <c>IsKnown</c> tells the listed ones) and its converter.</summary>
internal static class EnumEmitter
{
    public static void Emit(SourceWriter writer, EnumTypeModel type, string ns)
    {
        var qualified = CSharp.Qualified(ns, type.Name);
        var integer = type.IsInteger;
        var valueType = integer ? "long" : "string";
        var field = GeneratedNames.EnumValueField;
        var valueMember = GeneratedNames.Value;
        writer.Doc(type.Description);
        // What the members are, said once for all of them.
        writer.Line("/// <remarks>Open: an unlisted value is kept. <see cref=\"" + valueMember + "\"/> is the wire value; <see cref=\""
            + GeneratedNames.KnownValues + "\"/> and <see cref=\"" + GeneratedNames.IsKnown + "\"/> tell the listed ones.</remarks>");
        writer.Line(ModelEmitter.ConverterAttribute(ns, type.Name));
        CSharp.Obsolete(writer, type.Deprecation);
        writer.Line(CSharp.GeneratedCodeAttribute);
        using (writer.Open("public readonly partial struct " + type.Name + " : global::System.IEquatable<" + qualified + ">"))
        {
            writer.Line(integer ? "private readonly long " + field + ";" : "private readonly string? " + field + ";");
            writer.Line();
            writer.Line("public " + type.Name + "(" + valueType + " value) => " + (integer ? field + " = value;" : field + " = value ?? throw new global::System.ArgumentNullException(nameof(value));"));
            foreach (var member in type.Members)
            {
                // The wire value, unless the name is plainly it.
                if (integer || !ObjectEmitter.IsPlainName(member.Value, member.Name))
                {
                    writer.DocXml("<c>" + SourceWriter.EscapeXml(member.Value) + "</c>");
                }

                writer.Line("public static " + qualified + " " + member.Name + " { get; } = new(" + (integer ? member.Value + "L" : CSharp.Literal(member.Value)) + ");");
            }

            writer.Line();
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + qualified + "> " + GeneratedNames.KnownValues + " { get; } = new " + qualified + "[] { "
                + string.Join(", ", type.Members.Select(m => m.Name)) + " };");
            writer.Line();
            writer.Line(integer ? "public long " + valueMember + " => " + field + ";" : "public string " + valueMember + " => " + field + " ?? string.Empty;");
            writer.Line();
            writer.Line(type.Members.Count == 0
                ? "public bool " + GeneratedNames.IsKnown + " => false;"
                : "public bool " + GeneratedNames.IsKnown + " => " + valueMember + " is " + string.Join(" or ", type.Members.Select(m => integer ? m.Value : CSharp.Literal(m.Value))) + ";");
            writer.Line();
            writer.Line(integer
                ? "public bool Equals(" + qualified + " other) => " + valueMember + " == other." + valueMember + ";"
                : "public bool Equals(" + qualified + " other) => string.Equals(" + valueMember + ", other." + valueMember + ", global::System.StringComparison.Ordinal);");
            writer.Line("public override bool Equals(object? obj) => obj is " + qualified + " other && Equals(other);");
            writer.Line(integer
                ? "public override int GetHashCode() => " + valueMember + ".GetHashCode();"
                : "public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(" + valueMember + ");");
            writer.Line(integer
                ? "public override string ToString() => " + valueMember + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture);"
                : "public override string ToString() => " + valueMember + ";");
            writer.Line("public static bool operator ==(" + qualified + " left, " + qualified + " right) => left.Equals(right);");
            writer.Line("public static bool operator !=(" + qualified + " left, " + qualified + " right) => !left.Equals(right);");
            writer.Line("public static implicit operator " + qualified + "(" + valueType + " value) => new(value);");
        }

        using (ModelEmitter.OpenConverter(writer, type.Name, ns, isStruct: true))
        {
            writer.Line(ModelEmitter.ReadSignature(ns, qualified) + " => new(" + (integer ? "reader.GetInt64()" : "reader.GetString()!") + ");");
            writer.Line(ModelEmitter.WriteSignature(ns, qualified, "writer", "value") + " => writer." + (integer ? "WriteNumberValue" : "WriteStringValue") + "(value." + valueMember + ");");
        }
    }
}
