using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// Just enough of a C# reader to cut the support templates into their declarations, the way Roslyn's syntax tree cuts
/// them (each declaration's full span, leading comments and blank lines included, up to the end of its last line), and
/// to list the names each one uses, in its code and in its doc comments' <c>cref</c> and <c>name</c> attributes.
/// It reads the generator's own well-formed files, not arbitrary C#; the tests check it against Roslyn on every
/// support file. It exists so that emitting a client never loads the compiler (the command line starts faster).
/// </summary>
internal static class CSharpScanner
{
    private static readonly Regex DocReference = new(
        "\\bcref\\s*=\\s*(\"(?<value>[^\"]*)\"|'(?<value>[^']*)')|<(param|paramref|typeparam|typeparamref)\\b[^>]*?\\bname\\s*=\\s*(\"(?<value>[^\"]*)\"|'(?<value>[^']*)')",
        RegexOptions.CultureInvariant);

    private static readonly HashSet<string> TypeKeywords = new(StringComparer.Ordinal) { "class", "struct", "interface", "enum", "record" };

    /// <summary>The declarations at the top level of <paramref name="text"/> (a file body after its namespace line).</summary>
    public static IReadOnlyList<CSharpDeclaration> Declarations(string text)
    {
        var tokens = Tokens(text);
        return Split(text, tokens, 0, tokens.Count, 0);
    }

    /// <summary>The members between a type declaration's braces.</summary>
    public static IReadOnlyList<CSharpDeclaration> Members(string text, CSharpDeclaration type)
    {
        if (type.OpenBrace < 0)
        {
            return Array.Empty<CSharpDeclaration>();
        }

        var open = type.AllTokens[type.OpenBrace];
        return Split(text, type.AllTokens, type.OpenBrace + 1, type.CloseBrace, TriviaEnd(text, open.End));
    }

    /// <summary>
    /// Cuts the code tokens in [<paramref name="from"/>, <paramref name="to"/>) into declarations: each ends at a
    /// <c>;</c> or a closing <c>}</c> at its own level (a <c>}</c> followed by <c>=</c> or <c>;</c>, or after an
    /// initializer or an expression body, does not end it).
    /// </summary>
    private static List<CSharpDeclaration> Split(string text, List<CSharpToken> tokens, int from, int to, int fullStart)
    {
        var declarations = new List<CSharpDeclaration>();
        int braces = 0, parens = 0, first = -1, openBrace = -1;
        var assigned = false;
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            if (token.InComment)
            {
                continue;
            }

            first = first < 0 ? i : first;
            var end = false;
            switch (token.Text)
            {
                case "(" or "[":
                    parens++;
                    break;
                case ")" or "]":
                    parens--;
                    break;
                case "{" when parens == 0:
                    openBrace = braces == 0 && openBrace < 0 && !assigned ? i : openBrace;
                    braces++;
                    break;
                case "}" when parens == 0:
                    braces--;
                    if (braces == 0 && !assigned)
                    {
                        var next = NextCode(tokens, i + 1, to);
                        end = next < 0 || tokens[next].Text != "=";
                        if (end && next >= 0 && tokens[next].Text == ";")
                        {
                            i = next;
                        }
                    }

                    break;
                case "=" or "=>" when parens == 0 && braces == 0:
                    assigned = true;
                    break;
                case ";" when parens == 0 && braces == 0:
                    end = true;
                    break;
            }

            if (!end)
            {
                continue;
            }

            var fullEnd = TriviaEnd(text, tokens[i].End);
            var close = openBrace >= 0 ? Matching(tokens, openBrace, i + 1) : -1;
            declarations.Add(new CSharpDeclaration(
                NameOf(tokens, first, i + 1),
                fullStart,
                fullEnd,
                tokens,
                FirstTokenFrom(tokens, fullStart),
                FirstTokenFrom(tokens, fullEnd),
                close < 0 ? -1 : openBrace,
                close));
            fullStart = fullEnd;
            first = -1;
            openBrace = -1;
            assigned = false;
        }

