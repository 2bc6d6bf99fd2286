using System.Collections.Immutable;
using CrampSignals.Activities;

using CrampSignals.Text;
namespace CrampSignals.Weather;

/// <summary>
/// Air temperature, relative humidity and wind over time (from a weather CSV or the run simulator), interpolated
/// linearly onto any moment of a run. Each quantity is interpolated over the observations that have it; before the
/// first and after the last observation the end value holds; NaN when no observation has it. Immutable.
/// </summary>
public sealed class WeatherSeries
{
    private readonly Channel _temperature;
    private readonly Channel _humidity;
    private readonly Channel _wind;

    /// <summary>Creates a series from <paramref name="observations"/> (any order; sorted by time here).</summary>
    /// <param name="observations">The readings.</param>
    /// <param name="warnings">What was wrong in the file they came from, if anything.</param>
    /// <param name="fileName">The file they came from, if any.</param>
    public WeatherSeries(IEnumerable<WeatherObservation> observations, IEnumerable<ParseWarning>? warnings = null, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        Observations = [.. observations.OrderBy(o => o.Time)];
        Warnings = warnings is null ? [] : [.. warnings];
        FileName = fileName;
        _temperature = new Channel(Observations, o => o.TemperatureCelsius);
        _humidity = new Channel(Observations, o => o.RelativeHumidityPercent);
        _wind = new Channel(Observations, o => o.WindMetersPerSecond);
    }

    /// <summary>A series with no observations: every value is NaN.</summary>
    public static WeatherSeries Empty { get; } = new([]);

    /// <summary>The observations, by time.</summary>
    public ImmutableArray<WeatherObservation> Observations { get; }

    /// <summary>Lines of the source file that could not be read (with line numbers).</summary>
    public ImmutableArray<ParseWarning> Warnings { get; }

    /// <summary>The file the series was read from, when it was.</summary>
    public string? FileName { get; }

    /// <summary>True when there are no observations.</summary>
    public bool IsEmpty => Observations.IsEmpty;

    /// <summary>The first observation's time, or null when empty.</summary>
    public DateTime? First => IsEmpty ? null : Observations[0].Time;

    /// <summary>The last observation's time, or null when empty.</summary>
    public DateTime? Last => IsEmpty ? null : Observations[^1].Time;

    /// <summary>True when the observations span the whole of <paramref name="start"/> to <paramref name="end"/> (UTC).</summary>
    public bool Covers(DateTime start, DateTime end) => !IsEmpty && First <= start && Last >= end;

    /// <summary>Air temperature in °C at <paramref name="utc"/>, interpolated; NaN when no observation has one.</summary>
    public double TemperatureCelsiusAt(DateTime utc) => _temperature.At(utc);

    /// <summary>Relative humidity in percent at <paramref name="utc"/>, interpolated; NaN when no observation has one.</summary>
    public double RelativeHumidityPercentAt(DateTime utc) => _humidity.At(utc);

    /// <summary>Wind speed in m/s at <paramref name="utc"/>, interpolated; NaN when no observation has one.</summary>
    public double WindMetersPerSecondAt(DateTime utc) => _wind.At(utc);

    /// <summary>Everything at <paramref name="utc"/>, interpolated, as one observation.</summary>
    public WeatherObservation At(DateTime utc) =>
        new(utc, TemperatureCelsiusAt(utc), RelativeHumidityPercentAt(utc), WindMetersPerSecondAt(utc));

    /// <summary>The heat index in °C at <paramref name="utc"/> (<see cref="HeatStress.HeatIndexCelsius"/>).</summary>
    public double HeatIndexCelsiusAt(DateTime utc) => HeatStress.HeatIndexCelsius(TemperatureCelsiusAt(utc), RelativeHumidityPercentAt(utc));

    /// <summary>The estimated WBGT in °C at <paramref name="utc"/> (<see cref="HeatStress.EstimatedWbgtCelsius"/>).</summary>
    public double EstimatedWbgtCelsiusAt(DateTime utc) => HeatStress.EstimatedWbgtCelsius(TemperatureCelsiusAt(utc), RelativeHumidityPercentAt(utc));

    /// <summary>Reads a weather CSV file (see docs/cramp-log-and-weather-formats.md).</summary>
    /// <exception cref="InputFormatException">The file has no usable header or no readable line; the message names it.</exception>
    public static WeatherSeries Load(string path) => WeatherCsvReader.Load(path);

    /// <summary>Reads weather CSV text from <paramref name="reader"/>; <paramref name="fileName"/> names it in warnings and errors.</summary>
    /// <exception cref="InputFormatException">The text has no usable header or no readable line.</exception>
    public static WeatherSeries Read(TextReader reader, string fileName = "<weather>") => WeatherCsvReader.Read(reader, fileName);

    /// <summary>One quantity's non-missing values, by time, as Unix seconds for fast interpolation.</summary>
    private sealed class Channel
    {
        private readonly double[] _t;
        private readonly double[] _v;

        public Channel(ImmutableArray<WeatherObservation> observations, Func<WeatherObservation, double> pick)
        {
            var kept = observations.Where(o => !double.IsNaN(pick(o))).ToArray();
            _t = [.. kept.Select(o => UnixTime.FromDateTime(o.Time))];
            _v = [.. kept.Select(pick)];
        }

        public double At(DateTime utc)
        {
            if (_t.Length == 0) return double.NaN;
            var x = UnixTime.FromDateTime(utc);
            if (x <= _t[0]) return _v[0];
            if (x >= _t[^1]) return _v[^1];
            var i = Array.BinarySearch(_t, x);
            if (i >= 0) return _v[i];
            var hi = ~i;
            var lo = hi - 1;
            var f = (x - _t[lo]) / (_t[hi] - _t[lo]);
            return _v[lo] + f * (_v[hi] - _v[lo]);
        }
    }
}
