namespace CrampSignals.Signals.Detectors;

/// <summary>
/// Fast start: an opening stretch of the run (from 10 % up to <see cref="WholeRunOptions.FastStartFirstFraction"/> of the
/// running distance) at least <see cref="WholeRunOptions.FastStartMinPercent"/> faster, grade-adjusted, than the rest (a
/// positive split) and also standing above the pace the rest of the run went on to hold (its own trend, extended back
/// to the start): by <see cref="WholeRunOptions.FastStartMinAboveTrendPercent"/> for the whole split to count, else the
/// smaller of the two is scored. The second test keeps a steady fade over a long hot run, which also gives a positive split, from
/// being read as going out too fast (unless the split reaches <see cref="WholeRunOptions.FastStartAlwaysPercent"/>). An easy warm-up at the very start is left out, and so are steep seconds
/// (<see cref="TrackOptions.ComparisonMaxAbsGrade"/>); parts whose mean grades differ by more than
/// <see cref="WholeRunOptions.FastStartMaxGradeDifference"/> are not compared.
/// </summary>
internal sealed class FastStartDetector : ISignalDetector
{
    // A split needs enough seconds on each side for its medians to stand: 5 min of comparable running for the opening,
    // 10 min for the rest (GPS scatter and hills average out over a few minutes).
    private const int MinFirstSeconds = 300;
    private const int MinRestSeconds = 600;

    private static readonly double[] Fractions = [0.10, 0.15, 0.20, 0.25, 0.30, 1.0 / 3.0, 0.40, 0.50];

    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.FastStart;

    /// <inheritdoc/>
    public string? MissingInput(SignalContext context) =>
        !context.Track.HasSpeed ? "no speed, distance or position"
        : context.Track.RunningSeconds < context.Options.WholeRun.FastStartMinRunning.TotalSeconds
            ? TooShort.Reason(context.Track.RunningSeconds, context.Options.WholeRun.FastStartMinRunning.TotalSeconds, "a start is compared with the rest of a longer run")
        : null;

