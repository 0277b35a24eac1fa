using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Tallyfy.Generated.AspNetCore.Server;

/// <summary>Written as its names (a JsonStringEnumConverter on the type).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Priority>))]
public enum Priority
{
    Low,
    Normal,
    Urgent,
}

/// <summary>Written as its numbers (no converter).</summary>
public enum Level
{
    Debug,
    Info,
    Warning = 5,
}

public sealed record Address(string Street, string? City, string Country = "NZ");

public sealed class Line
{
    public required string Sku { get; init; }
    public required int Quantity { get; init; }
    public required decimal UnitPrice { get; init; }
}

public sealed class NewOrder
{
    [Required]
    [StringLength(40, MinimumLength = 1)]
    public required string Customer { get; init; }
    public string? Note { get; init; }
    public required decimal Total { get; init; }
    public required long Sequence { get; init; }
    public required DateTimeOffset PlacedAt { get; init; }
    public required DateOnly DeliveryDate { get; init; }
    public required TimeOnly DeliveryTime { get; init; }
    public required Priority Priority { get; init; }
    public Level Level { get; init; }
    public required List<Line> Lines { get; init; }
    public Dictionary<string, int> Quantities { get; init; } = new();
    public List<List<int>> Grid { get; init; } = new();
    public Address? ShippingAddress { get; init; }
    public int? Rating { get; init; }
    public double Weight { get; init; }
    public bool Gift { get; init; }
    public Guid? ReferralId { get; init; }
    public string[] Tags { get; init; } = Array.Empty<string>();
}

public sealed class Order
{
    public required Guid Id { get; init; }
    public required NewOrder Details { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public Dictionary<string, Address> AddressBook { get; init; } = new();
}

/// <summary>A self-referencing type.</summary>
public sealed class Category
{
    public required string Name { get; init; }
    public List<Category> Children { get; init; } = new();
    public Category? Parent { get; init; }
}

public sealed record CategorySummary(int Count, int Depth, List<string> Names);

[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(Circle), "circle")]
[JsonDerivedType(typeof(Rectangle), "rectangle")]
public abstract class Shape
{
    public string? Label { get; init; }
}

public sealed class Circle : Shape
{
    public required double Radius { get; init; }
}

public sealed class Rectangle : Shape
{
    public required double Width { get; init; }
    public required double Height { get; init; }
}

public sealed record ShapeReport(string Kind, double Area, Shape Shape, List<Shape> Others);

/// <summary>A hierarchy whose base is a concrete type too, with a numeric discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$type")]
[JsonDerivedType(typeof(Notice), 0)]
[JsonDerivedType(typeof(Alarm), 1)]
public class Notice
{
    public required string Text { get; init; }
}

public sealed class Alarm : Notice
{
    public required int Severity { get; init; }
}

public sealed record SearchEcho(
    string? Query, int[] Ids, string[] Tags, int Page, int PageSize, bool Descending, string RequestId, int? Tenant, Priority? Priority);

public sealed record ScalarEcho(
    DateOnly Day, DateTimeOffset At, TimeOnly Time, decimal Amount, long Big, Guid Id, Level Level, double Ratio);

public sealed class ContactForm
{
    public required string Name { get; init; }
    public required string Email { get; init; }
    public int Age { get; init; }
    public bool Subscribe { get; init; }
    public string? Comment { get; init; }
}

public sealed record ContactEcho(string Name, string Email, int Age, bool Subscribe, string? Comment);

public sealed record UploadedFile(string FieldName, string FileName, string? ContentType, long Length, string Base64);

public sealed record UploadEcho(string? Description, List<UploadedFile> Files);

public sealed record Reading(int Index, double Value, DateTimeOffset At);

public sealed record InventoryItem(string Sku, int OnHand, List<string> Bins);

public sealed record Price(decimal Amount, string Currency);

/// <summary>Scalars and attributes the other models leave out.</summary>
public sealed class Assorted
{
    public required byte[] Blob { get; init; }
    public TimeSpan Span { get; init; }
    public Uri? Link { get; init; }
    public float Ratio { get; init; }
    public short Small { get; init; }
    public byte Tiny { get; init; }
    public ulong Huge { get; init; }
    public List<Priority> Priorities { get; init; } = new();
    public Priority? MaybePriority { get; init; }
    public Dictionary<string, object?> Extras { get; init; } = new();
    public System.Text.Json.JsonElement Raw { get; init; }

    [JsonPropertyName("snake_case")]
    public string? SnakeCase { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Hidden { get; init; }

    [System.ComponentModel.Description("Described by an attribute.")]
    [Range(0, 10)]
    public int Score { get; init; }
}

/// <summary>Parameters bound from one type with [AsParameters].</summary>
public sealed record Paging(
    [property: Microsoft.AspNetCore.Mvc.FromQuery(Name = "from")] DateTimeOffset? From,
    [property: Microsoft.AspNetCore.Mvc.FromHeader(Name = "X-Page-Token")] string? PageToken,
    int Take = 10);

public sealed record PagingEcho(DateTimeOffset? From, string? PageToken, int Take, int Id);

public sealed record LinesEcho(int? Count, decimal Total, Priority[] Kinds, DateOnly[] Days);
