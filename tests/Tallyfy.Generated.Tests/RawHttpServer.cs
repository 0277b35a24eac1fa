using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Tallyfy.Generated.Tests;

/// <summary>One request as <see cref="RawHttpServer"/> read it off a connection, and the connection to answer on.</summary>
public sealed class RawExchange
{
    internal RawExchange(int index, string head, TcpClient client, NetworkStream stream, CancellationToken stopping)
    {
        Index = index;
        Head = head;
        Client = client;
        Stream = stream;
        Stopping = stopping;
    }

    /// <summary>0 for the first request the server received, 1 for the second, …</summary>
    public int Index { get; }

    /// <summary>The request line and headers, as received.</summary>
    public string Head { get; }

    public TcpClient Client { get; }

    public NetworkStream Stream { get; }

    /// <summary>Cancelled when the server stops (disposal, or the end of its lifetime).</summary>
    public CancellationToken Stopping { get; }

    /// <summary>Writes bytes as they are (ASCII/UTF-8) and flushes them onto the wire.</summary>
    public async Task WriteAsync(string text)
    {
        await Stream.WriteAsync(Encoding.UTF8.GetBytes(text), Stopping);
        await Stream.FlushAsync(Stopping);
    }

    public async Task WriteAsync(byte[] bytes)
    {
        await Stream.WriteAsync(bytes, Stopping);
        await Stream.FlushAsync(Stopping);
    }

    /// <summary>Closes the connection with a TCP reset (RST) instead of an orderly FIN.</summary>
    public void Reset()
    {
        Client.LingerState = new LingerOption(true, 0);
        Client.Client.Close();
    }
}

/// <summary>
/// A tiny HTTP/1.1 "server" on 127.0.0.1 for the faults WireMock.Net cannot produce: it reads each request's head
/// (and any Content-Length body), then lets the test write exactly the bytes it wants, then closes the connection.
/// Bounded: it stops itself after <c>lifetime</c> (30 s by default) even if the test forgets to dispose it.
/// </summary>
public sealed class RawHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stopping;
    private readonly Func<RawExchange, Task> _respond;
    private readonly ConcurrentBag<Task> _connections = new();
    private readonly ConcurrentQueue<string> _heads = new();
    private readonly Task _acceptLoop;
    private int _requests = -1;

    public RawHttpServer(Func<RawExchange, Task> respond, TimeSpan? lifetime = null)
    {
        _respond = respond ?? throw new ArgumentNullException(nameof(respond));
        _stopping = new CancellationTokenSource(lifetime ?? TimeSpan.FromSeconds(30));
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        var port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        Url = "http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>http://127.0.0.1:PORT (no trailing slash).</summary>
    public string Url { get; }

    /// <summary>How many requests have been read so far.</summary>
    public int RequestCount => Volatile.Read(ref _requests) + 1;

    /// <summary>The request heads read so far, in order.</summary>
    public string[] Heads => _heads.ToArray();

    /// <summary>Exceptions that escaped a response handler other than a closed connection: a bug in the test, not in the client.</summary>
    public ConcurrentQueue<Exception> HandlerErrors { get; } = new();

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (Exception)
        {
            // The loop ends with the listener; nothing to report.
        }

        foreach (var connection in _connections)
        {
            try
            {
                await connection.WaitAsync(TimeSpan.FromSeconds(5));
            }
            catch (Exception)
            {
                // Handlers end when their connection is closed; a late one is not the test's outcome.
            }
        }

        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        using var registration = _stopping.Token.Register(() => _listener.Stop());
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                return;
            }

            _connections.Add(Task.Run(() => HandleAsync(client)));
        }
    }

    /// <summary>Serves exactly one request per connection; the connection is closed when the handler returns.</summary>
    private async Task HandleAsync(TcpClient client)
    {
        try
        {
            using (client)
            {
                client.NoDelay = true;
                var stream = client.GetStream();
                var head = await ReadHeadAsync(stream, _stopping.Token);
                if (head is null)
                {
                    return;
                }

                _heads.Enqueue(head);
                var index = Interlocked.Increment(ref _requests);
                await _respond(new RawExchange(index, head, client, stream, _stopping.Token));
            }
        }
        catch (Exception) when (_stopping.IsCancellationRequested)
        {
        }
        catch (IOException)
        {
            // The client went away (cancellation, a time-out): expected in these tests.
        }
        catch (SocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        catch (Exception ex)
        {
            HandlerErrors.Enqueue(ex);
        }
    }

    /// <summary>Reads up to the blank line ending the head, then any Content-Length body; null when the peer closed first.</summary>
    private static async Task<string?> ReadHeadAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        while (true)
        {
            var end = IndexOfHeadEnd(buffer, length);
            if (end >= 0)
            {
                var head = Encoding.ASCII.GetString(buffer, 0, end);
                var remaining = ContentLength(head) - (length - (end + 4));
                var scratch = new byte[4096];
                while (remaining > 0)
                {
                    var read = await stream.ReadAsync(scratch.AsMemory(0, (int)Math.Min(scratch.Length, remaining)), cancellationToken);
                    if (read == 0)
                    {
                        return null;
                    }

                    remaining -= read;
                }

                return head;
            }

            if (length == buffer.Length)
            {
                throw new InvalidOperationException("Request head over 64 KB.");
            }

            var count = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (count == 0)
            {
                return null;
            }

            length += count;
        }
    }

    private static int IndexOfHeadEnd(byte[] buffer, int length)
    {
        for (var i = 0; i + 3 < length; i++)
        {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }

    private static long ContentLength(string head)
    {
        foreach (var line in head.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line.AsSpan(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                return long.Parse(line.AsSpan(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }
}
