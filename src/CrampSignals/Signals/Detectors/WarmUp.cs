namespace CrampSignals.Signals.Detectors;

/// <summary>The warm-up window: the first <see cref="WholeRunOptions.WarmUpLength"/> of moving time.</summary>
internal static class WarmUp
{
    /// <summary>The row after the first warm-up length of moving time (or the track's end).</summary>
    public static int End(Track.SignalTrack track, SignalOptions o)
    {
        var need = (int)o.WholeRun.WarmUpLength.TotalSeconds;
        var moving = 0;
        for (var i = 0; i < track.Length; i++)
        {
            if (!track.MovingMask[i]) continue;
            if (++moving >= need) return i + 1;
        }
        return track.Length;
    }

    /// <summary>
    /// Mean grade-adjusted speed over the moving seconds in [from, to) that are not steeper than
    /// <paramref name="maxAbsGrade"/>; NaN when fewer than half of the moving seconds are left.
    /// </summary>
    public static double MeanSpeed(Track.SignalTrack track, int from, int to, double maxAbsGrade = double.PositiveInfinity)
    {
        double sum = 0;
        int count = 0, moving = 0;
        ReadOnlySpan<double> adjusted = track.GradeAdjusted, grade = track.GradeColumn;
        for (var i = Math.Max(0, from); i < Math.Min(to, track.Length); i++)
        {
            if (!track.MovingMask[i] || double.IsNaN(adjusted[i])) continue;
            moving++;
            if (Math.Abs(grade[i]) > maxAbsGrade) continue;
            sum += adjusted[i];
            count++;
        }
        return count == 0 || count < moving / 2 ? double.NaN : sum / count;
    }
}
