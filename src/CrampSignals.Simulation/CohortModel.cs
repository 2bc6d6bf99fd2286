using System.Collections.Immutable;
using CrampSignals.Cohorts;
using CrampSignals.Signals;

namespace CrampSignals.Simulation;

/// <summary>A simulated runner: their own pace, habits and how prone to cramps they are.</summary>
/// <param name="Id">The runner's folder name (<c>runner-07</c>).</param>
/// <param name="Place">Where they run.</param>
/// <param name="Profile">Heart rate, threshold pace, cadence.</param>
/// <param name="Frailty">Their own log hazard ratio of a cramp, shared by the in-run hazard and the after-run odds (a history of cramps is the strongest predictor).</param>
/// <param name="FastStartShare">How often they go out too fast.</param>
/// <param name="NoWarmUpShare">How often they skip the warm-up.</param>
/// <param name="NoCoolDownShare">How often they stop dead.</param>
/// <param name="MiddayShare">How often they run at midday.</param>
/// <param name="Climate">0 (cool place) to 1 (hot place).</param>
/// <param name="MeanMinutes">Their typical run length in moving minutes.</param>
/// <param name="SurgesPerHour">Pace surges per hour of running.</param>
/// <param name="CadenceDropsPerHour">Cadence drops per hour of running.</param>
internal sealed record CohortRunner(
    string Id, RunPlace Place, RunnerProfile Profile, double Frailty, double FastStartShare, double NoWarmUpShare, double NoCoolDownShare,
    double MiddayShare, double Climate, double MeanMinutes, double SurgesPerHour, double CadenceDropsPerHour);

/// <summary>One simulated run of the truth model: what it holds, where, and the cramps it led to.</summary>
/// <param name="Runner">Whose run it is.</param>
/// <param name="Number">Its number among the runner's runs, from 1.</param>
/// <param name="Seed">The seed its draws and its file come from.</param>
/// <param name="StartUtc">When it started.</param>
/// <param name="UtcOffset">Local time's offset from UTC that day.</param>
/// <param name="WarmSeason">True in the place's warm months.</param>
/// <param name="LocalHour">The local hour it started.</param>
/// <param name="MovingMinutes">Its length in moving minutes.</param>
/// <param name="Findings">Everything the run holds on moving seconds, the limps after its cramps included.</param>
/// <param name="Limps">The cadence drops that follow its in-run cramps (also in <paramref name="Findings"/>): effects of a cramp, not causes.</param>
/// <param name="CrampProbability">The chance of an in-run cramp the hazard gave this run: 1 − exp(−cumulative hazard over the whole run).</param>
/// <param name="CrampSeconds">In-run cramps, moving seconds from the start.</param>
/// <param name="AfterRunProbability">The chance of a cramp after the run (at rest, at night).</param>
/// <param name="AfterRunDelaySeconds">After-run cramps, seconds after the run's end.</param>
internal sealed record CohortTruthRun(
    CohortRunner Runner,
    int Number,
    int Seed,
    DateTime StartUtc,
    TimeSpan UtcOffset,
    bool WarmSeason,
    double LocalHour,
    double MovingMinutes,
    ImmutableArray<FindingSpan> Findings,
    ImmutableArray<FindingSpan> Limps,
    double CrampProbability,
    ImmutableArray<double> CrampSeconds,
    double AfterRunProbability,
    ImmutableArray<double> AfterRunDelaySeconds)
{
    /// <summary>Elapsed seconds a recording of this much moving time would span with a few pauses (the cohort's files have none).</summary>
    public double DurationSeconds => Math.Round(MovingMinutes * 60 / 0.97);

    /// <summary>Moving seconds: the time scale of findings and cramps, and the length of the run's file.</summary>
    public double MovingSeconds => Math.Round(MovingMinutes * 60);

    public string RunId => $"{Runner.Id}/run-{Number:000}";

    public bool Holds(FindingKind kind) => Findings.Any(f => f.Kind == kind);

    /// <summary>
    /// The row the cohort statistics see, straight from the truth (no files, no detectors), on moving seconds: the files
    /// have no pauses, so there elapsed and moving seconds agree. After-run cramps come at the end plus their delay.
    /// </summary>
    public CohortRunRow ToRow() => new(RunId, Runner.Id, MovingSeconds, MovingMinutes, Findings,
        [.. CrampSeconds.Select(t => CohortCrampRow.At(t)), .. AfterRunDelaySeconds.Select(d => CohortCrampRow.At(MovingSeconds + d, duringRun: false))]);
}

