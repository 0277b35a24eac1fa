using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Tallyfy;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>Bodies that do not parse, open enums, unknown fields; cancellation and time-outs.</summary>
public sealed class BodyAndCancellationTests : IClassFixture<TallyfyServerFixture>
{
    private readonly TallyfyServerFixture _fixture;

    public BodyAndCancellationTests(TallyfyServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
    }

    [Theory]
    [InlineData("{\"data\": {\"id\": \"ab")]
    [InlineData("")]
    [InlineData("{\"data\": null}")]
    [InlineData("{\"data\": {\"title\": \"no id\"}}")]
    [InlineData("{\"data\": {\"id\": \"0123456789abcdef0123456789abcdef\"}} trailing")]
    [InlineData("<html>not json</html>")]
    [InlineData("{\"data\": {\"id\": \"0123456789abcdef0123456789abcdef\", \"increment_id\": \"not a number\"}}")]
    [InlineData("{\"data\": {\"id\": \"0123456789abcdef0123456789abcdef\", \"created_at\": \"yesterday\"}}")]
    public async Task UnreadableBodyOnDocumented200_GivesOkWithBodyError(string body)
    {
        _fixture.Server
            .Given(Request.Create().UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

        var result = await _fixture.CreateClient().RestoreTaskAsync(Operations.OrgId, Operations.TaskId);

        var ok = Assert.IsType<RestoreTaskResult.Ok>(result);
        Assert.Equal(200, ok.StatusCode);
        Assert.True(ok.IsSuccess);
        Assert.NotNull(ok.BodyError);
        Assert.False(ok.TryGetBody(out _));
        var exception = Assert.Throws<ApiBodyException>(() => ok.Body);
        Assert.Same(ok, exception.Response);
        Assert.Same(ok.BodyError, exception.InnerException);
        Assert.Equal(body, ok.RawBody);
        Assert.Equal(body, exception.Response.RawBody);
        Assert.Same(ok, ok.EnsureSuccess());
    }

    [Fact]
    public async Task UnreadableErrorBody_GivesTheDocumentedCaseWithBodyError()
    {
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(404).WithHeader("Content-Type", "text/html").WithBody("<h1>Not Found</h1>"));

        var result = await _fixture.CreateClient().DeleteTaskAsync(Operations.OrgId, Operations.TaskId);

        var notFound = Assert.IsType<DeleteTaskResult.NotFound>(result);
        Assert.NotNull(notFound.BodyError);
        Assert.False(notFound.TryGetBody(out _));
        Assert.Throws<ApiBodyException>(() => notFound.Body);
        Assert.Equal("<h1>Not Found</h1>", notFound.RawBody);
        Assert.Equal("text/html", notFound.ContentType);
    }

    [Fact]
    public async Task UnknownFieldsAreIgnored_AndUnknownStatusIsKept()
    {
        const string body =
            """{"meta":{"x":1},"data":{"unknown_first":[{"deep":{"deeper":[1,2,{"x":null}]}}],"id":"0123456789abcdef0123456789abcdef","title":"Frozen task","run_id":null,"status":"frozen","another_unknown":"x","created_at":"2024-03-01T09:15:00+05:30","nested_unknown":{"status":"completed"}},"links":null}""";
        _fixture.Server
            .Given(Request.Create().UsingPut())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json; charset=utf-8").WithBody(body));

        var result = await _fixture.CreateClient().RestoreTaskAsync(Operations.OrgId, Operations.TaskId);

        var ok = Assert.IsType<RestoreTaskResult.Ok>(result);
        Assert.Null(ok.BodyError);
        Assert.True(ok.TryGetBody(out var typed));
        Assert.Same(typed, ok.Body);
        var task = ok.Body.Data;
        Assert.Equal(Operations.TaskId, task.Id);
        Assert.Equal("Frozen task", task.Title);
        Assert.Null(task.RunId);
        Assert.NotNull(task.Status);
        Assert.Equal("frozen", task.Status!.Value.Value);
        Assert.False(task.Status.Value.IsKnown);
        Assert.Equal(new TaskStatus("frozen"), task.Status);
        Assert.NotEqual(TaskStatus.Completed, task.Status);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 9, 15, 0, new TimeSpan(5, 30, 0)), task.CreatedAt);
        Assert.Equal(body, ok.RawBody);
    }

    [Fact]
    public async Task NullStatus_ReadsAsNull()
    {
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"data":{"id":"0123456789abcdef0123456789abcdef","status":null}}"""));

        var result = await _fixture.CreateClient().ReopenOneOffTaskAsync(Operations.OrgId, Operations.TaskId);

        var ok = Assert.IsType<ReopenOneOffTaskResult.Ok>(result);
        Assert.Null(ok.Body.Data.Status);
    }

    [Fact]
    public async Task ServerSlowerThanTheToken_ThrowsOperationCanceled()
    {
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(204).WithDelay(TimeSpan.FromSeconds(10)));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        // The answer comes 100 times later than the token fires: only the caller's token can have ended the call,
        // and the exception carries it. No wall-clock bound: on a loaded machine the token may fire late.
        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _fixture.CreateClient().DeleteTaskAsync(Operations.OrgId, Operations.TaskId, cts.Token));

        Assert.Equal(cts.Token, exception.CancellationToken);
    }

    [Theory]
    [MemberData(nameof(ResultCaseTests.OperationNames), MemberType = typeof(ResultCaseTests))]
    public async Task AlreadyCancelledToken_Throws_AndNothingIsSent(string operation)
    {
        _fixture.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(204));
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Operations.InvokeAsync(_fixture.CreateClient(), operation, cts.Token));

        Assert.Empty(_fixture.Log);
        Assert.Empty(_fixture.RawRequests);
    }

    [Fact]
    public async Task HttpClientTimeout_ThrowsTaskCanceledException()
    {
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(10)));
        var options = new TallyfyClientOptions { BaseUrl = new Uri(_fixture.Url), Token = TallyfyServerFixture.Token };
        var client = TallyfyClientFactory.Create(options, out var httpClient);
        using (httpClient)
        {
            httpClient.Timeout = TimeSpan.FromMilliseconds(200);

            // A TimeoutException inside says HttpClient.Timeout ended the call (the answer comes 50 times later).
            var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.DeleteFileAsync(Operations.OrgId, Operations.AssetId));

            Assert.IsType<TaskCanceledException>(exception);
            Assert.IsType<TimeoutException>(exception.InnerException);
        }
    }

    [Fact]
    public async Task NothingListening_ThrowsHttpRequestException()
    {
        // A port that was free a moment ago: grab one from a listener, then close it.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var httpClient = new HttpClient();
        var client = new TallyfyClient(httpClient, new Uri("http://127.0.0.1:" + port));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.DeleteTaskAsync(Operations.OrgId, Operations.TaskId));
    }

    [Fact]
    public async Task LargeBody_IsReadWhole()
    {
        var title = new string('x', 300_000);
        var body = "{\"data\":{\"id\":\"0123456789abcdef0123456789abcdef\",\"title\":\"" + title + "\"}}";
        _fixture.Server
            .Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

        var result = await _fixture.CreateClient().ArchiveTaskAsync(Operations.OrgId, Operations.TaskId);

        var ok = Assert.IsType<ArchiveTaskResult.Ok>(result);
        Assert.Equal(title, ok.Body.Data.Title);
        Assert.Equal(Encoding.UTF8.GetByteCount(body), ok.RawBodyBytes.Length);
    }
}
