// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>
/// The operation each request of the generated client is for, so handlers (logging, metrics, resilience) can tell
/// which operation a request is without parsing its URL: read it with <see cref="TryGetOperation"/> and
/// <see cref="TryGetPathTemplate"/>. The client's requests carry it in their method (<see cref="global::System.Net.Http.HttpRequestMessage.Method"/>),
/// not in <see cref="global::System.Net.Http.HttpRequestMessage.Options"/>, so a copy of a request that keeps its method (a
/// hedging handler's) is tagged too; a request that carries the keys below in its options (tagged by other code) is read from them.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
public static class ApiRequestOptions
{
    // Carried by the request's method, the tag costs nothing per call: the request's Options dictionary is made only
    // when something first uses it, and the client's requests leave it untouched.
    /// <summary>The operation's name in <see cref="global::System.Net.Http.HttpRequestMessage.Options"/>; see <see cref="TryGetOperation"/>.</summary>
    public static readonly global::System.Net.Http.HttpRequestOptionsKey<string> Operation = new("OpenApi.Operation");

    /// <summary>The spec's path template in <see cref="global::System.Net.Http.HttpRequestMessage.Options"/>; see <see cref="TryGetPathTemplate"/>.</summary>
    public static readonly global::System.Net.Http.HttpRequestOptionsKey<string> PathTemplate = new("OpenApi.PathTemplate");

    /// <summary>The operation's name, such as <c>DeleteTask</c>; false for a request the client did not make.</summary>
    public static bool TryGetOperation(global::System.Net.Http.HttpRequestMessage request, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? operation)
    {
        operation = request?.Method is OperationTag tag ? tag.Name : Lookup(request!, Operation);
        return operation is not null;
    }

    /// <summary>The spec's path template, such as <c>/organizations/{org_id}/tasks/{task_id}</c> (no argument values); false for a request the client did not make.</summary>
    public static bool TryGetPathTemplate(global::System.Net.Http.HttpRequestMessage request, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? pathTemplate)
    {
        pathTemplate = request?.Method is OperationTag tag ? tag.PathTemplate : Lookup(request!, PathTemplate);
        return pathTemplate is not null;
    }

    private static string? Lookup(global::System.Net.Http.HttpRequestMessage request, global::System.Net.Http.HttpRequestOptionsKey<string> key)
    {
        global::System.ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(key, out var value) ? value : null;
    }

    /// <summary>
    /// An operation's HTTP method, name and path template: one per operation, made once by the client, which each of its
    /// requests carries as its <see cref="global::System.Net.Http.HttpRequestMessage.Method"/>. It is that method to
    /// everything else (equal to <see cref="global::System.Net.Http.HttpMethod.Delete"/> and the like, written as its
    /// name), so the tag takes no field of the request and goes wherever the method goes.
    /// </summary>
    internal sealed class OperationTag : global::System.Net.Http.HttpMethod
    {
        public OperationTag(string method, string name, string pathTemplate)
            : base(method)
        {
            Name = name;
            PathTemplate = pathTemplate;
        }

        public string Name { get; }

        public string PathTemplate { get; }
    }
}
