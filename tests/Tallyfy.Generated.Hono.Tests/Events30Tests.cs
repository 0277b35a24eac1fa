using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using HonoEvents30;
using Xunit;

namespace Tallyfy.Generated.Hono.Tests;

/// <summary>
/// The same routes through the client of the OpenAPI 3.0 document @hono/zod-openapi writes for them: 3.0's
/// <c>nullable: true</c> where 3.1 writes <c>type: [x, "null"]</c>, and the tuple as an array of an <c>anyOf</c>.
/// </summary>
[Collection(HonoCollection.Name)]
public sealed class Events30Tests
{
    private readonly HonoServer _server;

    public Events30Tests(HonoServer server) => _server = server;

    private T Is<T>(ApiResponse result)
        where T : ApiResponse
    {
        Assert.True(result is T, $"expected {typeof(T).Name}, got {result.GetType().Name} {result.StatusCode}: {result.RawBody}\n--- server ---\n{_server.Output()}");
        return (T)result;
    }

    [Fact]
    public async Task An_event_made_read_and_cleared_through_the_30_document()
    {
        var client = _server.Client30();
        var title = "Three-oh " + Guid.NewGuid().ToString("N")[..8];
        using var created = await client.CreateEventAsync(new NewEvent
        {
            Title = title,
            StartsAt = new DateTimeOffset(2026, 9, 1, 19, 0, 0, TimeSpan.FromHours(-4)),
            Day = new DateOnly(2026, 9, 1),
            Price = 7.25,
            Status = Status.Published,
            Location = new InPerson { Venue = new Venue { Name = "Loft", Capacity = 40, Accessible = true } },
            Attributes = new Dictionary<string, double> { ["stars"] = 5 },
            Note = "doors at 18:30",
            Seat = new NewEventSeatItem[] { "B", 7L },
        });
        var body = Is<CreateEventResult.Created>(created).Body;
        Assert.Equal(title, body.Title);
        Assert.Equal(TimeSpan.FromHours(-4), body.StartsAt.Offset);
        Assert.Equal(new[] { "B", "7" }, body.Seat!.Select(s => s.Match(text => text.Value, number => number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), unknown => unknown.Value.GetRawText())));
        Assert.True(Assert.IsType<Location.InPerson>(body.Location).Value.Venue.Accessible);

        using var patched = await client.PatchEventAsync(body.Id, new EventPatch { Note = null, Price = null });
        var after = Is<PatchEventResult.Ok>(patched).Body;
        Assert.Null(after.Note);
        Assert.Null(after.Price);
        Assert.Equal(title, after.Title);

        using var listed = await client.ListEventsAsync(status: Status.Published, tag: new[] { "dotnet", "meetup" });
        Assert.Contains(Is<ListEventsResult.Ok>(listed).Body.Items, e => e.Title == "Seeded meetup");
    }
}
