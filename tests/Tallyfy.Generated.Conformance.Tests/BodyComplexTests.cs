using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Conformance.BodyComplex;
using Xunit;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>body-complex.json: objects with primitive, array and dictionary properties, inheritance, polymorphism.</summary>
public sealed class BodyComplexTests : ConformanceTest
{
    private static readonly byte[] Bytes = { 0xFF, 0xFE, 0xFD, 0xFC, 0x00, 0xFA, 0xF9, 0xF8, 0xF7, 0xF6 };

    private readonly BodyComplexClient _client;

    public BodyComplexTests(TestServer server)
        : base(server)
    {
        _client = Client((http, uri) => new BodyComplexClient(http, uri));
    }

    [Fact]
    public async Task GetComplexBasicValid()
    {
        var body = Assert.IsType<BasicGetValidResult.Ok>(await _client.BasicGetValidAsync()).Body;
        Assert.Equal(2L, body.Id);
        Assert.Equal("abc", body.Name);
        Assert.Equal("YELLOW", body.Color!.Value.Value);
    }

    [Fact]
    public async Task PutComplexBasicValid() =>
        Assert.IsType<BasicPutValidResult.Ok>(await _client.BasicPutValidAsync(new Basic { Id = 2, Name = "abc", Color = "Magenta" }, "2016-02-29"));

    [Fact]
    public async Task GetComplexBasicInvalid() => Assert.NotNull(Assert.IsType<BasicGetInvalidResult.Ok>(await _client.BasicGetInvalidAsync()).BodyError);

    [Fact]
    public async Task GetComplexBasicEmpty()
    {
        var body = Assert.IsType<BasicGetEmptyResult.Ok>(await _client.BasicGetEmptyAsync()).Body;
        Assert.Null(body.Id);
        Assert.Null(body.Name);
    }

    [Fact]
    public async Task GetComplexBasicNull()
    {
        var body = Assert.IsType<BasicGetNullResult.Ok>(await _client.BasicGetNullAsync()).Body;
        Assert.Null(body.Id);
        Assert.Null(body.Name);
    }

    [Fact]
    public async Task GetComplexBasicNotProvided() => Assert.IsType<BasicGetNotProvidedResult.Ok>(await _client.BasicGetNotProvidedAsync());

    [Fact]
    public async Task GetComplexPrimitiveInteger()
    {
        var body = Assert.IsType<PrimitiveGetIntResult.Ok>(await _client.PrimitiveGetIntAsync()).Body;
        Assert.Equal(-1, body.Field1);
        Assert.Equal(2, body.Field2);
    }

    [Fact]
    public async Task PutComplexPrimitiveInteger() => Assert.IsType<PrimitivePutIntResult.Ok>(await _client.PrimitivePutIntAsync(new IntWrapper { Field1 = -1, Field2 = 2 }));

    [Fact]
    public async Task GetComplexPrimitiveLong()
    {
        var body = Assert.IsType<PrimitiveGetLongResult.Ok>(await _client.PrimitiveGetLongAsync()).Body;
        Assert.Equal(1099511627775L, body.Field1);
        Assert.Equal(-999511627788L, body.Field2);
    }

    [Fact]
    public async Task PutComplexPrimitiveLong() =>
        Assert.IsType<PrimitivePutLongResult.Ok>(await _client.PrimitivePutLongAsync(new LongWrapper { Field1 = 1099511627775L, Field2 = -999511627788L }));

    [Fact]
    public async Task GetComplexPrimitiveFloat()
    {
        var body = Assert.IsType<PrimitiveGetFloatResult.Ok>(await _client.PrimitiveGetFloatAsync()).Body;
        Assert.Equal(1.05f, body.Field1);
        Assert.Equal(-0.003f, body.Field2);
    }

    [Fact]
    public async Task PutComplexPrimitiveFloat() => Assert.IsType<PrimitivePutFloatResult.Ok>(await _client.PrimitivePutFloatAsync(new FloatWrapper { Field1 = 1.05f, Field2 = -0.003f }));

    [Fact]
    public async Task GetComplexPrimitiveDouble()
    {
        var body = Assert.IsType<PrimitiveGetDoubleResult.Ok>(await _client.PrimitiveGetDoubleAsync()).Body;
        Assert.Equal(3e-100, body.Field1);
        Assert.Equal(-0.000000000000000000000000000000000000000000000000000000005, body.Field56ZerosAfterTheDotAndNegativeZeroBeforeDotAndThisIsALongFieldNameOnPurpose);
    }

