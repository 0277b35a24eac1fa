using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using PydanticEcho;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// pydantic v2 (the model library behind FastAPI) as an oracle on both ends: <c>Specs/pydantic.openapi.json</c> is the
/// document pydantic writes for the models of <c>Pydantic/app.py</c> (optional members as <c>anyOf</c> with null, a
/// discriminated union, <c>Literal</c>s as <c>const</c>, <c>Decimal</c>, <c>timedelta</c>, <c>bytes</c>, input and
/// output schemas apart), the client is generated from it at build time, and the running app reads what the client
/// sends with pydantic, as FastAPI would, and answers with pydantic's JSON of it, which the client reads back.
/// </summary>
[Collection(PydanticCollection.Name)]
public sealed class PydanticOracleTests
{
    private readonly PydanticServer _server;

    public PydanticOracleTests(PydanticServer server) => _server = server;

    private PydanticClient Client()
    {
        Skip.If(_server.Missing is not null, _server.Missing);
        return _server.CreateClient();
    }

    [SkippableFact]
    public async Task The_checked_in_document_is_what_pydantic_writes()
    {
        Skip.If(_server.Missing is not null, _server.Missing);
        var checkedIn = File.ReadAllText(Path.Combine(PydanticServer.Root, "..", "Specs", "pydantic.openapi.json"));
        var recorded = JsonDocument.Parse(checkedIn).RootElement.GetProperty("info").GetProperty("x-pydantic-version").GetString();
        Skip.If(recorded != _server.PydanticVersion, $"the document was written by pydantic {recorded}; this machine has {_server.PydanticVersion}");

        var (exit, written) = await _server.RunPythonAsync("app.py", "spec");
        Assert.Equal(0, exit);
        Assert.Equal(checkedIn.Trim(), written);
    }

    [SkippableFact]
    public async Task Every_scalar_kind_goes_and_comes_back_as_pydantic_reads_and_writes_it()
    {
        var sent = new ScalarsInput
        {
            Text = "a \"quoted\" é ✓ \n line",
            Count = -42,
            Big = 9_007_199_254_740_993, // past 2^53: pydantic's int is exact, so is the long
            Ratio = 0.1,
            Flag = true,
            When = new DateTimeOffset(2026, 12, 4, 13, 45, 30, 500, TimeSpan.FromHours(2)),
            Day = new DateOnly(2026, 2, 28),
            At = new TimeOnly(23, 59, 58, 250),
            Span = new TimeSpan(1, 2, 30, 5, 250),
            Id = Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff"),
            Price = 12.50m,
            Color = Color.LightBlue,
            Level = Level.Value2,
            Home = new Address { Street = "1 Main St", City = "Springfield" },
            Nickname = "ned",
            Tags = new[] { "a", "b c" },
            Scores = new Dictionary<string, long> { ["x"] = 1, ["y z"] = -2 },
            Previous = new[] { new Address { Street = "2 Side St" } },
            Raw = new ApiFile(new MemoryStream(Encoding.UTF8.GetBytes("raw ✓ text")), "raw.txt"),
        };

        var result = await Client().EchoScalarsAsync(sent);

        var ok = Assert.IsType<EchoScalarsResult.Ok>(result);
        var got = ok.Body;
        Assert.Equal(sent.Text, got.Text);
        Assert.Equal(sent.Count, got.Count);
        Assert.Equal(sent.Big, got.Big);
        Assert.Equal(sent.Ratio, got.Ratio);
        Assert.True(got.Flag);
        Assert.Equal(sent.When, got.When);
        Assert.Equal(sent.When.Offset, got.When.Offset);
        Assert.Equal(sent.Day, got.Day);
        Assert.Equal(sent.At, got.At);
        Assert.Equal(sent.Span, got.Span);
        Assert.Equal(sent.Id, got.Id);
        // pydantic's Decimal (a string of its own pattern out, a number or that string in) is a decimal: sent as its
        // text, read back from pydantic's text with the scale kept.
        Assert.Equal("12.50", got.Price.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Color.LightBlue, got.Color);
        Assert.Equal(Level.Value2, got.Level);
        Assert.Equal("Springfield", got.Home.City);
        Assert.Equal("ned", got.Nickname);
        Assert.Equal(sent.Tags, got.Tags);
        Assert.Equal(sent.Scores, got.Scores);
        Assert.Equal("2 Side St", Assert.Single(got.Previous!).Street);
        Assert.Null(Assert.Single(got.Previous!).City);
        Assert.Equal("raw ✓ text", new StreamReader(got.Raw!.Content).ReadToEnd());
        Assert.Null(got.AdditionalProperties);
    }

