// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>Response headers by case-insensitive name, each with all its values. A case's typed headers class derives from it: every header, documented or not, is still reachable by name; a typed member is null when its header is absent or malformed.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
public class ApiResponseHeaders : global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.IReadOnlyList<string>>>
{
    // A response's headers are read where HttpClient keeps them (the response's and its content's header collections,
    // through their non-validating views, which never parse or change what was received): nothing is copied per call,
    // and a header's values become a list only when that header is asked for.
    /// <summary>Headers made in code; null for a response's.</summary>
    private readonly global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>? _values;

    /// <summary>A response's own headers; null for headers made in code.</summary>
    private readonly global::System.Net.Http.Headers.HttpHeaders? _headers;

    /// <summary>A response's content headers (Content-Type, Content-Length…); null for headers made in code.</summary>
    private readonly global::System.Net.Http.Headers.HttpHeaders? _contentHeaders;

    /// <summary>Creates a header collection, for tests and fakes; the client reads its own from each response.</summary>
    public ApiResponseHeaders(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, string>> headers)
    {
        global::System.ArgumentNullException.ThrowIfNull(headers);

        _values = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase);
        var lists = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.List<string>>(global::System.StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers)
        {
            if (!lists.TryGetValue(header.Key, out var list))
            {
                list = new global::System.Collections.Generic.List<string>();
                lists.Add(header.Key, list);
                _values.Add(header.Key, list);
            }

            list.Add(header.Value);
        }
    }

    /// <summary>Shares the values of <paramref name="headers"/>; for the typed header views of result cases.</summary>
    protected ApiResponseHeaders(global::Tallyfy.Generated.Support.ApiResponseHeaders headers)
    {
        global::System.ArgumentNullException.ThrowIfNull(headers);

        _values = headers._values;
        _headers = headers._headers;
        _contentHeaders = headers._contentHeaders;
    }

    /// <summary>A response's headers, read in place: <paramref name="contentHeaders"/> are its content's.</summary>
    internal ApiResponseHeaders(global::System.Net.Http.Headers.HttpHeaders headers, global::System.Net.Http.Headers.HttpHeaders contentHeaders)
    {
        _headers = headers;
        _contentHeaders = contentHeaders;
    }

    private ApiResponseHeaders(global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> values) =>
        _values = values;

    /// <summary>No headers at all.</summary>
    public static global::Tallyfy.Generated.Support.ApiResponseHeaders Empty { get; } =
        new(new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase));

    /// <summary>How many distinct header names there are.</summary>
    public int Count
    {
        get
        {
            if (_values is not null)
            {
                return _values.Count;
            }

            // A name can be on both collections only when a handler put it there; it is still one header.
            var count = _headers!.NonValidated.Count;
            foreach (var header in _contentHeaders!.NonValidated)
            {
                if (!_headers.NonValidated.Contains(header.Key))
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>Whether a header with this name is present.</summary>
    public bool Contains(string name)
    {
        global::System.ArgumentNullException.ThrowIfNull(name);

        return _values is not null
            ? _values.ContainsKey(name)
            : _headers!.NonValidated.Contains(name) || _contentHeaders!.NonValidated.Contains(name);
    }

    /// <summary>All values of a header, in the order received.</summary>
    public bool TryGetValues(string name, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out global::System.Collections.Generic.IReadOnlyList<string>? values)
    {
        global::System.ArgumentNullException.ThrowIfNull(name);

        if (_values is not null)
        {
            return _values.TryGetValue(name, out values);
        }

        var inHeaders = _headers!.NonValidated.TryGetValues(name, out var first);
        var inContent = _contentHeaders!.NonValidated.TryGetValues(name, out var second);
        if (!inHeaders && !inContent)
        {
            values = null;
            return false;
        }

        values = ToArray(inHeaders ? first : default, inContent ? second : default);
        return true;
    }

    /// <summary>A header's value (several values joined with ", "), or null when it is absent.</summary>
    public string? GetValue(string name)
    {
        global::System.ArgumentNullException.ThrowIfNull(name);

        if (_values is not null)
        {
            return _values.TryGetValue(name, out var list) ? (list.Count == 1 ? list[0] : string.Join(", ", list)) : null;
        }

        var inHeaders = _headers!.NonValidated.TryGetValues(name, out var first);
        var inContent = _contentHeaders!.NonValidated.TryGetValues(name, out var second);
        if (inHeaders && !inContent && first.Count == 1)
        {
            // The common case, without an array: one value, kept as received.
            foreach (var value in first)
            {
                return value;
            }
        }

        if (!inHeaders && !inContent)
        {
            return null;
        }

        return string.Join(", ", ToArray(inHeaders ? first : default, inContent ? second : default));
    }

    /// <inheritdoc/>
    public global::System.Collections.Generic.IEnumerator<global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.IReadOnlyList<string>>> GetEnumerator()
    {
        if (_values is not null)
        {
            foreach (var header in _values)
            {
                yield return header;
            }

            yield break;
        }

        foreach (var header in _headers!.NonValidated)
        {
            _contentHeaders!.NonValidated.TryGetValues(header.Key, out var more);
            yield return new(header.Key, ToArray(header.Value, more));
        }

        foreach (var header in _contentHeaders!.NonValidated)
        {
            if (!_headers.NonValidated.Contains(header.Key))
            {
                yield return new(header.Key, ToArray(header.Value, default));
            }
        }
    }

    global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The values of a header as received, those on the response first (a default <c>HeaderStringValues</c> has none).</summary>
    private static string[] ToArray(global::System.Net.Http.Headers.HeaderStringValues first, global::System.Net.Http.Headers.HeaderStringValues second)
    {
        var values = new string[first.Count + second.Count];
        var index = 0;
        foreach (var value in first)
        {
            values[index++] = value;
        }

        foreach (var value in second)
        {
            values[index++] = value;
        }

        return values;
    }
}
