using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Tallyfy.Generated.Benchmarks.Client;

/// <summary>
/// Answers every request in memory with the same status and body: a fresh <see cref="HttpResponseMessage"/> per call
/// (a client disposes the one it gets), over body bytes allocated once. No socket, no HTTP parsing: what is
/// measured is the client's own work. Headers are added unvalidated, as the socket handler adds what it reads.
/// </summary>
internal sealed class CannedResponseHandler : HttpMessageHandler
{
    private readonly HttpStatusCode _status;
    private readonly byte[]? _body;

    public CannedResponseHandler(HttpStatusCode status, byte[]? body)
    {
        _status = status;
        _body = body;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Respond(request));

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => Respond(request);

    private HttpResponseMessage Respond(HttpRequestMessage request)
    {
        var response = new HttpResponseMessage(_status) { RequestMessage = request };
        response.Headers.TryAddWithoutValidation("X-Request-Id", Payloads.RequestId);
        if (_body is not null)
        {
            response.Content = new ByteArrayContent(_body);
            response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        }

        return response;
    }

    /// <summary>An <see cref="HttpClient"/> over a canned handler, with the base address both clients are given.</summary>
    public static HttpClient Client(HttpStatusCode status, byte[]? body) =>
        new(new CannedResponseHandler(status, body)) { BaseAddress = new Uri(TallyfyClient.DefaultBaseUrl) };
}
