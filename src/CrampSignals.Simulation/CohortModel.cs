using System.Collections.Immutable;
using CrampSignals.Cohorts;
using CrampSignals.Signals;

namespace CrampSignals.Simulation;

/// <summary>A simulated runner: their own pace, habits and how prone to cramps they are.</summary>
/// <param name="Id">The runner's folder name (<c>runner-07</c>).</param>
/// <param name="Place">Where they run.</param>
/// <param name="Profile">Heart rate, threshold pace, cadence.</param>
/// <param name="Proneness">Their own log-odds of a cramp in a one-hour run with no finding (a history of cramps is the strongest predictor).</param>
/// <param name="FastStartShare">How often they go out too fast.</param>
/// <param name="NoWarmUpShare">How often they skip the warm-up.</param>
/// <param name="NoCoolDownShare">How often they stop dead.</param>
/// <param name="MiddayShare">How often they run at midday.</param>
/// <param name="Climate">0 (cool place) to 1 (hot place).</param>
/// <param name="MeanMinutes">Their typical run length in moving minutes.</param>
/// <param name="SurgesPerHour">Pace surges per hour of running.</param>
/// <param name="CadenceDropsPerHour">Cadence drops per hour of running.</param>
internal sealed record CohortRunner(
    string Id, RunPlace Place, RunnerProfile Profile, double Proneness, double FastStartShare, double NoWarmUpShare, double NoCoolDownShare,
    double MiddayShare, double Climate, double MeanMinutes, double SurgesPerHour, double CadenceDropsPerHour);

/// <summary>One simulated run of the truth model: what it holds, where, and the cramps it led to.</summary>
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
    double CrampProbability,
    ImmutableArray<double> CrampSeconds)
{
    /// <summary>Elapsed seconds from the first to the last sample: moving time plus a few pauses.</summary>
    public double DurationSeconds => Math.Round(MovingMinutes * 60 / 0.97);

    public string RunId => $"{Runner.Id}/run-{Number:000}";

    public bool Holds(FindingKind kind) => Findings.Any(f => f.Kind == kind);

    /// <summary>The row the cohort statistics see, straight from the truth (no files, no detectors).</summary>
    public CohortRunRow ToRow() => new(RunId, Runner.Id, DurationSeconds, MovingMinutes, Findings,
        [.. CrampSeconds.Select(t => CohortCrampRow.At(t))]);
}

/// <summary>A simulated cohort: the runners, their runs, and the odds ratios that were planted.</summary>
internal sealed record CohortTruth(
    ImmutableArray<CohortRunner> Runners,
    ImmutableArray<CohortTruthRun> Runs,
    ImmutableSortedDictionary<FindingKind, double> Effects,
    double LogOddsPerHour,
    int Seed)
{
    /// <summary>The planted odds ratio of <paramref name="kind"/> (1 where none was planted).</summary>
    public double OddsRatio(FindingKind kind) => Effects.GetValueOrDefault(kind, 1.0);
}

/// <summary>
/// The truth model of a simulated cohort. Runners differ in pace, habits (warm-up, pacing, time of day, run length),
/// climate and cramp proneness, and the cramp-prone ones also start fast more often (confounding by runner). Each run's
/// chance of a cramp is logistic: the runner's proneness, a term per hour of running, and the log of the planted odds
/// ratio for each finding the run holds. A cramp comes after its trigger: when a run with a planted cadence drop or pace
/// surge cramps, the share of cramps the trigger accounts for, (OR − 1)/OR, strikes 2-15 minutes after one of them, the
/// others late in the run after any fast start.
/// </summary>
internal static class CohortModel
{
    /// <summary>Log-odds of a cramp per hour of moving time.</summary>
    public const double LogOddsPerHour = 0.5;

    /// <summary>Findings inside a run that a cramp follows within minutes.</summary>
    internal static readonly FindingKind[] WithinRun = [FindingKind.CadenceDrop, FindingKind.PaceSurge];

    public static CohortTruth Generate(int runners, int runsPerRunner, IReadOnlyDictionary<FindingKind, double> effects, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runners, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(runsPerRunner, 1);
        foreach (var (kind, or) in effects)
            if (!(or > 0) || double.IsInfinity(or)) throw new ArgumentOutOfRangeException(nameof(effects), $"the odds ratio of {kind.ToId()} must be positive, not {or}");
        var rng = ScenarioPresets.Rng("cohort", seed);
        var people = ImmutableArray.CreateBuilder<CohortRunner>(runners);
        var runs = ImmutableArray.CreateBuilder<CohortTruthRun>(runners * runsPerRunner);
        for (var r = 0; r < runners; r++)
        {
            var fastStart = Draw.Uniform(rng, 0.05, 0.45);
            var runner = new CohortRunner(
                $"runner-{r + 1:00}", ScenarioPresets.Pick(rng), ScenarioPresets.Runner(rng),
                Proneness: -2.0 + 0.7 * Draw.Normal(rng) + 2.0 * (fastStart - 0.25),
                fastStart, Draw.Uniform(rng, 0.1, 0.6), Draw.Uniform(rng, 0.1, 0.5), Draw.Uniform(rng, 0.0, 0.5),
                Draw.Uniform(rng, 0, 1), Draw.Uniform(rng, 40, 100), Draw.Uniform(rng, 0.1, 0.8), Draw.Uniform(rng, 0.1, 0.6));
            people.Add(runner);
            for (var n = 1; n <= runsPerRunner; n++) runs.Add(Run(runner, n, unchecked(seed * 7919 + r * 1009 + n), effects));
        }
        return new CohortTruth(people.ToImmutable(), runs.ToImmutable(), effects.ToImmutableSortedDictionary(), LogOddsPerHour, seed);
    }

