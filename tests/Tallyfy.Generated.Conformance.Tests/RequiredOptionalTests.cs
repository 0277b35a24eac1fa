using System;
using System.Threading.Tasks;
using Conformance.RequiredOptional;
using Xunit;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>
/// required-optional.json: an optional value left out is not sent; a required value missing is refused before any
/// request (the server answers 400 to the required routes, so they must never be hit).
/// </summary>
public sealed class RequiredOptionalTests : ConformanceTest
{
    private readonly RequiredOptionalClient _client;

    public RequiredOptionalTests(TestServer server)
        : base(server)
    {
        _client = Client((http, uri) => new RequiredOptionalClient(http, uri));
    }

    [Fact]
    public async Task OptionalImplicitQuery() => Assert.IsType<ImplicitPutOptionalQueryResult.Ok>(await _client.ImplicitPutOptionalQueryAsync(null));

    [Fact]
    public async Task OptionalImplicitHeader() => Assert.IsType<ImplicitPutOptionalHeaderResult.Ok>(await _client.ImplicitPutOptionalHeaderAsync(null));

    [Fact]
    public async Task OptionalImplicitBody() => Assert.IsType<ImplicitPutOptionalBodyResult.Ok>(await _client.ImplicitPutOptionalBodyAsync(null));

    [Fact]
    public async Task ImplicitOptionalBinaryBody() => Assert.IsType<ImplicitPutOptionalBinaryBodyResult.Ok>(await _client.ImplicitPutOptionalBinaryBodyAsync(null));

    [Fact]
    public async Task ExplicitOptionalBinaryBody() => Assert.IsType<ExplicitPutOptionalBinaryBodyResult.Ok>(await _client.ExplicitPutOptionalBinaryBodyAsync(null));

    [Fact]
    public async Task ExplicitRequiredBinaryBody()
    {
        using var body = new System.IO.MemoryStream(new byte[] { 1, 2, 3 });
        Assert.IsType<ExplicitPutRequiredBinaryBodyResult.Ok>(await _client.ExplicitPutRequiredBinaryBodyAsync(body));
    }

    [Fact]
    public async Task OptionalGlobalQuery() => Assert.IsType<ImplicitGetOptionalGlobalQueryResult.Ok>(await _client.ImplicitGetOptionalGlobalQueryAsync(null));

    [Fact]
    public async Task OptionalIntegerParameter() => Assert.IsType<ExplicitPostOptionalIntegerParameterResult.Ok>(await _client.ExplicitPostOptionalIntegerParameterAsync(null));

    [Fact]
    public async Task OptionalIntegerProperty() => Assert.IsType<ExplicitPostOptionalIntegerPropertyResult.Ok>(await _client.ExplicitPostOptionalIntegerPropertyAsync(new IntOptionalWrapper()));

    [Fact]
    public async Task OptionalIntegerHeader() => Assert.IsType<ExplicitPostOptionalIntegerHeaderResult.Ok>(await _client.ExplicitPostOptionalIntegerHeaderAsync(null));

    [Fact]
    public async Task OptionalStringParameter() => Assert.IsType<ExplicitPostOptionalStringParameterResult.Ok>(await _client.ExplicitPostOptionalStringParameterAsync(null));

    [Fact]
    public async Task OptionalStringProperty() => Assert.IsType<ExplicitPostOptionalStringPropertyResult.Ok>(await _client.ExplicitPostOptionalStringPropertyAsync(new StringOptionalWrapper()));

    [Fact]
    public async Task OptionalStringHeader() => Assert.IsType<ExplicitPostOptionalStringHeaderResult.Ok>(await _client.ExplicitPostOptionalStringHeaderAsync(null));

    [Fact]
    public async Task OptionalClassParameter() => Assert.IsType<ExplicitPostOptionalClassParameterResult.Ok>(await _client.ExplicitPostOptionalClassParameterAsync(null));

    [Fact]
    public async Task OptionalClassProperty() => Assert.IsType<ExplicitPostOptionalClassPropertyResult.Ok>(await _client.ExplicitPostOptionalClassPropertyAsync(new ClassOptionalWrapper()));

    [Fact]
    public async Task OptionalArrayParameter() => Assert.IsType<ExplicitPostOptionalArrayParameterResult.Ok>(await _client.ExplicitPostOptionalArrayParameterAsync(null));

    [Fact]
    public async Task OptionalArrayProperty() => Assert.IsType<ExplicitPostOptionalArrayPropertyResult.Ok>(await _client.ExplicitPostOptionalArrayPropertyAsync(new ArrayOptionalWrapper()));

    [Fact]
    public async Task OptionalArrayHeader() => Assert.IsType<ExplicitPostOptionalArrayHeaderResult.Ok>(await _client.ExplicitPostOptionalArrayHeaderAsync(null));

    [Fact]
    public async Task RequiredPathIsRefusedWhenNull() => await Assert.ThrowsAnyAsync<ArgumentException>(() => _client.ImplicitGetRequiredPathAsync(null!));

    [Fact]
    public async Task RequiredGlobalPathIsRefusedWhenNull() => await Assert.ThrowsAnyAsync<ArgumentException>(() => _client.ImplicitGetRequiredGlobalPathAsync(null!));

    [Fact]
    public async Task RequiredGlobalQueryIsRefusedWhenNull() => await Assert.ThrowsAnyAsync<ArgumentException>(() => _client.ImplicitGetRequiredGlobalQueryAsync(null!));

    [Fact]
    public async Task RequiredStringHeaderIsRefusedWhenNull() => await Assert.ThrowsAnyAsync<ArgumentException>(() => _client.ExplicitPostRequiredStringHeaderAsync(null!));

    [Fact]
    public async Task RequiredStringParameterIsRefusedWhenNull() => await Assert.ThrowsAnyAsync<ArgumentException>(() => _client.ExplicitPostRequiredStringParameterAsync(null!));

    [Fact]
    public async Task RequiredClassParameterIsRefusedWhenNull() => await Assert.ThrowsAnyAsync<ArgumentException>(() => _client.ExplicitPostRequiredClassParameterAsync(null!));

    [Fact]
    public async Task RequiredArrayParameterIsRefusedWhenNull() => await Assert.ThrowsAnyAsync<ArgumentException>(() => _client.ExplicitPostRequiredArrayParameterAsync(null!));

    [Fact]
    public async Task RequiredArrayHeaderIsRefusedWhenNull() => await Assert.ThrowsAnyAsync<ArgumentException>(() => _client.ExplicitPostRequiredArrayHeaderAsync(null!));
}
