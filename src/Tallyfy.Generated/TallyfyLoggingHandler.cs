using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Tallyfy;

/// <summary>
/// Logs one entry per request the Tallyfy client sends: the HTTP method, the spec's route template (never the concrete
/// URL, so no ids), the operation name, the status code (or the exception type when no response came back) and the
/// duration in milliseconds. The token, header values and bodies are never logged.
/// </summary>
/// <remarks>
/// When the logger has neither <see cref="LogLevel.Information"/> nor <see cref="LogLevel.Warning"/> enabled the request
/// is passed on untouched: no timestamp is taken and nothing is allocated. A completed request (whatever its status) is
/// logged at <see cref="LogLevel.Information"/>, a request that ended in an exception (transport failure, time-out,
/// cancellation) at <see cref="LogLevel.Warning"/>; the exception itself is not logged, only its type, and it still
/// reaches the caller.
/// </remarks>
public sealed partial class TallyfyLoggingHandler : DelegatingHandler
{
    /// <summary>The logger category <c>AddTallyfyClient</c> uses: <c>Tallyfy.TallyfyClient</c>.</summary>
    public const string CategoryName = "Tallyfy.TallyfyClient";

    /// <summary>Logged in place of a template or operation name when a request does not carry one.</summary>
    public const string Unknown = "(unknown)";

    private readonly ILogger _logger;

    /// <summary>Creates the handler; create the logger with <see cref="CategoryName"/> to match <c>AddTallyfyClient</c>.</summary>
    public TallyfyLoggingHandler(ILogger logger) =>
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));

    /// <inheritdoc/>
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Warning is the least verbose level this handler logs at: when it is off, so is Information.
        if (!_logger.IsEnabled(LogLevel.Warning))
        {
            return base.SendAsync(request, cancellationToken);
        }

        return SendAndLogAsync(request, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAndLogAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.Method.Method;
        var template = ApiRequestOptions.TryGetPathTemplate(request, out var t) && t.Length > 0 ? t : Unknown;
        var operation = ApiRequestOptions.TryGetOperation(request, out var o) && o.Length > 0 ? o : Unknown;
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            LogFailed(_logger, method, template, operation, exception.GetType().FullName ?? exception.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }

        LogCompleted(_logger, method, template, operation, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return response;
    }

    [LoggerMessage(EventId = 1, EventName = "TallyfyRequestCompleted", Level = LogLevel.Information,
        Message = "Tallyfy {Method} {PathTemplate} ({Operation}) answered {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogCompleted(ILogger logger, string method, string pathTemplate, string operation, int statusCode, double elapsedMs);

    [LoggerMessage(EventId = 2, EventName = "TallyfyRequestFailed", Level = LogLevel.Warning,
        Message = "Tallyfy {Method} {PathTemplate} ({Operation}) failed with {ExceptionType} after {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, string method, string pathTemplate, string operation, string exceptionType, double elapsedMs);
}
