using System;
using System.Text;
using System.Threading.Tasks;
using Conformance.Header;
using Xunit;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>header.json: primitive values sent as request headers and read back from response headers.</summary>
public sealed class HeaderTests : ConformanceTest
{
    /// <summary>The server's MULTIBYTE_BUFFER constant, sent and answered base64-encoded.</summary>
    private static readonly byte[] Multibyte = Encoding.UTF8.GetBytes("\u554A\u9F44\u4E02\u72DB\u72DC\uF9F1\uF92C\uF9F1\uFA0C\uFA29");
    private const string Fox = "The quick brown fox jumps over the lazy dog";

    private readonly HeaderClient _client;

    public HeaderTests(TestServer server)
        : base(server)
    {
        _client = Client((http, uri) => new HeaderClient(http, uri));
    }

    [Fact]
    public async Task HeaderParameterExistingKey() => Assert.IsType<HeaderParamExistingKeyResult.Ok>(await _client.HeaderParamExistingKeyAsync("overwrite"));

    [Fact]
    public async Task HeaderResponseExistingKey()
    {
        var ok = Assert.IsType<HeaderResponseExistingKeyResult.Ok>(await _client.HeaderResponseExistingKeyAsync());
        Assert.Equal("overwrite", ok.Headers.UserAgent);
    }

