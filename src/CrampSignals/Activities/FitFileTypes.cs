using System.Globalization;

namespace CrampSignals.Activities;

/// <summary>Names of the FIT profile's <c>file</c> type, for saying why a FIT file that is not an activity is skipped.</summary>
internal static class FitFileTypes
{
    /// <summary>A readable name of FIT file type <paramref name="type"/> ("settings", "monitoring", "course").</summary>
    public static string Name(int type) => type switch
    {
        1 => "device",
        2 => "settings",
        3 => "sport settings",
        4 => "activity",
        5 => "workout",
        6 => "course (route)",
        7 => "schedules",
        9 => "weight scale",
        10 => "totals",
        11 => "goals",
        14 => "blood pressure",
        15 or 32 => "monitoring",
        20 => "activity summary",
        28 => "daily monitoring",
        34 => "segment",
        35 => "segment list",
        40 => "data field configuration",
        >= 0xF7 and <= 0xFE => "manufacturer-specific",
        _ => "type " + type.ToString(CultureInfo.InvariantCulture),
    };
}