/// <summary>A simulated cohort: the runners, their runs, and the hazard ratios that were planted.</summary>
internal sealed record CohortTruth(
    ImmutableArray<CohortRunner> Runners,
    ImmutableArray<CohortTruthRun> Runs,
    ImmutableSortedDictionary<FindingKind, double> Effects,
    int WindowMinutes,
    int Seed)
{
    /// <summary>The planted hazard ratio of <paramref name="kind"/> on in-run cramps (1 where none was planted).</summary>
    public double HazardRatio(FindingKind kind) => kind == FindingKind.NoCoolDown ? 1.0 : Effects.GetValueOrDefault(kind, 1.0);

    /// <summary>The planted odds ratio of <paramref name="kind"/> on a cramp after the run (1 for kinds that do not act after it).</summary>
    public double AfterRunOddsRatio(FindingKind kind) => CohortModel.AfterRunKinds.Contains(kind) ? Effects.GetValueOrDefault(kind, 1.0) : 1.0;
}

/// <summary>
/// The truth model of a simulated cohort. Runners differ in pace, habits (warm-up, pacing, time of day, run length),
/// climate and frailty, and the frail ones also start fast more often (confounding by runner). In-run cramps come from a
/// hazard on moving time (<see cref="CohortHazard"/>): the runner's frailty, a base, a rise per hour on one's feet, and the
/// planted hazard ratio of every finding whose exposure window holds the moment. After the first in-run cramp the runner
/// limps for a few minutes (a slower cadence drop: reverse causation), and now and then cramps again. Cramps after the run
/// are a run-level draw: logistic in the frailty and the planted ratios of a missing cool-down, heat and a long run.
/// </summary>
internal static class CohortModel
{
    /// <summary>Log-odds of a cramp after a run for a runner of frailty 0 with none of <see cref="AfterRunKinds"/> (about 1 in 11).</summary>
    public const double AfterRunLogOdds = -2.3;

    /// <summary>Chance of a second in-run cramp a few minutes after the first.</summary>
    public const double SecondCrampChance = 0.15;

    /// <summary>The kinds whose planted ratio also acts on a cramp after the run (as an odds ratio).</summary>
    public static readonly FindingKind[] AfterRunKinds = [FindingKind.NoCoolDown, FindingKind.HeatExposure, FindingKind.LongRunHydration];

