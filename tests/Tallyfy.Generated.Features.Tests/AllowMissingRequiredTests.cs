using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Lenient;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// A client generated with <c>AllowMissingRequired="true"</c> (<c>Specs/lenient.openapi.yaml</c>): a response that leaves
/// out members its schema calls required is read, each such member as its default, where the default client keeps the
/// body as a <c>BodyError</c> (<see cref="ResponseTests"/>). A oneOf's variants are still told apart strictly.
/// </summary>
public sealed class AllowMissingRequiredTests : IClassFixture<FeaturesServer>
{
    private readonly FeaturesServer _server;

    public AllowMissingRequiredTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    private LenientClient CreateClient() => new(new HttpClient(), new Uri(_server.Url));

    [Fact]
    public async Task A_body_without_its_required_members_reads_each_as_its_default()
    {
        const string body = "{\"id\":\"u1\",\"address\":{\"street\":\"Main\"}}";
        _server.RespondJson(200, body);

        var ok = Assert.IsType<GetUserResult.Ok>(await CreateClient().GetUserAsync("u1"));

        Assert.Null(ok.BodyError);
        var user = ok.Body;
        Assert.Equal("u1", user.Id);
        Assert.Null(user.Login);
        Assert.Equal(0, user.Age);
        Assert.False(user.Admin);
        Assert.Null(user.Nickname);
        Assert.Null(user.Tags);
        Assert.Equal(default, user.Joined);
        // A nested object's missing required member too, and what it does send is kept.
        Assert.Null(user.Address.City);
        Assert.Equal("Main", user.Address.Street);
        Assert.Equal(body, ok.RawBody);

        // Written back (logged, cached, sent on), a member it left out is null or its default, not a failure.
        var written = JsonSerializer.Serialize(user);
        Assert.Contains("\"login\":null", written, StringComparison.Ordinal);
        Assert.Contains("\"tags\":null", written, StringComparison.Ordinal);
        Assert.Contains("\"age\":0", written, StringComparison.Ordinal);
        Assert.Contains("\"address\":{\"city\":null,\"street\":\"Main\"}", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_whole_body_still_reads_as_sent_and_a_body_of_another_shape_is_still_an_error()
    {
        _server.RespondJson(200, "{\"id\":\"u2\",\"login\":\"ann\",\"age\":41,\"admin\":true,\"nickname\":null,\"tags\":[\"a\"],\"address\":{\"city\":\"Oslo\"},\"joined\":\"2024-01-02T03:04:05Z\"}");
        var user = Assert.IsType<GetUserResult.Ok>(await CreateClient().GetUserAsync("u2")).Body;
        Assert.Equal(("ann", 41, true, "Oslo"), (user.Login, user.Age, user.Admin, user.Address.City));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), user.Joined);

        // Leniency is about members left out, not about values of the wrong type.
        _server.RespondJson(200, "{\"id\":\"u3\",\"age\":\"old\"}");
        var wrong = Assert.IsType<GetUserResult.Ok>(await CreateClient().GetUserAsync("u3"));
        Assert.IsType<JsonException>(wrong.BodyError);
        Assert.Equal("{\"id\":\"u3\",\"age\":\"old\"}", wrong.RawBody);
    }

    [Fact]
    public async Task A_oneOf_still_tells_its_object_variants_apart_by_their_required_members()
    {
        // Cat requires meow and Dog bark: only a variant whose required members are all there is tried.
        _server.RespondJson(200, "[{\"bark\":\"woof\",\"name\":\"Rex\"},{\"meow\":\"purr\"},{\"name\":\"nobody\"}]");

        var pets = Assert.IsType<ListPetsResult.Ok>(await CreateClient().ListPetsAsync()).Body;

        Assert.Equal("Rex", Assert.IsType<Pet.Dog>(pets[0]).Value.Name);
        Assert.Equal("purr", Assert.IsType<Pet.Cat>(pets[1]).Value.Meow);
        Assert.Equal("nobody", Assert.IsType<Pet.Unknown>(pets[2]).Value.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_variant_tried_by_reading_it_is_still_read_strictly()
    {
        // Two array variants: only reading the items tells kittens from puppies. Were a Cat item read leniently, every
        // litter would be kittens.
        _server.RespondJson(200, "[{\"bark\":\"woof\"},{\"bark\":\"yap\",\"name\":\"Pip\"}]");
        var puppies = Assert.IsType<GetLatestLitterResult.Ok>(await CreateClient().GetLatestLitterAsync()).Body;
        Assert.Equal(new[] { "woof", "yap" }, Assert.IsType<Litter.List2>(puppies).Value.Select(d => d.Bark));

        _server.RespondJson(200, "[{\"meow\":\"purr\"}]");
        var kittens = Assert.IsType<GetLatestLitterResult.Ok>(await CreateClient().GetLatestLitterAsync()).Body;
        Assert.Equal("purr", Assert.Single(Assert.IsType<Litter.List>(kittens).Value).Meow);

        // Neither reads strictly: the litter is kept as sent.
        _server.RespondJson(200, "[{\"name\":\"nobody\"}]");
        var neither = Assert.IsType<GetLatestLitterResult.Ok>(await CreateClient().GetLatestLitterAsync()).Body;
        Assert.Equal("[{\"name\":\"nobody\"}]", Assert.IsType<Litter.Unknown>(neither).Value.GetRawText());
    }

    [Fact]
    public void The_generated_readers_say_why_a_member_may_be_missing()
    {
        // The models keep their declared types: a caller building a request still has to set every required member.
        var id = typeof(User).GetProperty(nameof(User.Id))!;
        Assert.Contains(id.CustomAttributes, a => a.AttributeType.Name == "RequiredMemberAttribute");
        Assert.Equal(typeof(int), typeof(User).GetProperty(nameof(User.Age))!.PropertyType);
    }
}
