using MathNet.Numerics;

namespace CrampSignals.Cohorts.Statistics;

/// <summary>Standard normal tail probabilities, kept accurate far out in the tail (1 − CDF would round to 0).</summary>
internal static class Normal
{
    /// <summary>P(|Z| ≥ |z|) for a standard normal Z.</summary>
    public static double TwoSidedP(double z) => double.IsNaN(z) ? double.NaN : SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));
}
