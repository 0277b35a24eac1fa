namespace Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;

/// <summary>
/// Calls the generated client (<c>Tallyfy.TallyfyClient</c>) in the run's own assembly against an in-memory handler and
/// says what each request carried, as it goes out (its URL uncanonicalized, its content as the client made it).
/// </summary>
internal static class RequestProbe
{
    /// <summary>One line per request the <paramref name="calls"/> send, in order.</summary>
    /// <param name="record">
    /// A C# expression over <c>request</c> (the <c>HttpRequestMessage</c>) and <c>content</c> (its content read as
    /// text, empty when there is none): what the line says of the request.
    /// </param>
    /// <param name="calls">Statements that call <c>client</c>, each awaited (<c>.GetAwaiter().GetResult()</c>).</param>
    /// <param name="credentials">An expression for the client's credentials argument; none is passed when null.</param>
    public static string[] Sent(GeneratorRun run, string contextName, string record, string calls, string? credentials = null)
    {
        var user = $$"""
            using System.Net.Http;
            using System.Threading;
            using System.Threading.Tasks;

            public sealed class RequestRecorder : HttpMessageHandler
            {
                public readonly System.Collections.Generic.List<string> Sent = new();

                protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    var content = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
                    Sent.Add({{record}});
                    return new HttpResponseMessage(System.Net.HttpStatusCode.NoContent) { RequestMessage = request };
                }
            }

            public static class Probe
            {
                public static string Run()
                {
                    var recorder = new RequestRecorder();
                    var client = new Tallyfy.TallyfyClient(new HttpClient(recorder){{(credentials is null ? "" : ", credentials: " + credentials)}});
            {{calls}}
                    return string.Join("\n", recorder.Sent);
                }
            }
            """;
        return ((string)run.Load(user, contextName).GetType("Probe")!.GetMethod("Run")!.Invoke(null, null)!).Split('\n');
    }
}
