using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>Turns spec names (snake_case, kebab-case, odd characters) into stable C# identifiers.</summary>
internal static class Naming
{
    /// <summary>Identifiers longer than this are cut and given a hash suffix, so they stay unique and stable.</summary>
    public const int MaxIdentifierLength = 80;

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>
    /// Type names a generated model must not take, because user code in or below the client's namespace would then
    /// bind to the model instead of the framework type (a schema called <c>Task</c> would break every <c>async Task</c>).
    /// </summary>
    private static readonly HashSet<string> ReservedTypeNames = new(StringComparer.Ordinal)
    {
        "Action", "Array", "Attribute", "Boolean", "Buffer", "Byte", "CancellationToken", "Char", "Console", "DateOnly",
        "DateTime", "DateTimeOffset", "Decimal", "Delegate", "Dictionary", "Double", "Enum", "Environment", "Exception",
        "Func", "GC", "Guid", "HttpClient", "IDisposable", "IEnumerable", "Int16", "Int32", "Int64", "JsonElement",
        "List", "Math", "Memory", "Nullable", "Object", "Random", "Single", "Span", "String", "Task", "TimeOnly",
        "TimeSpan", "Type", "Uri", "ValueTask", "ValueTuple", "Version", "Void",
    };

    /// <summary><c>org_id</c>, <c>org-id</c>, <c>orgId</c> and <c>OrgId</c> all give <c>OrgId</c>.</summary>
    public static string ToPascalCase(string name)
    {
        // Written into a stack buffer; a name that is PascalCase already is returned as it is, with nothing made.
        var result = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        var upperNext = true;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsLetterOrDigit(c))
            {
                if (upperNext)
                {
                    result[length++] = char.ToUpperInvariant(c);
                    upperNext = false;
                }
                else
                {
                    // An all-caps word such as "URL" becomes "Url"; "HTTPStatus" keeps its inner capitals.
                    var previousUpper = i > 0 && char.IsUpper(name[i - 1]);
                    var nextLowerOrEnd = i + 1 >= name.Length || !char.IsLower(name[i + 1]);
                    result[length++] = char.IsUpper(c) && previousUpper && nextLowerOrEnd ? char.ToLowerInvariant(c) : c;
                }
            }
            else
            {
                upperNext = true;
            }
        }

        var pascal = result.Slice(0, length);
        return length == name.Length && pascal.SequenceEqual(name.AsSpan()) ? name : pascal.ToString();
    }

    public static string ToCamelCase(string name)
    {
        var pascal = ToPascalCase(name);
        if (pascal.Length == 0)
        {
            return pascal;
        }

        var upperRun = 0;
        while (upperRun < pascal.Length && char.IsUpper(pascal[upperRun]))
        {
            upperRun++;
        }

        // "URLValue" -> "urlValue", "Id" -> "id"; written into a stack buffer, so only the result is made.
        var lowerCount = upperRun <= 1 || upperRun == pascal.Length ? Math.Max(1, upperRun) : upperRun - 1;
        var camel = pascal.Length <= 256 ? stackalloc char[pascal.Length] : new char[pascal.Length];
        pascal.AsSpan().CopyTo(camel);
        for (var i = 0; i < lowerCount; i++)
        {
            camel[i] = char.ToLowerInvariant(camel[i]);
        }

        return camel.ToString();
    }

    /// <summary>A type or member name: PascalCase, starting with a letter, capped in length.</summary>
    public static string TypeOrMemberName(string name, string fallback)
    {
        var pascal = ToPascalCase(name);
        if (pascal.Length == 0)
        {
            pascal = fallback;
        }
        else if (char.IsDigit(pascal[0]))
        {
            pascal = fallback + pascal;
        }

        return Cap(pascal);
    }

    /// <summary>A model type name, kept clear of framework names user code relies on.</summary>
    public static string ModelTypeName(string name) => ClearOfFramework(TypeOrMemberName(name, "Model"));

    /// <summary>
    /// A top-level type name that does not shadow a framework type in the consumer's namespace (<c>Task</c> becomes
    /// <c>TaskModel</c>); applied where every generated top-level type is named, whatever the name came from.
    /// </summary>
    /// <remarks>
    /// Nor does it take the name of a member the generated type itself declares (an enum schema called <c>Value</c>,
    /// a union called <c>Unknown</c>): a member cannot share its type's name.
    /// </remarks>
    public static string ClearOfFramework(string typeName) =>
        ReservedTypeNames.Contains(typeName) || Array.IndexOf(GeneratedNames.FixedTypeMembers, typeName) >= 0 ? typeName + "Model" : typeName;

    /// <summary>A parameter or local name: camelCase, keywords escaped with <c>@</c>.</summary>
    public static string ParameterName(string name, string fallback)
    {
        var camel = ToCamelCase(name);
        if (camel.Length == 0)
        {
            camel = fallback;
        }
        else if (char.IsDigit(camel[0]))
        {
            camel = fallback + ToPascalCase(name);
        }

        camel = Cap(camel);

        // In a method that has a local or parameter called nameof, nameof(x) is a call to it: no escape helps there.
        if (camel == "nameof")
        {
            return "nameOf";
        }

        // await is a keyword inside the async methods these names are used in.
        return Keywords.Contains(camel) || camel == "await" ? "@" + camel : camel;
    }

    public static bool IsValidIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return !Keywords.Contains(name);
    }

    public static bool IsValidNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!IsValidIdentifier(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The case name for a status code: the HTTP reason phrase in PascalCase, or <c>Status{code}</c>.</summary>
    public static string StatusCaseName(int code) => code switch
    {
        100 => "Continue",
        101 => "SwitchingProtocols",
        102 => "Processing",
        103 => "EarlyHints",
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritativeInformation",
        204 => "NoContent",
        205 => "ResetContent",
        206 => "PartialContent",
        207 => "MultiStatus",
        208 => "AlreadyReported",
        226 => "ImUsed",
        300 => "MultipleChoices",
        301 => "MovedPermanently",
        302 => "Found",
        303 => "SeeOther",
        304 => "NotModified",
        305 => "UseProxy",
        307 => "TemporaryRedirect",
        308 => "PermanentRedirect",
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        407 => "ProxyAuthenticationRequired",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "LengthRequired",
        412 => "PreconditionFailed",
        413 => "ContentTooLarge",
        414 => "UriTooLong",
        415 => "UnsupportedMediaType",
        416 => "RangeNotSatisfiable",
        417 => "ExpectationFailed",
        418 => "ImATeapot",
        421 => "MisdirectedRequest",
        422 => "UnprocessableEntity",
        423 => "Locked",
        424 => "FailedDependency",
        425 => "TooEarly",
        426 => "UpgradeRequired",
        428 => "PreconditionRequired",
        429 => "TooManyRequests",
        431 => "RequestHeaderFieldsTooLarge",
        451 => "UnavailableForLegalReasons",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        505 => "HttpVersionNotSupported",
        506 => "VariantAlsoNegotiates",
        507 => "InsufficientStorage",
        508 => "LoopDetected",
        510 => "NotExtended",
        511 => "NetworkAuthenticationRequired",
        _ => "Status" + code.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The case name for a range such as <c>4XX</c>.</summary>
    public static string RangeCaseName(int firstDigit) => firstDigit switch
    {
        1 => "Informational",
        2 => "Success",
        3 => "Redirection",
        4 => "ClientError",
        _ => "ServerError",
    };

    private static string Cap(string name)
    {
        if (name.Length <= MaxIdentifierLength)
        {
            return name;
        }

        // A stable hash (not string.GetHashCode, which is randomized per process) keeps long names distinct.
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return name.Substring(0, MaxIdentifierLength - 9) + "_" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
