using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>Emits the statements that turn the body argument into the request's <c>HttpContent</c> (a local named <c>content</c>).</summary>
internal static class RequestBodyEmitter
{
    public static void Emit(SourceWriter writer, ParameterModel body, RequestBodyModel model, string request, string ns)
    {
        var name = body.Identifier;
        var mediaType = CSharp.Literal(model.MediaType);
        writer.Line("global::System.Net.Http.HttpContent? content = null;");
        if (body.Required && !body.Type.IsValueType)
        {
            using (writer.Open("if (" + name + " is null)"))
            {
                writer.Line("throw new global::System.ArgumentNullException(nameof(" + name + "));");
            }
        }

        var value = body.Required ? name : "bodyValue";
        var block = body.Required ? default(SourceWriter.Block?) : writer.Open("if (" + name + " is { } bodyValue)");
        switch (model.Kind)
        {
            case RequestBodyKind.Json:
                writer.Line("content = " + request + ".JsonContent(" + CSharp.Qualified(ns, SupportEmitter.JsonClass) + ".Write(" + value
                    + ", static (writer, value) => " + JsonCode.Write(body.Type, "writer", "value", ns).TrimEnd(';') + "), " + mediaType + ");");
                break;
            case RequestBodyKind.Text:
                writer.Line("content = new global::System.Net.Http.StringContent(" + value + ", global::System.Text.Encoding.UTF8, " + mediaType + ");");
                break;
            case RequestBodyKind.Binary:
                writer.Line("content = " + request + ".StreamContent(" + value + ", " + mediaType + ");");
                break;
            case RequestBodyKind.FormUrlEncoded:
                writer.Line("var form = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();");
                EmitFields(writer, model, value, request, ns, (field, text) =>
                    "form.Add(new global::System.Collections.Generic.KeyValuePair<string, string>(" + CSharp.Literal(field.JsonName) + ", " + text + "));");
                writer.Line("content = new global::System.Net.Http.FormUrlEncodedContent(form);");
                break;
            default:
                writer.Line("var multipart = new global::System.Net.Http.MultipartFormDataContent();");
                EmitFields(writer, model, value, request, ns, (field, text) =>
                    "multipart.Add(new global::System.Net.Http.StringContent(" + text + "), " + CSharp.Literal(field.JsonName) + ");");
                writer.Line("content = multipart;");
                break;
        }

        block?.Dispose();
    }

    /// <summary>One statement per field: files as file parts, arrays as repeated fields, objects as JSON text.</summary>
    private static void EmitFields(SourceWriter writer, RequestBodyModel model, string body, string request, string ns, System.Func<PropertyModel, string, string> add)
    {
        for (var i = 0; i < model.Fields.Count; i++)
        {
            var field = model.Fields[i];
            var local = "field" + CSharp.Int(i);
            using (writer.Open("if (" + body + "." + field.Name + " is { } " + local + ")"))
            {
                if (field.Type.Kind == TypeKind.Binary)
                {
                    writer.Line(model.Kind == RequestBodyKind.Multipart
                        ? "multipart.Add(" + request + ".FileContent(" + local + "), " + CSharp.Literal(field.JsonName) + ", " + local + ".FileName);"
                        : add(field, request + ".Format(" + local + ")"));
                }
                else if (field.Type.Kind == TypeKind.Array && field.Type.Item!.Kind is not (TypeKind.Object or TypeKind.Map or TypeKind.Array or TypeKind.Any))
                {
                    using (writer.Open("foreach (var item in " + local + ")"))
                    {
                        writer.Line(add(field, Text(field.Type.Item!, "item", request, ns)));
                    }
                }
                else
                {
                    writer.Line(add(field, Text(field.Type, local, request, ns)));
                }
            }
        }
    }

    private static string Text(TypeRef type, string value, string request, string ns) => type.Kind switch
    {
        TypeKind.Enum => request + ".Format(" + value + ".Value)",
        TypeKind.Object or TypeKind.Map or TypeKind.Array => "global::System.Text.Encoding.UTF8.GetString(" + CSharp.Qualified(ns, SupportEmitter.JsonClass)
            + ".Write(" + value + ", static (writer, item) => " + JsonCode.Write(type, "writer", "item", ns).TrimEnd(';') + "))",
        _ => request + ".Format(" + value + ")",
    };
}
