// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>Response headers by case-insensitive name, each with all its values.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
public class ApiResponseHeaders : global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.IReadOnlyList<string>>>
{
    private readonly global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> _values;

    /// <summary>Creates a header collection, for tests and fakes; the client builds its own from each response.</summary>
    public ApiResponseHeaders(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, string>> headers)
    {
        if (headers is null)
        {
            throw new global::System.ArgumentNullException(nameof(headers));
        }

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
    protected ApiResponseHeaders(global::Tallyfy.Generated.Support.ApiResponseHeaders headers) =>
        _values = (headers ?? throw new global::System.ArgumentNullException(nameof(headers)))._values;

    private ApiResponseHeaders(global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> values) =>
        _values = values;

    /// <summary>No headers at all.</summary>
    public static global::Tallyfy.Generated.Support.ApiResponseHeaders Empty { get; } =
        new(new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase));

    /// <summary>How many distinct header names there are.</summary>
    public int Count => _values.Count;

    /// <summary>Whether a header with this name is present.</summary>
    public bool Contains(string name) => _values.ContainsKey(name);

    /// <summary>All values of a header, in the order received.</summary>
    public bool TryGetValues(string name, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out global::System.Collections.Generic.IReadOnlyList<string>? values) =>
        _values.TryGetValue(name, out values);

    /// <summary>A header's value (several values joined with ", "), or null when it is absent.</summary>
    public string? GetValue(string name) =>
        _values.TryGetValue(name, out var values) ? (values.Count == 1 ? values[0] : string.Join(", ", values)) : null;

    /// <inheritdoc/>
    public global::System.Collections.Generic.IEnumerator<global::System.Collections.Generic.KeyValuePair<string, global::System.Collections.Generic.IReadOnlyList<string>>> GetEnumerator() =>
        _values.GetEnumerator();

    global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    internal static global::Tallyfy.Generated.Support.ApiResponseHeaders From(global::System.Net.Http.HttpResponseMessage response)
    {
        var values = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers.NonValidated)
        {
            values[header.Key] = ToList(header.Value);
        }

        foreach (var header in response.Content.Headers.NonValidated)
        {
            values[header.Key] = ToList(header.Value);
        }

        return new global::Tallyfy.Generated.Support.ApiResponseHeaders(values);
    }

    private static global::System.Collections.Generic.IReadOnlyList<string> ToList(global::System.Net.Http.Headers.HeaderStringValues values)
    {
        var list = new global::System.Collections.Generic.List<string>(values.Count);
        foreach (var value in values)
        {
            list.Add(value);
        }

        return list;
    }
}
