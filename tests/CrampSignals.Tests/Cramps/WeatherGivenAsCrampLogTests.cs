using System.Text;
using CrampSignals.Activities;
using CrampSignals.Cramps;

namespace CrampSignals.Tests.Cramps;

public class WeatherGivenAsCrampLogTests
{
    [Fact]
    public void A_weather_csv_is_refused_as_a_cramp_log_with_a_message_that_says_what_it_is()
    {
        var weather = "time,temperature_c,humidity_pct,wind_mps\n2024-07-14T09:00:00Z,24.5,60,3\n";
        var e = Assert.Throws<InputFormatException>(() => CrampLog.Read(Encoding.UTF8.GetBytes(weather), "day.weather.csv"));
        Assert.Contains("day.weather.csv", e.Message);
        Assert.Contains("weather file, not a cramp log", e.Message);
    }

    [Fact]
    public void A_cramp_log_with_a_note_about_the_heat_is_still_a_cramp_log()
    {
        var log = "time,muscle,temperature_c\n2024-07-14T09:00:00Z,calf,31\n";
        var read = CrampLog.Read(Encoding.UTF8.GetBytes(log), "cramps.csv");
        Assert.Single(read.Entries);
    }
}
