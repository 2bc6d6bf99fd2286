namespace CrampSignals.Activities;

/// <summary>Summary numbers of a sample channel that skip missing values (NaN), as every channel may have gaps.</summary>
internal static class ChannelStatistics
{
    /// <summary>The mean of the values present, or NaN when none is.</summary>
    public static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in values) if (!double.IsNaN(v)) { sum += v; n++; }
        return n == 0 ? double.NaN : sum / n;
    }

    /// <summary>The largest value present, or NaN when none is.</summary>
    public static double Max(ReadOnlySpan<double> values)
    {
        var max = double.NaN;
        foreach (var v in values) if (!double.IsNaN(v) && !(v <= max)) max = v;
        return max;
    }

    /// <summary>The first value present, or NaN when none is.</summary>
    public static double First(ReadOnlySpan<double> values)
    {
        foreach (var v in values) if (!double.IsNaN(v)) return v;
        return double.NaN;
    }

    /// <summary>The last value present, or NaN when none is.</summary>
    public static double Last(ReadOnlySpan<double> values)
    {
        for (var i = values.Length - 1; i >= 0; i--) if (!double.IsNaN(values[i])) return values[i];
        return double.NaN;
    }
}
