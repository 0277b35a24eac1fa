using System;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Features;
using WireMock.ResponseBuilders;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// What a schema says beyond its type, on the wire: formats read and written typed (dates, times, durations, HTTP dates,
/// base64url, URIs, sized integers), defaults and constants applied to absent response properties, deprecated members.
/// </summary>
public sealed class SemanticsTests : IClassFixture<FeaturesServer>
{
    private readonly FeaturesServer _server;

    public SemanticsTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    private async Task<GetSemanticsResult.Ok> GetAsync(string json)
    {
        _server.RespondJson(200, json);
        return Assert.IsType<GetSemanticsResult.Ok>(await _server.CreateFeaturesClient().GetSemanticsAsync());
    }

    [Fact]
    public async Task Formats_AreReadAsTheirTypes()
    {
        var ok = await GetAsync("""
            {"kind":"semantic","at":"2024-01-02t03:04:05.123456789z","day":"2024-02-29","clock":"23:59:58.25+02:00",
             "wait":"P1DT2H30M","httpDate":"tue, 02 jan 2024 03:04:05 gmt","token":"-_8","blob":"+/8=",
             "link":"https://example.com/a?b=c","price":12345678901234567890.12345,"tiny":-128,"octet":255,"small":-32768,
             "port":65535,"count":4294967295,"huge":18446744073709551615,"exotic":"anything"}
            """);

        Assert.Null(ok.BodyError);
        var body = ok.Body;
        // Nine fractional digits: the first seven are kept (ticks), the rest dropped; lowercase t and z are accepted.
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero).AddTicks(1234567), body.At);
        Assert.Equal(new DateOnly(2024, 2, 29), body.Day);
        // TimeOnly holds no offset: the clock time is kept and the offset dropped.
        Assert.Equal(new TimeOnly(23, 59, 58, 250), body.Clock);
        Assert.Equal(new TimeSpan(1, 2, 30, 0), body.Wait);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), body.HttpDate);
        Assert.Equal(new byte[] { 0xfb, 0xff }, body.Token);
        Assert.Equal(new byte[] { 0xfb, 0xff }, body.Blob);
        Assert.Equal(new Uri("https://example.com/a?b=c"), body.Link);
        Assert.Equal(12345678901234567890.12345m, body.Price);
        Assert.Equal(sbyte.MinValue, body.Tiny);
        Assert.Equal(byte.MaxValue, body.Octet);
        Assert.Equal(short.MinValue, body.Small);
        Assert.Equal(ushort.MaxValue, body.Port);
        Assert.Equal(uint.MaxValue, body.Count);
        Assert.Equal(ulong.MaxValue, body.Huge);
        Assert.Equal("anything", body.Exotic);
    }

    /// <summary>
    /// <c>format: duration</c> is RFC 3339's (Appendix A), which has a week form beside the date and time forms: <c>P2W</c>
    /// is fourteen days (Azure Batch's durations are made up so by Prism). A duration no <c>TimeSpan</c> holds is a
    /// body-read error that says so, not that the text is no duration.
    /// </summary>
    [Theory]
    [InlineData("P2W", 14)]
    [InlineData("P0W", 0)]
    [InlineData("-P1W", -7)]
    [InlineData("P1DT12H", 1.5)]
    public async Task A_duration_is_read_in_the_week_form_too(string wait, double days)
    {
        var ok = await GetAsync("{\"kind\":\"semantic\",\"wait\":\"" + wait + "\"}");

        Assert.Null(ok.BodyError);
        Assert.Equal(TimeSpan.FromDays(days), ok.Body.Wait);
    }

    [Theory]
    [InlineData("P83115873560W", "does not fit a TimeSpan")]
    [InlineData("P10675200D", "does not fit a TimeSpan")]
    [InlineData("P2715Y723714DT60150931H20939159863M", "does not fit a TimeSpan")]
    [InlineData("P1.5W", "is not an ISO 8601 duration")]
    [InlineData("2 weeks", "is not an ISO 8601 duration")]
    public async Task A_duration_out_of_range_or_malformed_is_a_body_error_that_says_which(string wait, string says)
    {
        _server.RespondJson(200, "{\"kind\":\"semantic\",\"wait\":\"" + wait + "\"}");

        var ok = Assert.IsType<GetSemanticsResult.Ok>(await _server.CreateFeaturesClient().GetSemanticsAsync());

        Assert.NotNull(ok.BodyError);
        Assert.Contains("'" + wait + "' " + says, ok.BodyError.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// <c>format: byte</c> is base64 (RFC 4648 §4), and it is written so; what servers send in its name is read too:
    /// the URL-safe alphabet (§5; Google's APIs document their bytes as <c>format: byte</c> and Gmail's message parts
    /// are base64url), padding left out, and MIME's line breaks.
    /// </summary>
    [Theory]
    [InlineData("+/8=")]
    [InlineData("-_8=")]
    [InlineData("-_8")]
    [InlineData("+/8")]
    [InlineData("+/\\r\\n8=")]
    public async Task A_byte_value_is_read_in_either_base64_alphabet_with_or_without_padding(string blob)
    {
        var ok = await GetAsync("{\"kind\":\"semantic\",\"blob\":\"" + blob + "\"}");

        Assert.Null(ok.BodyError);
        Assert.Equal(new byte[] { 0xfb, 0xff }, ok.Body.Blob);
    }

    [Theory]
    [InlineData("\"wait\":\"123ABC\"")]
    [InlineData("\"httpDate\":\"Tue, 02 Jan 2024 03:04:0A GMT\"")]
    [InlineData("\"httpDate\":\"Mon, 02 Jan 2024 03:04:05 GMT\"")]
    [InlineData("\"clock\":\"25:00:00\"")]
    [InlineData("\"at\":\"not a date\"")]
    [InlineData("\"token\":\"***\"")]
    [InlineData("\"blob\":\"***\"")]
    [InlineData("\"blob\":\"+/8==\"")]
    [InlineData("\"octet\":256")]
    [InlineData("\"tiny\":1.5")]
    [InlineData("\"huge\":-1")]
    [InlineData("\"price\":2.5976931e+101")]
    public async Task AValueOutsideItsFormat_IsABodyErrorWithTheRawTextKept(string member)
    {
        var json = "{\"kind\":\"semantic\"," + member + "}";

        var ok = await GetAsync(json);

        Assert.NotNull(ok.BodyError);
        Assert.False(ok.TryGetBody(out _));
        Assert.Equal(json, ok.RawBody);
    }

    [Fact]
    public async Task Formats_AreWrittenInTheirWireForms()
    {
        var value = new Semantics
        {
            At = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)),
            Day = new DateOnly(2024, 2, 29),
            Clock = new TimeOnly(8, 7, 6),
            Wait = new TimeSpan(1, 2, 30, 0),
            HttpDate = new DateTimeOffset(2024, 1, 2, 5, 4, 5, TimeSpan.FromHours(2)),
            Token = new byte[] { 0xfb, 0xff },
            Blob = new byte[] { 0xfb, 0xff },
            Link = new Uri("https://example.com/x"),
            Price = 0.1m,
            Tiny = -1,
            Octet = 200,
            Huge = ulong.MaxValue,
        };

        Assert.IsType<SendSemanticsResult.NoContent>(await _server.CreateFeaturesClient().SendSemanticsAsync(value));

        var (wire, _) = _server.Single();
        Assert.Equal(
            "{\"kind\":\"semantic\",\"at\":\"2024-01-02T03:04:05+02:00\",\"day\":\"2024-02-29\",\"clock\":\"08:07:06\",\"wait\":\"P1DT2H30M\","
            + "\"httpDate\":\"Tue, 02 Jan 2024 03:04:05 GMT\",\"token\":\"-_8\",\"blob\":\"+/8=\",\"link\":\"https://example.com/x\",\"price\":0.1,"
            + "\"tiny\":-1,\"octet\":200,\"huge\":18446744073709551615}",
            wire.BodyText);
    }

    [Fact]
    public async Task FormattedParameters_AreSentInTheirWireForms()
    {
        _server.RespondJson(200, "{\"kind\":\"semantic\"}");

        await _server.CreateFeaturesClient().GetSemanticsAsync(
            since: new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
            xWait: TimeSpan.FromMinutes(90));

        var (wire, _) = _server.Single();
        Assert.Equal("Tue, 02 Jan 2024 03:04:05 GMT", wire.Query["since"].ToString());
        Assert.Equal("PT1H30M", wire.Header("X-Wait"));
    }

    [Fact]
    public async Task DateTimeParameters_AreSentAsTheJsonWriterWritesThem()
    {
        _server.RespondJson(200, "{\"kind\":\"semantic\"}");

        // RFC 3339 as in a JSON body: a UTC value ends in Z, fractional digits only as many as are not zero.
        await _server.CreateFeaturesClient().GetSemanticsAsync(
            after: new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
            xAt: new DateTimeOffset(2024, 1, 2, 3, 4, 5, 120, TimeSpan.FromHours(2)));

        var (wire, _) = _server.Single();
        Assert.Equal("2024-01-02T03:04:05Z", wire.Query["after"].ToString());
        Assert.Equal("2024-01-02T03:04:05.12+02:00", wire.Header("X-At"));
    }

    [Fact]
    public async Task FormattedResponseHeaders_AreTyped_AndNullWhenMalformed()
    {
        _server.Reset(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithHeader("Last-Modified", "Tue, 02 Jan 2024 03:04:05 GMT")
            .WithHeader("X-Retry-In", "PT30S")
            .WithHeader("X-Opens", "not a time")
            .WithBody("{\"kind\":\"semantic\"}"));

        var ok = Assert.IsType<GetSemanticsResult.Ok>(await _server.CreateFeaturesClient().GetSemanticsAsync());

        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), ok.Headers.LastModified);
        Assert.Equal(TimeSpan.FromSeconds(30), ok.Headers.XRetryIn);
        Assert.Null(ok.Headers.XOpens);
        Assert.Equal("not a time", ok.Headers.GetValue("X-Opens"));
    }

    [Fact]
    public async Task AbsentPropertiesWithDefaults_ReadAsTheDefaults_AndTheConstantAsItsValue()
    {
        var ok = await GetAsync("{}");

        Assert.Null(ok.BodyError);
        Assert.Equal(SemanticsKind.Semantic, ok.Body.Kind);
        Assert.Equal(20, ok.Body.PageSize);
        Assert.Equal(SemanticsMode.Safe, ok.Body.Mode);
        Assert.Equal("none", ok.Body.Label);
        Assert.Equal(0.5, ok.Body.Ratio);
        Assert.True(ok.Body.Enabled);
        Assert.Null(ok.Body.At);
    }

    [Fact]
    public async Task PropertiesWithDefaults_SentAsNullOrAsValues_KeepWhatWasSent()
    {
        var ok = await GetAsync("{\"kind\":\"semantic\",\"pageSize\":null,\"mode\":\"fast\",\"label\":\"x\",\"ratio\":2,\"enabled\":false}");

        Assert.Null(ok.Body.PageSize);
        Assert.Equal(SemanticsMode.Fast, ok.Body.Mode);
        Assert.Equal("x", ok.Body.Label);
        Assert.Equal(2.0, ok.Body.Ratio);
        Assert.False(ok.Body.Enabled);
    }

    [Fact]
    public async Task ARequest_SendsTheConstant_ButNotTheDefaultsItWasNotGiven()
    {
        Assert.IsType<SendSemanticsResult.NoContent>(await _server.CreateFeaturesClient().SendSemanticsAsync(new Semantics()));

        var (wire, _) = _server.Single();
        Assert.Equal("{\"kind\":\"semantic\"}", wire.BodyText);
    }

    [Fact]
    public async Task DeprecatedMembers_StillWorkOnTheWire()
    {
        var ok = await GetAsync("{\"kind\":\"semantic\",\"oldName\":\"before\",\"legacy\":{\"id\":\"l-1\"}}");

#pragma warning disable CS0618, CS0612 // this test calls what the spec deprecates on purpose
        Assert.Equal("before", ok.Body.OldName);
        LegacyThing legacy = ok.Body.Legacy!;
        Assert.Equal("l-1", legacy.Id);

        _server.RespondJson(200, "{\"id\":\"l-2\"}");
        var old = Assert.IsType<GetLegacySemanticsResult.Ok>(await _server.CreateFeaturesClient().GetLegacySemanticsAsync());
        Assert.Equal("l-2", old.Body.Id);
#pragma warning restore CS0618, CS0612
    }

    [Fact]
    public void DeprecatedMembers_CarryObsolete_WithTheSpecsText()
    {
        var property = typeof(Semantics).GetProperty(nameof(Semantics.Label))!;
        Assert.Null(Attribute.GetCustomAttribute(property, typeof(ObsoleteAttribute)));
#pragma warning disable CS0618, CS0612 // naming the deprecated members to inspect them
        var oldName = (ObsoleteAttribute?)Attribute.GetCustomAttribute(typeof(Semantics).GetProperty(nameof(Semantics.OldName))!, typeof(ObsoleteAttribute));
        var type = (ObsoleteAttribute?)Attribute.GetCustomAttribute(typeof(LegacyThing), typeof(ObsoleteAttribute));
        var method = (ObsoleteAttribute?)Attribute.GetCustomAttribute(typeof(FeaturesClient).GetMethod(nameof(FeaturesClient.GetLegacySemanticsAsync))!, typeof(ObsoleteAttribute));
        var onInterface = (ObsoleteAttribute?)Attribute.GetCustomAttribute(typeof(IFeaturesClient).GetMethod(nameof(IFeaturesClient.GetLegacySemanticsAsync))!, typeof(ObsoleteAttribute));
#pragma warning restore CS0618, CS0612
        Assert.Equal("Deprecated: use \"label\" instead.", oldName?.Message);
        Assert.Equal("The spec marks this schema as deprecated.", type?.Message);
        Assert.NotNull(method);
        Assert.NotNull(onInterface);
        // A property that merely refers to a deprecated schema is not itself obsolete.
        Assert.Null(Attribute.GetCustomAttribute(typeof(Semantics).GetProperty("Legacy")!, typeof(ObsoleteAttribute)));
    }

    [Fact]
    public void TheWriterMatchesTheReader_ForEveryFormat()
    {
        var value = new Semantics
        {
            At = new DateTimeOffset(2024, 1, 2, 3, 4, 5, 678, TimeSpan.FromHours(-5)),
            Day = new DateOnly(1, 1, 1),
            Clock = new TimeOnly(0, 0, 0, 1),
            Wait = -TimeSpan.FromMilliseconds(1500),
            HttpDate = DateTimeOffset.MinValue,
            Token = Encoding.UTF8.GetBytes("lorem ipsum?"),
            Small = 7,
            Port = 8080,
            Count = 3_000_000_000,
        };

        var json = JsonSerializer.Serialize(value);
        var back = JsonSerializer.Deserialize<Semantics>(json)!;

        Assert.Equal(value.At, back.At);
        Assert.Equal(value.Day, back.Day);
        Assert.Equal(value.Clock, back.Clock);
        Assert.Equal(value.Wait, back.Wait);
        Assert.Equal(value.HttpDate, back.HttpDate);
        Assert.Equal(value.Token, back.Token);
        Assert.Equal(value.Small, back.Small);
        Assert.Equal(value.Port, back.Port);
        Assert.Equal(value.Count, back.Count);
    }
}
