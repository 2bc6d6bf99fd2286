namespace CrampSignals.Signals.Detectors;

/// <summary>The "too short" reason a detector gives in <see cref="SignalReport.NotMeasured"/> instead of staying silent.</summary>
internal static class TooShort
{
    /// <summary>"too short: 4.5 min of running, needs 7 min (why)".</summary>
    public static string Reason(double runningSeconds, double leastSeconds, string why) =>
        $"too short: {Format.N(runningSeconds / 60, "0.#")} min of running, needs {Format.N(leastSeconds / 60, "0.#")} min ({why})";
}
