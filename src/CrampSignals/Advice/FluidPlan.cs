namespace CrampSignals.Advice;

/// <summary>
/// The hydration rule's amounts worked out for one run: drinks during it (one per 15-20 minutes, 4-6 oz each),
/// water before it (4-8 oz) and, with body masses, what to drink after it (at least 20 oz per lb lost).
/// </summary>
/// <param name="RunMinutes">The run's length the plan is for.</param>
/// <param name="DrinksLow">Drinks during the run at one per 20 minutes (rounded).</param>
/// <param name="DrinksHigh">Drinks during the run at one per 15 minutes (rounded).</param>
/// <param name="DuringOuncesLow">Total during the run at the low end: <paramref name="DrinksLow"/> × 4 oz.</param>
/// <param name="DuringOuncesHigh">Total during the run at the high end: <paramref name="DrinksHigh"/> × 6 oz.</param>
/// <param name="MassLossKg">Body mass lost over the run, kg (negative for a gain), when both masses are known.</param>
/// <param name="ReplaceAfterMillilitersAtLeast">Water to drink after the run, ml, at least; null without a loss.</param>
internal sealed record FluidPlan(
    double RunMinutes,
    int DrinksLow,
    int DrinksHigh,
    double DuringOuncesLow,
    double DuringOuncesHigh,
    double? MassLossKg,
    double? ReplaceAfterMillilitersAtLeast)
{
    /// <summary>Water before the run, oz: low end.</summary>
    public const double BeforeOuncesLow = 4;
    /// <summary>Water before the run, oz: high end.</summary>
    public const double BeforeOuncesHigh = 8;
    /// <summary>One drink during the run, oz: low end.</summary>
    public const double DrinkOuncesLow = 4;
    /// <summary>One drink during the run, oz: high end.</summary>
    public const double DrinkOuncesHigh = 6;
    /// <summary>Minutes between drinks: shortest.</summary>
    public const double MinutesBetweenDrinksLow = 15;
    /// <summary>Minutes between drinks: longest.</summary>
    public const double MinutesBetweenDrinksHigh = 20;

    /// <summary>Works out the plan for a run of <paramref name="runMinutes"/>, with optional body masses before and after.</summary>
    public static FluidPlan For(double runMinutes, double? massBeforeKg = null, double? massAfterKg = null)
    {
        if (double.IsNaN(runMinutes) || runMinutes < 0) runMinutes = 0;
        var low = (int)Math.Round(runMinutes / MinutesBetweenDrinksHigh, MidpointRounding.AwayFromZero);
        var high = Math.Max(low, (int)Math.Round(runMinutes / MinutesBetweenDrinksLow, MidpointRounding.AwayFromZero));
        double? loss = massBeforeKg is double b && massAfterKg is double a ? b - a : null;
        double? replace = loss is > 0 ? Units.KilogramsToPounds(loss.Value) * RuleBook.OuncesPerPoundLost * Units.MillilitersPerOunce : null;
        return new FluidPlan(runMinutes, low, high, low * DrinkOuncesLow, high * DrinkOuncesHigh, loss, replace);
    }

    /// <summary>Share of body mass lost, %, given the mass before; null without masses.</summary>
    public double? MassLossPercent(double? massBeforeKg) =>
        MassLossKg is double loss && massBeforeKg is > 0 ? 100 * loss / massBeforeKg.Value : null;
}
