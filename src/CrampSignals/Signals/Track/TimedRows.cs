using System.Buffers;
using CrampSignals.Activities;

namespace CrampSignals.Signals.Track;

/// <summary>
/// The sample rows that have a time, in time order (files are nearly always in order already). The columns are pooled:
/// a 4-hour run's times would otherwise be a large-object-heap array per track built; dispose to give them back.
/// </summary>
internal sealed class TimedRows : IDisposable
{
    private int[]? _index;
    private double[]? _time;

    private TimedRows(int[] index, double[] time, int count)
    {
        _index = index;
        _time = time;
        Count = count;
    }

    /// <summary>Row numbers in the sample table.</summary>
    public ReadOnlySpan<int> Index => (_index ?? throw Released()).AsSpan(0, Count);

    /// <summary>Their Unix seconds, ascending.</summary>
    public ReadOnlySpan<double> Time => (_time ?? throw Released()).AsSpan(0, Count);

    /// <summary>How many rows.</summary>
    public int Count { get; }

    /// <summary>
    /// Only the rows within <paramref name="halfSpanSeconds"/> of the median time: a stray timestamp years off (a
    /// clock glitch) must not stretch the run over years. When rows are dropped the result is new and this one is
    /// given back (disposed).
    /// </summary>
    public TimedRows Near(double halfSpanSeconds, out int dropped)
    {
        dropped = 0;
        var time = Time;
        if (Count == 0 || time[Count - 1] - time[0] <= halfSpanSeconds) return this;
        var median = time[Count / 2];
        var kept = 0;
        foreach (var t in time) if (Math.Abs(t - median) <= halfSpanSeconds) kept++;
        dropped = Count - kept;
        if (dropped == 0) return this;
        var near = Rent(kept);
        var index = Index;
        var k = 0;
        for (var j = 0; j < Count; j++)
        {
            if (!(Math.Abs(time[j] - median) <= halfSpanSeconds)) continue;
            near._index![k] = index[j];
            near._time![k] = time[j];
            k++;
        }
        Dispose();
        return near;
    }

    /// <summary>The timed rows of <paramref name="samples"/>, sorted stably by time.</summary>
    public static TimedRows From(SampleTable samples)
    {
        var t = samples.UnixSeconds;
        var count = 0;
        foreach (var v in t) if (double.IsFinite(v)) count++;
        var rows = Rent(count);
        var index = rows._index!;
        var time = rows._time!;
        var k = 0;
        var sorted = true;
        for (var i = 0; i < t.Length; i++)
        {
            if (!double.IsFinite(t[i])) continue;
            index[k] = i;
            time[k] = t[i];
            if (k > 0 && time[k] < time[k - 1]) sorted = false;
            k++;
        }
        if (!sorted)
        {
            var order = Enumerable.Range(0, count).OrderBy(i => time[i]).ThenBy(i => index[i]).ToArray();
            var byTime = order.Select(i => (index[i], time[i])).ToArray();
            for (var j = 0; j < count; j++) (index[j], time[j]) = byTime[j];
        }
        return rows;
    }

    /// <summary>Gives the columns back; the rows are not to be read after.</summary>
    public void Dispose()
    {
        if (_index is not null) ArrayPool<int>.Shared.Return(_index);
        if (_time is not null) ArrayPool<double>.Shared.Return(_time);
        _index = null;
        _time = null;
    }

    private static TimedRows Rent(int count) =>
        new(ArrayPool<int>.Shared.Rent(Math.Max(1, count)), ArrayPool<double>.Shared.Rent(Math.Max(1, count)), count);

    private static ObjectDisposedException Released() => new(nameof(TimedRows));
}
