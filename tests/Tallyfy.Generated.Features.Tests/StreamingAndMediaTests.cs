using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Features;
using WireMock.ResponseBuilders;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>Binary responses as unbuffered streams, several media types on one status, and capped long names.</summary>
public sealed class StreamingAndMediaTests : IClassFixture<FeaturesServer>
{
    private readonly FeaturesServer _server;

    public StreamingAndMediaTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    [Fact]
    public async Task A_binary_body_arrives_as_a_stream_with_every_byte_and_no_buffered_copy()
    {
        var bytes = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
        _server.Reset(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/octet-stream").WithBody(bytes));

        var result = await _server.CreateFeaturesClient().DownloadAsync("report.bin");

        var ok = Assert.IsType<DownloadResult.Ok>(result);
        Assert.Equal("application/octet-stream", ok.ContentType);
        Assert.True(ok.RawBodyBytes.IsEmpty);
        using var stream = ok.Body;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task On_the_same_operation_a_json_error_is_still_read_and_buffered()
    {
        _server.RespondJson(404, "{\"code\":\"missing\",\"message\":\"no such file\"}");

        var result = await _server.CreateFeaturesClient().DownloadAsync("nope.bin");

        var notFound = Assert.IsType<DownloadResult.NotFound>(result);
        Assert.Null(notFound.BodyError);
        Assert.Equal("missing", notFound.Body.Code);
        Assert.Contains("no such file", notFound.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_with_several_media_types_reads_json_as_json()
    {
        _server.RespondJson(200, "{\"rows\":3}");

        var result = await _server.CreateFeaturesClient().GetReportAsync();

        var ok = Assert.IsType<GetReportResult.Ok>(result);
        Assert.Equal(3, ok.Body.Rows);
        // The CSV reaches the caller only raw: asked for after the JSON, at a lower quality.
        Assert.Equal("application/json, text/csv;q=0.9", _server.Single().Wire.Header("Accept"));
    }

    [Fact]
    public async Task A_status_with_several_media_types_keeps_a_csv_answer_as_the_raw_body()
    {
        _server.Reset(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/csv").WithBody("rows\n3\n"));

        var result = await _server.CreateFeaturesClient().GetReportAsync();

        var ok = Assert.IsType<GetReportResult.Ok>(result);
        Assert.Equal("text/csv", ok.ContentType);
        Assert.Equal("rows\n3\n", ok.RawBody);
        Assert.NotNull(ok.BodyError);
        Assert.False(ok.TryGetBody(out _));
    }

    [Fact]
    public void An_absurdly_long_schema_name_is_capped_and_stays_unique()
    {
        var bodyType = typeof(GetReportResult.Ok).GetProperty("Body", BindingFlags.Public | BindingFlags.Instance)!.PropertyType;

        Assert.True(bodyType.Name.Length <= 80, bodyType.Name);
        Assert.StartsWith("ThisSchemaNameIsFarLonger", bodyType.Name, StringComparison.Ordinal);
        Assert.Matches("_[0-9a-f]{8}$", bodyType.Name);
    }
}
