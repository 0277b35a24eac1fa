using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>Emits the statements that turn the body argument into the request's <c>HttpContent</c> (the method's content local).</summary>
internal static class RequestBodyEmitter
{
    /// <summary>
    /// The media type a text or file body is sent under: the spec's, or where the spec offers text in several media
    /// types, the one the method's argument picks (checked to be one of them).
    /// </summary>
    private static string MediaType(string mediaType, TextChoiceModel? choice, string request) =>
        choice is null
            ? CSharp.Literal(mediaType)
            : request + ".TextMediaType(" + choice.Identifier + ", nameof(" + choice.Identifier + "), " + string.Join(", ", choice.MediaTypes.Select(CSharp.Literal)) + ")";

    /// <param name="alternative">
    /// For an overload that sends another kind of body the spec offers: its argument is the text, the file or the form, never null.
    /// </param>
    public static void Emit(SourceWriter writer, ParameterModel body, RequestBodyModel model, string request, string ns, MethodLocals locals, RequestBodyAlternativeModel? alternative = null)
    {
        var name = body.Identifier;
        var content = locals.Content;
        var declaration = "global::System.Net.Http.HttpContent? " + content + " = ";
        var check = CSharp.NullChecked(name);
        if (alternative is { Form: { } form, Type: { } formType })
        {
            // A form of its own schema: sent as a method's own form body is, its argument never null.
            Emit(writer, body with { Type = formType, Required = true }, form, request, ns, locals);
            return;
        }

        if (alternative is not null)
        {
            // Text as text, a file as its raw octets under its own content type (else the spec's first binary one).
            writer.Line(declaration + request + (alternative.Kind == RequestBodyKind.Text ? ".TextContent(" : ".FileBody(") + check + ", " + MediaType(alternative.MediaType, alternative.Kind == RequestBodyKind.Text ? model.TextChoice : null, request) + ");");
            return;
        }

        // A JSON, text or stream body is one expression: checked when required, null when optional and absent.
        var single = model.Kind switch
        {
            RequestBodyKind.Json => (System.Func<string, string>)(v => JsonContent(body.Type, v, model.MediaType, request, ns, locals, body.Nullable)),
            RequestBodyKind.Text => v => request + ".TextContent(" + v + ", " + MediaType(model.MediaType, model.TextChoice, request) + ")",
            RequestBodyKind.Binary => v => request + ".StreamContent(" + v + ", " + CSharp.Literal(model.MediaType) + ")",
            RequestBodyKind.MultipartParts => v => request + ".MultipartParts(" + v + ", " + CSharp.Literal(model.MediaType) + ", nameof(" + name + "))",
            _ => null,
        };
        if (single is not null)
        {
            // A required body whose schema allows null is written as it is, a null as the JSON null.
            writer.Line(declaration + (body.Required
                ? single(body.Type.IsValueType || body.Nullable ? name : check)
                : name + " is { } " + locals.Value(body) + " ? " + single(locals.Value(body)) + " : null") + ";");
            return;
        }

        writer.Line(declaration + "null;");
        if (body.Required && !body.Type.IsValueType)
        {
            using (writer.Open("if (" + name + " is null)"))
            {
                writer.Line("throw new global::System.ArgumentNullException(nameof(" + name + "));");
            }
        }

        var value = body.Required ? name : locals.Value(body);
        var block = body.Required ? default(SourceWriter.Block?) : writer.Open("if (" + name + " is { } " + value + ")");
        if (model.ItemPart is { } part)
        {
            // Parts by position: one part per item, each encoded as the media type's itemEncoding says.
            var parts = locals.Multipart;
            var item = locals.Item;
            var itemType = body.Type.Item!;
            var itemValue = itemType.IsValueType ? item : "(" + item + " ?? throw new global::System.ArgumentNullException(nameof(" + name + ")))";
            var itemContent = part.Writing switch
            {
                PartWriting.File => request + ".FileContent(" + itemValue + ", " + CSharp.Literal(part.ContentType) + ")",
                PartWriting.Text => request + ".TextContent(" + itemValue + ", " + CSharp.Literal(part.ContentType) + ")",
                _ => JsonContent(itemType, itemValue, part.ContentType, request, ns, locals),
            };
            writer.Line("var " + parts + " = " + request + ".Parts(" + CSharp.Literal(model.MediaType) + ");");
            writer.Line("foreach (var " + item + " in " + value + ") " + parts + ".Add(" + itemContent + ");");
            writer.Line(content + " = " + parts + ";");
        }
        else if (model.Form.Variants.IsEmpty)
        {
            EmitBySubclass(writer, model.Form, value, body.Type.Name, ns, locals, (form, held, typeName) =>
                EmitForm(writer, model, form, held, request, ns, locals, typeName));
        }
        else
        {
            // A union body: the fields of the variant held; a variant that is not an object goes as JSON.
            EmitByVariant(writer, model.Form.Variants, value, body.Type.Name!, ns, locals, (form, held, typeName) =>
                EmitForm(writer, model, form, held, request, ns, locals, typeName),
                () => writer.Line(content + " = " + JsonContent(body.Type, value, "application/json", request, ns, locals) + ";"));
        }

        block?.Dispose();
    }

