using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AspNetCoreApi;
using Xunit;

namespace Tallyfy.Generated.AspNetCore.Tests;

/// <summary>
/// Endpoints that answer with what they received, so the request the client sent is checked as ASP.NET Core's binding
/// read it: query arrays, headers, defaults, scalars in the path and query, forms, uploads, recursive and polymorphic bodies.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class EchoTests
{
    private readonly ServerFixture _server;

    public EchoTests(ServerFixture server) => _server = server;

    [Fact]
    public async Task Search_SendsQueryArraysAndHeaders_AndLeavesOutOptionals_SoTheServerDefaultsApply()
    {
        var result = await _server.CreateClient().SearchAsync("req-1", new[] { 3, -1, 0 }, new[] { "a b", "c&d", "é" }, q: "x=y?");

        var echo = Assert.IsType<SearchResult.Ok>(result).Body;
        Assert.Equal("req-1", echo.RequestId);
        Assert.Equal(new[] { 3, -1, 0 }, echo.Ids);
        Assert.Equal(new[] { "a b", "c&d", "é" }, echo.Tags);
        Assert.Equal("x=y?", echo.Query);
        Assert.Null(echo.Tenant);
        Assert.Null(echo.Priority);
        Assert.Equal(1, echo.Page);
        Assert.Equal(20, echo.PageSize);
        Assert.False(echo.Descending);
    }

    [Fact]
    public async Task Search_SendsEveryOptional_WhenGiven()
    {
        var result = await _server.CreateClient().SearchAsync(
            "req-2", new[] { 7 }, Array.Empty<string>(), xTenant: 42, priority: Priority.Low, page: 3, pageSize: 5, descending: true);

        var echo = Assert.IsType<SearchResult.Ok>(result).Body;
        Assert.Equal(new[] { 7 }, echo.Ids);
        Assert.Empty(echo.Tags);
        Assert.Null(echo.Query);
        Assert.Equal(42, echo.Tenant);
        Assert.Equal(Priority.Low, echo.Priority);
        Assert.Equal((3, 5, true), (echo.Page, echo.PageSize, echo.Descending));
    }

    [Fact]
    public async Task Scalars_InThePathAndQuery_AreBoundToTheSameValues()
    {
        var at = new DateTimeOffset(2026, 2, 28, 23, 59, 58, 123, TimeSpan.FromHours(5.5));
        var id = Guid.NewGuid();

        var result = await _server.CreateClient().EchoScalarsAsync(
            new DateOnly(2024, 2, 29), at, new TimeOnly(8, 0, 1, 500), 79228162514264.3375, long.MinValue, id, 5, -1.25e-7);

        var echo = Assert.IsType<EchoScalarsResult.Ok>(result).Body;
        Assert.Equal(new DateOnly(2024, 2, 29), echo.Day);
        Assert.Equal(at, echo.At);
        Assert.Equal(at.Offset, echo.At.Offset);
        Assert.Equal(new TimeOnly(8, 0, 1, 500), echo.Time);
        Assert.Equal(79228162514264.3375, echo.Amount);
        Assert.Equal(long.MinValue, echo.Big);
        Assert.Equal(id, echo.Id);
        Assert.Equal(5L, echo.Level);
        Assert.Equal(-1.25e-7, echo.Ratio);
    }

    [Fact]
    public async Task Paging_AsParameters_BindsTheRouteQueryAndHeaderMembers()
    {
        var from = new DateTimeOffset(2026, 5, 6, 7, 8, 9, TimeSpan.FromHours(-3));
        var client = _server.CreateClient();

        var echo = Assert.IsType<EchoPagingResult.Ok>(await client.EchoPagingAsync(-17, from, "tok/+=", 3)).Body;
        Assert.Equal((from, "tok/+=", 3, -17), (echo.From!.Value, echo.PageToken, echo.Take, echo.Id));
        Assert.Equal(from.Offset, echo.From.Value.Offset);

        var defaults = Assert.IsType<EchoPagingResult.Ok>(await client.EchoPagingAsync(1)).Body;
        Assert.Equal(((DateTimeOffset?)null, (string?)null, 10), (defaults.From, defaults.PageToken, defaults.Take));
    }

    [Fact]
    public async Task Assorted_BytesSpansUrisSmallAndHugeNumbersEnumListsAndFreeFormValues_RoundTrip()
    {
        using var extras = System.Text.Json.JsonDocument.Parse("{\"n\":1,\"s\":\"x\",\"a\":[true,null]}");
        using var raw = System.Text.Json.JsonDocument.Parse("[1,\"two\",{\"three\":3}]");
        var sent = new Assorted
        {
            Blob = new byte[] { 0, 255, 1, 254 },
            Span = "1.02:03:04.5000000",
            Link = new Uri("https://example.com/a?b=c"),
            Ratio = 0.25f,
            Small = short.MinValue,
            Tiny = byte.MaxValue,
            Huge = ulong.MaxValue,
            Priorities = new[] { Priority.Normal, Priority.Urgent },
            MaybePriority = null,
            Extras = extras.RootElement.Clone(),
            Raw = raw.RootElement.Clone(),
            SnakeCase = "snake",
            Hidden = null,
            Score = 10,
        };

        var echo = Assert.IsType<EchoAssortedResult.Ok>(await _server.CreateClient().EchoAssortedAsync(sent)).Body;

        Assert.Equal(sent.Blob, echo.Blob);
        Assert.Equal(sent.Span, echo.Span);
        Assert.Equal(sent.Link, echo.Link);
        Assert.Equal((0.25f, short.MinValue, byte.MaxValue, ulong.MaxValue), (echo.Ratio, echo.Small, echo.Tiny, echo.Huge));
        Assert.Equal(sent.Priorities, echo.Priorities);
        Assert.Null(echo.MaybePriority);
        Assert.Equal(extras.RootElement.GetRawText(), echo.Extras!.Value.GetRawText());
        Assert.Equal(raw.RootElement.GetRawText(), echo.Raw!.Value.GetRawText());
        Assert.Equal("snake", echo.SnakeCase);
        Assert.Null(echo.Hidden);
        Assert.Equal(10, echo.Score);
    }

    [Fact]
    public async Task Lines_AnOptionalArrayBody_AndEnumAndDateQueryArrays()
    {
        var client = _server.CreateClient();
        var lines = new[] { new Line { Sku = "a", Quantity = 2, UnitPrice = 1.25 }, new Line { Sku = "b", Quantity = 1, UnitPrice = 10 } };

        var echo = Assert.IsType<EchoLinesResult.Ok>(await client.EchoLinesAsync(
            new[] { Priority.Low, Priority.Urgent }, lines, new[] { new DateOnly(2026, 1, 31), new DateOnly(1999, 12, 1) })).Body;
        Assert.Equal((2, 12.5), (echo.Count, echo.Total));
        Assert.Equal(new[] { Priority.Low, Priority.Urgent }, echo.Kinds);
        Assert.Equal(new[] { new DateOnly(2026, 1, 31), new DateOnly(1999, 12, 1) }, echo.Days);

        var empty = Assert.IsType<EchoLinesResult.Ok>(await client.EchoLinesAsync(new[] { Priority.Normal })).Body;
        Assert.Equal(((int?)null, 0.0), (empty.Count, empty.Total));
        Assert.Empty(empty.Days);
    }

    [Fact]
    public async Task Greet_IsPlainText()
    {
        var ok = Assert.IsType<GreetResult.Ok>(await _server.CreateClient().GreetAsync("Hēmi & co"));

        Assert.Equal("text/plain", ok.ContentType);
        Assert.Equal("Kia ora, Hēmi & co!", ok.Body);
    }

    [Fact]
    public async Task Contact_SendsTheFormFields()
    {
        var form = new ContactForm { Name = "Ngā Tāne & Co", Email = "a+b@example.com", Age = 41, Subscribe = true, Comment = "line 1\nline 2" };

        var result = await _server.CreateClient().ContactAsync(form);

        var echo = Assert.IsType<ContactResult.Ok>(result).Body;
        Assert.Equal((form.Name, form.Email, 41, true, form.Comment), (echo.Name, echo.Email, echo.Age, echo.Subscribe, echo.Comment));
    }

    [Fact]
    public async Task Contact_LeavesOutUnsetFields()
    {
        var result = await _server.CreateClient().ContactAsync(new ContactForm { Name = "N", Email = "e" });

        var echo = Assert.IsType<ContactResult.Ok>(result).Body;
        Assert.Equal(("N", "e", 0, false, (string?)null), (echo.Name, echo.Email, echo.Age, echo.Subscribe, echo.Comment));
    }

    [Fact]
    public async Task Upload_SendsTheFile_ItsName_Type_AndBytes_WithTheOtherField()
    {
        var bytes = new byte[] { 0, 1, 2, 255, 13, 10, 45, 45 };
        using var content = new MemoryStream(bytes);

        var result = await _server.CreateClient().UploadAsync(new UploadRequest
        {
            File = new ApiFile(content, "résumé 1.bin", "application/x-thing"),
            Description = "first & only",
        });

        var echo = Assert.IsType<UploadResult.Ok>(result).Body;
        Assert.Equal("first & only", echo.Description);
        var file = Assert.Single(echo.Files);
        Assert.Equal("file", file.FieldName);
        Assert.Equal("résumé 1.bin", file.FileName);
        Assert.Equal("application/x-thing", file.ContentType);
        Assert.Equal(bytes.Length, file.Length);
        Assert.Equal(bytes, Convert.FromBase64String(file.Base64));
    }

    [Fact]
    public async Task UploadMany_SendsEveryFile()
    {
        var files = Enumerable.Range(1, 3)
            .Select(i => new ApiFile(new MemoryStream(Encoding.UTF8.GetBytes(new string('x', i))), $"f{i}.txt", "text/plain"))
            .ToList();

        var result = await _server.CreateClient().UploadManyAsync(new UploadManyRequest { Files = files });

        var echo = Assert.IsType<UploadManyResult.Ok>(result).Body;
        Assert.Null(echo.Description);
        Assert.Equal(new[] { "f1.txt", "f2.txt", "f3.txt" }, echo.Files.Select(f => f.FileName));
        Assert.All(echo.Files, f => Assert.Equal("files", f.FieldName));
        Assert.Equal(new[] { "x", "xx", "xxx" }, echo.Files.Select(f => Encoding.UTF8.GetString(Convert.FromBase64String(f.Base64))));
    }

    [Fact]
    public async Task SummariseCategories_SendsASelfReferencingTree()
    {
        var root = new Category
        {
            Name = "root",
            Children = new[]
            {
                new Category { Name = "a", Children = new[] { new Category { Name = "a1", Children = new[] { new Category { Name = "a1x" } } } } },
                new Category { Name = "b", Parent = new Category { Name = "detached" } },
            },
        };

        var result = await _server.CreateClient().SummariseCategoriesAsync(root);

        var summary = Assert.IsType<SummariseCategoriesResult.Ok>(result).Body;
        Assert.Equal(5, summary.Count);
        Assert.Equal(4, summary.Depth);
        Assert.Equal(new[] { "root", "a", "a1", "a1x", "b" }, summary.Names);
    }

    [Fact]
    public async Task DescribeShape_SendsAVariant_AndReadsEachVariantBack()
    {
        var result = await _server.CreateClient().DescribeShapeAsync(new ShapeCircle { Radius = 2, Label = "c" }, withOthers: true);

        var report = Assert.IsType<DescribeShapeResult.Ok>(result).Body;
        Assert.Equal("Circle", report.Kind);
        Assert.Equal(Math.PI * 4, report.Area, 10);
        var circle = Assert.IsType<Shape.ShapeCircle>(report.Shape).Value;
        Assert.Equal((2.0, "c", ShapeCircleKind.Circle), (circle.Radius, circle.Label, circle.Kind));
        Assert.Collection(
            report.Others,
            s => Assert.Equal((1.0, "unit"), (Assert.IsType<Shape.ShapeCircle>(s).Value.Radius, ((Shape.ShapeCircle)s).Value.Label)),
            s => Assert.Equal((2.0, 3.0, (string?)null), (Assert.IsType<Shape.ShapeRectangle>(s).Value.Width, ((Shape.ShapeRectangle)s).Value.Height, ((Shape.ShapeRectangle)s).Value.Label)));
    }

    [Fact]
    public async Task DescribeShape_OfARectangle()
    {
        var result = await _server.CreateClient().DescribeShapeAsync(new ShapeRectangle { Width = 1.5, Height = 4 }, withOthers: false);

        var report = Assert.IsType<DescribeShapeResult.Ok>(result).Body;
        Assert.Equal(("Rectangle", 6.0), (report.Kind, report.Area));
        Assert.Equal(4, Assert.IsType<Shape.ShapeRectangle>(report.Shape).Value.Height);
        Assert.Empty(report.Others);
    }

    [Fact]
    public async Task EchoNotice_WithANumericDiscriminator_ReadsTheBaseAndTheDerivedType()
    {
        var client = _server.CreateClient();

        var notice = Assert.IsType<EchoNoticeResult.Ok>(await client.EchoNoticeAsync(new NoticeNotice { Text = "hi" })).Body;
        Assert.Equal("HI", Assert.IsType<Notice.NoticeNotice>(notice).Value.Text);

        var alarm = Assert.IsType<EchoNoticeResult.Ok>(await client.EchoNoticeAsync(new NoticeAlarm { Text = "fire", Severity = 2 })).Body;
        var read = Assert.IsType<Notice.NoticeAlarm>(alarm).Value;
        Assert.Equal(("FIRE", 3), (read.Text, read.Severity));
    }
}
