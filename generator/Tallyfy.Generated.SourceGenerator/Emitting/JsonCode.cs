using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// The expressions that read and write one JSON value of a given type with <c>Utf8JsonReader</c>/<c>Utf8JsonWriter</c>:
/// no reflection, no serializer metadata, safe under trimming and Native AOT.
/// </summary>
internal static class JsonCode
{
    /// <summary>An expression that reads the value at the reader's current (non-null) token.</summary>
    public static string Read(TypeRef type, string reader, string ns, int depth = 0)
    {
        var support = CSharp.Qualified(ns, GeneratedNames.ApiJson);
        if (type.ReadsFromEitherForm)
        {
            return support + ".ReadNumberOrString<" + CSharp.TypeName(type, ns) + ">(ref " + reader + ")";
        }

        switch (type.Kind)
        {
            case TypeKind.String:
                return reader + ".GetString()!";
            case TypeKind.Boolean:
                return reader + ".GetBoolean()";
            case TypeKind.Int32:
                return reader + ".GetInt32()";
            case TypeKind.Int64:
                return reader + ".GetInt64()";
            case TypeKind.Float:
                return reader + ".GetSingle()";
            case TypeKind.Double:
                return reader + ".GetDouble()";
            case TypeKind.Decimal:
                return reader + ".GetDecimal()";
            case TypeKind.DateTimeOffset:
                return support + ".ReadDateTimeOffset(ref " + reader + ")";
            case TypeKind.DateOnly:
                return support + ".ReadDateOnly(ref " + reader + ")";
            case TypeKind.Guid:
                return reader + ".GetGuid()";
            case TypeKind.Uri:
                return support + ".ReadUri(ref " + reader + ")";
            case TypeKind.Bytes:
                return support + ".ReadBytes(ref " + reader + ")";
            case TypeKind.Binary:
                return support + ".ReadFile(ref " + reader + ")";
            case TypeKind.Base64Url:
                return support + ".ReadBase64Url(ref " + reader + ")";
            case TypeKind.TimeOnly:
                return support + ".ReadTimeOnly(ref " + reader + ")";
            case TypeKind.Duration:
                return support + ".ReadDuration(ref " + reader + ")";
            case TypeKind.DateTimeRfc1123:
                return support + ".ReadRfc1123(ref " + reader + ")";
            case TypeKind.Int8:
                return reader + ".GetSByte()";
            case TypeKind.UInt8:
                return reader + ".GetByte()";
            case TypeKind.Int16:
                return reader + ".GetInt16()";
            case TypeKind.UInt16:
                return reader + ".GetUInt16()";
            case TypeKind.UInt32:
                return reader + ".GetUInt32()";
            case TypeKind.UInt64:
                return reader + ".GetUInt64()";
            case TypeKind.Any:
                return "global::System.Text.Json.JsonElement.ParseValue(ref " + reader + ")";
            case TypeKind.Array:
            case TypeKind.Map:
                var inner = GeneratedNames.LambdaReader(depth + 1);
                var method = type.Kind == TypeKind.Array ? ".ReadList" : ".ReadMap";
                var item = Read(type.Item!, inner, ns, depth + 1);
                if (!type.ItemNullable)
                {
                    // The support method refuses a null item before the item reader sees it; a JsonElement holds null itself.
                    return support + method + "(ref " + reader + ", " + ReaderDelegate(item, inner, support)
                        + (type.Item!.Kind == TypeKind.Any ? ", itemsNullable: true)" : ")");
                }

                return support + method + "(ref " + reader + ", static (ref global::System.Text.Json.Utf8JsonReader " + inner + ") => "
                    + inner + ".TokenType == global::System.Text.Json.JsonTokenType.Null ? (" + CSharp.NullableTypeName(type.Item!, ns) + ")null : " + item + ", itemsNullable: true)";
            default:
                return ModelEmitter.Converter(ns, CSharp.Qualified(ns, type.Name!)) + "." + GeneratedNames.ReadValue + "(ref " + reader + ")";
        }
    }