    /// <summary>The UTF-8 bytes of a value written as JSON.</summary>
    internal static string JsonBytes(TypeRef type, string value, string ns, MethodLocals locals) =>
        CSharp.Qualified(ns, GeneratedNames.ApiJson) + ".Write(" + value + ", " + JsonCode.WriteDelegate(type, locals.Writer, locals.LambdaValue, ns) + ")";

    private static string JsonContent(TypeRef type, string value, string mediaType, string request, string ns, MethodLocals locals, bool nullable = false) =>
        request + ".JsonContent(" + CSharp.Qualified(ns, GeneratedNames.ApiJson) + ".Write(" + value
            + ", " + JsonCode.BodyWriteDelegate(type, nullable, locals.Writer, locals.LambdaValue, ns) + "), " + CSharp.Literal(mediaType) + ")";

    /// <summary>
    /// A form's fields written by <paramref name="emit"/> (the form of one class, the value held, the class's name): for
    /// a class of a hierarchy, in a switch over the classes below it (<see cref="FormModel.Subclasses"/>, deepest first),
    /// each class's own, the declared class's (<paramref name="typeName"/>) in <c>default</c>; otherwise the declared class's alone.
    /// </summary>
    internal static void EmitBySubclass(
        SourceWriter writer,
        FormModel form,
        string value,
        string? typeName,
        string ns,
        MethodLocals locals,
        System.Action<FormModel, string, string?> emit)
    {
        if (form.Subclasses.IsEmpty)
        {
            emit(form, value, typeName);
            return;
        }

        using (writer.Open("switch (" + value + ")"))
        {
            foreach (var subclass in form.Subclasses)
            {
                var held = locals.Allocate(GeneratedNames.VariantLocal);
                writer.Line("case " + CSharp.Qualified(ns, subclass.CaseName) + " " + held + ":");
                using (writer.Open(string.Empty))
                {
                    emit(subclass.Form, held, subclass.CaseName);
                    writer.Line("break;");
                }
            }

            writer.Line("default:");
            using (writer.Open(string.Empty))
            {
                emit(form, value, typeName);
                writer.Line("break;");
            }
        }
    }

    /// <summary>
    /// A form of a union (<paramref name="unionName"/>) written by <paramref name="emit"/> in a switch over the variant
    /// held: an object variant's fields (of the class below it the value is, <see cref="EmitBySubclass"/>); any other
    /// variant by <paramref name="emitOther"/>, in <c>default</c>.
    /// </summary>
    internal static void EmitByVariant(
        SourceWriter writer,
        EquatableArray<FormVariantModel> variants,
        string value,
        string unionName,
        string ns,
        MethodLocals locals,
        System.Action<FormModel, string, string?> emit,
        System.Action emitOther)
    {
        using (writer.Open("switch (" + value + ")"))
        {
            foreach (var variant in variants)
            {
                if (variant.Type.Kind != TypeKind.Object)
                {
                    continue;
                }

                var held = locals.Allocate(GeneratedNames.VariantLocal);
                writer.Line("case " + CSharp.Qualified(ns, unionName) + "." + variant.CaseName + " " + held + ":");
                using (writer.Open(string.Empty))
                {
                    EmitBySubclass(writer, variant.Form, held + "." + GeneratedNames.Value, variant.Type.Name, ns, locals, emit);
                    writer.Line("break;");
                }
            }

            writer.Line("default:");
            using (writer.Open(string.Empty))
            {
                emitOther();
                writer.Line("break;");
            }
        }
    }