    [Fact]
    public async Task PutComplexPrimitiveDouble() =>
        Assert.IsType<PrimitivePutDoubleResult.Ok>(await _client.PrimitivePutDoubleAsync(
            new DoubleWrapper { Field1 = 3e-100, Field56ZerosAfterTheDotAndNegativeZeroBeforeDotAndThisIsALongFieldNameOnPurpose = -0.000000000000000000000000000000000000000000000000000000005 }));

    [Fact]
    public async Task GetComplexPrimitiveBool()
    {
        var body = Assert.IsType<PrimitiveGetBoolResult.Ok>(await _client.PrimitiveGetBoolAsync()).Body;
        Assert.True(body.FieldTrue);
        Assert.False(body.FieldFalse);
    }

    [Fact]
    public async Task PutComplexPrimitiveBool() => Assert.IsType<PrimitivePutBoolResult.Ok>(await _client.PrimitivePutBoolAsync(new BooleanWrapper { FieldTrue = true, FieldFalse = false }));

    [Fact]
    public async Task GetComplexPrimitiveString()
    {
        var body = Assert.IsType<PrimitiveGetStringResult.Ok>(await _client.PrimitiveGetStringAsync()).Body;
        Assert.Equal("goodrequest", body.Field);
        Assert.Equal(string.Empty, body.Empty);
        Assert.Null(body.Null);
    }

    [Fact]
    public async Task PutComplexPrimitiveString() =>
        Assert.IsType<PrimitivePutStringResult.Ok>(await _client.PrimitivePutStringAsync(new StringWrapper { Field = "goodrequest", Empty = string.Empty }));

    [Fact]
    public async Task GetComplexPrimitiveDate()
    {
        var body = Assert.IsType<PrimitiveGetDateResult.Ok>(await _client.PrimitiveGetDateAsync()).Body;
        Assert.Equal(new DateOnly(1, 1, 1), body.Field);
        Assert.Equal(new DateOnly(2016, 2, 29), body.Leap);
    }

    [Fact]
    public async Task PutComplexPrimitiveDate() =>
        Assert.IsType<PrimitivePutDateResult.Ok>(await _client.PrimitivePutDateAsync(new DateWrapper { Field = new DateOnly(1, 1, 1), Leap = new DateOnly(2016, 2, 29) }));

