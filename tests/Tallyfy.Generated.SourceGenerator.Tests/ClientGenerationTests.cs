using System.Linq;
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
}
