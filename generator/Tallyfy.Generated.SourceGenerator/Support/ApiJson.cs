// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>JSON helpers for the generated readers and writers; no reflection anywhere.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
internal static class ApiJson
{
    public static T Read<T>(global::System.ReadOnlyMemory<byte> json, global::Tallyfy.Generated.Support.ApiJsonValueReader<T> read)
    {
        var reader = new global::System.Text.Json.Utf8JsonReader(json.Span);
        if (!reader.Read())
        {
            throw new global::System.Text.Json.JsonException("The body is empty.");
        }

        T value;
        try
        {
            value = read(ref reader);
        }
        catch (global::System.Exception ex) when (ex is global::System.FormatException or global::System.InvalidOperationException
            or global::System.OverflowException or global::System.ArgumentException
            || ex is global::System.Text.Json.JsonException { LineNumber: null })
        {
            // A value the reader got but could not take: say where it is (a JSON syntax error already says where it is).
            throw At(json.Span, reader.TokenStartIndex, ex);
        }

        if (reader.Read())
        {
            throw new global::System.Text.Json.JsonException("The body holds more than one JSON value.");
        }

        return value;
    }

    /// <summary>
    /// <paramref name="error"/> as a <c>JsonException</c> that says where in <paramref name="json"/> the token at
    /// <paramref name="offset"/> is: its JSON path (<c>$[0].id</c>; at the end of an object or array, the object or array
    /// itself), line and column. Found by reading the body again up to it, so reading pays nothing for it.
    /// </summary>
    private static global::System.Text.Json.JsonException At(global::System.ReadOnlySpan<byte> json, long offset, global::System.Exception error)
    {
        var path = new global::System.Collections.Generic.List<string?>();
        var indexes = new global::System.Collections.Generic.List<int>();
        var scan = new global::System.Text.Json.Utf8JsonReader(json);
        var inner = true;
        try
        {
            while (scan.Read())
            {
                var token = scan.TokenType;
                if (token == global::System.Text.Json.JsonTokenType.PropertyName)
                {
                    path[path.Count - 1] = scan.GetString();
                }
                else if (token is global::System.Text.Json.JsonTokenType.EndObject or global::System.Text.Json.JsonTokenType.EndArray)
                {
                    if (scan.TokenStartIndex >= offset)
                    {
                        inner = false;
                        break;
                    }

                    path.RemoveAt(path.Count - 1);
                    indexes.RemoveAt(indexes.Count - 1);
                    continue;
                }
                else if (path.Count > 0 && path[path.Count - 1] is null)
                {
                    indexes[indexes.Count - 1]++;
                }

                if (scan.TokenStartIndex >= offset)
                {
                    break;
                }

                if (token is global::System.Text.Json.JsonTokenType.StartObject or global::System.Text.Json.JsonTokenType.StartArray)
                {
                    path.Add(token == global::System.Text.Json.JsonTokenType.StartArray ? null : string.Empty);
                    indexes.Add(-1);
                }
            }
        }
        catch (global::System.Text.Json.JsonException)
        {
            // The body broke off before the token: the path so far.
        }

        var text = new global::System.Text.StringBuilder("$");
        for (var i = 0; i < path.Count - (inner ? 0 : 1); i++)
        {
            if (path[i] is not { } name)
            {
                text.Append('[').Append(indexes[i].ToString(global::System.Globalization.CultureInfo.InvariantCulture)).Append(']');
            }
            else if (name.Length > 0)
            {
                var plain = true;
                foreach (var c in name)
                {
                    plain &= c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';
                }

                text.Append(plain ? "." + name : "['" + name.Replace("'", "\\'") + "']");
            }
        }

        var before = json.Slice(0, (int)global::System.Math.Min(offset, json.Length));
        var line = global::System.MemoryExtensions.Count(before, (byte)'\n');
        var column = before.Length - global::System.MemoryExtensions.LastIndexOf(before, (byte)'\n') - 1;
        return new global::System.Text.Json.JsonException(
            error.Message + " (at " + text + ", line " + (line + 1).ToString(global::System.Globalization.CultureInfo.InvariantCulture)
                + ", column " + (column + 1).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ")",
            text.ToString(), line, column, error);
    }

