using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// The runtime types every client in a namespace shares: the response base class, headers, exceptions, request
/// helpers and the JSON helpers. They are real C# files (<c>Support/*.cs</c>, compiled and analysed in the tests'
/// project) embedded in the generator, written in <see cref="TemplateNamespace"/>; this emitter writes them once per
/// client namespace, in one file, with that namespace replaced, so the generated code needs nothing but the .NET base library.
/// Only the parts the namespace's clients use are written (see <see cref="SupportParts"/>).
/// </summary>
internal static class SupportEmitter
{
    /// <summary>The namespace the support files are written in; replaced by the client's namespace when emitted.</summary>
    public const string TemplateNamespace = GeneratedNames.SupportTemplateNamespace;

    /// <summary>The prefix of the support files' manifest resource names (see the generator's project file).</summary>
    public const string ResourcePrefix = "Tallyfy.Generated.SourceGenerator.Support.";

    private static readonly Lazy<IReadOnlyList<SupportFile>> Files = new(LoadFiles);

    private static readonly Regex GeneratedCode = new("GeneratedCode\\(\"[^\"]*\", \"[^\"]*\"\\)");

    /// <summary>The embedded support files (one per type, named after it) in the order of <see cref="GeneratedNames.SupportTypes"/>.</summary>
    public static IReadOnlyList<SupportFile> Sources => Files.Value;

    public static string HintName(string ns) => ns + ".ApiSupport.g.cs";

    /// <summary>The support code in <see cref="TemplateNamespace"/>, all of it: what every client's code can see of it (its names).</summary>
    public static string Template => TemplateText.Value;

    private static readonly Lazy<string> TemplateText = new(() => Qualified(TemplateNamespace, null));

    private static readonly Lazy<SupportParts> Parts = new(() => SupportParts.From(Files.Value));

    /// <summary>What a client's files use of the support code (see <see cref="SupportParts.Uses(IEnumerable{string}, CodeFacts)"/>), their code read for the facts too.</summary>
    public static EquatableArray<string> Uses(IReadOnlyCollection<string> texts) => Parts.Value.Uses(texts);

    /// <summary>What a client's files use of the support code, with what their code contains already gathered in <paramref name="facts"/>.</summary>
    public static EquatableArray<string> Uses(IEnumerable<string> texts, CodeFacts facts) => Parts.Value.Uses(texts, facts);

    /// <summary>A new gatherer of what a client's code contains of the support's conditions, for <see cref="Emitter.EmitClient(ClientModel, CodeFacts, System.Threading.CancellationToken)"/>.</summary>
    public static CodeFacts NewFacts() => Parts.Value.NewFacts();

    /// <summary>The support code in <paramref name="ns"/>, all of it.</summary>
    public static string Emit(string ns) => Emit(ns, null);

    /// <summary>
    /// The support code in <paramref name="ns"/> for clients that use <paramref name="uses"/> (all of it when null):
    /// only the parts they use and what those need, so a spec pays for no feature it does not have.
    /// </summary>
    public static string Emit(string ns, EquatableArray<string>? uses)
    {
        var clientTypes = uses is null
            ? Enumerable.Empty<string>()
            : uses.Value.Where(use => use.StartsWith(SupportParts.DeclaredPrefix, StringComparison.Ordinal)).Select(use => use.Substring(SupportParts.DeclaredPrefix.Length));
        return ShortNames.ApplySupport(ns, VisibleDocsOnly(Qualified(ns, uses)), clientTypes);
    }

    /// <summary>The support code as the templates write it: every name qualified, every doc comment kept.</summary>
    private static string Qualified(string ns, EquatableArray<string>? uses)
    {
        var writer = new SourceWriter();
        CSharp.FileHeader(writer);
        writer.Line("namespace " + ns + ";");
        // One string and one vectorized replace (none when the namespace is the template's): a builder grown from the
        // header's size by blocks, then searched block by block, cost more than the rest of writing a small client.
        var text = writer.ToString() + Tabs(Parts.Value.Text(uses));
        return ns == TemplateNamespace ? text : text.Replace("global::" + TemplateNamespace + ".", "global::" + ns + ".");
    }

