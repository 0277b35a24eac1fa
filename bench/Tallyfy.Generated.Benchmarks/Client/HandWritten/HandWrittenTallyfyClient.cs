using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Tallyfy.Generated.Benchmarks.Client.HandWritten;

/// <summary>
/// An answer as a value: the status code, and either the success body or the error body. No status throws.
/// </summary>
public readonly struct HandWrittenResult<T>
    where T : class
{
    public HandWrittenResult(int statusCode, T? value, HandWrittenError? error)
    {
        StatusCode = statusCode;
        Value = value;
        Error = error;
    }

    public int StatusCode { get; }

    public T? Value { get; }

    public HandWrittenError? Error { get; }

    public bool IsSuccess => StatusCode is >= 200 and < 300;
}

/// <summary>Stands in for "no body" in <see cref="HandWrittenResult{T}"/> of operations that answer 204.</summary>
public sealed class NoBody
{
    private NoBody()
    {
    }
}

/// <summary>
/// The baseline: what a careful engineer writes by hand for the operations measured. It reads headers first
/// (<see cref="HttpCompletionOption.ResponseHeadersRead"/>) and streams the body into System.Text.Json's
/// source-generated metadata, returns errors as values, and does nothing the benchmarks do not need (no response
/// headers kept, no raw body, no timeout of its own beyond <see cref="HttpClient.Timeout"/>'s). Its URLs are
/// interpolated strings, built in a pooled buffer: a <c>+</c> of five or more strings would make an array of the parts
/// first (<c>string.Concat(string[])</c>, even in C# 14).
/// </summary>
public sealed class HandWrittenTallyfyClient
{
    private readonly HttpClient _http;
    private readonly string _baseUrl;

    public HandWrittenTallyfyClient(HttpClient http, string baseUrl)
    {
        _http = http;
        _baseUrl = baseUrl.TrimEnd('/');
    }

    /// <summary>DELETE /organizations/{org_id}/tasks/{task_id}/delete: 204 without a body.</summary>
    public Task<HandWrittenResult<NoBody>> DeleteTaskAsync(string orgId, string taskId, CancellationToken cancellationToken = default) =>
        SendAsync<NoBody>(
            $"{_baseUrl}/organizations/{Uri.EscapeDataString(orgId)}/tasks/{Uri.EscapeDataString(taskId)}/delete",
            typeInfo: null,
            cancellationToken);

    /// <summary>DELETE /organizations/{org_id}/completed-tasks/{task_id}: 200 with the reopened task.</summary>
    public Task<HandWrittenResult<HandWrittenTaskResponse>> ReopenOneOffTaskAsync(string orgId, string taskId, CancellationToken cancellationToken = default) =>
        SendAsync(
            $"{_baseUrl}/organizations/{Uri.EscapeDataString(orgId)}/completed-tasks/{Uri.EscapeDataString(taskId)}",
            HandWrittenJsonContext.Default.HandWrittenTaskResponse,
            cancellationToken);

    private async Task<HandWrittenResult<T>> SendAsync<T>(string url, JsonTypeInfo<T>? typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, url);
        request.Headers.TryAddWithoutValidation("X-Tallyfy-Client", "APIClient");
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            if (typeInfo is null)
            {
                return new HandWrittenResult<T>(status, null, null);
            }

            var value = await ReadAsync(response, typeInfo, cancellationToken).ConfigureAwait(false);
            return new HandWrittenResult<T>(status, value, null);
        }

        // An error body that is missing or not JSON is still an answer: the status alone says what happened.
        HandWrittenError? error = null;
        try
        {
            error = await ReadAsync(response, HandWrittenJsonContext.Default.HandWrittenError, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
        }

        return new HandWrittenResult<T>(status, null, error);
    }

    private static async Task<TValue?> ReadAsync<TValue>(HttpResponseMessage response, JsonTypeInfo<TValue> typeInfo, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return stream == Stream.Null ? default : await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
        }
    }
}
