namespace CrampSignals.Activities;

/// <summary>One session of an activity (a multisport file has one per leg). Missing numbers are NaN.</summary>
/// <param name="Start">Start of the session, UTC.</param>
/// <param name="Sport">The session's sport.</param>
/// <param name="SubSport">FIT <c>sub_sport</c> number (0 = generic), when known.</param>
/// <param name="ElapsedSeconds">Wall-clock length in seconds.</param>
/// <param name="TimerSeconds">Timer time in seconds, pauses excluded.</param>
/// <param name="DistanceMeters">Distance in metres.</param>
/// <param name="AverageHeartRateBpm">Average heart rate in beats per minute.</param>
/// <param name="AverageCadence">Average cadence as the file stores it (FIT: strides per minute of one foot for running).</param>
/// <param name="AverageTemperatureCelsius">Average temperature in °C.</param>
/// <param name="MaxTemperatureCelsius">Maximum temperature in °C.</param>
public sealed record ActivitySession(
    DateTime Start,
    Sport Sport,
    int? SubSport,
    double ElapsedSeconds,
    double TimerSeconds,
    double DistanceMeters,
    double AverageHeartRateBpm,
    double AverageCadence,
    double AverageTemperatureCelsius,
    double MaxTemperatureCelsius)
{
    /// <summary>Highest heart rate in beats per minute, as the device gives it (FIT <c>max_heart_rate</c>); NaN when unknown.</summary>
    public double MaxHeartRateBpm { get; init; } = double.NaN;
}