    /// <summary>
    /// The text without the doc comments of what a user of the client cannot see or call (internal types, private and
    /// internal members) and without the comments inside the code (why it is written so): those are for the templates'
    /// readers, who have them in <c>Support/*.cs</c>.
    /// </summary>
    private static string VisibleDocsOnly(string text)
    {
        var result = new StringBuilder(text.Length);
        // The doc comment lines (and the attribute lines after them) waiting for the declaration they document: the
        // start and length of each in the text (the lines are kept where they are, not copied out), and whether it is a doc line.
        var pending = new List<(int Start, int Length, bool Doc)>();
        var docs = 0;
        var inInternalType = false;
        for (var start = 0; start <= text.Length;)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var code = start;
            while (code < end && text[code] is '\t' or ' ')
            {
                code++;
            }

            if (code > start && StartsWith(text, code, end, "//") && !StartsWith(text, code, end, "///"))
            {
                start = end + 1;
                continue;
            }

            if (StartsWith(text, code, end, "///"))
            {
                pending.Add((start, end - start, true));
                docs++;
                start = end + 1;
                continue;
            }

            if (docs > 0 && StartsWith(text, code, end, "["))
            {
                pending.Add((start, end - start, false));
                start = end + 1;
                continue;
            }

            if (end > start && text[start] is not ('\t' or ' ' or '{' or '}' or '/' or '#'))
            {
                inInternalType = StartsWith(text, code, end, "internal ");
            }

            var hidden = inInternalType || StartsWith(text, code, end, "private ") || StartsWith(text, code, end, "internal ");
            foreach (var kept in pending)
            {
                if (!hidden || !kept.Doc)
                {
                    result.Append(text, kept.Start, kept.Length).Append('\n');
                }
            }

            pending.Clear();
            docs = 0;
            result.Append(text, start, end - start).Append('\n');
            start = end + 1;
        }

        foreach (var kept in pending)
        {
            result.Append(text, kept.Start, kept.Length).Append('\n');
        }

        return result.ToString(0, result.Length - 1);
    }

    /// <summary>Whether the text from <paramref name="at"/> (before <paramref name="end"/>) begins with <paramref name="prefix"/>.</summary>
    private static bool StartsWith(string text, int at, int end, string prefix) =>
        end - at >= prefix.Length && string.CompareOrdinal(text, at, prefix, 0, prefix.Length) == 0;

    /// <summary>The templates' four-space indentation as one tab per level, as the rest of the generated code is written.</summary>
    private static string Tabs(string text)
    {
        // Never longer than the text (four spaces become one tab): written into one array of its length.
        var result = new char[text.Length];
        var length = 0;
        var lineStart = true;
        var spaces = 0;
        foreach (var c in text)
        {
            if (lineStart && c == ' ')
            {
                if (++spaces == 4)
                {
                    result[length++] = '\t';
                    spaces = 0;
                }

                continue;
            }

            if (lineStart)
            {
                for (; spaces > 0; spaces--)
                {
                    result[length++] = ' ';
                }

                lineStart = false;
            }

            result[length++] = c;
            lineStart = c == '\n';
        }

        for (; spaces > 0; spaces--)
        {
            result[length++] = ' ';
        }

        return new string(result, 0, length);
    }

    private static IReadOnlyList<SupportFile> LoadFiles()
    {
        var assembly = typeof(SupportEmitter).Assembly;
        var attribute = GeneratedCodeArguments();
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .OrderBy(name => Order(name.Substring(ResourcePrefix.Length)))
            .ThenBy(name => name, StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                var text = reader.ReadToEnd().Replace("\r\n", "\n");
                return new SupportFile(name.Substring(ResourcePrefix.Length), text, GeneratedCode.Replace(BodyOf(name, text), attribute));
            })
            .ToList();
    }

    private static int Order(string fileName)
    {
        var index = Array.IndexOf(GeneratedNames.SupportTypes, Path.GetFileNameWithoutExtension(fileName));
        return index < 0 ? int.MaxValue : index;
    }

    /// <summary>What follows the file's <c>namespace</c> line: the types, without the file's own header.</summary>
    private static string BodyOf(string name, string text)
    {
        var declaration = "namespace " + TemplateNamespace + ";\n";
        var at = text.IndexOf(declaration, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("The support file " + name + " is not in the namespace " + TemplateNamespace + ".");
        }

        return text.Substring(at + declaration.Length).Trim('\n') + "\n";
    }

    /// <summary>The arguments of <see cref="CSharp.GeneratedCodeAttribute"/>, so the support files carry the current version.</summary>
    private static string GeneratedCodeArguments() =>
        CSharp.GeneratedCodeAttribute.Substring(CSharp.GeneratedCodeAttribute.IndexOf("GeneratedCode(", StringComparison.Ordinal)).TrimEnd(']');
}

/// <summary>One embedded support file: its name, its text as written, and the part that is emitted.</summary>
internal sealed record SupportFile(string FileName, string Text, string Body);