    /// <summary>Moves the reader from a member's name to its value; true when the value is null.</summary>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool ReadIsNull(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == global::System.Text.Json.JsonTokenType.Null;
    }

    /// <summary>Reads a body; a body that does not parse gives the error instead of throwing.</summary>
    public static T TryRead<T>(global::System.ReadOnlyMemory<byte> json, global::Tallyfy.Generated.Support.ApiJsonValueReader<T> read, out global::System.Exception? error)
    {
        try
        {
            error = null;
            return Read(json, read);
        }
        catch (global::System.Exception ex) when (ex is global::System.Text.Json.JsonException or global::System.FormatException
            or global::System.InvalidOperationException or global::System.OverflowException or global::System.ArgumentException)
        {
            error = ex;
            return default!;
        }
    }

    /// <summary>
    /// Writes what a request carries as JSON (a body, a part, a parameter): while it is written, a member requests must
    /// carry that a class also read from responses leaves optional fails the request before it is sent.
    /// </summary>
    public static byte[] Write<T>(T value, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write)
    {
        t_requestWrites++;
        try
        {
            return Serialize(value, write);
        }
        finally
        {
            t_requestWrites--;
        }
    }

    /// <summary>How many request values are being written on this thread (see <see cref="Write"/>).</summary>
    [global::System.ThreadStatic]
    private static int t_requestWrites;

    /// <summary>
    /// A member required in requests only (a required <c>writeOnly</c> member, or a required name no property declares)
    /// of a class responses read too, where it is optional, found unset: while a request is written the request fails
    /// before it is sent; elsewhere (a value serialized by the caller, a response made in code) the member is left out.
    /// </summary>
    public static void NeededInRequest(string typeName, string propertyName)
    {
        if (t_requestWrites > 0)
        {
            throw NeededProperty(typeName, propertyName);
        }
    }

    /// <summary>
    /// A value that carries none of the sets of members its schema's oneOf or anyOf requires one of (<paramref name="alternatives"/>,
    /// as the message says them): while a request is written the request fails before it is sent; elsewhere nothing happens.
    /// </summary>
    public static void NeededOneOf(string typeName, string alternatives)
    {
        if (t_requestWrites > 0)
        {
            throw OneOfNeeded(typeName, alternatives);
        }
    }

    /// <summary>The error of a request that carries none of the sets of members its schema requires one of (a form's fields too).</summary>
    public static global::System.ArgumentException OneOfNeeded(string typeName, string alternatives) =>
        new("Required properties of " + typeName + " are not set: a request must carry " + alternatives + ".");

    /// <summary>The error of a request that leaves out a member requests must carry.</summary>
    public static global::System.ArgumentException NeededProperty(string typeName, string propertyName) =>
        new("Required property '" + propertyName + "' of " + typeName + " is not set: requests must carry it, though responses may leave it out.");

    /// <summary>Writes a value as JSON (a response made in code).</summary>
    public static byte[] Serialize<T>(T value, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write)
    {
        var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new global::System.Text.Json.Utf8JsonWriter(buffer))
        {
            write(writer, value);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void Expect(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Text.Json.JsonTokenType expected, string typeName)
    {
        if (reader.TokenType != expected)
        {
            throw new global::System.Text.Json.JsonException("Expected " + expected + " for " + typeName + " but found " + reader.TokenType + ".");
        }
    }

    public static global::System.Text.Json.JsonException MissingProperty(string typeName, string propertyName) =>
        new("Required property '" + propertyName + "' of " + typeName + " is missing or null.");

    /// <summary>
    /// A required member an object leaves out (or sends as null where null is not a value), read by a client generated
    /// with <c>AllowMissingRequired</c>: the member's default (null, 0, false), as NSwag's and Kiota's clients read it.
    /// Inside a union's variant read (<see cref="TryReadVariant"/>, which also counts <see cref="t_variantReads"/>) it still
    /// fails that variant, so required members go on deciding which variant fits.
    /// </summary>
    public static T MissingOrDefault<T>(string typeName, string propertyName) =>
        t_variantReads > 0 ? throw MissingProperty(typeName, propertyName) : default!;

    /// <summary>How many union variant reads are under way on this thread (see <see cref="MissingOrDefault"/>).</summary>
    [global::System.ThreadStatic]
    private static int t_variantReads;

    /// <summary>Fails the read unless the reader is at the start of an object.</summary>
    public static void ExpectObject(ref global::System.Text.Json.Utf8JsonReader reader, string typeName) =>
        Expect(ref reader, global::System.Text.Json.JsonTokenType.StartObject, typeName);

    /// <summary>Moves to the next member of the object being read: true at its name, false at the object's end.</summary>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool NextMember(ref global::System.Text.Json.Utf8JsonReader reader, string typeName)
    {
        if (!reader.Read())
        {
            ThrowIncomplete(typeName);
        }

        return reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject;
    }

    private static void ThrowIncomplete(string typeName) =>
        throw new global::System.Text.Json.JsonException("The " + typeName + " object is incomplete.");

    /// <summary>The UTF-8 bytes of an object's member names, made once per converter for <see cref="MemberIndex"/>.</summary>
    public static byte[][] Names(params string[] names)
    {
        var bytes = new byte[names.Length][];
        for (var i = 0; i < names.Length; i++)
        {
            bytes[i] = global::System.Text.Encoding.UTF8.GetBytes(names[i]);
        }

        return bytes;
    }

    /// <summary>The index in <paramref name="names"/> of the member name the reader is at, or -1 when the schema does not declare it.</summary>
    public static int MemberIndex(ref global::System.Text.Json.Utf8JsonReader reader, byte[][] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Skips the value of a member the object's schema does not declare (the reader is at its name).</summary>
    public static void SkipMember(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    /// <summary>Moves from a member's name to its value and reads it; null when the value is null.</summary>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static string? MemberString(ref global::System.Text.Json.Utf8JsonReader reader) => ReadIsNull(ref reader) ? null : reader.GetString()!;

    /// <summary>Moves from a member's name to its value and reads it as JSON, a null as a null element.</summary>
    public static global::System.Text.Json.JsonElement MemberElement(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        reader.Read();
        return global::System.Text.Json.JsonElement.ParseValue(ref reader);
    }

    /// <inheritdoc cref="MemberString"/>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool? MemberBoolean(ref global::System.Text.Json.Utf8JsonReader reader) => ReadIsNull(ref reader) ? null : reader.GetBoolean();

    /// <inheritdoc cref="MemberString"/>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int? MemberInt32(ref global::System.Text.Json.Utf8JsonReader reader) => ReadIsNull(ref reader) ? null : reader.GetInt32();

    /// <inheritdoc cref="MemberString"/>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static long? MemberInt64(ref global::System.Text.Json.Utf8JsonReader reader) => ReadIsNull(ref reader) ? null : reader.GetInt64();

    /// <inheritdoc cref="MemberString"/>
    [global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double? MemberDouble(ref global::System.Text.Json.Utf8JsonReader reader) => ReadIsNull(ref reader) ? null : reader.GetDouble();

    /// <inheritdoc cref="MemberString"/>
    public static global::System.Uri? MemberUri(ref global::System.Text.Json.Utf8JsonReader reader) => ReadIsNull(ref reader) ? null : ReadUri(ref reader);

    /// <inheritdoc cref="MemberString"/>
    public static global::System.DateTimeOffset? MemberDateTimeOffset(ref global::System.Text.Json.Utf8JsonReader reader) => ReadIsNull(ref reader) ? null : ReadDateTimeOffset(ref reader);

    /// <summary>Moves from a member's name to its value and reads it with <paramref name="read"/>; null when the value is null.</summary>
    public static T? Member<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::Tallyfy.Generated.Support.ApiJsonValueReader<T> read)
        where T : class => ReadIsNull(ref reader) ? null : read(ref reader);

    /// <inheritdoc cref="Member{T}"/>
    public static T? MemberValue<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::Tallyfy.Generated.Support.ApiJsonValueReader<T> read)
        where T : struct => ReadIsNull(ref reader) ? null : read(ref reader);

    /// <summary>Moves from a member's name to its value and reads it as a list (see <see cref="ReadList{T}"/>); null when the value is null.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<T>? MemberList<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::Tallyfy.Generated.Support.ApiJsonValueReader<T> readItem, bool itemsNullable = false) =>
        ReadIsNull(ref reader) ? null : ReadList(ref reader, readItem, itemsNullable);

    /// <summary>Moves from a member's name to its value and reads it as a map (see <see cref="ReadMap{T}"/>); null when the value is null.</summary>
    public static global::System.Collections.Generic.IReadOnlyDictionary<string, T>? MemberMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::Tallyfy.Generated.Support.ApiJsonValueReader<T> readValue, bool itemsNullable = false) =>
        ReadIsNull(ref reader) ? null : ReadMap(ref reader, readValue, itemsNullable);

    /// <summary>Reads the string at the reader: a method group for the list, map and union readers, where a lambda would be one more method.</summary>
    public static string ReadStringValue(ref global::System.Text.Json.Utf8JsonReader reader) => reader.GetString()!;

    /// <inheritdoc cref="ReadStringValue"/>
    public static int ReadInt32Value(ref global::System.Text.Json.Utf8JsonReader reader) => reader.GetInt32();

    /// <inheritdoc cref="ReadStringValue"/>
    public static long ReadInt64Value(ref global::System.Text.Json.Utf8JsonReader reader) => reader.GetInt64();

    /// <inheritdoc cref="ReadStringValue"/>
    public static bool ReadBooleanValue(ref global::System.Text.Json.Utf8JsonReader reader) => reader.GetBoolean();

    /// <inheritdoc cref="ReadStringValue"/>
    public static double ReadDoubleValue(ref global::System.Text.Json.Utf8JsonReader reader) => reader.GetDouble();

    /// <summary>
    /// Reads a number sent as a JSON number or as a JSON string holding one (a schema of type <c>[integer, string]</c>
    /// with a numeric format: how ASP.NET Core describes every number, its JSON options reading <c>"5"</c> as 5).
    /// </summary>
    public static T ReadNumberOrString<T>(ref global::System.Text.Json.Utf8JsonReader reader)
        where T : global::System.Numerics.INumber<T>
    {
        const global::System.Globalization.NumberStyles Styles = global::System.Globalization.NumberStyles.AllowLeadingSign
            | global::System.Globalization.NumberStyles.AllowDecimalPoint | global::System.Globalization.NumberStyles.AllowExponent;
        return reader.TokenType switch
        {
            global::System.Text.Json.JsonTokenType.String =>
                T.Parse(reader.GetString()!, Styles, global::System.Globalization.CultureInfo.InvariantCulture),
            global::System.Text.Json.JsonTokenType.Number => T.Parse(
                reader.HasValueSequence ? global::System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan,
                Styles, global::System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new global::System.InvalidOperationException(
                "Expected a number or a string holding one, not " + reader.TokenType + "."),
        };
    }

    /// <summary>
    /// Writes a number as a JSON string holding it, in the invariant culture (a <c>string</c> with a numeric format:
    /// Google's int64, Stripe's decimal; a <c>decimal</c> keeps its scale, <c>12.50</c>).
    /// </summary>
    public static void WriteNumberString<T>(global::System.Text.Json.Utf8JsonWriter writer, T value)
        where T : global::System.Numerics.INumber<T> =>
        writer.WriteStringValue(value.ToString(null, global::System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Writes a string value: a method group for the list and map writers.</summary>
    public static void WriteStringValue(global::System.Text.Json.Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

    /// <summary>Writes a number value: a method group for the list and map writers.</summary>
    public static void WriteNumberValue(global::System.Text.Json.Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    /// <inheritdoc cref="WriteNumberValue(global::System.Text.Json.Utf8JsonWriter, int)"/>
    public static void WriteNumberValue(global::System.Text.Json.Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    /// <inheritdoc cref="WriteNumberValue(global::System.Text.Json.Utf8JsonWriter, int)"/>
    public static void WriteNumberValue(global::System.Text.Json.Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);

    /// <summary>Writes a boolean value: a method group for the list and map writers.</summary>
    public static void WriteBooleanValue(global::System.Text.Json.Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    /// <summary>Writes the member unless its value is null.</summary>
    public static void WriteString(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    /// <inheritdoc cref="WriteString"/>
    public static void WriteBoolean(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } present)
        {
            writer.WriteBoolean(name, present);
        }
    }

    /// <inheritdoc cref="WriteString"/>
    public static void WriteNumber(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } present)
        {
            writer.WriteNumber(name, present);
        }
    }

    /// <inheritdoc cref="WriteString"/>
    public static void WriteNumber(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, long? value)
    {
        if (value is { } present)
        {
            writer.WriteNumber(name, present);
        }
    }

    /// <inheritdoc cref="WriteString"/>
    public static void WriteNumber(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, double? value)
    {
        if (value is { } present)
        {
            writer.WriteNumber(name, present);
        }
    }

    /// <inheritdoc cref="WriteString"/>
    public static void WriteUri(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.Uri? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value.OriginalString);
        }
    }

    /// <inheritdoc cref="WriteString"/>
    public static void WriteDateTimeOffset(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.DateTimeOffset? value)
    {
        if (value is { } present)
        {
            writer.WritePropertyName(name);
            WriteDateTimeOffset(writer, present);
        }
    }

    /// <summary>Writes the member with the type's own writer unless its value is null.</summary>
    public static void WriteMember<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, T? value, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write)
        where T : class
    {
        if (value is not null)
        {
            writer.WritePropertyName(name);
            write(writer, value);
        }
    }

    /// <summary>Writes the member with the type's own writer unless its value is null.</summary>
    public static void WriteMember<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, T? value, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> write)
        where T : struct
    {
        if (value is { } present)
        {
            writer.WritePropertyName(name);
            write(writer, present);
        }
    }

    /// <summary>Whether a media type is JSON (or absent, which is read as JSON).</summary>
    public static bool IsJson(string? mediaType) =>
        mediaType is null
        || string.Equals(mediaType, "application/json", global::System.StringComparison.OrdinalIgnoreCase)
        || string.Equals(mediaType, "text/json", global::System.StringComparison.OrdinalIgnoreCase)
        || mediaType.EndsWith("+json", global::System.StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a JSON array.</summary>
    /// <param name="reader">The reader, at the array's start.</param>
    /// <param name="readItem">Reads one item.</param>
    /// <param name="itemsNullable">The schema allows null items: the item reader gets them; otherwise a null item fails the read.</param>
    public static global::System.Collections.Generic.IReadOnlyList<T> ReadList<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::Tallyfy.Generated.Support.ApiJsonValueReader<T> readItem, bool itemsNullable = false)
    {
        Expect(ref reader, global::System.Text.Json.JsonTokenType.StartArray, "an array");
        var list = new global::System.Collections.Generic.List<T>();
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
        {
            if (!itemsNullable && reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                throw new global::System.Text.Json.JsonException("Item " + list.Count + " of the array is null, which the schema of its items does not allow.");
            }

            list.Add(readItem(ref reader));
        }

        return list;
    }

    /// <summary>Reads a JSON object as a map.</summary>
    /// <param name="reader">The reader, at the object's start.</param>
    /// <param name="readValue">Reads one value.</param>
    /// <param name="itemsNullable">The schema allows null values: the value reader gets them; otherwise a null value fails the read.</param>
    public static global::System.Collections.Generic.IReadOnlyDictionary<string, T> ReadMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::Tallyfy.Generated.Support.ApiJsonValueReader<T> readValue, bool itemsNullable = false)
    {
        Expect(ref reader, global::System.Text.Json.JsonTokenType.StartObject, "a map");
        var map = new global::System.Collections.Generic.Dictionary<string, T>(global::System.StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (!itemsNullable && reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                throw new global::System.Text.Json.JsonException("The value of '" + key + "' in the map is null, which the schema of its values does not allow.");
            }

            map[key] = readValue(ref reader);
        }

        return map;
    }

    public static void WriteList<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IEnumerable<T> values, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> writeItem)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writeItem(writer, value);
            }
        }

        writer.WriteEndArray();
    }

    public static void WriteMap<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, T>> values, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> writeValue)
    {
        writer.WriteStartObject();
        foreach (var pair in values)
        {
            writer.WritePropertyName(pair.Key);
            if (pair.Value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writeValue(writer, pair.Value);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// A date-time as <see cref="ParseDateTimeOffset"/> reads it; one without an offset (RFC 3339 wants one; Python's
    /// naive <c>datetime</c> has none) is UTC, not the machine's local time as System.Text.Json would have it.
    /// </summary>
    public static global::System.DateTimeOffset ReadDateTimeOffset(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        if (reader.TokenType == global::System.Text.Json.JsonTokenType.String && reader.TryGetDateTimeOffset(out var value))
        {
            // An offset (Z, +hh:mm or -hh:mm) can only follow the time, so it is after the T when there is one.
            var raw = reader.HasValueSequence || reader.ValueIsEscaped ? global::System.Text.Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;
            var time = global::System.MemoryExtensions.IndexOfAny(raw, (byte)'T', (byte)'t');
            return time >= 0 && global::System.MemoryExtensions.IndexOfAny(raw.Slice(time), "Zz+-"u8) >= 0
                ? value
                : new global::System.DateTimeOffset(value.DateTime, global::System.TimeSpan.Zero);
        }

        var text = reader.GetString();
        return ParseDateTimeOffset(text) ?? throw new global::System.Text.Json.JsonException("'" + text + "' is not a date-time.");
    }

    /// <summary>
    /// An RFC 3339 date-time with any offset and any number of fractional digits (beyond the seven a
    /// <c>DateTimeOffset</c> holds the rest are dropped), <c>t</c> and <c>z</c> in either case; null when it is not one.
    /// </summary>
    public static global::System.DateTimeOffset? ParseDateTimeOffset(string? text)
    {
        if (text is null)
        {
            return null;
        }

        // Digits past the seventh are cut, not rounded: .123456789 is .1234567, never a tick later.
        var dot = text.IndexOf('.');
        if (dot >= 0)
        {
            var end = dot + 1;
            while (end < text.Length && text[end] >= '0' && text[end] <= '9')
            {
                end++;
            }

            if (end - dot - 1 > 7)
            {
                text = text.Substring(0, dot + 8) + text.Substring(end);
            }
        }

        return global::System.DateTimeOffset.TryParse(text, global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;
    }

    /// <summary>Reads an RFC 1123 (HTTP) date, <c>Mon, 01 Jan 2024 00:00:00 GMT</c>, in any letter case.</summary>
    public static global::System.DateTimeOffset ReadRfc1123(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        var text = reader.GetString();
        return ParseRfc1123(text) ?? throw new global::System.Text.Json.JsonException("'" + text + "' is not an RFC 1123 date (ddd, dd MMM yyyy HH:mm:ss GMT).");
    }

    /// <summary>An RFC 1123 (HTTP) date in any letter case; null when it is not one (or names the wrong weekday).</summary>
    public static global::System.DateTimeOffset? ParseRfc1123(string? text) =>
        text is not null && global::System.DateTimeOffset.TryParseExact(text.Trim().ToUpperInvariant(), "r", global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : null;

    /// <summary>An RFC 1123 (HTTP) date: <c>Mon, 01 Jan 2024 00:00:00 GMT</c>, the instant in UTC.</summary>
    public static string FormatRfc1123(global::System.DateTimeOffset value) =>
        value.ToUniversalTime().ToString("r", global::System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads an ISO 8601 duration (<c>P1DT2H30M</c>); years count 365 days and months 30, as <c>XmlConvert</c> does.</summary>
    public static global::System.TimeSpan ReadDuration(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        var text = reader.GetString();
        return TryParseDuration(text, out var value, out var tooLong)
            ? value
            : throw new global::System.Text.Json.JsonException(tooLong
                ? "'" + text + "' does not fit a TimeSpan (at most about 29,000 years)."
                : "'" + text + "' is not an ISO 8601 duration (P1DT2H30M, P2W).");
    }

    /// <summary>An ISO 8601 duration; null when it is not one or does not fit a <c>TimeSpan</c>.</summary>
    public static global::System.TimeSpan? ParseDuration(string? text) => TryParseDuration(text, out var value, out _) ? value : null;

    /// <summary>
    /// An ISO 8601 duration as RFC 3339 (Appendix A) writes it: the date and time form (<c>P1DT2H30M</c>, XML Schema's
    /// reading, a fraction of seconds allowed) or the week form (<c>P2W</c>), either signed. <paramref name="tooLong"/>
    /// says a well-formed duration is beyond what a <c>TimeSpan</c> holds.
    /// </summary>
    private static bool TryParseDuration(string? text, out global::System.TimeSpan value, out bool tooLong)
    {
        value = default;
        tooLong = false;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        var negative = trimmed.StartsWith("-", global::System.StringComparison.Ordinal);
        var start = negative ? 2 : 1;
        if (trimmed.Length > start + 1 && trimmed[start - 1] == 'P' && trimmed[trimmed.Length - 1] == 'W')
        {
            var weeks = trimmed.Substring(start, trimmed.Length - start - 1);
            foreach (var c in weeks)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            // TimeSpan holds about 1,525,000 weeks; more digits than a long's are beyond it too.
            if (weeks.Length > 18 || long.Parse(weeks, global::System.Globalization.CultureInfo.InvariantCulture) is var count && count > global::System.TimeSpan.MaxValue.Days / 7)
            {
                tooLong = true;
                return false;
            }

            value = global::System.TimeSpan.FromDays((negative ? -count : count) * 7);
            return true;
        }

        try
        {
            value = global::System.Xml.XmlConvert.ToTimeSpan(trimmed);
            return true;
        }
        catch (global::System.Exception ex) when (ex is global::System.FormatException or global::System.OverflowException)
        {
            // XmlConvert refuses a component too large for its own arithmetic as malformed: well-formed is too long.
            tooLong = global::System.Text.RegularExpressions.Regex.IsMatch(
                trimmed, @"^-?P(?=[0-9]|T[0-9])([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+(\.[0-9]+)?S)?)?\z", global::System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            return false;
        }
    }

    /// <summary>An ISO 8601 duration: <c>P1DT2H</c>, <c>-PT0.5S</c>.</summary>
    public static string FormatDuration(global::System.TimeSpan value) => global::System.Xml.XmlConvert.ToString(value);

    /// <summary>Reads an RFC 3339 time (<c>HH:mm:ss</c>, any fraction); an offset after it is accepted and dropped, since <c>TimeOnly</c> holds none.</summary>
    public static global::System.TimeOnly ReadTimeOnly(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        var text = reader.GetString();
        return ParseTimeOnly(text) ?? throw new global::System.Text.Json.JsonException("'" + text + "' is not a time (HH:mm:ss).");
    }

    /// <summary>An RFC 3339 time with any fraction (beyond seven digits the rest is dropped) and an optional offset; null when it is not one.</summary>
    public static global::System.TimeOnly? ParseTimeOnly(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var time = text.Trim();
        var end = time.Length;
        var offset = time.IndexOfAny(new[] { 'Z', 'z', '+', '-' });
        if (offset >= 0)
        {
            end = offset;
        }

        var fraction = time.IndexOf('.');
        if (fraction >= 0 && fraction < end && end - fraction - 1 > 7)
        {
            time = time.Substring(0, fraction + 8);
        }
        else
        {
            time = time.Substring(0, end);
        }

        return global::System.TimeOnly.TryParseExact(time, new[] { "HH:mm:ss", "HH:mm:ss.FFFFFFF" }, global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.None, out var value)
            ? value
            : null;
    }

    /// <summary>An RFC 3339 partial-time: <c>HH:mm:ss</c>, with the fraction only when there is one.</summary>
    public static string FormatTimeOnly(global::System.TimeOnly value) =>
        value.ToString("HH':'mm':'ss.FFFFFFF", global::System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads <c>format: byte</c>: base64 (RFC 4648 §4) as it is written, and what servers send in its name as well: the
    /// URL-safe alphabet (§5: Google's APIs document theirs as <c>format: byte</c>), padding left out, line breaks.
    /// </summary>
    public static byte[] ReadBytes(ref global::System.Text.Json.Utf8JsonReader reader) => ReadBase64(ref reader, "base64");

    /// <summary>Reads base64url (RFC 4648 §5: <c>-</c> and <c>_</c>, padding optional), and plain base64 as well.</summary>
    public static byte[] ReadBase64Url(ref global::System.Text.Json.Utf8JsonReader reader) => ReadBase64(ref reader, "base64url");

    /// <summary>Either alphabet, padding and line breaks optional; the reader's own decoding first, for the common case.</summary>
    private static byte[] ReadBase64(ref global::System.Text.Json.Utf8JsonReader reader, string expected)
    {
        if (reader.TryGetBytesFromBase64(out var bytes))
        {
            return bytes;
        }

        var text = reader.GetString();
        return ParseBase64Url(text) ?? throw new global::System.Text.Json.JsonException("'" + text + "' is not " + expected + ".");
    }

    private static readonly char[] Whitespace = { ' ', '\t', '\r', '\n' };

    /// <summary>Base64url (or plain base64) text as bytes, line breaks and padding optional; null when it is neither.</summary>
    public static byte[]? ParseBase64Url(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var base64 = text.Replace('-', '+').Replace('_', '/');
        if (base64.IndexOfAny(Whitespace) >= 0)
        {
            base64 = string.Concat(base64.Split(Whitespace, global::System.StringSplitOptions.RemoveEmptyEntries));
        }

        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        try
        {
            return global::System.Convert.FromBase64String(base64);
        }
        catch (global::System.FormatException)
        {
            return null;
        }
    }

    /// <summary>Base64url without padding (RFC 4648 §5).</summary>
    public static string FormatBase64Url(byte[] value) =>
        global::System.Convert.ToBase64String(value).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Writes a date-time as RFC 3339: a UTC value ends in <c>Z</c>, any other offset is written as it is.</summary>
    public static void WriteDateTimeOffset(global::System.Text.Json.Utf8JsonWriter writer, global::System.DateTimeOffset value)
    {
        if (value.Offset == global::System.TimeSpan.Zero)
        {
            writer.WriteStringValue(value.UtcDateTime);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    public static global::System.DateOnly ReadDateOnly(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        var text = reader.GetString();
        if (global::System.DateOnly.TryParseExact(text, "yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.None, out var value))
        {
            return value;
        }

        throw new global::System.Text.Json.JsonException("'" + text + "' is not a date (yyyy-MM-dd).");
    }

    public static global::System.Uri ReadUri(ref global::System.Text.Json.Utf8JsonReader reader) =>
        new(reader.GetString()!, global::System.UriKind.RelativeOrAbsolute);

    /// <summary>Reads one variant of a union from a copy of the reader; a value that does not fit gives false, never an exception.</summary>
    public static bool TryReadVariant<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::Tallyfy.Generated.Support.ApiJsonValueReader<T> read, out T value)
    {
        t_variantReads++;
        try
        {
            value = read(ref reader);
            return true;
        }
        catch (global::System.Exception ex) when (ex is global::System.Text.Json.JsonException or global::System.FormatException
            or global::System.InvalidOperationException or global::System.OverflowException or global::System.ArgumentException)
        {
            value = default!;
            return false;
        }
        finally
        {
            t_variantReads--;
        }
    }

    /// <summary>Reads one variant of a union; only a value that fits moves the reader on, any other gives false.</summary>
    public static bool ReadVariant<T>(ref global::System.Text.Json.Utf8JsonReader reader, global::Tallyfy.Generated.Support.ApiJsonValueReader<T> read, out T value)
    {
        var attempt = reader;
        if (!TryReadVariant(ref attempt, read, out value))
        {
            return false;
        }

        reader = attempt;
        return true;
    }

    /// <summary>The string value of a top-level property of the object at the reader (a copy: the caller's reader stays put).</summary>
    public static string? FindDiscriminator(global::System.Text.Json.Utf8JsonReader reader, string propertyName)
    {
        var depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1 && reader.ValueTextEquals(propertyName))
            {
                reader.Read();
                return reader.TokenType == global::System.Text.Json.JsonTokenType.String ? reader.GetString() : null;
            }

            if (reader.TokenType is global::System.Text.Json.JsonTokenType.StartObject or global::System.Text.Json.JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return null;
    }

    /// <summary>
    /// The object variants that may hold the object at the reader: those whose required properties are all present,
    /// best first (most of the object's properties known to the variant, then fewest unknown).
    /// </summary>
    public static int[] RankObjectVariants(global::System.Text.Json.Utf8JsonReader reader, string[][] known, string[][] required)
    {
        var present = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);
        var depth = reader.CurrentDepth;
        try
        {
            while (reader.Read() && !(reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject && reader.CurrentDepth == depth))
            {
                if (reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1)
                {
                    present.Add(reader.GetString()!);
                }
                else if (reader.TokenType is global::System.Text.Json.JsonTokenType.StartObject or global::System.Text.Json.JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
            }
        }
        catch (global::System.Text.Json.JsonException)
        {
            // A truncated object: rank on what was read; the variant's own reader reports the error.
        }

        var candidates = new global::System.Collections.Generic.List<(int Index, int Matched, int Unknown)>();
        for (var i = 0; i < known.Length; i++)
        {
            if (!global::System.Linq.Enumerable.All(required[i], present.Contains))
            {
                continue;
            }

            var matched = global::System.Linq.Enumerable.Count(known[i], present.Contains);
            candidates.Add((i, matched, present.Count - matched));
        }

        candidates.Sort((a, b) => a.Matched != b.Matched ? b.Matched.CompareTo(a.Matched) : a.Unknown != b.Unknown ? a.Unknown.CompareTo(b.Unknown) : a.Index.CompareTo(b.Index));
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = candidates[i].Index;
        }

        return order;
    }

    /// <summary>
    /// A <c>format: binary</c> value inside JSON: unencoded octets (OpenAPI 3.1 and later: <c>contentMediaType</c> without
    /// <c>contentEncoding</c>; base64 is <c>format: byte</c>), so the string's own text, in UTF-8, as pydantic (FastAPI)
    /// writes a <c>bytes</c> field it documents so.
    /// </summary>
    public static global::Tallyfy.Generated.Support.ApiFile ReadFile(ref global::System.Text.Json.Utf8JsonReader reader)
    {
        Expect(ref reader, global::System.Text.Json.JsonTokenType.String, "a format: binary value");
        return new(new global::System.IO.MemoryStream(global::System.Text.Encoding.UTF8.GetBytes(reader.GetString()!), writable: false));
    }

    /// <summary>Writes a file's octets as the JSON string they are the UTF-8 text of; octets that are not UTF-8 text cannot go unencoded into JSON.</summary>
    public static void WriteFile(global::System.Text.Json.Utf8JsonWriter writer, global::Tallyfy.Generated.Support.ApiFile file)
    {
        using var buffer = new global::System.IO.MemoryStream();
        file.Content.CopyTo(buffer);
        var octets = new global::System.ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (global::System.Text.Unicode.Utf8.IsValid(octets))
        {
            writer.WriteStringValue(octets);
        }
        else
        {
            throw new global::System.ArgumentException(
                "A format: binary value inside JSON is written as its UTF-8 text, and these octets are not UTF-8 text (format: byte carries any octets, as base64).",
                nameof(file));
        }
    }

    /// <summary>
    /// Keeps a member the object's schema does not declare (the reader is at its name), so writing the object back loses
    /// nothing; the dictionary is made on the first such member, and returned. The members are kept as their JSON text, copied as
    /// read: they are parsed into elements only when the dictionary is first used.
    /// </summary>
    public static global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement> KeepMember(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? members)
    {
        var kept = members as global::Tallyfy.Generated.Support.ApiJson.Members ?? new global::Tallyfy.Generated.Support.ApiJson.Members();
        kept.Append(ref reader);
        return kept;
    }

    /// <summary>Keeps an undeclared member whose values the schema types (<c>additionalProperties</c>).</summary>
    public static void ReadMember<T>(ref global::System.Text.Json.Utf8JsonReader reader, ref global::System.Collections.Generic.Dictionary<string, T>? members, global::Tallyfy.Generated.Support.ApiJsonValueReader<T> readValue)
    {
        var name = reader.GetString()!;
        reader.Read();
        (members ??= new global::System.Collections.Generic.Dictionary<string, T>(global::System.StringComparer.Ordinal))[name] = readValue(ref reader);
    }

    /// <summary>Writes the undeclared members back into the object being written (none when null).</summary>
    public static void WriteMembers(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement>>? members)
    {
        if (members is null)
        {
            return;
        }

        foreach (var pair in members)
        {
            writer.WritePropertyName(pair.Key);
            pair.Value.WriteTo(writer);
        }
    }

    /// <summary>Writes typed undeclared members back into the object being written.</summary>
    public static void WriteMembers<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, T>>? members, global::System.Action<global::System.Text.Json.Utf8JsonWriter, T> writeValue)
    {
        if (members is null)
        {
            return;
        }

        foreach (var pair in members)
        {
            writer.WritePropertyName(pair.Key);
            if (pair.Value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writeValue(writer, pair.Value);
            }
        }
    }

    /// <summary>
    /// The discriminator value of the object at the reader, when it is a string (a copy of the reader looks ahead, so
    /// the property may come anywhere); null when the token is not an object or the property is absent.
    /// </summary>
    public static string? PeekDiscriminator(global::System.Text.Json.Utf8JsonReader reader, string propertyName) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.StartObject ? FindDiscriminator(reader, propertyName) : null;

    /// <summary>
    /// The undeclared members of an object as they were read: their JSON text, copied token by token into one array
    /// (no element, document or name string per member); a dictionary of elements is made from it on first use.
    /// </summary>
    internal sealed class Members : global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>
    {
        private byte[] _json = new byte[128];
        private int _length;
        private global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? _parsed;

        /// <summary>Copies the member at the reader (at its name) and its value; the reader ends on the value's last token.</summary>
        internal void Append(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            Put(_length == 0 ? (byte)'{' : (byte)',');
            PutQuoted(ref reader);
            Put((byte)':');
            reader.Read();
            var depth = reader.CurrentDepth;
            var comma = false;
            while (true)
            {
                switch (reader.TokenType)
                {
                    case global::System.Text.Json.JsonTokenType.Comment:
                        break;
                    case global::System.Text.Json.JsonTokenType.PropertyName:
                        PutComma(ref comma);
                        PutQuoted(ref reader);
                        Put((byte)':');
                        break;
                    case global::System.Text.Json.JsonTokenType.StartObject:
                    case global::System.Text.Json.JsonTokenType.StartArray:
                        PutComma(ref comma);
                        Put(reader.TokenType == global::System.Text.Json.JsonTokenType.StartObject ? (byte)'{' : (byte)'[');
                        break;
                    case global::System.Text.Json.JsonTokenType.EndObject:
                    case global::System.Text.Json.JsonTokenType.EndArray:
                        Put(reader.TokenType == global::System.Text.Json.JsonTokenType.EndObject ? (byte)'}' : (byte)']');
                        comma = true;
                        break;
                    case global::System.Text.Json.JsonTokenType.String:
                        PutComma(ref comma);
                        PutQuoted(ref reader);
                        comma = true;
                        break;
                    default:
                        PutComma(ref comma);
                        PutRaw(ref reader);
                        comma = true;
                        break;
                }

                if (reader.CurrentDepth == depth && reader.TokenType != global::System.Text.Json.JsonTokenType.PropertyName
                    && reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject && reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray
                    && reader.TokenType != global::System.Text.Json.JsonTokenType.Comment)
                {
                    return;
                }

                reader.Read();
            }
        }

        private void PutComma(ref bool comma)
        {
            if (comma)
            {
                Put((byte)',');
                comma = false;
            }
        }

        /// <summary>A string or a name exactly as written, escapes included, in its quotes.</summary>
        private void PutQuoted(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            Put((byte)'"');
            PutRaw(ref reader);
            Put((byte)'"');
        }

        private void PutRaw(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (reader.HasValueSequence)
            {
                foreach (var segment in reader.ValueSequence)
                {
                    Put(segment.Span);
                }
            }
            else
            {
                Put(reader.ValueSpan);
            }
        }

        private void Put(byte value)
        {
            Room(1);
            _json[_length++] = value;
        }

        private void Put(global::System.ReadOnlySpan<byte> bytes)
        {
            Room(bytes.Length);
            bytes.CopyTo(global::System.MemoryExtensions.AsSpan(_json, _length));
            _length += bytes.Length;
        }

        private void Room(int more)
        {
            if (_length + more + 1 > _json.Length)
            {
                global::System.Array.Resize(ref _json, global::System.Math.Max(_json.Length * 2, _length + more + 1));
            }
        }

        /// <summary>The members as elements, parsed from the text on first use (a later member of the same name wins, as it did when read).</summary>
        private global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement> Parsed
        {
            get
            {
                if (global::System.Threading.Volatile.Read(ref _parsed) is { } parsed)
                {
                    return parsed;
                }

                var json = new byte[_length + 1];
                global::System.MemoryExtensions.AsSpan(_json, 0, _length).CopyTo(json);
                json[_length] = (byte)'}';
                var reader = new global::System.Text.Json.Utf8JsonReader(json);
                var members = new global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>(global::System.StringComparer.Ordinal);
                foreach (var member in global::System.Text.Json.JsonElement.ParseValue(ref reader).EnumerateObject())
                {
                    members[member.Name] = member.Value;
                }

                return global::System.Threading.Interlocked.CompareExchange(ref _parsed, members, null) ?? members;
            }
        }

        public global::System.Text.Json.JsonElement this[string key]
        {
            get => Parsed[key];
            set => Parsed[key] = value;
        }

        public global::System.Collections.Generic.ICollection<string> Keys => Parsed.Keys;

        public global::System.Collections.Generic.ICollection<global::System.Text.Json.JsonElement> Values => Parsed.Values;

        public int Count => Parsed.Count;

        public bool IsReadOnly => false;

        public void Add(string key, global::System.Text.Json.JsonElement value) => Parsed.Add(key, value);

        public void Add(global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement> item) => Parsed.Add(item.Key, item.Value);

        public void Clear() => Parsed.Clear();

        public bool Contains(global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement> item) =>
            ((global::System.Collections.Generic.ICollection<global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement>>)Parsed).Contains(item);

        public bool ContainsKey(string key) => Parsed.ContainsKey(key);

        public void CopyTo(global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement>[] array, int arrayIndex) =>
            ((global::System.Collections.Generic.ICollection<global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement>>)Parsed).CopyTo(array, arrayIndex);

        public bool Remove(string key) => Parsed.Remove(key);

        public bool Remove(global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement> item) =>
            ((global::System.Collections.Generic.ICollection<global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement>>)Parsed).Remove(item);

        public bool TryGetValue(string key, out global::System.Text.Json.JsonElement value) => Parsed.TryGetValue(key, out value);

        public global::System.Collections.Generic.IEnumerator<global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement>> GetEnumerator() => Parsed.GetEnumerator();

        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
