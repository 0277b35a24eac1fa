using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>Emits the client interface and class: one async method per operation, returning its result union.</summary>
internal static class ClientEmitter
{
    public static string Emit(ClientModel client)
    {
        var writer = new SourceWriter();
        Emit(writer, client);
        return writer.ToString();
    }

    /// <summary>Writes the client's file into <paramref name="writer"/>.</summary>
    public static void Emit(SourceWriter writer, ClientModel client)
    {
        var ns = client.Namespace;
        CSharp.FileHeader(writer);
        writer.Line("namespace " + ns + ";");
        writer.Line();
        writer.Doc(client.Title + (string.IsNullOrWhiteSpace(client.ApiVersion) ? string.Empty : " (" + client.ApiVersion + ")")
            + (string.IsNullOrWhiteSpace(client.Description) ? "." : ": " + client.Description));
        // What every method has in common, said once here rather than on each method.
        writer.Line("/// <remarks>Each method returns its operation's result union, in the case for the status the API answered with: no HTTP status throws."
            + " An argument that is null, empty where a path needs a value, or would change the request (a line break in a header) throws <see cref=\"global::System.ArgumentException\"/>;"
            + " transport failures surface as <see cref=\"global::System.Net.Http.HttpRequestException\"/>, cancellation and time-outs as <see cref=\"global::System.OperationCanceledException\"/>.</remarks>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        using (writer.Open("public partial interface " + GeneratedNames.Interface(client.ClientName)))
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
                WriteSignature(writer, operation, ns).Part(";").EndParts();
                foreach (var alternative in Alternatives(operation))
                {
                    writer.Line();
                    EmitDocs(writer, client, operation, alternative);
                    WriteSignature(writer, operation, ns, alternative: alternative).Part(";").EndParts();
                }
            }
        }

