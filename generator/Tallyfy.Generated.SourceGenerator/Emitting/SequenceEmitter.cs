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
        writer.Line();
        writer.DocXml(What(body) + " (" + SourceWriter.EscapeXml(body.MediaType) + "), " + Unbuffered(ns));
        writer.Line("public " + bodyType + " " + GeneratedNames.Body + " => " + GeneratedNames.BodyField + " ??= " + Read(body, "BodyStream!", ns) + ";");
        EmitDispose(writer);
    }

    /// <summary>
    /// The stream member of a case whose status offers JSON or <paramref name="body"/>'s sequential media type: its
    /// items when the response is of that media type, else an <c>InvalidOperationException</c> (the JSON answer is the <c>Body</c>).
    /// </summary>
    public static void EmitAlternative(SourceWriter writer, BodyModel body, string ns)
    {
        var media = MediaTypes.Base(body.MediaType);
        writer.Line();
        writer.DocXml(What(body) + " when the response is " + SourceWriter.EscapeXml(media) + " (the server streams its answer), " + Unbuffered(ns)
            + " When the response is of another media type this throws <see cref=\"global::System.InvalidOperationException\"/>: a JSON answer is the <c>Body</c>.");
        writer.Line("public " + BodyType(body, ns) + " " + MemberName(body) + " => " + GeneratedNames.ItemsField + " ??= BodyStream is { } stream");
        writer.Line("    ? " + Read(body, "stream", ns));
        writer.Line("    : throw new global::System.InvalidOperationException(\"The response is \" + (ContentType ?? \"of no media type\") + " + CSharp.Literal(", not " + media + "; Body holds it.") + ");");
        EmitDispose(writer);
    }

    /// <summary>The name of the stream member of a case that offers JSON too.</summary>
    public static string MemberName(BodyModel body) => body.Sequence == SequenceFormat.ServerSentEvents ? GeneratedNames.Events : GeneratedNames.Items;

    private static string What(BodyModel body) => body.Sequence switch
    {
        SequenceFormat.ServerSentEvents => "The events",
        SequenceFormat.JsonLines => "The items, one JSON text a line",
        _ => "The items, one JSON text after each record separator",
    };

    private static string Unbuffered(string ns) =>
        "read off the connection as they arrive: the body is not buffered "
        + "(<see cref=\"" + CSharp.Qualified(ns, GeneratedNames.ApiResponse) + ".RawBodyBytes\"/> stays empty) and can be enumerated once. "
        + "Ending the enumeration, disposing its enumerator or cancelling it releases the connection; a connection cut mid-stream is thrown, never a quiet end.";

    private static string Read(BodyModel body, string source, string ns)
    {
        var reader = body.Sequence switch
        {
            SequenceFormat.ServerSentEvents => "ServerSentEvents",
            SequenceFormat.JsonLines => "JsonLines",
            _ => "JsonSequence",
        };
        var read = body.RawItems ? "null" : JsonCode.ReadDelegate(body.Type, GeneratedNames.ReaderLocal, ns);
        return CSharp.Qualified(ns, GeneratedNames.ApiEventStream) + "." + reader + "<" + CSharp.TypeName(body.Type, ns) + ">(" + source + ", " + read + ")";
    }

    private static void EmitDispose(SourceWriter writer)
    {
        writer.Line();
        writer.DocXml("Releases the connection when the body is not enumerated to its end.");
        using (writer.Open("public override void Dispose()"))
        {
            writer.Line("BodyStream?.Dispose();");
            writer.Line("base.Dispose();");
        }
    }

    private static string ItemType(BodyModel body, string ns) => body.Sequence == SequenceFormat.ServerSentEvents
        ? CSharp.Qualified(ns, GeneratedNames.ApiServerSentEvent) + "<" + CSharp.TypeName(body.Type, ns) + ">"
        : CSharp.TypeName(body.Type, ns);
}
