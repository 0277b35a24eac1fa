// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>
/// The JSON body of a result case: the value read from the response, or why it could not be read. Each case with a
/// JSON body keeps one, so its <c>Body</c>, <c>BodyError</c> and <c>TryGetBody</c> are one line each.
/// </summary>
/// <typeparam name="T">The documented body type.</typeparam>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
internal readonly struct ApiJsonBody<T>
{
    private readonly global::Tallyfy.Generated.Support.ApiResponse _response;
    private readonly string _typeName;
    private readonly T _value;

    /// <summary>Reads the body of <paramref name="response"/>; a body that does not parse keeps the error instead of throwing.</summary>
    /// <param name="response">The result case the body belongs to.</param>
    /// <param name="typeName">The documented type, named in the exception <see cref="Value"/> throws.</param>
    /// <param name="read">Reads one value of the documented type.</param>
    /// <param name="jsonOnly">When the status documents other media types too: only a JSON answer is read as JSON.</param>
    public ApiJsonBody(global::Tallyfy.Generated.Support.ApiResponse response, string typeName, global::Tallyfy.Generated.Support.ApiJsonValueReader<T> read, bool jsonOnly = false)
    {
        _response = response;
        _typeName = typeName;
        if (jsonOnly && !global::Tallyfy.Generated.Support.ApiJson.IsJson(response.ContentType))
        {
            _value = default!;
            Error = new global::System.Text.Json.JsonException("The response is " + response.ContentType + ", not JSON; RawBody holds it.");
        }
        else
        {
            _value = global::Tallyfy.Generated.Support.ApiJson.TryRead(response.RawBodyBytes, read, out var error);
            Error = error;
        }
    }

    /// <summary>A body made in code, for the public constructors of result cases (tests and fakes).</summary>
    public ApiJsonBody(global::Tallyfy.Generated.Support.ApiResponse response, T value)
    {
        _response = response;
        _typeName = string.Empty;
        _value = value;
        Error = null;
    }

    /// <summary>The body; throws <see cref="global::Tallyfy.Generated.Support.ApiBodyException"/> when it could not be read.</summary>
    public T Value => Error is null ? _value : throw new global::Tallyfy.Generated.Support.ApiBodyException(_response, _typeName, Error);

    /// <summary>Why the body could not be read as the documented type; null when it was read.</summary>
    public global::System.Exception? Error { get; }

    /// <summary>Gets the body when it could be read, without throwing.</summary>
    public bool TryGet([global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Error is null;
    }
}
