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
        writer.Line("/// <remarks>Open: an unlisted <see cref=\"" + valueMember + "\"/> is kept (<see cref=\"" + GeneratedNames.IsKnown + "\"/> is false).</remarks>");
        writer.Line(ModelEmitter.ConverterAttribute(ns, type.Name));
        CSharp.Obsolete(writer, type.Deprecation);
        writer.Line(CSharp.GeneratedCodeAttribute);
        using (writer.Open("public readonly partial struct " + type.Name + ModelEmitter.BaseList(ns, qualified, "global::System.IEquatable<" + qualified + ">")))
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

                if (integer)
                {
                    writer.Line($"public static {qualified} {member.Name} {{ get; }} = new({member.Value}L);");
                }
                else
                {
                    writer.Line($"public static {qualified} {member.Name} {{ get; }} = new({CSharp.Literal(member.Value)});");
                }
            }

            writer.Line();
            writer.StartLine().Part("public static global::System.Collections.Generic.IReadOnlyList<").Part(qualified).Part("> ").Part(GeneratedNames.KnownValues)
                .Part(" { get; } = new ").Part(qualified).Part("[] { ");
            for (var i = 0; i < type.Members.Count; i++)
            {
                writer.Part(i == 0 ? string.Empty : ", ").Part(type.Members[i].Name);
            }

            writer.Part(" };").EndParts();
            writer.Line();
            writer.Line(integer ? "public long " + valueMember + " => " + field + ";" : "public string " + valueMember + " => " + field + " ?? string.Empty;");
            writer.Line();
            if (type.Members.Count == 0)
            {
                writer.Line($"public bool {GeneratedNames.IsKnown} => false;");
            }
            else
            {
                writer.StartLine().Part("public bool ").Part(GeneratedNames.IsKnown).Part(" => ").Part(valueMember).Part(" is ");
                for (var i = 0; i < type.Members.Count; i++)
                {
                    writer.Part(i == 0 ? string.Empty : " or ").Part(integer ? type.Members[i].Value : CSharp.Literal(type.Members[i].Value));
                }

                writer.Part(";").EndParts();
            }
            writer.Line();
            // A string's == and GetHashCode are ordinal.
            writer.Line($"public bool Equals({qualified} other) => {valueMember} == other.{valueMember};");
            writer.Line($"public override bool Equals(object? obj) => obj is {qualified} other && Equals(other);");
            writer.Line($"public override int GetHashCode() => {valueMember}.GetHashCode();");
            writer.Line(integer
                ? "public override string ToString() => " + valueMember + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture);"
                : "public override string ToString() => " + valueMember + ";");
            writer.Line($"public static bool operator ==({qualified} a, {qualified} b) => a.Equals(b);");
            writer.Line($"public static bool operator !=({qualified} a, {qualified} b) => !a.Equals(b);");
            writer.Line($"public static implicit operator {qualified}({valueType} value) => new(value);");
            writer.Line();
            writer.Line(ModelEmitter.ReadSignature(ns, qualified) + " => new(" + (integer ? "reader.GetInt64()" : "reader.GetString()!") + ");");
            writer.Line(ModelEmitter.WriteSignature(ns, qualified, "writer", "value") + " => writer." + (integer ? "WriteNumberValue" : "WriteStringValue") + "(value." + valueMember + ");");
        }
    }
}
