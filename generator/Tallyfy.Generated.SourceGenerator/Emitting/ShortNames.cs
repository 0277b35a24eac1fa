using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// Writes the generated files' fully qualified names (<c>global::System.Text.Json.Utf8JsonReader</c>,
/// <c>global::Acme.Pet</c>) as short names where the short name binds to the same type, and adds the usings that
/// make them bind, inside the file-scoped namespace. Emitters keep writing <c>global::</c> names; this pass runs on
/// all files of one client at once, so whatever names the emitters write, it decides from the text they wrote.
/// </summary>
/// <remarks>
/// <para>
/// The usings go inside the namespace declaration: C# looks a simple name up in the enclosing types, then in the
/// namespace's own members, then in the usings of that namespace declaration, and only then in the enclosing
/// namespaces and the compilation unit's usings (C# spec, "Namespace and type names"). So a consumer's own
/// <c>global using</c> of a namespace holding a <c>JsonConverter</c> or a <c>Task</c> never reaches these names.
/// </para>
/// <para>
/// What can still come closer, and so keeps a name qualified (decided once for all the client's files, from every
/// identifier they declare): a type of the client's namespace (for a base-library name), a nested type or a type
/// parameter of the same name anywhere, and in expression contexts and <c>cref</c>s any member, parameter or local of
/// the same name, including those the support code and the base-library base classes (<c>JsonConverter&lt;T&gt;</c>,
/// <c>Exception</c>) declare. A base-library name that two base-library namespaces declare is never shortened.
/// A type the consumer declares in the client's own namespace is the one thing this cannot see.
/// </para>
/// </remarks>
internal sealed class ShortNames
{
    /// <summary>The base library's namespaces that hold public types (.NET 10 reference assemblies).</summary>
    private static readonly HashSet<string> LibraryNamespaces = new(
        ("Microsoft.CSharp.RuntimeBinder Microsoft.VisualBasic Microsoft.VisualBasic.CompilerServices Microsoft.VisualBasic.FileIO " +
        "Microsoft.Win32 Microsoft.Win32.SafeHandles System System.Buffers System.Buffers.Binary System.Buffers.Text " +
        "System.CodeDom.Compiler System.Collections System.Collections.Concurrent System.Collections.Frozen " +
        "System.Collections.Generic System.Collections.Immutable System.Collections.ObjectModel System.Collections.Specialized " +
        "System.ComponentModel System.ComponentModel.DataAnnotations System.ComponentModel.DataAnnotations.Schema " +
        "System.ComponentModel.Design System.ComponentModel.Design.Serialization System.Configuration.Assemblies System.Data " +
        "System.Data.Common System.Data.SqlTypes System.Diagnostics System.Diagnostics.CodeAnalysis System.Diagnostics.Contracts " +
        "System.Diagnostics.Metrics System.Diagnostics.SymbolStore System.Diagnostics.Tracing System.Drawing System.Dynamic " +
        "System.Formats.Asn1 System.Formats.Tar System.Globalization System.IO System.IO.Compression System.IO.Enumeration " +
        "System.IO.IsolatedStorage System.IO.MemoryMappedFiles System.IO.Pipelines System.IO.Pipes System.Linq " +
        "System.Linq.Expressions System.Net System.Net.Cache System.Net.Http System.Net.Http.Headers System.Net.Http.Json " +
        "System.Net.Http.Metrics System.Net.Mail System.Net.Mime System.Net.NetworkInformation System.Net.Quic " +
        "System.Net.Security System.Net.ServerSentEvents System.Net.Sockets System.Net.WebSockets System.Numerics " +
        "System.Reflection System.Reflection.Emit System.Reflection.Metadata System.Reflection.Metadata.Ecma335 " +
        "System.Reflection.PortableExecutable System.Resources System.Runtime System.Runtime.CompilerServices " +
        "System.Runtime.ConstrainedExecution System.Runtime.ExceptionServices System.Runtime.InteropServices " +
        "System.Runtime.InteropServices.ComTypes System.Runtime.InteropServices.Java System.Runtime.InteropServices.JavaScript " +
        "System.Runtime.InteropServices.Marshalling System.Runtime.InteropServices.ObjectiveC System.Runtime.InteropServices.Swift " +
        "System.Runtime.Intrinsics System.Runtime.Intrinsics.Arm System.Runtime.Intrinsics.Wasm System.Runtime.Intrinsics.X86 " +
        "System.Runtime.Loader System.Runtime.Remoting System.Runtime.Serialization System.Runtime.Serialization.DataContracts " +
        "System.Runtime.Serialization.Formatters System.Runtime.Serialization.Formatters.Binary System.Runtime.Serialization.Json " +
        "System.Runtime.Versioning System.Security System.Security.AccessControl System.Security.Authentication " +
        "System.Security.Authentication.ExtendedProtection System.Security.Claims System.Security.Cryptography " +
        "System.Security.Cryptography.X509Certificates System.Security.Permissions System.Security.Policy System.Security.Principal " +
        "System.Text System.Text.Encodings.Web System.Text.Json System.Text.Json.Nodes System.Text.Json.Schema " +
        "System.Text.Json.Serialization System.Text.Json.Serialization.Metadata System.Text.RegularExpressions System.Text.Unicode " +
        "System.Threading System.Threading.Channels System.Threading.Tasks System.Threading.Tasks.Dataflow " +
        "System.Threading.Tasks.Sources System.Timers System.Transactions System.Web System.Windows.Input System.Windows.Markup " +
        "System.Xml System.Xml.Linq System.Xml.Resolvers System.Xml.Schema System.Xml.Serialization System.Xml.XPath System.Xml.Xsl")
        .Split(' '),
        StringComparer.Ordinal);

