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
