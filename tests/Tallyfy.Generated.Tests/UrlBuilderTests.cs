using Xunit;

namespace Tallyfy.Generated.Tests;

/// <summary>
/// A URL of five to eight parts is one interpolated string given to the request's message (<c>ApiRequest.MessageTo</c>),
/// made as one string of its exact length: it must read as the same interpolation would, whatever its parts.
/// </summary>
public sealed class UrlBuilderTests
{
    [Fact]
    public void AUrlOfStringParts_ReadsAsTheSameInterpolation_NullAndEmptyPartsIncluded()
    {
        string? none = null;
        var empty = string.Empty;
        var id = "8c2f4e6a";

        Assert.Equal("https://h/api/a/8c2f4e6a/b//c", Build($"https://h/api/a/{id}/b/{none}/c{empty}"));
        Assert.Equal(string.Empty, Build($"{none}{empty}"));
        Assert.Equal("8c2f4e6a", Build($"{id}"));
    }

    [Fact]
    public void AUrlOfEightParts_TheMostItHolds_KeepsEveryPartInOrder()
    {
        string[] s = { "0", "1", "22", "333" };

        Assert.Equal("/p/0/1/22/333", Build($"/p/{s[0]}/{s[1]}/{s[2]}/{s[3]}"));
    }

    [Fact]
    public void TheMessageMadeFromAnInterpolatedUrl_GoesToThatUrl_TaggedWithItsOperation()
    {
        var tag = new ApiRequestOptions.OperationTag("DeleteTask", "/organizations/{org_id}/tasks/{task_id}/delete");
        var org = "org 1";
        using var request = ApiRequest.MessageTo(System.Net.Http.HttpMethod.Delete, $"https://go.tallyfy.com/api/organizations/{ApiRequest.PathSegment(org, nameof(org))}/tasks/{ApiRequest.PathSegment("..", "task")}/delete", tag, "application/json");

        Assert.Equal("https://go.tallyfy.com/api/organizations/org%201/tasks/%2E%2E/delete", request.RequestUri!.OriginalString);
        Assert.True(ApiRequestOptions.TryGetOperation(request, out var operation));
        Assert.Equal("DeleteTask", operation);
        Assert.Equal("application/json", string.Join(",", request.Headers.GetValues("Accept")));
    }

    private static string Build(ApiRequest.Url url) => url.ToString();
}
