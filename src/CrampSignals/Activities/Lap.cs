namespace CrampSignals.Activities;

/// <summary>One lap of an activity.</summary>
/// <param name="Start">Start of the lap, UTC.</param>
/// <param name="ElapsedSeconds">Wall-clock length of the lap in seconds (NaN when unknown).</param>
/// <param name="TimerSeconds">Timer time of the lap in seconds, pauses excluded (NaN when unknown).</param>
/// <param name="DistanceMeters">Distance covered in metres (NaN when unknown).</param>
public sealed record Lap(DateTime Start, double ElapsedSeconds, double TimerSeconds, double DistanceMeters);
