using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Tallyfy.Generated.AspNetCore.Server;

/// <summary>The app: <see cref="Create"/> builds it, the endpoints are mapped in <see cref="Map"/>.</summary>
public static class ServerApp
{
    /// <summary>The name of Swashbuckle's document: /swagger/v1/swagger.json (OpenAPI 3.0), /swagger2/v1/swagger.json (Swagger 2.0).</summary>
    public const string SwaggerDocument = "v1";

    /// <summary>
    /// Whether Microsoft.Extensions.ApiDescription.Server's GetDocument.Insider runs the app, to write
    /// Microsoft.AspNetCore.OpenApi's document at build time. Swashbuckle is left out then: it has an
    /// IDocumentProvider of its own, and the tool asks for the first such type it finds among the loaded assemblies,
    /// which is Swashbuckle's, so the build would write Swashbuckle's OpenAPI 3.0 document instead.
    /// </summary>
    private static bool ForBuildTimeDocument =>
        System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";

    public const string FileText = "hello from ASP.NET Core\n";

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // The application name titles the document; hosted by the tests it would otherwise be the test assembly's.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(ServerApp).Assembly.GetName().Name });
        builder.Services.AddOpenApi();
        if (!ForBuildTimeDocument)
        {
            // Swashbuckle describes the same endpoints too, as OpenAPI 3.0 and as Swagger 2.0 (see UseSwagger below).
            builder.Services.AddEndpointsApiExplorer();
            builder.Services.AddSwaggerGen(c =>
            {
                c.SwaggerDoc(SwaggerDocument, new Microsoft.OpenApi.OpenApiInfo { Title = "Shop", Version = "v1" });
                // What a Swashbuckle user turns on for [JsonPolymorphic] hierarchies: the derived types ([JsonDerivedType])
                // as oneOf with the discriminator, each derived type an allOf of its base.
                c.UseOneOfForPolymorphism();
                c.UseAllOfForInheritance();
                // Swashbuckle does not read the discriminator off [JsonPolymorphic]/[JsonDerivedType]; its selectors are
                // how a user tells it (Swashbuckle's README, "Enrich polymorphic base classes with discriminator metadata").
                c.SelectDiscriminatorNameUsing(type => type.GetCustomAttributes(typeof(JsonPolymorphicAttribute), false)
                    .OfType<JsonPolymorphicAttribute>().FirstOrDefault()?.TypeDiscriminatorPropertyName);
                c.SelectDiscriminatorValueUsing(type => type.BaseType?.GetCustomAttributes(typeof(JsonDerivedTypeAttribute), false)
                    .OfType<JsonDerivedTypeAttribute>().FirstOrDefault(a => a.DerivedType == type)?.TypeDiscriminator?.ToString());
            });
        }

        builder.Services.AddProblemDetails();
        builder.Services.AddValidation();
        builder.Services.AddSingleton<OrderStore>();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapOpenApi();
        if (!ForBuildTimeDocument)
        {
            // Apart from /openapi/v1.json, which is Microsoft.AspNetCore.OpenApi's.
            app.UseSwagger(o => o.RouteTemplate = "swagger/{documentName}/swagger.json");
            app.UseSwagger(o =>
            {
                o.RouteTemplate = "swagger2/{documentName}/swagger.json";
                o.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi2_0;
            });
        }

