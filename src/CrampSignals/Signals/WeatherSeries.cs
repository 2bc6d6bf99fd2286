namespace CrampSignals.Signals;

/// <summary>Air temperature and relative humidity over time (from a weather CSV), interpolated onto a run.</summary>
public sealed class WeatherSeries
{
}
