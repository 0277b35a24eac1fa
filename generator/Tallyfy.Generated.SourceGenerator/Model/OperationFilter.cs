using System;
using System.Collections.Generic;
using System.Linq;

namespace Tallyfy.Generated.SourceGenerator.Model;

/// <summary>
/// Which operations of a spec to generate (an item's <c>IncludePaths</c>, <c>ExcludePaths</c> and <c>IncludeTags</c>,
/// or the command line's <c>--include-path</c>, <c>--exclude-path</c>, <c>--include-tag</c>), each list in the order
/// given. Empty: every operation and every component schema, as without a filter.
/// </summary>
internal sealed record OperationFilter(EquatableArray<string> IncludePaths, EquatableArray<string> ExcludePaths, EquatableArray<string> IncludeTags)
{
    public static readonly OperationFilter None = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    public bool IsEmpty => IncludePaths.Count == 0 && ExcludePaths.Count == 0 && IncludeTags.Count == 0;

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
