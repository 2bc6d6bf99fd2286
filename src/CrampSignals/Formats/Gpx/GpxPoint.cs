namespace CrampSignals.Formats.Gpx;

/// <summary>
/// The values of one GPX point (<c>trkpt</c>, <c>rtept</c> or <c>wpt</c>) as the file writes them, extension values
/// included. Missing numbers are NaN. Cadence is raw: Garmin writes revolutions (cycling) or strides of one foot (running).
/// </summary>
public struct GpxPoint
{
    /// <summary>A point with nothing known.</summary>
    public static GpxPoint Empty => new()
    {
        Latitude = double.NaN,
        Longitude = double.NaN,
        ElevationMeters = double.NaN,
        UnixSeconds = double.NaN,
        HeartRateBpm = double.NaN,
        Cadence = double.NaN,
        AirTemperatureCelsius = double.NaN,
        WaterTemperatureCelsius = double.NaN,
        PowerWatts = double.NaN,
        SpeedMetersPerSecond = double.NaN,
        CourseDegrees = double.NaN,
    };

    /// <summary>Latitude in degrees (the <c>lat</c> attribute).</summary>
    public double Latitude { readonly get; internal set; }

    /// <summary>Longitude in degrees (the <c>lon</c> attribute).</summary>
    public double Longitude { readonly get; internal set; }

    /// <summary>Elevation in metres (<c>ele</c>).</summary>
    public double ElevationMeters { readonly get; internal set; }

    /// <summary>Time as Unix seconds, UTC (<c>time</c>; no zone is read as UTC); NaN when absent or unreadable.</summary>
    public double UnixSeconds { readonly get; internal set; }

    /// <summary>Time as UTC ticks, 0 when absent; exact where <see cref="UnixSeconds"/> is a rounded double.</summary>
    public long UtcTicks { readonly get; internal set; }

    /// <summary>The numeric UTC offset the time was written with ("+02:00"), null for "Z" or no zone.</summary>
    public TimeSpan? UtcOffset { readonly get; internal set; }

    /// <summary>Heart rate in beats per minute (extension <c>hr</c>).</summary>
    public double HeartRateBpm { readonly get; internal set; }

    /// <summary>Cadence as written (extension <c>cad</c>): per leg for running.</summary>
    public double Cadence { readonly get; internal set; }

    /// <summary>Air temperature in °C (extension <c>atemp</c>).</summary>
    public double AirTemperatureCelsius { readonly get; internal set; }

    /// <summary>Water temperature in °C (extension <c>wtemp</c>).</summary>
    public double WaterTemperatureCelsius { readonly get; internal set; }

    /// <summary>Power in watts (a <c>power</c> element in the extensions).</summary>
    public double PowerWatts { readonly get; internal set; }

    /// <summary>Speed in m/s (extension <c>speed</c>, or the GPX 1.0 <c>speed</c> child).</summary>
    public double SpeedMetersPerSecond { readonly get; internal set; }

    /// <summary>Course in degrees (extension <c>course</c>, or the GPX 1.0 <c>course</c> child).</summary>
    public double CourseDegrees { readonly get; internal set; }

    /// <summary>The point's <c>name</c>, if any.</summary>
    public string? Name { readonly get; internal set; }

    /// <summary>The point's <c>desc</c>, if any.</summary>
    public string? Description { readonly get; internal set; }

    /// <summary>The point's <c>cmt</c>, if any.</summary>
    public string? Comment { readonly get; internal set; }

    /// <summary>The time as a UTC <see cref="DateTime"/>, or null when the point has none.</summary>
    public readonly DateTime? Time => double.IsNaN(UnixSeconds) ? null : new DateTime(UtcTicks, DateTimeKind.Utc);

    /// <summary>True when the point has both coordinates.</summary>
    public readonly bool HasPosition => !double.IsNaN(Latitude) && !double.IsNaN(Longitude);
}