    /// <inheritdoc/>
    public void Detect(SignalContext context, ICollection<Finding> findings)
    {
        var track = context.Track;
        var o = context.Options;
        if (track.RunningSeconds < o.WholeRun.FastStartMinRunning.TotalSeconds) return;
        var typical = track.TypicalSpeedMetersPerSecond;
        var from = track.FirstMovingIndex;
        if (from < 0 || !(typical > 0)) return;
        var warmUpEnd = WarmUp.End(track, o);
        if (warmUpEnd > from && WarmUp.MeanSpeed(track, from, warmUpEnd) < o.WholeRun.NoWarmUpMinFractionOfTypical * typical) from = warmUpEnd;

        // Running seconds after the warm-up: where along the running distance, and how fast (hill-neutral: the speed
        // scaled by how much this runner slows on climbs, so a route that climbs early is no fast start or slow one).
        using var scratch = new Track.Scratch(track.Length);
        var rows = scratch.Rows();
        var xs = scratch.Column();
        var ys = scratch.Column();
        var grades = scratch.Column();
        var count = 0;
        double d = 0;
        var running = track.RunningMask;
        ReadOnlySpan<double> effort = track.Effort, gradeColumn = track.GradeColumn, speed = track.Speed;
        var maxAbsGrade = o.Track.ComparisonMaxAbsGrade;
        for (var i = from; i < track.Length; i++)
        {
            if (!running[i] || double.IsNaN(effort[i])) continue;
            var steep = Math.Abs(gradeColumn[i]) > maxAbsGrade;
            if (!steep)
            {
                rows[count] = i;
                xs[count] = d;
                ys[count] = effort[i];
                grades[count] = gradeColumn[i];
                count++;
            }
            d += speed[i];
        }
        if (count < MinRestSeconds || d <= 0) return;
        ReadOnlySpan<double> x = xs.AsSpan(0, count), y = ys.AsSpan(0, count), grade = grades.AsSpan(0, count);
        var bins = Bin(x, y, d, 100);
        var slopes = scratch.Column(bins.Count * (bins.Count - 1) / 2);

        Candidate? best = null;
        // The distance along the run only grows, so each split's opening is the one before's and a few more seconds: its
        // sums go on from where the one before stopped, adding the same values in the same order as a fresh sum would.
        var ordered = InOrder(x);
        int nFirst = 0;
        double sumFirst = 0, sumX = 0, gradeFirst = 0;
        foreach (var fraction in Fractions)
        {
            if (!(fraction <= o.WholeRun.FastStartFirstFraction + 1e-9)) continue;
            var cut = fraction * d;
            double sumRest = 0, gradeRest = 0;
            if (ordered)
            {
                for (; nFirst < x.Length && x[nFirst] < cut; nFirst++) { sumFirst += y[nFirst]; sumX += x[nFirst]; gradeFirst += grade[nFirst]; }
                for (var k = nFirst; k < x.Length; k++) { sumRest += y[k]; gradeRest += grade[k]; }
            }
            else
            {
                nFirst = 0;
                sumFirst = sumX = gradeFirst = 0;
                for (var k = 0; k < x.Length; k++)
                {
                    if (x[k] < cut) { nFirst++; sumFirst += y[k]; sumX += x[k]; gradeFirst += grade[k]; }
                    else { sumRest += y[k]; gradeRest += grade[k]; }
                }
            }
            var nRest = x.Length - nFirst;
            if (nFirst < MinFirstSeconds || nRest < MinRestSeconds) continue;
            // A climb out and a descent home cannot be compared, even grade-adjusted.
            if (Math.Abs(gradeFirst / nFirst - gradeRest / nRest) > o.WholeRun.FastStartMaxGradeDifference) continue;
            var (slope, intercept) = TheilSen(Later(bins, cut), slopes);
            if (double.IsNaN(slope)) continue;
            var first = sumFirst / nFirst;
            var rest = sumRest / nRest;
            var predicted = intercept + slope * (sumX / nFirst);
            var split = (first / rest - 1) * 100;
            var aboveTrend = (first / predicted - 1) * 100;
            var score = split >= o.WholeRun.FastStartAlwaysPercent || aboveTrend >= o.WholeRun.FastStartMinAboveTrendPercent ? split : Math.Min(split, aboveTrend);
            if (best is null || score > best.Score) best = new Candidate(rows[nFirst - 1], first, rest, split, aboveTrend, score);
        }
        if (best is null || best.Score < o.WholeRun.FastStartMinPercent) return;
        var start = rows[0];
        var pct = best.SplitPercent;
        var severity = SeverityLadder.Of(best.Score, o.WholeRun.FastStartModeratePercent, o.WholeRun.FastStartHighPercent);
        // Rounded once: the text quotes the evidence the advice reads, so both give the same paces and distance.
        var km = Format.Round((track.Distance[best.End] - track.Distance[start]) / 1000);
        var firstPace = Format.Round(PaceText.SecondsPerKm(best.First), 0);
        var restPace = Format.Round(PaceText.SecondsPerKm(best.Rest), 0);
        pct = Format.Round(pct, 1);
        findings.Add(new Finding(Kind, track.TimeAt(start), track.TimeAt(best.End), severity,
        [
            new(EvidenceNames.PositiveSplitPercent, pct, "%"),
            new(EvidenceNames.FirstPartPace, firstPace, "s/km"),
            new(EvidenceNames.RestPace, restPace, "s/km"),
            new(EvidenceNames.FirstPartDistanceKm, km, "km"),
            new("above_later_trend_pct", Format.Round(best.AboveTrendPercent, 1), "%"),
        ],
        $"the first {Format.N(km, "0.#")} km at {PaceText.Clock(firstPace, "/km")} were {Format.N(pct, "0.#")} % faster than the rest at {PaceText.Clock(restPace, "/km")} (grade-adjusted): a positive split"));
    }

    /// <summary>Whether <paramref name="x"/> never falls (and holds no NaN), so that each split's opening is a prefix.</summary>
    private static bool InOrder(ReadOnlySpan<double> x)
    {
        for (var k = 1; k < x.Length; k++) if (!(x[k] >= x[k - 1])) return false;
        return x.Length == 0 || !double.IsNaN(x[0]);
    }

    private sealed record Candidate(int End, double First, double Rest, double SplitPercent, double AboveTrendPercent, double Score);

    private readonly record struct Point(double X, double Y);

    /// <summary>Mean position and speed in <paramref name="count"/> equal slices of the distance (slices with too few seconds left out).</summary>
    private static List<Point> Bin(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double total, int count)
    {
        var sx = new double[count];
        var sy = new double[count];
        var n = new int[count];
        for (var k = 0; k < x.Length; k++)
        {
            var b = Math.Min(count - 1, (int)(x[k] / total * count));
            sx[b] += x[k];
            sy[b] += y[k];
            n[b]++;
        }
        var result = new List<Point>();
        for (var b = 0; b < count; b++) if (n[b] >= 5) result.Add(new Point(sx[b] / n[b], sy[b] / n[b]));
        return result;
    }

    /// <summary>The bins from distance <paramref name="cut"/> on (bins are in order of distance).</summary>
    private static ReadOnlySpan<Point> Later(List<Point> bins, double cut)
    {
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bins);
        var first = 0;
        while (first < all.Length && all[first].X < cut) first++;
        return all[first..];
    }

    /// <summary>Theil-Sen line: the median of pairwise slopes, robust to a slow jog home or a stop at the end.</summary>
    /// <param name="points">The points.</param>
    /// <param name="buffer">Room for every pair's slope (at least n(n-1)/2 values), reused between calls.</param>
    private static (double Slope, double Intercept) TheilSen(ReadOnlySpan<Point> points, double[] buffer)
    {
        if (points.Length < 5) return (double.NaN, double.NaN);
        var count = 0;
        for (var a = 0; a < points.Length; a++)
            for (var b = a + 1; b < points.Length; b++)
                if (points[b].X > points[a].X) buffer[count++] = (points[b].Y - points[a].Y) / (points[b].X - points[a].X);
        var slope = Track.Rolling.MedianOf(buffer.AsSpan(0, count));
        for (var k = 0; k < points.Length; k++) buffer[k] = points[k].Y - slope * points[k].X;
        var intercept = Track.Rolling.MedianOf(buffer.AsSpan(0, points.Length));
        return (slope, intercept);
    }
}
