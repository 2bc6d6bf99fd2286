namespace CrampSignals.Tests.Probe;

/// <summary>Where a run happens: position, standard UTC offset and which summer-time rule the clocks follow.</summary>
internal sealed record Place(string Name, double Latitude, double Longitude, double StandardOffsetHours, int SummerTime)
{
    public const int NoSummerTime = 0, NorthernSummerTime = 1, SouthernSummerTime = 2;

    /// <summary>Months chosen so summer time is unambiguous in every place listed (no March, April, September, October).</summary>
    public static readonly int[] Months = [1, 2, 5, 6, 7, 8, 11, 12];

    public static readonly Place[] All =
    [
        new("Berlin", 52.52, 13.40, 1, NorthernSummerTime),
        new("Denver", 39.74, -104.99, -7, NorthernSummerTime),
        new("Sydney", -33.87, 151.21, 10, SouthernSummerTime),
        new("Singapore", 1.35, 103.82, 8, NoSummerTime),
        new("Cape Town", -33.92, 18.42, 2, NoSummerTime),
        new("Buenos Aires", -34.60, -58.38, -3, NoSummerTime),
        new("Tokyo", 35.68, 139.69, 9, NoSummerTime),
        new("Madrid", 40.42, -3.70, 1, NorthernSummerTime),
        new("Phoenix", 33.45, -112.07, -7, NoSummerTime),
        new("Perth", -31.95, 115.86, 8, NoSummerTime),
    ];

    public bool Southern => Latitude < 0;

    public TimeSpan CivilOffset(int month)
    {
        var summer = SummerTime switch
        {
            NorthernSummerTime => month is >= 5 and <= 8,
            SouthernSummerTime => month is 11 or 12 or 1 or 2,
            _ => false,
        };
        return TimeSpan.FromHours(StandardOffsetHours + (summer ? 1 : 0));
    }

    public TimeSpan SolarOffset => TimeSpan.FromHours(Longitude / 15);

    public bool WarmMonth(int month) => Southern ? month is 11 or 12 or 1 or 2 or 3 : month is >= 5 and <= 9;
}
