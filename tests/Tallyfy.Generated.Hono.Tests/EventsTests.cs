using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using HonoEvents;
using Xunit;

namespace Tallyfy.Generated.Hono.Tests;

/// <summary>
/// Every route of <c>server/app.js</c> through the client generated from the OpenAPI 3.1 document @hono/zod-openapi
/// writes for it. zod parses each request against the route's schemas (a request it refuses gets the app's 400 with
/// zod's issues, which fails these tests as a finding unless the test is about that 400) and the handlers answer what
/// zod parsed, so the values sent are checked as the server read them.
/// </summary>
[Collection(HonoCollection.Name)]
public sealed class EventsTests
{
    private static readonly Guid Seeded = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    private readonly HonoServer _server;

    public EventsTests(HonoServer server) => _server = server;

    /// <summary>The case <typeparamref name="T"/>, or a failure naming what came instead (zod's 400 issues among it).</summary>
    private T Is<T>(ApiResponse result)
        where T : ApiResponse
    {
        Assert.True(result is T, $"expected {typeof(T).Name}, got {result.GetType().Name} {result.StatusCode}: {result.RawBody}\n--- server ---\n{_server.Output()}");
        return (T)result;
    }

    /// <summary>Fails unless <paramref name="actual"/> is the JSON of <paramref name="expected"/> (member order aside).</summary>
    private static void Same(object expected, JsonElement actual)
    {
        var want = expected as JsonNode ?? JsonSerializer.SerializeToNode(expected);
        var got = JsonNode.Parse(actual.GetRawText());
        Assert.True(JsonNode.DeepEquals(want, got), $"expected {want?.ToJsonString()}\n  parsed {got?.ToJsonString()}");
    }

    private static string UniqueTitle(string stem) => stem + " " + Guid.NewGuid().ToString("N")[..8];

    // ---- Query, header and cookie parameters ----

