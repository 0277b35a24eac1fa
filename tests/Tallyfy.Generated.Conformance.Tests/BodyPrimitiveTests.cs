using System;
using System.Threading.Tasks;
using Xunit;
using Bool = Conformance.BodyBoolean;
using Int = Conformance.BodyInteger;
using Num = Conformance.BodyNumber;

namespace Tallyfy.Generated.Conformance.Tests;

/// <summary>body-boolean.json, body-integer.json, body-number.json: JSON primitives as whole bodies.</summary>
public sealed class BodyPrimitiveTests : ConformanceTest
{
    private readonly Bool.BodyBooleanClient _bool;
    private readonly Int.BodyIntegerClient _int;
    private readonly Num.BodyNumberClient _number;

    public BodyPrimitiveTests(TestServer server)
        : base(server)
    {
        _bool = Client((http, uri) => new Bool.BodyBooleanClient(http, uri));
        _int = Client((http, uri) => new Int.BodyIntegerClient(http, uri));
        _number = Client((http, uri) => new Num.BodyNumberClient(http, uri));
    }

    [Fact]
    public async Task GetBoolTrue() => Assert.True(Assert.IsType<Bool.BoolGetTrueResult.Ok>(await _bool.BoolGetTrueAsync()).Body);

    [Fact]
    public async Task PutBoolTrue() => Assert.IsType<Bool.BoolPutTrueResult.Ok>(await _bool.BoolPutTrueAsync(true));

    [Fact]
    public async Task GetBoolFalse() => Assert.False(Assert.IsType<Bool.BoolGetFalseResult.Ok>(await _bool.BoolGetFalseAsync()).Body);

    [Fact]
    public async Task PutBoolFalse() => Assert.IsType<Bool.BoolPutFalseResult.Ok>(await _bool.BoolPutFalseAsync(false));

    [Fact]
    public async Task GetBoolNull() => Assert.IsType<Bool.BoolGetNullResult.Ok>(await _bool.BoolGetNullAsync());

    [Fact]
    public async Task GetBoolInvalid() => Assert.NotNull(Assert.IsType<Bool.BoolGetInvalidResult.Ok>(await _bool.BoolGetInvalidAsync()).BodyError);

    [Fact]
    public async Task GetIntegerNull() => Assert.IsType<Int.IntGetNullResult.Ok>(await _int.IntGetNullAsync());

    [Fact]
    public async Task GetIntegerInvalid() => Assert.NotNull(Assert.IsType<Int.IntGetInvalidResult.Ok>(await _int.IntGetInvalidAsync()).BodyError);

    [Fact]
    public async Task GetIntegerOverflow() => Assert.NotNull(Assert.IsType<Int.IntGetOverflowInt32Result.Ok>(await _int.IntGetOverflowInt32Async()).BodyError);

    [Fact]
    public async Task GetIntegerUnderflow() => Assert.NotNull(Assert.IsType<Int.IntGetUnderflowInt32Result.Ok>(await _int.IntGetUnderflowInt32Async()).BodyError);

    [Fact]
    public async Task GetLongOverflow() => Assert.NotNull(Assert.IsType<Int.IntGetOverflowInt64Result.Ok>(await _int.IntGetOverflowInt64Async()).BodyError);

    [Fact]
    public async Task GetLongUnderflow() => Assert.NotNull(Assert.IsType<Int.IntGetUnderflowInt64Result.Ok>(await _int.IntGetUnderflowInt64Async()).BodyError);

    [Fact]
    public async Task PutIntegerMax() => Assert.IsType<Int.IntPutMax32Result.Ok>(await _int.IntPutMax32Async(int.MaxValue));

    [Fact]
    public async Task PutLongMax() => Assert.IsType<Int.IntPutMax64Result.Ok>(await _int.IntPutMax64Async(long.MaxValue));

    [Fact]
    public async Task PutIntegerMin() => Assert.IsType<Int.IntPutMin32Result.Ok>(await _int.IntPutMin32Async(int.MinValue));

    [Fact]
    public async Task PutLongMin() => Assert.IsType<Int.IntPutMin64Result.Ok>(await _int.IntPutMin64Async(long.MinValue));

    [Fact]
    public async Task GetUnixTime() => Assert.Equal(1460505600L, Assert.IsType<Int.IntGetUnixTimeResult.Ok>(await _int.IntGetUnixTimeAsync()).Body);

    [Fact]
    public async Task PutUnixTime() => Assert.IsType<Int.IntPutUnixTimeDateResult.Ok>(await _int.IntPutUnixTimeDateAsync(1460505600L));

    [Fact]
    public async Task GetInvalidUnixTime() => Assert.NotNull(Assert.IsType<Int.IntGetInvalidUnixTimeResult.Ok>(await _int.IntGetInvalidUnixTimeAsync()).BodyError);

    [Fact]
    public async Task GetNullUnixTime() => Assert.IsType<Int.IntGetNullUnixTimeResult.Ok>(await _int.IntGetNullUnixTimeAsync());

    [Fact]
    public async Task GetNumberNull() => Assert.IsType<Num.NumberGetNullResult.Ok>(await _number.NumberGetNullAsync());

    [Fact]
    public async Task GetFloatInvalid() => Assert.NotNull(Assert.IsType<Num.NumberGetInvalidFloatResult.Ok>(await _number.NumberGetInvalidFloatAsync()).BodyError);

