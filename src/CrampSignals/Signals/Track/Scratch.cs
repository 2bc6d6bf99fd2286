using System.Buffers;

namespace CrampSignals.Signals.Track;

/// <summary>Temporary columns from the shared pool, all given back at once: a 4-hour track would otherwise put a dozen short-lived arrays on the large-object heap.</summary>
internal sealed class Scratch(int length) : IDisposable
{
    private readonly List<double[]> _rented = [];

    /// <summary>The column length.</summary>
    public int Length { get; } = length;

    /// <summary>A column of <see cref="Length"/> NaN values (the array may be longer; use only the first <see cref="Length"/>).</summary>
    public double[] Column() => Column(Length);

    /// <summary>A column of at least <paramref name="length"/> values, the first <paramref name="length"/> NaN.</summary>
    public double[] Column(int length)
    {
        var a = ArrayPool<double>.Shared.Rent(Math.Max(1, length));
        a.AsSpan(0, length).Fill(double.NaN);
        _rented.Add(a);
        return a;
    }

    /// <summary>Gives every column back.</summary>
    public void Dispose()
    {
        foreach (var a in _rented) ArrayPool<double>.Shared.Return(a);
        _rented.Clear();
    }
}