        writer.Line();
        EmitClass(writer, client);
    }

    /// <summary>
    /// The client's default server, its <c>DefaultBaseUrl</c>: the first server the spec lists with an absolute URL, one
    /// with a scheme (<c>System.Uri</c> alone would take <c>/v2</c> for a <c>file:</c> URI on Linux and macOS).
    /// </summary>
    private static ServerModel? DefaultServer(ClientModel client) =>
        client.Servers.FirstOrDefault(s => s.Url.IndexOf("://", StringComparison.Ordinal) > 0 && Uri.TryCreate(s.Url, UriKind.Absolute, out _));

    /// <summary>The client's <c>DefaultBasePath</c>, when it has no default server: the first server that is a path.</summary>
    private static ServerModel? RelativeServer(ClientModel client) =>
        DefaultServer(client) is null ? client.Servers.FirstOrDefault(s => s.Url.StartsWith("/", StringComparison.Ordinal) && s.Url.Length > 1) : null;

    /// <summary>The constants the client class declares for its servers, each with its value: code refers to them by name.</summary>
    internal static IEnumerable<(string Name, string Value)> ServerConstants(ClientModel client)
    {
        if (DefaultServer(client) is { } defaultServer)
        {
            yield return (GeneratedNames.DefaultBaseUrl, defaultServer.Url);
        }

        if (RelativeServer(client) is { } relativeServer)
        {
            yield return (GeneratedNames.DefaultBasePath, relativeServer.Url);
        }

        foreach (var (server, constant) in ClientMembers.Of(client).ServerConstants)
        {
            yield return (constant, server.Url);
        }
    }

    private static void EmitClass(SourceWriter writer, ClientModel client)
    {
        var ns = client.Namespace;
        var defaultServer = DefaultServer(client);
        var relativeServer = RelativeServer(client);
        writer.Doc(client.Title + " client. Every method returns a result union with one case per documented status; no HTTP status throws.");
        writer.Line("/// <remarks>Requests go to <c>baseUrl</c>, else <see cref=\"global::System.Net.Http.HttpClient.BaseAddress\"/>"
            + (defaultServer is null ? "." : ", else <see cref=\"" + GeneratedNames.DefaultBaseUrl + "\"/>.") + " Transport failures surface as <see cref=\"global::System.Net.Http.HttpRequestException\"/>, cancellation and time-outs as <see cref=\"global::System.OperationCanceledException\"/>.</remarks>");
        writer.Line(CSharp.GeneratedCodeAttribute);
        // The members it adds besides the operations' methods, allocated in its member scope.
        var plan = ClientMembers.Of(client);
        var securityFields = plan.SecurityFields;
        var sendAndRead = plan.SendAndRead;
        using (writer.Open("public partial class " + client.ClientName + " : " + CSharp.Qualified(ns, GeneratedNames.Interface(client.ClientName))))
        {
            if (defaultServer is not null)
            {
                writer.Doc("The first server the spec lists" + (defaultServer.Description is null ? "." : ": " + defaultServer.Description));
                writer.Line("public const string " + GeneratedNames.DefaultBaseUrl + " = " + CSharp.Literal(defaultServer.Url) + ";");
                writer.Line();
            }

            if (relativeServer is not null)
            {
                writer.DocXml("The spec's server is a path, not a URL: it is appended to <see cref=\"global::System.Net.Http.HttpClient.BaseAddress\"/> when that has no path of its own.");
                writer.Line("public const string " + GeneratedNames.DefaultBasePath + " = " + CSharp.Literal(relativeServer.Url) + ";");
                writer.Line();
            }

            writer.Doc("Every server the spec lists, in its order.");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<string> " + GeneratedNames.ServerUrls + " { get; } = "
                + (client.Servers.Count == 0 ? "global::System.Array.Empty<string>();" : "new string[] { " + string.Join(", ", client.Servers.Select(s => CSharp.Literal(s.Url))) + " };"));
            writer.Line();
            foreach (var (server, constant) in plan.ServerConstants)
            {
                writer.DocXml("The server the spec names <c>" + SourceWriter.EscapeXml(server.Name!) + "</c>" + (server.Description is null ? "." : ": " + SourceWriter.DocText(server.Description))
                    + " Pass it as the client's <c>baseUrl</c> to send requests there.");
                writer.Line("public const string " + constant + " = " + CSharp.Literal(server.Url) + ";");
                writer.Line();
            }
            writer.Line("private readonly global::System.Net.Http.HttpClient " + GeneratedNames.HttpClientField + ";");
            writer.Line("private readonly string " + GeneratedNames.BaseUrlField + ";");
            var credentials = client.SecuritySchemes.Count > 0 ? CSharp.Qualified(ns, CredentialsEmitter.TypeName(client)) : null;
            if (credentials is not null)
            {
                writer.Line("private readonly " + credentials + "? " + GeneratedNames.CredentialsField + ";");
            }

            if (plan.SecurityArrays.Count > 0)
            {
                writer.Line();
                writer.Line("// The operations' security alternatives: the schemes of the first one whose secrets are all set are applied.");
                foreach (var (array, field) in plan.SecurityArrays)
                {
                    writer.Line("private static readonly string[][] " + field + " = " + array + ";");
                }
            }

            if (client.Operations.Count > 0)
            {
                writer.Line();
                writer.Line("// Each operation's method, name and path template, which its requests carry as their method for handlers to read (ApiRequestOptions): made once, not per request.");
                var tagType = CSharp.Qualified(ns, GeneratedNames.ApiRequestOptions) + ".OperationTag";
                foreach (var operation in client.Operations)
                {
                    writer.Line("private static readonly " + tagType + " " + plan.OperationTags[operation] + " = new(" + CSharp.Literal(operation.Method) + ", " + CSharp.Literal(operation.Name) + ", " + CSharp.Literal(operation.PathTemplate) + ");");
                }
            }

            writer.Line();
            writer.DocXml("Creates a client that sends its requests through <paramref name=\"httpClient\"/> to <paramref name=\"baseUrl\"/>, or to the HttpClient's <see cref=\"global::System.Net.Http.HttpClient.BaseAddress\"/> when it is null.");
            writer.Line("/// <exception cref=\"global::System.ArgumentException\">No base URL is given, set on the HttpClient or listed in the spec.</exception>");
            using (writer.Open("public " + client.ClientName + "(global::System.Net.Http.HttpClient httpClient, global::System.Uri? baseUrl = null" + (credentials is null ? string.Empty : ", " + credentials + "? credentials = null") + ")"))
            {
                if (credentials is not null)
                {
                    writer.Line(GeneratedNames.CredentialsField + " = credentials;");
                }

                writer.Line(GeneratedNames.HttpClientField + " = httpClient ?? throw new global::System.ArgumentNullException(nameof(httpClient));");
                writer.Line("var resolved = baseUrl ?? httpClient.BaseAddress" + (defaultServer is null ? string.Empty : " ?? new global::System.Uri(" + GeneratedNames.DefaultBaseUrl + ")") + ";");
                using (writer.Open("if (resolved is null || !resolved.IsAbsoluteUri)"))
                {
                    writer.Line("throw new global::System.ArgumentException(\"An absolute base URL is needed: pass baseUrl or set HttpClient.BaseAddress.\", nameof(baseUrl));");
                }

                if (relativeServer is not null)
                {
                    // The spec's server is a path on whatever host the HttpClient points at.
                    writer.Line("var baseText = resolved.AbsoluteUri.TrimEnd('/');");
                    writer.Line(GeneratedNames.BaseUrlField + " = baseUrl is null && resolved.AbsolutePath == \"/\" ? baseText + " + GeneratedNames.DefaultBasePath + ".TrimEnd('/') : baseText;");
                }
                else
                {
                    writer.Line(GeneratedNames.BaseUrlField + " = resolved.AbsoluteUri.TrimEnd('/');");
                }
            }

            foreach (var operation in client.Operations)
            {
                writer.Line();
                writer.Line("/// <inheritdoc/>");
                var security = securityFields.TryGetValue(operation, out var field) ? field : null;
                EmitMethod(writer, client, operation, security, sendAndRead);
                foreach (var alternative in Alternatives(operation))
                {
                    writer.Line();
                    writer.Line("/// <inheritdoc/>");
                    EmitMethod(writer, client, operation, security, sendAndRead, alternative);
                }
            }

            if (client.Operations.Any(o => !o.Result.Cases.Any(c => c.Body is { IsStreamed: true })))
            {
                var rawResponse = CSharp.Qualified(ns, GeneratedNames.ApiRawResponse);
                writer.Line();
                writer.Doc("Sends a request, reads its whole response and makes the result of it; the response and the request are disposed.");
                writer.Line("private global::System.Threading.Tasks.Task<T> " + sendAndRead + "<T>(global::System.Net.Http.HttpRequestMessage request, global::System.Func<" + rawResponse + ", T> create, global::System.Threading.CancellationToken cancellationToken) =>");
                writer.Line("    " + rawResponse + ".SendAsync(" + GeneratedNames.HttpClientField + ", request, create, cancellationToken);");
            }

            foreach (var (headers, name) in plan.SharedHeaders)
            {
                writer.Line();
                writer.Doc("Typed response headers that several result cases document alike: the type of each such case's Headers.");
                using (writer.Open("public sealed class " + name + " : " + CSharp.Qualified(ns, GeneratedNames.ApiResponseHeaders)))
                {
                    writer.Line("internal " + name + "(" + CSharp.Qualified(ns, GeneratedNames.ApiResponseHeaders) + " " + GeneratedNames.HeadersParameter + ") : base(" + GeneratedNames.HeadersParameter + ") { }");
                    UnionEmitter.EmitHeaderMembers(writer, ns, headers);
                }
            }

            if (credentials is not null)
            {
                writer.Line();
                writer.Doc("Applies the first of the operation's security alternatives whose secrets are all set; none when no credentials were given.");
                using (writer.Open("private void " + GeneratedNames.ApplyCredentials + "(global::System.Net.Http.HttpRequestMessage request, string[][] alternatives)"))
                {
                    using (writer.Open("if (" + GeneratedNames.CredentialsField + " is not { } credentials)"))
                    {
                        writer.Line("return;");
                    }

                    using (writer.Open("foreach (var alternative in alternatives)"))
                    {
                        using (writer.Open("if (global::System.Array.TrueForAll(alternative, credentials." + GeneratedNames.CredentialsHas + "))"))
                        {
                            using (writer.Open("foreach (var scheme in alternative)"))
                            {
                                writer.Line("credentials." + GeneratedNames.CredentialsApply + "(scheme, request);");
                            }

                            writer.Line("return;");
                        }
                    }
                }
            }
        }
    }

    /// <summary>The other kinds of body the operation's method has an overload for.</summary>
    private static EquatableArray<RequestBodyAlternativeModel> Alternatives(OperationModel operation) =>
        operation.RequestBody is { } body && operation.Parameters.Any(p => p.Location == ParameterLocation.Body) ? body.Alternatives : EquatableArray<RequestBodyAlternativeModel>.Empty;

    /// <summary>The body's type in the overload that sends <paramref name="alternative"/>: a form's type, a <c>string</c> (text) or an <c>ApiFile</c> (raw octets).</summary>
    internal static string OverloadBodyTypeName(RequestBodyAlternativeModel alternative, string ns) =>
        alternative.Type is { } form ? CSharp.TypeName(form, ns)
        : alternative.Kind == RequestBodyKind.Text ? "string" : CSharp.Qualified(ns, GeneratedNames.ApiFile);

    /// <summary>
    /// A raw (octet-stream) body is a plain <c>Stream</c>; everything else is its schema's type. In an overload for
    /// another kind of body, the body is a <c>string</c> (text) or an <c>ApiFile</c> (raw octets).
    /// </summary>
    private static string ParameterTypeName(ParameterModel parameter, OperationModel operation, string ns, RequestBodyAlternativeModel? alternative = null)
    {
        if (parameter.Location != ParameterLocation.Body)
        {
            return CSharp.TypeName(parameter.Type, ns);
        }

        if (alternative is not null)
        {
            return OverloadBodyTypeName(alternative, ns);
        }

        return operation.RequestBody?.Kind switch
        {
            RequestBodyKind.Binary => "global::System.IO.Stream",
            RequestBodyKind.MultipartParts => "global::System.Net.Http.MultipartContent",
            _ => CSharp.TypeName(parameter.Type, ns),
        };
    }

    private static void EmitDocs(SourceWriter writer, ClientModel client, OperationModel operation, RequestBodyAlternativeModel? alternative = null)
    {
        writer.Doc(operation.Summary ?? operation.Method + " " + operation.PathTemplate);
        var sent = alternative is null ? null : alternative.Form is not null
            ? "This overload sends the body as a form (" + alternative.MediaType + ")."
            : alternative.Kind == RequestBodyKind.Text
            ? "This overload sends the body as text (" + alternative.MediaType + (TextChoice(operation, alternative) is { } picked ? ", unless " + picked.Identifier + " names another" : string.Empty) + ")."
            : "This overload sends the body as the file's raw octets, under the file's content type (" + alternative.MediaType + " when it names none).";
        // The method and path once: in the remarks under a summary of the spec's, else as the summary itself. A
        // description that only repeats the summary is said once.
        var described = operation.Description is { } text && !SameWords(text, operation.Summary ?? string.Empty) ? text : null;
        var remarks = string.Join("\n\n", new[] { described, operation.Summary is null ? null : operation.Method + " " + operation.PathTemplate, sent, operation.TagSummary }
            .Where(part => !string.IsNullOrEmpty(part)));
        writer.Doc(remarks, "remarks");
        foreach (var parameter in operation.Parameters)
        {
            var description = parameter.Location == ParameterLocation.Body && alternative is not null
                ? (alternative.Form is not null ? "The request body, sent as a form." : alternative.Kind == RequestBodyKind.Text ? "The request body as text." : "The request body: a file sent as raw octets.")
                : (parameter.Description ?? "The " + parameter.WireName + " " + parameter.Location.ToString().ToLowerInvariant() + " parameter.")
                    + (parameter.DefaultText is null ? string.Empty : " Default (the server's, when left out): " + SourceWriter.OneLine(parameter.DefaultText) + ".")
                    + (parameter.Deprecated ? " Deprecated: the spec marks this parameter as deprecated." : string.Empty)
                    + (parameter.Nullable ? " Its schema allows null: a null is sent as the JSON null." : string.Empty);
            writer.Doc(description, "param", "name=\"" + parameter.Identifier.TrimStart('@') + "\"");
        }

        if (TextChoice(operation, alternative) is { } choice)
        {
            writer.Doc(
                "The body's media type, one of those the spec offers: " + string.Join(", ", choice.MediaTypes) + " (a charset parameter may follow); " + choice.MediaTypes[0] + " when null.",
                "param",
                "name=\"" + choice.Identifier + "\"");
        }

        // No <param> for the cancellation token, whose name says what it does (CS1573 is off in every generated file).
        if (operation.Deprecated)
        {
            CSharp.Obsolete(writer, operation.Deprecation ?? "The spec marks this operation as deprecated.");
        }
    }

    /// <summary>
    /// Whether two texts say the same: the same words (runs of characters other than white space) in the same order,
    /// whatever white space lies between them. Compared in place: descriptions can be long.
    /// </summary>
    private static bool SameWords(string left, string right)
    {
        var i = 0;
        var j = 0;
        while (true)
        {
            while (i < left.Length && char.IsWhiteSpace(left[i]))
            {
                i++;
            }

            while (j < right.Length && char.IsWhiteSpace(right[j]))
            {
                j++;
            }

            if (i == left.Length || j == right.Length)
            {
                return i == left.Length && j == right.Length;
            }

            while (i < left.Length && j < right.Length && !char.IsWhiteSpace(left[i]) && !char.IsWhiteSpace(right[j]))
            {
                if (left[i] != right[j])
                {
                    return false;
                }

                i++;
                j++;
            }

            if ((i < left.Length && !char.IsWhiteSpace(left[i])) || (j < right.Length && !char.IsWhiteSpace(right[j])))
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Starts a line with the method's signature, written in parts (no string of it is made); an overload for another
    /// kind of body differs in the body's type only, and its body is always required (so a call without a body is the
    /// method's own). The caller ends the line.
    /// </summary>
    private static SourceWriter WriteSignature(SourceWriter writer, OperationModel operation, string ns, string modifiers = "", RequestBodyAlternativeModel? alternative = null)
    {
        writer.StartLine().Part(modifiers).Part("global::System.Threading.Tasks.Task<global::").Part(ns).Part(".")
            .Part(operation.Result.TypeName).Part("> ").Part(GeneratedNames.AsyncMethod(operation.Name)).Part("(");
        foreach (var p in operation.Parameters)
        {
            if (p.Required || (alternative is not null && p.Location == ParameterLocation.Body))
            {
                // A required body whose schema allows null takes the null (sent as JSON null), in the method's own signature.
                writer.Part(ParameterTypeName(p, operation, ns, alternative)).Part(p.Nullable && alternative is null ? "? " : " ").Part(p.Identifier);
            }
            else
            {
                writer.Part(ParameterTypeName(p, operation, ns)).Part("? ").Part(p.Identifier).Part(" = null");
            }

            writer.Part(", ");
        }

        if (TextChoice(operation, alternative) is { } choice)
        {
            writer.Part("string? ").Part(choice.Identifier).Part(" = null, ");
        }

        return writer.Part("global::System.Threading.CancellationToken ").Part(GeneratedNames.CancellationToken).Part(" = default)");
    }

    /// <summary>The argument that picks the text body's media type, where the method (or overload) sends text the spec offers in several.</summary>
    internal static TextChoiceModel? TextChoice(OperationModel operation, RequestBodyAlternativeModel? alternative) =>
        (alternative?.Kind ?? operation.RequestBody?.Kind) == RequestBodyKind.Text ? operation.RequestBody?.TextChoice : null;

    private static void EmitMethod(SourceWriter writer, ClientModel client, OperationModel operation, string? securityField, string sendAndRead, RequestBodyAlternativeModel? alternative = null)
    {
        var ns = client.Namespace;
        var request = CSharp.Qualified(ns, GeneratedNames.ApiRequest);
        var locals = new MethodLocals(operation);
        if (operation.Deprecated)
        {
            CSharp.Obsolete(writer, operation.Deprecation ?? "The spec marks this operation as deprecated.");
        }

        // A method whose only wait is the send's is no async method: the helper completes its task at once when the
        // answer is already there, and the method's failures before it still end in the task, not thrown.
        var direct = !operation.Result.Cases.Any(c => c.Body is { IsStreamed: true }) && !ReadsFileText(operation, alternative);
        var message = locals.Request;
        using (WriteSignature(writer, operation, ns, direct ? "public " : "public async ", alternative).OpenParts())
        {
            var attempt = direct ? OpenFailureCatch(writer, message) : default(SourceWriter.Block?);
            // Every argument is checked while the URL, headers and body are built, before anything is sent.
            // The server and the path in one concatenation: the URL is built once, without an intermediate path string.
            // An absolute server of the operation's own is the client's DefaultBaseUrl when it is that URL, else one
            // literal with the path's first part.
            var absolute = operation.Server is { } server && server.IndexOf("://", StringComparison.Ordinal) > 0 ? server.TrimEnd('/') : null;
            var isDefault = absolute is not null && DefaultServer(client)?.Url == absolute;
            var urlParts = absolute is null || isDefault
                ? PathParts(operation, request, ns, locals, first: isDefault ? GeneratedNames.DefaultBaseUrl : ServerExpression(operation, request))
                : PathParts(operation, request, ns, locals, absolute);
            writer.Line($"var {locals.Path} = {Concatenation(urlParts, request)};");
            var query = operation.Parameters.Where(p => p.Location == ParameterLocation.Query).ToList();
            if (query.Count > 0)
            {
                writer.Line($"var {locals.Query} = new global::System.Text.StringBuilder();");
                foreach (var parameter in query)
                {
                    EmitQueryParameter(writer, parameter, request, ns, locals);
                }
            }

            var queryString = operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.QueryString);
            if (queryString is not null && operation.QueryString is { } queryStringModel)
            {
                EmitQueryString(writer, queryString, queryStringModel, request, ns, locals);
            }

            var headers = operation.Parameters.Where(p => p.Location == ParameterLocation.Header).ToList();
            foreach (var parameter in headers)
            {
                writer.Line($"var {locals.Header(parameter)} = {OptionalText(parameter, request, ns, locals, value => request + ".HeaderValue(" + value + ", nameof(" + parameter.Identifier + "))")};");
            }

            var cookies = operation.Parameters.Where(p => p.Location == ParameterLocation.Cookie).ToList();
            if (cookies.Count > 0)
            {
                writer.Line("var " + locals.Cookies + " = new global::System.Collections.Generic.List<string>();");
                foreach (var parameter in cookies)
                {
                    var cookie = CookieText(parameter, request, ns, locals);
                    using (writer.Open("if ((" + cookie + ") is { } " + locals.Cookie(parameter) + ")"))
                    {
                        writer.Line(locals.Cookies + ".Add(" + locals.Cookie(parameter) + ");");
                    }
                }
            }

            var body = operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.Body);
            if (body is not null && operation.RequestBody is not null)
            {
                RequestBodyEmitter.Emit(writer, body, operation.RequestBody, request, ns, locals, alternative);
            }

            // A path key that holds a query of its own (formapi's /templates?desc=html) is followed by the parameters' query
            // after a '&': a second '?' would make them part of its last value. So is a path parameter sent as given
            // that holds one (Azure's {nextLink}), which only the call knows.
            var url = query.Count == 0 && queryString is null ? locals.Path
                : PathTemplates.HasQuery(operation.PathTemplate) ? request + ".AfterQuery(" + locals.Path + ", " + locals.Query + ".ToString())"
                : operation.Parameters.Any(p => p.Location == ParameterLocation.Path && p.AllowReserved) ? request + ".JoinQuery(" + locals.Path + ", " + locals.Query + ".ToString())"
                : locals.Path + " + " + locals.Query;
            // The message comes tagged with the operation (its static tag: ApiRequestOptions), with its Accept header.
            var tag = ClientMembers.Of(client).OperationTags[operation];
            writer.Line($"{(direct ? string.Empty : "using var ")}{message} = {request}.Message({tag}, {url}{(operation.Accept is null ? string.Empty : ", " + CSharp.Literal(operation.Accept))});");
            // The body first: a header parameter that is a content header goes on it (or on an empty content).
            if (body is not null && operation.RequestBody is not null)
            {
                writer.Line($"{message}.Content = {locals.Content};");
            }

            foreach (var constant in operation.ConstantHeaders)
            {
                writer.Line($"{request}.AddHeader({message}, {CSharp.Literal(constant.Name)}, {CSharp.Literal(constant.Value)});");
            }

            foreach (var parameter in headers)
            {
                var add = request + ".AddHeader(" + message + ", " + CSharp.Literal(parameter.WireName) + ", " + locals.Header(parameter) + ");";
                if (parameter.Required)
                {
                    writer.Line(add);
                }
                else
                {
                    using (writer.Open("if (" + locals.Header(parameter) + " is not null)"))
                    {
                        writer.Line(add);
                    }
                }
            }

            if (cookies.Count > 0)
            {
                using (writer.Open("if (" + locals.Cookies + ".Count > 0)"))
                {
                    writer.Line(message + ".Headers.TryAddWithoutValidation(\"Cookie\", string.Join(\"; \", " + locals.Cookies + "));");
                }
            }

            if (securityField is not null)
            {
                writer.Line($"{GeneratedNames.ApplyCredentials}({message}, {securityField});");
            }

            var result = CSharp.Qualified(ns, operation.Result.TypeName);
            var rawResponse = CSharp.Qualified(ns, GeneratedNames.ApiRawResponse);
            var response = locals.Response;
            if (operation.Result.Cases.Any(c => c.Body is { IsStreamed: true }))
            {
                var send = "await " + GeneratedNames.HttpClientField + ".SendAsync(" + message + ", global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, " + GeneratedNames.CancellationToken + ").ConfigureAwait(false);";
                var read = rawResponse + ".ReadAsync(" + response + ", " + GeneratedNames.HttpClientField + ".Timeout, " + GeneratedNames.CancellationToken + ").ConfigureAwait(false)";
                // A binary or sequential body is handed over unread: the response lives on in the stream the caller disposes.
                writer.Line($"var {response} = {send}");
                // A status that offers JSON or a stream is streamed when the response's media type is the stream's.
                var mediaType = operation.Result.Cases.Any(c => c.Body is { Sequential: not null }) ? ", " + rawResponse + ".ContentType(" + response + ").MediaType" : string.Empty;
                using (writer.Open($"if ({result}.{GeneratedNames.IsStreamed}((int){response}.StatusCode{mediaType}))"))
                {
                    writer.Line($"return {result}.{GeneratedNames.CreateResult}(await {rawResponse}.OpenAsync({response}, {GeneratedNames.CancellationToken}).ConfigureAwait(false));");
                }

                using (writer.Open($"using ({response})"))
                {
                    writer.Line($"return {result}.{GeneratedNames.CreateResult}(await {read});");
                }
            }
            else
            {
                // The shared send-and-read helper of the client: the response is read whole and disposed there, the
                // result made of it and the request disposed.
                var send = sendAndRead + "(" + message + ", " + result + "." + GeneratedNames.CreateResult + ", " + GeneratedNames.CancellationToken + ")";
                writer.Line(direct ? "return " + send + ";" : "return await " + send + ".ConfigureAwait(false);");
            }

            attempt?.Dispose();
            if (direct)
            {
                using (writer.Open("catch (global::System.Exception " + locals.Failure + ")"))
                {
                    writer.Line("return " + CSharp.Qualified(ns, GeneratedNames.ApiRawResponse) + ".Failed<" + CSharp.Qualified(ns, operation.Result.TypeName) + ">(" + message + ", " + locals.Failure + ");");
                }
            }
        }
    }

    /// <summary>Declares the request (null until made) and opens the <c>try</c> whose <c>catch</c> ends a direct method.</summary>
    private static SourceWriter.Block OpenFailureCatch(SourceWriter writer, string message)
    {
        writer.Line("global::System.Net.Http.HttpRequestMessage? " + message + " = null;");
        return writer.Open("try");
    }

    /// <summary>Whether building the request awaits: a file sent as a field of a URL-encoded form (its text is read first).</summary>
    private static bool ReadsFileText(OperationModel operation, RequestBodyAlternativeModel? alternative)
    {
        static bool IsFile(TypeRef type) => type.Kind == TypeKind.Binary || (type.Kind == TypeKind.Array && type.Item!.Kind == TypeKind.Binary);

        // A field, or the undeclared members (a map form's entries), of a file type, of the class, of any class below it
        // (a hierarchy class's form sends the value's own), or of any object variant of its union.
        static bool HasFile(FormModel form) =>
            form.Fields.Any(f => IsFile(f.Type)) || (form.Extra is { } extra && IsFile(extra.ValueType))
            || form.Subclasses.Any(s => HasFile(s.Form)) || form.Variants.Any(v => v.Type.Kind == TypeKind.Object && HasFile(v.Form));

        var sent = alternative is null ? operation.RequestBody : alternative.Form;
        return (sent is { Kind: RequestBodyKind.FormUrlEncoded } body && HasFile(body.Form))
            || (operation.QueryString is { Kind: RequestBodyKind.FormUrlEncoded } query && HasFile(query.Form));
    }

    /// <summary>
    /// Where the operation's path goes: the client's base URL, or the operation's own server: an absolute one as it
    /// is, a relative one resolved against the client's base URL.
    /// </summary>
    private static string ServerExpression(OperationModel operation, string request)
    {
        if (operation.Server is not { } server)
        {
            return GeneratedNames.BaseUrlField;
        }

        return server.IndexOf("://", StringComparison.Ordinal) > 0
            ? CSharp.Literal(server.TrimEnd('/'))
            : request + ".ServerUrl(" + GeneratedNames.BaseUrlField + ", " + CSharp.Literal(server) + ")";
    }

    /// <summary>
    /// An expression giving the parameter's text through <paramref name="use"/>: checked for null when required,
    /// null when optional and absent.
    /// </summary>
    private static string OptionalText(ParameterModel parameter, string request, string ns, MethodLocals locals, System.Func<string, string> use) =>
        OptionalValue(parameter, locals, value => use(Format(parameter, value, request, ns, locals)));

    /// <summary>
    /// An expression made by <paramref name="make"/> from the parameter's value: checked for null when required, null
    /// when optional and absent.
    /// </summary>
    private static string OptionalValue(ParameterModel parameter, MethodLocals locals, System.Func<string, string> make)
    {
        if (parameter.Required)
        {
            return make(parameter.Type.IsValueType
                ? parameter.Identifier
                : CSharp.NullChecked(parameter.Identifier));
        }

        var local = locals.Value(parameter);
        return parameter.Identifier + " is { } " + local + " ? " + make(local) + " : null";
    }

    /// <summary>
    /// A cookie parameter's <c>name=value</c> text (null when optional and absent). Style form (the default) percent-encodes:
    /// an array is <c>n=a%2Cb</c>, exploded (the default) <c>n=a&amp;n=b</c>; an object <c>n=x%2C1%2Cy%2C2</c>, exploded
    /// <c>x=1&amp;y=2</c> (<c>ApiRequest.CookieStyled</c> says why the list's commas are encoded). 3.2's style cookie sends
    /// the values as given (a value that is no cookie value is refused) and separates exploded pairs as cookies are:
    /// <c>n=a,b</c>, <c>n=a; n=b</c>, <c>x=1; y=2</c>.
    /// </summary>
    private static string CookieText(ParameterModel parameter, string request, string ns, MethodLocals locals)
    {
        var cookieStyle = parameter.Style is ParameterStyle.Cookie or ParameterStyle.CookieExploded;
        if (parameter.Type.Kind is TypeKind.Array or TypeKind.Object or TypeKind.Map)
        {
            var exploded = parameter.Style is ParameterStyle.FormExploded or ParameterStyle.CookieExploded;
            var pairs = parameter.Type.Kind is not TypeKind.Array;
            return OptionalValue(parameter, locals, value => request + ".CookieStyled(" + StyledValues(parameter, value, request, ns, locals) + ", " + CSharp.Literal(parameter.WireName) + ", "
                + (exploded ? "true" : "false") + ", " + (pairs ? "true" : "false") + ", " + (cookieStyle ? "true" : "false") + ", nameof(" + parameter.Identifier + "))");
        }

        return OptionalText(parameter, request, ns, locals, value => CSharp.Literal(parameter.WireName + "=") + " + "
            + (cookieStyle ? request + ".CookieValue(" + value + ", nameof(" + parameter.Identifier + "))" : "global::System.Uri.EscapeDataString(" + value + ")"));
    }

    /// <summary>The path as a concatenation of literal parts and escaped parameter segments.</summary>
    /// <summary>
    /// The URL's parts as C# expressions: <paramref name="first"/> (the server's expression) or the absolute
    /// <paramref name="server"/> joined to the path's first literal, then the path's literals and escaped segments.
    /// </summary>
    private static List<string> PathParts(OperationModel operation, string request, string ns, MethodLocals locals, string? server = null, string? first = null)
    {
        var parts = new List<string>();
        if (first is not null)
        {
            parts.Add(first);
        }

        // A '#' ends a URL's path: what follows is a fragment, which no request carries (Box's "#get_shared_link" and
        // AWS's "/#X-Amz-Target=..." tell operations on one path apart so). Left in, it would go out in the request
        // line, which the client's unescaped URI sends as written.
        var template = operation.PathTemplate;
        var fragment = PathTemplates.FragmentStart(template);
        if (fragment >= 0)
        {
            template = template.Substring(0, fragment);
        }

        var index = 0;
        if (server is not null)
        {
            var open = template.IndexOf('{');
            var literal = open < 0 ? template : template.Substring(0, open);
            parts.Add(CSharp.Literal(server + PathTemplates.Escaped(literal)));
            index = literal.Length;
        }

        while (index < template.Length)
        {
            var open = template.IndexOf('{', index);
            if (open < 0)
            {
                parts.Add(CSharp.Literal(PathTemplates.Escaped(template.Substring(index))));
                break;
            }

            if (open > index)
            {
                parts.Add(CSharp.Literal(PathTemplates.Escaped(template.Substring(index, open - index))));
            }

            var close = template.IndexOf('}', open);
            var name = template.Substring(open + 1, close - open - 1);
            var parameter = operation.Parameters.First(p => p.Location == ParameterLocation.Path && p.WireName == name);
            var several = parameter.Type.Kind is TypeKind.Array or TypeKind.Object or TypeKind.Map;

            // A null that the support's path helpers would not see first (an object is made into its JSON, a value into
            // its text, before they are called) is refused here, as a required argument's null is everywhere else.
            var checkedValue = parameter.Type.IsValueType || parameter.Type.Kind == TypeKind.String
                ? parameter.Identifier
                : CSharp.NullChecked(parameter.Identifier);
            if (parameter.Style is ParameterStyle.Label or ParameterStyle.LabelExploded or ParameterStyle.Matrix or ParameterStyle.MatrixExploded
                || (several && parameter.Style is ParameterStyle.Simple or ParameterStyle.SimpleExploded))
            {
                // The style's prefix (. or ;name=, none for simple) and separators are literal, each value escaped
                // (RFC 6570's {.x}, {;x} and {x}).
                parts.Add(request + ".PathStyled(" + StyledValues(parameter, checkedValue, request, ns, locals) + ", " + CSharp.Literal(parameter.WireName) + ", "
                    + CSharp.Literal(parameter.Style.ToString()) + ", " + (parameter.Type.Kind is TypeKind.Object or TypeKind.Map ? "true" : "false") + ", nameof(" + parameter.Identifier + ")"
                    + (parameter.AllowsEmpty ? ", allowEmpty: true" : string.Empty) + ")");
                index = close + 1;
                continue;
            }

            var value = parameter.Type.Kind == TypeKind.String ? parameter.Identifier : Format(parameter, checkedValue, request, ns, locals);
            parts.Add(request + (parameter.AllowReserved ? ".PathReserved(" : ".PathSegment(") + value + ", nameof(" + parameter.Identifier + ")" + (parameter.AllowsEmpty ? ", allowEmpty: true" : string.Empty) + ")");
            index = close + 1;
        }

        return parts;
    }

    /// <summary>
    /// The parts joined into one string. Up to four are concatenated (<c>string.Concat</c> of two to four strings);
    /// more are one interpolated string, since <c>string.Concat</c> of five or more strings takes an array of them,
    /// made on every call. The support's <c>ApiRequest</c> is named short inside the holes (the client's namespace
    /// declares it, and nothing in a client method hides it), where names are not shortened later; a hole that
    /// still holds <c>::</c> or a conditional is parenthesized, as a hole's first <c>:</c> would start a format.
    /// </summary>
    private static string Concatenation(List<string> parts, string request)
    {
        if (parts.Count <= 4)
        {
            return parts.Count == 0 ? "\"\"" : string.Join(" + ", parts);
        }

        var text = new StringBuilder("$\"");
        foreach (var part in parts)
        {
            if (part.Length >= 2 && part[0] == '"' && part[part.Length - 1] == '"')
            {
                text.Append(part.Substring(1, part.Length - 2).Replace("{", "{{").Replace("}", "}}"));
                continue;
            }

            var hole = part.Replace(request + ".", GeneratedNames.ApiRequest + ".");
            text.Append('{').Append(hole.Contains("::") || hole.IndexOf('?') >= 0 ? "(" + hole + ")" : hole).Append('}');
        }

        return text.Append('"').ToString();
    }

    /// <summary>
    /// Whether a deepObject query parameter of <paramref name="type"/> goes through <c>ApiRequest.AppendQueryDeep</c>:
    /// an object, a union, any JSON value, an array (but of files) and a map of structured values; a map of scalars is
    /// written pair by pair without the JSON.
    /// </summary>
    private static bool IsDeepStructured(TypeRef type) => type.Kind switch
    {
        TypeKind.Object or TypeKind.Union or TypeKind.Any => true,
        TypeKind.Array => type.Item!.Kind != TypeKind.Binary,
        TypeKind.Map => type.Item!.Kind is TypeKind.Object or TypeKind.Union or TypeKind.Any or TypeKind.Array or TypeKind.Map,
        _ => false,
    };

    private static void EmitQueryParameter(SourceWriter writer, ParameterModel parameter, string request, string ns, MethodLocals locals)
    {
        var name = CSharp.Literal(parameter.WireName);
        var query = locals.Query;
        var item = locals.Item;
        var value = parameter.Identifier;
        var optional = !parameter.Required;
        if (optional)
        {
            value = locals.Value(parameter);
        }
        else if (!parameter.Type.IsValueType)
        {
            value = CSharp.NullChecked(parameter.Identifier);
        }

        // One line a parameter: the statement, under the check that the argument is given when it is optional. A
        // parameter that allows reserved characters keeps them in its values, whatever its shape; its names, brackets
        // and delimiters are escaped as without it.
        var append = parameter.AllowReserved ? ".AppendQueryReserved(" : ".AppendQuery(";
        var reserved = parameter.AllowReserved ? ", true" : string.Empty;
        string statement;
        if (parameter.Type.Kind == TypeKind.Array && parameter.Style == ParameterStyle.FormExploded)
        {
            statement = $"foreach (var {item} in {value}) {request}{append}{query}, {name}, {FormatValue(parameter.Type.Item!, item, request, ns, locals)});";
        }
        else if (parameter.Style == ParameterStyle.DeepObject && IsDeepStructured(parameter.Type))
        {
            // Members and items in brackets, nested ones too (p[x]=1, p[a][b]=1, p[0]=a), as Stripe and qs read them.
            statement = $"{request}.AppendQueryDeep({query}, {name}, {RequestBodyEmitter.JsonBytes(parameter.Type, value, ns, locals)}{reserved});";
        }
        else if (parameter.Type.Kind == TypeKind.Map && parameter.Style is ParameterStyle.DeepObject or ParameterStyle.FormExploded)
        {
            var pair = locals.Pair;
            var key = parameter.Style == ParameterStyle.DeepObject ? CSharp.Literal(parameter.WireName + "[") + " + " + pair + ".Key + \"]\"" : pair + ".Key";
            statement = $"foreach (var {pair} in {value}) {request}{append}{query}, {key}, {FormatValue(parameter.Type.Item!, pair + ".Value", request, ns, locals)});";
        }
        else if (parameter.Type.Kind == TypeKind.Object && parameter.Style is ParameterStyle.FormExploded or ParameterStyle.Form)
        {
            // An object's properties, as its style says (x=1&y=2 or p=x,1,y,2).
            var style = parameter.Style == ParameterStyle.Form ? "form" : "formExploded";
            statement = $"{request}.AppendQueryObject({query}, {name}, {FormatValue(parameter.Type, value, request, ns, locals)}, {CSharp.Literal(style)}{reserved});";
        }
        else if (parameter.Type.Kind == TypeKind.Array && parameter.Style is ParameterStyle.Form or ParameterStyle.Simple)
        {
            // Each item is escaped on its own and the commas between them stay literal: "a,b" stays one item.
            statement = request + ".AppendQueryList(" + query + ", " + name + ", global::System.Linq.Enumerable.Select(" + value + ", static " + item + " => "
                + FormatValue(parameter.Type.Item!, item, request, ns, locals) + ")" + reserved + ");";
        }
        else
        {
            statement = $"{request}{append}{query}, {name}, {Format(parameter, value, request, ns, locals)});";
        }

        writer.Line(optional ? "if (" + parameter.Identifier + " is { } " + value + ") " + statement : statement);
    }

    /// <summary>
    /// OpenAPI 3.2's <c>in: querystring</c>: the argument becomes the whole query string: a form object's fields
    /// form-encoded (as a form body's are), else the value in its media type (JSON, or the text itself) percent-encoded.
    /// Empty when an optional argument is left out.
    /// </summary>
    private static void EmitQueryString(SourceWriter writer, ParameterModel parameter, QueryStringModel model, string request, string ns, MethodLocals locals)
    {
        var value = parameter.Required ? parameter.Identifier : locals.Value(parameter);
        if (parameter.Required && !parameter.Type.IsValueType)
        {
            using (writer.Open("if (" + parameter.Identifier + " is null)"))
            {
                writer.Line("throw new global::System.ArgumentNullException(nameof(" + parameter.Identifier + "));");
            }
        }

        // Required: the query is declared where it is made; optional: empty unless the argument is given.
        var assign = parameter.Required ? "var " + locals.Query + " = " : locals.Query + " = ";
        if (!parameter.Required)
        {
            writer.Line("var " + locals.Query + " = string.Empty;");
        }

        var block = parameter.Required ? default(SourceWriter.Block?) : writer.Open("if (" + parameter.Identifier + " is { } " + value + ")");
        switch (model.Kind)
        {
            case RequestBodyKind.FormUrlEncoded when !model.Form.Variants.IsEmpty:
                // A union: the fields of the variant held (of the class its value is); a variant that is no object goes as its JSON.
                if (parameter.Required)
                {
                    writer.Line("string " + locals.Query + ";");
                    assign = locals.Query + " = ";
                }

                var assignVariant = assign;
                RequestBodyEmitter.EmitByVariant(writer, model.Form.Variants, value, parameter.Type.Name!, ns, locals, (fields, held, typeName) =>
                    EmitQueryStringForm(writer, fields, held, typeName, assignVariant, request, ns, locals),
                    () => writer.Line(assignVariant + request + ".EncodedQuery(global::System.Text.Encoding.UTF8.GetString(" + RequestBodyEmitter.JsonBytes(parameter.Type, value, ns, locals) + "));"));
                break;
            case RequestBodyKind.FormUrlEncoded:
                var form = locals.Form;
                writer.Line("var " + form + " = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();");
                RequestBodyEmitter.EmitBySubclass(writer, model.Form, value, parameter.Type.Name, ns, locals, (fields, held, typeName) =>
                    EmitQueryStringFields(writer, fields, held, typeName, form, request, ns, locals));
                writer.Line(assign + request + ".FormQuery(" + form + ");");
                break;
            case RequestBodyKind.Json:
                writer.Line(assign + request + ".EncodedQuery(global::System.Text.Encoding.UTF8.GetString(" + RequestBodyEmitter.JsonBytes(parameter.Type, value, ns, locals) + "));");
                break;
            default:
                writer.Line(assign + request + ".EncodedQuery(" + value + ");");
                break;
        }

        block?.Dispose();
    }

    /// <summary>A query string form of one class's fields made and assigned (<paramref name="assign"/>).</summary>
    private static void EmitQueryStringForm(SourceWriter writer, FormModel fields, string value, string? typeName, string assign, string request, string ns, MethodLocals locals)
    {
        var form = locals.Form;
        writer.Line("var " + form + " = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();");
        EmitQueryStringFields(writer, fields, value, typeName, form, request, ns, locals);
        writer.Line(assign + request + ".FormQuery(" + form + ");");
    }

    /// <summary>A query string form's fields added to <paramref name="form"/>, held first to its schema's required-only oneOf/anyOf alternatives, as a form body is.</summary>
    private static void EmitQueryStringFields(SourceWriter writer, FormModel fields, string value, string? typeName, string form, string request, string ns, MethodLocals locals)
    {
        RequestBodyEmitter.EmitRequiredAlternativesCheck(writer, fields, value, ns, typeName);
        RequestBodyEmitter.EmitFields(writer, RequestBodyKind.FormUrlEncoded, fields, value, request, ns, locals, (name, _, text) =>
            form + ".Add(new(" + name + ", " + text + "));");
    }

    /// <summary>
    /// A path parameter's values for a label or matrix style: an array's items, an object's names and values in turn
    /// (<c>ApiRequest.ObjectMembers</c>), or the one value.
    /// </summary>
    private static string StyledValues(ParameterModel parameter, string value, string request, string ns, MethodLocals locals)
    {
        var item = locals.Item;
        return parameter.Type.Kind switch
        {
            TypeKind.Array => "global::System.Linq.Enumerable.Select(" + value + ", static " + item + " => " + FormatValue(parameter.Type.Item!, item, request, ns, locals) + ")",
            TypeKind.Object or TypeKind.Map => request + ".ObjectMembers(" + FormatValue(parameter.Type, value, request, ns, locals) + ")",
            _ => "new[] { " + FormatValue(parameter.Type, value, request, ns, locals) + " }",
        };
    }

    /// <summary>
    /// A parameter's text; arrays are joined as the parameter's style says (commas unless space or pipe delimited), an
    /// object in a path or header in style simple.
    /// </summary>
    private static string Format(ParameterModel parameter, string value, string request, string ns, MethodLocals locals)
    {
        if (parameter.Type.Kind is TypeKind.Object or TypeKind.Map && parameter.Location is ParameterLocation.Path or ParameterLocation.Header)
        {
            // Style simple: x,1,y,2 (exploded x=1,y=2), not JSON.
            return request + ".SimpleObject(" + FormatValue(parameter.Type, value, request, ns, locals) + ", exploded: " + (parameter.Style == ParameterStyle.SimpleExploded ? "true" : "false") + ")";
        }

        if (parameter.Type.Kind != TypeKind.Array)
        {
            return FormatValue(parameter.Type, value, request, ns, locals);
        }

        var separator = parameter.Style switch
        {
            ParameterStyle.SpaceDelimited => " ",
            ParameterStyle.PipeDelimited => "|",
            ParameterStyle.TabDelimited => "\t",
            _ => ",",
        };
        var item = locals.Item;
        return "string.Join(" + CSharp.Literal(separator) + ", global::System.Linq.Enumerable.Select(" + value + ", static " + item + " => " + FormatValue(parameter.Type.Item!, item, request, ns, locals) + "))";
    }

    /// <summary>The text of a parameter value: invariant culture, enums by wire value, objects as JSON.</summary>
    internal static string FormatValue(TypeRef type, string value, string request, string ns, MethodLocals locals) => type.Kind switch
    {
        TypeKind.Enum => request + ".Format(" + value + "." + GeneratedNames.Value + ")",
        TypeKind.DateTimeRfc1123 => CSharp.Qualified(ns, GeneratedNames.ApiJson) + ".FormatRfc1123(" + value + ")",
        TypeKind.Base64Url => CSharp.Qualified(ns, GeneratedNames.ApiJson) + ".FormatBase64Url(" + value + ")",
        TypeKind.Object or TypeKind.Union or TypeKind.Map or TypeKind.Array or TypeKind.Binary => "global::System.Text.Encoding.UTF8.GetString(" + CSharp.Qualified(ns, GeneratedNames.ApiJson)
            + ".Write(" + value + ", static (" + locals.Writer + ", " + locals.Item + ") => " + JsonCode.Write(type, locals.Writer, locals.Item, ns).TrimEnd(';') + "))",
        _ => request + ".Format(" + value + ")",
    };
}
