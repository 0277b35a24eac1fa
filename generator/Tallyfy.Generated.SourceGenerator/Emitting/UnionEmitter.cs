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
        writer.Line("/// <summary>");
        // A method with overloads (a body offered in several kinds) has no one cref: its name is written instead.
        var method = operation.RequestBody is { Alternatives.IsEmpty: false }
            ? "<c>" + client.ClientName + "." + GeneratedNames.AsyncMethod(operation.Name) + "</c>"
            : "<see cref=\"" + CSharp.Qualified(ns, client.ClientName) + "." + GeneratedNames.AsyncMethod(operation.Name) + "\"/>";
        writer.Line("/// The outcome of " + method + " ("
            + operation.Method + " " + SourceWriter.EscapeXml(operation.PathTemplate) + "): one case per documented status.");
        writer.Line("/// </summary>");
        writer.Line("/// <remarks>");
        writer.Line("/// <list type=\"bullet\">");
        foreach (var @case in result.Cases)
        {
            writer.Line("/// <item><term><see cref=\"" + @case.Name + "\"/></term><description>" + StatusLabel(@case)
                + (string.IsNullOrWhiteSpace(@case.Description) ? string.Empty : ": " + SourceWriter.DocText(OneLine(@case.Description!))) + "</description></item>");
        }

        writer.Line("/// </list>");
        writer.Line("/// </remarks>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        using (writer.Open("public abstract partial class " + result.TypeName + " : " + CSharp.Qualified(ns, GeneratedNames.ApiResponse)))
        {
            writer.Lines($$"""
                private {{result.TypeName}}({{raw}} {{GeneratedNames.ResponseLocal}})
                    : base({{GeneratedNames.ResponseLocal}})
                {
                }

                """);
            EmitCreate(writer, result, raw);
            EmitIsStreamed(writer, result);
            MatchEmitter.Emit(writer, result.TypeName, result.Cases.Select(c => (c.Name, c.ArgumentName)).ToList(), "result");
            EmitTryGet(writer, result);
            EmitEnsureSuccess(writer, result, ns);
            foreach (var @case in result.Cases)
            {
                EmitCase(writer, ns, result, @case, raw);
            }
        }
    }

    private static void EmitCreate(SourceWriter writer, ResultModel result, string raw)
    {
        writer.Doc("Reads a response into the case for its status code.");
        writer.Line("internal static " + result.TypeName + " " + GeneratedNames.CreateResult + "(" + raw + " " + GeneratedNames.ResponseLocal + ") => " + GeneratedNames.ResponseLocal + ".StatusCode switch");
        writer.Line("{");
        writer.Indent++;
        foreach (var @case in result.Cases)
        {
            writer.Line(StatusPattern(@case) + " => new " + @case.Name + "(" + GeneratedNames.ResponseLocal + "),");
        }

        writer.Indent--;
        writer.Line("};");
        writer.Line();
    }

    /// <summary>For operations with a binary case: which statuses hand their body over as a stream (the same patterns as Create).</summary>
    private static void EmitIsStreamed(SourceWriter writer, ResultModel result)
    {
        if (!result.Cases.Any(c => c.Body is { Kind: BodyKind.Binary }))
        {
            return;
        }

        writer.Doc("Whether the case for this status takes the body as an unbuffered stream.");
        writer.Line("internal static bool " + GeneratedNames.IsStreamed + "(int " + GeneratedNames.StatusCodeParameter + ") => " + GeneratedNames.StatusCodeParameter + " switch");
        writer.Line("{");
        writer.Indent++;
        foreach (var @case in result.Cases)
        {
            writer.Line(StatusPattern(@case) + " => " + (@case.Body is { Kind: BodyKind.Binary } ? "true" : "false") + ",");
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
            writer.DocXml("Whether this is <see cref=\"" + @case.Name + "\"/> (" + StatusLabel(@case) + ").");
            writer.Lines($$"""
                public bool {{GeneratedNames.TryGetCase(@case.Name)}}([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {{@case.Name}}? {{GeneratedNames.ValueLocal}}) => ({{GeneratedNames.ValueLocal}} = this as {{@case.Name}}) is not null;

                """);
        }
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
            writer.DocXml("Returns the <see cref=\"" + only + "\"/> case, or throws <see cref=\"" + exception + "\"/> for any other: for code that prefers exceptions.");
            writer.Line("public " + only + " " + GeneratedNames.EnsureSuccess + "() => this as " + only + " ?? throw new " + exception + "(this);");
        }
        else
        {
            writer.DocXml("Returns this result when its status is 2xx, or throws <see cref=\"" + exception + "\"/>: for code that prefers exceptions.");
            writer.Line("public " + result.TypeName + " " + GeneratedNames.EnsureSuccess + "() => IsSuccess ? this : throw new " + exception + "(this);");
        }
    }

    private static void EmitCase(SourceWriter writer, string ns, ResultModel result, ResponseCaseModel @case, string raw)
    {
        var headersType = @case.HeadersTypeName;
        var headersBase = CSharp.Qualified(ns, GeneratedNames.ApiResponseHeaders);
        writer.Line();
        writer.DocXml(StatusLabel(@case) + (string.IsNullOrWhiteSpace(@case.Description) ? "." : ": " + SourceWriter.DocText(@case.Description!)));
        writer.Line(CSharp.GeneratedCodeAttribute);
        using (writer.Open("public sealed class " + @case.Name + " : " + result.TypeName))
        {
            var body = @case.Body;
            var bodyType = body is null ? null : CSharp.TypeName(body.Type, ns);
            if (body is { Kind: BodyKind.Json })
            {
                writer.Line("private readonly " + CSharp.Qualified(ns, GeneratedNames.ApiJsonBody) + "<" + bodyType + "> " + GeneratedNames.BodyField + ";");
                writer.Line();
            }

            // From the wire.
            writer.Line("internal " + @case.Name + "(" + raw + " " + GeneratedNames.ResponseLocal + ")");
            writer.Line("    : base(" + GeneratedNames.ResponseLocal + ")");
            using (writer.Open(string.Empty))
            {
                if (body is { Kind: BodyKind.Json })
                {
                    // When the spec lists other media types for this status too, only a JSON answer is read as JSON.
                    writer.Line(GeneratedNames.BodyField + " = new(this, " + CSharp.Literal(body.Type.Name ?? body.Type.Kind.ToString())
                        + ", " + JsonCode.ReadDelegate(body.Type, GeneratedNames.ReaderLocal, ns)
                        + (body.OtherMediaTypes.Count == 0 ? string.Empty : ", jsonOnly: true") + ");");
                }

                if (@case.Headers.Count > 0)
                {
                    writer.Line(GeneratedNames.Headers + " = new " + headersType + "(base." + GeneratedNames.Headers + ");");
                }
            }

            writer.Line();
            EmitPublicConstructor(writer, ns, result, @case, raw, headersBase, bodyType);

            writer.Line();
            writer.Line("private protected override string " + GeneratedNames.CaseName + " => " + CSharp.Literal(@case.Name) + ";");

            if (body is { Kind: BodyKind.Json })
            {
                writer.Line();
                writer.Lines($$"""
                    /// <summary>The body as {{DocType(body.Type, ns)}}; throws <see cref="{{CSharp.Qualified(ns, GeneratedNames.ApiBodyException)}}"/> if unreadable (see <see cref="{{GeneratedNames.BodyError}}"/>).</summary>
                    public {{bodyType}} {{GeneratedNames.Body}} => {{GeneratedNames.BodyField}}.Value;

                    /// <summary>Why the body could not be read; null when it was.</summary>
                    public global::System.Exception? {{GeneratedNames.BodyError}} => {{GeneratedNames.BodyField}}.Error;

                    /// <summary>Gets the body without throwing.</summary>
                    public bool {{GeneratedNames.TryGetBody}}([global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out {{bodyType}} {{GeneratedNames.BodyParameter}}) => {{GeneratedNames.BodyField}}.TryGet(out {{GeneratedNames.BodyParameter}});
                    """);
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

            if (@case.Headers.Count > 0)
            {
                writer.Line();
                writer.Doc("The response headers, with the ones the spec documents as typed members.");
                writer.Line("public new " + headersType + " " + GeneratedNames.Headers + " { get; }");
            }
        }

        if (@case.Headers.Count > 0)
        {
            EmitHeaders(writer, ns, @case, headersType, headersBase);
        }
    }

    private static void EmitPublicConstructor(SourceWriter writer, string ns, ResultModel result, ResponseCaseModel @case, string raw, string headersBase, string? bodyType)
    {
        const string statusCode = GeneratedNames.StatusCodeParameter;
        const string body = GeneratedNames.BodyParameter;
        const string headers = GeneratedNames.HeadersParameter;
        var status = @case.Kind == StatusKind.Exact ? CSharp.Int(@case.Status) : statusCode;
        var parameters = new List<string>();
        if (@case.Kind != StatusKind.Exact)
        {
            parameters.Add("int " + statusCode);
        }

        var model = @case.Body;
        var checkedBody = body + " ?? throw new global::System.ArgumentNullException(nameof(" + body + "))";
        string bodyArgument;
        if (model is { Kind: BodyKind.Json })
        {
            parameters.Add(bodyType + " " + body);
            bodyArgument = CSharp.Qualified(ns, GeneratedNames.ApiJson) + ".Write(" + (model.Type.IsValueType ? body : checkedBody)
                + ", " + JsonCode.WriteDelegate(model.Type, GeneratedNames.WriterLocal, GeneratedNames.ValueLocal, ns) + ")";
        }
        else if (model is { Kind: BodyKind.Text })
        {
            parameters.Add("string " + body);
            bodyArgument = "global::System.Text.Encoding.UTF8.GetBytes(" + checkedBody + ")";
        }
        else if (model is { Kind: BodyKind.Binary })
        {
            parameters.Add("global::System.IO.Stream " + body);
            bodyArgument = "null, " + checkedBody;
        }
        else
        {
            bodyArgument = "null";
        }

        parameters.Add(headersBase + "? " + headers + " = null");
        writer.Doc("Creates this case without a call: for tests and fakes.");
        writer.Line("public " + @case.Name + "(" + string.Join(", ", parameters) + ")");
        var mediaType = model is null ? "null" : CSharp.Literal(model.Kind == BodyKind.Json ? "application/json" : model.MediaType);
        writer.Line("    : base(" + raw + ".Create(" + status + ", " + headers + ", " + mediaType + ", " + bodyArgument + "))");
        using (writer.Open(string.Empty))
        {
            if (@case.Kind != StatusKind.Exact)
            {
                // The same rule as Create: a status another case documents does not belong to this one.
                var check = @case.Kind == StatusKind.Range
                    ? statusCode + " < " + CSharp.Int(@case.Status * 100) + " || " + statusCode + " > " + CSharp.Int((@case.Status * 100) + 99)
                    : statusCode + " < 100 || " + statusCode + " > 599";
                foreach (var other in result.Cases.Where(c => c != @case && (c.Kind == StatusKind.Exact || (c.Kind == StatusKind.Range && @case.Kind != StatusKind.Range))))
                {
                    check += other.Kind == StatusKind.Exact
                        ? " || " + statusCode + " == " + CSharp.Int(other.Status)
                        : " || (" + statusCode + " >= " + CSharp.Int(other.Status * 100) + " && " + statusCode + " <= " + CSharp.Int((other.Status * 100) + 99) + ")";
                }

                using (writer.Open("if (" + check + ")"))
                {
                    writer.Line("throw new global::System.ArgumentOutOfRangeException(nameof(" + statusCode + "), " + statusCode + ", \"The status code does not belong to this case.\");");
                }
            }

            if (model is { Kind: BodyKind.Json })
            {
                writer.Line(GeneratedNames.BodyField + " = new(this, " + body + ");");
            }

            if (@case.Headers.Count > 0)
            {
                writer.Line(GeneratedNames.Headers + " = new " + @case.HeadersTypeName + "(base." + GeneratedNames.Headers + ");");
            }
        }
    }

    private static void EmitHeaders(SourceWriter writer, string ns, ResponseCaseModel @case, string headersType, string headersBase)
    {
        writer.Line();
        writer.DocXml("The headers of a <see cref=\"" + @case.Name + "\"/> response; every header, documented or not, is still reachable by name.");
        writer.Line(CSharp.GeneratedCodeAttribute);
        using (writer.Open("public sealed class " + headersType + " : " + headersBase))
        {
            writer.Lines($$"""
                internal {{headersType}}({{headersBase}} {{GeneratedNames.HeadersParameter}})
                    : base({{GeneratedNames.HeadersParameter}})
                {
                }
                """);
            foreach (var header in @case.Headers)
            {
                writer.Line();
                writer.DocXml("<c>" + SourceWriter.EscapeXml(header.WireName) + "</c>" + (string.IsNullOrWhiteSpace(header.Description) ? "." : ": " + SourceWriter.DocText(header.Description!.Trim().TrimEnd('.')) + ".") + " Null when absent or not in the documented format.");
                var parsers = CSharp.Qualified(ns, GeneratedNames.ApiHeaderValues);
                var value = "GetValue(" + CSharp.Literal(header.WireName) + ")";
                var (type, expression) = header.Type.Kind switch
                {
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
                    TypeKind.Bytes => ("byte[]?", parsers + ".ParseBase64(" + value + ")"),
                    TypeKind.Base64Url => ("byte[]?", parsers + ".ParseBase64Url(" + value + ")"),
                    TypeKind.Uri => ("global::System.Uri?", parsers + ".ParseUri(" + value + ")"),
                    _ => ("string?", value),
                };
                writer.Line("public " + type + " " + header.Identifier + " => " + expression + ";");
            }
        }
    }

    private static string StatusLabel(ResponseCaseModel @case) => @case.Kind switch
    {
        StatusKind.Exact => "HTTP " + CSharp.Int(@case.Status),
        StatusKind.Range => "HTTP " + CSharp.Int(@case.Status) + "XX",
        StatusKind.Default => "Any status the spec does not list separately",
        _ => "Any status the spec does not document",
    };

    private static string OneLine(string text) => SourceWriter.OneLine(text).Trim();

    /// <summary>A body type in prose: a link to it, or to its item type for lists and maps.</summary>
    private static string DocType(TypeRef type, string ns) => type.Kind switch
    {
        TypeKind.Array => "a list of " + DocType(type.Item!, ns),
        TypeKind.Map => "a map from string to " + DocType(type.Item!, ns),
        TypeKind.Bytes or TypeKind.Base64Url => "<c>byte[]</c>",
        _ => "<see cref=\"" + CSharp.TypeName(type, ns) + "\"/>",
    };
}
