using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tallyfy;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>TallyfyLoggingHandler through AddTallyfyClient and TallyfyClientFactory: what is logged, and what never is.</summary>
public sealed class LoggingTests : IClassFixture<TallyfyServerFixture>
{
    /// <summary>A token distinctive enough that finding it anywhere in a log means it leaked.</summary>
    public const string Canary = "tok_log_canary_7c41e9b2d0f3a8e5";

    private const string DeleteTaskTemplate = "/organizations/{org_id}/tasks/{task_id}/delete";

    private readonly TallyfyServerFixture _fixture;

    public LoggingTests(TallyfyServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    [Fact]
    public async Task AddTallyfyClient_WithLogging_LogsOneEntryWithMethodTemplateOperationStatusAndDuration()
    {
        _fixture.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(204));
        var capture = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        // Trace: the HTTP client factory's own handlers log headers at that level; the token must not leak there either.
        services.AddLogging(b => b.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        services.AddTallyfyClient(o =>
        {
            o.BaseUrl = new Uri(_fixture.Url);
            o.Token = Canary;
        });
        using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<ITallyfyClient>().DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        Assert.IsType<DeleteTaskResult.NoContent>(result);
        Assert.Single(_fixture.Log);
        var entry = Assert.Single(capture.EntriesFor(TallyfyLoggingHandler.CategoryName));
        AssertCompleted(entry, "DELETE", DeleteTaskTemplate, "DeleteTask", 204);
        AssertNoSecretsOrIds(capture);
    }

    [Fact]
    public async Task AddLogging_AfterAddTallyfyClient_StillLogs()
    {
        _fixture.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200));
        var capture = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddTallyfyClient(o =>
        {
            o.BaseUrl = new Uri(_fixture.Url);
            o.Token = Canary;
        });
        services.AddLogging(b => b.AddProvider(capture));
        using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<TallyfyClient>().DeleteProcessAsync(Operations.OrgId, Operations.RunId);

