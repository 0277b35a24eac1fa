using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// Emits <c>{Client}Credentials</c>: one property per security scheme of the spec. Each operation applies the first of
/// its documented alternatives whose secrets are all set, so one credentials object serves every operation.
/// </summary>
internal static class CredentialsEmitter
{
    public static string TypeName(ClientModel client) => GeneratedNames.Credentials(client.ClientName);

    public static string Emit(ClientModel client)
    {
        var ns = client.Namespace;
        var name = TypeName(client);
        var request = CSharp.Qualified(ns, GeneratedNames.ApiRequest);
        var writer = new SourceWriter();
        CSharp.FileHeader(writer);
        writer.Line("namespace " + ns + ";");
        writer.Line();
        writer.Doc("The secrets the security schemes of the spec ask for. Set the ones you have: each operation sends the first of its documented alternatives whose secrets are all set. Never shown by ToString.");
        writer.Line(CSharp.GeneratedCodeAttribute);
        using (writer.Open("public sealed partial class " + name))
        {
            foreach (var scheme in client.SecuritySchemes)
            {
                writer.DocXml("<c>" + SourceWriter.EscapeXml(scheme.Name) + "</c>: " + Describe(scheme) + (scheme.Description is null ? string.Empty : " " + SourceWriter.DocText(scheme.Description))
                    + (scheme.DeviceAuthorization is { } flow ? " A token can be obtained through the device authorization flow: see <see cref=\"" + flow.ClassName + "\"/>." : string.Empty)
                    + (scheme.Deprecated ? " Deprecated: the spec marks this security scheme as deprecated." : string.Empty));
                var type = scheme.Kind == SecurityKind.Basic ? CSharp.Qualified(ns, GeneratedNames.ApiBasicCredentials) + "?" : "string?";
                writer.Line("public " + type + " " + scheme.PropertyName + " { get; init; }");
                writer.Line();
                if (scheme.MetadataUrl is { } metadata)
                {
                    writer.DocXml("Where the authorization server of <c>" + SourceWriter.EscapeXml(scheme.Name) + "</c> describes itself (OAuth 2 authorization server metadata, RFC 8414): its endpoints, grant types and scopes, for the code that obtains the token <see cref=\"" + scheme.PropertyName + "\"/> holds.");
                    writer.Line("public const string " + metadata.Constant + " = " + CSharp.Literal(metadata.Url) + ";");
                    writer.Line();
                }
            }

            foreach (var scheme in client.SecuritySchemes)
            {
                if (scheme.DeviceAuthorization is { } flow)
                {
                    EmitDeviceAuthorization(writer, scheme, flow);
                }
            }

            // The Authorization header of a bearer or basic scheme is made once, from the init-only secret, the first time a
            // request needs it (one more made by a race is harmless: the value is immutable); an invalid secret is
            // refused on every call, as nothing is kept from it.
            foreach (var scheme in client.SecuritySchemes)
            {
                if (scheme.Kind is SecurityKind.Bearer or SecurityKind.Basic)
                {
                    writer.Line("private global::System.Net.Http.Headers.AuthenticationHeaderValue? " + GeneratedNames.CredentialsHeaderField(scheme.PropertyName) + ";");
                    writer.Line();
                }
            }

            writer.Line("/// <inheritdoc/>");
            writer.Line("public override string ToString() => " + CSharp.Literal(name + " { ") + " + "
                + string.Join(" + \", \" + ", client.SecuritySchemes.Select(s => CSharp.Literal(s.PropertyName + " = ") + " + (" + s.PropertyName + " is null ? \"(not set)\" : \"(set)\")"))
                + " + \" }\";");
            writer.Line();
            writer.Line("internal bool " + GeneratedNames.CredentialsHas + "(string scheme) => scheme switch");
            writer.Line("{");
            foreach (var scheme in client.SecuritySchemes)
            {
                writer.Line("    " + CSharp.Literal(scheme.Name) + " => " + scheme.PropertyName + " is not null,");
            }

            writer.Line("    _ => false,");
            writer.Line("};");
            writer.Line();
            using (writer.Open("internal void " + GeneratedNames.CredentialsApply + "(string scheme, global::System.Net.Http.HttpRequestMessage request)"))
            {
                using (writer.Open("switch (scheme)"))
                {
                    foreach (var scheme in client.SecuritySchemes)
                    {
                        writer.Line("case " + CSharp.Literal(scheme.Name) + ":");
                        writer.Indent++;
                        var secret = request + ".HeaderValue(" + scheme.PropertyName + ", nameof(" + scheme.PropertyName + "))";
                        switch (scheme.Kind)
                        {
                            case SecurityKind.Bearer:
                                writer.Line("request.Headers.Authorization = " + GeneratedNames.CredentialsHeaderField(scheme.PropertyName) + " ??= new global::System.Net.Http.Headers.AuthenticationHeaderValue(\"Bearer\", " + secret + ");");
                                break;
                            case SecurityKind.Basic:
                                writer.Line("request.Headers.Authorization = " + GeneratedNames.CredentialsHeaderField(scheme.PropertyName) + " ??= new global::System.Net.Http.Headers.AuthenticationHeaderValue(\"Basic\", " + scheme.PropertyName + "!.Encode());");
                                break;
                            case SecurityKind.ApiKeyHeader:
                                writer.Line(request + ".AddHeaderOnce(request, " + CSharp.Literal(scheme.ParameterName!) + ", " + secret + ");");
                                break;
                            case SecurityKind.ApiKeyQuery:
                                writer.Line(request + ".AddQuery(request, " + CSharp.Literal(scheme.ParameterName!) + ", " + scheme.PropertyName + "!);");
                                break;
                            default:
                                writer.Line(request + ".AddCookieOnce(request, " + CSharp.Literal(scheme.ParameterName!) + ", " + scheme.PropertyName + "!);");
                                break;
                        }

                        writer.Line("break;");
                        writer.Indent--;
                    }
                }
            }
        }

        return writer.ToString();
    }

