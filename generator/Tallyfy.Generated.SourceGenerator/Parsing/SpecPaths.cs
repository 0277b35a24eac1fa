using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Tallyfy.Generated.SourceGenerator.Model;

namespace Tallyfy.Generated.SourceGenerator.Parsing;

/// <summary>Path arithmetic for <c>$ref</c>s to other files: pure string work, no file system access.</summary>
internal static class SpecPaths
{
    private static readonly Regex JsonReference = new("\"\\$ref\"\\s*:\\s*\"(?<target>[^\"#]+)(#[^\"]*)?\"", RegexOptions.CultureInvariant);
    private static readonly Regex YamlReference = new("\\$ref['\"]?\\s*:\\s*['\"]?(?<target>[^'\"#\\s]+)", RegexOptions.CultureInvariant);

    /// <summary>One spelling per file: forward slashes, no <c>.</c> or <c>..</c> segments.</summary>
    public static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        var rooted = unified.StartsWith("/", StringComparison.Ordinal);
        var segments = new List<string>();
        foreach (var segment in unified.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                segments.Add(segment);
            }
        }

        return (rooted ? "/" : string.Empty) + string.Join("/", segments);
    }

    /// <summary>The normalized path of <paramref name="relative"/> as seen from the document at <paramref name="from"/>.</summary>
    public static string Resolve(string from, string relative)
    {
        relative = Uri.UnescapeDataString(relative);
        if (relative.StartsWith("/", StringComparison.Ordinal) || (relative.Length > 1 && relative[1] == ':'))
        {
            return Normalize(relative);
        }

        var unified = from.Replace('\\', '/');
        var slash = unified.LastIndexOf('/');
        return Normalize((slash >= 0 ? unified.Substring(0, slash + 1) : string.Empty) + relative);
    }

    /// <summary>
    /// OpenAPI 3.2's <c>$self</c> as a base URI: an absolute http(s) URI without a fragment, else null (not a base).
    /// </summary>
    public static Uri? SelfUri(string? self) =>
        self is not null && self.IndexOf('#') < 0 && Uri.TryCreate(self, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;

    /// <summary>
    /// Where the document part of a <c>$ref</c> lies when its document says its own URI (<c>$self</c>): the reference
    /// is resolved against that URI (RFC 3986), and a result on the same origin is the file at the same relative place
    /// beside the document on disk. Empty for the document itself; null for a URI elsewhere (not followed).
    /// </summary>
    public static string? ResolveThroughSelf(string path, Uri self, string reference)
    {
        if (!Uri.TryCreate(self, reference, out var target)
            || !string.Equals(target.GetLeftPart(UriPartial.Authority), self.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (target.AbsolutePath == self.AbsolutePath)
        {
            return string.Empty;
        }

        var relative = new Uri(self, "./").MakeRelativeUri(new Uri(target.GetLeftPart(UriPartial.Path)));
        return Resolve(path, relative.OriginalString);
    }

    private static readonly Regex JsonSelf = new("\"\\$self\"\\s*:\\s*\"(?<self>[^\"]+)\"", RegexOptions.CultureInvariant);
    private static readonly Regex YamlSelf = new("^['\"]?\\$self['\"]?\\s*:\\s*['\"]?(?<self>[^'\"\\s]+)", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    /// <summary>The files a document's <c>$ref</c>s name (a quick textual scan, before any parsing), normalized.</summary>
    public static IEnumerable<string> ReferencedFiles(string path, string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var selfMatch = JsonSelf.Match(text);
        if (!selfMatch.Success)
        {
            selfMatch = YamlSelf.Match(text);
        }

        var self = selfMatch.Success ? SelfUri(selfMatch.Groups["self"].Value) : null;
        foreach (var regex in new[] { JsonReference, YamlReference })
        {
            foreach (Match match in regex.Matches(text))
            {
                var target = match.Groups["target"].Value.Trim();
                if (target.Length == 0 || (self is null && target.Contains("://")))
                {
                    continue;
                }

                var resolved = self is null ? Resolve(path, target) : ResolveThroughSelf(path, self, target);
                if (string.IsNullOrEmpty(resolved))
                {
                    continue;
                }

                if (seen.Add(resolved!))
                {
                    yield return resolved!;
                }
            }
        }
    }

    /// <summary>The documents among <paramref name="candidates"/> that the spec reaches through <c>$ref</c>s.</summary>
    public static List<ExternalDocument> Reachable(string path, string text, IEnumerable<ExternalDocument> candidates)
    {
        var byPath = new Dictionary<string, ExternalDocument>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            byPath[Normalize(candidate.Path)] = candidate;
        }

        return Reachable(path, text, normalized => byPath.TryGetValue(normalized, out var document) ? document : null);
    }

    /// <summary>
    /// The documents <paramref name="path"/> reaches through <c>$ref</c>s, directly or through each other, in a stable
    /// order; <paramref name="find"/> gives the document at a normalized path, or null when there is none.
    /// </summary>
    public static List<ExternalDocument> Reachable(string path, string text, Func<string, ExternalDocument?> find)
    {
        var result = new List<ExternalDocument>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { Normalize(path) };
        var pending = new Queue<(string Path, string Text)>();
        pending.Enqueue((path, text));
        while (pending.Count > 0)
        {
            var (currentPath, currentText) = pending.Dequeue();
            foreach (var referenced in ReferencedFiles(currentPath, currentText))
            {
                if (visited.Add(referenced) && find(referenced) is { } document)
                {
                    result.Add(document);
                    pending.Enqueue((document.Path, document.Text));
                }
            }
        }

        return result;
    }
}