    /// <summary>A statement that writes <paramref name="value"/> (never null here) as one JSON value.</summary>
    public static string Write(TypeRef type, string writer, string value, string ns, int depth = 0)
    {
        var support = CSharp.Qualified(ns, GeneratedNames.ApiJson);
        if (type.WritesAsString)
        {
            return support + ".WriteNumberString(" + writer + ", " + value + ");";
        }

        switch (type.Kind)
        {
            case TypeKind.String:
            case TypeKind.Guid:
                return writer + ".WriteStringValue(" + value + ");";
            case TypeKind.DateTimeOffset:
                return support + ".WriteDateTimeOffset(" + writer + ", " + value + ");";
            case TypeKind.Boolean:
                return writer + ".WriteBooleanValue(" + value + ");";
            case TypeKind.Int32:
            case TypeKind.Int64:
            case TypeKind.Float:
            case TypeKind.Double:
            case TypeKind.Decimal:
                return writer + ".WriteNumberValue(" + value + ");";
            case TypeKind.DateOnly:
                return writer + ".WriteStringValue(" + value + ".ToString(\"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture));";
            case TypeKind.Uri:
                return writer + ".WriteStringValue(" + value + ".OriginalString);";
            case TypeKind.Bytes:
                return writer + ".WriteBase64StringValue(" + value + ");";
            case TypeKind.Binary:
                return support + ".WriteFile(" + writer + ", " + value + ");";
            case TypeKind.Base64Url:
                return writer + ".WriteStringValue(" + support + ".FormatBase64Url(" + value + "));";
            case TypeKind.TimeOnly:
                return writer + ".WriteStringValue(" + support + ".FormatTimeOnly(" + value + "));";
            case TypeKind.Duration:
                return writer + ".WriteStringValue(" + support + ".FormatDuration(" + value + "));";
            case TypeKind.DateTimeRfc1123:
                return writer + ".WriteStringValue(" + support + ".FormatRfc1123(" + value + "));";
            case TypeKind.Int8:
            case TypeKind.UInt8:
            case TypeKind.Int16:
            case TypeKind.UInt16:
            case TypeKind.UInt32:
            case TypeKind.UInt64:
                return writer + ".WriteNumberValue(" + value + ");";
            case TypeKind.Any:
                return value + ".WriteTo(" + writer + ");";
            case TypeKind.Array:
            case TypeKind.Map:
                var w = GeneratedNames.LambdaWriter(depth + 1);
                var v = GeneratedNames.LambdaValue(depth + 1);
                var method = type.Kind == TypeKind.Array ? ".WriteList(" : ".WriteMap(";
                // A nullable item reaches the item writer only when it is not null (the support method writes null itself).
                var item = type.ItemNullable ? v + (type.Item!.IsValueType ? ".GetValueOrDefault()" : "!") : v;
                var body = Write(type.Item!, w, item, ns, depth + 1);
                return support + method + writer + ", " + value + ", " + WriterDelegate(body, w, v, support, type.Item) + ");";
            default:
                return ModelEmitter.Converter(ns, CSharp.Qualified(ns, type.Name!)) + "." + GeneratedNames.WriteValue + "(" + writer + ", " + value + ");";
        }
    }

    /// <summary>The support's collection reads and their null-checking member forms.</summary>
    private static readonly (string Read, string Member)[] MemberReaders = { (".ReadList(ref ", ".MemberList(ref "), (".ReadMap(ref ", ".MemberMap(ref ") };

    /// <summary>
    /// An expression that moves from a member's name to its value and reads it, null for a JSON null: a support helper
    /// for the common scalar types, else the value's own read behind the null check. A member whose schema admits any
    /// value and does not say nullable (<c>{}</c>) reads a JSON null as a null <c>JsonElement</c>: null is one of the
    /// values it admits, so a required one sent as null is there, not missing, and an optional one keeps null apart from absent.
    /// </summary>
    public static string ReadProperty(TypeRef type, string reader, string ns, bool nullable)
    {
        var support = CSharp.Qualified(ns, GeneratedNames.ApiJson);
        var helper = type.ReadsFromEitherForm ? null : type.Kind switch
        {
            TypeKind.Any when !nullable => "MemberElement",
            TypeKind.String => "MemberString",
            TypeKind.Boolean => "MemberBoolean",
            TypeKind.Int32 => "MemberInt32",
            TypeKind.Int64 => "MemberInt64",
            TypeKind.Double => "MemberDouble",
            TypeKind.Uri => "MemberUri",
            TypeKind.DateTimeOffset => "MemberDateTimeOffset",
            _ => null,
        };
        if (helper is not null)
        {
            return support + "." + helper + "(ref " + reader + ")";
        }

        // A list, a map or a generated type reads through the support's null-checking helper: one call per member.
        var read = Read(type, reader, ns);
        foreach (var (from, to) in MemberReaders)
        {
            if (read.StartsWith(support + from, System.StringComparison.Ordinal))
            {
                return support + to + read.Substring(support.Length + from.Length);
            }
        }

        if (type.Kind is TypeKind.Enum or TypeKind.Union or TypeKind.Object)
        {
            var method = ReaderDelegate(read, reader, support: null);
            if (!method.StartsWith("static ", System.StringComparison.Ordinal))
            {
                return support + (type.IsValueType ? ".MemberValue(ref " : ".Member(ref ") + reader + ", " + method + ")";
            }
        }

        // The conditional takes the local's nullable type; a generated struct keeps the cast, since its implicit
        // conversion from string would otherwise turn the null into a value.
        var none = type.IsValueType && type.Kind is TypeKind.Enum or TypeKind.Union or TypeKind.Object
            ? "(" + CSharp.NullableTypeName(type, ns) + ")null"
            : "null";
        return support + ".ReadIsNull(ref " + reader + ") ? " + none + " : " + read;
    }

