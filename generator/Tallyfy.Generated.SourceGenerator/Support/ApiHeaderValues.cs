// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>Parses typed response header values; a value that does not parse reads as null (the raw text stays in Headers).</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
internal static class ApiHeaderValues
{
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
        global::System.DateTimeOffset.TryParse(value, global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.AssumeUniversal, out var result) ? result : null;
}
