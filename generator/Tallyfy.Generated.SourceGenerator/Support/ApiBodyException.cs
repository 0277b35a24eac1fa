// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>Thrown when the typed body of a result case is read but the response's body could not be read as that type.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
public sealed class ApiBodyException : global::System.Exception
{
    /// <summary>Creates the exception; <paramref name="innerException"/> says why the body could not be read.</summary>
    public ApiBodyException(global::Tallyfy.Generated.Support.ApiResponse response, string bodyType, global::System.Exception? innerException)
        : base("The body of the " + (response ?? throw new global::System.ArgumentNullException(nameof(response))) + " response could not be read as " + bodyType
            + (innerException is null ? "." : ": " + innerException.Message), innerException)
    {
        Response = response;
    }

    /// <summary>The whole response; <see cref="global::Tallyfy.Generated.Support.ApiResponse.RawBody"/> holds the body as received.</summary>
    public global::Tallyfy.Generated.Support.ApiResponse Response { get; }
}