        Assert.IsType<DeleteProcessResult.Ok>(result);
        var entry = Assert.Single(capture.EntriesFor(TallyfyLoggingHandler.CategoryName));
        AssertCompleted(entry, "DELETE", "/organizations/{org_id}/runs/{run_id}/delete", "DeleteProcess", 200);
        AssertNoSecretsOrIds(capture);
    }

    [Fact]
    public async Task RemoveAllLoggers_DropsTheFactorysUrlLogging_AndKeepsTallyfys()
    {
        _fixture.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(204));
        var capture = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        services.AddTallyfyClient(o =>
        {
            o.BaseUrl = new Uri(_fixture.Url);
            o.Token = Canary;
        }).RemoveAllLoggers();
        using var provider = services.BuildServiceProvider();

        var result = await provider.GetRequiredService<ITallyfyClient>().DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        Assert.IsType<DeleteTaskResult.NoContent>(result);
        var entry = Assert.Single(capture.Entries, e => e.Category.StartsWith("System.Net.Http", StringComparison.Ordinal) || e.Category.StartsWith("Tallyfy", StringComparison.Ordinal));
        AssertCompleted(entry, "DELETE", DeleteTaskTemplate, "DeleteTask", 204);
        Assert.DoesNotContain(capture.AllText(), text => text.Contains(Operations.TaskId, StringComparison.Ordinal));
        AssertNoSecretsOrIds(capture);
    }

    [Fact]
    public async Task Factory_WithLogger_LogsOneEntry()
    {
        _fixture.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(204));
        var capture = new CapturingLoggerProvider();
        var logger = capture.CreateLogger(TallyfyLoggingHandler.CategoryName);
        var client = TallyfyClientFactory.Create(new TallyfyClientOptions { BaseUrl = new Uri(_fixture.Url), Token = Canary }, out var httpClient, logger: logger);
        using (httpClient)
        {
            var result = await client.DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

            Assert.IsType<DeleteTaskResult.NoContent>(result);
        }

        var entry = Assert.Single(capture.Entries);
        AssertCompleted(entry, "DELETE", DeleteTaskTemplate, "DeleteTask", 204);
        Assert.Equal("Bearer " + Canary, RequestShapeTests.Header(Assert.Single(_fixture.Log).RequestMessage, "Authorization"));
        AssertNoSecretsOrIds(capture);
    }

    [Fact]
    public async Task NoLoggerConfigured_CallsStillWork()
    {
        _fixture.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(204));

        // DI without AddLogging: AddHttpClient registers a logger factory with no providers, so nothing is enabled.
        var services = new ServiceCollection();
        services.AddTallyfyClient(o =>
        {
            o.BaseUrl = new Uri(_fixture.Url);
            o.Token = Canary;
        });
        using var provider = services.BuildServiceProvider();
        var fromDi = await provider.GetRequiredService<ITallyfyClient>().DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        // The factory without a logger adds no logging handler at all.
        var fromFactory = await _fixture.CreateClient(token: Canary).DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        Assert.IsType<DeleteTaskResult.NoContent>(fromDi);
        Assert.IsType<DeleteTaskResult.NoContent>(fromFactory);
        Assert.Equal(2, _fixture.Log.Count);
    }

    [Fact]
    public async Task DisabledLogger_IsAskedOnceAndNeverLogsTo()
    {
        _fixture.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(204));
        var capture = new CapturingLoggerProvider { MinimumLevel = LogLevel.None };
        var logger = (CapturingLogger)capture.CreateLogger(TallyfyLoggingHandler.CategoryName);
        var client = TallyfyClientFactory.Create(new TallyfyClientOptions { BaseUrl = new Uri(_fixture.Url), Token = Canary }, out var httpClient, logger: logger);
        using (httpClient)
        {
            var result = await client.DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

            Assert.IsType<DeleteTaskResult.NoContent>(result);
        }

        Assert.Empty(capture.Entries);
        Assert.Equal(1, logger.IsEnabledCalls);
    }

    [Fact]
    public async Task TransportFailure_LogsOnlyTheExceptionType_AndTheCallerStillGetsTheException()
    {
        var capture = new CapturingLoggerProvider();
        // The exception's message carries the canary: the handler must log the type, never the message.
        var failing = new StubHandler(_ => throw new HttpRequestException("connection reset while sending " + Canary));
        var client = TallyfyClientFactory.Create(
            new TallyfyClientOptions { BaseUrl = new Uri(_fixture.Url), Token = Canary },
            out var httpClient,
            failing,
            capture.CreateLogger(TallyfyLoggingHandler.CategoryName));
        using (httpClient)
        {
            var exception = await Assert.ThrowsAsync<HttpRequestException>(() => client.ArchiveAssetAsync(Operations.OrgId, Operations.AssetId));
            Assert.Contains(Canary, exception.Message, StringComparison.Ordinal);
        }

        var entry = Assert.Single(capture.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal(2, entry.EventId.Id);
        Assert.Equal("DELETE", entry.State["Method"]);
        Assert.Equal("/organizations/{org_id}/assets/{asset_id}", entry.State["PathTemplate"]);
        Assert.Equal("ArchiveAsset", entry.State["Operation"]);
        Assert.Equal(typeof(HttpRequestException).FullName, entry.State["ExceptionType"]);
        Assert.True((double)entry.State["ElapsedMs"]! >= 0);
        Assert.False(entry.State.ContainsKey("StatusCode"));
        Assert.Null(entry.Exception);
        Assert.Contains("failed with System.Net.Http.HttpRequestException after ", entry.Message, StringComparison.Ordinal);
        AssertNoSecretsOrIds(capture);
    }

    [Fact]
    public async Task RequestWithoutTheOptions_LogsUnknown_AndNeverTheUrl()
    {
        var capture = new CapturingLoggerProvider();
        var handler = new TallyfyLoggingHandler(capture.CreateLogger(TallyfyLoggingHandler.CategoryName))
        {
            InnerHandler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.Accepted)),
        };
        using var httpClient = new HttpClient(handler);
        var url = "http://127.0.0.1:9/organizations/" + Operations.OrgId + "/tasks/" + Operations.TaskId + "?token=" + Canary;

        using var response = await httpClient.GetAsync(url);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var entry = Assert.Single(capture.Entries);
        Assert.Equal("GET", entry.State["Method"]);
        Assert.Equal(TallyfyLoggingHandler.Unknown, entry.State["PathTemplate"]);
        Assert.Equal(TallyfyLoggingHandler.Unknown, entry.State["Operation"]);
        Assert.Equal(202, entry.State["StatusCode"]);
        AssertNoSecretsOrIds(capture);
    }

    [Fact]
    public void Handler_RejectsANullLogger()
    {
        Assert.Throws<ArgumentNullException>(() => new TallyfyLoggingHandler(null!));
    }

    internal static void AssertCompleted(CapturedLogEntry entry, string method, string template, string operation, int status)
    {
        Assert.Equal(TallyfyLoggingHandler.CategoryName, entry.Category);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Equal(1, entry.EventId.Id);
        Assert.Equal("TallyfyRequestCompleted", entry.EventId.Name);
        Assert.Equal(method, entry.State["Method"]);
        Assert.Equal(template, entry.State["PathTemplate"]);
        Assert.Equal(operation, entry.State["Operation"]);
        Assert.Equal(status, entry.State["StatusCode"]);
        var elapsed = Assert.IsType<double>(entry.State["ElapsedMs"]);
        Assert.InRange(elapsed, 0, 60_000);
        Assert.Null(entry.Exception);
        Assert.StartsWith($"Tallyfy {method} {template} ({operation}) answered {status} in ", entry.Message, StringComparison.Ordinal);
        Assert.EndsWith(" ms", entry.Message, StringComparison.Ordinal);
        Assert.Equal(
            "Tallyfy {Method} {PathTemplate} ({Operation}) answered {StatusCode} in {ElapsedMs:0.0} ms",
            entry.State["{OriginalFormat}"]);
    }

    /// <summary>No entry of any category (the client factory's own included): not in messages, state values, scopes or exceptions.</summary>
    internal static void AssertNoSecretsOrIds(CapturingLoggerProvider capture)
    {
        Assert.NotEmpty(capture.Entries);
        foreach (var text in capture.AllText())
        {
            Assert.DoesNotContain(Canary, text, StringComparison.Ordinal);
            Assert.DoesNotContain(TallyfyServerFixture.Token, text, StringComparison.Ordinal);
        }

        // The Tallyfy entries carry the template, never the concrete ids.
        foreach (var entry in capture.EntriesFor(TallyfyLoggingHandler.CategoryName))
        {
            foreach (var text in entry.Texts())
            {
                Assert.DoesNotContain(Operations.OrgId, text, StringComparison.Ordinal);
                Assert.DoesNotContain(Operations.TaskId, text, StringComparison.Ordinal);
                Assert.DoesNotContain(Operations.RunId, text, StringComparison.Ordinal);
                Assert.DoesNotContain(Operations.AssetId, text, StringComparison.Ordinal);
                Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
            }
        }
    }
}