        Map(app);
        return app;
    }

    private static void Map(WebApplication app)
    {
        var orders = app.MapGroup("/orders").WithTags("Orders");

        orders.MapGet("/{id:guid}", Results<Ok<Order>, NotFound> (Guid id, OrderStore store) =>
            store.Orders.TryGetValue(id, out var order) ? TypedResults.Ok(order) : TypedResults.NotFound())
            .WithName("GetOrder");

        orders.MapPost("/", Results<Created<Order>, ValidationProblem> (NewOrder body, OrderStore store) =>
            {
                if (body.Lines.Count == 0)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["Lines"] = new[] { "An order needs at least one line." },
                    });
                }

                var order = new Order
                {
                    Id = Guid.NewGuid(),
                    Details = body,
                    CreatedAt = new DateTimeOffset(2026, 12, 2, 10, 30, 0, TimeSpan.FromHours(13)),
                    AddressBook = body.ShippingAddress is { } a ? new() { ["shipping"] = a } : new(),
                };
                store.Orders[order.Id] = order;
                return TypedResults.Created($"/orders/{order.Id}", order);
            })
            .WithName("CreateOrder");

        orders.MapPut("/{id:guid}/note", Results<NoContent, NotFound, ProblemHttpResult> (
                Guid id, [FromBody] string note, OrderStore store) =>
            {
                if (!store.Orders.TryGetValue(id, out var order))
                {
                    return TypedResults.NotFound();
                }

                if (note.Length > 100)
                {
                    return TypedResults.Problem("A note is at most 100 characters.", statusCode: 409, title: "Note too long");
                }

                store.Orders[id] = new Order
                {
                    Id = order.Id,
                    Details = new NewOrder
                    {
                        Customer = order.Details.Customer,
                        Note = note,
                        Total = order.Details.Total,
                        Sequence = order.Details.Sequence,
                        PlacedAt = order.Details.PlacedAt,
                        DeliveryDate = order.Details.DeliveryDate,
                        DeliveryTime = order.Details.DeliveryTime,
                        Priority = order.Details.Priority,
                        Lines = order.Details.Lines,
                    },
                    CreatedAt = order.CreatedAt,
                };
                return TypedResults.NoContent();
            })
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("SetOrderNote");

        orders.MapDelete("/{id:guid}", (Guid id, OrderStore store) =>
                store.Orders.TryRemove(id, out _) ? Results.NoContent() : Results.StatusCode(StatusCodes.Status410Gone))
            .Produces(StatusCodes.Status204NoContent)
            .WithName("DeleteOrder");

        var echo = app.MapGroup("/echo").WithTags("Echo");

        echo.MapGet("/search", (
                [FromHeader(Name = "X-Request-Id")] string requestId,
                [FromQuery] int[] ids,
                [FromQuery(Name = "tag")] string[] tags,
                string? q,
                [FromHeader(Name = "X-Tenant")] int? tenant,
                Priority? priority,
                int page = 1,
                int pageSize = 20,
                bool descending = false) =>
                TypedResults.Ok(new SearchEcho(q, ids, tags, page, pageSize, descending, requestId, tenant, priority)))
            .WithName("Search");

        echo.MapGet("/scalars/{day}", (DateOnly day, DateTimeOffset at, TimeOnly time, decimal amount, long big, Guid id, Level level, double ratio) =>
                TypedResults.Ok(new ScalarEcho(day, at, time, amount, big, id, level, ratio)))
            .WithName("EchoScalars");

        echo.MapPost("/contact", ([FromForm] ContactForm form) =>
                TypedResults.Ok(new ContactEcho(form.Name, form.Email, form.Age, form.Subscribe, form.Comment)))
            .DisableAntiforgery()
            .WithName("Contact");

        echo.MapPost("/upload", async (IFormFile file, [FromForm] string? description) =>
                TypedResults.Ok(new UploadEcho(description, new List<UploadedFile> { await Describe(file) })))
            .DisableAntiforgery()
            .WithName("Upload");

        echo.MapPost("/uploads", async (IFormFileCollection files) =>
            {
                var described = new List<UploadedFile>();
                foreach (var file in files)
                {
                    described.Add(await Describe(file));
                }

                return TypedResults.Ok(new UploadEcho(null, described));
            })
            .DisableAntiforgery()
            .WithName("UploadMany");

        echo.MapPost("/assorted", (Assorted body) => TypedResults.Ok(body))
            .WithName("EchoAssorted");

        echo.MapGet("/paging/{id:int}", (int id, [AsParameters] Paging paging) =>
                TypedResults.Ok(new PagingEcho(paging.From, paging.PageToken, paging.Take, id)))
            .WithName("EchoPaging");

        echo.MapPost("/lines", ([FromBody] List<Line>? lines, [FromQuery] Priority[] kinds, [FromQuery] DateOnly[]? days) =>
                TypedResults.Ok(new LinesEcho(lines?.Count, lines?.Sum(l => l.Quantity * l.UnitPrice) ?? 0, kinds, days ?? Array.Empty<DateOnly>())))
            .WithName("EchoLines");

        echo.MapPost("/categories", (Category root) => TypedResults.Ok(Summarise(root)))
            .WithName("SummariseCategories");

        echo.MapPost("/shapes", Results<Ok<ShapeReport>, BadRequest<ProblemDetails>> (Shape shape, [FromQuery] bool withOthers) =>
            {
                double area = shape switch
                {
                    Circle c => Math.PI * c.Radius * c.Radius,
                    Rectangle r => r.Width * r.Height,
                    _ => double.NaN,
                };
                var others = withOthers
                    ? new List<Shape> { new Circle { Radius = 1, Label = "unit" }, new Rectangle { Width = 2, Height = 3 } }
                    : new List<Shape>();
                return TypedResults.Ok(new ShapeReport(shape.GetType().Name, area, shape, others));
            })
            .WithName("DescribeShape");

        echo.MapPost("/notices", (Notice notice) => TypedResults.Ok(notice is Alarm a ? (Notice)new Alarm { Text = a.Text.ToUpperInvariant(), Severity = a.Severity + 1 } : new Notice { Text = notice.Text.ToUpperInvariant() }))
            .WithName("EchoNotice");

        var misc = app.MapGroup("/misc").WithTags("Misc");

        misc.MapGet("/inventory", () => TypedResults.Ok(new Dictionary<string, List<InventoryItem>>
        {
            ["north"] = new() { new InventoryItem("A-1", 3, new List<string> { "n1", "n2" }) },
            ["south"] = new(),
        }))
            .WithName("GetInventory");

        misc.MapGet("/price", () => TypedResults.Ok(new Price(79228162514264.337593543950335m, "NZD")))
            .WithName("GetPrice");

        misc.MapGet("/text", (string name) => TypedResults.Text($"Kia ora, {name}!", "text/plain", Encoding.UTF8))
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .WithName("Greet");

        misc.MapGet("/teapot", (bool brew) => brew ? Results.StatusCode(418) : Results.Ok("tea"))
            .Produces<string>(StatusCodes.Status200OK)
            .WithName("Teapot");

        misc.MapGet("/files/{name}", Results<FileContentHttpResult, NotFound> (string name) =>
                name == "missing.txt"
                    ? TypedResults.NotFound()
                    : TypedResults.File(Encoding.UTF8.GetBytes(FileText), "application/octet-stream", name))
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .WithName("DownloadFile");

        misc.MapGet("/readings", (int count) => Readings(count, CancellationToken.None))
            .WithName("StreamReadings");

        misc.MapGet("/readings/events", (int count, CancellationToken cancellationToken) =>
                TypedResults.ServerSentEvents(Readings(count, cancellationToken), eventType: "reading"))
            .WithName("ReadingEvents");

        misc.MapGet("/problem", (int status) => TypedResults.Problem(detail: "Asked for a problem.", statusCode: status, title: "Requested"))
            .ProducesProblem(StatusCodes.Status500InternalServerError)
            .WithName("Problem");
    }

    private static async IAsyncEnumerable<Reading> Readings(int count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var start = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return new Reading(i, i * 1.5, start.AddMinutes(i));
        }
    }

    private static async Task<UploadedFile> Describe(IFormFile file)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        return new UploadedFile(file.Name, file.FileName, file.ContentType, file.Length, Convert.ToBase64String(buffer.ToArray()));
    }

    private static CategorySummary Summarise(Category root)
    {
        var names = new List<string>();
        int Walk(Category c, int depth)
        {
            names.Add(c.Name);
            return c.Children.Select(child => Walk(child, depth + 1)).DefaultIfEmpty(depth).Max();
        }

        var depth = Walk(root, 1);
        return new CategorySummary(names.Count, depth, names);
    }
}

public sealed class OrderStore
{
    public ConcurrentDictionary<Guid, Order> Orders { get; } = new();
}
