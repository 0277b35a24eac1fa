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
    public static void Emit(SourceWriter writer, TypeModel type, string ns, bool closed = false)
    {
        switch (type)
        {
            case ObjectTypeModel objectType:
                ObjectEmitter.Emit(writer, objectType, ns, closed);
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
    /// Opens a type's converter: a class deriving from the support base, which hands System.Text.Json the type's static
    /// <c>ReadValue</c>/<c>WriteValue</c> (the result unions call them directly), so the same reflection-free code serves both.
    /// </summary>
    internal static SourceWriter.Block OpenConverter(SourceWriter writer, string typeName, string ns)
    {
        var converter = GeneratedNames.JsonConverter(typeName);
        writer.Line();

        // No doc comment: the class is hidden from IntelliSense, and its one job is in its name and base class.
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Line(CSharp.GeneratedCodeAttribute);
        var block = writer.Open("public sealed class " + converter + " : " + CSharp.Qualified(ns, GeneratedNames.ApiJsonConverter) + "<" + CSharp.Qualified(ns, typeName) + ">");
        writer.Line("public " + converter + "() : base(" + GeneratedNames.ReadValue + ", " + GeneratedNames.WriteValue + ") { }");
        writer.Line();
        return block;
    }
}
