namespace CrampSignals.Signals.Track;

/// <summary>Constants of robust statistics, named so that the formulas that use them read as what they are.</summary>
internal static class RobustScale
{
    /// <summary>
    /// Median absolute deviation × 1.4826 estimates the standard deviation of normal scatter (1 / Φ⁻¹(3/4)), while one wild
    /// value cannot move it.
    /// </summary>
    public const double MadToStandardDeviation = 1.4826;

    /// <summary>
    /// Tuning constant of Tukey's biweight: residuals beyond 4.685 robust standard deviations get no weight, which keeps
    /// 95 % efficiency for normal scatter.
    /// </summary>
    public const double TukeyBiweightTuning = 4.685;
}
