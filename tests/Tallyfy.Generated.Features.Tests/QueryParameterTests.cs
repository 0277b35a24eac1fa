using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Features;
using Xunit;

namespace Tallyfy.Generated.Features.Tests;

/// <summary>Query parameters as they reach the server: names as the spec spells them, values escaped, arrays styled.</summary>
public sealed class QueryParameterTests : IClassFixture<FeaturesServer>
{
    private readonly FeaturesServer _server;

    public QueryParameterTests(FeaturesServer server)
    {
        _server = server;
        _server.Reset(204);
    }

    [Fact]
    public async Task RequiredString_IsPercentEncodedAsOneValue()
    {
        var result = await _server.CreateFeaturesClient().QueryRequiredStringAsync("a b&c=d/é+?#");

        Assert.IsType<QueryRequiredStringResult.NoContent>(result);
        var (wire, logged) = _server.Single();
        Assert.Equal("GET", wire.Method);
        Assert.Equal("/params/required-string?q=a%20b%26c%3Dd%2F%C3%A9%2B%3F%23", wire.RawTarget);
        Assert.Equal("/params/required-string", logged.Path);
        Assert.Equal("a b&c=d/é+?#", wire.Query["q"]);
    }

    /// <summary>
    /// allowReserved: RFC 3986's reserved characters and percent-encoded triples go as given; what would end or change
    /// the value in a query (&amp; + # [ ]), a lone % and other characters are still encoded. Without it, all are.
    /// </summary>
    [Fact]
    public async Task AllowReserved_KeepsReservedCharactersAndEncodedTriples()
    {
        await _server.CreateFeaturesClient().QueryReservedAsync(
            "/a/b?c=d:e@f!$'()*,;%2F x&y+z#[]%", paths: new[] { "/p/q", "r,s" }, plain: "/a,b");

        var wire = _server.Single().Wire;
        Assert.Equal("/params/reserved?next=/a/b?c=d:e@f!$'()*,;%2F%20x%26y%2Bz%23%5B%5D%25&paths=/p/q&paths=r,s&plain=%2Fa%2Cb", wire.RawTarget);
        Assert.Equal("/a/b?c=d:e@f!$'()*,;/ x&y+z#[]%", wire.Query["next"]);
        Assert.Equal("/a,b", wire.Query["plain"]);
    }

    /// <summary>
    /// allowReserved on the other shapes: the items of a form or pipe-delimited list, an object's member values in form
    /// and deepObject style, a map's values keep the reserved characters; the names, the brackets and the delimiters
    /// that are not reserved characters (<c>|</c>, space) are encoded as without it.
    /// </summary>
    [Fact]
    public async Task AllowReserved_AppliesToListsObjectsAndMaps()
    {
        await _server.CreateFeaturesClient().QueryReservedShapesAsync(
            list: new[] { "/p/q", "r:s" },
            piped: new[] { "/a", "b c" },
            point: new ReservedPoint { X = "/x?", Y = "@y" },
            @where: new Where { Path = "/w/v#1" },
            filter: new ReservedPoint { X = "/f", Y = "g:h" },
            labels: new Dictionary<string, string> { ["k/1"] = "v/1" });

        var wire = _server.Single().Wire;
        Assert.Equal(
            "/params/reserved-shapes?list=/p/q,r:s&piped=/a%7Cb%20c&point=x,/x?,y,@y&path=/w/v%231"
                + "&filter%5Bx%5D=/f&filter%5By%5D=g:h&labels%5Bk%2F1%5D=v/1",
            wire.RawTarget);
        Assert.Equal("/p/q,r:s", wire.Query["list"]);
        Assert.Equal("/w/v#1", wire.Query["path"]);
        Assert.Equal("g:h", wire.Query["filter[y]"]);
    }

