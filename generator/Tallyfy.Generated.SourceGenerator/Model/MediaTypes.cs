namespace Tallyfy.Generated.SourceGenerator.Model;

/// <summary>Media type names as the spec and the response's Content-Type are compared.</summary>
internal static class MediaTypes
{
    /// <summary>The media type without its parameters, lower case: <c>Text/Event-Stream; charset=utf-8</c> → <c>text/event-stream</c>.</summary>
    public static string Base(string mediaType) => mediaType.Split(';')[0].Trim().ToLowerInvariant();

    /// <summary>Whether a media type <see cref="Base"/> is a JSON one: <c>application/json</c>, any <c>+json</c>, <c>text/json</c>.</summary>
    public static bool IsJson(string baseType) =>
        baseType == "application/json" || baseType.EndsWith("+json", System.StringComparison.Ordinal) || baseType == "text/json";

    /// <summary>
    /// Whether a content key is a media type (or a range such as <c>text/*</c>) as HTTP writes one and .NET's
    /// <c>MediaTypeHeaderValue</c> reads it: <c>type/subtype</c> of tokens, then parameters <c>; name=value</c> (a
    /// token or a quoted string; a bare name is read too). Not one: <c>applicationjson</c>, <c>application/json,
    /// charset=utf-8</c>, an example's name (<c>code</c>) written where a media type belongs, a trailing <c>;</c>.
    /// </summary>
    public static bool IsWellFormed(string mediaType)
    {
        var i = SkipSpace(mediaType, 0);
        if (!Token(mediaType, ref i) || i >= mediaType.Length || mediaType[i] != '/')
        {
            return false;
        }

        i++;
        if (!Token(mediaType, ref i))
        {
            return false;
        }

        while (true)
        {
            i = SkipSpace(mediaType, i);
            if (i == mediaType.Length)
            {
                return true;
            }

            if (mediaType[i] != ';')
            {
                return false;
            }

            i = SkipSpace(mediaType, i + 1);
            if (!Token(mediaType, ref i))
            {
                return false;
            }

            i = SkipSpace(mediaType, i);
            if (i < mediaType.Length && mediaType[i] == '=')
            {
                i = SkipSpace(mediaType, i + 1);
                if (!Token(mediaType, ref i) && !QuotedString(mediaType, ref i))
                {
                    return false;
                }
            }
        }
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
        {
            i++;
        }

        return i;
    }

    /// <summary>RFC 9110's token: one or more of the visible characters that are not delimiters.</summary>
    private static bool Token(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && IsTokenChar(text[i]))
        {
            i++;
        }

        return i > start;
    }

    private static bool IsTokenChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0;

    private static bool QuotedString(string text, ref int i)
    {
        if (i >= text.Length || text[i] != '"')
        {
            return false;
        }

        for (var j = i + 1; j < text.Length; j++)
        {
            if (text[j] == '\\')
            {
                j++;
            }
            else if (text[j] == '"')
            {
                i = j + 1;
                return true;
            }
        }

        return false;
    }
}