    /// <summary>Every namespace name, with the parents that hold no types themselves (<c>System.Formats</c>).</summary>
    private static readonly HashSet<string> AllNamespaces = WithParents(LibraryNamespaces);

    /// <summary>Simple names that more than one base-library namespace declares: two usings would make them ambiguous.</summary>
    private static readonly HashSet<string> AmbiguousLibraryNames = new(
        ("Aes AssemblyExtensions AssemblyHashAlgorithm Binder Collection Comparer CustomAttributeNamedArgument " +
        "CustomAttributeTypedArgument Extensions FileSystem ICollection IComparer IDictionary IEnumerable IEnumerator " +
        "IEqualityComparer IList IsolationLevel OrderedDictionary PipeOptions Queue SearchOption SortedList Stack ThreadState Timer")
        .Split(' '),
        StringComparer.Ordinal);

    /// <summary>
    /// Of those, the names whose generic form only <c>System.Collections.Generic</c> declares (the others declare them
    /// with no type parameters): written with type arguments, they bind to that one type whatever else is imported.
    /// </summary>
    private static readonly HashSet<string> GenericOnlyInCollectionsGeneric = new(
        "Comparer ICollection IComparer IDictionary IEnumerable IEnumerator IEqualityComparer IList OrderedDictionary Queue SortedList Stack".Split(' '),
        StringComparer.Ordinal);

    /// <summary>
    /// Members that generated classes inherit from base-library base classes (<c>object</c>,
    /// <c>JsonConverter&lt;T&gt;</c>, <c>Exception</c>): in scope in their bodies though no generated line declares them.
    /// </summary>
    private static readonly string[] InheritedMembers =
    {
        "ToString", "Equals", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "Finalize",
        "Type", "Read", "Write", "HandleNull", "CanConvert", "ReadAsPropertyName", "WriteAsPropertyName",
        "Message", "Data", "Source", "HResult", "StackTrace", "InnerException", "HelpLink", "TargetSite", "GetBaseException",
        "GetObjectData", "SerializeObjectState",
    };

    private const string Global = "global::";

    /// <summary>The keywords a declaration's name follows: a type's, then a modifier's.</summary>
    private static readonly string[] Keywords =
    {
        "class", "struct", "interface", "enum", "record", "delegate",
        "public", "private", "internal", "protected", "static", "readonly", "partial", "sealed", "abstract",
    };

    /// <summary>For each ASCII character, the lengths (as bits) of the <see cref="Keywords"/> that start with it.</summary>
    private static readonly ushort[] KeywordLengths = LengthsByFirst(Keywords);

    /// <summary>The index in <see cref="Keywords"/> of the first modifier: the ones before it declare a type.</summary>
    private const int FirstModifier = 6;

    /// <summary>What each ASCII character can be in an identifier (<see cref="IdentifierStart"/>, <see cref="IdentifierPart"/>).</summary>
    private static readonly byte[] AsciiIdentifierChars = IdentifierChars();

    private const byte IdentifierStart = 1;

    private const byte IdentifierPart = 2;

    /// <summary>No identifier before this one on the line, or one that is no keyword.</summary>
    private const int NotKeyword = -1;

    private readonly string _namespace;

    /// <summary>
    /// Every identifier the files declare or use that could hide a type, without its <c>@</c>, each with what it is
    /// declared as (<see cref="TopLevelType"/>, <see cref="InnerType"/>, <see cref="Value"/>): made a string once, looked
    /// up by its characters. Only names that start with a capital letter are kept, as only such names are shortened (<see cref="Decide"/>).
    /// </summary>
    private readonly SpanTable _identifiers = new(4096);

