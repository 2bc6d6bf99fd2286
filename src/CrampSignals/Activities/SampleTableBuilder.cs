namespace CrampSignals.Activities;

/// <summary>
/// Appends samples row by row into growing column arrays, then hands them to an immutable <see cref="SampleTable"/>.
/// Rows start as all-missing: set only what the file gives.
/// </summary>
internal sealed class SampleTableBuilder
{
    private double[] _time;
    private readonly double[][] _channels;
    private int _count;
    private bool _built;

    /// <summary>Creates a builder with room for <paramref name="capacity"/> rows before it grows.</summary>
    public SampleTableBuilder(int capacity = 1024)
    {
        capacity = Math.Max(capacity, 1);
        _time = SampleColumns.New(capacity);
        _channels = new double[SampleTable.ChannelCount][];
        for (var c = 0; c < _channels.Length; c++) _channels[c] = SampleColumns.New(capacity);
    }

    /// <summary>Rows added so far.</summary>
    public int Count => _count;

    /// <summary>Starts a new row at <paramref name="unixSeconds"/> (NaN when unknown) and returns its index.</summary>
    public int AddRow(double unixSeconds)
    {
        if (_built) throw new InvalidOperationException("The table was already built.");
        if (_count == _time.Length) Grow();
        _time[_count] = unixSeconds;
        return _count++;
    }

    /// <summary>
    /// Adds a copy of row <paramref name="index"/> of <paramref name="source"/>, every channel, at
    /// <paramref name="unixSeconds"/> when given (else at the source row's time), and returns its index: the start of
    /// every edit that keeps a run but changes some of its samples.
    /// </summary>
    public int CopyRow(SampleTable source, int index, double? unixSeconds = null)
    {
        var row = AddRow(unixSeconds ?? source.UnixSeconds[index]);
        for (var c = 0; c < _channels.Length; c++) _channels[c][row] = source[(SampleChannel)c][index];
        return row;
    }

    /// <summary>Sets a value of the last row added.</summary>
    public void Set(SampleChannel channel, double value) => _channels[(int)channel][_count - 1] = value;

    /// <summary>Sets a value of row <paramref name="row"/>.</summary>
    public void Set(int row, SampleChannel channel, double value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)_count, nameof(row));
        _channels[(int)channel][row] = value;
    }

    /// <summary>Sets the time of row <paramref name="row"/>.</summary>
    public void SetTime(int row, double unixSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)_count, nameof(row));
        _time[row] = unixSeconds;
    }

    /// <summary>The times of the rows so far, writable; valid until the next row is added (the column may move as it grows).</summary>
    internal Span<double> Times => _time.AsSpan(0, _count);

    /// <summary>One channel of the rows so far, writable; valid until the next row is added (the column may move as it grows).</summary>
    internal Span<double> Column(SampleChannel channel) => _channels[(int)channel].AsSpan(0, _count);

    /// <summary>Reads back the time of row <paramref name="row"/> (NaN when missing).</summary>
    internal double TimeAt(int row) => _time[row];

    /// <summary>Reads back a value already set (NaN when missing).</summary>
    public double Get(int row, SampleChannel channel) => _channels[(int)channel][row];

    /// <summary>Finishes the table. The builder cannot be used afterwards.</summary>
    public SampleTable Build()
    {
        _built = true;
        return new SampleTable(_count, _time, _channels);
    }

    private void Grow()
    {
        var size = _time.Length * 2;
        _time = Resize(_time, size);
        for (var c = 0; c < _channels.Length; c++) _channels[c] = Resize(_channels[c], size);
    }

    private static double[] Resize(double[] old, int size)
    {
        var a = SampleColumns.New(size);
        old.AsSpan().CopyTo(a);
        return a;
    }
}
