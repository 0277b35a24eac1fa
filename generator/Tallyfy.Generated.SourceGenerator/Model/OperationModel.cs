namespace Tallyfy.Generated.SourceGenerator.Model;

/// <summary>What a path template says beyond its text, for the parser that checks it and the emitter that sends it.</summary>
internal static class PathTemplates
{
    /// <summary>
    /// Where the template's fragment starts: its first '#' outside a placeholder (a '#' inside one, <c>{i#}</c>, is part
    /// of the parameter's name), or -1. A '#' ends a URL's path: what follows it is never sent.
    /// </summary>
    public static int FragmentStart(string template) => OutsidePlaceholders(template, '#', template.Length);

    /// <summary>The first <paramref name="wanted"/> before <paramref name="end"/> outside a placeholder, or -1.</summary>
    private static int OutsidePlaceholders(string template, char wanted, int end)
    {
        var inPlaceholder = false;
        for (var i = 0; i < end; i++)
        {
            var c = template[i];
            if (c == '{')
            {
                inPlaceholder = true;
            }
            else if (c == '}')
            {
                inPlaceholder = false;
            }
            else if (c == wanted && !inPlaceholder)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A literal part of a path template as a URL can carry it: what RFC 3986 allows in a path and a query as written
    /// (unreserved characters, sub-delimiters, <c>: @ / ?</c> and percent-encoded triples) is kept, anything else is
    /// percent-encoded as UTF-8 (a space, <c>"</c>, <c>|</c>, a lone <c>%</c>, <c>é</c>). The client sends its URL
    /// uncanonicalized, so a key with such a character (apisetu's <c>/Your Pull URI Request API Path</c>, loket.nl's
    /// trailing <c>"</c>) went into the request line as written, which no server reads.
    /// </summary>
    public static string Escaped(string literal)
    {
        var index = 0;
        while (index < literal.Length && Kept(literal, index))
        {
            index++;
        }

        if (index == literal.Length)
        {
            return literal;
        }

        var escaped = new System.Text.StringBuilder(literal.Length + 16).Append(literal, 0, index);
        for (; index < literal.Length; index++)
        {
            if (Kept(literal, index))
            {
                escaped.Append(literal[index]);
                continue;
            }

            var length = char.IsHighSurrogate(literal[index]) && index + 1 < literal.Length && char.IsLowSurrogate(literal[index + 1]) ? 2 : 1;
            foreach (var octet in System.Text.Encoding.UTF8.GetBytes(literal.Substring(index, length)))
            {
                escaped.Append('%').Append(octet.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }

            index += length - 1;
        }

        return escaped.ToString();
    }

    private static bool Kept(string text, int index)
    {
        var c = text[index];
        if (c == '%')
        {
            return index + 2 < text.Length && IsHex(text[index + 1]) && IsHex(text[index + 2]);
        }

        return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '-' or '.' or '_' or '~' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or ':' or '@' or '/' or '?';
    }

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    /// <summary>
    /// Whether the part of the template that is sent (before its fragment) holds a query of its own: a '?' outside a
    /// placeholder (formapi's <c>/templates?desc=html</c>, ecotaco's <c>/rides?page={page}</c>). The query parameters
    /// then follow it after a '&amp;', not a second '?'.
    /// </summary>
    public static bool HasQuery(string template)
    {
        var fragment = FragmentStart(template);
        return OutsidePlaceholders(template, '?', fragment < 0 ? template.Length : fragment) >= 0;
    }
}

/// <summary>One HTTP operation: how to build its request and how to read each of its responses.</summary>
/// <param name="Name">The C# method stem, e.g. <c>DeleteTask</c> (the method is <c>DeleteTaskAsync</c>).</param>
/// <param name="Method">The HTTP method in upper case.</param>
/// <param name="PathTemplate">The spec's path template, e.g. <c>/organizations/{org_id}/tasks</c>.</param>
/// <param name="ConstantHeaders">Headers the spec fixes to a single value; always sent, never an argument.</param>
/// <param name="Accept">The value of the Accept header, from the media types of the documented responses.</param>
/// <param name="Server">
/// The operation's own server (its <c>servers</c>, else its path item's), overriding the client's base URL: an absolute
/// URL is used as it is, a relative one is resolved against the client's base URL. Null when neither lists one.
/// </param>
internal sealed record OperationModel(
    string Name,
    string OperationId,
    string Method,
    string PathTemplate,
    string? Summary,
    string? Description,
    bool Deprecated,
    EquatableArray<ParameterModel> Parameters,
    EquatableArray<ConstantHeaderModel> ConstantHeaders,
    string? Accept,
    RequestBodyModel? RequestBody,
    ResultModel Result,
    EquatableArray<SecurityRequirementModel> Security = default,
    string? Server = null)
{
    /// <summary>The text of the method's <c>[Obsolete]</c> when the operation is <c>deprecated</c>: its description when that speaks of the deprecation.</summary>
    public string? Deprecation { get; init; }

    /// <summary>The OpenAPI 3.2 <c>summary</c> of the operation's tags that have one, one per line, for its remarks.</summary>
    public string? TagSummary { get; init; }

    /// <summary>How the <see cref="ParameterLocation.QueryString"/> parameter is serialized, when the operation has one.</summary>
    public QueryStringModel? QueryString { get; init; }

    /// <summary>The operation's tags, in spec order; read only when a filter selects by tag (empty otherwise).</summary>
    public EquatableArray<string> Tags { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>
/// OpenAPI 3.2's <c>in: querystring</c>: one argument serialized to the whole query string, as its media type says.
/// </summary>
/// <param name="Kind">
/// <see cref="RequestBodyKind.FormUrlEncoded"/>: the value's fields as its <paramref name="Form"/> says, form-encoded;
/// <see cref="RequestBodyKind.Json"/>: the value as JSON, percent-encoded; <see cref="RequestBodyKind.Text"/>: the string, percent-encoded.
/// </param>
/// <param name="Form">For a form: what it sends; <see cref="FormModel.Empty"/> otherwise.</param>
internal sealed record QueryStringModel(RequestBodyKind Kind, string MediaType, FormModel Form);

/// <summary>One way to authenticate an operation: every scheme named must be applied (an empty list means none is needed).</summary>
internal sealed record SecurityRequirementModel(EquatableArray<string> Schemes);

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,

    /// <summary>The request body, passed as one argument.</summary>
    Body,

    /// <summary>OpenAPI 3.2's <c>in: querystring</c>: the whole query string, passed as one argument.</summary>
    QueryString,
}

/// <summary>Query and header serialization of arrays (OpenAPI <c>style</c>/<c>explode</c>).</summary>
internal enum ParameterStyle
{
    /// <summary>form, exploded: <c>a=1&amp;a=2</c> (the query default).</summary>
    FormExploded,

    /// <summary>form, not exploded: <c>a=1,2</c>.</summary>
    Form,

    /// <summary>simple: <c>1,2</c> (the path and header default).</summary>
    Simple,

    /// <summary>spaceDelimited: <c>a=1%202</c>.</summary>
    SpaceDelimited,

    /// <summary>pipeDelimited: <c>a=1|2</c>.</summary>
    PipeDelimited,

    /// <summary>deepObject: <c>a[key]=value</c>.</summary>
    DeepObject,

    /// <summary>Swagger 2.0 <c>collectionFormat: tsv</c> (no OpenAPI 3 style): <c>a=1%092</c>.</summary>
    TabDelimited,

    /// <summary>simple, exploded: an array as <c>1,2</c>, an object as <c>x=1,y=2</c>.</summary>
    SimpleExploded,

    /// <summary>label (path): <c>.1,2</c>; an object <c>.x,1,y,2</c>.</summary>
    Label,

    /// <summary>label, exploded: <c>.1.2</c>; an object <c>.x=1.y=2</c>.</summary>
    LabelExploded,

    /// <summary>matrix (path): <c>;id=1,2</c>; an object <c>;id=x,1,y,2</c>.</summary>
    Matrix,

    /// <summary>matrix, exploded: <c>;id=1;id=2</c>; an object <c>;x=1;y=2</c>.</summary>
    MatrixExploded,

    /// <summary>3.2's cookie (a cookie), values as given, not percent-encoded: <c>id=1,2</c>; an object <c>id=x,1,y,2</c>.</summary>
    Cookie,

    /// <summary>cookie, exploded: <c>id=1; id=2</c>; an object <c>x=1; y=2</c>.</summary>
    CookieExploded,
}

/// <param name="WireName">The name as the spec spells it; what goes on the wire.</param>
/// <param name="Identifier">A valid C# parameter name (keywords escaped with <c>@</c>).</param>
/// <param name="AllowsEmpty">
/// For path parameters: the schema admits the empty string in so many words (an <c>enum</c> or <c>const</c> value
/// <c>""</c>, or <c>minLength: 0</c>), so <c>""</c> is sent as an empty segment instead of being refused.
/// </param>
internal sealed record ParameterModel(
    string WireName,
    string Identifier,
    ParameterLocation Location,
    TypeRef Type,
    bool Required,
    string? Description,
    ParameterStyle Style = ParameterStyle.FormExploded,
    bool AllowsEmpty = false)
{
    /// <summary>The parameter is <c>deprecated</c>; a parameter cannot be <c>[Obsolete]</c>, so its documentation says so.</summary>
    public bool Deprecated { get; init; }

    /// <summary>The schema's <c>default</c> as the spec writes it (JSON text), for the documentation.</summary>
    public string? DefaultText { get; init; }

    /// <summary>
    /// A query parameter's <c>allowReserved: true</c> (or AutoRest's <c>x-ms-skip-url-encoding</c>), or a path
    /// parameter's <c>x-ms-skip-url-encoding</c>: its values keep RFC 3986's reserved characters and percent-encoded
    /// triples as given (RFC 6570's reserved expansion; in a path, <c>/</c> stays a separator).
    /// </summary>
    public bool AllowReserved { get; init; }

    /// <summary>
    /// A required JSON body whose schema allows <c>null</c> (<c>anyOf: [X, {type: null}]</c>, <c>nullable: true</c>,
    /// FastAPI's <c>Optional[X]</c> body): the argument is <c>T?</c> and a null is sent as the JSON <c>null</c>. (An
    /// optional body's null already means no body at all.)
    /// </summary>
    public bool Nullable { get; init; }
}

internal enum RequestBodyKind
{
    Json,
    FormUrlEncoded,
    Multipart,
    Binary,
    Text,

    /// <summary>
    /// A multipart body whose parts the spec does not describe as an object's fields (an array or a string schema, no
    /// schema, <c>multipart/related</c>): the caller builds the parts in a <c>MultipartContent</c>, which carries the
    /// boundary a multipart body cannot be read without, and the method checks its subtype is the operation's.
    /// </summary>
    MultipartParts,

    /// <summary>
    /// OpenAPI 3.2: a multipart body whose parts are the items of an array, one part each, encoded as the media type's
    /// <c>itemEncoding</c> says (<see cref="RequestBodyModel.ItemPart"/>); the argument is the list of items.
    /// </summary>
    MultipartItems,
}

/// <summary>How each item of a <see cref="RequestBodyKind.MultipartItems"/> body becomes its part.</summary>
internal enum PartWriting
{
    /// <summary>A file's raw octets, under its own content type or else the part's.</summary>
    File,

    /// <summary>A string's UTF-8 text.</summary>
    Text,

    /// <summary>The item's JSON.</summary>
    Json,
}

/// <param name="ContentType">The content type of each part: the <c>itemEncoding</c>'s, else the default for the item's type.</param>
internal sealed record ItemPartModel(PartWriting Writing, string ContentType);

/// <summary>How the request body is sent; the argument itself is the <see cref="ParameterLocation.Body"/> parameter.</summary>
/// <param name="Form">For form and multipart bodies of an object, a union or a map: what they send; <see cref="FormModel.Empty"/> otherwise.</param>
/// <param name="Alternatives">Other kinds of body the spec offers for the operation, each sent by an overload of its method.</param>
internal sealed record RequestBodyModel(
    RequestBodyKind Kind,
    string MediaType,
    FormModel Form,
    EquatableArray<RequestBodyAlternativeModel> Alternatives = default)
{
    /// <summary>
    /// Where the spec offers text in several text media types and the method or its overload sends text: which, and the
    /// argument that picks one.
    /// </summary>
    public TextChoiceModel? TextChoice { get; init; }

    /// <summary>For <see cref="RequestBodyKind.MultipartItems"/>: how each item is written as its part.</summary>
    public ItemPartModel? ItemPart { get; init; }

    /// <summary>The media type's <c>encoding</c> entries, by field name: how a form field is written or a part is typed.</summary>
    public EquatableArray<FieldEncodingModel> Encodings { get; init; } = EquatableArray<FieldEncodingModel>.Empty;

    /// <summary>The encoding of the field named <paramref name="jsonName"/>; null when the spec gives none.</summary>
    public FieldEncodingModel? Encoding(string jsonName)
    {
        foreach (var encoding in Encodings)
        {
            if (encoding.Name == jsonName)
            {
                return encoding;
            }
        }

        return null;
    }
}

/// <summary>
/// One <c>encoding</c> entry of a form body: in a URL-encoded form the style of an array field (form exploded, the
/// default: repeated fields; form: <c>a,b</c>; spaceDelimited; pipeDelimited) and, when <paramref name="Styled"/>, of
/// an object, a map or (deepObject) any structured field; in multipart the part's content type.
/// </summary>
/// <param name="Styled">
/// Whether the entry gives <c>style</c>, <c>explode</c> or <c>allowReserved</c>: only then is an object field
/// serialized as a query parameter of that style would be (<c>x=1&amp;y=2</c>, <c>p=x,1,y,2</c>, <c>p[x]=1</c>);
/// without them it is its content type's, JSON text.
/// </param>
internal sealed record FieldEncodingModel(string Name, ParameterStyle Style, string? ContentType, bool Styled = false);

/// <summary>
/// Another kind of body an operation accepts, sent by an overload of its method: <see cref="RequestBodyKind.Text"/>
/// takes a <c>string</c>, <see cref="RequestBodyKind.Binary"/> an <c>ApiFile</c> sent as raw octets, a form
/// (<see cref="RequestBodyKind.Multipart"/> or <see cref="RequestBodyKind.FormUrlEncoded"/>) its own schema's type,
/// sent as its <see cref="Form"/> says.
/// </summary>
/// <param name="MediaType">The media type sent (for binary: unless the file names its own content type).</param>
internal sealed record RequestBodyAlternativeModel(RequestBodyKind Kind, string MediaType)
{
    /// <summary>For a form: the overload's argument type (another type than the method's body).</summary>
    public TypeRef? Type { get; init; }

    /// <summary>For a form: how it is sent (its fields or variants, and its encoding), as a method's own form body is.</summary>
    public RequestBodyModel? Form { get; init; }
}

/// <summary>
/// The text media types a body is offered in, when more than one (Azure Content Moderator's text/plain, text/html,
/// text/markdown and text/xml): the method that sends text takes an optional argument that picks one, the first
/// being the default.
/// </summary>
/// <param name="MediaTypes">The media types sent, in the spec's order (a wildcard as <c>text/plain</c>), each once.</param>
/// <param name="Identifier">The argument's name: <c>contentType</c>, unless a parameter has it.</param>
internal sealed record TextChoiceModel(EquatableArray<string> MediaTypes, string Identifier);

/// <summary>
/// What a form sends (a URL-encoded or multipart body, a 3.2 query string form): an object's fields, or for a union its
/// variants, or for a map its entries (<see cref="Extra"/> with an empty name).
/// </summary>
/// <param name="Fields">The object's fields, each sent as one field (part).</param>
internal sealed record FormModel(EquatableArray<PropertyModel> Fields)
{
    /// <summary>No fields: the form of a body that is no form, or of a union, whose <see cref="Variants"/> send theirs.</summary>
    public static readonly FormModel Empty = new(EquatableArray<PropertyModel>.Empty);

    /// <summary>
    /// The sets of fields of which a request must carry one in full, as the object's required-only oneOf or anyOf says
    /// (<see cref="ObjectTypeModel.RequiredAlternatives"/>).
    /// </summary>
    public EquatableArray<EquatableArray<string>> RequiredAlternatives { get; init; } = EquatableArray<EquatableArray<string>>.Empty;

    /// <summary>
    /// For a class of a discriminated hierarchy: the classes below it, deepest first (<see cref="FormVariantModel.CaseName"/>
    /// the class's name), so an instance of one sends its own fields, not only those of the declared class.
    /// </summary>
    public EquatableArray<FormVariantModel> Subclasses { get; init; } = EquatableArray<FormVariantModel>.Empty;

    /// <summary>For a union: its variants, an object variant sent as its fields, any other as its JSON.</summary>
    public EquatableArray<FormVariantModel> Variants { get; init; } = EquatableArray<FormVariantModel>.Empty;

    /// <summary>
    /// The members the schema does not declare, sent after the fields, each a field of its own (the class's
    /// <c>AdditionalProperties</c>); with an empty <see cref="ExtraMembersModel.Name"/>, the map the form is.
    /// </summary>
    public ExtraMembersModel? Extra { get; init; }
}

/// <summary>One variant of a union-typed form body, or one class below a hierarchy class sent as a form.</summary>
/// <param name="CaseName">The union's case class for the variant; the class's name for a class below.</param>
/// <param name="Form">What the variant sends when it is an object; <see cref="FormModel.Empty"/> otherwise (it goes as JSON).</param>
internal sealed record FormVariantModel(string CaseName, TypeRef Type, FormModel Form);

internal sealed record ConstantHeaderModel(string Name, string Value);