/// <summary>One log call as a provider saw it, with the structured state as key/value pairs.</summary>
public sealed record CapturedLogEntry(
    string Category,
    LogLevel Level,
    EventId EventId,
    string Message,
    IReadOnlyDictionary<string, object?> State,
    Exception? Exception,
    IReadOnlyList<string> Scopes)
{
    /// <summary>Every piece of text this entry could show a reader.</summary>
    public IEnumerable<string> Texts()
    {
        yield return Message;
        foreach (var (key, value) in State)
        {
            yield return key;
            yield return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        }

        if (Exception is not null)
        {
            yield return Exception.ToString();
        }

        foreach (var scope in Scopes)
        {
            yield return scope;
        }
    }
}

/// <summary>A logger provider that keeps every entry in memory, with every level enabled unless told otherwise.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();

    /// <summary>Levels below this are reported as disabled; <see cref="LogLevel.None"/> disables everything.</summary>
    public LogLevel MinimumLevel { get; init; } = LogLevel.Trace;

    public IReadOnlyList<CapturedLogEntry> Entries => _entries.ToArray();

    public IReadOnlyList<CapturedLogEntry> EntriesFor(string category) => Entries.Where(e => e.Category == category).ToArray();

    public IEnumerable<string> AllText() => Entries.SelectMany(e => e.Texts());

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void Dispose()
    {
    }

    internal void Add(CapturedLogEntry entry) => _entries.Enqueue(entry);
}

public sealed class CapturingLogger : ILogger
{
    private readonly CapturingLoggerProvider _provider;
    private readonly string _category;
    private readonly AsyncLocal<ImmutableScopes?> _scopes = new();
    private int _isEnabledCalls;

    internal CapturingLogger(CapturingLoggerProvider provider, string category)
    {
        _provider = provider;
        _category = category;
    }

    public int IsEnabledCalls => Volatile.Read(ref _isEnabledCalls);

    public IDisposable BeginScope<TState>(TState state)
        where TState : notnull
    {
        var texts = new List<string> { Convert.ToString(state, CultureInfo.InvariantCulture) ?? string.Empty };
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            texts.AddRange(pairs.Select(p => p.Key + "=" + Convert.ToString(p.Value, CultureInfo.InvariantCulture)));
        }

        var previous = _scopes.Value;
        _scopes.Value = new ImmutableScopes(texts, previous);
        return new ScopeLease(this, previous);
    }

    public bool IsEnabled(LogLevel logLevel)
    {
        Interlocked.Increment(ref _isEnabledCalls);
        return logLevel != LogLevel.None && _provider.MinimumLevel != LogLevel.None && logLevel >= _provider.MinimumLevel;
    }

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            foreach (var pair in pairs)
            {
                values[pair.Key] = pair.Value;
            }
        }

        var scopes = new List<string>();
        for (var scope = _scopes.Value; scope is not null; scope = scope.Parent)
        {
            scopes.AddRange(scope.Texts);
        }

        _provider.Add(new CapturedLogEntry(_category, logLevel, eventId, formatter(state, exception), values, exception, scopes));
    }

    private sealed record ImmutableScopes(IReadOnlyList<string> Texts, ImmutableScopes? Parent);

    private sealed class ScopeLease : IDisposable
    {
        private readonly CapturingLogger _logger;
        private readonly ImmutableScopes? _previous;

        public ScopeLease(CapturingLogger logger, ImmutableScopes? previous)
        {
            _logger = logger;
            _previous = previous;
        }

        public void Dispose() => _logger._scopes.Value = _previous;
    }
}

/// <summary>An inner handler answering (or throwing) from a delegate, without a network.</summary>
internal sealed class StubHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, HttpResponseMessage> _answer;

    public StubHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) => _answer = answer;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = _answer(request);
        response.RequestMessage = request;
        return Task.FromResult(response);
    }
}
