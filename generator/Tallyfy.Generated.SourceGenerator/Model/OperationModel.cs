namespace Tallyfy.Generated.SourceGenerator.Model;

/// <summary>One HTTP operation: how to build its request and how to read each of its responses.</summary>
/// <param name="Name">The C# method stem, e.g. <c>DeleteTask</c> (the method is <c>DeleteTaskAsync</c>).</param>
/// <param name="Method">The HTTP method in upper case.</param>
/// <param name="PathTemplate">The spec's path template, e.g. <c>/organizations/{org_id}/tasks</c>.</param>
/// <param name="ConstantHeaders">Headers the spec fixes to a single value; always sent, never an argument.</param>
/// <param name="Accept">The value of the Accept header, from the media types of the documented responses.</param>
internal sealed record OperationModel(
    string Name,
    string OperationId,
    string Method,
    string PathTemplate,
    string? Summary,
    string? Description,
    bool Deprecated,
    EquatableArray<ParameterModel> Parameters,
    EquatableArray<ConstantHeaderModel> ConstantHeaders,
    string? Accept,
    ResultModel Result);

internal enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,
}

/// <param name="WireName">The name as the spec spells it; what goes on the wire.</param>
/// <param name="Identifier">A valid C# parameter name (keywords escaped with <c>@</c>).</param>
internal sealed record ParameterModel(
    string WireName,
    string Identifier,
    ParameterLocation Location,
    TypeRef Type,
    bool Required,
    string? Description);

internal sealed record ConstantHeaderModel(string Name, string Value);