        return declarations;
    }

    private static int Matching(List<CSharpToken> tokens, int open, int to)
    {
        var depth = 0;
        for (var i = open; i < to; i++)
        {
            if (tokens[i].InComment)
            {
                continue;
            }

            depth += tokens[i].Text == "{" ? 1 : tokens[i].Text == "}" ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static int NextCode(List<CSharpToken> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!tokens[i].InComment)
            {
                return i;
            }
        }

        return -1;
    }

    private static int FirstTokenFrom(List<CSharpToken> tokens, int position)
    {
        var low = 0;
        var high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// A declaration's name: the identifier after <c>class</c>, <c>struct</c>, <c>interface</c>, <c>enum</c> or
    /// <c>record</c>; else the last identifier before its parameters, body, initializer or <c>;</c> (a method's type
    /// parameters skipped).
    /// </summary>
    private static string NameOf(List<CSharpToken> tokens, int from, int to)
    {
        var head = new List<CSharpToken>();
        var brackets = 0;
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            if (token.InComment)
            {
                continue;
            }

            if (token.Text == "[")
            {
                brackets++;
            }
            else if (token.Text == "]")
            {
                brackets--;
            }
            else if (brackets == 0)
            {
                if (token.Text is "(" or "{" or "=" or "=>" or ";" or ":")
                {
                    break;
                }

                head.Add(token);
            }
        }

        for (var i = 0; i < head.Count - 1; i++)
        {
            if (head[i].Kind == CSharpTokenKind.Identifier && TypeKeywords.Contains(head[i].Text))
            {
                var name = i + 1;
                while (name < head.Count - 1 && head[name].Text is "struct" or "class")
                {
                    name++;
                }

                return head[name].Text;
            }
        }

        var last = head.Count - 1;
        if (last >= 0 && head[last].Text == ">")
        {
            var depth = 0;
            for (; last >= 0; last--)
            {
                depth += head[last].Text == ">" ? 1 : head[last].Text == "<" ? -1 : 0;
                if (depth == 0)
                {
                    last--;
                    break;
                }
            }
        }

        for (; last >= 0; last--)
        {
            if (head[last].Kind == CSharpTokenKind.Identifier)
            {
                return head[last].Text;
            }
        }

        throw new InvalidOperationException("A support declaration has no name: " + string.Join(" ", head.ConvertAll(t => t.Text)));
    }

    /// <summary>Where a token's trailing trivia ends: spaces and a comment on its line, then the line's end.</summary>
    private static int TriviaEnd(string text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t')
        {
            position++;
        }

        if (position + 1 < text.Length && text[position] == '/' && text[position + 1] == '/')
        {
            while (position < text.Length && text[position] is not ('\n' or '\r'))
            {
                position++;
            }
        }

        if (position < text.Length && text[position] == '\r')
        {
            position++;
        }

        if (position < text.Length && text[position] == '\n')
        {
            position++;
        }

        return position;
    }

    /// <summary>
    /// The tokens of <paramref name="text"/> in order: identifiers (keywords too: nothing here tells them apart) and
    /// punctuation, literals left out; and, marked <see cref="CSharpToken.InComment"/>, the names in doc comments'
    /// <c>cref</c> and <c>name</c> attributes, each value between two quote tokens.
    /// </summary>
    public static List<CSharpToken> Tokens(string text)
    {
        // About one token per eight characters of the support templates: the list grows once or twice, not from empty.
        var tokens = new List<CSharpToken>(text.Length / 8);
        Scan(text, 0, text.Length, tokens, inComment: false, inHole: false);
        return tokens;
    }

    private static int Scan(string text, int position, int end, List<CSharpToken> tokens, bool inComment, bool inHole)
    {
        var depth = 0;
        while (position < end)
        {
            var c = text[position];
            var next = position + 1 < end ? text[position + 1] : '\0';
            if (char.IsWhiteSpace(c))
            {
                position++;
            }
            else if (c == '/' && next == '/')
            {
                var lineEnd = text.IndexOf('\n', position);
                lineEnd = lineEnd < 0 ? end : Math.Min(lineEnd, end);
                if (!inComment && position + 2 < end && text[position + 2] == '/' && (position + 3 >= end || text[position + 3] != '/'))
                {
                    DocComment(text, position + 3, lineEnd, tokens);
                }

                position = lineEnd;
            }
            else if (c == '/' && next == '*')
            {
                var close = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
                position = close < 0 ? end : close + 2;
            }
            else if (c == '"' || (c is '$' or '@' && (next == '"' || (next is '$' or '@' && position + 2 < end && text[position + 2] == '"'))))
            {
                position = StringLiteral(text, position, end, tokens, inComment);
            }
            else if (c == '\'')
            {
                position++;
                while (position < end && text[position] != '\'')
                {
                    position += text[position] == '\\' ? 2 : 1;
                }

                position++;
            }
            else if (char.IsLetter(c) || c == '_' || (c == '@' && (char.IsLetter(next) || next == '_')))
            {
                var start = c == '@' ? position + 1 : position;
                position = start;
                while (position < end && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
                {
                    position++;
                }

                tokens.Add(new CSharpToken(CSharpTokenKind.Identifier, text.Substring(start, position - start), start, position, inComment));
            }
            else if (char.IsDigit(c))
            {
                while (position < end && (char.IsLetterOrDigit(text[position]) || text[position] == '_'
                    || (text[position] == '.' && position + 1 < end && char.IsDigit(text[position + 1]))))
                {
                    position++;
                }
            }
            else
            {
                if (inHole && depth == 0 && (c == '}' || (c == ':' && next != ':') || c == ','))
                {
                    return position;
                }

                depth += c is '(' or '[' or '{' ? 1 : c is ')' or ']' or '}' ? -1 : 0;
                var length = (c, next) switch
                {
                    ('=', '>') or ('=', '=') or ('.', '.') or (':', ':') => 2,
                    ('!' or '<' or '>' or '+' or '-' or '*' or '/' or '%' or '&' or '|' or '^' or '?', '=') => 2,
                    _ => 1,
                };
                tokens.Add(new CSharpToken(c == '.' && length == 1 ? CSharpTokenKind.Dot : CSharpTokenKind.Punctuation, text.Substring(position, length), position, position + length, inComment));
                position += length;
            }
        }

        return position;
    }

    /// <summary>Skips a string literal; an interpolated one's holes are read as code.</summary>
    private static int StringLiteral(string text, int position, int end, List<CSharpToken> tokens, bool inComment)
    {
        var interpolated = false;
        var verbatim = false;
        while (text[position] is '$' or '@')
        {
            interpolated |= text[position] == '$';
            verbatim |= text[position] == '@';
            position++;
        }

        var quotes = 0;
        while (position + quotes < end && text[position + quotes] == '"')
        {
            quotes++;
        }

        if (quotes >= 3)
        {
            // A raw string literal: up to the same run of quotes (holes of an interpolated one are not read).
            var close = text.IndexOf(new string('"', quotes), position + quotes, StringComparison.Ordinal);
            return close < 0 ? end : close + quotes;
        }

        position++;
        while (position < end)
        {
            var c = text[position];
            if (c == '\\' && !verbatim)
            {
                position += 2;
            }
            else if (c == '"')
            {
                if (verbatim && position + 1 < end && text[position + 1] == '"')
                {
                    position += 2;
                    continue;
                }

                return position + 1;
            }
            else if (interpolated && c == '{')
            {
                if (position + 1 < end && text[position + 1] == '{')
                {
                    position += 2;
                    continue;
                }

                position = Scan(text, position + 1, end, tokens, inComment, inHole: true);
                while (position < end && text[position] != '}')
                {
                    // An alignment or a format: up to the hole's end.
                    position++;
                }

                position++;
            }
            else
            {
                position++;
            }
        }

        return position;
    }

    private static void DocComment(string text, int start, int end, List<CSharpToken> tokens)
    {
        foreach (Match match in DocReference.Matches(text.Substring(start, end - start)))
        {
            var value = match.Groups["value"];
            var at = start + value.Index;
            tokens.Add(new CSharpToken(CSharpTokenKind.Punctuation, "\"", at, at, InComment: true));
            Scan(text, at, at + value.Length, tokens, inComment: true, inHole: false);
            tokens.Add(new CSharpToken(CSharpTokenKind.Punctuation, "\"", at + value.Length, at + value.Length, InComment: true));
        }
    }
}

