namespace Tallyfy.Generated.SourceGenerator.Model;

/// <summary>Media type names as the spec and the response's Content-Type are compared.</summary>
internal static class MediaTypes
{
    /// <summary>The media type without its parameters, lower case: <c>Text/Event-Stream; charset=utf-8</c> → <c>text/event-stream</c>.</summary>
    public static string Base(string mediaType) => mediaType.Split(';')[0].Trim().ToLowerInvariant();

    /// <summary>Whether a media type <see cref="Base"/> is a JSON one: <c>application/json</c>, any <c>+json</c>, <c>text/json</c>.</summary>
    public static bool IsJson(string baseType) =>
        baseType == "application/json" || baseType.EndsWith("+json", System.StringComparison.Ordinal) || baseType == "text/json";
}