    [SkippableFact]
    public async Task Members_left_out_come_back_as_pydantic_defaults_them()
    {
        var result = await Client().EchoScalarsAsync(new ScalarsInput
        {
            Text = string.Empty,
            Count = 0,
            Big = long.MinValue,
            Ratio = -1e-300,
            Flag = false,
            When = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            Day = DateOnly.MinValue,
            At = TimeOnly.MinValue,
            Span = TimeSpan.FromTicks(-10), // pydantic's timedelta holds microseconds
            Id = Guid.Empty,
            Price = 3.25m,
            Color = Color.Red,
            Level = Level.Value1,
            Home = new Address { Street = "s" },
        });

        var got = Assert.IsType<EchoScalarsResult.Ok>(result).Body;
        Assert.Equal(long.MinValue, got.Big);
        Assert.Equal(-1e-300, got.Ratio);
        Assert.Equal(TimeSpan.FromTicks(-10), got.Span);
        Assert.Equal(TimeSpan.Zero, got.When.Offset);
        Assert.Equal(3.25m, got.Price);
        Assert.Null(got.Nickname);
        Assert.Empty(got.Tags!);
        Assert.Empty(got.Scores!);
        Assert.Null(got.Previous);
        Assert.Equal(0, got.Raw!.Content.Length);
    }

    [SkippableFact]
    public async Task A_discriminated_union_and_plain_unions_go_as_their_variants()
    {
        var result = await Client().EchoOwnerAsync(new Owner
        {
            Name = "Ann",
            Pet = new Cat { Lives = 9 },
            Pets = new OwnerPetsItem[] { new Dog { Good = true, Name = "Rex" }, new Cat { Lives = 3 } },
            Either = "seven",
            Maybe = new Address { Street = "x" },
            Anything = JsonDocument.Parse("""{"n":[1,2.5,null,"s"]}""").RootElement,
        });

        var got = Assert.IsType<EchoOwnerResult.Ok>(result).Body;
        Assert.Equal(9, Assert.IsType<OwnerPet.Cat>(got.Pet).Value.Lives);
        Assert.Collection(
            got.Pets!,
            pet => Assert.Equal("Rex", Assert.IsType<OwnerPetsItem.Dog>(pet).Value.Name),
            pet => Assert.Equal(3, Assert.IsType<OwnerPetsItem.Cat>(pet).Value.Lives));
        Assert.Equal("seven", Assert.IsType<OwnerEither.String>(got.Either).Value);
        Assert.Equal("x", Assert.IsType<OwnerMaybe.Address>(got.Maybe).Value.Street);
        Assert.Equal("""{"n":[1,2.5,null,"s"]}""", got.Anything!.Value.GetRawText());
        Assert.Equal("v1", got.Version);

        result = await Client().EchoOwnerAsync(new Owner { Name = "Bo", Pet = new Dog { Good = false }, Either = 7, Maybe = new OwnerMaybe.List(new[] { "p", "q" }) });
        got = Assert.IsType<EchoOwnerResult.Ok>(result).Body;
        Assert.False(Assert.IsType<OwnerPet.Dog>(got.Pet).Value.Good);
        Assert.Equal(7, Assert.IsType<OwnerEither.Integer>(got.Either).Value);
        Assert.Equal(new[] { "p", "q" }, Assert.IsType<OwnerMaybe.List>(got.Maybe).Value);
        Assert.Empty(got.Pets!);
        Assert.Equal(JsonValueKind.Null, got.Anything!.Value.ValueKind);
    }