    [Fact]
    public async Task GetDoubleInvalid() => Assert.NotNull(Assert.IsType<Num.NumberGetInvalidDoubleResult.Ok>(await _number.NumberGetInvalidDoubleAsync()).BodyError);

    [Fact]
    public async Task GetDecimalInvalid() => Assert.NotNull(Assert.IsType<Num.NumberGetInvalidDecimalResult.Ok>(await _number.NumberGetInvalidDecimalAsync()).BodyError);

    [Fact]
    public async Task GetFloatBigScientificNotation() => Assert.Equal(3.402823e+20f, Assert.IsType<Num.NumberGetBigFloatResult.Ok>(await _number.NumberGetBigFloatAsync()).Body);

    [Fact]
    public async Task PutFloatBigScientificNotation() => Assert.IsType<Num.NumberPutBigFloatResult.Ok>(await _number.NumberPutBigFloatAsync(3.402823e+20f));

    [Fact]
    public async Task GetDoubleBigScientificNotation() => Assert.Equal(2.5976931e+101, Assert.IsType<Num.NumberGetBigDoubleResult.Ok>(await _number.NumberGetBigDoubleAsync()).Body);

    [Fact]
    public async Task PutDoubleBigScientificNotation() => Assert.IsType<Num.NumberPutBigDoubleResult.Ok>(await _number.NumberPutBigDoubleAsync(2.5976931e+101));

    [Fact]
    public async Task GetDoubleBigPositiveDecimal() => Assert.Equal(99999999.99, Assert.IsType<Num.NumberGetBigDoublePositiveDecimalResult.Ok>(await _number.NumberGetBigDoublePositiveDecimalAsync()).Body);

    [Fact]
    public async Task PutDoubleBigPositiveDecimal() => Assert.IsType<Num.NumberPutBigDoublePositiveDecimalResult.Ok>(await _number.NumberPutBigDoublePositiveDecimalAsync(99999999.99));

    [Fact]
    public async Task GetDoubleBigNegativeDecimal() => Assert.Equal(-99999999.99, Assert.IsType<Num.NumberGetBigDoubleNegativeDecimalResult.Ok>(await _number.NumberGetBigDoubleNegativeDecimalAsync()).Body);

    [Fact]
    public async Task PutDoubleBigNegativeDecimal() => Assert.IsType<Num.NumberPutBigDoubleNegativeDecimalResult.Ok>(await _number.NumberPutBigDoubleNegativeDecimalAsync(-99999999.99));

    [Fact]
    public async Task GetFloatSmallScientificNotation() => Assert.Equal(3.402823e-20, (double)Assert.IsType<Num.NumberGetSmallFloatResult.Ok>(await _number.NumberGetSmallFloatAsync()).Body, 1e-27);

    [Fact]
    public async Task PutFloatSmallScientificNotation() => Assert.IsType<Num.NumberPutSmallFloatResult.Ok>(await _number.NumberPutSmallFloatAsync(3.402823e-20f));

    [Fact]
    public async Task GetDoubleSmallScientificNotation() => Assert.Equal(2.5976931e-101, Assert.IsType<Num.NumberGetSmallDoubleResult.Ok>(await _number.NumberGetSmallDoubleAsync()).Body);

    [Fact]
    public async Task PutDoubleSmallScientificNotation() => Assert.IsType<Num.NumberPutSmallDoubleResult.Ok>(await _number.NumberPutSmallDoubleAsync(2.5976931e-101));

    /// <summary>
    /// <c>format: decimal</c> is <c>System.Decimal</c> (exact, 28-29 digits), which cannot hold 2.5976931e+101: the body
    /// is reported unreadable with the raw text kept, never thrown and never rounded into a <c>double</c>.
    /// </summary>
    [Fact]
    public async Task GetDecimalBig()
    {
        var ok = Assert.IsType<Num.NumberGetBigDecimalResult.Ok>(await _number.NumberGetBigDecimalAsync());
        Assert.NotNull(ok.BodyError);
        Assert.False(ok.TryGetBody(out _));
        Assert.Equal("2.5976931e+101", ok.RawBody.Trim(), ignoreCase: true);
    }

    [Fact]
    public async Task GetDecimalBigPositiveDecimal() => Assert.Equal(99999999.99m, Assert.IsType<Num.NumberGetBigDecimalPositiveDecimalResult.Ok>(await _number.NumberGetBigDecimalPositiveDecimalAsync()).Body);

    [Fact]
    public async Task PutDecimalBigPositiveDecimal() => Assert.IsType<Num.NumberPutBigDecimalPositiveDecimalResult.Ok>(await _number.NumberPutBigDecimalPositiveDecimalAsync(99999999.99m));

    [Fact]
    public async Task GetDecimalBigNegativeDecimal() => Assert.Equal(-99999999.99m, Assert.IsType<Num.NumberGetBigDecimalNegativeDecimalResult.Ok>(await _number.NumberGetBigDecimalNegativeDecimalAsync()).Body);

    [Fact]
    public async Task PutDecimalBigNegativeDecimal() => Assert.IsType<Num.NumberPutBigDecimalNegativeDecimalResult.Ok>(await _number.NumberPutBigDecimalNegativeDecimalAsync(-99999999.99m));
}
