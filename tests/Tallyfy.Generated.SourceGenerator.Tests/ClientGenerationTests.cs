using System.Linq;
using System.Text;
using System.Threading;
using Tallyfy.Generated.SourceGenerator.Diagnostics;
using Tallyfy.Generated.SourceGenerator.Model;
using Xunit;

namespace Tallyfy.Generated.SourceGenerator.Tests;

/// <summary>The composition root the generator and the CLI share: its guards turn failures into diagnostics on the spec.</summary>
public sealed class ClientGenerationTests
{
    [Fact]
    public void An_exception_while_parsing_is_an_internal_error_at_the_spec_not_an_exception_out()
    {
        // No text at all is nothing a reader expects: it throws, as a bug in the parser would.
        var spec = new SpecFile("/specs/broken.json", null!, "Ns", "Client");

        var result = ClientGeneration.Parse(spec, CancellationToken.None);

        Assert.Null(result.Client);
        var diagnostic = Assert.Single(result.Diagnostics).ToDiagnostic();
        Assert.Equal("TGEN999", diagnostic.Id);
        Assert.Equal("/specs/broken.json", diagnostic.Location.GetLineSpan().Path);
        Assert.StartsWith("The generator failed on this spec and emitted nothing for it: ", diagnostic.GetMessage());
        Assert.Contains("Exception", diagnostic.GetMessage());
    }

    [Fact]
    public void Cancellation_is_not_turned_into_a_diagnostic()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var spec = new SpecFile("/specs/mini.json", MiniSpecs.WithOperation("getThing"), "Ns", "Client");

