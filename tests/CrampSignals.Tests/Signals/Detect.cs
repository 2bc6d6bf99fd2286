using CrampSignals.Activities;
using CrampSignals.Signals;
using CrampSignals.Signals.Track;

namespace CrampSignals.Tests.Signals;

/// <summary>Runs one detector on a built activity.</summary>
internal static class Detect
{
    public static List<Finding> With(ISignalDetector detector, Activity activity, SignalOptions? options = null, IReadOnlyList<int>? crampRows = null)
    {
        var o = options ?? SignalOptions.Default;
        var track = SignalTrackBuilder.Build(activity, o.Track);
        var context = new SignalContext(activity, track, o, LocalTimeResolver.Resolve(activity, track), null) { CrampRows = crampRows ?? [] };
        Assert.Null(detector.MissingInput(context));
        var findings = new List<Finding>();
        detector.Detect(context, findings);
        return findings;
    }

    public static string? Missing(ISignalDetector detector, Activity activity)
    {
        var track = SignalTrackBuilder.Build(activity);
        return detector.MissingInput(new SignalContext(activity, track, SignalOptions.Default, LocalTimeResolver.Resolve(activity, track), null));
    }

    /// <summary>A smooth ramp from <paramref name="from"/> to <paramref name="to"/> over <paramref name="seconds"/> starting at <paramref name="at"/>.</summary>
    public static double Step(int t, int at, double from, double to, int seconds = 10) =>
        t < at ? from : t >= at + seconds ? to : from + (to - from) * (t - at) / seconds;
}