    public static CohortTruth Generate(int runners, int runsPerRunner, IReadOnlyDictionary<FindingKind, double> effects, int seed,
        int windowMinutes = CohortHazard.DefaultWindowMinutes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runners, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(runsPerRunner, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(windowMinutes);
        foreach (var (kind, hr) in effects)
            if (!(hr > 0) || double.IsInfinity(hr)) throw new ArgumentOutOfRangeException(nameof(effects), $"the hazard ratio of {kind.ToId()} must be positive, not {hr}");
        var rng = ScenarioPresets.Rng("cohort", seed);
        var people = ImmutableArray.CreateBuilder<CohortRunner>(runners);
        var runs = ImmutableArray.CreateBuilder<CohortTruthRun>(runners * runsPerRunner);
        for (var r = 0; r < runners; r++)
        {
            var fastStart = Draw.Uniform(rng, 0.05, 0.45);
            var runner = new CohortRunner(
                $"runner-{r + 1:00}", ScenarioPresets.Pick(rng), ScenarioPresets.Runner(rng),
                Frailty: 0.5 * Draw.Normal(rng) + 2.0 * (fastStart - 0.25),
                fastStart, Draw.Uniform(rng, 0.1, 0.6), Draw.Uniform(rng, 0.1, 0.5), Draw.Uniform(rng, 0.0, 0.5),
                Draw.Uniform(rng, 0, 1), Draw.Uniform(rng, 40, 100), Draw.Uniform(rng, 0.1, 0.8), Draw.Uniform(rng, 0.1, 0.6));
            people.Add(runner);
            var days = new HashSet<DateOnly>();
            for (var n = 1; n <= runsPerRunner; n++) runs.Add(Run(runner, n, unchecked(seed * 7919 + r * 1009 + n), effects, windowMinutes, days));
        }
        return new CohortTruth(people.ToImmutable(), runs.ToImmutable(), effects.ToImmutableSortedDictionary(), windowMinutes, seed);
    }

    private static CohortTruthRun Run(CohortRunner runner, int number, int seed, IReadOnlyDictionary<FindingKind, double> effects, int windowMinutes,
        HashSet<DateOnly> days)
    {
        var rng = new Random(seed);
        var minutes = Math.Round(Math.Clamp(runner.MeanMinutes * Math.Exp(0.35 * Draw.Normal(rng)), 20, 230), 1);
        var seconds = Math.Round(minutes * 60);
        var warm = rng.NextDouble() < 1 / 3.0;
        var midday = rng.NextDouble() < runner.MiddayShare;
        var localHour = midday ? Draw.Uniform(rng, 10.5, 13.5) : rng.Next(2) == 0 ? Draw.Uniform(rng, 6, 8) : Draw.Uniform(rng, 17.5, 19.5);
        // One run a day per runner: an after-run cramp then never lands in the runner's next run.
        DateOnly date;
        var tries = 0;
        do date = new DateOnly(2024 + rng.Next(2), warm ? runner.Place.WarmMonth(rng) : runner.Place.CoolMonth(rng), 1 + rng.Next(28));
        while (!days.Add(date) && ++tries < 50);
        var offset = runner.Place.OffsetOn(date);
        var start = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddSeconds(Math.Round(localHour * 3600)) - offset;

        var spans = Findings(rng, runner, minutes, seconds, warm, midday);
        double HazardRatio(FindingKind k) => k == FindingKind.NoCoolDown ? 1.0 : effects.GetValueOrDefault(k, 1.0);
        var pieces = CohortHazard.Pieces(spans, seconds, HazardRatio, windowMinutes);
        var level = runner.Frailty + CohortHazard.BaseLogHazardPerMinute;
        var p = 1 - Math.Exp(-CohortHazard.Cumulative(pieces, level));
        var cramps = new List<double>();
        var limps = new List<FindingSpan>();
        if (CohortHazard.FirstEvent(pieces, level, -Math.Log(1 - rng.NextDouble())) is double first)
        {
            // Whole seconds, and before the file's last sample so the cramp falls inside the recording.
            var at = Math.Min(Math.Floor(first), seconds - 2);
            cramps.Add(at);
            // The limp, cut short by the run's end when the cramp comes in its last minutes.
            var limpStart = Math.Min(seconds - 1, Math.Round(at + Draw.Uniform(rng, 0, 60)));
            limps.Add(new(FindingKind.CadenceDrop, limpStart, Math.Min(seconds, Math.Round(limpStart + Draw.Uniform(rng, 180, 480)))));
            // Now and then the muscle seizes again a little later.
            if (rng.NextDouble() < SecondCrampChance && at + 300 < seconds) cramps.Add(Math.Round(Draw.Uniform(rng, at + 120, Math.Min(seconds - 30, at + 900))));
        }
        spans.AddRange(limps);
        spans.Sort((a, b) => a.StartSeconds.CompareTo(b.StartSeconds));

        var afterLogit = runner.Frailty + AfterRunLogOdds
            + AfterRunKinds.Where(k => spans.Any(s => s.Kind == k)).Sum(k => Math.Log(effects.GetValueOrDefault(k, 1.0)));
        var afterP = Logistic(afterLogit);
        double[] after = rng.NextDouble() < afterP ? [Math.Round(Draw.Uniform(rng, 30, 180) * 60)] : [];
        return new CohortTruthRun(runner, number, seed, start, offset, warm, localHour, minutes, [.. spans], [.. limps], p, [.. cramps], afterP, [.. after]);
    }

    /// <summary>What a run holds before any cramp, on moving seconds.</summary>
    private static List<FindingSpan> Findings(Random rng, CohortRunner runner, double minutes, double seconds, bool warm, bool midday)
    {
        var spans = new List<FindingSpan>();
        if (rng.NextDouble() < runner.FastStartShare) spans.Add(new(FindingKind.FastStart, 0, Math.Round(Math.Max(600, 0.2 * seconds))));
        if (rng.NextDouble() < runner.NoWarmUpShare) spans.Add(new(FindingKind.NoWarmUp, 0, 600));
        var heatLogit = -2.5 + 3 * runner.Climate + 1.5 * (warm ? 1 : 0) + 0.8 * (midday ? 1 : 0);
        if (rng.NextDouble() < Logistic(heatLogit)) spans.Add(new(FindingKind.HeatExposure, Math.Round(0.1 * seconds), seconds));
        if (warm && midday) spans.Add(new(FindingKind.HotHours, 0, seconds));
        // Run length alone decides it here (the kind that only tracks duration), from the hour where its rule is met.
        if (minutes >= 60) spans.Add(new(FindingKind.LongRunHydration, 3600, seconds));
        if (minutes >= 45 && rng.NextDouble() < 0.2) spans.Add(new(FindingKind.CardiacDrift, Math.Round(0.5 * seconds), seconds));
        foreach (var _ in Enumerable.Range(0, Poisson(rng, runner.SurgesPerHour * minutes / 60)))
        {
            var s = Math.Round(Draw.Uniform(rng, 0.1, 0.92) * seconds);
            spans.Add(new(FindingKind.PaceSurge, s, s + Math.Round(Draw.Uniform(rng, 90, 240))));
        }
        foreach (var _ in Enumerable.Range(0, Poisson(rng, runner.CadenceDropsPerHour * minutes / 60)))
        {
            var s = Math.Round(Draw.Uniform(rng, 0.35, 0.9) * seconds);
            spans.Add(new(FindingKind.CadenceDrop, s, s + Math.Round(Draw.Uniform(rng, 180, 480))));
        }
        if (rng.NextDouble() < runner.NoCoolDownShare) spans.Add(new(FindingKind.NoCoolDown, seconds - 30, seconds));
        return spans;
    }

    private static double Logistic(double x) => 1 / (1 + Math.Exp(-x));

    private static int Poisson(Random rng, double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var product = rng.NextDouble(); product > limit; product *= rng.NextDouble()) k++;
        return k;
    }
}
