using System;
using System.Collections.Generic;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>Emits the client interface and class: one async method per operation, returning its result union.</summary>
internal static class ClientEmitter
{
    public static string Emit(ClientModel client)
    {
        var ns = client.Namespace;
        var writer = new SourceWriter();
        CSharp.FileHeader(writer);
        writer.Line("namespace " + ns + ";");
        writer.Line();
        writer.Doc(client.Title + (string.IsNullOrWhiteSpace(client.ApiVersion) ? string.Empty : " (" + client.ApiVersion + ")")
            + (string.IsNullOrWhiteSpace(client.Description) ? "." : ": " + client.Description));
        writer.Line(CSharp.GeneratedCodeAttribute);
        using (writer.Open("public partial interface I" + client.ClientName))
        {
            var first = true;
            foreach (var operation in client.Operations)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                EmitDocs(writer, client, operation);
                writer.Line(Signature(operation, ns) + ";");
            }
        }

        writer.Line();
        EmitClass(writer, client);
        return writer.ToString();
    }

    private static void EmitClass(SourceWriter writer, ClientModel client)
    {
        var ns = client.Namespace;
        var defaultServer = client.Servers.FirstOrDefault(s => Uri.TryCreate(s.Url, UriKind.Absolute, out _));
        var relativeServer = defaultServer is null ? client.Servers.FirstOrDefault(s => s.Url.StartsWith("/", StringComparison.Ordinal) && s.Url.Length > 1) : null;
        writer.Doc(client.Title + " client. Every method returns a result union with one case per documented status; no HTTP status throws.");
        writer.Line("/// <remarks>Requests go to <c>baseUrl</c>, else <see cref=\"global::System.Net.Http.HttpClient.BaseAddress\"/>"
            + (defaultServer is null ? "." : ", else <see cref=\"DefaultBaseUrl\"/>.") + " Transport failures surface as <see cref=\"global::System.Net.Http.HttpRequestException\"/>, cancellation and time-outs as <see cref=\"global::System.OperationCanceledException\"/>.</remarks>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        using (writer.Open("public partial class " + client.ClientName + " : " + CSharp.Qualified(ns, "I" + client.ClientName)))
        {
            if (defaultServer is not null)
            {
                writer.Doc("The first server the spec lists" + (defaultServer.Description is null ? "." : ": " + defaultServer.Description));
                writer.Line("public const string DefaultBaseUrl = " + CSharp.Literal(defaultServer.Url) + ";");
                writer.Line();
            }

            if (relativeServer is not null)
            {
                writer.DocXml("The spec's server is a path, not a URL: it is appended to <see cref=\"global::System.Net.Http.HttpClient.BaseAddress\"/> when that has no path of its own.");
                writer.Line("public const string DefaultBasePath = " + CSharp.Literal(relativeServer.Url) + ";");
                writer.Line();
            }

            writer.Doc("Every server the spec lists, in its order.");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<string> ServerUrls { get; } = new string[] { "
                + string.Join(", ", client.Servers.Select(s => CSharp.Literal(s.Url))) + " };");
            writer.Line();
            writer.Line("private readonly global::System.Net.Http.HttpClient _httpClient;");
            writer.Line("private readonly string _baseUrl;");
            var credentials = client.SecuritySchemes.Count > 0 ? CSharp.Qualified(ns, CredentialsEmitter.TypeName(client)) : null;
            if (credentials is not null)
            {
                writer.Line("private readonly " + credentials + "? _credentials;");
            }
            writer.Line();
            writer.DocXml("Creates a client that sends its requests through <paramref name=\"httpClient\"/> to <paramref name=\"baseUrl\"/>, or to the HttpClient's <see cref=\"global::System.Net.Http.HttpClient.BaseAddress\"/> when it is null.");
            writer.Line("/// <exception cref=\"global::System.ArgumentException\">No base URL is given, set on the HttpClient or listed in the spec.</exception>");
            using (writer.Open("public " + client.ClientName + "(global::System.Net.Http.HttpClient httpClient, global::System.Uri? baseUrl = null" + (credentials is null ? string.Empty : ", " + credentials + "? credentials = null") + ")"))
            {
                if (credentials is not null)
                {
                    writer.Line("_credentials = credentials;");
                }

                writer.Line("_httpClient = httpClient ?? throw new global::System.ArgumentNullException(nameof(httpClient));");
                writer.Line("var resolved = baseUrl ?? httpClient.BaseAddress" + (defaultServer is null ? string.Empty : " ?? new global::System.Uri(DefaultBaseUrl)") + ";");
                using (writer.Open("if (resolved is null || !resolved.IsAbsoluteUri)"))
                {
                    writer.Line("throw new global::System.ArgumentException(\"An absolute base URL is needed: pass baseUrl or set HttpClient.BaseAddress.\", nameof(baseUrl));");
                }

                if (relativeServer is not null)
                {
                    // The spec's server is a path on whatever host the HttpClient points at.
                    writer.Line("var baseText = resolved.AbsoluteUri.TrimEnd('/');");
                    writer.Line("_baseUrl = baseUrl is null && resolved.AbsolutePath == \"/\" ? baseText + DefaultBasePath.TrimEnd('/') : baseText;");
                }
                else
                {
                    writer.Line("_baseUrl = resolved.AbsoluteUri.TrimEnd('/');");
                }
            }

            foreach (var operation in client.Operations)
            {
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                EmitMethod(writer, client, operation);
            }

            if (credentials is not null)
            {
                writer.Line();
                writer.Doc("Applies the first of the operation's security alternatives whose secrets are all set; none when no credentials were given.");
                using (writer.Open("private void ApplyCredentials(global::System.Net.Http.HttpRequestMessage request, string[][] alternatives)"))
                {
                    using (writer.Open("if (_credentials is not { } credentials)"))
                    {
                        writer.Line("return;");
                    }

                    using (writer.Open("foreach (var alternative in alternatives)"))
                    {
                        using (writer.Open("if (global::System.Array.TrueForAll(alternative, credentials.Has))"))
                        {
                            using (writer.Open("foreach (var scheme in alternative)"))
                            {
                                writer.Line("credentials.Apply(scheme, request);");
                            }

                            writer.Line("return;");
                        }
                    }
                }
            }
        }
    }

    /// <summary>A raw (octet-stream) body is a plain <c>Stream</c>; everything else is its schema's type.</summary>
    private static string ParameterTypeName(ParameterModel parameter, OperationModel operation, string ns) =>
        parameter.Location == ParameterLocation.Body && operation.RequestBody?.Kind == RequestBodyKind.Binary
            ? "global::System.IO.Stream"
            : CSharp.TypeName(parameter.Type, ns);

    private static void EmitDocs(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        writer.Doc(operation.Summary ?? operation.Method + " " + operation.PathTemplate);
        writer.Doc((operation.Description is null ? string.Empty : operation.Description + "\n\n") + operation.Method + " " + operation.PathTemplate, "remarks");
        foreach (var parameter in operation.Parameters)
        {
            writer.Doc(parameter.Description ?? "The " + parameter.WireName + " " + parameter.Location.ToString().ToLowerInvariant() + " parameter.", "param", "name=\"" + parameter.Identifier.TrimStart('@') + "\"");
        }

        writer.Line("/// <param name=\"cancellationToken\">Cancels the request; cancellation throws <see cref=\"global::System.OperationCanceledException\"/>.</param>");
        writer.Line("/// <returns>The case of <see cref=\"" + CSharp.Qualified(client.Namespace, operation.Result.TypeName) + "\"/> for the status the API answered with.</returns>");
        writer.Line("/// <exception cref=\"global::System.ArgumentException\">An argument is null, empty where a path needs a value, or would change the request (a line break in a header).</exception>");
        if (operation.Deprecated)
        {
            writer.Line("[global::System.Obsolete(\"The spec marks this operation as deprecated.\")]");
        }
    }

    private static string Signature(OperationModel operation, string ns, bool async = false)
    {
        var parameters = operation.Parameters.Select(p => p.Required
            ? ParameterTypeName(p, operation, ns) + " " + p.Identifier
            : ParameterTypeName(p, operation, ns) + "? " + p.Identifier + " = null").ToList();
        parameters.Add("global::System.Threading.CancellationToken cancellationToken = default");
        return (async ? "public async " : string.Empty) + "global::System.Threading.Tasks.Task<" + CSharp.Qualified(ns, operation.Result.TypeName) + "> "
            + operation.Name + "Async(" + string.Join(", ", parameters) + ")";
    }

    private static void EmitMethod(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        var ns = client.Namespace;
        var request = CSharp.Qualified(ns, SupportEmitter.RequestClass);
        if (operation.Deprecated)
        {
            writer.Line("[global::System.Obsolete(\"The spec marks this operation as deprecated.\")]");
        }

        using (writer.Open(Signature(operation, ns, async: true)))
        {
            // Every argument is checked while the URL, headers and body are built, before anything is sent.
            writer.Line("var path = " + PathExpression(operation, request, ns) + ";");
            var query = operation.Parameters.Where(p => p.Location == ParameterLocation.Query).ToList();
            if (query.Count > 0)
            {
                writer.Line("var query = new global::System.Text.StringBuilder();");
                foreach (var parameter in query)
                {
                    EmitQueryParameter(writer, parameter, request, ns);
                }
            }

            var headers = operation.Parameters.Where(p => p.Location == ParameterLocation.Header).ToList();
            foreach (var parameter in headers)
            {
                writer.Line("var " + HeaderLocal(parameter) + " = " + OptionalText(parameter, request, ns, value => request + ".HeaderValue(" + value + ", nameof(" + parameter.Identifier + "))") + ";");
            }

            var cookies = operation.Parameters.Where(p => p.Location == ParameterLocation.Cookie).ToList();
            if (cookies.Count > 0)
            {
                writer.Line("var cookies = new global::System.Collections.Generic.List<string>();");
                foreach (var parameter in cookies)
                {
                    var cookie = OptionalText(parameter, request, ns, value => CSharp.Literal(parameter.WireName + "=") + " + global::System.Uri.EscapeDataString(" + value + ")");
                    using (writer.Open("if ((" + cookie + ") is { } " + CookieLocal(parameter) + ")"))
                    {
                        writer.Line("cookies.Add(" + CookieLocal(parameter) + ");");
                    }
                }
            }

            var body = operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.Body);
            if (body is not null && operation.RequestBody is not null)
            {
                RequestBodyEmitter.Emit(writer, body, operation.RequestBody, request, ns);
            }

            var url = "_baseUrl + path" + (query.Count > 0 ? " + query.ToString()" : string.Empty);
            writer.Line("using var request = new global::System.Net.Http.HttpRequestMessage(" + MethodExpression(operation.Method) + ", new global::System.Uri(" + url + ", " + request + ".UriOptions));");
            writer.Line("request.Options.Set(" + CSharp.Qualified(ns, "ApiRequestOptions") + ".Operation, " + CSharp.Literal(operation.Name) + ");");
            writer.Line("request.Options.Set(" + CSharp.Qualified(ns, "ApiRequestOptions") + ".PathTemplate, " + CSharp.Literal(operation.PathTemplate) + ");");
            foreach (var constant in operation.ConstantHeaders)
            {
                writer.Line("request.Headers.TryAddWithoutValidation(" + CSharp.Literal(constant.Name) + ", " + CSharp.Literal(constant.Value) + ");");
            }

            if (operation.Accept is not null)
            {
                writer.Line("request.Headers.TryAddWithoutValidation(\"Accept\", " + CSharp.Literal(operation.Accept) + ");");
            }

            foreach (var parameter in headers)
            {
                var add = "request.Headers.TryAddWithoutValidation(" + CSharp.Literal(parameter.WireName) + ", " + HeaderLocal(parameter) + ");";
                if (parameter.Required)
                {
                    writer.Line(add);
                }
                else
                {
                    using (writer.Open("if (" + HeaderLocal(parameter) + " is not null)"))
                    {
                        writer.Line(add);
                    }
                }
            }

            if (cookies.Count > 0)
            {
                using (writer.Open("if (cookies.Count > 0)"))
                {
                    writer.Line("request.Headers.TryAddWithoutValidation(\"Cookie\", string.Join(\"; \", cookies));");
                }
            }

            if (body is not null && operation.RequestBody is not null)
            {
                writer.Line("request.Content = content;");
            }

            if (client.SecuritySchemes.Count > 0 && operation.Security.Count > 0)
            {
                writer.Line("ApplyCredentials(request, new string[][] { " + string.Join(", ", operation.Security.Select(r => "new string[] { " + string.Join(", ", r.Schemes.Select(CSharp.Literal)) + " }")) + " });");
            }

            var result = CSharp.Qualified(ns, operation.Result.TypeName);
            var rawResponse = CSharp.Qualified(ns, SupportEmitter.RawResponseClass);
            if (operation.Result.Cases.Any(c => c.Body is { Kind: BodyKind.Binary }))
            {
                // A binary body is handed over unread: the response lives on in the stream the caller disposes.
                writer.Line("var response = await _httpClient.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);");
                using (writer.Open("if (" + result + ".IsStreamed((int)response.StatusCode))"))
                {
                    writer.Line("return " + result + ".Create(await " + rawResponse + ".OpenAsync(response, cancellationToken).ConfigureAwait(false));");
                }

                using (writer.Open("using (response)"))
                {
                    writer.Line("return " + result + ".Create(await " + rawResponse + ".ReadAsync(response, _httpClient.Timeout, cancellationToken).ConfigureAwait(false));");
                }
            }
            else
            {
                writer.Line("using var response = await _httpClient.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);");
                writer.Line("var raw = await " + rawResponse + ".ReadAsync(response, _httpClient.Timeout, cancellationToken).ConfigureAwait(false);");
                writer.Line("return " + result + ".Create(raw);");
            }
        }
    }

    /// <summary>
    /// An expression giving the parameter's text through <paramref name="use"/>: checked for null when required,
    /// null when optional and absent.
    /// </summary>
    private static string OptionalText(ParameterModel parameter, string request, string ns, System.Func<string, string> use)
    {
        if (parameter.Required)
        {
            var value = parameter.Type.IsValueType
                ? parameter.Identifier
                : "(" + parameter.Identifier + " ?? throw new global::System.ArgumentNullException(nameof(" + parameter.Identifier + ")))";
            return use(Format(parameter, value, request, ns));
        }

        var local = parameter.Identifier.TrimStart('@') + "Value";
        return parameter.Identifier + " is { } " + local + " ? " + use(Format(parameter, local, request, ns)) + " : null";
    }

    private static string HeaderLocal(ParameterModel parameter) => parameter.Identifier.TrimStart('@') + "Header";

    private static string CookieLocal(ParameterModel parameter) => parameter.Identifier.TrimStart('@') + "Cookie";

    /// <summary>The path as a concatenation of literal parts and escaped parameter segments.</summary>
    private static string PathExpression(OperationModel operation, string request, string ns)
    {
        var parts = new List<string>();
        var template = operation.PathTemplate;
        var index = 0;
        while (index < template.Length)
        {
            var open = template.IndexOf('{', index);
            if (open < 0)
            {
                parts.Add(CSharp.Literal(template.Substring(index)));
                break;
            }

            if (open > index)
            {
                parts.Add(CSharp.Literal(template.Substring(index, open - index)));
            }

            var close = template.IndexOf('}', open);
            var name = template.Substring(open + 1, close - open - 1);
            var parameter = operation.Parameters.First(p => p.Location == ParameterLocation.Path && p.WireName == name);
            var value = parameter.Type.Kind == TypeKind.String ? parameter.Identifier : Format(parameter, parameter.Identifier, request, ns);
            parts.Add(request + ".PathSegment(" + value + ", nameof(" + parameter.Identifier + "))");
            index = close + 1;
        }

        return parts.Count == 0 ? "\"\"" : string.Join(" + ", parts);
    }

    private static void EmitQueryParameter(SourceWriter writer, ParameterModel parameter, string request, string ns)
    {
        var name = CSharp.Literal(parameter.WireName);
        var value = parameter.Identifier;
        var optional = !parameter.Required;
        if (optional)
        {
            value = parameter.Identifier.TrimStart('@') + "Value";
        }
        else if (!parameter.Type.IsValueType)
        {
            value = "(" + parameter.Identifier + " ?? throw new global::System.ArgumentNullException(nameof(" + parameter.Identifier + ")))";
        }

        var block = optional ? writer.Open("if (" + parameter.Identifier + " is { } " + value + ")") : default(SourceWriter.Block?);
        if (parameter.Type.Kind == TypeKind.Array && parameter.Style == ParameterStyle.FormExploded)
        {
            using (writer.Open("foreach (var item in " + value + ")"))
            {
                writer.Line(request + ".AppendQuery(query, " + name + ", " + FormatValue(parameter.Type.Item!, "item", request, ns) + ");");
            }
        }
        else if (parameter.Type.Kind == TypeKind.Map && parameter.Style is ParameterStyle.DeepObject or ParameterStyle.FormExploded)
        {
            using (writer.Open("foreach (var pair in " + value + ")"))
            {
                var key = parameter.Style == ParameterStyle.DeepObject ? CSharp.Literal(parameter.WireName + "[") + " + pair.Key + \"]\"" : "pair.Key";
                writer.Line(request + ".AppendQuery(query, " + key + ", " + FormatValue(parameter.Type.Item!, "pair.Value", request, ns) + ");");
            }
        }
        else if (parameter.Type.Kind == TypeKind.Array && parameter.Style is ParameterStyle.Form or ParameterStyle.Simple)
        {
            // Each item is escaped on its own and the commas between them stay literal: "a,b" stays one item.
            writer.Line(request + ".AppendQueryList(query, " + name + ", global::System.Linq.Enumerable.Select(" + value + ", static item => "
                + FormatValue(parameter.Type.Item!, "item", request, ns) + "));");
        }
        else
        {
            writer.Line(request + ".AppendQuery(query, " + name + ", " + Format(parameter, value, request, ns) + ");");
        }

        block?.Dispose();
    }

    /// <summary>A parameter's text; arrays are joined as the parameter's style says (commas unless space or pipe delimited).</summary>
    private static string Format(ParameterModel parameter, string value, string request, string ns)
    {
        if (parameter.Type.Kind != TypeKind.Array)
        {
            return FormatValue(parameter.Type, value, request, ns);
        }

        var separator = parameter.Style switch
        {
            ParameterStyle.SpaceDelimited => " ",
            ParameterStyle.PipeDelimited => "|",
            _ => ",",
        };
        return "string.Join(" + CSharp.Literal(separator) + ", global::System.Linq.Enumerable.Select(" + value + ", static item => " + FormatValue(parameter.Type.Item!, "item", request, ns) + "))";
    }

    /// <summary>The text of a parameter value: invariant culture, enums by wire value, objects as JSON.</summary>
    private static string FormatValue(TypeRef type, string value, string request, string ns) => type.Kind switch
    {
        TypeKind.Enum => request + ".Format(" + value + ".Value)",
        TypeKind.Object or TypeKind.Map or TypeKind.Array or TypeKind.Binary => "global::System.Text.Encoding.UTF8.GetString(" + CSharp.Qualified(ns, SupportEmitter.JsonClass)
            + ".Write(" + value + ", static (writer, item) => " + JsonCode.Write(type, "writer", "item", ns).TrimEnd(';') + "))",
        _ => request + ".Format(" + value + ")",
    };

    private static string MethodExpression(string method) => method switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        "PATCH" => "global::System.Net.Http.HttpMethod.Patch",
        "HEAD" => "global::System.Net.Http.HttpMethod.Head",
        "OPTIONS" => "global::System.Net.Http.HttpMethod.Options",
        "TRACE" => "global::System.Net.Http.HttpMethod.Trace",
        _ => "new global::System.Net.Http.HttpMethod(" + CSharp.Literal(method) + ")",
    };
}
