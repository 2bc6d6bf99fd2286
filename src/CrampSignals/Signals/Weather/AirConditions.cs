using System.Buffers;

namespace CrampSignals.Signals.Weather;

/// <summary>Air temperature, relative humidity, heat index and estimated WBGT for every second of a track (from weather input).</summary>
internal sealed class AirConditions
{
    private const int Columns = 4;
    private double[] _block;

    /// <summary>
    /// Four columns of <paramref name="length"/> seconds, NaN until filled, in one block from the shared pool (a 4-hour
    /// run's columns would each be a fresh large-object-heap array); <see cref="Release"/> gives it back.
    /// </summary>
    public AirConditions(int length)
    {
        Length = length;
        _block = ArrayPool<double>.Shared.Rent(Math.Max(1, Columns * length));
        _block.AsSpan(0, Columns * length).Fill(double.NaN);
    }

    /// <summary>Number of seconds.</summary>
    public int Length { get; }

    /// <summary>Air temperature in °C.</summary>
    internal Span<double> Temperature => _block.AsSpan(0, Length);

    /// <summary>Relative humidity in %.</summary>
    internal Span<double> Humidity => _block.AsSpan(Length, Length);

    /// <summary>Heat index in °C.</summary>
    internal Span<double> HeatIndex => _block.AsSpan(2 * Length, Length);

    /// <summary>Estimated wet-bulb globe temperature in °C.</summary>
    internal Span<double> Wbgt => _block.AsSpan(3 * Length, Length);

    /// <summary>True when at least one second has an air temperature.</summary>
    public bool HasData
    {
        get
        {
            foreach (var v in Temperature) if (!double.IsNaN(v)) return true;
            return false;
        }
    }

    /// <summary>Gives the columns back to the shared pool; reading them afterwards throws.</summary>
    internal void Release()
    {
        var block = _block;
        if (block.Length == 0) return;
        _block = [];
        ArrayPool<double>.Shared.Return(block);
    }
}
