using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Tallyfy;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>
/// Path parameters are opaque strings: whatever they hold, the server must receive exactly one path segment in
/// the parameter's position, which decodes back to the value, and the request must never land on another route.
/// The check reads the raw request target as the server received it (see <see cref="TallyfyServerFixture"/>).
/// </summary>
public sealed class PathEscapingTests : IClassFixture<TallyfyServerFixture>
{
    private static readonly string[] AwkwardIds =
    {
        "/",
        "..",
        ".",
        "...",
        "?",
        "#",
        "%",
        "%2e%2e",
        "%2E",
        "%2F",
        "a b",
        " ",
        "ünïcødé-€-😀",
        "a/../b",
        "../x",
        "x?y=1#frag",
        "a+b&c=d;e",
    };

    private readonly TallyfyServerFixture _fixture;

    public PathEscapingTests(TallyfyServerFixture fixture)
    {
        _fixture = fixture;
        _fixture.Reset();
        _fixture.Server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(204));
    }

    /// <summary>operation, index of the path parameter that gets the awkward id, the id.</summary>
    public static TheoryData<string, int, string> AwkwardIdInEveryPosition()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var operation in Operations.All)
        {
            for (var position = 0; position < operation.Parameters.Count; position++)
            {
                foreach (var id in AwkwardIds)
                {
                    data.Add(operation.Name, position, id);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, int> EveryPosition()
    {
        var data = new TheoryData<string, int>();
        foreach (var operation in Operations.All)
        {
            for (var position = 0; position < operation.Parameters.Count; position++)
            {
                data.Add(operation.Name, position);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AwkwardIdInEveryPosition))]
    public async Task AwkwardId_ArrivesAsExactlyOneSegment_OnTheOperationsOwnRoute(string operation, int position, string id)
    {
        var spec = Operations.Get(operation);
        var args = spec.DefaultArgs();
        args[position] = id;

        await Operations.InvokeAsync(_fixture.CreateClient(), operation, args);

        var (method, rawTarget) = Assert.Single(_fixture.RawRequests);
        Assert.Equal(spec.Method, method);
        Assert.Equal(spec.Method, Assert.Single(_fixture.Log).RequestMessage.Method);
        Assert.DoesNotContain('?', rawTarget);
        Assert.DoesNotContain('#', rawTarget);

        var expected = spec.Template.Split('/');
        var received = rawTarget.Split('/');
        Assert.True(
            expected.Length == received.Length,
            $"{operation}: id '{id}' as {spec.Parameters[position]} was sent as '{rawTarget}', which has {received.Length - 1} segments; the route has {expected.Length - 1} ({spec.Template}).");
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i].StartsWith('{'))
            {
                var parameter = expected[i].Trim('{', '}');
                var value = args[spec.Parameters.ToList().IndexOf(parameter)];
                Assert.True(
                    value == Uri.UnescapeDataString(received[i]),
                    $"{operation}: segment {i} of '{rawTarget}' is '{received[i]}', which decodes to '{Uri.UnescapeDataString(received[i])}', not '{value}'.");
                Assert.NotEqual(".", received[i]);
                Assert.NotEqual("..", received[i]);
            }
            else
            {
                Assert.Equal(expected[i], received[i]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryPosition))]
    public async Task NullId_ThrowsArgumentNullException_BeforeAnyRequest(string operation, int position)
    {
        var spec = Operations.Get(operation);
        string?[] args = spec.DefaultArgs();
        args[position] = null;

        var exception = await Assert.ThrowsAsync<ArgumentNullException>(() => Operations.InvokeAsync(_fixture.CreateClient(), operation, args));

        Assert.Equal(ParameterName(spec.Parameters[position]), exception.ParamName);
        Assert.Empty(_fixture.Log);
        Assert.Empty(_fixture.RawRequests);
    }

    [Theory]
    [MemberData(nameof(EveryPosition))]
    public async Task EmptyId_ThrowsArgumentException_BeforeAnyRequest(string operation, int position)
    {
        var spec = Operations.Get(operation);
        var args = spec.DefaultArgs();
        args[position] = string.Empty;

        var exception = await Assert.ThrowsAnyAsync<ArgumentException>(() => Operations.InvokeAsync(_fixture.CreateClient(), operation, args));

        Assert.Equal(ParameterName(spec.Parameters[position]), exception.ParamName);
        Assert.Empty(_fixture.Log);
        Assert.Empty(_fixture.RawRequests);
    }

    [Fact]
    public async Task DotDotAsRunId_DoesNotReachTheOneOffReopenRoute()
    {
        // reopenProcessTask(org, "..", task) must not become DELETE /organizations/{org}/completed-tasks/{task},
        // which is reopenOneOffTask: a different operation on a different kind of task.
        await _fixture.CreateClient().ReopenProcessTaskAsync(Operations.OrgId, "..", Operations.TaskId);

        var (_, rawTarget) = Assert.Single(_fixture.RawRequests);
        Assert.NotEqual("/organizations/" + Operations.OrgId + "/completed-tasks/" + Operations.TaskId, rawTarget);
        Assert.StartsWith("/organizations/" + Operations.OrgId + "/runs/", rawTarget, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public async Task DotIds_AreStillInTheRequestUri_HandedToTheHttpHandler(string id)
    {
        // Pins down where a dot segment would get lost: on the client, before any byte is sent.
        var recorder = new RecordingHandler();
        var options = new TallyfyClientOptions { BaseUrl = new Uri("http://127.0.0.1:9/"), Token = "t" };
        var client = TallyfyClientFactory.Create(options, out var httpClient, recorder);
        using (httpClient)
        {
            await client.ArchiveTaskAsync(Operations.OrgId, id);
        }

        var uri = Assert.Single(recorder.Uris);
        var path = uri.PathAndQuery; // what SocketsHttpHandler puts on the request line
        Assert.Equal(4, path.Split('/').Length - 1);
        Assert.Equal(id, Uri.UnescapeDataString(path.Split('/')[4]));
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<Uri> Uris { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Uris.Add(request.RequestUri!);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request });
        }
    }

    private static string ParameterName(string specName) => specName switch
    {
        "org_id" => "orgId",
        "task_id" => "taskId",
        "run_id" => "runId",
        "asset_id" => "assetId",
        _ => throw new ArgumentOutOfRangeException(nameof(specName)),
    };
}
