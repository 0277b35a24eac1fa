using System.Collections.Generic;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// Emits the result union of one operation: a closed abstract class (private constructor) with one sealed nested
/// case per documented status, exhaustive <c>Match</c>/<c>Switch</c>, <c>TryGet…</c> and <c>EnsureSuccess</c>.
/// </summary>
internal static class UnionEmitter
{
    public static string Emit(ClientModel client, OperationModel operation)
    {
        var writer = new SourceWriter();
        CSharp.FileHeader(writer);
        writer.Line("namespace " + client.Namespace + ";");
        writer.Line();
        Emit(writer, client, operation);
        return writer.ToString();
    }

    /// <summary>Writes the union alone, after the file's header (several unions may share a file).</summary>
    public static void Emit(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        var ns = client.Namespace;
        var result = operation.Result;
        var raw = CSharp.Qualified(ns, GeneratedNames.ApiRawResponse);
        // A method with overloads (a body offered in several kinds) has no one cref: its name is written instead.
        // What every union offers (a case per documented status, Match, Switch, TryGet…, EnsureSuccess) is said once, on ApiResponse.
        var method = operation.RequestBody is { Alternatives.IsEmpty: false }
            ? "<c>" + client.ClientName + "." + GeneratedNames.AsyncMethod(operation.Name) + "</c>"
            : "<see cref=\"" + CSharp.Qualified(ns, client.ClientName) + "." + GeneratedNames.AsyncMethod(operation.Name) + "\"/>";
        writer.Line($"/// <summary>The outcome of {method} ({operation.Method} {SourceWriter.EscapeXml(operation.PathTemplate)}).</summary>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        CSharp.UnionBase(writer, ns, client.ClosedTypes);
        using (writer.Open($"public {CSharp.UnionModifier(client.ClosedTypes)}partial class {result.TypeName} : global::{ns}.{GeneratedNames.ApiResponse}"))
        {
            writer.Line($"private {result.TypeName}({raw} {GeneratedNames.ResponseLocal}) : base({GeneratedNames.ResponseLocal}) {{ }}");
            writer.Line();
            var unionHeaders = UnionHeadersType(client, result);
            if (unionHeaders is not null)
            {
                EmitHeadersProperty(writer, unionHeaders);
                writer.Line();
            }

            EmitCreate(writer, result, raw);
            EmitIsStreamed(writer, result);
            MatchEmitter.Emit(writer, result.TypeName, result.Cases.Select(c => (c.Name, c.ArgumentName)).ToList(), "result", sealedCases: true);
            EmitTryGet(writer, result);
            EmitEnsureSuccess(writer, result, ns);
            foreach (var @case in result.Cases)
            {
                EmitCase(writer, client, result, @case, raw, unionHeaders is null);
            }
        }
    }

    private static void EmitCreate(SourceWriter writer, ResultModel result, string raw)
    {
        writer.Line($"internal static {result.TypeName} {GeneratedNames.CreateResult}({raw} {GeneratedNames.ResponseLocal}) => {GeneratedNames.ResponseLocal}.StatusCode switch");
        writer.Line("{");
        writer.Indent++;
        foreach (var @case in result.Cases)
        {
            writer.Line($"{StatusPattern(@case)} => new {@case.Name}({GeneratedNames.ResponseLocal}),");
        }

        writer.Indent--;
        writer.Line("};");
        writer.Line();
    }

    /// <summary>For operations with a binary case: which statuses hand their body over as a stream (the same patterns as Create).</summary>
    private static void EmitIsStreamed(SourceWriter writer, ResultModel result)
    {
        if (!result.Cases.Any(c => c.Body is { IsStreamed: true }))
        {
            return;
        }

        // A status that offers JSON or a sequential media type streams when the response is of the sequential one.
        var byMediaType = result.Cases.Any(c => c.Body is { Sequential: not null });
        writer.Doc("Whether the case for this status" + (byMediaType ? " and media type" : string.Empty) + " takes the body as an unbuffered stream.");
        writer.Line("internal static bool " + GeneratedNames.IsStreamed + "(int " + GeneratedNames.StatusCodeParameter
            + (byMediaType ? ", string? " + GeneratedNames.MediaTypeParameter : string.Empty) + ") => " + GeneratedNames.StatusCodeParameter + " switch");
        writer.Line("{");
        writer.Indent++;
        foreach (var @case in result.Cases)
        {
            var streamed = @case.Body switch
            {
                { Sequential: { } sequential } => "string.Equals(" + GeneratedNames.MediaTypeParameter + ", " + CSharp.Literal(MediaTypes.Base(sequential.MediaType))
                    + ", global::System.StringComparison.OrdinalIgnoreCase)",
                { IsStreamed: true } => "true",
                _ => "false",
            };
            writer.Line($"{StatusPattern(@case)} => {streamed},");
        }

        writer.Indent--;
        writer.Line("};");
        writer.Line();
    }

    private static string StatusPattern(ResponseCaseModel @case) => @case.Kind switch
    {
        StatusKind.Exact => CSharp.Int(@case.Status),
        StatusKind.Range => ">= " + CSharp.Int(@case.Status * 100) + " and <= " + CSharp.Int((@case.Status * 100) + 99),
        _ => "_",
    };

    private static void EmitTryGet(SourceWriter writer, ResultModel result)
    {
        foreach (var @case in result.Cases)
        {
            writer.Line($"public bool {GeneratedNames.TryGetCase(@case.Name)}([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {@case.Name}? {GeneratedNames.ValueLocal}) => {GeneratedNames.IsCase}(out {GeneratedNames.ValueLocal});");
        }

        writer.Line();
    }

    private static void EmitEnsureSuccess(SourceWriter writer, ResultModel result, string ns)
    {
        var successes = result.Cases
            .Where(c => (c.Kind == StatusKind.Exact && c.Status / 100 == 2) || (c.Kind == StatusKind.Range && c.Status == 2))
            .ToList();
        var exception = CSharp.Qualified(ns, GeneratedNames.ApiResponseException);
        if (successes.Count == 1)
        {
            var only = successes[0].Name;
            writer.Line($"public {only} {GeneratedNames.EnsureSuccess}() => this as {only} ?? throw new {exception}(this);");
        }
        else
        {
            writer.Line($"public {result.TypeName} {GeneratedNames.EnsureSuccess}() => IsSuccess ? this : throw new {exception}(this);");
        }
    }

    /// <summary>
    /// The client's shared headers class when every documented case has it (the catch-all may have none): the union then
    /// says <c>Headers</c> once for all its cases; null otherwise.
    /// </summary>
    private static string? UnionHeadersType(ClientModel client, ResultModel result)
    {
        var members = ClientMembers.Of(client);
        string? shared = null;
        foreach (var @case in result.Cases)
        {
            if (@case.Headers.Count == 0 && @case.Kind != StatusKind.Exact && @case.Kind != StatusKind.Range)
            {
                continue;
            }

            if (members.SharedHeadersOf(@case) is not { } name || (shared is not null && shared != name))
            {
                return null;
            }

            shared = name;
        }

        return shared is null ? null : "global::" + client.Namespace + "." + client.ClientName + "." + shared;
    }

    /// <summary>The typed <c>Headers</c>, made on first use from the response's headers, so the constructors only read the body.</summary>
    private static void EmitHeadersProperty(SourceWriter writer, string headersType)
    {
        writer.Line($"private {headersType}? {GeneratedNames.HeadersField};");
        writer.Line($"public new {headersType} {GeneratedNames.Headers} => {GeneratedNames.HeadersField} ??= new(base.{GeneratedNames.Headers});");
    }

    private static void EmitCase(SourceWriter writer, ClientModel client, ResultModel result, ResponseCaseModel @case, string raw, bool ownHeaders)
    {
        var ns = client.Namespace;
        // Headers that other cases document alike are the client's shared class itself: no class of the case's own.
        var shared = ClientMembers.Of(client).SharedHeadersOf(@case);
        var headersType = shared is null ? @case.HeadersTypeName : "global::" + ns + "." + client.ClientName + "." + shared;
        var headersBase = CSharp.Qualified(ns, GeneratedNames.ApiResponseHeaders);
        writer.Line();
        // Undocumented gets no summary: ApiResponse says once that it is any status the spec does not document.
        if (@case.Kind != StatusKind.Undocumented && string.IsNullOrWhiteSpace(@case.Summary))
        {
            _ = string.IsNullOrWhiteSpace(@case.Description) ? writer.DocXml(StatusLabel(@case) + ".") : writer.DocXmlThenText(StatusLabel(@case) + ": ", @case.Description!);
        }
        else if (@case.Kind != StatusKind.Undocumented)
        {
            // OpenAPI 3.2: the short summary heads the case, the longer description follows as its remarks.
            writer.DocXmlThenText(StatusLabel(@case) + ": ", @case.Summary!);
            writer.Doc(@case.Description, "remarks");
        }

        var sequence = @case.Body is { Kind: BodyKind.Sequence };
        var alternative = @case.Body?.Sequential;
        using (writer.Open($"public sealed class {@case.Name} : {result.TypeName}{(sequence || alternative is not null ? ", global::System.IDisposable" : string.Empty)}"))
        {
            var body = @case.Body;
            var json = body is { Kind: BodyKind.Json };
            var bodyType = body is null ? null
                : sequence ? SequenceEmitter.BodyType(body, ns)
                : json && body.Nullable ? CSharp.NullableTypeName(body.Type, ns)
                : CSharp.TypeName(body.Type, ns);
            if (json)
            {
                writer.Line($"private readonly {bodyType} {GeneratedNames.BodyField};");
            }
            else if (sequence)
            {
                writer.Line("private " + bodyType + "? " + GeneratedNames.BodyField + ";");
            }

            if (alternative is not null)
            {
                writer.Line("private " + SequenceEmitter.BodyType(alternative, ns) + "? " + GeneratedNames.ItemsField + ";");
            }

            var headers = ownHeaders && @case.Headers.Count > 0;
            if (headers)
            {
                writer.Line($"private {headersType}? {GeneratedNames.HeadersField};");
            }

            if (json || sequence || headers)
            {
                writer.Line();
            }

            // From the wire. When the spec lists other media types for this status too, only a JSON answer is read as JSON.
            // A text body is decoded at once, so that it outlives the pooled raw body that disposing the result gives back.
            var signature = writer.StartLine().Part("internal ").Part(@case.Name).Part("(").Part(raw).Part(" " + GeneratedNames.ResponseLocal + ") : base(" + GeneratedNames.ResponseLocal + ")");
            _ = json
                ? signature.Part(" => " + GeneratedNames.BodyField + " = " + GeneratedNames.ReadBody + "(").Part(BodyReader(body!, bodyType!, ns))
                    .Part(body!.OtherMediaTypes.Count == 0 ? ");" : ", jsonOnly: true);").EndParts()
                : signature.Part(body is { Kind: BodyKind.Text } ? " => _ = RawBody;" : " { }").EndParts();
            EmitPublicConstructor(writer, ns, result, @case, headersBase, bodyType);

            if (json)
            {
                writer.Line();
                writer.Line($"public {bodyType} {GeneratedNames.Body} => {GeneratedNames.BodyOrThrow}({GeneratedNames.BodyField}, {CSharp.Literal(CSharp.DisplayName(body!.Type, ns))});");
                writer.Line();
                writer.Line($"public bool {GeneratedNames.TryGetBody}([global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out {bodyType} {GeneratedNames.BodyParameter}) => {GeneratedNames.TryBody}({GeneratedNames.BodyField}, out {GeneratedNames.BodyParameter});");
                if (alternative is not null)
                {
                    SequenceEmitter.EmitAlternative(writer, alternative, ns);
                }
            }
            else if (body is { Kind: BodyKind.Text })
            {
                writer.Line();
                writer.DocXml("The body as text (" + SourceWriter.EscapeXml(body.MediaType) + ").");
                writer.Line("public string " + GeneratedNames.Body + " => RawBody;");
            }
            else if (body is { Kind: BodyKind.Binary })
            {
                writer.Line();
                writer.DocXml("The body (" + SourceWriter.EscapeXml(body.MediaType) + ") as a stream read straight from the connection, not buffered: the caller reads it once and disposes it. <see cref=\"" + CSharp.Qualified(ns, GeneratedNames.ApiResponse) + ".RawBodyBytes\"/> stays empty.");
                writer.Line("public global::System.IO.Stream " + GeneratedNames.Body + " => BodyStream!;");
            }
            else if (sequence)
            {
                SequenceEmitter.EmitBody(writer, body!, bodyType!, ns);
            }

            if (headers)
            {
                writer.Line();
                // Made on first use from the response's headers, so the constructors only read the body.
                writer.Line($"public new {headersType} {GeneratedNames.Headers} => {GeneratedNames.HeadersField} ??= new(base.{GeneratedNames.Headers});");
            }
        }

        if (@case.Headers.Count > 0 && shared is null)
        {
            EmitHeaders(writer, ns, @case, headersType, headersBase);
        }
    }

    /// <summary>The reader of a JSON body: the type's own, or, where the schema allows a null body, null for a JSON null and the type's read otherwise.</summary>
    private static string BodyReader(BodyModel body, string bodyType, string ns)
    {
        const string reader = GeneratedNames.ReaderLocal;
        return body.Nullable
            ? "static (ref global::System.Text.Json.Utf8JsonReader " + reader + ") => " + reader + ".TokenType == global::System.Text.Json.JsonTokenType.Null ? (" + bodyType + ")null : "
                + JsonCode.Read(body.Type, reader, ns)
            : JsonCode.ReadDelegate(body.Type, reader, ns);
    }

    /// <summary>The case's public constructor (a response made in code, for tests), on one line.</summary>
    private static void EmitPublicConstructor(SourceWriter writer, string ns, ResultModel result, ResponseCaseModel @case, string headersBase, string? bodyType)
    {
        const string statusCode = GeneratedNames.StatusCodeParameter;
        const string body = GeneratedNames.BodyParameter;
        const string headers = GeneratedNames.HeadersParameter;
        var model = @case.Body;
        writer.StartLine().Part("public ").Part(@case.Name).Part("(");
        if (@case.Kind != StatusKind.Exact)
        {
            writer.Part("int " + statusCode + ", ");
        }

        switch (model?.Kind)
        {
            case BodyKind.Json or BodyKind.Sequence:
                writer.Part(bodyType).Part(" " + body + ", ");
                break;
            case BodyKind.Text:
                writer.Part("string " + body + ", ");
                break;
            case BodyKind.Binary:
                writer.Part("global::System.IO.Stream " + body + ", ");
                break;
        }

        writer.Part(headersBase).Part("? " + headers + " = null) : base(" + (model is { Kind: BodyKind.Json, Nullable: true } ? GeneratedNames.FakeOrNull : GeneratedNames.Fake) + "(");
        if (@case.Kind == StatusKind.Exact)
        {
            writer.Part(CSharp.Int(@case.Status));
        }
        else
        {
            // The same rule as Create: a status another case documents does not belong to this one (a digit stands for a range).
            var (low, high) = @case.Kind == StatusKind.Range ? (@case.Status * 100, (@case.Status * 100) + 99) : (100, 599);
            writer.Part(GeneratedNames.FakeStatus + "(" + statusCode + ", ").Part(CSharp.Int(low)).Part(", ").Part(CSharp.Int(high));
            foreach (var c in result.Cases)
            {
                if (c != @case && (c.Kind == StatusKind.Exact || (c.Kind == StatusKind.Range && @case.Kind != StatusKind.Range)))
                {
                    writer.Part(", ").Part(CSharp.Int(c.Status));
                }
            }

            writer.Part(")");
        }

        writer.Part(", " + headers);
        switch (model?.Kind)
        {
            case BodyKind.Json:
                writer.Part(", " + body + ", ").Part(JsonCode.BodyWriteDelegate(model.Type, model.Nullable, GeneratedNames.WriterLocal, GeneratedNames.ValueLocal, ns))
                    .Part(")) => " + GeneratedNames.BodyField + " = " + body + ";");
                break;
            case BodyKind.Text:
                writer.Part(", ").Part(CSharp.Literal(model.MediaType)).Part(", " + body + ")) => _ = RawBody;");
                break;
            case BodyKind.Binary:
                writer.Part(", ").Part(CSharp.Literal(model.MediaType)).Part(", " + body + ")) { }");
                break;
            case BodyKind.Sequence:
                // The items are the caller's; the response made in code has an empty stream for a body.
                writer.Part(", ").Part(CSharp.Literal(model.MediaType)).Part(", global::System.IO.Stream.Null)) => " + GeneratedNames.BodyField + " = " + body
                    + " ?? throw new global::System.ArgumentNullException(nameof(" + body + "));");
                break;
            default:
                writer.Part(")) { }");
                break;
        }

        writer.EndParts();
    }

    private static void EmitHeaders(SourceWriter writer, string ns, ResponseCaseModel @case, string headersType, string headersBase)
    {
        writer.Line();
        writer.DocXml("The headers of a <see cref=\"" + @case.Name + "\"/> response.");
        var constructor = "internal " + headersType + "(" + headersBase + " " + GeneratedNames.HeadersParameter + ") : base(" + GeneratedNames.HeadersParameter + ") { }";
        using (writer.Open($"public sealed class {headersType} : {headersBase}"))
        {
            writer.Line(constructor);
            EmitHeaderMembers(writer, ns, @case.Headers);
        }
    }

    /// <summary>The typed members of a headers class: one per header the spec documents (null when absent or malformed: said once, on ApiResponseHeaders).</summary>
    internal static void EmitHeaderMembers(SourceWriter writer, string ns, EquatableArray<HeaderModel> headers)
    {
        foreach (var header in headers)
        {
            writer.Line();
            writer.DocXml("<c>" + SourceWriter.EscapeXml(header.WireName) + "</c>" + (string.IsNullOrWhiteSpace(header.Description) ? "." : ": " + SourceWriter.DocText(header.Description!.Trim().TrimEnd('.')) + "."));
            var parsers = CSharp.Qualified(ns, GeneratedNames.ApiHeaderValues);
            var value = "GetValue(" + CSharp.Literal(header.WireName) + ")";
            var (type, expression) = header.Type.Kind switch
            {
                _ when IsSetCookie(header) => ("global::System.Collections.Generic.IReadOnlyList<string>?", "TryGetValues(" + CSharp.Literal(header.WireName) + ", out var values) ? values : null"),
                TypeKind.Int32 => ("int?", parsers + ".ParseInt32(" + value + ")"),
                TypeKind.Int64 => ("long?", parsers + ".ParseInt64(" + value + ")"),
                TypeKind.Int8 or TypeKind.UInt8 or TypeKind.Int16 or TypeKind.UInt16 or TypeKind.UInt32 =>
                    (CSharp.NullableTypeName(header.Type, ns), "(" + CSharp.NullableTypeName(header.Type, ns) + ")" + parsers + ".ParseInt64(" + value + ")"),
                TypeKind.UInt64 => ("ulong?", parsers + ".ParseUInt64(" + value + ")"),
                TypeKind.Double or TypeKind.Float => ("double?", parsers + ".ParseDouble(" + value + ")"),
                TypeKind.Decimal => ("decimal?", parsers + ".ParseDecimal(" + value + ")"),
                TypeKind.Boolean => ("bool?", parsers + ".ParseBoolean(" + value + ")"),
                TypeKind.Guid => ("global::System.Guid?", parsers + ".ParseGuid(" + value + ")"),
                TypeKind.DateTimeOffset => ("global::System.DateTimeOffset?", parsers + ".ParseDateTimeOffset(" + value + ")"),
                TypeKind.DateTimeRfc1123 => ("global::System.DateTimeOffset?", parsers + ".ParseRfc1123(" + value + ")"),
                TypeKind.DateOnly => ("global::System.DateOnly?", parsers + ".ParseDateOnly(" + value + ")"),
                TypeKind.TimeOnly => ("global::System.TimeOnly?", parsers + ".ParseTimeOnly(" + value + ")"),
                TypeKind.Duration => ("global::System.TimeSpan?", parsers + ".ParseDuration(" + value + ")"),
                TypeKind.Bytes or TypeKind.Base64Url => ("byte[]?", parsers + ".ParseBase64(" + value + ")"),
                TypeKind.Uri => ("global::System.Uri?", parsers + ".ParseUri(" + value + ")"),
                TypeKind.Array when header.Type.Item!.Kind == TypeKind.String => ("global::System.Collections.Generic.IReadOnlyList<string>?", parsers + ".ParseList(" + value + ")"),
                TypeKind.Array when header.Type.Item!.Kind is TypeKind.Int32 or TypeKind.Int64 => ("global::System.Collections.Generic.IReadOnlyList<long>?", parsers + ".ParseInt64List(" + value + ")"),
                _ => ("string?", value),
            };
            writer.Line($"public {type} {header.Identifier} => {expression};");
        }
    }

    /// <summary>
    /// A <c>Set-Cookie</c> header of text: never folded into one field (RFC 6265 3), and its Expires dates hold commas,
    /// so its typed member is every field, each whole, not one joined value nor a list split at commas.
    /// </summary>
    private static bool IsSetCookie(HeaderModel header) =>
        string.Equals(header.WireName, "Set-Cookie", System.StringComparison.OrdinalIgnoreCase)
        && (header.Type.Kind == TypeKind.String || (header.Type.Kind == TypeKind.Array && header.Type.Item!.Kind == TypeKind.String));

    private static string StatusLabel(ResponseCaseModel @case) => @case.Kind switch
    {
        StatusKind.Exact => "HTTP " + CSharp.Int(@case.Status),
        StatusKind.Range => "HTTP " + CSharp.Int(@case.Status) + "XX",
        _ => "Any status the spec does not list separately",
    };
}