    [SkippableFact]
    public async Task Nullable_items_maps_recursion_tuples_urls_and_literals_go_and_come_back()
    {
        var result = await Client().EchoMoreAsync(new MoreInput
        {
            Created = new DateTimeOffset(2026, 5, 6, 7, 8, 9, TimeSpan.FromHours(-5)),
            Stamps = new long?[] { 1, null, 3 },
            Homes = new Dictionary<string, Address> { ["home"] = new Address { Street = "h" } },
            Tree = new TreeInput { Label = "root", Children = new[] { new TreeInput { Label = "leaf", Children = new[] { new TreeInput { Label = "deep" } } } } },
            Unique = new[] { "x", "y" },
            Pair = new MoreInputPairItem[] { 1L, "one" }, // tuple[int, str]: prefixItems, a list of a union of the positions' types
            Site = new Uri("https://example.com/a?b=c"),
            Small = MoreInputSmall.Value2,
            Animal = new Dog { Good = true },
            Shade = Color.LightBlue,
        });

        var got = Assert.IsType<EchoMoreResult.Ok>(result).Body;
        Assert.Equal(new DateTimeOffset(2026, 5, 6, 7, 8, 9, TimeSpan.FromHours(-5)), got.Created);
        Assert.Equal(new long?[] { 1, null, 3 }, got.Stamps);
        Assert.Equal("h", got.Homes!["home"].Street);
        Assert.Equal("deep", got.Tree!.Children!.Single().Children!.Single().Label);
        Assert.Equal(new[] { "x", "y" }, got.Unique!.Order());
        Assert.Equal(1L, Assert.IsType<MoreOutputPairItem.Integer>(got.Pair![0]).Value);
        Assert.Equal("one", Assert.IsType<MoreOutputPairItem.String>(got.Pair[1]).Value);
        Assert.Equal("https://example.com/a?b=c", got.Site!.OriginalString);
        Assert.Equal(MoreOutputSmall.Value2, got.Small);
        Assert.True(Assert.IsType<MoreOutputAnimal.Dog>(got.Animal).Value.Good);
        Assert.Equal(Color.LightBlue, got.Shade);
    }

