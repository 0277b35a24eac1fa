using System;

namespace Tallyfy;

/// <summary>Where the Tallyfy client sends its requests and how it authenticates.</summary>
public sealed class TallyfyClientOptions
{
    /// <summary>The API's base URL; defaults to Tallyfy's documented one, <see cref="TallyfyClient.DefaultBaseUrl"/>.</summary>
    public Uri BaseUrl { get; set; } = new(TallyfyClient.DefaultBaseUrl);

    /// <summary>The personal access token, sent as <c>Authorization: Bearer …</c>. Never printed by <see cref="ToString"/>.</summary>
    public string? Token { get; set; }

    /// <summary>The value of the <c>X-Tallyfy-Client</c> header Tallyfy requires on every request.</summary>
    public string ClientHeader { get; set; } = "APIClient";

    /// <summary>Checks the options before they are used.</summary>
    /// <exception cref="ArgumentException">The base URL is not absolute, or the token or client header holds a line break.</exception>
    public void Validate()
    {
        if (BaseUrl is null || !BaseUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("BaseUrl must be an absolute URL.", nameof(BaseUrl));
        }

        if (Token is not null && (Token.Contains('\r', StringComparison.Ordinal) || Token.Contains('\n', StringComparison.Ordinal)))
        {
            throw new ArgumentException("The token must not contain a line break.", nameof(Token));
        }

        if (string.IsNullOrWhiteSpace(ClientHeader) || ClientHeader.Contains('\r', StringComparison.Ordinal) || ClientHeader.Contains('\n', StringComparison.Ordinal))
        {
            throw new ArgumentException("The X-Tallyfy-Client value must be a single non-empty line.", nameof(ClientHeader));
        }
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"TallyfyClientOptions {{ BaseUrl = {BaseUrl}, Token = {(string.IsNullOrEmpty(Token) ? "(none)" : "(set)")}, ClientHeader = {ClientHeader} }}";
}
