using CrampSignals.Activities;
using CrampSignals.Signals.Track;
using CrampSignals.Weather;

namespace CrampSignals.Signals.Weather;

/// <summary>Puts weather input onto a track's seconds.</summary>
internal static class WeatherSampler
{
    /// <summary>How far beyond its first and last observation a weather series is trusted.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromHours(2);

    /// <summary>
    /// The air conditions at every second of <paramref name="track"/>, or null when the series has no temperature near
    /// the run. Values are taken every 5 s and held (weather changes slowly).
    /// </summary>
    public static AirConditions? Sample(WeatherSeries weather, SignalTrack track)
    {
        if (weather.IsEmpty || track.Length == 0) return null;
        var start = track.TimeAt(0);
        var end = track.TimeAt(track.Length - 1);
        if (weather.First > end + Slack || weather.Last < start - Slack) return null;
        var n = track.Length;
        var air = new AirConditions(n);
        var t = air.Temperature;
        var rh = air.Humidity;
        var hi = air.HeatIndex;
        var wbgt = air.Wbgt;
        for (var i = 0; i < n; i += 5)
        {
            var when = track.TimeAt(i);
            var temp = weather.TemperatureCelsiusAt(when);
            var hum = weather.RelativeHumidityPercentAt(when);
            var heatIndex = HeatStress.HeatIndexCelsius(temp, hum);
            var w = HeatStress.EstimatedWbgtCelsius(temp, hum);
            for (var k = i; k < Math.Min(n, i + 5); k++)
            {
                t[k] = temp;
                rh[k] = hum;
                hi[k] = heatIndex;
                wbgt[k] = w;
            }
        }
        if (air.HasData) return air;
        air.Release();
        return null;
    }
}