    /// <summary>
    /// What a FastAPI app sends most often that RFC 3339 does not allow: a date-time without an offset (Python's naive
    /// <c>datetime</c>, <c>datetime.utcnow()</c>), here the model's default, and pydantic's nulls for every default.
    /// </summary>
    [SkippableFact]
    public async Task A_date_time_pydantic_writes_without_an_offset_still_reads()
    {
        var result = await Client().EchoMoreAsync(new MoreInput());

        var got = Assert.IsType<EchoMoreResult.Ok>(result).Body;
        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 5, 600), got.Created!.Value.DateTime);
        Assert.Empty(got.Stamps!);
        Assert.Null(got.Tree);
        Assert.Null(got.Site);
        Assert.Null(got.Small);
        Assert.Null(got.Animal);
        Assert.Null(got.Shade);
    }

    [SkippableFact]
    public async Task A_list_of_models_and_an_optional_model_as_whole_bodies()
    {
        var list = await Client().EchoAddressesAsync(new[] { new Address { Street = "a" }, new Address { Street = "b", City = "c" } });
        Assert.Equal(new[] { "a", "b" }, Assert.IsType<EchoAddressesResult.Ok>(list).Body.Select(a => a.Street));

        var found = await Client().EchoMaybeAsync(new Address { Street = "here" });
        Assert.Equal("here", Assert.IsType<EchoMaybeResult.Ok>(found).Body!.Street);

        // What FastAPI sends for an endpoint returning Optional[Address] that found nothing: 200 with a JSON null,
        // which the schema (anyOf: [Address, null]) allows: a null body, not a body-read error.
        var nothing = Assert.IsType<EchoMaybeResult.Ok>(await Client().EchoMaybeAsync(new Address { Street = string.Empty }));
        Assert.Equal("null", nothing.RawBody);
        Assert.Null(nothing.BodyError);
        Assert.Null(nothing.Body);
        Assert.True(nothing.TryGetBody(out var none));
        Assert.Null(none);

        // The request body's schema (Optional[Address], required) allows null too: the client sends the JSON null,
        // which pydantic reads as None and answers as such.
        var sentNull = Assert.IsType<EchoMaybeResult.Ok>(await Client().EchoMaybeAsync(null));
        Assert.Equal("null", sentNull.RawBody);
        Assert.Null(sentNull.Body);

        // A case made in code (a test's fake) takes the null too, and writes it as the server would.
        Assert.Equal("null", new EchoMaybeResult.Ok((Address?)null).RawBody);
        Assert.Equal("""{"street":"f"}""", new EchoMaybeResult.Ok(new Address { Street = "f" }).RawBody);
    }

    /// <summary>
    /// Secrets, base64 bytes, a JSON string holding JSON, a generic model, a computed member: pydantic's own kinds, each
    /// written differently on the way in (validation schema) and out (serialization schema).
    /// </summary>
    [SkippableFact]
    public async Task Pydantics_own_kinds_go_and_come_back()
    {
        var result = await Client().EchoExtrasAsync(new ExtrasInput
        {
            Secret = "hunter2",
            Blob = new byte[] { 0xfb, 0xff, 0x01, 0x3e },
            Payload = """{"a":1,"b":-2}""",
            Page = new PageAddress { Items = new[] { new Address { Street = "p" } }, Total = 1 },
            Stamp = new DateTimeOffset(2026, 12, 4, 1, 2, 3, TimeSpan.FromHours(-3)),
        });

        var got = Assert.IsType<EchoExtrasResult.Ok>(result).Body;
        Assert.Equal("**********", got.Secret); // pydantic masks a SecretStr it writes
        Assert.Equal(7, got.SecretLength);
        Assert.Equal(new byte[] { 0xfb, 0xff, 0x01, 0x3e }, got.Blob);
        Assert.Equal(new Dictionary<string, long> { ["a"] = 1, ["b"] = -2 }, got.Payload);
        Assert.Equal("p", Assert.Single(got.Page!.Items).Street);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 1, 2, 3, TimeSpan.FromHours(-3)), got.Stamp);
        Assert.Equal(TimeSpan.FromHours(-3), got.Stamp!.Value.Offset);
    }

    [SkippableFact]
    public async Task Undeclared_members_reach_a_model_that_allows_them_and_come_back()
    {
        var result = await Client().EchoOpenAsync(new Open
        {
            Id = 1,
            AdditionalProperties = new Dictionary<string, JsonElement>
            {
                ["note"] = JsonDocument.Parse("\"kept\"").RootElement,
                ["nested"] = JsonDocument.Parse("""{"a":[true]}""").RootElement,
            },
        });

        var got = Assert.IsType<EchoOpenResult.Ok>(result).Body;
        Assert.Equal(1, got.Id);
        Assert.Equal("kept", got.AdditionalProperties!["note"].GetString());
        Assert.Equal("""{"a":[true]}""", got.AdditionalProperties["nested"].GetRawText());
    }

    [SkippableFact]
    public async Task What_pydantic_refuses_is_the_typed_422_FastAPI_documents()
    {
        // An alias goes by its JSON name ("Label"); a member the model forbids is refused.
        var closed = await Client().EchoClosedAsync(new Closed { Id = 5, Label = "five" });
        Assert.Equal("five", Assert.IsType<EchoClosedResult.Ok>(closed).Body.Label);

        closed = await Client().EchoClosedAsync(new Closed
        {
            Id = 5,
            Label = "five",
            AdditionalProperties = new Dictionary<string, JsonElement> { ["extra"] = JsonDocument.Parse("1").RootElement },
        });
        var refused = Assert.IsType<EchoClosedResult.UnprocessableEntity>(closed).Body.Detail!;
        var error = Assert.Single(refused);
        Assert.Equal("extra_forbidden", error.Type);
        Assert.Equal(new[] { "body", "extra" }, error.Loc.Select(Location));

        // An open enum's value the spec does not list is sent as given; pydantic refuses it.
        var scalars = await Client().EchoScalarsAsync(new ScalarsInput
        {
            Text = "t",
            Count = 1,
            Big = 1,
            Ratio = 1,
            Flag = true,
            When = DateTimeOffset.UnixEpoch,
            Day = DateOnly.MinValue,
            At = TimeOnly.MinValue,
            Span = TimeSpan.Zero,
            Id = Guid.Empty,
            Price = 1,
            Color = Color.Red,
            Level = 7,
            Home = new Address { Street = "s" },
        });
        error = Assert.Single(Assert.IsType<EchoScalarsResult.UnprocessableEntity>(scalars).Body.Detail!);
        Assert.Equal("enum", error.Type);
        Assert.Equal(new[] { "body", "level" }, error.Loc.Select(Location));
    }

    private static string Location(ValidationErrorLocItem item) => item switch
    {
        ValidationErrorLocItem.String text => text.Value,
        ValidationErrorLocItem.Integer index => index.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "?",
    };
}
