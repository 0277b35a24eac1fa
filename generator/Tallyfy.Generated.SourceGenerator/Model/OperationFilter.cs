using System;
using System.Collections.Generic;
using System.Linq;

namespace Tallyfy.Generated.SourceGenerator.Model;

/// <summary>
/// Which operations of a spec to generate (an item's <c>IncludePaths</c>, <c>ExcludePaths</c> and <c>IncludeTags</c>,
/// or the command line's <c>--include-path</c>, <c>--exclude-path</c>, <c>--include-tag</c>), each list in the order
/// given. Empty: every operation. Either way only the schema types the generated operations use are generated, unless
/// <see cref="KeepUnusedSchemas"/> (an item's <c>KeepUnusedSchemas="true"</c>, the command line's <c>--keep-unused-schemas</c>).
/// </summary>
internal sealed record OperationFilter(EquatableArray<string> IncludePaths, EquatableArray<string> ExcludePaths, EquatableArray<string> IncludeTags)
{
    public static readonly OperationFilter None = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    /// <summary>No operation is left out (<see cref="KeepUnusedSchemas"/> aside).</summary>
    public bool IsEmpty => IncludePaths.Count == 0 && ExcludePaths.Count == 0 && IncludeTags.Count == 0;

    /// <summary>Every schema type is generated, also those no generated operation uses (a spec's webhook payloads, say).</summary>
    public bool KeepUnusedSchemas { get; init; }

    /// <summary>From the item's semicolon-separated metadata; an empty entry is kept, so it is reported as malformed.</summary>
    public static OperationFilter FromLists(string? includePaths, string? excludePaths, string? includeTags) =>
        new(Split(includePaths), Split(excludePaths), Split(includeTags));

    private static EquatableArray<string> Split(string? list) =>
        string.IsNullOrWhiteSpace(list)
            ? EquatableArray<string>.Empty
            : list!.Split(';').Select(entry => entry.Trim()).ToEquatableArray();

    /// <summary>From the command line's repeatable options, each value one entry.</summary>
    public static OperationFilter FromValues(IEnumerable<string>? includePaths, IEnumerable<string>? excludePaths, IEnumerable<string>? includeTags) =>
        new(Values(includePaths), Values(excludePaths), Values(includeTags));

    private static EquatableArray<string> Values(IEnumerable<string>? values) =>
        (values ?? Array.Empty<string>()).Select(value => value.Trim()).ToEquatableArray();
}