    /// <summary>
    /// A form whose schema asks for one of several sets of fields (a oneOf or anyOf of required lists) fails before it is
    /// sent when it carries none, as a JSON body of the same class does; nothing when there is nothing to check.
    /// </summary>
    internal static void EmitRequiredAlternativesCheck(SourceWriter writer, FormModel form, string value, string ns, string? typeName)
    {
        if (typeName is not null && ObjectEmitter.RequiredAlternativesCondition(form.Fields, form.RequiredAlternatives, value, sentFromClass: false) is { } check)
        {
            writer.Line("if (!(" + check.Condition + ")) throw " + CSharp.Qualified(ns, GeneratedNames.ApiJson) + ".OneOfNeeded("
                + CSharp.Literal(typeName) + ", " + CSharp.Literal(check.Described) + ");");
        }
    }

    /// <summary>One class's form (<paramref name="fields"/>) of the body <paramref name="model"/> sends, made and set as the request's content.</summary>
    private static void EmitForm(
        SourceWriter writer,
        RequestBodyModel model,
        FormModel fields,
        string value,
        string request,
        string ns,
        MethodLocals locals,
        string? typeName)
    {
        EmitRequiredAlternativesCheck(writer, fields, value, ns, typeName);

        if (model.Kind == RequestBodyKind.FormUrlEncoded)
        {
            var form = locals.Form;
            writer.Line("var " + form + " = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();");
            EmitFields(writer, model.Kind, fields, value, request, ns, locals, (name, _, text) =>
                form + ".Add(new(" + name + ", " + text + "));", model, typeName);
            writer.Line(locals.Content + " = new global::System.Net.Http.FormUrlEncodedContent(" + form + ");");
        }
        else
        {
            var multipart = locals.Multipart;
            writer.Line("var " + multipart + " = " + request + ".FormData();");
            EmitFields(writer, model.Kind, fields, value, request, ns, locals, (name, partType, text) =>
                request + ".AddPart(" + multipart + ", " + (partType is not null ? request + ".TextContent(" + text + ", " + CSharp.Literal(partType) + ")" : "new global::System.Net.Http.StringContent(" + text + ")")
                    + ", " + name + ");", model, typeName);
            writer.Line(locals.Content + " = " + multipart + ";");
        }
    }

    /// <summary>
    /// One line per field, when it is set: files as file parts, arrays as repeated fields, objects as JSON text (in
    /// multipart, a JSON part); then, with the form's <see cref="FormModel.Extra"/>, each undeclared member (or each entry
    /// of the map the form is) as a field of its own. <paramref name="add"/> makes the statement that adds a field's text, given the
    /// field's name as an expression and the content type its encoding gives its part.
    /// </summary>
    internal static void EmitFields(
        SourceWriter writer,
        RequestBodyKind kind,
        FormModel form,
        string body,
        string request,
        string ns,
        MethodLocals locals,
        System.Func<string, string?, string, string> add,
        RequestBodyModel? model = null,
        string? typeName = null)
    {
        var fields = form.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var local = locals.Allocate(GeneratedNames.FieldLocal(i));
            var encoding = kind == RequestBodyKind.FormUrlEncoded ? model?.Encoding(field.JsonName) : null;
            var partType = kind == RequestBodyKind.Multipart && model is not null ? PartType(model, field) : null;
            var statement = FieldStatement(kind, CSharp.Literal(field.JsonName), field.Type, local, encoding, partType, request, ns, locals, add);

            // A field requests must carry, optional in a class responses read too: unset, the request fails before it is sent.
            var needed = typeName is not null && field.CheckedWhenSent
                ? " else throw " + CSharp.Qualified(ns, GeneratedNames.ApiJson) + ".NeededProperty(" + CSharp.Literal(typeName) + ", " + CSharp.Literal(field.JsonName) + ");"
                : string.Empty;
            writer.Line($"if ({body}.{field.Name} is {{ }} {local}) {statement}{needed}");
        }

