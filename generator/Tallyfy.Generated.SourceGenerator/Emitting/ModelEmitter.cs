using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>Emits one file per schema type, dispatching on its kind: a new kind is one record and one emitter.</summary>
internal static class ModelEmitter
{
    public static string Emit(TypeModel type, string ns, bool closed = false)
    {
        var writer = new SourceWriter();
        CSharp.FileHeader(writer);
        writer.Line("namespace " + ns + ";");
        writer.Line();
        Emit(writer, type, ns, closed);
        return writer.ToString();
    }

    /// <summary>Writes the type alone, after the file's header (several types may share a file).</summary>
    public static void Emit(SourceWriter writer, TypeModel type, string ns, bool closed = false, bool allowMissingRequired = false)
    {
        switch (type)
        {
            case ObjectTypeModel objectType:
                ObjectEmitter.Emit(writer, objectType, ns, closed, allowMissingRequired);
                break;
            case EnumTypeModel enumType:
                EnumEmitter.Emit(writer, enumType, ns);
                break;
            case UnionTypeModel unionType:
                UnionTypeEmitter.Emit(writer, unionType, ns, closed);
                break;
        }
    }

    /// <summary>
    /// The base list of a generated type: its base (if any) and the support's <c>ApiJsonModel&lt;T&gt;</c>, which the type
    /// implements explicitly, so the reader and writer are its own static members without showing among them, and the
    /// one generic <c>ApiJsonConverter&lt;T&gt;</c> hands them to System.Text.Json.
    /// </summary>
    internal static string BaseList(string ns, string qualified, string? baseName) =>
        " : " + (baseName is null ? string.Empty : baseName + ", ") + Interface(ns, qualified);

    /// <summary>The <c>[JsonConverter]</c> attribute of a generated type: the support's generic converter of it.</summary>
    internal static string ConverterAttribute(string ns, string typeName) =>
        "[global::System.Text.Json.Serialization.JsonConverter(typeof(" + Converter(ns, CSharp.Qualified(ns, typeName)) + "))]";

    /// <summary>The signature of the type's reader, the explicit implementation of <c>ApiJsonModel&lt;T&gt;.Read</c>.</summary>
    internal static string ReadSignature(string ns, string qualified, string reader = GeneratedNames.ReaderLocal) =>
        "static " + qualified + " " + Interface(ns, qualified) + ".Read(ref global::System.Text.Json.Utf8JsonReader " + reader + ")";

    /// <summary>The signature of the type's writer, the explicit implementation of <c>ApiJsonModel&lt;T&gt;.Write</c>.</summary>
    internal static string WriteSignature(string ns, string qualified, string writer, string value) =>
        "static void " + Interface(ns, qualified) + ".Write(global::System.Text.Json.Utf8JsonWriter " + writer + ", " + qualified + " " + value + ")";

    /// <summary>The support's converter of a generated type, whose static <c>ReadValue</c>/<c>WriteValue</c> (and <c>Reader</c>/<c>Writer</c> delegates) the generated code calls.</summary>
    internal static string Converter(string ns, string qualified) =>
        CSharp.Qualified(ns, GeneratedNames.ApiJsonConverter) + "<" + qualified + ">";

    private static string Interface(string ns, string qualified) =>
        CSharp.Qualified(ns, GeneratedNames.ApiJsonModel) + "<" + qualified + ">";
}
