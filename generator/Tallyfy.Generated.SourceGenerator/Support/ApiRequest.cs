// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>Builds request URLs and headers; rejects arguments that would change the request's meaning.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
internal static class ApiRequest
{
    /// <summary>
    /// Path segments are escaped here, so the URI must not be canonicalized again: System.Uri would otherwise turn an
    /// escaped "." or ".." back into a dot segment and drop it, moving the request to another route.
    /// </summary>
    public static readonly global::System.UriCreationOptions UriOptions = new() { DangerousDisablePathAndQueryCanonicalization = true };

    /// <summary>
    /// The request message of an operation, sent with the operation's one tag as its method, which names the operation
    /// and its path template (<see cref="global::Tallyfy.Generated.Support.ApiRequestOptions"/>), with an <c>Accept</c>
    /// header when <paramref name="accept"/> is set.
    /// </summary>
    public static global::System.Net.Http.HttpRequestMessage Message(global::Tallyfy.Generated.Support.ApiRequestOptions.OperationTag operation, string url, string? accept = null)
    {
        var message = new global::System.Net.Http.HttpRequestMessage(operation, new global::System.Uri(url, UriOptions));
        if (accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return message;
    }

    /// <summary>
    /// Escapes a path parameter as exactly one path segment: '/', '?', '#', '%' and spaces are percent-encoded,
    /// and "." or ".." are encoded too so no value can climb the path. An empty value is refused unless
    /// <paramref name="allowEmpty"/> says the spec admits it (then it is an empty segment).
    /// </summary>
    public static string PathSegment(string? value, string parameterName, bool allowEmpty = false)
    {
        if (value is null)
        {
            throw new global::System.ArgumentNullException(parameterName);
        }

        if (value.Length == 0 && !allowEmpty)
        {
            throw new global::System.ArgumentException("The value must not be empty: it is a path segment.", parameterName);
        }

        return value switch
        {
            "." => "%2E",
            ".." => "%2E%2E",
            _ => global::System.Uri.EscapeDataString(value),
        };
    }

    /// <summary>
    /// A path parameter whose value is sent as given (AutoRest's <c>x-ms-skip-url-encoding</c>: Azure's
    /// <c>{scope}</c> or <c>{resourceUri}</c>, a path of segments, and <c>{nextLink}</c>, a path and a query): RFC
    /// 6570's reserved expansion, which keeps RFC 3986's reserved characters and percent-encoded triples and encodes
    /// every other character outside the unreserved set (a space, a <c>%</c> that starts no triple, any non-ASCII
    /// letter), and a <c>#</c>, which would end the URL there and lose the rest without a word. An empty value is
    /// refused unless <paramref name="allowEmpty"/> says the spec admits it.
    /// </summary>
    public static string PathReserved(string? value, string parameterName, bool allowEmpty = false)
    {
        if (value is null)
        {
            throw new global::System.ArgumentNullException(parameterName);
        }

        if (value.Length == 0 && !allowEmpty)
        {
            throw new global::System.ArgumentException("The value must not be empty: it is part of the path.", parameterName);
        }

        var escaped = new global::System.Text.StringBuilder(value.Length + 8);
        AppendReserved(escaped, value, inPath: true);
        return escaped.ToString();
    }

    /// <summary>
    /// A path parameter in style label (<c>.a,b</c>, exploded <c>.a.b</c>), matrix (<c>;id=a,b</c>, exploded
    /// <c>;id=a;id=b</c>) or simple (<c>a,b</c>, for an array or an object), as RFC 6570 expands <c>{.id}</c>,
    /// <c>{;id}</c> and <c>{id}</c>: each value escaped, the prefix and separators literal (so a comma inside a value,
    /// <c>%2C</c>, stays apart from the commas between values). An object's values come as names and values in turn
    /// (<see cref="ObjectMembers"/>), written <c>.x,1,y,2</c> or <c>.x=1.y=2</c> (exploded), <c>;id=x,1,y,2</c> or
    /// <c>;x=1;y=2</c> (exploded), <c>x,1,y,2</c> or <c>x=1,y=2</c> (exploded). A simple array with no values would be
    /// an empty segment: refused unless <paramref name="allowEmpty"/> says the spec admits it.
    /// </summary>
    public static string PathStyled(global::System.Collections.Generic.IEnumerable<string>? values, string name, string style, bool pairs, string parameterName, bool allowEmpty = false)
    {
        if (values is null)
        {
            throw new global::System.ArgumentNullException(parameterName);
        }

        var simple = style is "Simple" or "SimpleExploded";
        var exploded = style is "LabelExploded" or "MatrixExploded" or "SimpleExploded";
        var matrix = style is "Matrix" or "MatrixExploded";
        var text = new global::System.Text.StringBuilder();
        var i = 0;
        foreach (var value in values)
        {
            var escaped = global::System.Uri.EscapeDataString(value);
            if (pairs && exploded)
            {
                // name=value pairs: the name starts each pair, the value follows its '='.
                text.Append(i % 2 == 1 ? "=" : simple ? (i == 0 ? string.Empty : ",") : matrix ? ";" : ".").Append(escaped);
            }
            else if (simple || (i > 0 && !exploded))
            {
                text.Append(i == 0 ? string.Empty : ",").Append(escaped);
            }
            else
            {
                text.Append(matrix ? ";" + global::System.Uri.EscapeDataString(name) + "=" : ".").Append(escaped);
            }

            i++;
        }

        if (i == 0 && simple && !allowEmpty)
        {
            throw new global::System.ArgumentException("The value must not be empty: it is a path segment.", parameterName);
        }

        return i == 0 && !simple ? (matrix ? ";" + global::System.Uri.EscapeDataString(name) : ".") : text.ToString();
    }

    /// <summary>
    /// An object's members, from its JSON text, as names and values in turn (null members left out; a nested object or
    /// array as its JSON); null when the JSON is not an object.
    /// </summary>
    public static global::System.Collections.Generic.List<string>? ObjectMembers(string json)
    {
        using var document = global::System.Text.Json.JsonDocument.Parse(json);
        return ObjectMembers(document.RootElement);
    }

    /// <summary>As <see cref="ObjectMembers(string)"/>, of a parsed value.</summary>
    public static global::System.Collections.Generic.List<string>? ObjectMembers(global::System.Text.Json.JsonElement value)
    {
        if (value.ValueKind != global::System.Text.Json.JsonValueKind.Object)
        {
            return null;
        }

        var members = new global::System.Collections.Generic.List<string>();
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind != global::System.Text.Json.JsonValueKind.Null)
            {
                members.Add(property.Name);
                members.Add(Format(property.Value));
            }
        }

