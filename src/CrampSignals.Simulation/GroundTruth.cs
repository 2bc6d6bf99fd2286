using System.Collections.Immutable;
using System.Globalization;
using CrampSignals.Signals;
using CrampSignals.Weather;

namespace CrampSignals.Simulation;

/// <summary>
/// Builds the injected signals of a simulated run from its plan and from what the engine actually produced,
/// using the detectors' documented default thresholds (see ARCHITECTURE.md, "What the signals mean").
/// </summary>
internal static class GroundTruth
{
    /// <summary>Air temperature (°C, shade) from which running counts as heat exposure.</summary>
    public const double HeatThresholdCelsius = 25.0;
    /// <summary>Shortest stretch worth reporting, in seconds (the detectors' 60 s minimum).</summary>
    public const double MinimumSeconds = 60;
    /// <summary>Surge size from which a surge is reported (10 % over the recent steady effort).</summary>
    public const double SurgeThreshold = 0.10;
    /// <summary>Cadence drop from which a drop is reported (5 % below baseline).</summary>
    public const double CadenceDropThreshold = 0.05;
    /// <summary>Running time from which any run needs a drinking plan, in minutes.</summary>
    public const double LongRunMinutes = 75;
    /// <summary>Running time from which a run in the heat needs a drinking plan, in minutes.</summary>
    public const double HotRunMinutes = 45;

    public static ImmutableArray<InjectedSignal> Build(RunPlan plan, EngineResult run, WeatherSeries weather)
    {
        var list = new List<InjectedSignal>();
        var start = plan.StartUtc;
        DateTime At(double t) => start.AddSeconds(t);
        var end = run.EndSeconds;

        foreach (var (from, to, peak) in Stretches(run.WallSeconds, run.SurgeRatio, SurgeThreshold))
            list.Add(new InjectedSignal(FindingKind.PaceSurge, At(from), At(to),
                $"grade-adjusted speed +{Pct(peak)} % over the steady pace for {Secs(to - from)} s"));

        foreach (var (from, to, peak) in Stretches(run.WallSeconds, run.CadenceDropFraction, CadenceDropThreshold))
            list.Add(new InjectedSignal(FindingKind.CadenceDrop, At(from), At(to),
                $"cadence -{Pct(peak)} % at unchanged grade-adjusted speed for {Secs(to - from)} s"));

        var heatMinutes = 0.0;
        var maxAir = double.MinValue;
        foreach (var (from, to) in HeatBlocks(plan, weather, end))
        {
            var peak = double.MinValue;
            for (var t = from; t <= to; t += 10) peak = Math.Max(peak, weather.TemperatureCelsiusAt(At(t)));
            maxAir = Math.Max(maxAir, peak);
            heatMinutes += (to - from) / 60;
            list.Add(new InjectedSignal(FindingKind.HeatExposure, At(from), At(to),
                $"air temperature at or above {HeatThresholdCelsius:0} °C (peak {peak.ToString("0.0", CultureInfo.InvariantCulture)} °C) for {Minutes(to - from)} min; the wrist sensor reads about {plan.Runner.WristBiasCelsius.ToString("0", CultureInfo.InvariantCulture)} °C warmer"));
        }

        if (HotHours(plan, end) is var (hotFrom, hotTo))
        {
            var local = plan.StartUtc + plan.UtcOffset;
            list.Add(new InjectedSignal(FindingKind.HotHours, At(hotFrom), At(hotTo),
                $"running {Clock(plan, hotFrom)} to {Clock(plan, hotTo)} local time (UTC{Offset(plan.UtcOffset)}) in {local.ToString("MMMM", CultureInfo.InvariantCulture)}, the warm season {(plan.Place.IsSouthern ? "south" : "north")} of the equator"));
        }

        var runningMinutes = run.Running.Count(r => r) / 60.0;
        var movingMinutes = run.WallSeconds.Length / 60.0;
        if (movingMinutes >= LongRunMinutes || (movingMinutes >= HotRunMinutes && heatMinutes > 0))
            list.Add(new InjectedSignal(FindingKind.LongRunHydration, At(0), At(end),
                heatMinutes > 0
                    ? $"{Minutes(movingMinutes * 60)} min on the move ({Minutes(runningMinutes * 60)} min running) with air up to {maxAir.ToString("0.0", CultureInfo.InvariantCulture)} °C"
                    : $"{Minutes(movingMinutes * 60)} min on the move ({Minutes(runningMinutes * 60)} min running)"));

        if (plan.FastStart is var (fsFrom, fsTo, size))
        {
            var split = PositiveSplit(run);
            list.Add(new InjectedSignal(FindingKind.FastStart, At(fsFrom), At(fsTo),
                $"first {Minutes(fsTo - fsFrom)} min at +{Pct(size)} % over the planned race pace; second half {split.ToString("0.0", CultureInfo.InvariantCulture)} % slower than the first"));
        }
        if (plan.NoWarmUp)
            list.Add(new InjectedSignal(FindingKind.NoWarmUp, At(0), At(300),
                $"first 5 min at {Pct(FirstFiveMinutesRatio(run))} % of the run's typical speed"));
        if (plan.NoCoolDown)
        {
            var last = run.WallSeconds.Length - 1;
            var from = Math.Max(0, end - 60);
            list.Add(new InjectedSignal(FindingKind.NoCoolDown, At(from), At(end),
                $"stopped within a few seconds from {run.GradeAdjustedSpeed[Math.Max(0, last - 6)].ToString("0.0", CultureInfo.InvariantCulture)} m/s, no easing to a jog or walk"));
        }
        if (plan.CardiacDrift)
        {
            var (from, to) = plan.SteadyPart;
            var d = AerobicDecoupling.Percent(run.WallSeconds, run.GradeAdjustedSpeed, run.TrueHeartRate, run.Running, from, to);
            list.Add(new InjectedSignal(FindingKind.CardiacDrift, At(from), At(to),
                $"aerobic decoupling {d.ToString("0.0", CultureInfo.InvariantCulture)} % (grade-adjusted speed per heartbeat, second half against first), heart rate drifting about {plan.HeartDriftBpmPerHour.ToString("0", CultureInfo.InvariantCulture)} bpm per hour"));
        }
        return [.. list.OrderBy(s => s.Start).ThenBy(s => s.Kind)];
    }