    [Fact]
    public async Task RequiredString_Null_ThrowsBeforeSending()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _server.CreateFeaturesClient().QueryRequiredStringAsync(null!));
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData(25, "/params/optional-int?limit=25")]
    [InlineData(-3, "/params/optional-int?limit=-3")]
    [InlineData(0, "/params/optional-int?limit=0")]
    [InlineData(null, "/params/optional-int")]
    public async Task OptionalInt32_IsLeftOutWhenNull(int? limit, string target)
    {
        await _server.CreateFeaturesClient().QueryOptionalIntAsync(limit);

        Assert.Equal(target, _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task Array_DefaultFormExplode_RepeatsTheName()
    {
        await _server.CreateFeaturesClient().QueryFormArrayAsync(new[] { "x", "y z", "a,b" });

        var (wire, logged) = _server.Single();
        Assert.Equal("/params/form-array?tag=x&tag=y%20z&tag=a%2Cb", wire.RawTarget);
        Assert.Equal(new[] { "x", "y z", "a,b" }, logged.Query!["tag"]);
    }

    [Fact]
    public async Task Array_DefaultFormExplode_EmptyListSendsNoQuery()
    {
        await _server.CreateFeaturesClient().QueryFormArrayAsync(Array.Empty<string>());

        Assert.Equal("/params/form-array", _server.Single().Wire.RawTarget);
    }

    /// <summary>OpenAPI: style form, explode false renders <c>color=blue,black,brown</c> — the commas are delimiters, not data.</summary>
    [Fact]
    public async Task Array_FormNotExploded_JoinsWithLiteralCommas()
    {
        await _server.CreateFeaturesClient().QueryFormArrayNoExplodeAsync(new[] { 1, 2, 3 });

        Assert.Equal("/params/form-array-no-explode?ids=1,2,3", _server.Single().Wire.RawTarget);
    }

    /// <summary>A comma inside an item is data and is escaped; the delimiter is not, so ["a,b", "c"] differs from ["a", "b", "c"].</summary>
    [Fact]
    public async Task Array_FormNotExploded_KeepsACommaInsideAnItemDistinctFromTheDelimiter()
    {
        await _server.CreateFeaturesClient().QueryFormArrayNoExplodeAsync(new[] { 7 }, new[] { "a,b", "c" });

        var wire = _server.Single().Wire;
        Assert.Equal("/params/form-array-no-explode?ids=7&names=a%2Cb,c", wire.RawTarget);
        // Decoded, both encodings read "a,b,c": only an unescaped delimiter keeps the boundary between "a,b" and "c".
        Assert.Equal("a,b,c", wire.Query["names"]);
    }

    [Fact]
    public async Task Array_FormNotExploded_OptionalArrayLeftOutWhenNull()
    {
        await _server.CreateFeaturesClient().QueryFormArrayNoExplodeAsync(new[] { 7 }, names: null);

        Assert.Equal("/params/form-array-no-explode?ids=7", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task Array_SpaceDelimited_JoinsWithAnEncodedSpace()
    {
        await _server.CreateFeaturesClient().QuerySpaceDelimitedAsync(new[] { "alpha", "beta", "gamma" });

        var (wire, logged) = _server.Single();
        Assert.Equal("/params/space-delimited?words=alpha%20beta%20gamma", wire.RawTarget);
        Assert.Equal("alpha beta gamma", Assert.Single(logged.Query!["words"]));
    }

    [Fact]
    public async Task Array_PipeDelimited_JoinsWithAnEncodedPipe()
    {
        await _server.CreateFeaturesClient().QueryPipeDelimitedAsync(new[] { "A1", "B2" });

        var (wire, logged) = _server.Single();
        Assert.Equal("/params/pipe-delimited?codes=A1%7CB2", wire.RawTarget);
        Assert.Equal("A1|B2", Assert.Single(logged.Query!["codes"]));
    }

    [Fact]
    public async Task Array_SpaceAndPipeDelimited_Exploded_SendOnePairPerItem()
    {
        await _server.CreateFeaturesClient().QueryDelimitedExplodedAsync(new[] { "alpha", "beta gamma" }, new[] { "A1", "B|2" });

        var (wire, logged) = _server.Single();
        Assert.Equal("/params/delimited-exploded?words=alpha&words=beta%20gamma&codes=A1&codes=B%7C2", wire.RawTarget);
        Assert.Equal(new[] { "alpha", "beta gamma" }, logged.Query!["words"].ToArray());
        Assert.Equal(new[] { "A1", "B|2" }, logged.Query!["codes"].ToArray());
    }

    [Fact]
    public async Task Map_DeepObject_SendsOneBracketedNamePerKey()
    {
        var filter = new Dictionary<string, string> { ["status"] = "open", ["owner"] = "me & you" };

        await _server.CreateFeaturesClient().QueryDeepObjectAsync(filter);

        var (wire, logged) = _server.Single();
        Assert.Equal("/params/deep-object?filter%5Bstatus%5D=open&filter%5Bowner%5D=me%20%26%20you", wire.RawTarget);
        Assert.Equal("/params/deep-object", logged.Path);
        Assert.Equal("open", wire.Query["filter[status]"]);
        Assert.Equal("me & you", wire.Query["filter[owner]"]);
    }

    [Fact]
    public async Task DeepObject_NestedObjectsArraysAndUnions_GoInBrackets()
    {
        // Stripe's list filters: created[gt]=...; expand[0]=...; an object inside the object in brackets again, as Stripe,
        // Rails and qs read them (OpenAPI defines deepObject one level down; it was the nested object's JSON text).
        await _server.CreateFeaturesClient().QueryDeepNestedAsync(
            new CreatedOption1 { Gt = 1700000000, Lte = 1800000000 },
            new[] { "customer", "invoice.lines" },
            new Options { Sort = "desc", Page = new OptionsPage { Size = 20, After = "a&b" } });

        var (wire, _) = _server.Single();
        Assert.Equal(
            "/params/deep-nested?created%5Bgt%5D=1700000000&created%5Blte%5D=1800000000&expand%5B0%5D=customer&expand%5B1%5D=invoice.lines"
                + "&options%5Bsort%5D=desc&options%5Bpage%5D%5Bsize%5D=20&options%5Bpage%5D%5Bafter%5D=a%26b",
            wire.RawTarget);

        // The union's other case, a number, is the parameter's own value.
        _server.Reset();
        await _server.CreateFeaturesClient().QueryDeepNestedAsync(created: 1700000000L);
        Assert.Equal("/params/deep-nested?created=1700000000", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task Enum_SendsTheWireValue()
    {
        await _server.CreateFeaturesClient().QueryEnumAsync(SortOrder.Desc);

        Assert.Equal("/params/enum?sort=desc", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task Enum_UnknownValue_IsSentAsGiven()
    {
        var sort = new SortOrder("by relevance");
        Assert.False(sort.IsKnown);

        await _server.CreateFeaturesClient().QueryEnumAsync(sort);

        Assert.Equal("/params/enum?sort=by%20relevance", _server.Single().Wire.RawTarget);
    }

    [Fact]
    public async Task KeywordAndDashedNames_KeepTheSpecsWireNames()
    {
        // "class" is a C# keyword (@class) and "page-size" no identifier (pageSize): the wire names stay the spec's.
        await _server.CreateFeaturesClient().AwkwardNamesAsync(@class: "premium", pageSize: 50);

        var (wire, logged) = _server.Single();
        Assert.Equal("/params/names?class=premium&page-size=50", wire.RawTarget);
        Assert.Equal("premium", Assert.Single(logged.Query!["class"]));
        Assert.Equal("50", Assert.Single(logged.Query!["page-size"]));
    }
}
