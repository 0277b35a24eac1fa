using System;
using System.Collections.Generic;
using System.Linq;
using Tallyfy.Generated.SourceGenerator.Diagnostics;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>
/// Keeps the operations an <see cref="OperationFilter"/> selects, then the schema types they reach. A pass over the
/// parsed model, so generated names (allocated over the whole spec) do not change with the filter, and the source
/// generator and the command line select alike.
/// </summary>
/// <remarks>
/// An operation is kept when (no include path and no include tag is given, or it matches an include path, or it carries
/// an include tag) and it matches no exclude path. A path pattern matches the path template segment by segment, case
/// sensitive: <c>{owner}</c> is text, <c>*</c> is one segment (or any text within one, as in <c>v*</c>), <c>**</c> any
/// number of segments, none included; <c>#GET</c> or <c>#POST,PUT</c> after it keeps only those methods (any case; an
/// OpenAPI 3.2 additional operation's method, such as <c>#COPY</c>, too).
/// </remarks>
internal static class OperationSelection
{
    /// <summary>The path item's fixed fields' methods, named when a pattern's method is not a method name at all.</summary>
    private static readonly string[] Methods = { "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY" };

    private const string IncludePathSetting = "IncludePaths (--include-path)";
    private const string ExcludePathSetting = "ExcludePaths (--exclude-path)";
    private const string IncludeTagSetting = "IncludeTags (--include-tag)";

    /// <summary>A TGEN050 error for each malformed pattern or tag; empty when the filter can be applied.</summary>
    public static EquatableArray<DiagnosticInfo> Malformed(SpecFile spec)
    {
        var errors = new List<DiagnosticInfo>();
        Check(spec.Filter.IncludePaths, IncludePathSetting);
        Check(spec.Filter.ExcludePaths, ExcludePathSetting);
        foreach (var tag in spec.Filter.IncludeTags)
        {
            if (tag.Length == 0)
            {
                errors.Add(Error(IncludeTagSetting, tag, "a tag cannot be empty"));
            }
        }

        return errors.ToEquatableArray();

        void Check(EquatableArray<string> patterns, string setting)
        {
            foreach (var pattern in patterns)
            {
                if (PathPattern.Parse(pattern, out var problem) is null)
                {
                    errors.Add(Error(setting, pattern, problem!));
                }
            }
        }

        DiagnosticInfo Error(string setting, string pattern, string problem) =>
            DiagnosticInfo.Create(DiagnosticDescriptors.MalformedFilter, SpecLocation.StartOf(spec.Path), setting, pattern, problem);
    }

    /// <summary>Whether the filter keeps an operation of a path, method and tags, as <see cref="Apply"/> decides (patterns parsed once).</summary>
    public static Func<string, string, EquatableArray<string>, bool> Selector(OperationFilter filter)
    {
        var includes = filter.IncludePaths.Select(pattern => PathPattern.Parse(pattern, out _)).OfType<PathPattern>().ToList();
        var excludes = filter.ExcludePaths.Select(pattern => PathPattern.Parse(pattern, out _)).OfType<PathPattern>().ToList();
        var selectAll = filter.IncludePaths.Count == 0 && filter.IncludeTags.Count == 0;
        return (path, method, tags) =>
            (selectAll || includes.Any(pattern => pattern.Matches(path, method)) || filter.IncludeTags.Any(tag => tags.Contains(tag)))
            && !excludes.Any(pattern => pattern.Matches(path, method));
    }