        return members;
    }

    /// <summary>An object parameter in style simple (path, header): <c>x,1,y,2</c>, exploded <c>x=1,y=2</c>.</summary>
    public static string SimpleObject(string json, bool exploded)
    {
        if (ObjectMembers(json) is not { } members)
        {
            return json;
        }

        var text = new global::System.Text.StringBuilder();
        var i = 0;
        foreach (var member in members)
        {
            text.Append(i == 0 ? string.Empty : exploded && i % 2 == 1 ? "=" : ",").Append(member);
            i++;
        }

        return text.ToString();
    }

    /// <summary>
    /// An operation's relative server resolved against the client's base URL as RFC 3986 resolves references: a path
    /// from the root (<c>/v2</c>) replaces the base URL's path, any other (<c>v2</c>) is appended to it.
    /// </summary>
    public static string ServerUrl(string baseUrl, string server) =>
        new global::System.Uri(new global::System.Uri(baseUrl + "/"), server).AbsoluteUri.TrimEnd('/');

    /// <summary>
    /// A header value, refused when it holds a line break (header injection) or anything else HTTP cannot carry there
    /// (a control character, a character outside ASCII, which .NET refuses only while sending, as a transport failure).
    /// </summary>
    public static string HeaderValue(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new global::System.ArgumentNullException(parameterName);
        }

        foreach (var c in value)
        {
            if (c is '\r' or '\n')
            {
                throw new global::System.ArgumentException("A header value must not contain a line break.", parameterName);
            }

            if ((c < ' ' && c != '\t') || c > '~')
            {
                throw new global::System.ArgumentException(
                    "A header value must be printable ASCII (U+" + ((int)c).ToString("X4", global::System.Globalization.CultureInfo.InvariantCulture)
                    + " is not): encode it as the API documents, for instance percent-encoded or in Base64.", parameterName);
            }
        }

        return value;
    }

    // An overload below marked "only where" is left out of the support code of clients whose code never names its type
    // (a value of that type names it where it is declared): see SupportParts.OnlyWhereMarker.
    public static string Format(string value) => value;

    public static string Format(bool value) => value ? "true" : "false";

    public static string Format(int value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(long value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    // only where the generated code contains: float
    public static string Format(float value) => value.ToString("R", global::System.Globalization.CultureInfo.InvariantCulture);

    // only where the generated code contains: double
    public static string Format(double value) => value.ToString("R", global::System.Globalization.CultureInfo.InvariantCulture);

    // only where the generated code contains: decimal
    public static string Format(decimal value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    // only where the generated code contains: DateTimeOffset
    public static string Format(global::System.DateTimeOffset value) =>
        // RFC 3339 as the JSON writer writes it: a UTC value ends in Z, and fractional digits are written only up to the last that is not zero.
        value.ToString(value.Offset == global::System.TimeSpan.Zero ? "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", global::System.Globalization.CultureInfo.InvariantCulture);

    // only where the generated code contains: DateOnly
    public static string Format(global::System.DateOnly value) => value.ToString("yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture);

    // only where the generated code contains: TimeOnly
    public static string Format(global::System.TimeOnly value) => global::Tallyfy.Generated.Support.ApiJson.FormatTimeOnly(value);

    // only where the generated code contains: TimeSpan
    /// <summary>An ISO 8601 duration (<c>P1DT2H</c>).</summary>
    public static string Format(global::System.TimeSpan value) => global::Tallyfy.Generated.Support.ApiJson.FormatDuration(value);

    // only where the generated code contains: sbyte
    public static string Format(sbyte value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(byte value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    // only where the generated code contains: short
    public static string Format(short value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    // only where the generated code contains: ushort
    public static string Format(ushort value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    // only where the generated code contains: uint
    public static string Format(uint value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    // only where the generated code contains: ulong
    public static string Format(ulong value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    // only where the generated code contains: Guid
    public static string Format(global::System.Guid value) => value.ToString("D");

    public static string Format(global::System.Uri value) => value.OriginalString;

    public static string Format(byte[] value) => global::System.Convert.ToBase64String(value);

    public static string Format(global::System.Text.Json.JsonElement value) =>
        value.ValueKind == global::System.Text.Json.JsonValueKind.String ? value.GetString()! : value.GetRawText();

    /// <summary>
    /// Sets the Content-Type to the media type exactly as the spec writes it, parameters included
    /// (<c>application/json; charset=utf-8</c>; <c>MediaTypeHeaderValue</c>'s constructor refuses parameters, TryParse
    /// keeps them). A key the spec gives that is not a media type (<c>applicationjson;version=1</c>, reported at
    /// generation as TGEN054) goes out as written, unchecked, and an empty one as no Content-Type.
    /// </summary>
    private static void SetContentType(global::System.Net.Http.HttpContent content, string mediaType)
    {
        if (global::System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(mediaType, out var parsed))
        {
            content.Headers.ContentType = parsed;
        }
        else if (mediaType.Trim().Length > 0)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", mediaType);
        }
    }

    /// <summary>UTF-8 JSON sent with the spec's media type as written (no charset is added to it).</summary>
    public static global::System.Net.Http.HttpContent JsonContent(byte[] json, string mediaType)
    {
        var content = new global::System.Net.Http.ByteArrayContent(json);
        SetContentType(content, mediaType);
        return content;
    }

    /// <summary>
    /// Adds to a URL-encoded form the members a schema does not declare, whose values may be any JSON, each a field of
    /// its own after the declared ones: a string's own text, any other value's JSON; a JSON null is left out, as an
    /// unset field is.
    /// </summary>
    public static void AddMembers(global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>> form, global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement>>? members)
    {
        if (members is null)
        {
            return;
        }

        foreach (var member in members)
        {
            if (member.Value.ValueKind is not (global::System.Text.Json.JsonValueKind.Null or global::System.Text.Json.JsonValueKind.Undefined))
            {
                form.Add(new(member.Key, Format(member.Value)));
            }
        }
    }

    /// <summary>
    /// Adds to a multipart form the members a schema does not declare, whose values may be any JSON, each a part of its
    /// own after the declared ones: a string, number or boolean as a text part (OpenAPI's default for a primitive), an
    /// object or array as a JSON part; a JSON null is left out, as an unset field is.
    /// </summary>
    public static void AddMembers(global::System.Net.Http.MultipartContent multipart, global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement>>? members)
    {
        if (members is null)
        {
            return;
        }

        foreach (var member in members)
        {
            var value = member.Value;
            if (value.ValueKind is global::System.Text.Json.JsonValueKind.Null or global::System.Text.Json.JsonValueKind.Undefined)
            {
                continue;
            }

            AddPart(
                multipart,
                value.ValueKind is global::System.Text.Json.JsonValueKind.Object or global::System.Text.Json.JsonValueKind.Array
                    ? JsonContent(global::System.Text.Encoding.UTF8.GetBytes(value.GetRawText()), "application/json")
                    : new global::System.Net.Http.StringContent(Format(value)),
                member.Key);
        }
    }

    /// <summary>
    /// The media type a text body goes under where the spec offers several: <paramref name="offered"/>'s first when
    /// <paramref name="mediaType"/> is null, else <paramref name="mediaType"/> as given (a charset may follow) when its
    /// type is one of them; any other is refused before the request is sent.
    /// </summary>
    public static string TextMediaType(string? mediaType, string parameterName, params string[] offered)
    {
        if (mediaType is null)
        {
            return offered[0];
        }

        var semicolon = mediaType.IndexOf(';');
        var type = (semicolon < 0 ? mediaType : mediaType.Substring(0, semicolon)).Trim();
        foreach (var candidate in offered)
        {
            if (string.Equals(type, candidate, global::System.StringComparison.OrdinalIgnoreCase))
            {
                return global::System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(mediaType, out _)
                    ? mediaType
                    : throw new global::System.ArgumentException("'" + mediaType + "' is not a media type a Content-Type header can carry.", parameterName);
            }
        }

        throw new global::System.ArgumentException("'" + mediaType + "' is not one of the media types the spec offers for this body: " + string.Join(", ", offered) + ".", parameterName);
    }

    /// <summary>
    /// Text encoded as UTF-8 (or as the media type's charset when it names one) sent with the media type exactly as
    /// written: no charset is added to a <c>text/*</c> type that names none, since servers match the spec's type as a
    /// string (the AutoRest test server's media-type scenarios answer 400 to <c>text/plain; charset=utf-8</c> where the
    /// spec says <c>text/plain</c>).
    /// </summary>
    public static global::System.Net.Http.HttpContent TextContent(string text, string mediaType)
    {
        var encoding = global::System.Text.Encoding.UTF8;
        _ = global::System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(mediaType, out var type);
        if (type?.CharSet is { Length: > 0 } charSet)
        {
            try
            {
                encoding = global::System.Text.Encoding.GetEncoding(charSet.Trim('"'));
            }
            catch (global::System.ArgumentException)
            {
                // An unknown charset: the text goes as UTF-8, the header as written.
            }
        }

        var content = new global::System.Net.Http.ByteArrayContent(encoding.GetBytes(text));
        if (type is not null)
        {
            content.Headers.ContentType = type;
        }
        else
        {
            SetContentType(content, mediaType);
        }

        return content;
    }

    /// <summary>Raw octets sent as they are, with the media type as written.</summary>
    public static global::System.Net.Http.HttpContent BytesContent(byte[] bytes, string mediaType)
    {
        var content = new global::System.Net.Http.ByteArrayContent(bytes);
        SetContentType(content, mediaType);
        return content;
    }

    public static global::System.Net.Http.HttpContent StreamContent(global::System.IO.Stream stream, string mediaType)
    {
        var content = new global::System.Net.Http.StreamContent(stream);
        SetContentType(content, mediaType);
        return content;
    }

    /// <summary>
    /// A multipart body whose parts the caller built: sent with its own boundary, when its subtype is the one the
    /// operation takes (<paramref name="mediaType"/>; <c>multipart/*</c> takes any); the media type's other parameters
    /// (<c>multipart/related</c>'s <c>type</c>) are added where the content does not give them.
    /// </summary>
    public static global::System.Net.Http.HttpContent MultipartParts(global::System.Net.Http.MultipartContent parts, string mediaType, string parameterName)
    {
        global::System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(mediaType, out var expected);
        var wanted = expected?.MediaType ?? mediaType;
        var given = parts.Headers.ContentType;
        var matches = given?.MediaType is { } type
            && (string.Equals(type, wanted, global::System.StringComparison.OrdinalIgnoreCase)
                || (wanted.EndsWith("/*", global::System.StringComparison.Ordinal) && type.StartsWith(wanted.Substring(0, wanted.Length - 1), global::System.StringComparison.OrdinalIgnoreCase)));
        if (!matches)
        {
            throw new global::System.ArgumentException(
                "The operation takes " + wanted + " parts, not " + (given?.MediaType ?? "content without a media type") + ": build them in a MultipartContent of that subtype (MultipartFormDataContent for multipart/form-data).",
                parameterName);
        }

        AddMissingParameters(given!, expected);
        return parts;
    }

    /// <summary>The parameters of <paramref name="expected"/> (<c>multipart/related</c>'s <c>type</c>) that <paramref name="given"/> does not give, added to it.</summary>
    private static void AddMissingParameters(global::System.Net.Http.Headers.MediaTypeHeaderValue given, global::System.Net.Http.Headers.MediaTypeHeaderValue? expected)
    {
        if (expected is null)
        {
            return;
        }

        foreach (var parameter in expected.Parameters)
        {
            var present = false;
            foreach (var existing in given.Parameters)
            {
                present |= string.Equals(existing.Name, parameter.Name, global::System.StringComparison.OrdinalIgnoreCase);
            }

            if (!present)
            {
                given.Parameters.Add(new global::System.Net.Http.Headers.NameValueHeaderValue(parameter.Name, parameter.Value));
            }
        }
    }

    /// <summary>A file sent as the whole body: its raw octets, under its own content type or else <paramref name="mediaType"/>.</summary>
    public static global::System.Net.Http.HttpContent FileBody(global::Tallyfy.Generated.Support.ApiFile file, string mediaType)
    {
        var content = new global::System.Net.Http.StreamContent(file.Content);
        SetContentType(content, file.ContentType ?? mediaType);
        return content;
    }

    /// <summary>A file's content as UTF-8 text, for a form field (a URL-encoded form has no file parts); the stream is disposed once read.</summary>
    public static async global::System.Threading.Tasks.Task<string> FileTextAsync(global::Tallyfy.Generated.Support.ApiFile file, global::System.Threading.CancellationToken cancellationToken)
    {
        using var reader = new global::System.IO.StreamReader(file.Content, global::System.Text.Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// An empty multipart/form-data body whose part headers are written in UTF-8, as browsers write them (a file
    /// name keeps its characters instead of becoming an RFC 2047 encoded word).
    /// </summary>
    public static global::System.Net.Http.MultipartContent FormData() =>
        new PartsContent("form-data", global::System.Guid.NewGuid().ToString()) { HeaderEncodingSelector = static (_, _) => global::System.Text.Encoding.UTF8 };

    /// <summary>
    /// An empty multipart body of the subtype <paramref name="mediaType"/> names (<c>multipart/mixed</c>), with the media
    /// type's other parameters (<c>multipart/related</c>'s <c>type</c>), for parts sent by position.
    /// </summary>
    public static global::System.Net.Http.MultipartContent Parts(string mediaType)
    {
        global::System.Net.Http.Headers.MediaTypeHeaderValue.TryParse(mediaType, out var parsed);
        var type = parsed?.MediaType ?? mediaType;
        var parts = new PartsContent(type.Substring(type.IndexOf('/') + 1), global::System.Guid.NewGuid().ToString());
        AddMissingParameters(parts.Headers.ContentType!, parsed);
        return parts;
    }

    /// <summary>
    /// A multipart body that, holding no part, is the close delimiter alone, as a browser sends an empty form.
    /// <c>MultipartContent</c> writes one empty part then, with no headers, which RFC 2046 (at least one part) and
    /// RFC 7578 (a Content-Disposition on each) both refuse, and which some servers' parsers fail on.
    /// </summary>
    private sealed class PartsContent : global::System.Net.Http.MultipartContent
    {
        private readonly string _boundary;

        public PartsContent(string subtype, string boundary)
            : base(subtype, boundary) => _boundary = boundary;

        /// <summary>The close delimiter alone when no part was added, else null (the parts are written as usual).</summary>
        private byte[]? EmptyForm() => GetEnumerator().MoveNext() ? null : global::System.Text.Encoding.ASCII.GetBytes("--" + _boundary + "--\r\n");

        protected override void SerializeToStream(global::System.IO.Stream stream, global::System.Net.TransportContext? context, global::System.Threading.CancellationToken cancellationToken)
        {
            if (EmptyForm() is { } empty)
            {
                stream.Write(empty);
                return;
            }

            base.SerializeToStream(stream, context, cancellationToken);
        }

        protected override global::System.Threading.Tasks.Task SerializeToStreamAsync(global::System.IO.Stream stream, global::System.Net.TransportContext? context) =>
            EmptyForm() is { } empty ? stream.WriteAsync(empty, 0, empty.Length) : base.SerializeToStreamAsync(stream, context);

        protected override global::System.Threading.Tasks.Task SerializeToStreamAsync(global::System.IO.Stream stream, global::System.Net.TransportContext? context, global::System.Threading.CancellationToken cancellationToken) =>
            EmptyForm() is { } empty ? stream.WriteAsync(empty, cancellationToken).AsTask() : base.SerializeToStreamAsync(stream, context, cancellationToken);

        protected override global::System.IO.Stream CreateContentReadStream(global::System.Threading.CancellationToken cancellationToken) =>
            EmptyForm() is { } empty ? new global::System.IO.MemoryStream(empty, writable: false) : base.CreateContentReadStream(cancellationToken);

        protected override global::System.Threading.Tasks.Task<global::System.IO.Stream> CreateContentReadStreamAsync() =>
            EmptyForm() is { } empty ? global::System.Threading.Tasks.Task.FromResult<global::System.IO.Stream>(new global::System.IO.MemoryStream(empty, writable: false)) : base.CreateContentReadStreamAsync();

        protected override global::System.Threading.Tasks.Task<global::System.IO.Stream> CreateContentReadStreamAsync(global::System.Threading.CancellationToken cancellationToken) =>
            EmptyForm() is { } empty ? global::System.Threading.Tasks.Task.FromResult<global::System.IO.Stream>(new global::System.IO.MemoryStream(empty, writable: false)) : base.CreateContentReadStreamAsync(cancellationToken);

        protected override bool TryComputeLength(out long length)
        {
            if (EmptyForm() is { } empty)
            {
                length = empty.Length;
                return true;
            }

            return base.TryComputeLength(out length);
        }
    }

    /// <summary>
    /// Adds a part under <paramref name="name"/> (a file part when <paramref name="fileName"/> is given) with the
    /// Content-Disposition the HTML standard's multipart/form-data encoding writes: name and file name as quoted
    /// strings, a '"' as %22, CR and LF as %0D and %0A, and no filename* (RFC 7578 §4.2 forbids it).
    /// <c>MultipartFormDataContent.Add</c> writes a plain name unquoted and adds filename*, which parsers that
    /// expect quotes reject.
    /// </summary>
    public static void AddPart(global::System.Net.Http.MultipartContent multipart, global::System.Net.Http.HttpContent content, string name, string? fileName = null)
    {
        var disposition = "form-data; name=\"" + FormDataEscape(name) + "\"";
        if (fileName is not null)
        {
            disposition += "; filename=\"" + FormDataEscape(fileName) + "\"";
        }

        content.Headers.TryAddWithoutValidation("Content-Disposition", disposition);
        multipart.Add(content);
    }

    private static string FormDataEscape(string value) => value.Replace("\"", "%22").Replace("\r", "%0D").Replace("\n", "%0A");

    public static global::System.Net.Http.HttpContent FileContent(global::Tallyfy.Generated.Support.ApiFile file, string fallbackContentType = "application/octet-stream")
    {
        var content = new global::System.Net.Http.StreamContent(file.Content);
        SetContentType(content, file.ContentType ?? fallbackContentType);
        return content;
    }

    /// <summary>
    /// Adds a header parameter. A content header (<c>Content-MD5</c>, <c>Content-Language</c>, <c>Content-Disposition</c>,
    /// <c>Expires</c>, <c>Content-Encoding</c>…) cannot go on the request's own headers, so it goes on the content; a
    /// request without a body gets an empty one to carry it. A header the request cannot carry at all throws rather
    /// than being dropped.
    /// </summary>
    public static void AddHeader(global::System.Net.Http.HttpRequestMessage request, string name, string value)
    {
        if (request.Headers.TryAddWithoutValidation(name, value))
        {
            return;
        }

        request.Content ??= new global::System.Net.Http.ByteArrayContent(global::System.Array.Empty<byte>());
        if (!request.Content.Headers.TryAddWithoutValidation(name, value))
        {
            throw new global::System.InvalidOperationException("The header '" + name + "' cannot be sent with this request.");
        }
    }

    /// <summary>
    /// Adds <c>name=value</c> to the query of a request that is already built (an API key sent in the query), unless
    /// the query has that name already: a spec may declare the key as the operation's parameter too (Trello's does),
    /// and the argument given for it wins over the credential.
    /// </summary>
    public static void AddQuery(global::System.Net.Http.HttpRequestMessage request, string name, string value)
    {
        var uri = request.RequestUri!.OriginalString;
        var escaped = global::System.Uri.EscapeDataString(name);
        var question = uri.IndexOf('?');
        if (question >= 0)
        {
            foreach (var pair in uri.Substring(question + 1).Split('&'))
            {
                if (pair == escaped || pair.StartsWith(escaped + "=", global::System.StringComparison.Ordinal))
                {
                    return;
                }
            }
        }

        request.RequestUri = new global::System.Uri(
            uri + (question >= 0 ? "&" : "?") + escaped + "=" + global::System.Uri.EscapeDataString(value), UriOptions);
    }

    /// <summary>Adds an API key's header unless the request has that header already (the operation's argument for it wins).</summary>
    public static void AddHeaderOnce(global::System.Net.Http.HttpRequestMessage request, string name, string value)
    {
        if (!request.Headers.NonValidated.Contains(name))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
    }

    /// <summary>Adds an API key's cookie, <c>name=value</c>, unless the request carries a cookie of that name already (the operation's argument for it wins).</summary>
    public static void AddCookieOnce(global::System.Net.Http.HttpRequestMessage request, string name, string value)
    {
        if (request.Headers.NonValidated.TryGetValues("Cookie", out var cookies))
        {
            foreach (var cookie in cookies)
            {
                foreach (var pair in cookie.Split(';'))
                {
                    if (pair.TrimStart().StartsWith(name + "=", global::System.StringComparison.Ordinal))
                    {
                        return;
                    }
                }
            }
        }

        request.Headers.TryAddWithoutValidation("Cookie", name + "=" + global::System.Uri.EscapeDataString(value));
    }

    /// <summary>
    /// A cookie parameter that is an array or object, as <c>name=value</c> text (pairs separated as its style says), or
    /// null when an exploded one has no value to send. An object's values come as names and values in turn
    /// (<see cref="ObjectMembers"/>). Style form percent-encodes each value: exploded <c>n=a&amp;n=b</c> and
    /// <c>x=1&amp;y=2</c>; not exploded, the list <c>a,b</c> (<c>x,1,y,2</c>) is one value, encoded whole, <c>n=a%2Cb</c>:
    /// a comma is no cookie character, and ASP.NET Core's and WireMock's readers drop a cookie whose value holds one,
    /// while they (and Express's) decode this value to the list. Style cookie (OpenAPI 3.2) sends each value
    /// as given, as RFC 6265 writes cookies: <c>n=a,b</c>, exploded <c>n=a; n=b</c> and <c>x=1; y=2</c>.
    /// </summary>
    public static string? CookieStyled(global::System.Collections.Generic.IEnumerable<string>? values, string name, bool exploded, bool pairs, bool cookieStyle, string parameterName)
    {
        if (values is null)
        {
            throw new global::System.ArgumentNullException(parameterName);
        }

        var separator = cookieStyle ? "; " : "&";
        var text = new global::System.Text.StringBuilder();
        var i = 0;
        foreach (var value in values)
        {
            var written = cookieStyle ? CookieValue(value, parameterName, isName: exploded && pairs && i % 2 == 0) : global::System.Uri.EscapeDataString(value);
            if (!exploded)
            {
                text.Append(i == 0 ? name + "=" : cookieStyle ? "," : "%2C").Append(written);
            }
            else if (pairs)
            {
                text.Append(i == 0 ? string.Empty : i % 2 == 1 ? "=" : separator).Append(written);
            }
            else
            {
                text.Append(i == 0 ? string.Empty : separator).Append(name).Append('=').Append(written);
            }

            i++;
        }

        return i > 0 ? text.ToString() : exploded ? null : name + "=";
    }

    /// <summary>
    /// A value sent as given in a cookie (OpenAPI 3.2's style cookie applies no escaping): refused unless every character
    /// is one RFC 6265 allows in a cookie value (printable ASCII but space, <c>"</c>, <c>,</c>, <c>;</c> and <c>\</c>;
    /// in an exploded object's member name, no <c>=</c> either). Escape such a value as the API documents, for instance
    /// with <see cref="global::System.Uri.EscapeDataString(string)"/>.
    /// </summary>
    public static string CookieValue(string? value, string parameterName, bool isName = false)
    {
        if (value is null)
        {
            throw new global::System.ArgumentNullException(parameterName);
        }

        foreach (var c in value)
        {
            if (c <= ' ' || c > '~' || c is '"' or ',' or ';' or '\\' || (isName && c == '='))
            {
                throw new global::System.ArgumentException(
                    "A cookie-style value is sent as given and must be a cookie value as RFC 6265 writes it (U+" + ((int)c).ToString("X4", global::System.Globalization.CultureInfo.InvariantCulture)
                    + " is not one of its characters): escape it as the API documents, for instance percent-encoded.", parameterName);
            }
        }

        return value;
    }

    /// <summary>
    /// Appends <c>name=a,b,c</c> (form style, not exploded): each item escaped, the commas literal; with
    /// <paramref name="reserved"/> (<c>allowReserved: true</c>) each item keeps its reserved characters as
    /// <see cref="AppendQueryReserved"/> says.
    /// </summary>
    public static void AppendQueryList(global::System.Text.StringBuilder query, string name, global::System.Collections.Generic.IEnumerable<string> values, bool reserved = false)
    {
        query.Append(query.Length == 0 ? '?' : '&');
        query.Append(global::System.Uri.EscapeDataString(name));
        query.Append('=');
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                query.Append(',');
            }

            if (reserved)
            {
                AppendReserved(query, value, inPath: false);
            }
            else
            {
                query.Append(global::System.Uri.EscapeDataString(value));
            }

            first = false;
        }
    }

    /// <summary>
    /// Appends an object-valued query parameter from its JSON text, as its style says: form exploded <c>x=1&amp;y=2</c>,
    /// form <c>name=x,1,y,2</c> (commas literal); deepObject is <see cref="AppendQueryDeep"/>. Null properties are left
    /// out; a property that is itself an object or array goes as its JSON text. With <paramref name="reserved"/>
    /// (<c>allowReserved: true</c>) the values keep their reserved characters.
    /// </summary>
    public static void AppendQueryObject(global::System.Text.StringBuilder query, string name, string json, string style, bool reserved = false)
    {
        if (ObjectMembers(json) is not { } members)
        {
            members = new() { name, json }; // not an object: the value whole
        }
        else if (style == "form")
        {
            AppendQueryList(query, name, members, reserved);
            return;
        }

        for (var i = 0; i < members.Count; i += 2)
        {
            AppendPair(query, members[i], members[i + 1], reserved);
        }
    }

    /// <summary>
    /// Adds a structured field of a URL-encoded form, from its JSON (UTF-8), as its <c>encoding</c>'s style says (OpenAPI:
    /// as a query parameter of that style): deepObject <c>name[x]=1</c>, nested objects and arrays in brackets as
    /// Stripe, Rails and the <c>qs</c> parser read them (<c>name[a][b]=1</c>, <c>name[0][x]=1</c>, an array
    /// <c>name[0]=a</c>); form exploded <c>x=1</c> per member; form <c>name=x,1,y,2</c>; spaceDelimited and
    /// pipeDelimited the members joined by a space or <c>|</c>. Null members are left out; in the styles other than
    /// deepObject a member that is itself an object or array goes as its JSON text, and a value that is not an object
    /// goes whole.
    /// </summary>
    public static void AddStyledField(global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>> form, string name, byte[] json, string style)
    {
        using var document = global::System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        if (style == "deepObject")
        {
            DeepPairs(form, name, root);
            return;
        }

        if (ObjectMembers(root) is not { } members)
        {
            form.Add(new(name, Format(root)));
            return;
        }

        if (style == "formExploded")
        {
            for (var i = 0; i < members.Count; i += 2)
            {
                form.Add(new(members[i], members[i + 1]));
            }

            return;
        }

        form.Add(new(name, string.Join(style == "spaceDelimited" ? " " : style == "pipeDelimited" ? "|" : ",", members)));
    }

    /// <summary>
    /// Appends a query parameter in style deepObject from its JSON (UTF-8): <c>name[x]=1</c> for each member, nested
    /// objects and arrays in brackets as Stripe, Rails and the <c>qs</c> parser read them (<c>name[a][b]=1</c>,
    /// <c>name[0][x]=1</c>, an array <c>name[0]=a</c>); null members are left out, a value that is not an object or
    /// an array is <c>name=value</c>. With <paramref name="reserved"/> (<c>allowReserved: true</c>) the values keep
    /// their reserved characters; the bracketed names are escaped whole.
    /// </summary>
    public static void AppendQueryDeep(global::System.Text.StringBuilder query, string name, byte[] json, bool reserved = false)
    {
        using var document = global::System.Text.Json.JsonDocument.Parse(json);
        var pairs = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();
        DeepPairs(pairs, name, document.RootElement);
        foreach (var pair in pairs)
        {
            AppendPair(query, pair.Key, pair.Value, reserved);
        }
    }

    /// <summary><c>name=value</c> as <see cref="AppendQueryReserved"/> writes it when <paramref name="reserved"/>, else as <see cref="AppendQuery"/> does.</summary>
    private static void AppendPair(global::System.Text.StringBuilder query, string name, string value, bool reserved)
    {
        if (reserved)
        {
            AppendQueryReserved(query, name, value);
        }
        else
        {
            AppendQuery(query, name, value);
        }
    }

    /// <summary>The deepObject pairs of a value: a member or an item each in brackets after <paramref name="key"/>, recursively; nulls left out.</summary>
    private static void DeepPairs(global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>> pairs, string key, global::System.Text.Json.JsonElement value)
    {
        switch (value.ValueKind)
        {
            case global::System.Text.Json.JsonValueKind.Object:
                foreach (var member in value.EnumerateObject())
                {
                    DeepPairs(pairs, key + "[" + member.Name + "]", member.Value);
                }

                break;
            case global::System.Text.Json.JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    DeepPairs(pairs, key + "[" + index.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "]", item);
                    index++;
                }

                break;
            case global::System.Text.Json.JsonValueKind.Null:
                break;
            default:
                pairs.Add(new(key, Format(value)));
                break;
        }
    }

    /// <summary>
    /// A whole query string (OpenAPI 3.2 <c>in: querystring</c>) form-encoded from its fields as
    /// <c>application/x-www-form-urlencoded</c> encodes them (a space as <c>+</c>); empty when there are none.
    /// </summary>
    public static string FormQuery(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, string>> fields)
    {
        var query = new global::System.Text.StringBuilder();
        foreach (var field in fields)
        {
            query.Append(query.Length == 0 ? '?' : '&');
            query.Append(global::System.Uri.EscapeDataString(field.Key).Replace("%20", "+"));
            query.Append('=');
            query.Append(global::System.Uri.EscapeDataString(field.Value).Replace("%20", "+"));
        }

        return query.ToString();
    }

    /// <summary>A whole query string (OpenAPI 3.2 <c>in: querystring</c>) that is one value of another media type, percent-encoded.</summary>
    public static string EncodedQuery(string value) => value.Length == 0 ? string.Empty : "?" + global::System.Uri.EscapeDataString(value);

    /// <summary>
    /// The URL of a path whose template holds a query of its own (<c>/templates?desc=html</c>) with the parameters'
    /// query after it: its leading '?' becomes '&amp;' (none where the path already ends the query's last pair).
    /// </summary>
    public static string AfterQuery(string path, string query) =>
        query.Length == 0 ? path
        : path.EndsWith("?", global::System.StringComparison.Ordinal) || path.EndsWith("&", global::System.StringComparison.Ordinal) ? path + query.Substring(1)
        : path + "&" + query.Substring(1);

    /// <summary>
    /// The URL of a path a parameter sent as given may have put a query in (Azure's <c>{nextLink}</c>:
    /// <c>users?$skiptoken=…</c>) with the parameters' query after it: after a '&amp;' where the path holds a '?'.
    /// </summary>
    public static string JoinQuery(string path, string query) => path.IndexOf('?') >= 0 ? AfterQuery(path, query) : path + query;

    /// <summary>Appends <c>name=value</c> to a query string, both escaped.</summary>
    public static void AppendQuery(global::System.Text.StringBuilder query, string name, string value)
    {
        query.Append(query.Length == 0 ? '?' : '&');
        query.Append(global::System.Uri.EscapeDataString(name));
        query.Append('=');
        query.Append(global::System.Uri.EscapeDataString(value));
    }

    /// <summary>
    /// Appends <c>name=value</c> for a parameter that allows reserved characters (<c>allowReserved: true</c>): the
    /// value keeps RFC 3986's reserved characters <c>: / ? @ ! $ ' ( ) * , ; =</c> and percent-encoded triples as given
    /// (RFC 6570's reserved expansion); what would end or change the value in a query (<c>&amp; + # [ ]</c>), a <c>%</c>
    /// that starts no triple and every other character outside the unreserved set are percent-encoded.
    /// </summary>
    public static void AppendQueryReserved(global::System.Text.StringBuilder query, string name, string value)
    {
        // "name=" as every query parameter starts, then the value escaped around what it keeps.
        AppendQuery(query, name, string.Empty);
        AppendReserved(query, value, inPath: false);
    }

    /// <summary>
    /// Appends a value escaped but for the reserved characters and percent-encoded triples it keeps: in a query (<see
    /// cref="AppendQueryReserved"/>) not <c>&amp; + [ ]</c>, which would end or change the value there; in a path (<see
    /// cref="PathReserved"/>) those too; in neither <c>#</c>, which would end the URL.
    /// </summary>
    private static void AppendReserved(global::System.Text.StringBuilder text, string value, bool inPath)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var kept = c is ':' or '/' or '?' or '@' or '!' or '$' or '\'' or '(' or ')' or '*' or ',' or ';' or '='
                || (inPath && c is '&' or '+' or '[' or ']')
                || (c == '%' && i + 2 < value.Length && global::System.Uri.IsHexDigit(value[i + 1]) && global::System.Uri.IsHexDigit(value[i + 2]));
            if (kept)
            {
                text.Append(global::System.Uri.EscapeDataString(value.Substring(start, i - start))).Append(c);
                start = i + 1;
            }
        }

        text.Append(global::System.Uri.EscapeDataString(value.Substring(start)));
    }
}