    [Fact]
    public async Task HeaderResponseProtectedKey()
    {
        var ok = Assert.IsType<HeaderResponseProtectedKeyResult.Ok>(await _client.HeaderResponseProtectedKeyAsync());
        Assert.StartsWith("text/html", ok.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeaderParameterIntegerPositive() => Assert.IsType<HeaderParamIntegerResult.Ok>(await _client.HeaderParamIntegerAsync("positive", 1));

    [Fact]
    public async Task HeaderParameterIntegerNegative() => Assert.IsType<HeaderParamIntegerResult.Ok>(await _client.HeaderParamIntegerAsync("negative", -2));

    [Fact]
    public async Task HeaderResponseIntegerPositive() => Assert.Equal(1, Assert.IsType<HeaderResponseIntegerResult.Ok>(await _client.HeaderResponseIntegerAsync("positive")).Headers.Value);

    [Fact]
    public async Task HeaderResponseIntegerNegative() => Assert.Equal(-2, Assert.IsType<HeaderResponseIntegerResult.Ok>(await _client.HeaderResponseIntegerAsync("negative")).Headers.Value);

    [Fact]
    public async Task HeaderParameterLongPositive() => Assert.IsType<HeaderParamLongResult.Ok>(await _client.HeaderParamLongAsync("positive", 105));

    [Fact]
    public async Task HeaderParameterLongNegative() => Assert.IsType<HeaderParamLongResult.Ok>(await _client.HeaderParamLongAsync("negative", -2));

    [Fact]
    public async Task HeaderResponseLongPositive() => Assert.Equal(105L, Assert.IsType<HeaderResponseLongResult.Ok>(await _client.HeaderResponseLongAsync("positive")).Headers.Value);

    [Fact]
    public async Task HeaderResponseLongNegative() => Assert.Equal(-2L, Assert.IsType<HeaderResponseLongResult.Ok>(await _client.HeaderResponseLongAsync("negative")).Headers.Value);

    [Fact]
    public async Task HeaderParameterFloatPositive() => Assert.IsType<HeaderParamFloatResult.Ok>(await _client.HeaderParamFloatAsync("positive", 0.07f));

    [Fact]
    public async Task HeaderParameterFloatNegative() => Assert.IsType<HeaderParamFloatResult.Ok>(await _client.HeaderParamFloatAsync("negative", -3.0f));

    [Fact]
    public async Task HeaderResponseFloatPositive() => Assert.Equal(0.07, Assert.IsType<HeaderResponseFloatResult.Ok>(await _client.HeaderResponseFloatAsync("positive")).Headers.Value);

    [Fact]
    public async Task HeaderResponseFloatNegative() => Assert.Equal(-3.0, Assert.IsType<HeaderResponseFloatResult.Ok>(await _client.HeaderResponseFloatAsync("negative")).Headers.Value);

    [Fact]
    public async Task HeaderParameterDoublePositive() => Assert.IsType<HeaderParamDoubleResult.Ok>(await _client.HeaderParamDoubleAsync("positive", 7e120));

    [Fact]
    public async Task HeaderParameterDoubleNegative() => Assert.IsType<HeaderParamDoubleResult.Ok>(await _client.HeaderParamDoubleAsync("negative", -3.0));

    [Fact]
    public async Task HeaderResponseDoublePositive() => Assert.Equal(7e120, Assert.IsType<HeaderResponseDoubleResult.Ok>(await _client.HeaderResponseDoubleAsync("positive")).Headers.Value);

    [Fact]
    public async Task HeaderResponseDoubleNegative() => Assert.Equal(-3.0, Assert.IsType<HeaderResponseDoubleResult.Ok>(await _client.HeaderResponseDoubleAsync("negative")).Headers.Value);

    [Fact]
    public async Task HeaderParameterBoolTrue() => Assert.IsType<HeaderParamBoolResult.Ok>(await _client.HeaderParamBoolAsync("true", true));

    [Fact]
    public async Task HeaderParameterBoolFalse() => Assert.IsType<HeaderParamBoolResult.Ok>(await _client.HeaderParamBoolAsync("false", false));

    [Fact]
    public async Task HeaderResponseBoolTrue() => Assert.True(Assert.IsType<HeaderResponseBoolResult.Ok>(await _client.HeaderResponseBoolAsync("true")).Headers.Value);

    [Fact]
    public async Task HeaderResponseBoolFalse() => Assert.False(Assert.IsType<HeaderResponseBoolResult.Ok>(await _client.HeaderResponseBoolAsync("false")).Headers.Value);

    [Fact]
    public async Task HeaderParameterStringValid() => Assert.IsType<HeaderParamStringResult.Ok>(await _client.HeaderParamStringAsync("valid", Fox));

    /// <summary>An optional header left null is not sent at all.</summary>
    [Fact]
    public async Task HeaderParameterStringNull() => Assert.IsType<HeaderParamStringResult.Ok>(await _client.HeaderParamStringAsync("null", null));

    [Fact]
    public async Task HeaderParameterStringEmpty() => Assert.IsType<HeaderParamStringResult.Ok>(await _client.HeaderParamStringAsync("empty", string.Empty));

    [Fact]
    public async Task HeaderResponseStringValid() => Assert.Equal(Fox, Assert.IsType<HeaderResponseStringResult.Ok>(await _client.HeaderResponseStringAsync("valid")).Headers.Value);

    /// <summary>The server sets the header to JavaScript's <c>null</c>, which Express sends as the text "null".</summary>
    [Fact]
    public async Task HeaderResponseStringNull() => Assert.Equal("null", Assert.IsType<HeaderResponseStringResult.Ok>(await _client.HeaderResponseStringAsync("null")).Headers.Value);

    [Fact]
    public async Task HeaderResponseStringEmpty() => Assert.Equal(string.Empty, Assert.IsType<HeaderResponseStringResult.Ok>(await _client.HeaderResponseStringAsync("empty")).Headers.Value);

    [Fact]
    public async Task HeaderParameterEnumValid() => Assert.IsType<HeaderParamEnumResult.Ok>(await _client.HeaderParamEnumAsync("valid", ValueModel.Grey));

    [Fact]
    public async Task HeaderParameterEnumNull() => Assert.IsType<HeaderParamEnumResult.Ok>(await _client.HeaderParamEnumAsync("null", null));

    [Fact]
    public async Task HeaderResponseEnumValid() => Assert.Equal(ValueModel.Grey.Value, Assert.IsType<HeaderResponseEnumResult.Ok>(await _client.HeaderResponseEnumAsync("valid")).Headers.Value);

    [Fact]
    public async Task HeaderResponseEnumNull() => Assert.Equal(string.Empty, Assert.IsType<HeaderResponseEnumResult.Ok>(await _client.HeaderResponseEnumAsync("null")).Headers.Value);

    [Fact]
    public async Task HeaderParameterDateValid() => Assert.IsType<HeaderParamDateResult.Ok>(await _client.HeaderParamDateAsync("valid", new DateOnly(2010, 1, 1)));

    [Fact]
    public async Task HeaderParameterDateMin() => Assert.IsType<HeaderParamDateResult.Ok>(await _client.HeaderParamDateAsync("min", DateOnly.MinValue));

    [Fact]
    public async Task HeaderResponseDateValid() => Assert.Equal(new DateOnly(2010, 1, 1), Assert.IsType<HeaderResponseDateResult.Ok>(await _client.HeaderResponseDateAsync("valid")).Headers.Value);

    [Fact]
    public async Task HeaderResponseDateMin() => Assert.Equal(DateOnly.MinValue, Assert.IsType<HeaderResponseDateResult.Ok>(await _client.HeaderResponseDateAsync("min")).Headers.Value);

    [Fact]
    public async Task HeaderParameterDateTimeValid() =>
        Assert.IsType<HeaderParamDatetimeResult.Ok>(await _client.HeaderParamDatetimeAsync("valid", new DateTimeOffset(2010, 1, 1, 12, 34, 56, TimeSpan.Zero)));

    [Fact]
    public async Task HeaderParameterDateTimeMin() => Assert.IsType<HeaderParamDatetimeResult.Ok>(await _client.HeaderParamDatetimeAsync("min", DateTimeOffset.MinValue));

    [Fact]
    public async Task HeaderResponseDateTimeValid() =>
        Assert.Equal(new DateTimeOffset(2010, 1, 1, 12, 34, 56, TimeSpan.Zero), Assert.IsType<HeaderResponseDatetimeResult.Ok>(await _client.HeaderResponseDatetimeAsync("valid")).Headers.Value);

    [Fact]
    public async Task HeaderResponseDateTimeMin() =>
        Assert.Equal(DateTimeOffset.MinValue, Assert.IsType<HeaderResponseDatetimeResult.Ok>(await _client.HeaderResponseDatetimeAsync("min")).Headers.Value);

    /// <summary><c>date-time-rfc1123</c> is a <c>DateTimeOffset</c> sent as RFC 1123 text (<c>"r"</c>).</summary>
    [Fact]
    public async Task HeaderParameterDateTimeRfc1123Valid() =>
        Assert.IsType<HeaderParamDatetimeRfc1123Result.Ok>(await _client.HeaderParamDatetimeRfc1123Async("valid", new DateTimeOffset(2010, 1, 1, 12, 34, 56, TimeSpan.Zero)));

    [Fact]
    public async Task HeaderParameterDateTimeRfc1123Min() =>
        Assert.IsType<HeaderParamDatetimeRfc1123Result.Ok>(await _client.HeaderParamDatetimeRfc1123Async("min", DateTimeOffset.MinValue));

    [Fact]
    public async Task HeaderResponseDateTimeRfc1123Valid() =>
        Assert.Equal(new DateTimeOffset(2010, 1, 1, 12, 34, 56, TimeSpan.Zero), Assert.IsType<HeaderResponseDatetimeRfc1123Result.Ok>(await _client.HeaderResponseDatetimeRfc1123Async("valid")).Headers.Value);

    [Fact]
    public async Task HeaderResponseDateTimeRfc1123Min() =>
        Assert.Equal(DateTimeOffset.MinValue, Assert.IsType<HeaderResponseDatetimeRfc1123Result.Ok>(await _client.HeaderResponseDatetimeRfc1123Async("min")).Headers.Value);

    /// <summary><c>duration</c> is a <c>TimeSpan</c> sent as ISO 8601 text.</summary>
    [Fact]
    public async Task HeaderParameterDurationValid() => Assert.IsType<HeaderParamDurationResult.Ok>(await _client.HeaderParamDurationAsync("valid", new TimeSpan(123, 22, 14, 12, 11)));

    [Fact]
    public async Task HeaderResponseDurationValid() =>
        Assert.Equal(new TimeSpan(123, 22, 14, 12, 11), Assert.IsType<HeaderResponseDurationResult.Ok>(await _client.HeaderResponseDurationAsync("valid")).Headers.Value);

    [Fact]
    public async Task HeaderParameterBytesValid() => Assert.IsType<HeaderParamByteResult.Ok>(await _client.HeaderParamByteAsync("valid", Multibyte));

    /// <summary>A <c>format: byte</c> response header is exposed as the bytes its base64 text encodes.</summary>
    [Fact]
    public async Task HeaderResponseBytesValid()
    {
        var ok = Assert.IsType<HeaderResponseByteResult.Ok>(await _client.HeaderResponseByteAsync("valid"));
        Assert.Equal(Multibyte, ok.Headers.Value);
    }
}
