using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Emitting;

/// <summary>
/// The body of a case whose media type is sequential (Server-Sent Events, JSON Lines, JSON text sequences): an
/// <c>IAsyncEnumerable</c> of items read off the connection as they arrive, by the support's <c>ApiEventStream</c>.
/// </summary>
internal static class SequenceEmitter
{
    /// <summary>The type of the case's <c>Body</c>.</summary>
    public static string BodyType(BodyModel body, string ns) =>
        "global::System.Collections.Generic.IAsyncEnumerable<" + ItemType(body, ns) + ">";

    public static void EmitBody(SourceWriter writer, BodyModel body, string bodyType, string ns)
    {
        var item = CSharp.TypeName(body.Type, ns);
        var stream = CSharp.Qualified(ns, GeneratedNames.ApiEventStream);
        var read = body.RawItems ? "null" : JsonCode.ReadDelegate(body.Type, GeneratedNames.ReaderLocal, ns);
        var (what, reader) = body.Sequence switch
        {
            SequenceFormat.ServerSentEvents => ("The events", "ServerSentEvents"),
            SequenceFormat.JsonLines => ("The items, one JSON text a line", "JsonLines"),
            _ => ("The items, one JSON text after each record separator", "JsonSequence"),
        };
        writer.Line();
        writer.DocXml(what + " (" + SourceWriter.EscapeXml(body.MediaType) + "), read off the connection as they arrive: the body is not buffered "
            + "(<see cref=\"" + CSharp.Qualified(ns, GeneratedNames.ApiResponse) + ".RawBodyBytes\"/> stays empty) and can be enumerated once. "
            + "Ending the enumeration, disposing its enumerator or cancelling it releases the connection; a connection cut mid-stream is thrown, never a quiet end.");
        writer.Line("public " + bodyType + " " + GeneratedNames.Body + " => " + GeneratedNames.BodyField + " ??= " + stream + "." + reader + "<" + item + ">(BodyStream!, " + read + ");");
        writer.Line();
        writer.DocXml("Releases the connection when the body is not enumerated to its end.");
        writer.Line("public void Dispose() => BodyStream?.Dispose();");
    }

    private static string ItemType(BodyModel body, string ns) => body.Sequence == SequenceFormat.ServerSentEvents
        ? CSharp.Qualified(ns, GeneratedNames.ApiServerSentEvent) + "<" + CSharp.TypeName(body.Type, ns) + ">"
        : CSharp.TypeName(body.Type, ns);
}
