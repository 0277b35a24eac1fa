using System;
using System.Text.Json;
using PydanticEcho;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>Tests that change the process's local time zone: they run alone, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MachineTimeZoneCollection
{
    public const string Name = "machine time zone";
}

/// <summary>
/// A date-time a response sends without an offset (RFC 3339 wants one; Python's naive <c>datetime</c>, which FastAPI
/// apps send, has none: <see cref="PydanticOracleTests"/>) reads the same on every machine: as UTC, not as the
/// machine's local time (System.Text.Json's own reading), so a client in New York and one in Berlin see one instant.
/// </summary>
[Collection(MachineTimeZoneCollection.Name)]
public sealed class MachineTimeZoneTests
{
    [Theory]
    [InlineData("2026-01-02T03:04:05.6", "2026-01-02T03:04:05.6000000+00:00")]
    [InlineData("2026-01-02t03:04:05.600000000", "2026-01-02T03:04:05.6000000+00:00")]
    [InlineData("2026-01-02T03:04:05.6Z", "2026-01-02T03:04:05.6000000+00:00")]
    [InlineData("2026-01-02T03:04:05.6-05:00", "2026-01-02T03:04:05.6000000-05:00")]
    [InlineData("2026-01-02T03:04:05+09:30", "2026-01-02T03:04:05.0000000+09:30")]
    public void A_date_time_without_an_offset_reads_as_UTC_whatever_the_machine_zone(string sent, string read)
    {
        var saved = Environment.GetEnvironmentVariable("TZ");
        Environment.SetEnvironmentVariable("TZ", "Australia/Adelaide");
        TimeZoneInfo.ClearCachedData();
        try
        {
            Assert.NotEqual(TimeSpan.Zero, TimeZoneInfo.Local.GetUtcOffset(new DateTime(2026, 1, 2))); // the machine is not on UTC now

            var more = JsonSerializer.Deserialize<MoreOutput>("{\"created\":\"" + sent + "\"}")!;

            Assert.Equal(read, more.Created!.Value.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", saved);
            TimeZoneInfo.ClearCachedData();
        }
    }
}
