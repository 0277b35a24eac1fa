// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>
/// Options the generated client sets on every request, so handlers (logging, metrics, resilience) can tell which
/// operation a request is without parsing its URL.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
public static class ApiRequestOptions
{
    /// <summary>The operation's name, such as <c>DeleteTask</c>.</summary>
    public static readonly global::System.Net.Http.HttpRequestOptionsKey<string> Operation = new("OpenApi.Operation");

    /// <summary>The spec's path template, such as <c>/organizations/{org_id}/tasks/{task_id}</c>: no argument values.</summary>
    public static readonly global::System.Net.Http.HttpRequestOptionsKey<string> PathTemplate = new("OpenApi.PathTemplate");
}
