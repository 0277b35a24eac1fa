using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Tallyfy.Generated.SourceGenerator.Diagnostics;

/// <summary>Every diagnostic the generator reports. Ids are stable: never reuse or renumber one.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Tallyfy.Generated";
    private const string HelpLinkBase = "https://github.com/tallyfy-generated/tallyfy-generated/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor InvalidDocument = Error(
        "TGEN001", "The spec is not valid JSON or YAML", "The spec is not valid JSON or YAML: {0}");

    public static readonly DiagnosticDescriptor NotOpenApi = Error(
        "TGEN002", "Not an OpenAPI document, or an unsupported version", "{0}");

    public static readonly DiagnosticDescriptor MissingRequired = Error(
        "TGEN003", "A required part of the spec is missing", "{0}");

    public static readonly DiagnosticDescriptor UnresolvedReference = Error(
        "TGEN004", "A $ref does not resolve", "The reference '{0}' does not resolve{1}");

    public static readonly DiagnosticDescriptor DuplicateOperationId = Error(
        "TGEN005", "Two operations share an operationId", "The operationId '{0}' is used by more than one operation; the later one is skipped");

    public static readonly DiagnosticDescriptor PathParameterMismatch = Warning(
        "TGEN006", "Path template and path parameters disagree", "{0}");

    public static readonly DiagnosticDescriptor InvalidParameter = Error(
        "TGEN007", "A parameter is invalid", "{0}");

    public static readonly DiagnosticDescriptor InvalidStatusCode = Error(
        "TGEN008", "A response status code is invalid", "'{0}' is not a status code, a range such as 4XX, or 'default'; the response is skipped");

    public static readonly DiagnosticDescriptor WrongKeywordType = Error(
        "TGEN009", "A keyword has a value of the wrong type", "'{0}' must be {1}");

    public static readonly DiagnosticDescriptor Unsupported = Warning(
        "TGEN010", "A construct is not supported yet", "{0}");

    public static readonly DiagnosticDescriptor TooDeep = Error(
        "TGEN011", "The spec is nested too deeply", "{0}");

    public static readonly DiagnosticDescriptor InvalidSetting = Error(
        "TGEN012", "An OpenApiClient setting is invalid", "{0}");

    public static readonly DiagnosticDescriptor Ignored = new(
        "TGEN013", "Part of the spec is not used", "{0}", Category, DiagnosticSeverity.Info, isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + "tgen013");

    public static readonly DiagnosticDescriptor DuplicateKey = Warning(
        "TGEN014", "A key appears twice", "'{0}' appears more than once in {1}; the first is used");

    public static readonly DiagnosticDescriptor InternalError = Error(
        "TGEN999", "The generator failed unexpectedly", "The generator failed on this spec and emitted nothing for it: {0}");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [InvalidDocument.Id] = InvalidDocument,
        [NotOpenApi.Id] = NotOpenApi,
        [MissingRequired.Id] = MissingRequired,
        [UnresolvedReference.Id] = UnresolvedReference,
        [DuplicateOperationId.Id] = DuplicateOperationId,
        [PathParameterMismatch.Id] = PathParameterMismatch,
        [InvalidParameter.Id] = InvalidParameter,
        [InvalidStatusCode.Id] = InvalidStatusCode,
        [WrongKeywordType.Id] = WrongKeywordType,
        [Unsupported.Id] = Unsupported,
        [TooDeep.Id] = TooDeep,
        [InvalidSetting.Id] = InvalidSetting,
        [Ignored.Id] = Ignored,
        [DuplicateKey.Id] = DuplicateKey,
        [InternalError.Id] = InternalError,
    };

    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id.ToLowerInvariant());
}
