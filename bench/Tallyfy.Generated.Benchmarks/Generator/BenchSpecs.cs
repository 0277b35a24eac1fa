using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Tallyfy.Generated.Benchmarks.Generator;

/// <summary>
/// The specs the generator benchmarks run on: the Tallyfy spec of this repository, and the two largest real-world
/// specs shared beside it (../shared/specs/real-world), which are left out, with a message, where that folder is absent.
/// </summary>
internal static class BenchSpecs
{
    private static readonly BenchSpec[] All =
    {
        new("Tallyfy", RepoPaths.TallyfySpec, "Tallyfy", "TallyfyClient"),
        new("Jira", Path.Combine(RepoPaths.RealWorldSpecs, "nswag-jira-open-api.json"), "Jira", "JiraClient"),
        new("Discord", Path.Combine(RepoPaths.RealWorldSpecs, "discord-openapi.json"), "Discord", "DiscordClient"),
    };

    /// <summary>The names of the specs present on this machine, in the order above.</summary>
    public static IEnumerable<string> PresentNames => All.Where(s => File.Exists(s.Path)).Select(s => s.Name);

    /// <summary>One line for each spec that is absent, saying why its benchmarks are left out.</summary>
    public static IEnumerable<string> AbsentMessages =>
        All.Where(s => !File.Exists(s.Path))
            .Select(s => "Skipping the " + s.Name + " generator benchmarks: " + s.Path
                + " is absent (the real-world specs live in ../shared/specs/real-world beside the repository).");

    public static BenchSpec Get(string name) =>
        All.FirstOrDefault(s => s.Name == name) ?? throw new ArgumentException("No benchmark spec named " + name + ".", nameof(name));
}

/// <summary>A spec by name, with the namespace and client name it is generated under.</summary>
internal sealed record BenchSpec(string Name, string Path, string Namespace, string ClientName);