    /// <summary>Every path after <c>global::</c>, with the decisions made for it (<see cref="Resolve"/>), one per way it is used.</summary>
    private readonly SpanTable _paths = new(1024);

    private readonly List<Resolved?[]> _decisions = new();

    private readonly List<FileScan> _files = new();

    /// <summary>The shortened names of the file being rewritten, reused from file to file.</summary>
    private readonly List<Shortened> _shortened = new();

    /// <summary>
    /// What a support text declares, scanned once per text: the support template is one string for the whole process,
    /// so every client of every generation reuses its scan instead of reading the same code again.
    /// </summary>
    private static readonly ConditionalWeakTable<string, ShortNames> SupportDeclarations = new();

    /// <summary>Declared at the top of the namespace (by the client or by the support code).</summary>
    private const byte TopLevelType = 1;

    /// <summary>A nested type or a type parameter: it shadows a name in every context.</summary>
    private const byte InnerType = 2;

    /// <summary>Anything else declared (a member, a parameter, a local): it shadows a name in expressions and crefs.</summary>
    private const byte Value = 4;

    private ShortNames(string ns) => _namespace = ns;

    /// <summary>What the client's code contains of <see cref="CodeFacts"/>' conditions, gathered while its files are scanned; null when not asked for.</summary>
    private CodeFacts? _facts;

    /// <summary>The texts of one client's files (all in <paramref name="ns"/>), with short names where they are safe.</summary>
    public static string[] Apply(string ns, IReadOnlyList<string> texts, string? supportText)
    {
        var memories = new ReadOnlyMemory<char>[texts.Count];
        for (var i = 0; i < memories.Length; i++)
        {
            memories[i] = texts[i].AsMemory();
        }

        return Apply(ns, memories, supportText);
    }

    /// <summary>
    /// The same, reading each file's text where its writer left it (a file that needs no change becomes its string
    /// here): the qualified texts are never made into strings of their own.
    /// </summary>
    public static string[] Apply(string ns, IReadOnlyList<ReadOnlyMemory<char>> texts, string? supportText) => Apply(ns, texts, supportText, facts: null);

    /// <summary>The same, also telling <paramref name="facts"/> what the files' code contains (see <see cref="CodeFacts"/>).</summary>
    public static string[] Apply(string ns, IReadOnlyList<ReadOnlyMemory<char>> texts, string? supportText, CodeFacts? facts)
    {
        var names = new ShortNames(ns);
        names.DeclareInherited();
        if (supportText is not null)
        {
            var support = SupportDeclarations.GetValue(supportText, static text =>
            {
                var declared = new ShortNames(string.Empty);
                declared.Scan(text.AsMemory(), keep: false);
                return declared;
            });
            for (var i = 0; i < support._identifiers.Count; i++)
            {
                if (support._identifiers.Flags(i) != 0)
                {
                    names._identifiers.Mark(names._identifiers.Add(support._identifiers.Name(i).AsSpan()), support._identifiers.Flags(i));
                }
            }
        }

        names._facts = facts;
        foreach (var text in texts)
        {
            names.Scan(text, keep: true);
        }

        var result = new string[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            result[i] = names.Rewrite(names._files[i]);
            names._files[i].Names.Release();
        }

        return result;
    }

    /// <summary>Tells <paramref name="facts"/> what the code of <paramref name="texts"/> contains, with no names shortened.</summary>
    public static void Gather(IEnumerable<string> texts, CodeFacts facts)
    {
        var names = new ShortNames(string.Empty) { _facts = facts };
        foreach (var text in texts)
        {
            names.Scan(text.AsMemory(), keep: false);
        }
    }

    /// <summary>
    /// The support file of <paramref name="ns"/> with short names where they are safe; <paramref name="clientTypes"/> are
    /// the types the namespace's clients declare at its top, which hide base-library names of theirs.
    /// </summary>
    public static string ApplySupport(string ns, string text, IEnumerable<string> clientTypes)
    {
        var names = new ShortNames(ns);
        names.DeclareInherited();
        foreach (var type in clientTypes)
        {
            names._identifiers.Mark(names._identifiers.Add(type.AsSpan()), TopLevelType);
        }

        names.Scan(text.AsMemory(), keep: true);
        var rewritten = names.Rewrite(names._files[0]);
        names._files[0].Names.Release();
        return rewritten;
    }

    private void DeclareInherited()
    {
        foreach (var member in InheritedMembers)
        {
            _identifiers.Mark(_identifiers.Add(member.AsSpan()), Value);
        }
    }

    // ----- scanning: every identifier a file declares, and where its global:: names are -----