    private static CohortTruthRun Run(CohortRunner runner, int number, int seed, IReadOnlyDictionary<FindingKind, double> effects)
    {
        var rng = new Random(seed);
        var minutes = Math.Round(Math.Clamp(runner.MeanMinutes * Math.Exp(0.35 * Draw.Normal(rng)), 20, 230), 1);
        var seconds = minutes * 60;
        var warm = rng.NextDouble() < 1 / 3.0;
        var midday = rng.NextDouble() < runner.MiddayShare;
        var localHour = midday ? Draw.Uniform(rng, 10.5, 13.5) : rng.Next(2) == 0 ? Draw.Uniform(rng, 6, 8) : Draw.Uniform(rng, 17.5, 19.5);
        var month = warm ? runner.Place.WarmMonth(rng) : runner.Place.CoolMonth(rng);
        var date = new DateOnly(2024 + rng.Next(2), month, 1 + rng.Next(28));
        var offset = runner.Place.OffsetOn(date);
        var start = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddSeconds(Math.Round(localHour * 3600)) - offset;

        var spans = new List<FindingSpan>();
        var fastStartEnd = 0.0;
        if (rng.NextDouble() < runner.FastStartShare)
        {
            fastStartEnd = Math.Round(Math.Max(600, 0.2 * seconds));
            spans.Add(new(FindingKind.FastStart, 0, fastStartEnd));
        }
        if (rng.NextDouble() < runner.NoWarmUpShare) spans.Add(new(FindingKind.NoWarmUp, 0, 600));
        var heatLogit = -2.5 + 3 * runner.Climate + 1.5 * (warm ? 1 : 0) + 0.8 * (midday ? 1 : 0);
        var hot = rng.NextDouble() < Logistic(heatLogit);
        if (hot) spans.Add(new(FindingKind.HeatExposure, Math.Round(0.1 * seconds), seconds));
        if (warm && midday) spans.Add(new(FindingKind.HotHours, 0, seconds));
        // Run length alone decides it here (the kind that only tracks duration); the detector also counts 45 minutes in the heat.
        if (minutes >= 60) spans.Add(new(FindingKind.LongRunHydration, 0, seconds));
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
        spans.Sort((a, b) => a.StartSeconds.CompareTo(b.StartSeconds));

        var kinds = spans.Select(s => s.Kind).Distinct().ToList();
        var logit = runner.Proneness + LogOddsPerHour * (minutes / 60 - 1) + kinds.Sum(k => Math.Log(effects.GetValueOrDefault(k, 1.0)));
        var p = Logistic(logit);
        var cramps = new List<double>();
        if (rng.NextDouble() < p)
        {
            var at = CrampTime(rng, spans, kinds, effects, seconds, fastStartEnd);
            cramps.Add(at);
            // Now and then the muscle seizes again a little later.
            if (rng.NextDouble() < 0.15 && at + 300 < seconds) cramps.Add(Math.Round(Draw.Uniform(rng, at + 120, Math.Min(seconds - 30, at + 900))));
        }
        return new CohortTruthRun(runner, number, seed, start, offset, warm, localHour, minutes, [.. spans], p, [.. cramps]);
    }

    private static double CrampTime(Random rng, List<FindingSpan> spans, List<FindingKind> kinds, IReadOnlyDictionary<FindingKind, double> effects,
        double seconds, double fastStartEnd)
    {
        foreach (var kind in WithinRun)
        {
            var or = effects.GetValueOrDefault(kind, 1.0);
            if (or <= 1 || !kinds.Contains(kind) || rng.NextDouble() >= (or - 1) / or) continue;
            var trigger = spans.Where(s => s.Kind == kind).ElementAt(rng.Next(spans.Count(s => s.Kind == kind)));
            var at = trigger.StartSeconds + Draw.Uniform(rng, 120, 900);
            if (at < seconds - 30) return Math.Round(at);
        }
        var from = Math.Max(0.3 * seconds, fastStartEnd + 300);
        return Math.Round(Draw.Uniform(rng, Math.Min(from, seconds - 120), seconds - 60));
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