    /// <summary>
    /// One statement that writes a member (its name and value) when a short form fits: the writer's own
    /// <c>WriteString</c>/<c>WriteNumber</c>/<c>WriteBoolean</c>, or a support helper that leaves out a null; null when none does.
    /// </summary>
    /// <param name="skipNull">The value may be null and a null is left out (an optional property).</param>
    /// <param name="nullable">The value may be null (a required property that is nullable): a null is written.</param>
    public static string? WriteProperty(TypeRef type, string writer, string name, string value, string ns, bool skipNull, bool nullable)
    {
        var support = CSharp.Qualified(ns, GeneratedNames.ApiJson);
        if (type.WritesAsString)
        {
            // Written as a string: the writer's own number forms do not apply.
            return null;
        }

        if (skipNull)
        {
            var helper = type.Kind switch
            {
                TypeKind.String => "WriteString",
                TypeKind.Boolean => "WriteBoolean",
                TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double => "WriteNumber",
                TypeKind.Uri => "WriteUri",
                TypeKind.DateTimeOffset => "WriteDateTimeOffset",
                TypeKind.Enum or TypeKind.Object or TypeKind.Union => "WriteMember",
                _ => null,
            };
            var writeValue = helper == "WriteMember" ? ", " + ModelEmitter.Converter(ns, CSharp.Qualified(ns, type.Name!)) + "." + GeneratedNames.ConverterWriter : string.Empty;
            return helper is null ? null : support + "." + helper + "(" + writer + ", " + name + ", " + value + writeValue + ");";
        }

        // A required property: a null is written as null, which the writer's WriteString does itself; the other short
        // forms take the value only when its type cannot hold null.
        return type.Kind switch
        {
            TypeKind.String => writer + ".WriteString(" + name + ", " + value + ");",
            _ when nullable => null,
            TypeKind.Guid => writer + ".WriteString(" + name + ", " + value + ");",
            TypeKind.Boolean => writer + ".WriteBoolean(" + name + ", " + value + ");",
            TypeKind.Int32 or TypeKind.Int64 or TypeKind.UInt32 or TypeKind.UInt64 or TypeKind.Float or TypeKind.Double or TypeKind.Decimal =>
                writer + ".WriteNumber(" + name + ", " + value + ");",
            _ => null,
        };
    }

    /// <summary>A statement that keeps the undeclared member at the reader (at its name) in the dictionary local (or, untyped, the property).</summary>
    public static string ReadMember(ExtraMembersModel extra, string reader, string local, string ns)
    {
        var support = CSharp.Qualified(ns, GeneratedNames.ApiJson);
        if (extra.ValueType.Kind == TypeKind.Any)
        {
            return local + " = " + support + ".KeepMember(ref " + reader + ", " + local + ");";
        }

        var inner = GeneratedNames.LambdaReader(1);
        var item = Read(extra.ValueType, inner, ns, 1);
        var body = extra.ValueNullable
            ? inner + ".TokenType == global::System.Text.Json.JsonTokenType.Null ? (" + CSharp.NullableTypeName(extra.ValueType, ns) + ")null : " + item
            : item;
        return support + ".ReadMember(ref " + reader + ", ref " + local + ", " + ReaderDelegate(body, inner, support) + ");";
    }

    /// <summary>A statement that writes the undeclared members in <paramref name="value"/> into the object being written.</summary>
    public static string WriteMembers(ExtraMembersModel extra, string writer, string value, string ns)
    {
        var support = CSharp.Qualified(ns, GeneratedNames.ApiJson);
        if (extra.ValueType.Kind == TypeKind.Any)
        {
            return support + ".WriteMembers(" + writer + ", " + value + ");";
        }

        var w = GeneratedNames.LambdaWriter(1);
        var v = GeneratedNames.LambdaValue(1);
        var item = extra.ValueNullable ? v + (extra.ValueType.IsValueType ? ".GetValueOrDefault()" : "!") : v;
        return support + ".WriteMembers(" + writer + ", " + value + ", " + WriterDelegate(Write(extra.ValueType, w, item, ns, 1), w, v, support, extra.ValueType) + ");";
    }

