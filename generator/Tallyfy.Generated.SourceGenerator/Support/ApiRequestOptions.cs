// Runtime support emitted once into each client's namespace: Tallyfy.Generated.Support is replaced by it.
namespace Tallyfy.Generated.Support;

/// <summary>
/// The operation each request of the generated client is for, so handlers (logging, metrics, resilience) can tell
/// which operation a request is without parsing its URL: read it with <see cref="TryGetOperation"/> and
/// <see cref="TryGetPathTemplate"/>. The client's requests carry it on the message itself, not in
/// <see cref="global::System.Net.Http.HttpRequestMessage.Options"/>; a request that carries the keys below in its options
/// (tagged by other code, or a copy of a request whose options were copied) is read from them.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("Tallyfy.Generated", "0.1.0")]
public static class ApiRequestOptions
{
    // Carried on the message itself, the tag costs nothing more per call: the request's Options dictionary is made only
    // when something first uses it, and the client's requests leave it untouched.
    /// <summary>The operation's name in <see cref="global::System.Net.Http.HttpRequestMessage.Options"/>; see <see cref="TryGetOperation"/>.</summary>
    public static readonly global::System.Net.Http.HttpRequestOptionsKey<string> Operation = new("OpenApi.Operation");

    /// <summary>The spec's path template in <see cref="global::System.Net.Http.HttpRequestMessage.Options"/>; see <see cref="TryGetPathTemplate"/>.</summary>
    public static readonly global::System.Net.Http.HttpRequestOptionsKey<string> PathTemplate = new("OpenApi.PathTemplate");

    /// <summary>The operation's name, such as <c>DeleteTask</c>; false for a request the client did not make.</summary>
    public static bool TryGetOperation(global::System.Net.Http.HttpRequestMessage request, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? operation)
    {
        operation = request is Tagged tagged ? tagged.Tag.Name : Lookup(request, Operation);
        return operation is not null;
    }

    /// <summary>The spec's path template, such as <c>/organizations/{org_id}/tasks/{task_id}</c> (no argument values); false for a request the client did not make.</summary>
    public static bool TryGetPathTemplate(global::System.Net.Http.HttpRequestMessage request, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? pathTemplate)
    {
        pathTemplate = request is Tagged tagged ? tagged.Tag.PathTemplate : Lookup(request, PathTemplate);
        return pathTemplate is not null;
    }

    private static string? Lookup(global::System.Net.Http.HttpRequestMessage request, global::System.Net.Http.HttpRequestOptionsKey<string> key)
    {
        global::System.ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(key, out var value) ? value : null;
    }

    /// <summary>An operation's name and path template: one per operation, made once by the client, which each of its requests points to.</summary>
    internal sealed class OperationTag
    {
        public OperationTag(string name, string pathTemplate)
        {
            Name = name;
            PathTemplate = pathTemplate;
        }

        public string Name { get; }

        public string PathTemplate { get; }
    }

    /// <summary>A request message of the generated client: the operation it is for, in one field of its own.</summary>
    internal sealed class Tagged : global::System.Net.Http.HttpRequestMessage
    {
        public Tagged(global::System.Net.Http.HttpMethod method, global::System.Uri requestUri, global::Tallyfy.Generated.Support.ApiRequestOptions.OperationTag tag)
            : base(method, requestUri)
        {
            Tag = tag;
        }

        public global::Tallyfy.Generated.Support.ApiRequestOptions.OperationTag Tag { get; }
    }
}