        if (form.Extra is { } extra)
        {
            EmitExtraFields(writer, kind, extra, body, request, ns, locals, add);
        }
    }

    /// <summary>
    /// The undeclared members of a form's value (or the entries of the map it is), after its fields, in the dictionary's
    /// order: each a field of its value type under its own name, as a declared field of that type is sent; a null (a
    /// JSON null) is left out, as an unset field is. Any JSON value goes in a URL-encoded form as its text (a string's
    /// own characters, anything else its JSON), and in multipart as a text part, or a JSON part for an object or array.
    /// </summary>
    private static void EmitExtraFields(SourceWriter writer, RequestBodyKind kind, ExtraMembersModel extra, string body, string request, string ns, MethodLocals locals, System.Func<string, string?, string, string> add)
    {
        if (extra.ValueType.Kind == TypeKind.Any && !extra.ValueNullable)
        {
            // Any JSON value (every class's undeclared members but where the schema types them): the support's loop.
            writer.Line(request + ".AddMembers(" + (kind == RequestBodyKind.Multipart ? locals.Multipart : locals.Form) + ", " + (extra.Name.Length == 0 ? body : body + "." + extra.Name) + ");");
            return;
        }

        var members = extra.Name.Length == 0 ? body : locals.Allocate(GeneratedNames.ExtraLocal);
        var entry = locals.Allocate(GeneratedNames.EntryLocal);
        var member = locals.Allocate(GeneratedNames.MemberLocal);
        var statement = FieldStatement(kind, entry + ".Key", extra.ValueType, member, encoding: null, partType: null, request, ns, locals, add);
        var loop = "foreach (var " + entry + " in " + members + ") if (" + entry + ".Value is { } " + member + ") " + statement;
        writer.Line(extra.Name.Length == 0 ? loop : "if (" + body + "." + extra.Name + " is { } " + members + ") " + loop);
    }

    /// <summary>The statement that sends one field's value (<paramref name="value"/>, not null) of <paramref name="type"/> under the name <paramref name="name"/> (an expression).</summary>
    private static string FieldStatement(
        RequestBodyKind kind,
        string name,
        TypeRef type,
        string value,
        FieldEncodingModel? encoding,
        string? partType,
        string request,
        string ns,
        MethodLocals locals,
        System.Func<string, string?, string, string> add)
    {
        var separator = Separator(encoding?.Style);
        if (encoding is { Styled: true } && StyledFieldStyle(type, encoding.Style) is { } style)
        {
            // An object (or, in deepObject, any structured value) as a query parameter of the encoding's style would be.
            return request + ".AddStyledField(" + locals.Form + ", " + name + ", " + JsonBytes(type, value, ns, locals) + ", " + CSharp.Literal(style) + ");";
        }

        if (type.Kind == TypeKind.Binary)
        {
            return FilePart(kind, name, value, partType, request, locals, add);
        }

        if (type.Kind == TypeKind.Array && type.Item!.Kind == TypeKind.Binary)
        {
            // Each file is its own part (or its own field) under the same name.
            return "foreach (var " + locals.Item + " in " + value + ") " + FilePart(kind, name, locals.Item, partType, request, locals, add);
        }

        if (type.Kind == TypeKind.Array && type.Item!.Kind is not (TypeKind.Object or TypeKind.Union or TypeKind.Map or TypeKind.Array or TypeKind.Any))
        {
            // Repeated fields (form, exploded: the default), or one field of the items joined as the encoding's style says.
            return separator is null
                ? "foreach (var " + locals.Item + " in " + value + ") " + add(name, partType, Text(type.Item!, locals.Item, request, ns, locals))
                : add(name, partType, "string.Join(" + CSharp.Literal(separator) + ", global::System.Linq.Enumerable.Select(" + value + ", static " + locals.Item + " => " + Text(type.Item!, locals.Item, request, ns, locals) + "))");
        }

        if (kind == RequestBodyKind.Multipart && type.Kind is TypeKind.Object or TypeKind.Union or TypeKind.Map or TypeKind.Array or TypeKind.Any)
        {
            // An object or array part is JSON, and says so: OpenAPI's default content type for it is application/json.
            return request + ".AddPart(" + locals.Multipart + ", " + request + ".JsonContent(" + JsonBytes(type, value, ns, locals) + ", "
                + CSharp.Literal(partType ?? "application/json") + "), " + name + ");";
        }

        return add(name, partType, Text(type, value, request, ns, locals));
    }

    /// <summary>
    /// A file field: in multipart, a file part with its bytes and file name (typed by its encoding when the file names
    /// no type); in a URL-encoded form, where a field is text, the file's content read as UTF-8 text (never its name).
    /// </summary>
    private static string FilePart(RequestBodyKind kind, string name, string file, string? partType, string request, MethodLocals locals, System.Func<string, string?, string, string> add) =>
        kind == RequestBodyKind.Multipart
            ? request + ".AddPart(" + locals.Multipart + ", " + request + ".FileContent(" + file + (partType is not null ? ", " + CSharp.Literal(partType) : string.Empty) + "), "
                + name + ", " + file + ".FileName);"
            : add(name, null, "await " + request + ".FileTextAsync(" + file + ", " + GeneratedNames.CancellationToken + ").ConfigureAwait(false)");

    /// <summary>
    /// The content type a multipart field's <c>encoding</c> gives its part, when it names one concrete media type (a list,
    /// a wildcard or what is not a media type, <c>image/png, image/jpeg</c>, <c>image/*</c>, <c>png</c>, chooses nothing);
    /// null otherwise.
    /// </summary>
    private static string? PartType(RequestBodyModel body, PropertyModel field) =>
        body.Encoding(field.JsonName)?.ContentType is { } type && type.IndexOf('*') < 0 && MediaTypes.IsWellFormed(type) ? type.Trim() : null;

    /// <summary>
    /// The style a URL-encoded field whose encoding names one is sent in by <c>ApiRequest.AddStyledField</c>: deepObject
    /// for any structured value (an object, a map, a union, an array but of files, any JSON value); the other styles for
    /// an object, a map, a union or any JSON value (arrays keep their own way, <see cref="Separator"/>). Null when the
    /// field is sent as before: a scalar, a file, or an array in a style other than deepObject.
    /// </summary>
    private static string? StyledFieldStyle(TypeRef type, ParameterStyle style)
    {
        var structured = type.Kind is TypeKind.Object or TypeKind.Map or TypeKind.Union or TypeKind.Any;
        if (style == ParameterStyle.DeepObject)
        {
            return structured || (type.Kind == TypeKind.Array && type.Item!.Kind != TypeKind.Binary) ? "deepObject" : null;
        }

        return !structured ? null : style switch
        {
            ParameterStyle.FormExploded => "formExploded",
            ParameterStyle.Form => "form",
            ParameterStyle.SpaceDelimited => "spaceDelimited",
            ParameterStyle.PipeDelimited => "pipeDelimited",
            _ => null,
        };
    }

    /// <summary>The separator of a URL-encoded array field's items in one field, as its encoding's style says; null for repeated fields (form, exploded).</summary>
    private static string? Separator(ParameterStyle? style) => style switch
    {
        ParameterStyle.Form => ",",
        ParameterStyle.SpaceDelimited => " ",
        ParameterStyle.PipeDelimited => "|",
        ParameterStyle.TabDelimited => "\t",
        _ => null,
    };

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
