namespace CrampSignals.Signals;

/// <summary>
/// Names of the evidence numbers the detectors attach to findings. The advice layer personalises with them,
/// so a detector that has one of these numbers uses this name and unit.
/// </summary>
internal static class EvidenceNames
{
    /// <summary>Length of the finding, "s".</summary>
    public const string DurationSeconds = "duration_s";
    /// <summary>Rise of speed over its baseline, "%".</summary>
    public const string SpeedIncreasePercent = "speed_increase_pct";
    /// <summary>Baseline (rolling median) speed, "m/s".</summary>
    public const string BaselineSpeed = "baseline_speed_mps";
    /// <summary>Peak or mean speed during the finding, "m/s".</summary>
    public const string Speed = "speed_mps";
    /// <summary>Pace of the first part of the run, "s/km".</summary>
    public const string FirstPartPace = "first_part_pace_s_per_km";
    /// <summary>Pace of the rest of the run, "s/km".</summary>
    public const string RestPace = "rest_pace_s_per_km";
    /// <summary>How much faster the first part was than the rest, "%".</summary>
    public const string PositiveSplitPercent = "positive_split_pct";
    /// <summary>Length of the first part in the fast-start comparison, "km".</summary>
    public const string FirstPartDistanceKm = "first_part_km";
    /// <summary>Minutes above the heat threshold, "min".</summary>
    public const string MinutesAboveThreshold = "minutes_above_threshold";
    /// <summary>The temperature threshold used, "°C".</summary>
    public const string ThresholdTemperature = "threshold_c";
    /// <summary>Highest temperature, "°C".</summary>
    public const string MaxTemperature = "max_temperature_c";
    /// <summary>Mean temperature, "°C".</summary>
    public const string MeanTemperature = "mean_temperature_c";
    /// <summary>Heat index (from weather input), "°C".</summary>
    public const string HeatIndex = "heat_index_c";
    /// <summary>Estimated wet-bulb globe temperature (from weather input), "°C".</summary>
    public const string Wbgt = "wbgt_c";
    /// <summary>Relative humidity (from weather input), "%".</summary>
    public const string RelativeHumidity = "relative_humidity_pct";
    /// <summary>Local clock hour at the start of the finding, "h".</summary>
    public const string LocalStartHour = "local_start_hour";
    /// <summary>Minutes run within the hot hours, "min".</summary>
    public const string MinutesInHotHours = "minutes_in_hot_hours";
    /// <summary>Drop of cadence below its baseline, "%".</summary>
    public const string CadenceDropPercent = "cadence_drop_pct";
    /// <summary>Baseline cadence, "spm".</summary>
    public const string BaselineCadence = "baseline_cadence_spm";
    /// <summary>Cadence during the finding, "spm".</summary>
    public const string Cadence = "cadence_spm";
    /// <summary>Speed of the first minutes as a percentage of the run's typical speed, "%".</summary>
    public const string WarmUpSpeedPercentOfTypical = "warm_up_speed_pct_of_typical";
    /// <summary>Length of the warm-up window examined, "min".</summary>
    public const string WarmUpMinutes = "warm_up_min";
    /// <summary>Speed just before the stop, "m/s".</summary>
    public const string SpeedBeforeStop = "speed_before_stop_mps";
    /// <summary>Time taken to come down from running pace to a walk or stop, "s".</summary>
    public const string EaseDownSeconds = "ease_down_s";
    /// <summary>Moving time of the whole run, "min".</summary>
    public const string RunMinutes = "run_min";
    /// <summary>Aerobic decoupling: how far heart rate rose above what the pace needs over the steady running, "%".</summary>
    public const string DecouplingPercent = "decoupling_pct";
    /// <summary>Heart rate at the start of a comparison, "bpm".</summary>
    public const string HeartRateStart = "heart_rate_start_bpm";
    /// <summary>Heart rate at the end of a comparison, "bpm".</summary>
    public const string HeartRateEnd = "heart_rate_end_bpm";

    /// <summary>The words a reader sees for an evidence name ("heart_rate_ratio" is "heart rate"): field names stay in the JSON.</summary>
    public static string Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.EndsWith("_ratio", StringComparison.Ordinal)) name = name[..^"_ratio".Length];
        foreach (var unit in UnitSuffixes)
            if (name.EndsWith(unit, StringComparison.Ordinal) && name.Length > unit.Length) { name = name[..^unit.Length]; break; }
        return name.Replace('_', ' ');
    }

    // Longest first, so "_s_per_km" is not cut as "_km".
    private static readonly string[] UnitSuffixes = ["_s_per_km", "_pct_of_typical", "_pct", "_mps", "_spm", "_bpm", "_min", "_km", "_c", "_s"];
}
