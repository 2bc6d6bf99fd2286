using System.Collections.Immutable;

using CrampSignals.Text;
namespace CrampSignals.Activities;

/// <summary>
/// The samples of an activity as columns: one array per channel, one row per FIT <c>record</c> message or
/// GPX/TCX trackpoint, in file order. A missing value is <see cref="double.NaN"/>.
/// </summary>
/// <remarks>
/// Columns rather than one object per sample: the signal code and data frames read whole channels,
/// and a column of doubles costs a sixth of what a row of boxed values would.
/// Immutable: build one with <see cref="SampleTableBuilder"/>.
/// </remarks>
public sealed class SampleTable
{
    private readonly double[] _time;
    private readonly double[][] _channels;

    /// <summary>An empty table.</summary>
    public static SampleTable Empty { get; } = new(0, [], Enumerable.Range(0, ChannelCount).Select(_ => Array.Empty<double>()).ToArray());

    /// <summary>The number of channels in <see cref="SampleChannel"/>.</summary>
    public const int ChannelCount = 9;

    internal SampleTable(int count, double[] time, double[][] channels)
    {
        Count = count;
        _time = time;
        _channels = channels;
    }

    /// <summary>Number of samples (rows).</summary>
    public int Count { get; }

    /// <summary>Time of each sample as Unix seconds (UTC, fractions allowed); NaN where the file gives no time.</summary>
    public ReadOnlySpan<double> UnixSeconds => _time.AsSpan(0, Count);

    /// <summary>Latitude in degrees.</summary>
    public ReadOnlySpan<double> Latitude => this[SampleChannel.Latitude];
    /// <summary>Longitude in degrees.</summary>
    public ReadOnlySpan<double> Longitude => this[SampleChannel.Longitude];
    /// <summary>Distance from the start in metres.</summary>
    public ReadOnlySpan<double> DistanceMeters => this[SampleChannel.Distance];
    /// <summary>Speed in metres per second.</summary>
    public ReadOnlySpan<double> SpeedMetersPerSecond => this[SampleChannel.Speed];
    /// <summary>Altitude in metres.</summary>
    public ReadOnlySpan<double> AltitudeMeters => this[SampleChannel.Altitude];
    /// <summary>Heart rate in beats per minute.</summary>
    public ReadOnlySpan<double> HeartRateBpm => this[SampleChannel.HeartRate];
    /// <summary>Cadence: steps per minute for foot sports, revolutions per minute otherwise.</summary>
    public ReadOnlySpan<double> Cadence => this[SampleChannel.Cadence];
    /// <summary>Temperature in °C (a wrist sensor reads warm).</summary>
    public ReadOnlySpan<double> TemperatureCelsius => this[SampleChannel.Temperature];
    /// <summary>Power in watts.</summary>
    public ReadOnlySpan<double> PowerWatts => this[SampleChannel.Power];

    /// <summary>One channel as a span.</summary>
    public ReadOnlySpan<double> this[SampleChannel channel] => _channels[(int)channel].AsSpan(0, Count);

    /// <summary>The time of sample <paramref name="index"/> as a UTC <see cref="DateTime"/>, or null when the file gives none.</summary>
    public DateTime? TimeAt(int index)
    {
        var t = _time[index];
        return double.IsNaN(t) ? null : UnixTime.ToDateTime(t);
    }

    /// <summary>The first sample time in Unix seconds, or NaN when no sample has a time; elapsed times count from it.</summary>
    public double FirstUnixSeconds
    {
        get
        {
            foreach (var t in UnixSeconds) if (!double.IsNaN(t)) return t;
            return double.NaN;
        }
    }

    /// <summary>True when at least one sample has a value in <paramref name="channel"/>.</summary>
    public bool Has(SampleChannel channel)
    {
        foreach (var v in this[channel]) if (!double.IsNaN(v)) return true;
        return false;
    }

    /// <summary>True when at least one sample has a time.</summary>
    public bool HasTime
    {
        get
        {
            foreach (var v in UnixSeconds) if (!double.IsNaN(v)) return true;
            return false;
        }
    }

    /// <summary>The channels with at least one value.</summary>
    public ImmutableArray<SampleChannel> PresentChannels =>
        [.. Enum.GetValues<SampleChannel>().Where(Has)];
}
