using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Tallyfy.Generated.SourceGenerator.Tests.Infrastructure;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>The same spec gives byte-identical output every time and whatever the culture of the machine building it.</summary>
public sealed class DeterminismTests
{
    private const string RealWorldSpec = "twilio-twilio_numbers_v2.yaml";

    [Fact]
    public void The_tallyfy_spec_generated_twice_gives_identical_output()
    {
        var first = GeneratedSources.Of(GeneratorHarness.Run(GeneratorHarness.TallyfySpec()));
        var second = GeneratedSources.Of(GeneratorHarness.Run(GeneratorHarness.TallyfySpec()));

        Assert.NotEmpty(first);
        GeneratedSources.AssertIdentical(first, second, "two runs of the Tallyfy spec");
    }

    [SkippableTheory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void The_tallyfy_spec_gives_identical_output_in_any_culture(string culture)
    {
        SkipUnlessCultureDiffers(culture);
        var invariant = InCulture(CultureInfo.InvariantCulture, GeneratorHarness.TallyfySpec);
        var english = InCulture(CultureInfo.GetCultureInfo("en-US"), GeneratorHarness.TallyfySpec);
        var other = InCulture(CultureInfo.GetCultureInfo(culture), GeneratorHarness.TallyfySpec);

        Assert.NotEmpty(invariant.Files);
        GeneratedSources.AssertIdentical(invariant.Files, english.Files, "Tallyfy spec, en-US vs invariant");
        GeneratedSources.AssertIdentical(invariant.Files, other.Files, $"Tallyfy spec, {culture} vs invariant");
        Assert.Equal(invariant.Diagnostics, other.Diagnostics);
    }

    [SkippableFact]
    public void A_real_world_spec_generated_twice_gives_identical_output()
    {
        var spec = RealWorldSpecText();

        var first = GeneratedSources.Of(GeneratorHarness.Run(spec()));
        var second = GeneratedSources.Of(GeneratorHarness.Run(spec()));

        Assert.NotEmpty(first);
        GeneratedSources.AssertIdentical(first, second, "two runs of " + RealWorldSpec);
    }

    [SkippableTheory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    public void A_real_world_spec_gives_identical_output_in_any_culture(string culture)
    {
        SkipUnlessCultureDiffers(culture);
        var spec = RealWorldSpecText();

        var invariant = InCulture(CultureInfo.InvariantCulture, spec);
        var english = InCulture(CultureInfo.GetCultureInfo("en-US"), spec);
        var other = InCulture(CultureInfo.GetCultureInfo(culture), spec);

        Assert.NotEmpty(invariant.Files);
        GeneratedSources.AssertIdentical(invariant.Files, english.Files, RealWorldSpec + ", en-US vs invariant");
        GeneratedSources.AssertIdentical(invariant.Files, other.Files, $"{RealWorldSpec}, {culture} vs invariant");
        Assert.Equal(invariant.Diagnostics, other.Diagnostics);
    }

    /// <summary>Under invariant globalization every culture behaves as the invariant one, and the test would prove nothing.</summary>
    private static void SkipUnlessCultureDiffers(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var differs = !string.Equals("i".ToUpper(culture), "I", StringComparison.Ordinal)
            || !string.Equals(1.5.ToString(culture), "1.5", StringComparison.Ordinal)
            || !string.Equals(new DateTime(2024, 1, 2).ToString(culture), new DateTime(2024, 1, 2).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Skip.IfNot(differs, name + " formats like the invariant culture here (invariant globalization mode?)");
    }

    private static Func<SpecText> RealWorldSpecText()
    {
        var path = Path.Combine(RepoPaths.RealWorldSpecs, RealWorldSpec);
        Skip.IfNot(File.Exists(path), path + " is absent");
        var text = File.ReadAllText(path);
        return () => new SpecText(path, text, "RealWorld.TwilioNumbers", "TwilioNumbersClient");
    }

    /// <summary>Runs the generator with the current thread's culture and UI culture set to <paramref name="culture"/>, then restores them.</summary>
    private static (SortedDictionary<string, string> Files, List<string> Diagnostics) InCulture(CultureInfo culture, Func<SpecText> spec)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            var run = GeneratorHarness.Run(spec());
            Assert.Equal(culture, CultureInfo.CurrentCulture);
            return (
                GeneratedSources.Of(run),
                run.Diagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage(CultureInfo.InvariantCulture)).ToList());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