    /// <summary>
    /// A reader delegate for the type: the converter's <c>ReadValue</c> as a method group when that is all the read does
    /// (a cached static delegate, and one short name instead of a lambda), else a static lambda.
    /// </summary>
    /// <param name="supportHelpers">A plain scalar read is the support's method group (<c>ApiJson.ReadStringValue</c>) rather than a lambda.</param>
    public static string ReadDelegate(TypeRef type, string reader, string ns, int depth = 0, bool supportHelpers = false) =>
        ReaderDelegate(Read(type, reader, ns, depth), reader, supportHelpers ? CSharp.Qualified(ns, GeneratedNames.ApiJson) : null);

    /// <summary>A writer delegate for the type, as <see cref="ReadDelegate"/>: <c>WriteValue</c> as a method group when it can be.</summary>
    public static string WriteDelegate(TypeRef type, string writer, string value, string ns, int depth = 0) =>
        WriterDelegate(Write(type, writer, value, ns, depth), writer, value, null);

    /// <summary>
    /// The writer delegate of a whole JSON body (a request's, or a response a case is made with in code): where the
    /// schema allows a null body, <c>null</c> for null and the type's write otherwise; else <see cref="WriteDelegate"/>.
    /// </summary>
    public static string BodyWriteDelegate(TypeRef type, bool nullable, string writer, string value, string ns)
    {
        if (!nullable)
        {
            return WriteDelegate(type, writer, value, ns);
        }

        var present = type.IsValueType ? value + ".Value" : value;
        return "static (" + writer + ", " + value + ") => { if (" + value + " is null) { " + writer + ".WriteNullValue(); } else { "
            + Write(type, writer, present, ns) + " } }";
    }

    /// <summary>The plain scalar reads (of the value at the reader) that the support has as a method: name by read.</summary>
    private static string? ScalarReader(string read, string reader) =>
        read == reader + ".GetString()!" ? "ReadStringValue"
        : read == reader + ".GetInt32()" ? "ReadInt32Value"
        : read == reader + ".GetInt64()" ? "ReadInt64Value"
        : read == reader + ".GetBoolean()" ? "ReadBooleanValue"
        : read == reader + ".GetDouble()" ? "ReadDoubleValue"
        : null;

    /// <summary>The plain scalar writes the support has as a method (the item's type must be the method's own): name by statement.</summary>
    private static string? ScalarWriter(TypeRef item, string write, string writer, string value) =>
        write != writer + "." + ScalarWriterName(item.Kind) + "(" + value + ");" ? null : ScalarWriterName(item.Kind);

    private static string ScalarWriterName(TypeKind kind) => kind switch
    {
        TypeKind.String => "WriteStringValue",
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double => "WriteNumberValue",
        TypeKind.Boolean => "WriteBooleanValue",
        _ => "-",
    };

    private static string ReaderDelegate(string read, string reader, string? support)
    {
        if (support is not null && ScalarReader(read, reader) is { } scalar)
        {
            return support + "." + scalar;
        }

        // A converter's ReadValue call is passed as the converter's Reader delegate, made once per type.
        var call = "." + GeneratedNames.ReadValue + "(ref " + reader + ")";
        return read.EndsWith(call, System.StringComparison.Ordinal) && read.IndexOf('(') == read.Length - call.Length + GeneratedNames.ReadValue.Length + 1
            ? read.Substring(0, read.Length - call.Length + 1) + GeneratedNames.ConverterReader
            : "static (ref global::System.Text.Json.Utf8JsonReader " + reader + ") => " + read;
    }

    private static string WriterDelegate(string write, string writer, string value, string? support, TypeRef? item = null)
    {
        if (support is not null && item is not null && ScalarWriter(item, write, writer, value) is { } scalar)
        {
            return support + "." + scalar;
        }

        var call = "." + GeneratedNames.WriteValue + "(" + writer + ", " + value + ");";
        return write.EndsWith(call, System.StringComparison.Ordinal) && write.IndexOf('(') == write.Length - call.Length + GeneratedNames.WriteValue.Length + 1
            ? write.Substring(0, write.Length - call.Length + 1) + GeneratedNames.ConverterWriter
            : "static (" + writer + ", " + value + ") => " + write.TrimEnd(';');
    }
}
