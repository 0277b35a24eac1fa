using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

/// <summary>
/// An HTTP server on 127.0.0.1 for consumer programs built by the tests: answers each request with the first route
/// whose method and path prefix match (else 404), and keeps what it received, as <c>METHOD /path content-type body</c>.
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly IReadOnlyList<Route> _routes;
    private readonly Task _loop;

    public LoopbackServer(params Route[] routes)
    {
        _routes = routes;
        Url = "http://127.0.0.1:" + FreePort() + "/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public ConcurrentQueue<string> Received { get; } = new();

    /// <summary>A canned answer: status, content type and body bytes.</summary>
    public sealed record Route(string Method, string PathPrefix, int Status, string? ContentType = null, byte[]? Body = null)
    {
        public static Route Json(string method, string pathPrefix, int status, string json) =>
            new(method, pathPrefix, status, "application/json", Encoding.UTF8.GetBytes(json));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var request = context.Request;
            using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
            {
                var body = await reader.ReadToEndAsync().ConfigureAwait(false);
                var auth = request.Headers["Authorization"] is { } value ? " auth=" + value : string.Empty;
                Received.Enqueue($"{request.HttpMethod} {request.RawUrl} {request.ContentType}{auth} {body}");
            }

            var route = _routes.FirstOrDefault(r => r.Method == request.HttpMethod && request.RawUrl!.StartsWith(r.PathPrefix, StringComparison.Ordinal));
            var response = context.Response;
            response.StatusCode = route?.Status ?? 404;
            if (route?.ContentType is { } contentType)
            {
                response.ContentType = contentType;
            }

            var bytes = route?.Body ?? Array.Empty<byte>();
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            response.Close();
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(30));
    }
}
