using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Signals.Detectors;
using CrampSignals.Signals.Track;
using CrampSignals.Signals.Weather;
using CrampSignals.Weather;

namespace CrampSignals.Signals;

/// <summary>The whole signal pass: samples to a 1 Hz track, every detector, and what came before each cramp.</summary>
public static class SignalAnalyzer
{
    /// <summary>Every detector, in report order.</summary>
    internal static IReadOnlyList<ISignalDetector> Detectors { get; } =
    [
        new PaceSurgeDetector(),
        new FastStartDetector(),
        new HeatExposureDetector(),
        new HotHoursDetector(),
        new CadenceDropDetector(),
        new NoWarmUpDetector(),
        new NoCoolDownDetector(),
        new LongRunHydrationDetector(),
        new CardiacDriftDetector(),
    ];

    /// <summary>Finds the signals in <paramref name="activity"/> and, for each cramp in <paramref name="cramps"/> that belongs to this run, what came before it.</summary>
    public static SignalReport Analyze(Activity activity, CrampLog? cramps = null, WeatherSeries? weather = null, SignalOptions? options = null)
    {
        var (report, track) = AnalyzeWithTrack(activity, cramps, weather, options);
        track.Release();
        return report;
    }

    /// <summary>
    /// The report of a file that is not a run (a swim, a ride, a FIT settings file): no findings, one note saying why, and
    /// its local time.
    /// </summary>
    internal static SignalReport NotARun(Activity activity, string reason)
    {
        var local = LocalTimeResolver.Resolve(activity);
        return new SignalReport([], [], [], local, [$"{reason}: its summary only, no running findings or advice", LocalTimeResolver.Describe(local)]);
    }

    /// <summary>As <see cref="Analyze"/>, also handing back the 1 Hz track the findings were read from (cohort rows and tables use it).</summary>
    internal static (SignalReport Report, SignalTrack Track) AnalyzeWithTrack(Activity activity, CrampLog? cramps, WeatherSeries? weather, SignalOptions? options)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var o = options ?? SignalOptions.Default;
        var notes = new List<string>();
        var whole = activity;
        activity = FootLegs.Of(activity, notes);
        var track = SignalTrackBuilder.Build(activity, o.Track, notes);
        var local = LocalTimeResolver.Resolve(activity, track);
        var air = weather is null ? null : WeatherSampler.Sample(weather, track);
        var context = new SignalContext(activity, track, o, local, air) { CrampRows = CrampRows(whole, track, cramps, o) };

        var findings = new List<Finding>();
        var notMeasured = new List<string>();
        var notRun = NotARun(activity, track, o);
        foreach (var detector in Detectors)
        {
            var missing = notRun ?? detector.MissingInput(context);
            if (missing is not null) { notMeasured.Add($"{detector.Kind.ToId()}: {missing}"); continue; }
            detector.Detect(context, findings);
        }
        if (notRun is null && PaceSurgeDetector.UnjudgedStart(context) is { } unjudged) notMeasured.Add(unjudged);
        findings.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));

        if (track.HasTemperature && air is not { HasData: true })
            notes.Add("temperature comes from the watch's own sensor, which reads several degrees warm on the wrist (body heat); weather input gives the air temperature");
        if (weather is not null && air is not { HasData: true })
            notes.Add("the weather input does not cover the run's time; it was not used");
        if (track.SpikeCount > 0) notes.Add($"{track.SpikeCount} GPS spike(s) removed from the speed");
        notes.Add(LocalTimeResolver.Describe(local));

        var contexts = PreCrampWindows.Build(whole, track, findings, cramps, o);
        var report = new SignalReport([.. findings], contexts, [.. notMeasured], local, [.. notes]) { Temperature = RunTemperature.Of(context) };
        air?.Release();
        return (report, track);
    }

    /// <summary>The rows of the cramps logged during the run (cramps after it are left out).</summary>
    private static int[] CrampRows(Activity activity, SignalTrack track, CrampLog? cramps, SignalOptions o) =>
        [.. RunCramps.Resolve(activity, cramps, o)
            .Select(c => Math.Round(Text.UnixTime.FromDateTime(c.Time) - track.StartUnixSeconds))
            .Where(i => i >= 0 && i < track.Length)
            .Select(i => (int)i)
            .Order()];

    private static string? NotARun(Activity activity, SignalTrack track, SignalOptions o)
    {
        if (track.Length == 0) return "no timed samples";
        var sport = activity.Sessions.IsEmpty ? activity.Sport : activity.Sessions[0].Sport;
        if (sport is Sport.Cycling or Sport.Swimming or Sport.FitnessEquipment or Sport.Transition)
            return $"not a run ({sport.ToString().ToLowerInvariant()})";
        // A file that does not say its sport may be a ride: a typical moving speed no runner holds gives it away.
        if (!sport.IsOnFoot() && (track.MedianMovingSpeedMetersPerSecond > o.Track.MaxTypicalRunningSpeedMetersPerSecond || track.FastMovingSpeedMetersPerSecond > o.Track.MaxFastRunningSpeedMetersPerSecond))
            return $"not a run (moving at {track.MedianMovingSpeedMetersPerSecond.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} m/s, faster than running)";
        return null;
    }
}
