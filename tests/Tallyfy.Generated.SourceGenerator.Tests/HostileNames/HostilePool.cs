using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Tallyfy.Generated.SourceGenerator.Tests.HostileNames;

/// <summary>Where in a spec a name goes; some places restrict what the OpenAPI format allows there.</summary>
internal enum NamePosition
{
    Schema,
    Property,
    Parameter,
    PathParameter,
    PathSegment,
    ResponseHeader,
    OperationId,
    EnumValue,
    SecurityScheme,
    ApiKeyName,
    DiscriminatorProperty,
    MappingValue,
}

/// <summary>Draws a name for a position of a spec being built.</summary>
internal interface INameSource
{
    /// <param name="taken">Names the spec already uses anywhere, for names derived from them.</param>
    string Next(Random random, NamePosition position, IReadOnlyList<string> taken);
}

/// <summary>
/// Names chosen to break generated code: C# keywords, framework type names, every name the generator derives itself,
/// names derived from other names of the same spec, case variants, Unicode, symbols, digits, blanks and long names.
/// </summary>
internal sealed class HostilePool : INameSource
{
    public static readonly HostilePool Instance = new();

    public static readonly string[] Keywords =
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long",
        "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected", "public",
        "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct",
        "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using",
        "virtual", "void", "volatile", "while",
        // contextual keywords
        "add", "allows", "alias", "and", "args", "ascending", "async", "await", "by", "descending", "dynamic", "equals",
        "field", "file", "from", "get", "global", "group", "init", "into", "join", "let", "managed", "nameof", "nint", "not",
        "notnull", "nuint", "on", "or", "orderby", "partial", "record", "remove", "required", "scoped", "select", "set",
        "unmanaged", "var", "when", "where", "with", "yield", "__arglist", "__makeref", "__reftype", "__refvalue", "_",
    };

    public static readonly string[] FrameworkNames =
    {
        "Task", "ValueTask", "Action", "Func", "Exception", "Guid", "Uri", "HttpClient", "HttpMethod", "HttpContent",
        "HttpRequestMessage", "HttpResponseMessage", "CancellationToken", "JsonElement", "JsonSerializer", "JsonConverter",
        "Utf8JsonReader", "Utf8JsonWriter", "JsonTokenType", "String", "Object", "System", "Microsoft", "global", "Int32",
        "Int64", "Boolean", "Double", "Decimal", "DateTimeOffset", "DateOnly", "Stream", "Encoding", "Array", "Enum",
        "Nullable", "List", "Dictionary", "IReadOnlyList", "IReadOnlyDictionary", "KeyValuePair", "Linq", "Enumerable",
        "StringBuilder", "Math", "Type", "Attribute", "Obsolete", "GeneratedCode", "EditorBrowsable", "NotNullWhen",
        "MaybeNullWhen", "IEquatable", "CultureInfo", "StringComparer", "StringComparison", "Collections", "Text", "Json",
        "Net", "Http", "Threading", "Tasks", "IO", "Globalization", "Diagnostics", "CodeAnalysis", "ComponentModel",
        "Serialization", "Tallyfy", "T", "TResult",
    };

    /// <summary>Names the emitters write themselves: types, members, parameters and locals.</summary>
    public static readonly string[] GeneratorNames =
    {
        "ApiResponse", "ApiResponseHeaders", "ApiResponseException", "ApiBodyException", "ApiRawResponse", "ApiRequest",
        "ApiHeaderValues", "ApiJsonValueReader", "ApiJson", "ApiFile", "ApiBasicCredentials", "ApiRequestOptions", "ApiSupport",
        "TallyfyClient", "ITallyfyClient", "TallyfyClientCredentials", "Create", "IsStreamed", "EnsureSuccess", "TryGetBody",
        "TryGet", "TryGetValue", "TryRead", "TryReadVariant", "DefaultBaseUrl", "DefaultBasePath", "ServerUrls", "Count",
        "GetValue", "Match", "Switch", "Body", "BodyError", "Headers", "Unknown", "Value", "IsKnown", "KnownValues",
        "KnownProperties", "RequiredProperties", "StatusCode", "ReasonPhrase", "ContentType", "RawBody", "RawBodyBytes",
        "BodyStream", "IsSuccess", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "Ok",
        "NotFound", "Default", "Undocumented", "Status200", "Created", "NoContent", "Operation", "PathTemplate",
        "Format", "PathSegment", "HeaderValue", "AppendQuery", "AppendQueryList", "UriOptions", "Read", "Write", "WriteTo",
        "ReadValue", "WriteValue", "ParseValue", "FindDiscriminator", "RankObjectVariants", "Has", "Apply", "ApplyCredentials",
        "Credentials", "Basic", "Bearer", "FileName", "FileContent", "MediaType", "OpenAsync", "ReadAsync", "Expect",
        "WriteList", "WriteMap", "WriteFile", "ReadList", "ReadMap", "ReadFile", "Encode", "Seen", "MissingProperty",
        "bodyValue", "content", "request", "response", "path", "query", "raw", "form", "multipart", "cookies", "item",
        "pair", "reader", "writer", "value", "attempt", "discriminator", "options", "typeToConvert", "other", "left", "right",
        "cancellationToken", "httpClient", "baseUrl", "credentials", "resolved", "baseText", "scheme", "alternative",
        "alternatives", "headers", "status", "statusCode", "body", "obj", "token", "index", "variant", "result", "list",
        "key", "stream", "_value", "_body", "_bodyError", "_httpClient", "_baseUrl", "_credentials", "JsonConverter",
    };

    /// <summary>Suffixes and prefixes the generator adds to spec names: <c>{X}Result</c>, <c>{p}Value</c> and so on.</summary>
    public static readonly string[] DerivedSuffixes =
    {
        "JsonConverter", "Result", "Headers", "Async", "Credentials", "Value", "Header", "Cookie", "Model", "2", "_", "Client",
        "Item", "Items", "Kind", "Known", "Variant", "Body",
    };

    public static readonly string[] Odd =
    {
        "", " ", "\t", "\n", "  x  ", "é", "naïve", "Ωmega", "名前", "e\u0301", "\u0301x", "x\u200By", "\uD83D\uDE00", "a\uD83D\uDE00b", "ǅemal",
        "ⅻ", "١٢٣", "ß", "İd", "ﬁle", "Straße", "STRASSE", "a-b", "a_b", "a.b", "a b", "A B", "aB", "AB", "$x", "@x", "@class", "#", "%",
        "+1", "-1", "1.0", "a/b", "a[b]", "a[]", "<T>", "&amp;", "\"q\"", "a\\b", "*/", "/*", "-->", "<!--", "]]>", "'", "a'b",
        "1", "123abc", "2xx", "0x10", "9Lives", "__", "___", "_1", "x:y", "a~b", "a?b", "a=b", "a;b", "a,b",
        new string('a', 200), new string('B', 81), new string('B', 80) + "x", new string('B', 80) + "y",
        "ThisIsAVeryLongNameThatGoesOnAndOnBeyondTheEightyCharacterCapOfTheGeneratorForSureYes",
        "ThisIsAVeryLongNameThatGoesOnAndOnBeyondTheEightyCharacterCapOfTheGeneratorForSureNo",
    };

    private static readonly Regex ComponentKey = new("^[a-zA-Z0-9._-]+$", RegexOptions.CultureInvariant);

    private static readonly string[] All = Keywords.Concat(FrameworkNames).Concat(GeneratorNames).Concat(Odd).Distinct(StringComparer.Ordinal).ToArray();

    public string Next(Random random, NamePosition position, IReadOnlyList<string> taken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = Draw(random, taken);
            if (Allowed(position, name) || attempt > 50)
            {
                return Allowed(position, name) ? name : "fallback" + random.Next(1000);
            }
        }
    }

    /// <summary>
    /// What the OpenAPI format allows at a position: component keys match <c>^[a-zA-Z0-9.\-_]+$</c>, a path
    /// parameter's name must fit in its <c>{…}</c> placeholder and a path segment between slashes.
    /// </summary>
    public static bool Allowed(NamePosition position, string name) => position switch
    {
        NamePosition.Schema or NamePosition.SecurityScheme => ComponentKey.IsMatch(name),
        NamePosition.PathParameter => name.Length > 0 && name.IndexOfAny(new[] { '{', '}', '/', '?', '#' }) < 0,
        NamePosition.PathSegment => name.Trim().Length > 0 && name.IndexOfAny(new[] { '{', '}', '/', '?', '#', '%' }) < 0,
        _ => true,
    };

    private static string Draw(Random random, IReadOnlyList<string> taken)
    {
        var roll = random.Next(100);
        if (roll < 30 && taken.Count > 0)
        {
            // A name of this same spec, derived or varied: where generated names collide with spec names.
            var name = taken[random.Next(taken.Count)];
            return random.Next(3) == 0 ? Variant(name, random) : Derive(name, random);
        }

        var pick = All[random.Next(All.Length)];
        return roll switch
        {
            < 50 => pick,
            < 70 => Variant(pick, random),
            < 85 => Derive(pick, random),
            _ => Odd[random.Next(Odd.Length)],
        };
    }

    private static string Derive(string name, Random random) => random.Next(5) switch
    {
        0 => "I" + name,
        1 => name.Length > 0 && name[0] == '@' ? name : "@" + name,
        _ => name + DerivedSuffixes[random.Next(DerivedSuffixes.Length)],
    };

    /// <summary>Case and separator variants, which become the same C# identifier or differ only in case.</summary>
    public static string Variant(string name, Random random)
    {
        if (name.Length == 0)
        {
            return "_";
        }

        return random.Next(8) switch
        {
            0 => name.ToUpperInvariant(),
            1 => name.ToLowerInvariant(),
            2 => (char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) : char.ToUpperInvariant(name[0])) + name.Substring(1),
            3 => name + "_",
            4 => "_" + name,
            5 => Regex.Replace(name, "(?<=[a-z0-9])([A-Z])", m => "_" + m.Value.ToLowerInvariant()),
            6 => Regex.Replace(name, "(?<=[a-z0-9])([A-Z])", m => "-" + m.Value),
            _ => name + " ",
        };
    }
}

/// <summary>Plain distinct names: the positive control, so a failure is the names' doing and not the spec shapes'.</summary>
internal sealed class OrdinaryNames : INameSource
{
    private static readonly string[] Words = { "pet", "order", "owner", "color", "size", "shelf", "label", "amount", "region", "note" };

    private int _counter;

    public string Next(Random random, NamePosition position, IReadOnlyList<string> taken)
    {
        var word = Words[random.Next(Words.Length)] + "z" + (++_counter).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return position == NamePosition.Schema || position == NamePosition.SecurityScheme
            ? char.ToUpperInvariant(word[0]) + word.Substring(1)
            : word;
    }
}
