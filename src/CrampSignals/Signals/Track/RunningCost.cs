namespace CrampSignals.Signals.Track;

/// <summary>
/// The energy cost of running on a slope (Minetti et al. 2002, J Appl Physiol 93:1039): C(i) = 155.4i⁵ − 30.4i⁴ −
/// 43.3i³ + 46.3i² + 19.5i + 3.6 J/kg/m for grade i (rise over run). Grade-adjusted speed is the flat speed of the same
/// metabolic power: speed × C(i) / C(0). The one curve the signal track, the reports and the simulator all use.
/// </summary>
internal static class RunningCost
{
    /// <summary>C(0): 3.6 J/kg/m.</summary>
    public const double FlatCost = 3.6;

    /// <summary>The steepest grade either way the curve was fitted on (±45 %); callers clamp to it.</summary>
    public const double MeasuredGradeLimit = 0.45;

    /// <summary>Energy cost of running at grade <paramref name="grade"/> in J per kg per metre.</summary>
    public static double JoulesPerKilogramMeter(double grade)
    {
        var i = grade;
        return ((((155.4 * i - 30.4) * i - 43.3) * i + 46.3) * i + 19.5) * i + 3.6;
    }

    /// <summary>How many times the flat cost a metre at <paramref name="grade"/> takes.</summary>
    public static double RelativeCost(double grade) => JoulesPerKilogramMeter(grade) / FlatCost;

    /// <summary>The flat-ground speed that costs as much as <paramref name="speedMetersPerSecond"/> at <paramref name="grade"/>.</summary>
    public static double GradeAdjustedSpeed(double speedMetersPerSecond, double grade) =>
        speedMetersPerSecond * RelativeCost(grade);
}