internal enum CSharpTokenKind
{
    Identifier,
    Dot,
    Punctuation,
}

/// <summary>A token: an identifier's text without its <c>@</c>, or punctuation; <see cref="InComment"/> for one read from a doc comment.</summary>
internal readonly record struct CSharpToken(CSharpTokenKind Kind, string Text, int Start, int End, bool InComment);

/// <summary>
/// A declaration: its name, its full span in the text, the tokens of the whole text with the range of its own, and the
/// indexes of its body's braces (-1 without a body).
/// </summary>
internal sealed class CSharpDeclaration(string name, int fullStart, int fullEnd, List<CSharpToken> allTokens, int firstToken, int endToken, int openBrace, int closeBrace)
{
    public string Name { get; } = name;

    public int FullStart { get; } = fullStart;

    public int FullEnd { get; } = fullEnd;

    public List<CSharpToken> AllTokens { get; } = allTokens;

    public int OpenBrace { get; } = openBrace;

    public int CloseBrace { get; } = closeBrace;

    /// <summary>Every token in the full span, doc comment names included, in order.</summary>
    public IEnumerable<CSharpToken> Tokens
    {
        get
        {
            for (var i = firstToken; i < endToken; i++)
            {
                yield return AllTokens[i];
            }
        }
    }
}
