namespace CrampSignals.Signals.Detectors;

/// <summary>
/// How every detector grades what it measured: a value at or past the moderate rung is moderate, at or past the high
/// rung high, anything less low. One ladder, so that "moderate" means the same step on every signal.
/// </summary>
internal static class SeverityLadder
{
    /// <summary>The severity of <paramref name="value"/> on a ladder with rungs at <paramref name="moderateAt"/> and <paramref name="highAt"/>.</summary>
    public static Severity Of(double value, double moderateAt, double highAt = double.PositiveInfinity) =>
        value >= highAt ? Severity.High : value >= moderateAt ? Severity.Moderate : Severity.Low;
}