    /// <summary>Contiguous stretches (wall seconds) where <paramref name="values"/> reach <paramref name="threshold"/> for at least a minute, with their peak.</summary>
    internal static IEnumerable<(double From, double To, double Peak)> Stretches(double[] wall, double[] values, double threshold)
    {
        var i = 0;
        while (i < values.Length)
        {
            if (values[i] < threshold) { i++; continue; }
            var j = i;
            var peak = values[i];
            while (j + 1 < values.Length && values[j + 1] >= threshold && wall[j + 1] - wall[j] <= 1.5) { j++; peak = Math.Max(peak, values[j]); }
            if (wall[j] - wall[i] >= MinimumSeconds) yield return (wall[i], wall[j], peak);
            i = j + 1;
        }
    }

    /// <summary>Stretches of the run where the published weather (what a detector is given) reaches the heat threshold.</summary>
    private static IEnumerable<(double From, double To)> HeatBlocks(RunPlan plan, WeatherSeries weather, double end)
    {
        double? from = null;
        for (var t = 0.0; t <= end; t++)
        {
            var hot = weather.TemperatureCelsiusAt(plan.StartUtc.AddSeconds(t)) >= HeatThresholdCelsius;
            if (hot && from is null) from = t;
            if ((!hot || t == end) && from is double f)
            {
                var to = hot ? t : t - 1;
                if (to - f >= MinimumSeconds) yield return (f, to);
                from = null;
            }
        }
    }

    /// <summary>The part of the run between 10:00 and 16:00 local time, when the date lies in the place's warm season.</summary>
    internal static (double From, double To)? HotHours(RunPlan plan, double end)
    {
        var local = plan.StartUtc + plan.UtcOffset;
        var warm = plan.Place.IsSouthern ? local.Month is >= 11 or <= 3 : local.Month is >= 5 and <= 9;
        if (!warm) return null;
        var dayStart = local.Date;
        var from = Math.Max(0, (dayStart.AddHours(10) - local).TotalSeconds);
        var to = Math.Min(end, (dayStart.AddHours(16) - local).TotalSeconds);
        return to - from >= MinimumSeconds ? (from, to) : null;
    }

    /// <summary>How much slower the second half (by distance) was than the first, in percent of the first half's speed.</summary>
    private static double PositiveSplit(EngineResult run)
    {
        var d = run.Activity.Samples.DistanceMeters;
        var half = d[^1] / 2;
        var mid = 0;
        while (mid < d.Length && d[mid] < half) mid++;
        var first = half / Math.Max(1, run.WallSeconds[mid] - run.WallSeconds[0]);
        var second = (d[^1] - half) / Math.Max(1, run.WallSeconds[^1] - run.WallSeconds[mid]);
        return (first - second) / first * 100;
    }

    private static double FirstFiveMinutesRatio(EngineResult run)
    {
        var s = run.GradeAdjustedSpeed;
        var first = s.Where((_, i) => run.WallSeconds[i] < 300).Average();
        var typical = s.Where((_, i) => run.Running[i]).OrderBy(v => v).ElementAt(s.Count(_ => true) > 0 ? run.Running.Count(r => r) / 2 : 0);
        return first / typical;
    }

    private static string Pct(double fraction) => (fraction * 100).ToString("0", CultureInfo.InvariantCulture);
    private static string Secs(double seconds) => seconds.ToString("0", CultureInfo.InvariantCulture);
    private static string Minutes(double seconds) => (seconds / 60).ToString("0", CultureInfo.InvariantCulture);
    private static string Clock(RunPlan plan, double t) => (plan.StartUtc + plan.UtcOffset).AddSeconds(t).ToString("HH:mm", CultureInfo.InvariantCulture);
    private static string Offset(TimeSpan o) => (o < TimeSpan.Zero ? "-" : "+") + o.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);
}
