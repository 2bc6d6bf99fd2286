using CrampSignals.Activities;
using CrampSignals.Cramps;

namespace CrampSignals.Signals;

/// <summary>The whole signal pass: samples to a 1 Hz track, every detector, and what came before each cramp.</summary>
public static class SignalAnalyzer
{
    /// <summary>Finds the signals in <paramref name="activity"/> and, for each cramp in <paramref name="cramps"/> that belongs to this run, what came before it.</summary>
    public static SignalReport Analyze(Activity activity, CrampLog? cramps = null, WeatherSeries? weather = null, SignalOptions? options = null) =>
        throw new NotImplementedException();
}
