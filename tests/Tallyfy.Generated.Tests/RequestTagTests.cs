using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Tallyfy;
using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>
/// Every request the client sends says which operation it is for, readable by any handler in the pipeline through
/// <see cref="ApiRequestOptions.TryGetOperation"/> and <see cref="ApiRequestOptions.TryGetPathTemplate"/>.
/// </summary>
public sealed class RequestTagTests
{
    public static TheoryData<string> OperationNames => new(Operations.All.Select(o => o.Name));

    [Theory]
    [MemberData(nameof(OperationNames))]
    public async Task AHandlerReadsTheOperationAndPathTemplate_OfEveryRequest(string operation)
    {
        var name = char.ToUpperInvariant(operation[0]) + operation.Substring(1);
        var seen = new List<(string?, string?, bool)>();
        var tags = new TagReader(seen) { InnerHandler = new StubHandler(_ => new HttpResponseMessage(HttpStatusCode.NoContent)) };
        using var http = new HttpClient(tags) { BaseAddress = new Uri(TallyfyClient.DefaultBaseUrl) };

        await Operations.InvokeAsync(new TallyfyClient(http), operation);

        Assert.Equal((name, Operations.Get(operation).Template, true), Assert.Single(seen));
    }

    [Fact]
    public void ARequestTaggedThroughItsOptions_IsReadFromThem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.test/x");
        request.Options.Set(ApiRequestOptions.Operation, "DeleteTask");
        request.Options.Set(ApiRequestOptions.PathTemplate, "/x");

        Assert.True(ApiRequestOptions.TryGetOperation(request, out var operation));
        Assert.True(ApiRequestOptions.TryGetPathTemplate(request, out var template));
        Assert.Equal(("DeleteTask", "/x"), (operation, template));
    }

    [Fact]
    public void ARequestTheClientDidNotMake_HasNoOperation()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.test/x");

        Assert.False(ApiRequestOptions.TryGetOperation(request, out var operation));
        Assert.False(ApiRequestOptions.TryGetPathTemplate(request, out var template));
        Assert.Null(operation);
        Assert.Null(template);
    }

    /// <summary>Records the tags of each request it passes on, and whether they came without its options (the client leaves them empty).</summary>
    private sealed class TagReader : DelegatingHandler
    {
        private readonly List<(string?, string?, bool)> _seen;

        public TagReader(List<(string?, string?, bool)> seen) => _seen = seen;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ApiRequestOptions.TryGetOperation(request, out var operation);
            ApiRequestOptions.TryGetPathTemplate(request, out var template);
            _seen.Add((operation, template, !request.Options.Any()));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
