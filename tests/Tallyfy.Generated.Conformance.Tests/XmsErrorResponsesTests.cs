using System.Threading.Tasks;
using Conformance.XmsErrorResponses;
using Xunit;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>xms-error-responses.json: documented error statuses with their own bodies (objects, a string, an integer).</summary>
public sealed class XmsErrorResponsesTests : ConformanceTest
{
    private readonly XmsErrorResponsesClient _client;

    public XmsErrorResponsesTests(TestServer server)
        : base(server)
    {
        _client = Client((http, uri) => new XmsErrorResponsesClient(http, uri));
    }

    [Fact]
    public async Task ExpectedNoErrors()
    {
        var pet = Assert.IsType<PetGetPetByIdResult.Ok>(await _client.PetGetPetByIdAsync("tommy"));
        Assert.Equal("Tommy Tomson", pet.Body.Name);
        Assert.Equal("Dog", pet.Body.AniType);
        Assert.IsType<PetDoSomethingResult.Ok>(await _client.PetDoSomethingAsync("stay"));
    }

    [Fact]
    public async Task ExpectedPetSadError()
    {
        var error = Assert.IsType<PetDoSomethingResult.InternalServerError>(await _client.PetDoSomethingAsync("jump"));
        Assert.Equal("PetSadError", error.Body.ErrorType);
        Assert.Equal("casper aint happy", error.Body.ErrorMessage);
        Assert.Equal("grrrr", error.Body.ActionResponse);
    }

    /// <summary>404 is not documented for this operation: the Default case reads the body as the default schema.</summary>
    [Fact]
    public async Task ExpectedPetHungryError()
    {
        var error = Assert.IsType<PetDoSomethingResult.Default>(await _client.PetDoSomethingAsync("fetch"));
        Assert.Equal(404, error.StatusCode);
        Assert.Equal("PetHungryOrThirstyError", error.Body.ErrorType);
        Assert.Equal("scooby is low", error.Body.ErrorMessage);
    }

    [Fact]
    public async Task AnimalNotFoundError()
    {
        var error = Assert.IsType<PetGetPetByIdResult.NotFound>(await _client.PetGetPetByIdAsync("coyoteUgly"));
        Assert.Equal("AnimalNotFound", error.Body.WhatNotFound);
        Assert.Equal("the type of animal requested is not available", error.Body.Reason);
    }

    [Fact]
    public async Task LinkNotFoundError()
    {
        var error = Assert.IsType<PetGetPetByIdResult.NotFound>(await _client.PetGetPetByIdAsync("weirdAlYankovic"));
        Assert.Equal("InvalidResourceLink", error.Body.WhatNotFound);
        Assert.Equal("problem finding pet", error.Body.SomeBaseProp);
    }

    [Fact]
    public async Task StringError() => Assert.Equal("ringo is missing", Assert.IsType<PetGetPetByIdResult.BadRequest>(await _client.PetGetPetByIdAsync("ringo")).Body);

    [Fact]
    public async Task IntError() => Assert.Equal(123L, Assert.IsType<PetGetPetByIdResult.NotImplemented>(await _client.PetGetPetByIdAsync("alien123")).Body);
}
