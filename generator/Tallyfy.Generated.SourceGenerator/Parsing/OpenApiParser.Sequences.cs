using System;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>
/// Sequential media types (OpenAPI 3.2 "Sequential Media Types"): a response whose body is a stream of items, each
/// read as it arrives. The item's schema is the media type's <c>itemSchema</c> whatever version the document declares;
/// without one it is taken from <c>schema</c>, the 3.0/3.1 way of writing it: an array's items, else the schema itself.
/// </summary>
internal sealed partial class OpenApiParser
{
    /// <summary>How the items of a media type are framed, or <see cref="SequenceFormat.None"/> when it is not sequential.</summary>
    internal static SequenceFormat SequenceFormatOf(string mediaType)
    {
        var type = MediaTypes.Base(mediaType);
        return type switch
        {
            "text/event-stream" => SequenceFormat.ServerSentEvents,
            "application/jsonl" or "application/x-ndjson" or "application/x-jsonlines" => SequenceFormat.JsonLines,
            "application/json-seq" => SequenceFormat.JsonSeq,
            _ when type.EndsWith("+json-seq", StringComparison.Ordinal) => SequenceFormat.JsonSeq,
            _ => SequenceFormat.None,
        };
    }

    /// <summary>The body of a sequential media type; its item type is named after <paramref name="bodyHint"/> (<c>…Body</c> → <c>…Item</c>).</summary>
    private BodyModel SequenceBody(SpecProperty media, string bodyHint)
    {
        var format = SequenceFormatOf(media.Name);
        var nameHint = bodyHint.Substring(0, bodyHint.Length - "Body".Length) + "Item";
        var definition = Deref(media.Value, out _) as SpecObject;
        var item = definition?["itemSchema"];
        if (item is null && definition?["schema"] is { } schema)
        {
            item = Deref(schema, out _) is SpecObject whole && IsArraySchema(whole) && whole["items"] is { } items ? items : schema;
        }

        if (format != SequenceFormat.ServerSentEvents)
        {
            var type = item is null ? TypeRef.Any : ResolveSchema(item, nameHint).Type;
            return new BodyModel(BodyKind.Sequence, type.Kind == TypeKind.Binary ? TypeRef.Any : type, media.Name) { Sequence = format };
        }

        // An event's data: the "data" member of a schema that describes the event itself (3.2 writes it so), else the
        // item schema is that of the data, as 3.0 documents (which give the payload's schema for the stream) have it.
        var data = item;
        if (item is not null && Deref(item, out _) is SpecObject eventSchema && EventDataSchema(eventSchema) is { } member)
        {
            data = Deref(member, out _) is SpecObject dataSchema && dataSchema["contentSchema"] is { } content ? content : member;
        }

        var dataType = data is null ? TypeRef.String : ResolveSchema(data, nameHint).Type;
        var raw = dataType.Kind is TypeKind.String or TypeKind.Binary;
        return new BodyModel(BodyKind.Sequence, raw ? TypeRef.String : dataType, media.Name) { Sequence = format, RawItems = raw };
    }

    /// <summary>The schema of <c>data</c> when the schema describes a whole event: its members are among the event's fields.</summary>
    private static SpecNode? EventDataSchema(SpecObject schema)
    {
        if (schema["properties"] is not SpecObject properties || properties["data"] is not { } data)
        {
            return null;
        }

        return properties.Properties.All(p => p.Name is "data" or "event" or "id" or "retry") ? data : null;
    }

    private static bool IsArraySchema(SpecObject schema) => schema["type"] switch
    {
        SpecScalar { Kind: ScalarKind.String } type => type.Text == "array",
        SpecArray types => types.Items.OfType<SpecScalar>().Any(t => t.Text == "array"),
        _ => schema["items"] is not null,
    };
}
