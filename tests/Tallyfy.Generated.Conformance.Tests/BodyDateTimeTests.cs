using System;
using System.Threading.Tasks;
using Xunit;
using D = Conformance.BodyDate;
using Dt = Conformance.BodyDatetime;
using Dur = Conformance.BodyDuration;
using R = Conformance.BodyDatetimeRfc1123;
using T = Conformance.BodyTime;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>body-date.json, body-datetime.json, body-datetime-rfc1123.json, body-duration.json, body-time.json.</summary>
public sealed class BodyDateTimeTests : ConformanceTest
{
    private readonly D.BodyDateClient _date;
    private readonly Dt.BodyDatetimeClient _datetime;
    private readonly R.BodyDatetimeRfc1123Client _rfc;
    private readonly Dur.BodyDurationClient _duration;
    private readonly T.BodyTimeClient _time;

    public BodyDateTimeTests(TestServer server)
        : base(server)
    {
        _date = Client((http, uri) => new D.BodyDateClient(http, uri));
        _datetime = Client((http, uri) => new Dt.BodyDatetimeClient(http, uri));
        _rfc = Client((http, uri) => new R.BodyDatetimeRfc1123Client(http, uri));
        _duration = Client((http, uri) => new Dur.BodyDurationClient(http, uri));
        _time = Client((http, uri) => new T.BodyTimeClient(http, uri));
    }

    [Fact]
    public async Task GetDateNull() => Assert.IsType<D.DateGetNullResult.Ok>(await _date.DateGetNullAsync());

    [Fact]
    public async Task GetDateInvalid() => Assert.NotNull(Assert.IsType<D.DateGetInvalidDateResult.Ok>(await _date.DateGetInvalidDateAsync()).BodyError);

    [Fact]
    public async Task GetDateOverflow() => Assert.NotNull(Assert.IsType<D.DateGetOverflowDateResult.Ok>(await _date.DateGetOverflowDateAsync()).BodyError);

    [Fact]
    public async Task GetDateUnderflow() => Assert.NotNull(Assert.IsType<D.DateGetUnderflowDateResult.Ok>(await _date.DateGetUnderflowDateAsync()).BodyError);

    [Fact]
    public async Task GetDateMax() => Assert.Equal(new DateOnly(9999, 12, 31), Assert.IsType<D.DateGetMaxDateResult.Ok>(await _date.DateGetMaxDateAsync()).Body);

    [Fact]
    public async Task PutDateMax() => Assert.IsType<D.DatePutMaxDateResult.Ok>(await _date.DatePutMaxDateAsync(new DateOnly(9999, 12, 31)));

    [Fact]
    public async Task GetDateMin() => Assert.Equal("0001-01-01", Assert.IsType<D.DateGetMinDateResult.Ok>(await _date.DateGetMinDateAsync()).Body.Value);

    [Fact]
    public async Task PutDateMin() => Assert.IsType<D.DatePutMinDateResult.Ok>(await _date.DatePutMinDateAsync(new DateOnly(1, 1, 1)));

    [Fact]
    public async Task GetDateTimeNull() => Assert.IsType<Dt.DatetimeGetNullResult.Ok>(await _datetime.DatetimeGetNullAsync());

    [Fact]
    public async Task GetDateTimeInvalid() => Assert.NotNull(Assert.IsType<Dt.DatetimeGetInvalidResult.Ok>(await _datetime.DatetimeGetInvalidAsync()).BodyError);

    [Fact]
    public async Task GetDateTimeOverflow() => Assert.NotNull(Assert.IsType<Dt.DatetimeGetOverflowResult.Ok>(await _datetime.DatetimeGetOverflowAsync()).BodyError);

    [Fact]
    public async Task GetDateTimeUnderflow() => Assert.NotNull(Assert.IsType<Dt.DatetimeGetUnderflowResult.Ok>(await _datetime.DatetimeGetUnderflowAsync()).BodyError);

    [Fact]
    public async Task PutDateTimeMaxUtc() =>
        Assert.IsType<Dt.DatetimePutUtcMaxDateTimeResult.Ok>(await _datetime.DatetimePutUtcMaxDateTimeAsync(new DateTimeOffset(9999, 12, 31, 23, 59, 59, 999, TimeSpan.Zero)));

    [Fact]
    public async Task GetDateTimeMaxUtcLowercase() =>
        Assert.Equal(new DateTimeOffset(9999, 12, 31, 23, 59, 59, 999, TimeSpan.Zero), Assert.IsType<Dt.DatetimeGetUtcLowercaseMaxDateTimeResult.Ok>(await _datetime.DatetimeGetUtcLowercaseMaxDateTimeAsync()).Body);

