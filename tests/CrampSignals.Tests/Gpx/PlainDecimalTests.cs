using System.Globalization;
using System.Numerics;
using System.Text;
using CrampSignals.Text;

namespace CrampSignals.Tests.Gpx;

/// <summary>The fast decimal parser gives the general parser's double, bit for bit, or declines.</summary>
public class PlainDecimalTests
{
    [Theory]
    [InlineData("50.39256806485354900360107421875")]
    [InlineData("473.79998779296875")]
    [InlineData("-0")]
    [InlineData("0.000")]
    [InlineData("9007199254740993")]
    [InlineData("9007199254740995")]
    [InlineData("1.00000000000000011102230246251565404236316680908203125")]
    [InlineData("1.00000000000000011102230246251565404236316680908203124")]
    [InlineData("1.00000000000000011102230246251565404236316680908203126")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("0.1000000000000000000000")]
    [InlineData("123456789012345678901234567890")]
    public void Known_hard_cases_match_the_general_parser(string text) => AssertSameAsGeneral(text);

    [Fact]
    public void Random_decimals_match_the_general_parser()
    {
        var random = new Random(7);
        for (var i = 0; i < 200_000; i++)
        {
            var text = new StringBuilder();
            if (random.Next(3) == 0) text.Append('-');
            var whole = random.Next(0, 22);
            var fraction = random.Next(whole == 0 ? 1 : 0, 36);
            for (var j = 0; j < whole; j++) text.Append((char)('0' + random.Next(10)));
            if (fraction > 0) text.Append('.');
            for (var j = 0; j < fraction; j++) text.Append((char)('0' + random.Next(10)));
            AssertSameAsGeneral(text.ToString());
            // A double written out exactly, and the point exactly halfway to the next one: the rounding edge.
            var x = random.NextDouble() * Math.Pow(10, random.Next(-6, 16));
            AssertSameAsGeneral(x.ToString("F40", CultureInfo.InvariantCulture).TrimEnd('0'));
            AssertSameAsGeneral(Halfway(x));
        }
    }

    [Theory]
    [InlineData("1e5")]
    [InlineData("1,5")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData(" 1")]
    [InlineData("NaN")]
    public void Other_shapes_are_declined(string text)
    {
        Assert.False(PlainDecimal.TryParse(text, out _));
        Assert.False(PlainDecimal.TryParse(Encoding.ASCII.GetBytes(text), out _));
    }

    private static void AssertSameAsGeneral(string text)
    {
        var general = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (PlainDecimal.TryParse(text, out var chars)) Assert.Equal(BitConverter.DoubleToInt64Bits(general), BitConverter.DoubleToInt64Bits(chars));
        var bytesParsed = PlainDecimal.TryParse(Encoding.ASCII.GetBytes(text), out var bytes);
        Assert.Equal(PlainDecimal.TryParse(text, out _), bytesParsed);
        if (bytesParsed) Assert.Equal(BitConverter.DoubleToInt64Bits(general), BitConverter.DoubleToInt64Bits(bytes));
        Assert.True(XmlTextBuffer.TryParseNumber(text, out var value));
        Assert.Equal(BitConverter.DoubleToInt64Bits(general), BitConverter.DoubleToInt64Bits(value));
    }

    // The exact decimal value halfway between x and the next double up.
    private static string Halfway(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var mantissa = (bits & ((1L << 52) - 1)) | (1L << 52);
        var exponent = (int)((bits >> 52) & 0x7FF) - 1075 - 1;
        var numerator = new BigInteger(2 * mantissa + 1);
        if (exponent >= 0) return (numerator << exponent).ToString(CultureInfo.InvariantCulture);
        var digits = (numerator * BigInteger.Pow(5, -exponent)).ToString(CultureInfo.InvariantCulture).PadLeft(-exponent + 1, '0');
        return digits[..^(-exponent)] + "." + digits[^(-exponent)..];
    }
}
