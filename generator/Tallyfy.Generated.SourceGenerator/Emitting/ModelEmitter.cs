using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>Emits one file per schema type, dispatching on its kind: a new kind is one record and one emitter.</summary>
internal static class ModelEmitter
{
    public static string Emit(TypeModel type, string ns)
    {
        var writer = new SourceWriter();
        CSharp.FileHeader(writer);
        writer.Line("namespace " + ns + ";");
        writer.Line();
        Emit(writer, type, ns);
        return writer.ToString();
    }

    /// <summary>Writes the type alone, after the file's header (several types may share a file).</summary>
    public static void Emit(SourceWriter writer, TypeModel type, string ns)
    {
        switch (type)
        {
            case ObjectTypeModel objectType:
                ObjectEmitter.Emit(writer, objectType, ns);
                break;
            case EnumTypeModel enumType:
                EnumEmitter.Emit(writer, enumType, ns);
                break;
            case UnionTypeModel unionType:
                UnionTypeEmitter.Emit(writer, unionType, ns);
                break;
        }
    }

    /// <summary>The JsonConverter overrides, so System.Text.Json users get the same reflection-free code.</summary>
    internal static void EmitConverterOverrides(SourceWriter writer, string qualified)
    {
        // The parameter names are the base class's own; ReadValue and WriteValue are members the type scope owns.
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override " + qualified + " Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) =>");
        writer.Line("    " + GeneratedNames.ReadValue + "(ref reader);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override void Write(global::System.Text.Json.Utf8JsonWriter writer, " + qualified + " value, global::System.Text.Json.JsonSerializerOptions options) =>");
        writer.Line("    " + GeneratedNames.WriteValue + "(writer, value);");
        writer.Line();
    }
}