    /// <summary>
    /// The endpoints and scopes of an OAuth 2 device authorization flow (RFC 8628), for the code that signs a user in
    /// and then sets the scheme's token.
    /// </summary>
    private static void EmitDeviceAuthorization(SourceWriter writer, SecuritySchemeModel scheme, DeviceAuthorizationModel flow)
    {
        writer.DocXml("The OAuth 2 device authorization flow (RFC 8628) of <c>" + SourceWriter.EscapeXml(scheme.Name) + "</c>: ask "
            + "<see cref=\"DeviceAuthorizationUrl\"/> for a device code, have the user approve it, poll <see cref=\"TokenUrl\"/> for the "
            + "access token, and set it as <see cref=\"" + scheme.PropertyName + "\"/>.");
        using (writer.Open("public static class " + flow.ClassName))
        {
            writer.Doc("Where the device asks for a device code and a user code (RFC 8628 section 3.1).");
            writer.Line("public const string DeviceAuthorizationUrl = " + CSharp.Literal(flow.DeviceAuthorizationUrl) + ";");
            writer.Line();
            writer.Doc("Where the device polls for the access token with the device code (RFC 8628 section 3.4).");
            writer.Line("public const string TokenUrl = " + CSharp.Literal(flow.TokenUrl) + ";");
            if (flow.RefreshUrl is not null)
            {
                writer.Line();
                writer.Doc("Where a refresh token is exchanged for a new access token.");
                writer.Line("public const string RefreshUrl = " + CSharp.Literal(flow.RefreshUrl) + ";");
            }

            writer.Line();
            writer.DocXml("The scopes the flow offers: " + (flow.Scopes.Count == 0 ? "none" : string.Join("; ", flow.Scopes.Select(s =>
                "<c>" + SourceWriter.EscapeXml(s.Name) + "</c>" + (string.IsNullOrWhiteSpace(s.Description) ? string.Empty : " (" + SourceWriter.DocText(s.Description!.Trim()) + ")"))) + "."));
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<string> Scopes { get; } = " + (flow.Scopes.Count == 0
                ? "global::System.Array.Empty<string>();"
                : "new string[] { " + string.Join(", ", flow.Scopes.Select(s => CSharp.Literal(s.Name))) + " };"));
        }

        writer.Line();
    }

    private static string Describe(SecuritySchemeModel scheme) => scheme.Kind switch
    {
        SecurityKind.Bearer => "the token sent as <c>Authorization: Bearer …</c>.",
        SecurityKind.Basic => "the user name and password sent as <c>Authorization: Basic …</c>.",
        SecurityKind.ApiKeyHeader => "the API key sent in the <c>" + SourceWriter.EscapeXml(scheme.ParameterName!) + "</c> header.",
        SecurityKind.ApiKeyQuery => "the API key sent as the <c>" + SourceWriter.EscapeXml(scheme.ParameterName!) + "</c> query parameter.",
        _ => "the API key sent as the <c>" + SourceWriter.EscapeXml(scheme.ParameterName!) + "</c> cookie.",
    };
}
