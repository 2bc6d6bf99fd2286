using CrampSignals.Signals.Detectors;

namespace CrampSignals.Signals;

/// <summary>
/// The run's one temperature: the mean over its moving seconds of the air (weather input that covers the run) or else
/// of the watch's sensor, rounded once to 0.1 °C. The summary line, the tiles, the hydration finding, the advice and the
/// JSON all quote this value, so they never read differently.
/// </summary>
/// <param name="Celsius">Mean temperature, °C, rounded to 0.1.</param>
/// <param name="FromAir">True when it is the air's (weather input), false when the wrist sensor's.</param>
internal readonly record struct RunTemperature(double Celsius, bool FromAir)
{
    /// <summary>The run's temperature, or null when there is none.</summary>
    public static RunTemperature? Of(SignalContext context)
    {
        var (mean, _, _) = LongRunHydrationDetector.MeanTemperature(context);
        return double.IsNaN(mean) ? null : new RunTemperature(Format.Round(mean, 1), context.Air is { HasData: true });
    }

    /// <summary>What the value is of, as the reports label it: "air" or "wrist sensor".</summary>
    public string Source => FromAir ? "air" : "wrist sensor";
}
