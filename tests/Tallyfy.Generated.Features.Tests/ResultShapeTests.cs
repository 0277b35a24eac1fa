using System;
using System.Threading.Tasks;
using Features;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>
/// The result unions as consumers use them, whatever the shape of the code behind: cases faked with their
/// constructors (statuses checked against the other cases, ranges included), pattern matched, read through
/// <c>Body</c>/<c>TryGetBody</c>/<c>BodyError</c>, and named by <c>ToString</c>.
/// </summary>
public sealed class ResultShapeTests : IClassFixture<FeaturesServer>
{
    private readonly FeaturesServer _server;

    public ResultShapeTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(418)]
    [InlineData(499)]
    public void RangeCase_FakedWithAStatusInItsRange_KeepsStatusAndBody(int status)
    {
        var problem = new Problem { Code = "BAD" };

        GetRangesResult result = new GetRangesResult.ClientError(status, problem);

        var clientError = Assert.IsType<GetRangesResult.ClientError>(result);
        Assert.Equal(status, clientError.StatusCode);
        Assert.Same(problem, clientError.Body);
        Assert.True(clientError.TryGetBody(out var body));
        Assert.Same(problem, body);
        Assert.Null(result.BodyError);
        Assert.Equal("{\"code\":\"BAD\"}", result.RawBody);
        Assert.Equal("ClientError (HTTP " + status + ")", result.ToString());
    }

    [Theory]
    [InlineData(399)]
    [InlineData(500)]
    [InlineData(200)]
    public void RangeCase_RefusesAStatusOutsideItsRange(int status)
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => new GetRangesResult.ClientError(status, new Problem { Code = "BAD" }));

        Assert.Equal("statusCode", thrown.ParamName);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(250)]
    [InlineData(404)]
    [InlineData(503)]
    [InlineData(99)]
    [InlineData(600)]
    public void Undocumented_RefusesAStatusADocumentedRangeCovers_OrThatIsNotHttp(int status)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GetRangesResult.Undocumented(status));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(304)]
    [InlineData(399)]
    public void Undocumented_TakesAStatusNoCaseDocuments(int status)
    {
        GetRangesResult result = new GetRangesResult.Undocumented(status);

        Assert.Equal(status, result.StatusCode);
        Assert.Null(result.BodyError);
        Assert.True(result.TryGetUndocumented(out var undocumented));
        Assert.Same(result, undocumented);
    }

    [Fact]
    public void Default_RefusesTheDocumentedStatus_AndTakesAnyOther()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GetWithDefaultResult.Default(200, new Problem { Code = "X" }));

        var result = new GetWithDefaultResult.Default(201, new Problem { Code = "X" });

        Assert.Equal(201, result.StatusCode);
        Assert.Equal("X", result.Body.Code);
    }

    [Fact]
    public void MatchAndSwitch_ReachEveryCase_TheLastOneToo()
    {
        GetRangesResult[] results =
        {
            new GetRangesResult.Success(201, new Widget { Id = "w", Name = "n" }),
            new GetRangesResult.ClientError(404, new Problem { Code = "C" }),
            new GetRangesResult.ServerError(502, new Problem { Code = "S" }),
            new GetRangesResult.Undocumented(304),
        };

        foreach (var result in results)
        {
            var matched = result.Match(
                success: s => "success " + s.Body.Id,
                clientError: c => "client " + c.Body.Code,
                serverError: s => "server " + s.Body.Code,
                undocumented: u => "undocumented " + u.StatusCode);
            string? switched = null;
            result.Switch(
                success: s => switched = "success " + s.Body.Id,
                clientError: c => switched = "client " + c.Body.Code,
                serverError: s => switched = "server " + s.Body.Code,
                undocumented: u => switched = "undocumented " + u.StatusCode);
            var patterned = result switch
            {
                GetRangesResult.Success s => "success " + s.Body.Id,
                GetRangesResult.ClientError c => "client " + c.Body.Code,
                GetRangesResult.ServerError s => "server " + s.Body.Code,
                GetRangesResult.Undocumented u => "undocumented " + u.StatusCode,
                _ => "none",
            };

            Assert.Equal(patterned, matched);
            Assert.Equal(patterned, switched);
        }

        Assert.Equal("undocumented 304", results[3].Match(_ => "s", _ => "c", _ => "e", u => "undocumented " + u.StatusCode));
    }

    [Fact]
    public async Task UnreadableBody_IsABodyErrorOnTheCaseAndTheUnion_AndBodyThrowsNamingTheType()
    {
        _server.RespondJson(418, "{\"message\":\"no code\"}");

        var result = await _server.CreateFeaturesClient().GetRangesAsync();

        var clientError = Assert.IsType<GetRangesResult.ClientError>(result);
        Assert.NotNull(clientError.BodyError);
        Assert.Same(clientError.BodyError, result.BodyError);
        Assert.False(clientError.TryGetBody(out _));
        var thrown = Assert.Throws<ApiBodyException>(() => clientError.Body);
        Assert.Contains("Problem", thrown.Message, StringComparison.Ordinal);
        Assert.Same(clientError.BodyError, thrown.InnerException);
        Assert.Same(result, thrown.Response);
        Assert.Equal("ClientError (HTTP 418)", result.ToString());
    }

    [Fact]
    public async Task ReadableBody_FromTheWire_IsTheSameInstanceEveryTime()
    {
        _server.RespondJson(503, "{\"code\":\"DOWN\",\"message\":\"later\"}");

        var result = await _server.CreateFeaturesClient().GetRangesAsync();

        Assert.True(result.TryGetServerError(out var serverError));
        Assert.Null(result.BodyError);
        Assert.Same(serverError.Body, serverError.Body);
        Assert.True(serverError.TryGetBody(out var body));
        Assert.Same(serverError.Body, body);
        Assert.Equal("later", body.Message);
    }
}
