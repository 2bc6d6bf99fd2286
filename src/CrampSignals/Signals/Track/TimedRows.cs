using CrampSignals.Activities;

namespace CrampSignals.Signals.Track;

/// <summary>The sample rows that have a time, in time order (files are nearly always in order already).</summary>
internal sealed class TimedRows
{
    private TimedRows(int[] index, double[] time)
    {
        Index = index;
        Time = time;
    }

    /// <summary>Row numbers in the sample table.</summary>
    public int[] Index { get; }

    /// <summary>Their Unix seconds, ascending.</summary>
    public double[] Time { get; }

    /// <summary>How many rows.</summary>
    public int Count => Index.Length;

    /// <summary>
    /// Only the rows within <paramref name="halfSpanSeconds"/> of the median time: a stray timestamp years off (a
    /// clock glitch) must not stretch the run over years.
    /// </summary>
    public TimedRows Near(double halfSpanSeconds, out int dropped)
    {
        dropped = 0;
        if (Count == 0 || Time[^1] - Time[0] <= halfSpanSeconds) return this;
        var median = Time[Count / 2];
        var keep = Enumerable.Range(0, Count).Where(k => Math.Abs(Time[k] - median) <= halfSpanSeconds).ToArray();
        dropped = Count - keep.Length;
        return dropped == 0 ? this : new TimedRows([.. keep.Select(k => Index[k])], [.. keep.Select(k => Time[k])]);
    }

    /// <summary>The timed rows of <paramref name="samples"/>, sorted stably by time.</summary>
    public static TimedRows From(SampleTable samples)
    {
        var t = samples.UnixSeconds;
        var count = 0;
        foreach (var v in t) if (double.IsFinite(v)) count++;
        var index = new int[count];
        var time = new double[count];
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
            index = order.Select(i => index[i]).ToArray();
            time = order.Select(i => time[i]).ToArray();
        }
        return new TimedRows(index, time);
    }
}
