using CrampSignals.Activities;
using CrampSignals.Signals;
using CrampSignals.Weather;

namespace CrampSignals.Tests.Weather;

public class WeatherSeriesTests
{
    private static WeatherSeries Read(string text) => WeatherSeries.Read(new StringReader(text), "wx.csv");

    private static DateTime Utc(int h, int m = 0) => new(2024, 7, 14, h, m, 0, DateTimeKind.Utc);

    [Fact]
    public void Interpolates_linearly_and_holds_the_end_values()
    {
        var wx = Read("time,temperature_c,humidity_pct,wind_mps\n2024-07-14T08:00:00Z,20,80,2\n2024-07-14T12:00:00+02:00,24,60,4\n");
        Assert.Empty(wx.Warnings);
        Assert.Equal(22, wx.TemperatureCelsiusAt(Utc(9)), 9);
        Assert.Equal(77.5, wx.RelativeHumidityPercentAt(Utc(8, 15)), 9);
        Assert.Equal(3, wx.WindMetersPerSecondAt(Utc(9)), 9);
        Assert.Equal(20, wx.TemperatureCelsiusAt(Utc(5)));
        Assert.Equal(24, wx.TemperatureCelsiusAt(Utc(18)));
        Assert.True(wx.Covers(Utc(8), Utc(10)));
        Assert.False(wx.Covers(Utc(7), Utc(10)));
        var at = wx.At(Utc(9));
        Assert.Equal(HeatStress.HeatIndexCelsius(22, 70), at.HeatIndexCelsius, 9);
        Assert.Equal(HeatStress.EstimatedWbgtCelsius(22, 70), wx.EstimatedWbgtCelsiusAt(Utc(9)), 9);
    }

    [Fact]
    public void Each_quantity_is_interpolated_over_the_rows_that_have_it()
    {
        var wx = Read("time,air_temperature_c,relative_humidity\n2024-07-14T08:00:00Z,20,80\n2024-07-14T09:00:00Z,21,\n2024-07-14T10:00:00Z,22,40\n");
        Assert.Equal(60, wx.RelativeHumidityPercentAt(Utc(9)), 9);
        Assert.True(double.IsNaN(wx.WindMetersPerSecondAt(Utc(9))));
    }

    [Fact]
    public void An_empty_series_gives_nan()
    {
        Assert.True(WeatherSeries.Empty.IsEmpty);
        Assert.True(double.IsNaN(WeatherSeries.Empty.TemperatureCelsiusAt(Utc(9))));
        Assert.False(WeatherSeries.Empty.Covers(Utc(8), Utc(9)));
        Assert.Empty(Read("time,temperature_c\n").Observations);
    }

    [Theory]
    [InlineData("2024-07-14T09:00:00,21,50", "no UTC offset", false)]
    [InlineData("noon,21,50", "not an ISO-8601", false)]
    [InlineData("2024-07-14T09:00:00Z,warm,50", "temperature 'warm'", false)]
    [InlineData("2024-07-14T09:00:00Z,,50", "temperature is empty", false)]
    [InlineData("2024-07-14T09:00:00Z,95,50", "temperature 95 is outside", false)]
    [InlineData("2024-07-14T09:00:00Z,21,50,3,9", "5 fields", false)]
    [InlineData("2024-07-14T09:00:00Z,21,140", "humidity 140 is outside", true)]
    [InlineData("2024-07-14T09:00:00Z,21,50,gusty", "wind 'gusty'", true)]
    public void Bad_lines_warn_with_their_line_number(string bad, string reason, bool kept)
    {
        var wx = Read("time,temperature_c,humidity_pct,wind_mps\n2024-07-14T08:00:00Z,20,60,1\n" + bad + "\n2024-07-14T10:00:00Z,22,40,1\n");
        var w = Assert.Single(wx.Warnings);
        Assert.Equal(3, w.Line);
        Assert.Contains(reason, w.Message);
        Assert.Contains("wx.csv", w.Message);
        Assert.Equal(kept ? 3 : 2, wx.Observations.Length);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("when,temp\n2024-07-14T08:00:00Z,20\n", "no 'time' column")]
    [InlineData("time,humidity_pct\n2024-07-14T08:00:00Z,20\n", "no 'temperature_c' column")]
    [InlineData("time,temperature_c\nx,1\ny,2\n", "none of the 2 weather lines")]
    public void An_unreadable_file_throws_naming_it(string text, string reason)
    {
        var e = Assert.Throws<InputFormatException>(() => Read(text));
        Assert.Contains("wx.csv", e.Message);
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void The_writer_output_reads_back()
    {
        var series = new WeatherSeries(
        [
            new WeatherObservation(Utc(9), 21.5, 55, double.NaN),
            new WeatherObservation(Utc(8), 19.25, double.NaN, 3.5),
        ]);
        var text = new StringWriter();
        WeatherCsvWriter.Write(series, text);
        var back = Read(text.ToString());
        Assert.Empty(back.Warnings);
        Assert.Equal(series.Observations.ToArray(), back.Observations.ToArray());
        Assert.Equal(Utc(8), back.First);
    }
}