    private void Scan(ReadOnlyMemory<char> memory, bool keep)
    {
        var file = new FileScan(memory);
        var text = memory.Span;
        var topLevelType = -1;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.Slice(lineStart).IndexOf('\n');
            lineEnd = lineEnd < 0 ? text.Length : lineStart + lineEnd;

            var first = lineStart;
            while (first < lineEnd && text[first] is ' ' or '\t')
            {
                first++;
            }

            if (first + 1 < lineEnd && text[first] == '/' && text[first + 1] == '/')
            {
                if (keep)
                {
                    ScanComment(file, text, first, lineEnd);
                }
            }
            else if (first < lineEnd && text[first] == '#')
            {
                // A directive: nothing to declare or shorten.
            }
            else if (file.NamespaceLineEnd < 0 && StartsWith(text, first, "namespace "))
            {
                file.NamespaceLineEnd = lineEnd;
            }
            else
            {
                ScanCode(file, text, first, lineEnd, topLevel: first == lineStart, ref topLevelType);
            }

            lineStart = lineEnd + 1;
        }

        if (keep)
        {
            _files.Add(file);
        }
        else
        {
            file.Names.Release();
        }
    }

    private void ScanCode(FileScan file, ReadOnlySpan<char> text, int start, int end, bool topLevel, ref int topLevelType)
    {
        // The line alone, indexed below its length, so the loops' reads need no bounds checks of their own.
        var line = text.Slice(0, end);
        var previous = NotKeyword;
        var previousChar = '\0';
        var angleDepth = 0;
        var i = start;
        while (i < line.Length)
        {
            var c = line[i];
            if (IsIdentifierStart(c) && !(c == '@' && StartsLiteral(line, i)))
            {
                var identifierStart = i;
                i++;
                while (i < line.Length && IsIdentifierPart(line[i]))
                {
                    i++;
                }

                if (i - identifierStart == 6 && i + 1 < line.Length && line[i] == ':' && line[i + 1] == ':' && line.Slice(identifierStart, 6).SequenceEqual("global".AsSpan()))
                {
                    i = ScanQualified(file, line, identifierStart, cref: false);
                    previous = NotKeyword;
                    previousChar = 'a';
                    continue;
                }

                if (_facts is { } facts && facts.Watches(c, i - identifierStart))
                {
                    facts.Identifier(line, identifierStart, i);
                }

                // After a dot it is a member of something else; right after a colon (a base type, the other arm of a
                // conditional, a named argument's value, a case's statement) it is used, never declared.
                if (previousChar is not ('.' or ':'))
                {
                    // The name without its @ is what it declares; an escaped keyword (@class) is no keyword. A name
                    // that does not start with a capital letter can hide no shortened name: only a keyword matters there.
                    var escaped = c == '@';
                    var bareStart = escaped ? identifierStart + 1 : identifierStart;
                    var bare = line.Slice(bareStart, i - bareStart);
                    if (bare.Length > 0 && IsUpper(bare[0]))
                    {
                        Declare(_identifiers.Add(bare), previous, previousChar, angleDepth > 0, topLevel, ref topLevelType);
                        previous = NotKeyword;
                    }
                    else
                    {
                        previous = escaped ? NotKeyword : KeywordIndex(bare);
                    }
                }

                previousChar = 'a';
                continue;
            }

            if (c == '"' || c == '\'' || (c is '$' or '@' && StartsLiteral(line, i)))
            {
                var after = SkipLiteral(line, i, line.Length);
                if (after < 0)
                {
                    return;
                }

                i = after;
                previous = NotKeyword;
                previousChar = '"';
                continue;
            }

            if (c == ' ')
            {
                i++;
                continue;
            }

            if (c == '/' && i + 1 < line.Length && (line[i + 1] == '/' || line[i + 1] == '*'))
            {
                if (line[i + 1] == '/')
                {
                    return;
                }

                var close = line.Slice(i + 2).IndexOf("*/".AsSpan());
                if (close < 0)
                {
                    return;
                }

                i = i + 2 + close + 2;
                continue;
            }

            if (c == '<' && previousChar == 'a' && i > start && IsIdentifierPart(line[i - 1]))
            {
                angleDepth++;
            }
            else if (c == '>' && angleDepth > 0)
            {
                angleDepth--;
            }

            previousChar = c;
            previous = NotKeyword;
            i++;
        }
    }

    /// <summary>Whether the <c>$</c> or <c>@</c> at <paramref name="i"/> begins a string literal (followed by a quote, <c>$</c> or <c>@</c>).</summary>
    private static bool StartsLiteral(ReadOnlySpan<char> line, int i) =>
        i + 1 < line.Length && line[i + 1] is '"' or '$' or '@';

    /// <summary>The index of <paramref name="word"/> in <see cref="Keywords"/>, or <see cref="NotKeyword"/>.</summary>
    private static int KeywordIndex(ReadOnlySpan<char> word)
    {
        // Most words are no keyword: the first character and the length rule them out before any comparison.
        if (word.Length >= 16 || word[0] >= 128 || (KeywordLengths[word[0]] & (1 << word.Length)) == 0)
        {
            return NotKeyword;
        }

        for (var i = 0; i < Keywords.Length; i++)
        {
            if (Keywords[i].Length == word.Length && Keywords[i][0] == word[0] && word.SequenceEqual(Keywords[i].AsSpan()))
            {
                return i;
            }
        }

        return NotKeyword;
    }

    /// <summary>Records what the identifier <paramref name="name"/> (its index) declares, from the keyword before it on the line, if any.</summary>
    private void Declare(int name, int previous, char previousChar, bool inAngles, bool topLevel, ref int topLevelType)
    {
        if (previous is >= 0 and < FirstModifier)
        {
            if (topLevel)
            {
                _identifiers.Mark(name, TopLevelType);
                topLevelType = name;
                _facts?.TopLevelTypes.Add(_identifiers.Name(name));
            }
            else
            {
                _identifiers.Mark(name, InnerType);
            }

            return;
        }

        if (inAngles && (previousChar == '<' || previousChar == ','))
        {
            _identifiers.Mark(name, InnerType);
        }

        if (name == topLevelType && previous >= FirstModifier)
        {
            // The type's constructor, or the type itself: neither hides the type.
            return;
        }

        _identifiers.Mark(name, Value);
    }

    /// <summary>In a doc comment, the <c>cref</c>s of <c>see</c>, <c>seealso</c> and <c>exception</c> tags; spec text is left alone.</summary>
    private void ScanComment(FileScan file, ReadOnlySpan<char> text, int start, int end)
    {
        const string Cref = "cref=\"global::";
        var at = start;
        while (at < end && text.Slice(at, end - at).IndexOf(Cref.AsSpan()) is >= 0 and var found)
        {
            at += found;
            var open = text.Slice(start, at - start + 1).LastIndexOf('<');
            open = open < 0 ? -1 : start + open;
            var tag = open < 0 ? ReadOnlySpan<char>.Empty : text.Slice(open + 1, at - open - 1);
            if (tag.SequenceEqual("see ".AsSpan()) || tag.SequenceEqual("seealso ".AsSpan()) || tag.SequenceEqual("exception ".AsSpan()))
            {
                ScanQualified(file, text.Slice(0, end), at + 6, cref: true);
            }

            at += Cref.Length;
        }
    }

    /// <summary>
    /// Records the qualified name at <paramref name="start"/> (at <c>global::</c>) of <paramref name="line"/>, which ends
    /// where its line does; returns the index after it.
    /// </summary>
    private int ScanQualified(FileScan file, ReadOnlySpan<char> line, int start, bool cref)
    {
        var i = start + Global.Length;
        var lastDot = -1;
        while (i < line.Length)
        {
            var c = line[i];
            if (IsIdentifierStart(c))
            {
                var segmentStart = i;
                i++;
                while (i < line.Length && IsIdentifierPart(line[i]))
                {
                    i++;
                }

                if (!cref && _facts is { } facts && facts.Watches(c, i - segmentStart))
                {
                    facts.Identifier(line, segmentStart, i);
                }

                if (i + 1 < line.Length && line[i] == '.' && IsIdentifierStart(line[i + 1]))
                {
                    lastDot = i;
                    i++;
                    continue;
                }
            }

            break;
        }

        if (lastDot > 0)
        {
            var generic = i < line.Length && (line[i] == '<' || (cref && line[i] == '{'));
            var path = _paths.Add(line.Slice(start + Global.Length, i - start - Global.Length));
            file.Names.Add(new QualifiedName(start, i, path, cref || FollowedByMember(line, i, line.Length), generic));
        }

        return i;
    }

    /// <summary>Whether a name ending at <paramref name="i"/> (after its type arguments, if any) is followed by <c>.</c>.</summary>
    private static bool FollowedByMember(ReadOnlySpan<char> text, int i, int end)
    {
        if (i < end && text[i] == '<')
        {
            var depth = 0;
            for (; i < end; i++)
            {
                if (text[i] == '<')
                {
                    depth++;
                }
                else if (text[i] == '>' && --depth == 0)
                {
                    i++;
                    break;
                }
            }
        }

        return i < end && text[i] == '.';
    }

    // ----- rewriting -----

    private string Rewrite(FileScan file)
    {
        if (file.Names.Count == 0 || file.NamespaceLineEnd < 0)
        {
            return MemoryMarshal.TryGetString(file.Text, out var whole, out var start, out var count) && start == 0 && count == whole.Length
                ? whole
                : file.Text.ToString();
        }

        var text = file.Text.Span;

        // First what is shortened and which usings that needs, then the text at its exact length, built once.
        var usings = new SortedSet<string>(StringComparer.Ordinal);
        var shortened = _shortened;
        shortened.Clear();
        var length = text.Length;
        var copied = file.NamespaceLineEnd + 1;
        foreach (var name in file.Names.Items)
        {
            if (name.Start < copied)
            {
                continue;
            }

            var resolved = Resolve(name);
            if (resolved is null)
            {
                continue;
            }

            var typeStart = name.Start + Global.Length + resolved.TypeOffset;
            shortened.Add(new Shortened(name.Start, typeStart));
            length -= typeStart - name.Start;
            copied = name.End;
            if (resolved.Namespace != _namespace)
            {
                usings.Add(resolved.Namespace);
            }
        }

        const string UsingStart = "using global::";
        if (usings.Count > 0)
        {
            length++;
            foreach (var ns in usings)
            {
                length += UsingStart.Length + ns.Length + 2;
            }
        }

        // Up to the namespace line, the usings right after it, then the rest with the names shortened: written straight
        // into the file's string, made at its exact length (a string of NUL characters is the allocator's zeroed memory,
        // not filled) and not seen by anyone before it is returned, so the text is copied once, not into a buffer first.
        var result = new string('\0', length);
        var output = MemoryMarshal.AsMemory(result.AsMemory()).Span;
        var at = 0;
        Copy(text, 0, file.NamespaceLineEnd + 1, output, ref at);
        if (usings.Count > 0)
        {
            output[at++] = '\n';
            foreach (var ns in usings)
            {
                Copy(UsingStart.AsSpan(), 0, UsingStart.Length, output, ref at);
                Copy(ns.AsSpan(), 0, ns.Length, output, ref at);
                Copy(";\n".AsSpan(), 0, 2, output, ref at);
            }
        }

        // A shortened name's text runs on into the text after it: one copy from each name's short form to the next
        // name's start, not two.
        copied = file.NamespaceLineEnd + 1;
        foreach (var name in shortened)
        {
            Copy(text, copied, name.Start - copied, output, ref at);
            copied = name.TypeStart;
        }

        Copy(text, copied, text.Length - copied, output, ref at);
        if (at != length)
        {
            throw new InvalidOperationException("The rewritten file is " + at + " characters long where " + length + " were counted.");
        }

        return result;
    }

    private static void Copy(ReadOnlySpan<char> source, int start, int count, Span<char> output, ref int at)
    {
        source.Slice(start, count).CopyTo(output.Slice(at));
        at += count;
    }

    /// <summary>Where the short name starts in the name's path and the namespace to import, or null to keep it qualified.</summary>
    private Resolved? Resolve(QualifiedName name)
    {
        while (_decisions.Count <= name.Path)
        {
            _decisions.Add(new Resolved?[4]);
        }

        // One decision per way the path is used; a name kept qualified is remembered as Resolved.Qualified.
        var decisions = _decisions[name.Path];
        var use = (name.Strict ? 2 : 0) + (name.Generic ? 1 : 0);
        var resolved = decisions[use] ??= Decide(_paths.Name(name.Path), name.Strict, name.Generic) ?? Resolved.Qualified;
        return ReferenceEquals(resolved, Resolved.Qualified) ? null : resolved;
    }

    private Resolved? Decide(string path, bool strict, bool generic)
    {
        // The longest prefix that is a namespace whose types may be named: the client's or the base library's.
        string? ns = null;
        for (var dot = path.IndexOf('.'); dot > 0; dot = path.IndexOf('.', dot + 1))
        {
            var prefix = path.Substring(0, dot);
            if (prefix == _namespace || LibraryNamespaces.Contains(prefix))
            {
                ns = prefix;
            }
        }

        if (ns is null)
        {
            return null;
        }

        var typeStart = ns.Length + 1;
        var typeEnd = path.IndexOf('.', typeStart);
        var type = typeEnd < 0 ? path.Substring(typeStart) : path.Substring(typeStart, typeEnd - typeStart);

        // A member after the type (Type.Member) is an expression, where members and locals hide types too; type
        // arguments after a member are the member's.
        strict |= typeEnd >= 0;
        generic &= typeEnd < 0;
        var own = ns == _namespace;
        var bare = type.StartsWith("@", StringComparison.Ordinal) ? type.Substring(1) : type;
        if (bare.Length == 0 || !char.IsUpper(bare[0])
            || (!own && (AllNamespaces.Contains(ns + "." + type)
                || (AmbiguousLibraryNames.Contains(bare) && !(generic && ns == "System.Collections.Generic" && GenericOnlyInCollectionsGeneric.Contains(bare))))))
        {
            return null;
        }

        foreach (var candidate in new[] { bare, bare + "Attribute" })
        {
            // A generic name is not hidden by a non-generic type of the same name (and the generated types are not generic).
            var declared = _identifiers.FlagsOf(candidate.AsSpan());
            if ((!generic && (declared & InnerType) != 0)
                || (!own && !generic && (declared & TopLevelType) != 0)
                || (strict && (declared & Value) != 0))
            {
                return null;
            }
        }

        return new Resolved(ns, typeStart);
    }

    private static bool StartsWith(ReadOnlySpan<char> text, int at, string value) =>
        text.Length - at >= value.Length && text.Slice(at, value.Length).SequenceEqual(value.AsSpan());

    private static bool IsIdentifierStart(char c) => c < 128 ? (AsciiIdentifierChars[c] & IdentifierStart) != 0 : char.IsLetter(c);

    /// <summary>Whether <paramref name="c"/> continues an identifier: a letter, a digit or <c>_</c>.</summary>
    internal static bool IsIdentifierPart(char c) => c < 128 ? (AsciiIdentifierChars[c] & IdentifierPart) != 0 : char.IsLetterOrDigit(c);

    private static bool IsUpper(char c) => c < 128 ? c is >= 'A' and <= 'Z' : char.IsUpper(c);

    /// <summary>Letters and <c>_</c> start and continue an identifier, digits continue one, <c>@</c> starts one (an escaped keyword).</summary>
    private static byte[] IdentifierChars()
    {
        var kinds = new byte[128];
        for (var c = 0; c < kinds.Length; c++)
        {
            if (c == '_' || char.IsLetter((char)c))
            {
                kinds[c] = IdentifierStart | IdentifierPart;
            }
            else if (char.IsDigit((char)c))
            {
                kinds[c] = IdentifierPart;
            }
        }

        kinds['@'] = IdentifierStart;
        return kinds;
    }

    private static ushort[] LengthsByFirst(string[] words)
    {
        var lengths = new ushort[128];
        foreach (var word in words)
        {
            lengths[word[0]] |= (ushort)(1 << word.Length);
        }

        return lengths;
    }

    /// <summary>The index after the string or character literal at <paramref name="i"/>; -1 when it does not end on the line.</summary>
    private static int SkipLiteral(ReadOnlySpan<char> text, int i, int end)
    {
        var verbatim = false;
        while (i < end && (text[i] == '$' || text[i] == '@'))
        {
            verbatim |= text[i] == '@';
            i++;
        }

        if (i >= end)
        {
            return -1;
        }

        var quote = text[i];
        if (quote == '"' && i + 2 < end && text[i + 1] == '"' && text[i + 2] == '"')
        {
            return -1; // A raw string literal: the rest of the line is left alone.
        }

        for (i++; i < end; i++)
        {
            var c = text[i];
            if (!verbatim && c == '\\')
            {
                i++;
            }
            else if (c == quote)
            {
                if (verbatim && i + 1 < end && text[i + 1] == quote)
                {
                    i++;
                    continue;
                }

                return i + 1;
            }
        }

        return -1;
    }

    private static HashSet<string> WithParents(HashSet<string> namespaces)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ns in namespaces)
        {
            for (var name = ns; ; name = name.Substring(0, name.LastIndexOf('.')))
            {
                all.Add(name);
                if (name.IndexOf('.') < 0)
                {
                    break;
                }
            }
        }

        return all;
    }

    private sealed class FileScan
    {
        public FileScan(ReadOnlyMemory<char> text) => Text = text;

        public ReadOnlyMemory<char> Text { get; }

        public int NamespaceLineEnd { get; set; } = -1;

        public PooledList<QualifiedName> Names { get; } = new();
    }

    /// <summary>
    /// A list in an array rented from the shared pool: a large file holds tens of thousands of names, and the arrays a
    /// list outgrows would be garbage on every run. <see cref="Release"/> gives the array back once the file is written.
    /// </summary>
    private sealed class PooledList<T>
    {
        private T[] _items = Array.Empty<T>();

        public int Count { get; private set; }

        public void Add(T item)
        {
            if (Count == _items.Length)
            {
                var larger = ArrayPool<T>.Shared.Rent(Math.Max(256, _items.Length * 2));
                _items.AsSpan(0, Count).CopyTo(larger);
                Return();
                _items = larger;
            }

            _items[Count++] = item;
        }

        /// <summary>The items, valid until the next <see cref="Add"/> or <see cref="Release"/>.</summary>
        public ReadOnlySpan<T> Items => _items.AsSpan(0, Count);

        public void Release()
        {
            Return();
            _items = Array.Empty<T>();
            Count = 0;
        }

        private void Return()
        {
            if (_items.Length > 0)
            {
                ArrayPool<T>.Shared.Return(_items);
            }
        }
    }

    /// <summary>One <c>global::</c> name: from <c>global::</c> to the end of its dotted identifiers.</summary>
    private readonly record struct QualifiedName(int Start, int End, int Path, bool Strict, bool Generic);

    private sealed record Resolved(string Namespace, int TypeOffset)
    {
        /// <summary>The decision to keep a name qualified, where a null would mean none made yet.</summary>
        public static readonly Resolved Qualified = new(string.Empty, 0);
    }

    /// <summary>
    /// Strings keyed by their characters, each made once, numbered in the order first met, each with a byte of flags:
    /// an open-addressing table, so a lookup of the characters of a text makes no string.
    /// </summary>
    private sealed class SpanTable
    {
        /// <summary>The strings in the order first met (the first <see cref="Count"/>), and each one's flags beside it.</summary>
        private string[] _names;
        private byte[] _flags;

        /// <summary>Each slot holds an index into <see cref="_names"/> plus one, or 0 when empty.</summary>
        private int[] _slots;
        private int[] _hashes;

        public SpanTable(int capacity)
        {
            _slots = new int[capacity];
            _hashes = new int[capacity];
            _names = new string[capacity];
            _flags = new byte[capacity];
        }

        public int Count { get; private set; }

        public string Name(int index) => _names[index];

        public byte Flags(int index) => _flags[index];

        public void Mark(int index, byte flags) => _flags[index] |= flags;

        /// <summary>The flags of <paramref name="chars"/>, 0 when they were never added.</summary>
        public byte FlagsOf(ReadOnlySpan<char> chars) => Find(chars, Hash(chars), out _) is var index and >= 0 ? _flags[index] : (byte)0;

        /// <summary>The index of <paramref name="chars"/>, added if new.</summary>
        public int Add(ReadOnlySpan<char> chars)
        {
            var hash = Hash(chars);
            if (Find(chars, hash, out var slot) is var found and >= 0)
            {
                return found;
            }

            // As many places for names as slots, and the slots are grown at half full: a name always has its place.
            var index = Count++;
            _names[index] = chars.ToString();
            _slots[slot] = index + 1;
            _hashes[slot] = hash;
            if (Count * 2 > _slots.Length)
            {
                Grow();
            }

            return index;
        }

        /// <summary>The index of <paramref name="chars"/> (of hash <paramref name="hash"/>), or -1 with the empty <paramref name="slot"/> it would take.</summary>
        private int Find(ReadOnlySpan<char> chars, int hash, out int slot)
        {
            for (slot = hash & (_slots.Length - 1); _slots[slot] != 0; slot = (slot + 1) & (_slots.Length - 1))
            {
                if (_hashes[slot] == hash && chars.SequenceEqual(_names[_slots[slot] - 1].AsSpan()))
                {
                    return _slots[slot] - 1;
                }
            }

            return -1;
        }

        private void Grow()
        {
            var slots = new int[_slots.Length * 2];
            Array.Resize(ref _names, slots.Length);
            Array.Resize(ref _flags, slots.Length);
            var hashes = new int[slots.Length];
            for (var i = 0; i < _slots.Length; i++)
            {
                if (_slots[i] != 0)
                {
                    var slot = _hashes[i] & (slots.Length - 1);
                    while (slots[slot] != 0)
                    {
                        slot = (slot + 1) & (slots.Length - 1);
                    }

                    slots[slot] = _slots[i];
                    hashes[slot] = _hashes[i];
                }
            }

            _slots = slots;
            _hashes = hashes;
        }

        /// <summary>A multiplicative hash of the characters four at a time, kept non-negative.</summary>
        private static int Hash(ReadOnlySpan<char> chars)
        {
            var hash = (ulong)chars.Length * 0x9E3779B97F4A7C15ul;
            var words = MemoryMarshal.Cast<char, ulong>(chars);
            foreach (var word in words)
            {
                hash = (hash ^ word) * 0x100000001B3ul;
                hash ^= hash >> 29;
            }

            for (var i = words.Length * 4; i < chars.Length; i++)
            {
                hash = (hash ^ chars[i]) * 0x100000001B3ul;
            }

            hash ^= hash >> 32;
            return (int)(hash & 0x7FFFFFFF);
        }
    }

    /// <summary>A name written short: its text from <see cref="Start"/> up to <see cref="TypeStart"/> (<c>global::</c> and its namespace) is left out.</summary>
    private readonly record struct Shortened(int Start, int TypeStart);
}
