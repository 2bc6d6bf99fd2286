using System.Globalization;
using CrampSignals.Activities;
using CrampSignals.Text;

namespace CrampSignals.Tests.Gpx;

public class XmlNumberAndTimeTests
{
    [Theory]
    [InlineData("46.0512345", 46.0512345)]
    [InlineData("-20.200000762939453", -20.200000762939453)]
    [InlineData("154", 154.0)]
    [InlineData("+3.5", 3.5)]
    [InlineData("0.000091697", 0.000091697)]
    [InlineData(".5", 0.5)]
    [InlineData("1e-5", 1e-5)]
    [InlineData("50.39256806485354900360107421875", 50.39256806485355)]
    [InlineData(" 81.000000 ", 81.0)]
    public void Numbers_parse_to_the_same_double_as_the_framework(string text, double expected)
    {
        Assert.True(XmlTextBuffer.TryParseNumber(text.Trim(), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1.2.3")]
    [InlineData("12a")]
    [InlineData("1,5")]
    public void Non_numbers_are_refused(string text)
    {
        Assert.False(XmlTextBuffer.TryParseNumber(text, out var value));
        Assert.True(double.IsNaN(value));
    }

    [Fact]
    public void Random_plain_decimals_match_the_framework_parser_exactly()
    {
        var random = new Random(1234);
        for (var i = 0; i < 200_000; i++)
        {
            var decimals = random.Next(0, 17);
            var whole = random.NextInt64(0, 10_000_000_000) / (long)Math.Pow(10, random.Next(0, 10));
            var fraction = decimals == 0 ? "" : "." + string.Concat(Enumerable.Range(0, decimals).Select(_ => (char)('0' + random.Next(10))));
            var text = (random.Next(4) == 0 ? "-" : "") + whole.ToString(CultureInfo.InvariantCulture) + fraction;
            Assert.True(XmlTextBuffer.TryParseNumber(text, out var value), text);
            Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), value);
        }
    }

    [Theory]
    [InlineData("2024-02-29T23:59:59.9999999Z", "2024-02-29T23:59:59.9999999Z")]
    [InlineData("2024-03-01T01:30:00+01:30", "2024-03-01T00:00:00Z")]
    [InlineData("2024-03-01T00:00:00-00:30", "2024-03-01T00:30:00Z")]
    [InlineData("2024-03-01T00:00:00.123456789Z", "2024-03-01T00:00:00.1234567Z")]
    [InlineData("2024-03-01T00:00Z", "2024-03-01T00:00:00Z")]
    [InlineData("2024-03-01", "2024-03-01T00:00:00Z")]
    [InlineData("2024-03-01 06:07:08Z", "2024-03-01T06:07:08Z")]
    [InlineData("2024-12-31T24:00:00Z", "2025-01-01T00:00:00Z")]
    public void Iso_times_parse_to_utc(string text, string expectedUtc)
    {
        Assert.True(IsoTime.TryParse(text, out var ticks, out _));
        var expected = DateTime.Parse(expectedUtc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        Assert.Equal(expected.Ticks, ticks);
    }

    [Theory]
    [InlineData("2023-02-29T00:00:00Z")]
    [InlineData("2024-13-01T00:00:00Z")]
    [InlineData("2024-01-01T25:00:00Z")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void Impossible_times_are_refused(string text)
    {
        Assert.False(IsoTime.TryParse(text, out _, out _));
    }

    [Fact]
    public void Unix_seconds_from_ticks_round_once_like_exact_division()
    {
        var ticks = new DateTime(2015, 12, 11, 14, 43, 13, DateTimeKind.Utc).Ticks + 9_940_000;
        // 1449844993.994 is what dividing the exact microseconds by a million gives.
        Assert.Equal(1449844993.994, IsoTime.ToUnixSeconds(ticks));
        Assert.Equal(ticks, IsoTime.FromUnixSeconds(1449844993.994));
    }
}