        Assert.ThrowsAny<System.OperationCanceledException>(() => ClientGeneration.Parse(spec, cancelled.Token));
    }

    [Fact]
    public void Files_whose_names_differ_only_in_case_keep_the_first_and_report_the_other_at_the_spec()
    {
        var spec = new SpecFile("/specs/mini.json", MiniSpecs.WithOperation("getThing"), "Ns", "Client");
        var client = ClientGeneration.Parse(spec, CancellationToken.None).Client!;
        var thing = client.Types.Single(t => t.Name == "Thing");
        var clashing = client with { Types = client.Types.Append(thing with { Name = "THING" }).ToEquatableArray() };

        var emitted = ClientGeneration.Emit(spec.Path, clashing, CancellationToken.None);

        Assert.Single(emitted.Files, f => f.HintName.ToUpperInvariant() == "CLIENT.MODELS.THING.G.CS");
        Assert.Contains(emitted.Files, f => f.HintName == "Client.Models.Thing.g.cs");
        var diagnostic = Assert.Single(emitted.Diagnostics).ToDiagnostic();
        Assert.Equal("TGEN999", diagnostic.Id);
        Assert.Equal("/specs/mini.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("'Client.Models.THING.g.cs'", diagnostic.GetMessage());
    }

    [Fact]
    public void Generate_gives_the_client_files_and_the_support_file_with_the_parse_diagnostics()
    {
        var text = MiniSpecs.WithOperation("getThing").Replace("\"/things/{id}\"", "\"/things/{id}/{other}\"");
        var spec = new SpecFile("/specs/mini.json", text, "Ns", "Client");

        var result = ClientGeneration.Generate(spec, CancellationToken.None);

        Assert.NotNull(result.Client);
        Assert.Equal("TGEN006", Assert.Single(result.Diagnostics).Id);
        var emitted = ClientGeneration.Emit(spec.Path, result.Client!, CancellationToken.None);
        Assert.Equal(emitted.Files.Append(ClientGeneration.EmitSupport("Ns", emitted.SupportUses)), result.Files);
    }
    [Fact]
    public void A_spec_read_after_a_larger_one_gets_the_same_locations_as_when_read_first()
    {
        // Non-ASCII text before the problem: its byte offset and its character offset differ.
        var small = MiniSpecs.WithOperation("getThing")
            .Replace("\"title\": \"Mini\"", "\"title\": \"Mini \u00e9\u00e8\u4e2d\u6587\"")
            .Replace("\"/things/{id}\"", "\"/things/{id}/{other}\"");
        var large = MiniSpecs.WithOperation("getThing").Replace("\"Mini\"", "\"" + new string('x', 100_000) + "\"");
        var first = Locations(small);

        // The larger spec's bytes go where the smaller one's were read; then the smaller one is read again.
        Assert.NotNull(ClientGeneration.Parse(new SpecFile("/specs/large.json", large, "Ns", "Client"), CancellationToken.None).Client);
        var again = Locations(small);

        Assert.Equal("TGEN006", Assert.Single(first).Id);
        Assert.Equal(first, again);
        Assert.Equal((5, 4), (first[0].Location.Line, first[0].Location.Column));

        static System.Collections.Generic.List<Diagnostics.DiagnosticInfo> Locations(string text) =>
            ClientGeneration.Parse(new SpecFile("/specs/mini.json", text, "Ns", "Client"), CancellationToken.None).Diagnostics.ToList();
    }

    [Fact]
    public void A_location_asked_of_a_released_document_is_an_error_not_a_wrong_place()
    {
        var document = Parsing.SpecReader.Read("/specs/mini.json", MiniSpecs.WithOperation("getThing"));
        var paths = ((Parsing.SpecObject)document.Root!)["paths"]!;
        Assert.Equal(4, document.Map.Locate(paths).Line);

        document.Release();

        Assert.Throws<System.InvalidOperationException>(() => document.Map.Locate(paths));
    }

    [Fact]
    public void Long_strings_short_strings_escapes_and_numbers_read_as_their_values()
    {
        var longAscii = new string('d', 200);
        var longUnicode = "Ünïcödé tëxt — " + new string('é', 80) + " ✓";
        var text = "{ \"a\": \"" + longAscii + "\", \"b\": \"" + longUnicode + "\", \"c\": \"" + new string('x', 70) + "\\n\\u00e9\","
            + " \"d\": \"application/json\", \"e\": \"application/json\", \"f\": 12.50, \"g\": 12.50, \"h\": \"\" }";
        var document = Parsing.SpecReader.Read("/specs/strings.json", text);
        var root = (Parsing.SpecObject)document.Root!;

        Assert.Equal(longAscii, Text(root, "a"));
        Assert.Equal(longUnicode, Text(root, "b"));
        Assert.Equal(new string('x', 70) + "\n\u00e9", Text(root, "c"));
        Assert.Equal("application/json", Text(root, "d"));
        Assert.Same(Text(root, "d"), Text(root, "e"));
        Assert.Equal("12.50", Text(root, "f"));
        Assert.Equal("12.50", Text(root, "g"));
        Assert.Equal(string.Empty, Text(root, "h"));
        // A long string's node spans its quotes, as every string's does, so diagnostics point at the same place.
        Assert.Equal(longAscii.Length + 2, root["a"]!.Length);
        Assert.Equal(Encoding.UTF8.GetByteCount(longUnicode) + 2, root["b"]!.Length);
        document.Release();

        static string Text(Parsing.SpecObject root, string name) => ((Parsing.SpecScalar)root[name]!).Text;
    }

    [Fact]
    public void A_long_string_not_read_before_its_document_is_released_is_an_error_not_a_wrong_text()
    {
        var document = Parsing.SpecReader.Read("/specs/long.json", "{ \"description\": \"" + new string('d', 100) + "\" }");
        var description = (Parsing.SpecScalar)((Parsing.SpecObject)document.Root!)["description"]!;

        document.Release();

        Assert.Throws<System.InvalidOperationException>(() => description.Text);
    }

    [Fact]
    public void A_large_object_finds_its_members_by_name_and_the_first_of_duplicate_keys_wins()
    {
        var members = string.Join(", ", Enumerable.Range(0, 20).Select(i => "\"m" + i + "\": " + i));
        var document = Parsing.SpecReader.Read("/specs/large-object.json", "{ " + members + ", \"m3\": 99 }");
        var root = (Parsing.SpecObject)document.Root!;

        Assert.Equal("0", ((Parsing.SpecScalar)root["m0"]!).Text);
        Assert.Equal("3", ((Parsing.SpecScalar)root["m3"]!).Text);
        Assert.Equal("19", ((Parsing.SpecScalar)root["m19"]!).Text);
        Assert.Null(root["m20"]);
        Assert.Equal(21, root.Properties.Count);
        document.Release();
    }
}
