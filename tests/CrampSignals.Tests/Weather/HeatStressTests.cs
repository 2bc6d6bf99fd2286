using CrampSignals.Weather;

namespace CrampSignals.Tests.Weather;

public class HeatStressTests
{
    private static double C(double f) => (f - 32) * 5 / 9;

    /// <summary>Values from the US National Weather Service heat index chart (temperature °F, relative humidity %, heat index °F).</summary>
    [Theory]
    [InlineData(80, 40, 80)]
    [InlineData(90, 50, 95)]
    [InlineData(90, 70, 106)]
    [InlineData(100, 40, 109)]
    [InlineData(96, 65, 121)]
    [InlineData(86, 90, 105)]
    [InlineData(84, 90, 98)]
    [InlineData(104, 40, 119)]
    public void Heat_index_matches_the_nws_chart(double f, double rh, double chartF)
    {
        var hi = HeatStress.HeatIndexCelsius(C(f), rh);
        Assert.InRange(hi, C(chartF) - 0.8, C(chartF) + 0.8);
    }

    [Fact]
    public void Heat_index_in_mild_weather_uses_the_simple_formula_and_stays_near_the_air_temperature()
    {
        // 70 °F at 50 %: the simple Steadman fit gives 0.5 * (70 + 61 + 2.4 + 4.7) = 69.05 °F.
        Assert.Equal(C(69.05), HeatStress.HeatIndexCelsius(C(70), 50), 3);
        Assert.True(double.IsNaN(HeatStress.HeatIndexCelsius(double.NaN, 50)));
    }

    [Fact]
    public void Dry_heat_is_adjusted_down()
    {
        // NWS calculator: 100 °F at 10 % feels like about 95 °F, below the air temperature.
        Assert.InRange(HeatStress.HeatIndexCelsius(C(100), 10), C(93.5), C(97));
    }

    /// <summary>Saturation vapour pressure over water (hPa) from standard psychrometric tables.</summary>
    [Theory]
    [InlineData(0, 6.11)]
    [InlineData(10, 12.28)]
    [InlineData(20, 23.39)]
    [InlineData(30, 42.46)]
    [InlineData(40, 73.85)]
    public void Vapour_pressure_matches_tables(double t, double hPa) =>
        Assert.InRange(HeatStress.VapourPressureHectopascals(t, 100), hPa * 0.99, hPa * 1.01);

    [Theory]
    [InlineData(30, 50, 42.46 * 0.50)]
    [InlineData(25, 80, 31.69 * 0.80)]
    [InlineData(15, 60, 17.05 * 0.60)]
    [InlineData(35, 30, 56.29 * 0.30)]
    public void Estimated_wbgt_follows_the_bureau_of_meteorology_approximation(double t, double rh, double e)
    {
        var expected = 0.567 * t + 0.393 * e + 3.94;
        Assert.InRange(HeatStress.EstimatedWbgtCelsius(t, rh), expected - 0.15, expected + 0.15);
    }

    [Theory]
    [InlineData(-5, WbgtFlag.White)]
    [InlineData(9.9, WbgtFlag.White)]
    [InlineData(10, WbgtFlag.Green)]
    [InlineData(17.9, WbgtFlag.Green)]
    [InlineData(18, WbgtFlag.Yellow)]
    [InlineData(22.9, WbgtFlag.Yellow)]
    [InlineData(23, WbgtFlag.Red)]
    [InlineData(28, WbgtFlag.Red)]
    [InlineData(28.1, WbgtFlag.Black)]
    public void Flags_follow_the_acsm_bands(double wbgt, object flag) => Assert.Equal((WbgtFlag)flag, HeatStress.FlagFor(wbgt));

    [Fact]
    public void A_hot_humid_morning_flies_the_black_flag_and_a_cool_one_green()
    {
        Assert.Equal(WbgtFlag.Black, HeatStress.FlagFor(HeatStress.EstimatedWbgtCelsius(32, 60)));
        Assert.Equal(WbgtFlag.Green, HeatStress.FlagFor(HeatStress.EstimatedWbgtCelsius(12, 60)));
        Assert.Throws<ArgumentException>(() => HeatStress.FlagFor(double.NaN));
    }
}