    [Fact]
    public async Task GetDateTimeMaxUtcUppercase() =>
        Assert.Equal(new DateTimeOffset(9999, 12, 31, 23, 59, 59, 999, TimeSpan.Zero), Assert.IsType<Dt.DatetimeGetUtcUppercaseMaxDateTimeResult.Ok>(await _datetime.DatetimeGetUtcUppercaseMaxDateTimeAsync()).Body);

    [Fact]
    public async Task GetDateTimeMaxUtc7MS() =>
        Assert.Equal(
            new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999),
            Assert.IsType<Dt.DatetimeGetUtcUppercaseMaxDateTime7DigitsResult.Ok>(await _datetime.DatetimeGetUtcUppercaseMaxDateTime7DigitsAsync()).Body);

    [Fact]
    public async Task PutDateTimeMaxLocalPositiveOffset() =>
        Assert.IsType<Dt.DatetimePutLocalPositiveOffsetMaxDateTimeResult.Ok>(
            await _datetime.DatetimePutLocalPositiveOffsetMaxDateTimeAsync(new DateTimeOffset(9999, 12, 31, 23, 59, 59, 999, TimeSpan.FromHours(14))));

    [Fact]
    public async Task GetDateTimeMaxLocalPositiveOffsetUppercase() =>
        Assert.Equal(
            new DateTimeOffset(9999, 12, 31, 23, 59, 59, 999, TimeSpan.FromHours(14)),
            Assert.IsType<Dt.DatetimeGetLocalPositiveOffsetUppercaseMaxDateTimeResult.Ok>(await _datetime.DatetimeGetLocalPositiveOffsetUppercaseMaxDateTimeAsync()).Body);

    [Fact]
    public async Task GetDateTimeMinUtc() =>
        Assert.Equal("0001-01-01T00:00:00Z", Assert.IsType<Dt.DatetimeGetUtcMinDateTimeResult.Ok>(await _datetime.DatetimeGetUtcMinDateTimeAsync()).Body.Value);

    [Fact]
    public async Task PutDateTimeMinUtc() =>
        Assert.IsType<Dt.DatetimePutUtcMinDateTimeResult.Ok>(await _datetime.DatetimePutUtcMinDateTimeAsync(new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task GetDateTimeMinLocalPositiveOffset() =>
        Assert.Equal("0001-01-01T00:00:00+14:00", Assert.IsType<Dt.DatetimeGetLocalPositiveOffsetMinDateTimeResult.Ok>(await _datetime.DatetimeGetLocalPositiveOffsetMinDateTimeAsync()).Body.Value);

    [Fact]
    public async Task GetDateTimeRfc1123Null() => Assert.IsType<R.Datetimerfc1123GetNullResult.Ok>(await _rfc.Datetimerfc1123GetNullAsync());

    [Fact]
    public async Task GetDateTimeRfc1123MaxUtcUppercase() =>
        Assert.Equal(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero), Assert.IsType<R.Datetimerfc1123GetUtcUppercaseMaxDateTimeResult.Ok>(await _rfc.Datetimerfc1123GetUtcUppercaseMaxDateTimeAsync()).Body);

    [Fact]
    public async Task PutDateTimeRfc1123Max() =>
        Assert.IsType<R.Datetimerfc1123PutUtcMaxDateTimeResult.Ok>(await _rfc.Datetimerfc1123PutUtcMaxDateTimeAsync(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero)));

    [Fact]
    public async Task PutDateTimeRfc1123Min() =>
        Assert.IsType<R.Datetimerfc1123PutUtcMinDateTimeResult.Ok>(await _rfc.Datetimerfc1123PutUtcMinDateTimeAsync(DateTimeOffset.MinValue));

    [Fact]
    public async Task GetDurationNull() => Assert.IsType<Dur.DurationGetNullResult.Ok>(await _duration.DurationGetNullAsync());

    [Fact]
    public async Task GetDurationPositive() =>
        // XmlConvert counts a year as 365 days and a month as 30, so P3Y6M4D is 3 * 365 + 6 * 30 + 4 days.
        Assert.Equal(new TimeSpan((3 * 365) + (6 * 30) + 4, 12, 30, 5), Assert.IsType<Dur.DurationGetPositiveDurationResult.Ok>(await _duration.DurationGetPositiveDurationAsync()).Body);

    [Fact]
    public async Task PutDurationPositive() => Assert.IsType<Dur.DurationPutPositiveDurationResult.Ok>(await _duration.DurationPutPositiveDurationAsync(new TimeSpan(123, 22, 14, 12, 11)));

    [Fact]
    public async Task GetTime() => Assert.Equal(new TimeOnly(11, 34, 56), Assert.IsType<T.TimeGetResult.Ok>(await _time.TimeGetAsync()).Body);

    [Fact]
    public async Task PutTime() => Assert.IsType<T.TimePutResult.Ok>(await _time.TimePutAsync(new TimeOnly(8, 7, 56)));
}
