namespace Tallyfy.Generated.SourceGenerator.Model;

/// <summary>The result union of one operation: one case per documented status, range or default, plus undocumented.</summary>
internal sealed record ResultModel(string TypeName, EquatableArray<ResponseCaseModel> Cases);

internal enum StatusKind
{
    /// <summary>One status code, e.g. 404.</summary>
    Exact,

    /// <summary>A class of codes, e.g. <c>4XX</c>; <see cref="ResponseCaseModel.Status"/> holds the first digit.</summary>
    Range,

    /// <summary>The spec's <c>default</c> response: every status not documented otherwise.</summary>
    Default,

    /// <summary>Added by the generator when the spec has no <c>default</c>: every status it does not document.</summary>
    Undocumented,
}

/// <param name="Name">The case class name, e.g. <c>NotFound</c>.</param>
/// <param name="ArgumentName">The delegate parameter name in Match/Switch, e.g. <c>notFound</c>.</param>
/// <param name="Status">The code for <see cref="StatusKind.Exact"/>, the first digit for <see cref="StatusKind.Range"/>, else 0.</param>
/// <param name="HeadersTypeName">The nested class of the case's typed headers, allocated in the result union's member scope.</param>
internal sealed record ResponseCaseModel(
    string Name,
    string ArgumentName,
    StatusKind Kind,
    int Status,
    string? Description,
    BodyModel? Body,
    EquatableArray<HeaderModel> Headers,
    string HeadersTypeName = "")
{
    /// <summary>OpenAPI 3.2's short <c>summary</c> of the response; the <see cref="Description"/> is then its remarks.</summary>
    public string? Summary { get; init; }
}

internal enum BodyKind
{
    Json,
    Text,

    /// <summary>Any other media type: handed to the caller as an unbuffered stream.</summary>
    Binary,
}

/// <summary>The typed body a response case declares.</summary>
/// <param name="MediaType">The media type the body is typed from.</param>
/// <param name="OtherMediaTypes">Further media types the spec lists for the same status; they reach the caller as the raw body.</param>
internal sealed record BodyModel(BodyKind Kind, TypeRef Type, string MediaType, EquatableArray<string> OtherMediaTypes = default);

/// <summary>A response header the spec declares, exposed as a typed member.</summary>
internal sealed record HeaderModel(string WireName, string Identifier, TypeRef Type, string? Description);
