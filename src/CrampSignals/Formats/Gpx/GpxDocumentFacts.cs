using CrampSignals.Formats;

namespace CrampSignals.Formats.Gpx;

/// <summary>What a GPX document says besides its points, as the activity needs it.</summary>
internal sealed record GpxDocumentFacts(
    string? Version, string? Creator, string? MetadataName, string? FirstTrackName, string? FirstTrackType,
    int TrackCount, int SegmentCount, int TrackPointCount, int RouteCount, int RoutePointCount, int WaypointCount,
    WarningCollector Warnings)
{
    /// <summary>The facts a <see cref="GpxReader"/> has gathered so far.</summary>
    public static GpxDocumentFacts Of(GpxReader gpx) => new(
        gpx.Version, gpx.Creator, gpx.MetadataName, gpx.FirstTrackName, gpx.FirstTrackType,
        gpx.TrackCount, gpx.SegmentCount, gpx.TrackPointCount, gpx.RouteCount, gpx.RoutePointCount, gpx.WaypointCount,
        gpx.Warnings);
}
