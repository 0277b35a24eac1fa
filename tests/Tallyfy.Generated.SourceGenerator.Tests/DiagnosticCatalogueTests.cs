using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Tallyfy.Generated.SourceGenerator.Diagnostics;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// The descriptors against everything that depends on them: the arguments each call site passes, the documentation
/// page and the analyzer release files.
/// </summary>
public sealed class DiagnosticCatalogueTests
{
    private static readonly Regex Placeholder = new(@"\{(?<index>[0-9]+)[^{}]*\}", RegexOptions.CultureInvariant);

    private static IReadOnlyList<(string Name, DiagnosticDescriptorInfo Descriptor)> Descriptors() =>
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptorInfo))
            .Select(f => (f.Name, (DiagnosticDescriptorInfo)f.GetValue(null)!))
            .ToList();

    /// <summary>How many arguments a format takes; fails unless its placeholders are exactly {0} to {n-1}.</summary>
    private static int ArgumentCount(string name, DiagnosticDescriptorInfo descriptor)
    {
        var format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
        var indexes = Placeholder.Matches(format.Replace("{{", string.Empty).Replace("}}", string.Empty))
            .Select(m => int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture))
            .Distinct()
            .OrderBy(i => i)
            .ToList();
        Assert.True(indexes.SequenceEqual(Enumerable.Range(0, indexes.Count)), $"{name}: the placeholders of \"{format}\" are not {{0}} to {{n-1}}");
        return indexes.Count;
    }

    [Fact]
    public void Every_format_is_a_sentence_with_exactly_the_placeholders_it_takes()
    {
        foreach (var (name, descriptor) in Descriptors())
        {
            var format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
            var count = ArgumentCount(name, descriptor);
            var arguments = Enumerable.Range(0, count).Select(i => (object)("<" + i + ">")).ToArray();

            var message = string.Format(CultureInfo.InvariantCulture, format, arguments);

            Assert.All(arguments, argument => Assert.Contains((string)argument, message));
            if (count > 0)
            {
                Assert.Throws<FormatException>(() => string.Format(CultureInfo.InvariantCulture, format, arguments.Skip(1).ToArray()));
            }

            // A format of nothing but placeholders leaves the sentence to the call site again.
            Assert.True(Placeholder.Replace(format, string.Empty).Any(char.IsLetter), name + " has no words of its own: " + format);
            Assert.False(message.EndsWith(".", StringComparison.Ordinal), name + " ends with a period");
        }
    }

    /// <summary>
    /// Reads the generator's and the CLI's sources and checks every place that hands a descriptor on with its
    /// arguments (<c>Report</c>, <c>DiagnosticInfo.Create</c>, a Swagger 2.0 warning): the arguments after the location
    /// must be exactly as many as the descriptor's format takes.
    /// </summary>
    [Fact]
    public void Every_call_site_passes_the_arguments_its_descriptors_format_takes()
    {
        var descriptors = Descriptors().ToDictionary(d => d.Name, d => d.Descriptor, StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var sources = Directory.GetFiles(Path.Combine(RepoPaths.Root, "generator"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        foreach (var path in sources)
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(path), path: path).GetRoot();
            foreach (var list in root.DescendantNodes().OfType<ArgumentListSyntax>())
            {
                var arguments = list.Arguments;
                for (var i = 0; i < arguments.Count; i++)
                {
                    if (arguments[i].Expression is not MemberAccessExpressionSyntax access
                        || !access.Expression.ToString().EndsWith("DiagnosticDescriptors", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var name = access.Name.Identifier.Text;
                    var where = Path.GetFileName(path) + ":" + (list.GetLocation().GetLineSpan().StartLinePosition.Line + 1);
                    if (!descriptors.TryGetValue(name, out var descriptor))
                    {
                        problems.Add($"{where}: {name} is not a descriptor");
                        continue;
                    }

                    used.Add(name);
                    var passed = arguments.Count - (i + 2);
                    var expected = ArgumentCount(name, descriptor);
                    if (passed != expected)
                    {
                        problems.Add($"{where}: {name} takes {expected} argument(s), the call passes {passed}: {list}");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(descriptors.Keys.OrderBy(n => n, StringComparer.Ordinal), used.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Descriptors_that_share_an_id_share_its_title_severity_category_and_help_link()
    {
        foreach (var group in Descriptors().GroupBy(d => d.Descriptor.Id))
        {
            var first = group.First().Descriptor;
            foreach (var (name, descriptor) in group)
            {
                Assert.True(first.Title.ToString(CultureInfo.InvariantCulture) == descriptor.Title.ToString(CultureInfo.InvariantCulture), name + ": title");
                Assert.True(first.DefaultSeverity == descriptor.DefaultSeverity, name + ": severity");
                Assert.True(first.Category == descriptor.Category, name + ": category");
                Assert.True(first.HelpLinkUri == descriptor.HelpLinkUri, name + ": help link");
            }

            Assert.Equal(group.Count(), group.Select(d => d.Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture)).Distinct().Count());
        }
    }

    [Fact]
    public void The_documentation_page_describes_exactly_the_ids_with_their_titles_and_severities()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));
        var headings = Regex.Matches(text, @"^## (tgen[0-9]{3})\s*$", RegexOptions.Multiline).Select(m => m.Groups[1].Value.ToUpperInvariant()).ToList();
        var entries = Regex.Matches(text, @"^\*\*(TGEN[0-9]{3}) — (.+?)\*\* \((error|warning|info)\)", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => (Title: m.Groups[2].Value, Severity: m.Groups[3].Value));

        var expected = Ids();
        Assert.Equal(expected.Keys, headings);
        Assert.Equal(expected.Keys, entries.Keys.OrderBy(id => id, StringComparer.Ordinal));
        foreach (var (id, descriptor) in expected)
        {
            Assert.Equal(descriptor.Title.ToString(CultureInfo.InvariantCulture), entries[id].Title);
            Assert.Equal(descriptor.DefaultSeverity.ToString().ToLowerInvariant(), entries[id].Severity);
            Assert.EndsWith("#" + id.ToLowerInvariant(), descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void The_analyzer_release_files_list_exactly_the_ids_with_their_severities()
    {
        var directory = Path.Combine(RepoPaths.Root, "generator", "Tallyfy.Generated.SourceGenerator");
        var rows = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(file => File.ReadAllLines(Path.Combine(directory, file)))
            .Select(line => Regex.Match(line, @"^(TGEN[0-9]{3})\s*\|\s*(\S+)\s*\|\s*(\w+)\s*\|"))
            .Where(m => m.Success)
            .ToList();

        var expected = Ids();
        Assert.Equal(expected.Keys, rows.Select(r => r.Groups[1].Value).OrderBy(id => id, StringComparer.Ordinal));
        foreach (var row in rows)
        {
            var descriptor = expected[row.Groups[1].Value];
            Assert.Equal(descriptor.Category, row.Groups[2].Value);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Groups[3].Value);
        }
    }

    [Fact]
    public void The_catalogue_lists_every_descriptor_and_each_id_has_one_Roslyn_descriptor_that_agrees_with_it()
    {
        Assert.Equal(Descriptors().Select(d => d.Descriptor), DiagnosticDescriptors.All);
        var ids = Ids();
        Assert.Equal(ids.Keys, RoslynDiagnostics.All.Select(d => d.Id));
        foreach (var roslyn in RoslynDiagnostics.All)
        {
            var descriptor = ids[roslyn.Id];
            Assert.Equal(descriptor.Title, roslyn.Title.ToString(CultureInfo.InvariantCulture));
            Assert.Equal((DiagnosticSeverity)descriptor.DefaultSeverity, roslyn.DefaultSeverity);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), roslyn.DefaultSeverity.ToString());
            Assert.Equal(descriptor.Category, roslyn.Category);
            Assert.Equal(descriptor.HelpLinkUri, roslyn.HelpLinkUri);
            Assert.True(roslyn.IsEnabledByDefault);
        }

        Assert.Same(DiagnosticDescriptors.NonExhaustiveSwitch.ToRoslyn(), Assert.Single(new Analyzers.ExhaustiveSwitchAnalyzer().SupportedDiagnostics));
    }

    /// <summary>
    /// The command line prints diagnostics without Roslyn: every descriptor's line is what Roslyn's <c>Diagnostic.ToString()</c>
    /// writes, arguments with braces and formats without arguments included.
    /// </summary>
    [Fact]
    public void A_diagnostic_prints_as_Roslyn_prints_it()
    {
        var location = new SpecLocation("/specs/my api.json", 10, 4, 2, 7, 2, 11);
        foreach (var (name, descriptor) in Descriptors())
        {
            var arguments = Enumerable.Range(0, ArgumentCount(name, descriptor)).Select(i => "{x" + i + "} '" + i + "'").ToArray();
            var diagnostic = DiagnosticInfo.Create(descriptor, location, arguments);

            var roslyn = diagnostic.ToDiagnostic();

            Assert.Equal(roslyn.ToString(), diagnostic.ToString());
            Assert.Equal(roslyn.GetMessage(CultureInfo.InvariantCulture), diagnostic.Message);
            Assert.Equal(descriptor.Id, roslyn.Id);
            Assert.Equal((DiagnosticSeverity)descriptor.DefaultSeverity, roslyn.Severity);
            Assert.Equal("/specs/my api.json(3,8): " + descriptor.DefaultSeverity.ToString().ToLowerInvariant() + " " + descriptor.Id + ": " + diagnostic.Message, diagnostic.ToString());
        }
    }

    /// <summary>Each id once, in order, with one of its descriptors (they agree; see the test above).</summary>
    private static SortedDictionary<string, DiagnosticDescriptorInfo> Ids() =>
        new(Descriptors().GroupBy(d => d.Descriptor.Id).ToDictionary(g => g.Key, g => g.First().Descriptor), StringComparer.Ordinal);
}
