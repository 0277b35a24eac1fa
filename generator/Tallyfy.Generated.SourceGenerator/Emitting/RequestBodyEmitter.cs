using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>Emits the statements that turn the body argument into the request's <c>HttpContent</c> (the method's content local).</summary>
internal static class RequestBodyEmitter
{
    public static void Emit(SourceWriter writer, ParameterModel body, RequestBodyModel model, string request, string ns, MethodLocals locals)
    {
        var name = body.Identifier;
        var content = locals.Content;
        writer.Line("global::System.Net.Http.HttpContent? " + content + " = null;");
        if (body.Required && !body.Type.IsValueType)
        {
            using (writer.Open("if (" + name + " is null)"))
            {
                writer.Line("throw new global::System.ArgumentNullException(nameof(" + name + "));");
            }
        }

        var value = body.Required ? name : locals.Value(body);
        var block = body.Required ? default(SourceWriter.Block?) : writer.Open("if (" + name + " is { } " + value + ")");
        switch (model.Kind)
        {
            case RequestBodyKind.Json:
                EmitJson(writer, body.Type, value, model.MediaType, request, ns, locals);
                break;
            case RequestBodyKind.Text:
                writer.Line(content + " = " + request + ".TextContent(" + value + ", " + CSharp.Literal(model.MediaType) + ");");
                break;
            case RequestBodyKind.Binary:
                writer.Line(content + " = " + request + ".StreamContent(" + value + ", " + CSharp.Literal(model.MediaType) + ");");
                break;
            default:
                if (model.Variants.IsEmpty)
                {
                    EmitForm(writer, model, model.Fields, value, request, ns, locals);
                    break;
                }

                // A union body: the fields of the variant held; a variant that is not an object goes as JSON.
                using (writer.Open("switch (" + value + ")"))
                {
                    foreach (var variant in model.Variants)
                    {
                        if (variant.Type.Kind != TypeKind.Object)
                        {
                            continue;
                        }

                        var held = locals.Allocate(GeneratedNames.VariantLocal);
                        writer.Line("case " + CSharp.Qualified(ns, body.Type.Name!) + "." + variant.CaseName + " " + held + ":");
                        using (writer.Open(string.Empty))
                        {
                            EmitForm(writer, model, variant.Fields, held + "." + GeneratedNames.Value, request, ns, locals);
                            writer.Line("break;");
                        }
                    }

                    writer.Line("default:");
                    using (writer.Open(string.Empty))
                    {
                        EmitJson(writer, body.Type, value, "application/json", request, ns, locals);
                        writer.Line("break;");
                    }
                }

                break;
        }

        block?.Dispose();
    }

    private static void EmitJson(SourceWriter writer, TypeRef type, string value, string mediaType, string request, string ns, MethodLocals locals) =>
        writer.Line(locals.Content + " = " + request + ".JsonContent(" + CSharp.Qualified(ns, GeneratedNames.ApiJson) + ".Write(" + value
            + ", static (" + locals.Writer + ", " + locals.LambdaValue + ") => " + JsonCode.Write(type, locals.Writer, locals.LambdaValue, ns).TrimEnd(';') + "), " + CSharp.Literal(mediaType) + ");");

    private static void EmitForm(SourceWriter writer, RequestBodyModel model, EquatableArray<PropertyModel> fields, string value, string request, string ns, MethodLocals locals)
    {
        if (model.Kind == RequestBodyKind.FormUrlEncoded)
        {
            var form = locals.Form;
            writer.Line("var " + form + " = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();");
            EmitFields(writer, model.Kind, fields, value, request, ns, locals, (field, text) =>
                form + ".Add(new global::System.Collections.Generic.KeyValuePair<string, string>(" + CSharp.Literal(field.JsonName) + ", " + text + "));");
            writer.Line(locals.Content + " = new global::System.Net.Http.FormUrlEncodedContent(" + form + ");");
        }
        else
        {
            var multipart = locals.Multipart;
            writer.Line("var " + multipart + " = new global::System.Net.Http.MultipartFormDataContent();");
            EmitFields(writer, model.Kind, fields, value, request, ns, locals, (field, text) =>
                multipart + ".Add(new global::System.Net.Http.StringContent(" + text + "), " + CSharp.Literal(field.JsonName) + ");");
            writer.Line(locals.Content + " = " + multipart + ";");
        }
    }

    /// <summary>One statement per field: files as file parts, arrays as repeated fields, objects as JSON text.</summary>
    private static void EmitFields(
        SourceWriter writer,
        RequestBodyKind kind,
        EquatableArray<PropertyModel> fields,
        string body,
        string request,
        string ns,
        MethodLocals locals,
        System.Func<PropertyModel, string, string> add)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var local = locals.Allocate(GeneratedNames.FieldLocal(i));
            using (writer.Open("if (" + body + "." + field.Name + " is { } " + local + ")"))
            {
                if (field.Type.Kind == TypeKind.Binary)
                {
                    writer.Line(kind == RequestBodyKind.Multipart
                        ? locals.Multipart + ".Add(" + request + ".FileContent(" + local + "), " + CSharp.Literal(field.JsonName) + ", " + local + ".FileName);"
                        : add(field, request + ".Format(" + local + ")"));
                }
                else if (field.Type.Kind == TypeKind.Array && field.Type.Item!.Kind is not (TypeKind.Object or TypeKind.Union or TypeKind.Map or TypeKind.Array or TypeKind.Any))
                {
                    using (writer.Open("foreach (var " + locals.Item + " in " + local + ")"))
                    {
                        writer.Line(add(field, Text(field.Type.Item!, locals.Item, request, ns, locals)));
                    }
                }
                else
                {
                    writer.Line(add(field, Text(field.Type, local, request, ns, locals)));
                }
            }
        }
    }

    private static string Text(TypeRef type, string value, string request, string ns, MethodLocals locals) => type.Kind switch
    {
        TypeKind.Enum => request + ".Format(" + value + "." + GeneratedNames.Value + ")",
        TypeKind.DateTimeRfc1123 => CSharp.Qualified(ns, GeneratedNames.ApiJson) + ".FormatRfc1123(" + value + ")",
        TypeKind.Base64Url => CSharp.Qualified(ns, GeneratedNames.ApiJson) + ".FormatBase64Url(" + value + ")",
        TypeKind.Object or TypeKind.Union or TypeKind.Map or TypeKind.Array => "global::System.Text.Encoding.UTF8.GetString(" + CSharp.Qualified(ns, GeneratedNames.ApiJson)
            + ".Write(" + value + ", static (" + locals.Writer + ", " + locals.Item + ") => " + JsonCode.Write(type, locals.Writer, locals.Item, ns).TrimEnd(';') + "))",
        _ => request + ".Format(" + value + ")",
    };
}
