using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// A Kestrel app on 127.0.0.1 whose one endpoint runs the handler the current test sets: a real streaming server,
/// so events arrive over TCP in the writes (and flushes) the handler makes, and a client that goes away aborts it.
/// </summary>
public sealed class StreamingServer : IDisposable
{
    private readonly WebApplication _app;
    private readonly TrackedHttpClients _httpClients = new();
    private Func<HttpContext, Task> _handler = context => Task.CompletedTask;

    public StreamingServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(context => _handler(context));
        _app.StartAsync().GetAwaiter().GetResult();
        Url = _app.Urls.Single();
    }

    public string Url { get; }

    /// <summary>Completes when a request the handler served was aborted by the client (its connection closed).</summary>
    public TaskCompletionSource Aborted { get; private set; } = NewSignal();

    public static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Serves the next requests with <paramref name="handler"/>; the response is <paramref name="contentType"/> with status 200.</summary>
    public void Respond(string contentType, Func<HttpResponse, CancellationToken, Task> handler, int status = 200)
    {
        Aborted = NewSignal();
        var aborted = Aborted;
        _handler = async context =>
        {
            context.RequestAborted.Register(() => aborted.TrySetResult());
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            context.Response.Headers["X-Stream-Id"] = "s-1";
            await context.Response.StartAsync(context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            try
            {
                await handler(context.Response, context.RequestAborted);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client went away: what these tests look for.
            }
        };
    }

    /// <summary>Serves <paramref name="body"/> one byte per TCP write, each flushed on its own.</summary>
    public void RespondByteByByte(string contentType, string body) =>
        Respond(contentType, async (response, aborted) =>
        {
            foreach (var b in Encoding.UTF8.GetBytes(body))
            {
                await response.Body.WriteAsync(new[] { b }, aborted);
                await response.Body.FlushAsync(aborted);
            }
        });

    /// <summary>Writes <paramref name="text"/> and flushes it, so it leaves in a write of its own.</summary>
    public static async Task Send(HttpResponse response, string text, CancellationToken aborted)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), aborted);
        await response.Body.FlushAsync(aborted);
    }

    /// <summary>Keeps the connection busy with comments until the client goes away, so a write finds the connection closed.</summary>
    public static async Task HeartbeatUntilAborted(HttpResponse response, CancellationToken aborted)
    {
        while (!aborted.IsCancellationRequested)
        {
            await Send(response, ": still here\n", aborted);
            await Task.Delay(20, aborted);
        }
    }

    public FeaturesClient CreateClient()
    {
        return new FeaturesClient(_httpClients.Add(new HttpClient(), TimeSpan.FromSeconds(30)), new Uri(Url));
    }

    public void Dispose()
    {
        _httpClients.Dispose();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