    [Fact]
    public async Task GetComplexPrimitiveDateTime()
    {
        var body = Assert.IsType<PrimitiveGetDateTimeResult.Ok>(await _client.PrimitiveGetDateTimeAsync()).Body;
        Assert.Equal(new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero), body.Field);
        Assert.Equal(new DateTimeOffset(2015, 5, 18, 18, 38, 0, TimeSpan.Zero), body.Now);
    }

    [Fact]
    public async Task PutComplexPrimitiveDateTime() =>
        Assert.IsType<PrimitivePutDateTimeResult.Ok>(await _client.PrimitivePutDateTimeAsync(
            new DatetimeWrapper { Field = new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.Zero), Now = new DateTimeOffset(2015, 5, 18, 18, 38, 0, TimeSpan.Zero) }));

    [Fact]
    public async Task GetComplexPrimitiveDuration() =>
        Assert.Equal(new TimeSpan(123, 22, 14, 12, 11), Assert.IsType<PrimitiveGetDurationResult.Ok>(await _client.PrimitiveGetDurationAsync()).Body.Field);

    [Fact]
    public async Task PutComplexPrimitiveDuration() =>
        Assert.IsType<PrimitivePutDurationResult.Ok>(await _client.PrimitivePutDurationAsync(new DurationWrapper { Field = new TimeSpan(123, 22, 14, 12, 11) }));

    [Fact]
    public async Task GetComplexPrimitiveByte() => Assert.Equal(Bytes, Assert.IsType<PrimitiveGetByteResult.Ok>(await _client.PrimitiveGetByteAsync()).Body.Field);

    [Fact]
    public async Task PutComplexPrimitiveByte() => Assert.IsType<PrimitivePutByteResult.Ok>(await _client.PrimitivePutByteAsync(new ByteWrapper { Field = Bytes }));

    [Fact]
    public async Task GetComplexArrayValid()
    {
        // The server sends a null item, but the spec's items (type: string, no x-nullable) do not allow one: like a null
        // in a list of numbers, it makes the body unreadable, and the error says which item.
        var ok = Assert.IsType<ArrayGetValidResult.Ok>(await _client.ArrayGetValidAsync());
        Assert.Contains("Item 2 of the array is null", ok.BodyError!.Message, StringComparison.Ordinal);
        Assert.Contains("\"1, 2, 3, 4\"", ok.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutComplexArrayValid() =>
        Assert.IsType<ArrayPutValidResult.Ok>(await _client.ArrayPutValidAsync(
            new ArrayWrapper { Array = new[] { "1, 2, 3, 4", string.Empty, null!, "&S#$(*Y", "The quick brown fox jumps over the lazy dog" } }));

    [Fact]
    public async Task GetComplexArrayEmpty() => Assert.Empty(Assert.IsType<ArrayGetEmptyResult.Ok>(await _client.ArrayGetEmptyAsync()).Body.Array!);

    [Fact]
    public async Task PutComplexArrayEmpty() => Assert.IsType<ArrayPutEmptyResult.Ok>(await _client.ArrayPutEmptyAsync(new ArrayWrapper { Array = Array.Empty<string>() }));

    [Fact]
    public async Task GetComplexArrayNotProvided() => Assert.Null(Assert.IsType<ArrayGetNotProvidedResult.Ok>(await _client.ArrayGetNotProvidedAsync()).Body.Array);

    [Fact]
    public async Task GetComplexDictionaryValid()
    {
        // The server sends a null value, but the spec's values (type: string, no x-nullable) do not allow one: like a
        // null among numbers, it makes the body unreadable, and the error says which key.
        var ok = Assert.IsType<DictionaryGetValidResult.Ok>(await _client.DictionaryGetValidAsync());
        Assert.Contains("The value of '' in the map is null", ok.BodyError!.Message, StringComparison.Ordinal);
        Assert.Contains("\"notepad\"", ok.RawBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutComplexDictionaryValid() =>
        Assert.IsType<DictionaryPutValidResult.Ok>(await _client.DictionaryPutValidAsync(new DictionaryWrapper
        {
            DefaultProgram = new Dictionary<string, string> { ["txt"] = "notepad", ["bmp"] = "mspaint", ["xls"] = "excel", ["exe"] = string.Empty, [string.Empty] = null! },
        }));

    [Fact]
    public async Task GetComplexDictionaryEmpty() => Assert.Empty(Assert.IsType<DictionaryGetEmptyResult.Ok>(await _client.DictionaryGetEmptyAsync()).Body.DefaultProgram!);

    [Fact]
    public async Task PutComplexDictionaryEmpty() =>
        Assert.IsType<DictionaryPutEmptyResult.Ok>(await _client.DictionaryPutEmptyAsync(new DictionaryWrapper { DefaultProgram = new Dictionary<string, string>() }));

    [Fact]
    public async Task GetComplexDictionaryNull() => Assert.Null(Assert.IsType<DictionaryGetNullResult.Ok>(await _client.DictionaryGetNullAsync()).Body.DefaultProgram);

    [Fact]
    public async Task GetComplexDictionaryNotProvided() => Assert.Null(Assert.IsType<DictionaryGetNotProvidedResult.Ok>(await _client.DictionaryGetNotProvidedAsync()).Body.DefaultProgram);

    [Fact]
    public async Task GetComplexInheritanceValid()
    {
        var body = Assert.IsType<InheritanceGetValidResult.Ok>(await _client.InheritanceGetValidAsync()).Body;
        Assert.Equal(2L, body.Id);
        Assert.Equal("Siameeee", body.Name);
        Assert.Equal("green", body.Color);
        Assert.Equal("persian", body.Breed);
        Assert.Collection(
            body.Hates!,
            dog => Assert.Equal(("Potato", "tomato"), (dog.Name, dog.Food)),
            dog => Assert.Equal(("Tomato", "french fries"), (dog.Name, dog.Food)));
    }

    [Fact]
    public async Task PutComplexInheritanceValid() =>
        Assert.IsType<InheritancePutValidResult.Ok>(await _client.InheritancePutValidAsync(new Siamese
        {
            Id = 2,
            Name = "Siameeee",
            Color = "green",
            Breed = "persian",
            Hates = new[] { new Dog { Id = 1, Name = "Potato", Food = "tomato" }, new Dog { Id = -1, Name = "Tomato", Food = "french fries" } },
        }));

    [Fact]
    public async Task GetComplexReadOnlyPropertyValid()
    {
        var body = Assert.IsType<ReadonlypropertyGetValidResult.Ok>(await _client.ReadonlypropertyGetValidAsync()).Body;
        Assert.Equal("1234", body.Id);
        Assert.Equal(2, body.Size);
    }

    [Fact]
    public async Task PutComplexReadOnlyPropertyValid() => Assert.IsType<ReadonlypropertyPutValidResult.Ok>(await _client.ReadonlypropertyPutValidAsync(new ReadonlyObj { Size = 2 }));

    [Fact]
    public async Task GetComplexPolymorphismValid()
    {
        var body = Assert.IsType<PolymorphismGetValidResult.Ok>(await _client.PolymorphismGetValidAsync()).Body;
        Assert.Equal("salmon", body.Fishtype);
        Assert.Equal(1f, body.Length);
        Assert.Equal(3, body.Siblings!.Count);
    }

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>The three siblings of the polymorphism scenarios, each a derived class behind a Fish-typed array.</summary>
    private static Fish[] Siblings() => new Fish[]
    {
        new Shark { Age = 6, Birthday = Utc("2012-01-05T01:00:00Z"), Length = 20, Species = "predator" },
        new Sawshark { Age = 105, Birthday = Utc("1900-01-05T01:00:00Z"), Length = 10, Picture = new byte[] { 255, 255, 255, 255, 254 }, Species = "dangerous" },
        new Goblinshark { Age = 1, Birthday = Utc("2015-08-08T00:00:00Z"), Length = 30, Species = "scary", Jawsize = 5, Color = new GoblinsharkColor("pinkish-gray") },
    };

    [Fact]
    public async Task PutComplexPolymorphismValid() =>
        Assert.IsType<PolymorphismPutValidResult.Ok>(await _client.PolymorphismPutValidAsync(new Salmon
        {
            Location = "alaska",
            Iswild = true,
            Species = "king",
            Length = 1,
            Siblings = Siblings(),
        }));

    [Fact]
    public async Task PutComplexPolymorphismComplicated()
    {
        // The smart salmon's undeclared members (additionalProperty1…5) come back as they were read.
        var salmon = Assert.IsType<PolymorphismGetComplicatedResult.Ok>(await _client.PolymorphismGetComplicatedAsync()).Body;
        Assert.Equal(5, Assert.IsType<SmartSalmon>(salmon).AdditionalProperties!.Count);
        Assert.IsType<PolymorphismPutComplicatedResult.Ok>(await _client.PolymorphismPutComplicatedAsync(salmon));
    }

    [Fact]
    public async Task PutComplexPolymorphicRecursiveValid() =>
        Assert.IsType<PolymorphicrecursivePutValidResult.Ok>(await _client.PolymorphicrecursivePutValidAsync(new Salmon
        {
            Location = "alaska",
            Iswild = true,
            Species = "king",
            Length = 1,
            Siblings = new Fish[]
            {
                new Shark
                {
                    Age = 6,
                    Birthday = Utc("2012-01-05T01:00:00Z"),
                    Species = "predator",
                    Length = 20,
                    Siblings = new Fish[]
                    {
                        new Salmon { Location = "atlantic", Iswild = true, Species = "coho", Length = 2, Siblings = Siblings()[..2] },
                        new Sawshark { Age = 105, Birthday = Utc("1900-01-05T01:00:00Z"), Picture = new byte[] { 255, 255, 255, 255, 254 }, Species = "dangerous", Length = 10, Siblings = Array.Empty<Fish>() },
                    },
                },
                new Sawshark { Age = 105, Birthday = Utc("1900-01-05T01:00:00Z"), Picture = new byte[] { 255, 255, 255, 255, 254 }, Species = "dangerous", Length = 10, Siblings = Array.Empty<Fish>() },
            },
        }));

    [Fact]
    public async Task PutComplexPolymorphismNoDiscriminator()
    {
        // The response leaves the discriminator out: it reads as the type the operation names.
        var salmon = Assert.IsType<PolymorphismPutMissingDiscriminatorResult.Ok>(await _client.PolymorphismPutMissingDiscriminatorAsync(new Salmon
        {
            Location = "alaska",
            Iswild = true,
            Species = "king",
            Length = 1,
            Siblings = Siblings(),
        })).Body;
        Assert.Null(salmon.Fishtype);
        Assert.IsType<Goblinshark>(salmon.Siblings![2]);
    }

    [Fact]
    public async Task GetComplexPolymorphismComplicated()
    {
        var body = Assert.IsType<PolymorphismGetComplicatedResult.Ok>(await _client.PolymorphismGetComplicatedAsync()).Body;
        Assert.Equal("smart_salmon", body.Fishtype);
        Assert.Equal("alaska", body.Location);
    }

    [Fact]
    public async Task GetComplexPolymorphismDotSyntax() =>
        Assert.Equal("DotSalmon", Assert.IsType<PolymorphismGetDotSyntaxResult.Ok>(await _client.PolymorphismGetDotSyntaxAsync()).Body.FishType);

    [Fact]
    public async Task GetComplexPolymorphicRecursiveValid() =>
        Assert.Equal("salmon", Assert.IsType<PolymorphicrecursiveGetValidResult.Ok>(await _client.PolymorphicrecursiveGetValidAsync()).Body.Fishtype);
}
