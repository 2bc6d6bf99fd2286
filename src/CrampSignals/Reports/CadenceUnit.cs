using CrampSignals.Activities;

namespace CrampSignals.Reports;

/// <summary>
/// The unit cadence is shown in, by sport: the readers put foot sports in steps per minute and keep a ride's
/// revolutions per minute, so a ride labelled "spm" would be wrong. A sport the file did not name is shown per minute.
/// </summary>
internal static class CadenceUnit
{
    /// <summary>"spm", "rpm" or "per min", after a number.</summary>
    public static string Short(Sport sport) => sport == Sport.Cycling ? "rpm" : sport.IsOnFoot() ? "spm" : "per min";

    /// <summary>"steps/min", "rpm" or "per min", in a title.</summary>
    public static string Long(Sport sport) => sport == Sport.Cycling ? "rpm" : sport.IsOnFoot() ? "steps/min" : "per min";
}
