using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace Tallyfy;

/// <summary>
/// Adds the three headers Tallyfy expects on every request: <c>Authorization: Bearer …</c>,
/// <c>Accept: application/json</c> and <c>X-Tallyfy-Client</c>. Headers a request already carries are left alone.
/// </summary>
public sealed class TallyfyHeadersHandler : DelegatingHandler
{
    private readonly Func<TallyfyClientOptions> _options;

    /// <summary>Creates the handler with options read on every request (so a rotated token takes effect at once).</summary>
    public TallyfyHeadersHandler(Func<TallyfyClientOptions> options) =>
        _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc/>
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var options = _options();
        if (request.Headers.Authorization is null && !string.IsNullOrEmpty(options.Token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
        }

        if (request.Headers.Accept.Count == 0)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        if (!request.Headers.Contains("X-Tallyfy-Client"))
        {
            request.Headers.TryAddWithoutValidation("X-Tallyfy-Client", options.ClientHeader);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
