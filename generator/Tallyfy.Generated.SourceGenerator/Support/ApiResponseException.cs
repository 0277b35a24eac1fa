// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>Thrown by <c>EnsureSuccess()</c> when a result is not a success: the caller asked for an exception.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
public sealed class ApiResponseException : global::System.Exception
{
    /// <summary>Creates the exception for a response that was not a success.</summary>
    public ApiResponseException(global::Tallyfy.Generated.Support.ApiResponse response)
        : base("The API answered " + (response ?? throw new global::System.ArgumentNullException(nameof(response))) + " where the caller required the documented success.")
    {
        Response = response;
    }

    /// <summary>The whole response: status, headers, raw body and, where documented, the typed case.</summary>
    public global::Tallyfy.Generated.Support.ApiResponse Response { get; }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode => Response.StatusCode;
}
