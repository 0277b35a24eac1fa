using System.Threading.Tasks;
using Xunit;
using Dict = Conformance.BodyDictionary;
using Dt = Conformance.BodyDatetime;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>Scenarios of files already generated that the other classes did not call.</summary>
public sealed class CoverageGapTests : ConformanceTest
{
    public CoverageGapTests(TestServer server)
        : base(server)
    {
    }

    [Fact]
    public async Task GetDateTimeMinLocalNegativeOffset()
    {
        var client = Client((http, uri) => new Dt.BodyDatetimeClient(http, uri));
        Assert.Equal("0001-01-01T00:00:00-14:00", Assert.IsType<Dt.DatetimeGetLocalNegativeOffsetMinDateTimeResult.Ok>(await client.DatetimeGetLocalNegativeOffsetMinDateTimeAsync()).Body.Value);
    }

    /// <summary>The server answers <c>{null : "val1"}</c>, which is not JSON: a body-read error, not an exception.</summary>
    [Fact]
    public async Task GetDictionaryNullkey()
    {
        var client = Client((http, uri) => new Dict.BodyDictionaryClient(http, uri));
        Assert.NotNull(Assert.IsType<Dict.DictionaryGetNullKeyResult.Ok>(await client.DictionaryGetNullKeyAsync()).BodyError);
    }
}
