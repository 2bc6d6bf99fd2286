namespace CrampSignals.Simulation;

/// <summary>
/// The energy cost of running on a slope (Minetti et al. 2002, J Appl Physiol): joules per kilogram per metre as a
/// fifth-order polynomial in the grade (rise over run). It sets how much a runner slows uphill and speeds up downhill.
/// </summary>
internal static class Minetti
{
    /// <summary>Cost on the flat, J/kg/m.</summary>
    public const double FlatCost = 3.6;

    /// <summary>The cost at <paramref name="grade"/> (0.05 = 5 % up), clamped to the ±45 % the fit covers.</summary>
    public static double Cost(double grade)
    {
        var i = Math.Clamp(grade, -0.45, 0.45);
        return ((((155.4 * i - 30.4) * i - 43.3) * i + 46.3) * i + 19.5) * i + 3.6;
    }

    /// <summary>How many times the flat cost running at <paramref name="grade"/> takes.</summary>
    public static double RelativeCost(double grade) => Cost(grade) / FlatCost;
}
