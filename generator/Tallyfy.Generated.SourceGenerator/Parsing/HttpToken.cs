namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>
/// What a header's or a cookie's name may be: a <c>token</c> (RFC 9110 section 5.6.2, which RFC 6265 takes for cookie
/// names), one or more of the letters, digits and <c>!#$%&amp;'*+-.^_`|~</c>. Anything else (a space, a colon, a
/// bracket, an empty name) no request can carry.
/// </summary>
internal static class HttpToken
{
    public static bool IsToken(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsTokenChar(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTokenChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
}
