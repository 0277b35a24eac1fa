using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Tallyfy.Generated.SourceGenerator.Emitting;
using Tallyfy.Generated.SourceGenerator.Model;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>
/// What a client uses of the support code (<see cref="SupportParts.Uses"/>, one pass over the files) is what a search of
/// the files for each support type's name, each trimmed class's <c>Type.Member</c> and each conditioned member's text
/// finds, for the specs of the feature tests, the Tallyfy spec and the real-world specs.
/// </summary>
public sealed class SupportUsesTests
{
    public static IEnumerable<object[]> Specs()
    {
        var features = Path.Combine(RepoPaths.Root, "tests", "Tallyfy.Generated.Features.Tests", "Specs");
        var specs = Directory.EnumerateFiles(features).Append(RepoPaths.TallyfySpec);
        if (Directory.Exists(RepoPaths.RealWorldSpecs))
        {
            specs = specs.Concat(Directory.EnumerateFiles(RepoPaths.RealWorldSpecs, "*", SearchOption.TopDirectoryOnly));
        }

        return specs
            .Where(path => path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new object[] { path });
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void The_uses_found_in_one_pass_are_what_a_search_for_each_finds(string path)
    {
        var spec = new SpecFile(path, File.ReadAllText(path), "Acme.Api", "AcmeClient");
        var client = ClientGeneration.Parse(spec, CancellationToken.None).Client;
        Assert.NotNull(client);
        var texts = ClientGeneration.Emit(path, client!, CancellationToken.None).Files.Select(file => file.Text).ToList();

        var uses = SupportEmitter.Uses(texts).Where(use => !use.StartsWith(SupportParts.DeclaredPrefix, StringComparison.Ordinal)).ToList();

        Assert.Equal(Searched(texts), uses);
    }

    /// <summary>The uses by one search per name and text: every name and text of the parts, member calls by a pattern.</summary>
    private static List<string> Searched(IReadOnlyList<string> texts)
    {
        var parts = SupportParts.From(SupportEmitter.Sources);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in parts.TypeNames.Where(name => texts.Any(text => text.Contains(name, StringComparison.Ordinal))))
        {
            found.Add(name);
        }

        foreach (var condition in parts.Conditions.Where(condition => texts.Any(text => text.Contains(condition, StringComparison.Ordinal))))
        {
            found.Add(SupportParts.ContainsPrefix + condition);
        }

        var call = new Regex("(?<![A-Za-z0-9_])(" + string.Join("|", SupportParts.TrimmedTypes) + ")\\.[A-Za-z0-9_]+");
        foreach (var text in texts)
        {
            foreach (Match match in call.Matches(text))
            {
                found.Add(match.Value);
            }
        }

        return found.ToList();
    }
}
