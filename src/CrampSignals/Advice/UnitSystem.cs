namespace CrampSignals.Advice;

/// <summary>The units a report speaks to the runner in. Stored values stay SI either way; only what is printed changes.</summary>
public enum UnitSystem
{
    /// <summary>Kilometres, min/km, °C, millilitres first.</summary>
    Metric,

    /// <summary>Miles, min/mi, °F, fluid ounces first.</summary>
    Imperial,
}
