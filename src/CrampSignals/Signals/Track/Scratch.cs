using System.Buffers;

namespace CrampSignals.Signals.Track;

/// <summary>Temporary columns from the shared pool, all given back at once: a 4-hour track would otherwise put a dozen short-lived arrays on the large-object heap.</summary>
internal sealed class Scratch(int length) : IDisposable
{
    private readonly List<double[]> _rented = [];
    private readonly List<bool[]> _flags = [];
    private readonly List<int[]> _rows = [];

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

    /// <summary>
    /// A column of at least <see cref="Length"/> values whose contents are undefined: for one the caller writes in full
    /// before reading, where filling it with NaN first would be a pass over a 4-hour column for nothing.
    /// </summary>
    public double[] Space()
    {
        var a = ArrayPool<double>.Shared.Rent(Math.Max(1, Length));
        _rented.Add(a);
        return a;
    }

    /// <summary>A mask of at least <see cref="Length"/> values, the first <see cref="Length"/> false.</summary>
    public bool[] Flags()
    {
        var a = ArrayPool<bool>.Shared.Rent(Math.Max(1, Length));
        a.AsSpan(0, Length).Clear();
        _flags.Add(a);
        return a;
    }

    /// <summary>Room for at least <see cref="Length"/> row numbers (contents undefined: fill before reading).</summary>
    public int[] Rows()
    {
        var a = ArrayPool<int>.Shared.Rent(Math.Max(1, Length));
        _rows.Add(a);
        return a;
    }

    /// <summary>Gives every column back.</summary>
    public void Dispose()
    {
        foreach (var a in _rented) ArrayPool<double>.Shared.Return(a);
        foreach (var a in _flags) ArrayPool<bool>.Shared.Return(a);
        foreach (var a in _rows) ArrayPool<int>.Shared.Return(a);
        _rented.Clear();
        _flags.Clear();
        _rows.Clear();
    }
}