    [Fact]
    public async Task ListEvents_sends_every_query_header_and_cookie_parameter_as_zod_reads_them()
    {
        var requestId = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        using var result = await _server.Client().ListEventsAsync(
            status: Status.Published,
            tag: new[] { "dotnet", "meetup" },
            from: new DateOnly(2026, 1, 1),
            limit: 5,
            includeDrafts: "false",
            xRequestId: requestId,
            session: "s-1");
        var ok = Is<ListEventsResult.Ok>(result);

        Same(
            new
            {
                query = new { status = "published", tag = new[] { "dotnet", "meetup" }, from = "2026-01-01", limit = 5, includeDrafts = false },
                headers = new Dictionary<string, string> { ["x-request-id"] = requestId.ToString() },
                cookies = new { session = "s-1" },
            },
            JsonSerializer.SerializeToElement(ok.Body.Received));
        var seeded = Assert.Single(ok.Body.Items, e => e.Id == Seeded);
        Assert.True(ok.Headers.XTotalCount >= 1);
        Assert.Equal("Seeded meetup", seeded.Title);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 18, 30, 0, TimeSpan.FromHours(1)), seeded.StartsAt);
        Assert.Equal(TimeSpan.FromHours(1), seeded.StartsAt.Offset);
        Assert.Equal(new DateOnly(2026, 3, 1), seeded.Day);
        Assert.Null(seeded.Price);
        Assert.Equal(Status.Published, seeded.Status);
        var venue = Assert.IsType<Location.InPerson>(seeded.Location).Value.Venue;
        Assert.Equal(("Hall 1", 120L, true), (venue.Name, venue.Capacity, venue.Accessible));
        Assert.Equal(4.5, seeded.Attributes["rating"]);
        Assert.Equal(new[] { "dotnet", "meetup" }, seeded.Tags);
        Assert.Null(seeded.Note);
    }

    [Fact]
    public async Task ListEvents_leaves_unset_parameters_out_so_zod_applies_its_defaults()
    {
        using var result = await _server.Client().ListEventsAsync();
        var ok = Is<ListEventsResult.Ok>(result);

        Same(new { query = new { limit = 20 }, headers = new { }, cookies = new { } }, JsonSerializer.SerializeToElement(ok.Body.Received));
    }

    /// <summary>
    /// Hono's query validator hands zod a parameter given once as a string and one given twice as an array, so a
    /// <c>z.array</c> query parameter refuses a single value: the server's limit (its documents still say "array"),
    /// asserted as it is, and read as the documented 400 with zod's issue at <c>tag</c>.
    /// </summary>
    [Fact]
    public async Task One_tag_is_a_string_to_hono_and_its_400_reads_with_zods_issue()
    {
        using var result = await _server.Client().ListEventsAsync(tag: new[] { "dotnet" });
        var refused = Is<ListEventsResult.BadRequest>(result);

        Assert.Equal(ProblemCode.Invalid, refused.Body.Code);
        var issue = Assert.Single(refused.Body.Issues!);
        Assert.Equal("tag", Assert.IsType<ProblemIssuesItemPathItem.String>(Assert.Single(issue.Path)).Value);
        Assert.Contains("array", issue.Message, StringComparison.OrdinalIgnoreCase);
    }

    // ---- JSON bodies ----

    [Fact]
    public async Task CreateEvent_sends_every_member_kind_zod_parses_and_reads_the_event_back()
    {
        var client = _server.Client();
        var title = UniqueTitle("Launch");
        var sent = new NewEvent
        {
            Title = title,
            StartsAt = new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.FromHours(2)),
            Day = new DateOnly(2026, 5, 1),
            Tags = new[] { "launch", "online" },
            Price = 12.5,
            Status = Status.Draft,
            Location = new Online { Url = new Uri("https://meet.example.test/launch?room=1") },
            Attributes = new Dictionary<string, double> { ["weight"] = 0.25, ["rank"] = 3 },
            Note = "bring a laptop",
            Seat = new NewEventSeatItem[] { "A", 12L }, // z.tuple([z.string(), z.number().int()]): 3.1 prefixItems
            Code = 1234L,
            Organizer = new NewEventOrganizer { Name = "Ada", Email = "ada@example.test" },
        };

        using var result = await client.CreateEventAsync(sent);
        var created = Is<CreateEventResult.Created>(result);

        var body = created.Body;
        Assert.Equal("/events/" + body.Id, created.Headers.Location);
        Assert.Equal(title, body.Title);
        Assert.Equal(sent.StartsAt, body.StartsAt);
        Assert.Equal(TimeSpan.FromHours(2), body.StartsAt.Offset);
        Assert.Equal(sent.Day, body.Day);
        Assert.Equal(sent.Tags, body.Tags);
        Assert.Equal(12.5, body.Price);
        Assert.Equal(Status.Draft, body.Status);
        Assert.Equal(new Uri("https://meet.example.test/launch?room=1"), Assert.IsType<Location.Online>(body.Location).Value.Url);
        Assert.Equal(sent.Attributes, body.Attributes);
        Assert.Equal("bring a laptop", body.Note);
        Assert.Equal("A", Assert.IsType<EventSeatItem.String>(body.Seat![0]).Value);
        Assert.Equal(12L, Assert.IsType<EventSeatItem.Integer>(body.Seat[1]).Value);
        Assert.Equal(1234L, Assert.IsType<EventCode.Integer>(body.Code).Value);
        Assert.Equal(("Ada", "ada@example.test"), (body.Organizer!.Name, body.Organizer.Email));
        Assert.True(body.CreatedAt > DateTimeOffset.UtcNow.AddMinutes(-10));

        // The same event read back by its id: path parameter as a UUID.
        using var read = await client.GetEventAsync(body.Id);
        Assert.Equal(title, Is<GetEventResult.Ok>(read).Body.Title);

        // The same title on the same day again: the store's 409, read as its documented case.
        using var again = await client.CreateEventAsync(sent);
        var conflict = Is<CreateEventResult.Conflict>(again);
        Assert.Equal(ProblemCode.Conflict, conflict.Body.Code);
        Assert.Contains(title, conflict.Body.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateEvent_sends_a_required_null_and_zod_fills_the_defaults_left_out()
    {
        var sent = new NewEvent
        {
            Title = UniqueTitle("Workshop"),
            StartsAt = new DateTimeOffset(2026, 6, 2, 14, 0, 0, TimeSpan.Zero),
            Day = new DateOnly(2026, 6, 2),
            Price = null, // required, may be null: sent as null, not left out
            Status = Status.Published,
            Location = new InPerson { Venue = new Venue { Name = "Room 2", Capacity = 30 } },
            Attributes = new Dictionary<string, double>(),
            Code = "ws-2",
        };

        using var result = await _server.Client().CreateEventAsync(sent);
        var body = Is<CreateEventResult.Created>(result).Body;

        Assert.Null(body.Price);
        Assert.Empty(body.Tags!); // zod's default([])
        var venue = Assert.IsType<Location.InPerson>(body.Location).Value.Venue;
        Assert.False(venue.Accessible); // zod's default(false)
        Assert.Empty(body.Attributes);
        Assert.Equal("ws-2", Assert.IsType<EventCode.String>(body.Code).Value);
        Assert.Null(body.Seat);
        Assert.Null(body.Organizer);
    }

    [Fact]
    public async Task A_body_zod_refuses_is_its_documented_400_with_the_issues_path()
    {
        var sent = new NewEvent
        {
            Title = UniqueTitle("Big"),
            StartsAt = DateTimeOffset.UtcNow,
            Day = new DateOnly(2026, 7, 1),
            Price = -1, // zod: nonnegative
            Status = Status.Draft,
            Location = new InPerson { Venue = new Venue { Name = "Arena", Capacity = 200_000 } }, // zod: at most 100,000
            Attributes = new Dictionary<string, double>(),
        };

        using var result = await _server.Client().CreateEventAsync(sent);
        var refused = Is<CreateEventResult.BadRequest>(result);

        Assert.Equal(ProblemCode.Invalid, refused.Body.Code);
        var paths = refused.Body.Issues!.Select(i => string.Join(".", i.Path.Select(p => p.Match(s => s.Value, n => n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), u => u.Value.GetRawText())))).OrderBy(p => p, StringComparer.Ordinal);
        Assert.Equal(new[] { "location.venue.capacity", "price" }, paths);
    }

    [Fact]
    public async Task GetLocation_reads_the_discriminated_union_at_the_top_of_a_body()
    {
        using var result = await _server.Client().GetLocationAsync(Seeded);
        var location = Is<GetLocationResult.Ok>(result).Body;

        var name = location.Match(online => online.Value.Url.ToString(), inPerson => inPerson.Value.Venue.Name, unknown => unknown.Value.GetRawText());
        Assert.Equal("Hall 1", name);
    }

    [Fact]
    public async Task A_missing_or_wrong_token_is_the_documented_401()
    {
        using var none = await _server.Client(token: null).GetEventAsync(Seeded);
        Assert.Equal(ProblemCode.Unauthorized, Is<GetEventResult.Unauthorized>(none).Body.Code);

        using var wrong = await _server.Client(token: "not-it").GetEventAsync(Seeded);
        Assert.Equal(ProblemCode.Unauthorized, Is<GetEventResult.Unauthorized>(wrong).Body.Code);
    }

    [Fact]
    public async Task GetEvent_of_an_unknown_id_is_the_documented_404()
    {
        using var result = await _server.Client().GetEventAsync(Guid.NewGuid());
        Assert.Equal(ProblemCode.NotFound, Is<GetEventResult.NotFound>(result).Body.Code);
    }

    // ---- Other media types ----

    [Fact]
    public async Task PatchEvent_sends_a_merge_patch_that_zod_reads()
    {
        var client = _server.Client();
        var id = await CreateAsync(client, "Patchable", note: "first note", price: 10);

        using var result = await client.PatchEventAsync(id, new EventPatch { Title = "Patched", Tags = new[] { "changed" } });
        var patched = Is<PatchEventResult.Ok>(result).Body;

        Assert.Equal("Patched", patched.Title);
        Assert.Equal(new[] { "changed" }, patched.Tags);
        Assert.Equal(10, patched.Price); // left out of the patch: kept
        Assert.Equal("first note", patched.Note);
    }

    /// <summary>
    /// A member whose schema allows null is sent as null when the caller sets it to null, and left out when the caller
    /// does not set it: in a JSON merge patch (RFC 7396) the first removes the member, the second keeps it.
    /// </summary>
    [Fact]
    public async Task PatchEvent_sends_a_null_the_caller_sets_so_the_merge_patch_clears_the_member()
    {
        var client = _server.Client();
        var id = await CreateAsync(client, "Clearable", note: "to be removed", price: 25);

        using var result = await client.PatchEventAsync(id, new EventPatch { Note = null, Price = null });
        var patched = Is<PatchEventResult.Ok>(result).Body;

        Assert.Null(patched.Note);
        Assert.Null(patched.Price);
        Assert.Contains("\"price\":null", result.RawBody, StringComparison.Ordinal);
        Assert.DoesNotContain("\"note\"", result.RawBody, StringComparison.Ordinal); // the server removed it

        using var read = await client.GetEventAsync(id);
        var stored = Is<GetEventResult.Ok>(read).Body;
        Assert.Null(stored.Note);
        Assert.Null(stored.Price);
        Assert.StartsWith("Clearable", stored.Title, StringComparison.Ordinal); // not in the patch: kept
    }

    [Fact]
    public async Task BuyTickets_sends_a_url_encoded_form_zod_coerces()
    {
        using var result = await _server.Client().BuyTicketsAsync(
            Seeded,
            new BuyTicketsRequest { Quantity = 3, Email = "buyer+1@example.test", SeatClass = BuyTicketsRequestSeatClass.Premium, Note = "a & b = c" });
        var tickets = Is<BuyTicketsResult.Created>(result).Body;

        Assert.Equal(3, tickets.TicketIds.Count);
        Assert.Equal(3, tickets.TicketIds.Distinct().Count());
        Same(new { form = new { quantity = 3, email = "buyer+1@example.test", seatClass = "premium", note = "a & b = c" } }, JsonSerializer.SerializeToElement(tickets.Received));
    }

    [Fact]
    public async Task UploadPoster_sends_a_multipart_file_and_fields_hono_parses()
    {
        var bytes = new byte[70_000];
        new Random(7).NextBytes(bytes);
        await using var stream = new MemoryStream(bytes);

        using var result = await _server.Client().UploadPosterAsync(
            Seeded,
            new UploadPosterRequest { File = new ApiFile(stream, "poster.png", "image/png"), Caption = "Größe: A2" });
        var poster = Is<UploadPosterResult.Ok>(result).Body;

        Assert.Equal(("poster.png", "image/png", 70_000L), (poster.Name, poster.Type, poster.Size));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), poster.Sha256);
        Assert.Equal("Größe: A2", poster.Caption);
        Assert.Null(poster.Alt);
    }

    [Fact]
    public async Task GetCalendar_reads_a_text_calendar_answer()
    {
        using var result = await _server.Client().GetCalendarAsync(Seeded);
        var ok = Is<GetCalendarResult.Ok>(result);

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ok.Body, StringComparison.Ordinal);
        Assert.Contains("UID:" + Seeded + "\r\n", ok.Body, StringComparison.Ordinal);
        Assert.StartsWith("text/calendar", ok.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteEvent_answers_204_then_404()
    {
        var client = _server.Client();
        var id = await CreateAsync(client, "Short-lived");

        using var deleted = await client.DeleteEventAsync(id);
        Is<DeleteEventResult.NoContent>(deleted);

        using var again = await client.DeleteEventAsync(id);
        Assert.Equal(ProblemCode.NotFound, Is<DeleteEventResult.NotFound>(again).Body.Code);
    }

    private async Task<Guid> CreateAsync(EventsClient client, string stem, string? note = null, double? price = null)
    {
        using var result = await client.CreateEventAsync(new NewEvent
        {
            Title = UniqueTitle(stem),
            StartsAt = new DateTimeOffset(2026, 8, 1, 10, 0, 0, TimeSpan.Zero),
            Day = new DateOnly(2026, 8, 1),
            Price = price,
            Status = Status.Draft,
            Location = new Online { Url = new Uri("https://example.test/e") },
            Attributes = new Dictionary<string, double>(),
            Note = note,
        });
        return Is<CreateEventResult.Created>(result).Body.Id;
    }
}
