// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>Parses typed response header values; a value that does not parse reads as null (the raw text stays in Headers).</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
internal static class ApiHeaderValues
{
    /// <summary>A header holding a list (style simple: <c>a, b,c</c>, or the header repeated): its items, blanks around each trimmed.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<string>? ParseList(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Trim(' ', '\t').Length == 0)
        {
            return global::System.Array.Empty<string>();
        }

        var items = value.Split(',');
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = items[i].Trim(' ', '\t');
        }

        return items;
    }

    /// <summary>A header holding a list of integers; null when any item is not one.</summary>
    public static global::System.Collections.Generic.IReadOnlyList<long>? ParseInt64List(string? value)
    {
        if (ParseList(value) is not { } items)
        {
            return null;
        }

        var numbers = new long[items.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            if (ParseInt64(items[i]) is not { } number)
            {
                return null;
            }

            numbers[i] = number;
        }

        return numbers;
    }

    public static int? ParseInt32(string? value) =>
        int.TryParse(value, global::System.Globalization.NumberStyles.Integer, global::System.Globalization.CultureInfo.InvariantCulture, out var result) ? result : null;

    public static long? ParseInt64(string? value) =>
        long.TryParse(value, global::System.Globalization.NumberStyles.Integer, global::System.Globalization.CultureInfo.InvariantCulture, out var result) ? result : null;

    public static double? ParseDouble(string? value) =>
        double.TryParse(value, global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture, out var result) ? result : null;

    public static bool? ParseBoolean(string? value) =>
        bool.TryParse(value, out var result) ? result : null;

    public static global::System.Guid? ParseGuid(string? value) =>
        global::System.Guid.TryParse(value, out var result) ? result : null;

    public static global::System.DateTimeOffset? ParseDateTimeOffset(string? value) =>
        global::Tallyfy.Generated.Support.ApiJson.ParseDateTimeOffset(value);

    public static decimal? ParseDecimal(string? value) =>
        decimal.TryParse(value, global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture, out var result) ? result : null;

    public static ulong? ParseUInt64(string? value) =>
        ulong.TryParse(value, global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out var result) ? result : null;

    /// <summary>An HTTP date (<c>date-time-rfc1123</c>, <c>http-date</c>): <c>Mon, 01 Jan 2024 00:00:00 GMT</c>.</summary>
    public static global::System.DateTimeOffset? ParseRfc1123(string? value) =>
        global::Tallyfy.Generated.Support.ApiJson.ParseRfc1123(value);

    public static global::System.DateOnly? ParseDateOnly(string? value) =>
        global::System.DateOnly.TryParseExact(value, "yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.None, out var result) ? result : null;

    public static global::System.TimeOnly? ParseTimeOnly(string? value) =>
        global::Tallyfy.Generated.Support.ApiJson.ParseTimeOnly(value);

    /// <summary>An ISO 8601 duration (<c>P1DT2H</c>).</summary>
    public static global::System.TimeSpan? ParseDuration(string? value) =>
        global::Tallyfy.Generated.Support.ApiJson.ParseDuration(value);

    /// <summary>Base64 in either alphabet (RFC 4648 §4 or §5), padding optional, as <c>format: byte</c> is read in JSON.</summary>
    public static byte[]? ParseBase64(string? value) =>
        global::Tallyfy.Generated.Support.ApiJson.ParseBase64Url(value);

    public static global::System.Uri? ParseUri(string? value) =>
        global::System.Uri.TryCreate(value, global::System.UriKind.RelativeOrAbsolute, out var result) ? result : null;
}