    /// <summary>The parse with only the selected operations and the types they reach; unchanged without a filter.</summary>
    public static ParseResult Apply(ParseResult parsed, SpecFile spec)
    {
        var filter = spec.Filter;
        if (filter.IsEmpty || parsed.Client is not { } client)
        {
            return parsed;
        }

        var includes = filter.IncludePaths.Select(pattern => PathPattern.Parse(pattern, out _)!).ToList();
        var excludes = filter.ExcludePaths.Select(pattern => PathPattern.Parse(pattern, out _)!).ToList();
        var includeUsed = new bool[includes.Count];
        var excludeUsed = new bool[excludes.Count];
        var tagUsed = new bool[filter.IncludeTags.Count];
        var selectAll = includes.Count == 0 && filter.IncludeTags.Count == 0;

        var kept = new List<OperationModel>();
        foreach (var operation in client.Operations)
        {
            // Every pattern and tag is tried on every operation, so each one that matches nothing can be named.
            var included = selectAll;
            for (var i = 0; i < includes.Count; i++)
            {
                if (includes[i].Matches(operation.PathTemplate, operation.Method))
                {
                    includeUsed[i] = included = true;
                }
            }

            for (var i = 0; i < filter.IncludeTags.Count; i++)
            {
                if (operation.Tags.Contains(filter.IncludeTags[i]))
                {
                    tagUsed[i] = included = true;
                }
            }

            var excluded = false;
            for (var i = 0; i < excludes.Count; i++)
            {
                if (excludes[i].Matches(operation.PathTemplate, operation.Method))
                {
                    excludeUsed[i] = excluded = true;
                }
            }

            if (included && !excluded)
            {
                kept.Add(operation);
            }
        }

        var diagnostics = parsed.Diagnostics.ToList();
        Unused(filter.IncludePaths, includeUsed, IncludePathSetting);
        Unused(filter.ExcludePaths, excludeUsed, ExcludePathSetting);
        Unused(filter.IncludeTags, tagUsed, IncludeTagSetting);
        if (kept.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FilterKeepsNothing, SpecLocation.StartOf(spec.Path), client.Operations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var filtered = client with { Operations = kept.ToEquatableArray(), Types = filter.KeepUnusedSchemas ? client.Types : Reachable(client.Types, kept) };
        return new ParseResult(parsed.SpecPath, filtered, diagnostics.ToEquatableArray());

        void Unused(EquatableArray<string> entries, bool[] used, string setting)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                if (!used[i])
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FilterMatchesNothing, SpecLocation.StartOf(spec.Path), setting, entries[i]));
                }
            }
        }
    }

    /// <summary>
    /// The types the operations reach, in their order: through parameters, bodies, form fields, response bodies and
    /// headers, then properties, items, map values, union variants, a hierarchy's base and every type derived from a
    /// reached base (polymorphic reading of the base names them all). Without <paramref name="requests"/>, only from
    /// the responses: the types a client reads.
    /// </summary>
    public static EquatableArray<TypeModel> Reachable(EquatableArray<TypeModel> types, IReadOnlyList<OperationModel> operations, bool requests = true, bool responses = true)
    {
        var reached = new TypeGraph(types).Reached(operations, requests, responses);
        return types.Where(type => reached.Contains(type.Name)).ToEquatableArray();
    }

    /// <summary>
    /// The types of a client by name, and the types derived from each: made once, walked from the operations once per
    /// direction asked for (<see cref="Reached"/>).
    /// </summary>
    internal sealed class TypeGraph
    {
        private readonly Dictionary<string, TypeModel> _byName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _derived = new(StringComparer.Ordinal);

        public TypeGraph(EquatableArray<TypeModel> types)
        {
            foreach (var type in types)
            {
                if (!_byName.ContainsKey(type.Name))
                {
                    _byName.Add(type.Name, type);
                }

                if (type is ObjectTypeModel { Hierarchy.BaseName: { } baseName })
                {
                    if (!_derived.TryGetValue(baseName, out var list))
                    {
                        _derived.Add(baseName, list = new List<string>());
                    }

                    list.Add(type.Name);
                }
            }
        }

        /// <summary>The names of the types the operations reach (see <see cref="Reachable"/>).</summary>
        public HashSet<string> Reached(IReadOnlyList<OperationModel> operations, bool requests, bool responses)
        {
            var reached = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<TypeModel>();
            foreach (var operation in operations)
            {
                foreach (var parameter in requests ? operation.Parameters : EquatableArray<ParameterModel>.Empty)
                {
                    Reach(parameter.Type);
                }

                if (requests && operation.RequestBody is { } body)
                {
                    Fields(body.Form.Fields);
                    foreach (var variant in body.Form.Variants)
                    {
                        Reach(variant.Type);
                        Fields(variant.Form.Fields);
                    }

                    foreach (var alternative in body.Alternatives)
                    {
                        if (alternative.Type is { } formType)
                        {
                            Reach(formType);
                        }
                    }
                }

                if (requests && operation.QueryString is { } queryString)
                {
                    Fields(queryString.Form.Fields);
                }

                foreach (var @case in responses ? operation.Result.Cases : EquatableArray<ResponseCaseModel>.Empty)
                {
                    for (var content = @case.Body; content is not null; content = content.Sequential)
                    {
                        Reach(content.Type);
                    }

                    foreach (var header in @case.Headers)
                    {
                        Reach(header.Type);
                    }
                }
            }

            while (pending.Count > 0)
            {
                switch (pending.Pop())
                {
                    case ObjectTypeModel model:
                        Fields(model.Properties);
                        Reach(model.Extra?.ValueType);
                        if (model.Hierarchy is { } hierarchy)
                        {
                            Name(hierarchy.BaseName);
                            Reach(hierarchy.DiscriminatorType);
                        }

                        // The types derived from it, each in turn with its own: every descendant a polymorphic read can select.
                        if (_derived.TryGetValue(model.Name, out var children))
                        {
                            foreach (var child in children)
                            {
                                Name(child);
                            }
                        }

                        break;
                    case UnionTypeModel union:
                        foreach (var variant in union.Variants)
                        {
                            Reach(variant.Type);
                        }

                        break;
                }
            }

            return reached;

            void Fields(EquatableArray<PropertyModel> fields)
            {
                foreach (var field in fields)
                {
                    Reach(field.Type);
                }
            }

            void Reach(TypeRef? type)
            {
                for (; type is not null; type = type.Item)
                {
                    Name(type.Name);
                }
            }

            void Name(string? name)
            {
                if (name is not null && _byName.TryGetValue(name, out var type) && reached.Add(name))
                {
                    pending.Push(type);
                }
            }
        }
    }

    /// <summary>One path pattern: its segments and the methods it keeps (null: every method).</summary>
    private sealed class PathPattern
    {
        private readonly string[] _segments;
        private readonly string[]? _methods;

        private PathPattern(string[] segments, string[]? methods)
        {
            _segments = segments;
            _methods = methods;
        }

        /// <summary>The pattern, or null with the reason it is malformed.</summary>
        public static PathPattern? Parse(string text, out string? problem)
        {
            problem = null;
            var hash = text.IndexOf('#');
            var path = (hash < 0 ? text : text.Substring(0, hash)).Trim();
            if (path.Length == 0)
            {
                problem = text.Length == 0 ? "a pattern cannot be empty" : "the pattern has no path before '#' (for every path write /**" + text.Substring(Math.Max(hash, 0)) + ")";
                return null;
            }

            string[]? methods = null;
            if (hash >= 0)
            {
                var names = text.Substring(hash + 1).Split(',').Select(name => name.Trim()).ToArray();
                foreach (var name in names)
                {
                    if (name.Length == 0)
                    {
                        problem = "'#' must be followed by methods separated by commas, such as #GET or #POST,PUT";
                        return null;
                    }

                    // A path item's fixed fields, or any other method name: OpenAPI 3.2's additionalOperations (COPY, PURGE).
                    if (!OpenApiParser.IsHttpToken(name))
                    {
                        problem = "'" + name + "' is not an HTTP method name (a path item's " + string.Join(", ", Methods) + ", or an OpenAPI 3.2 additional operation's, such as COPY)";
                        return null;
                    }
                }

                methods = names;
            }

            // A pattern without its leading slash (**/issues) is read as if it had one.
            return new PathPattern((path[0] == '/' ? path : "/" + path).Split('/'), methods);
        }

        public bool Matches(string pathTemplate, string method) =>
            (_methods is null || _methods.Contains(method, StringComparer.OrdinalIgnoreCase))
            && MatchSegments(0, pathTemplate.Split('/'), 0);

        private bool MatchSegments(int p, string[] path, int s)
        {
            if (p == _segments.Length)
            {
                return s == path.Length;
            }

            if (_segments[p] == "**")
            {
                for (var next = s; next <= path.Length; next++)
                {
                    if (MatchSegments(p + 1, path, next))
                    {
                        return true;
                    }
                }

                return false;
            }

            return s < path.Length && MatchSegment(_segments[p], 0, path[s], 0) && MatchSegments(p + 1, path, s + 1);
        }

        /// <summary>One segment, where <c>*</c> stands for any text (none included).</summary>
        private static bool MatchSegment(string pattern, int p, string text, int t)
        {
            while (p < pattern.Length)
            {
                if (pattern[p] == '*')
                {
                    for (var next = t; next <= text.Length; next++)
                    {
                        if (MatchSegment(pattern, p + 1, text, next))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                if (t == text.Length || pattern[p] != text[t])
                {
                    return false;
                }

                p++;
                t++;
            }

            return t == text.Length;
        }
    }
}
