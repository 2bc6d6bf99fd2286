namespace CrampSignals.Formats.Gpx;

/// <summary>What a <see cref="GpxReader"/> is positioned on after <see cref="GpxReader.Read"/>.</summary>
public enum GpxTokenType
{
    /// <summary>Nothing read yet.</summary>
    None,
    /// <summary>The <c>&lt;gpx&gt;</c> root: <see cref="GpxReader.Version"/> and <see cref="GpxReader.Creator"/> are known.</summary>
    Metadata,
    /// <summary>A <c>&lt;trk&gt;</c> begins: <see cref="GpxReader.TrackIndex"/>, <see cref="GpxReader.TrackName"/>, <see cref="GpxReader.TrackType"/>.</summary>
    TrackStart,
    /// <summary>A <c>&lt;trkseg&gt;</c> begins: <see cref="GpxReader.SegmentIndex"/>.</summary>
    SegmentStart,
    /// <summary>A <c>&lt;trkpt&gt;</c>: its values are in <see cref="GpxReader.Point"/>.</summary>
    TrackPoint,
    /// <summary>A <c>&lt;rte&gt;</c> begins: <see cref="GpxReader.RouteIndex"/>, <see cref="GpxReader.RouteName"/>.</summary>
    RouteStart,
    /// <summary>A <c>&lt;rtept&gt;</c> (a planned point, not a recorded sample): its values are in <see cref="GpxReader.Point"/>.</summary>
    RoutePoint,
    /// <summary>A <c>&lt;wpt&gt;</c>: its values are in <see cref="GpxReader.Point"/>.</summary>
    Waypoint,
    /// <summary>The root element closed; <see cref="GpxReader.Read"/> returns false from here on.</summary>
    End,
}
