using CrampSignals.Activities;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit.Decoding;

/// <summary>
/// Turns record messages into sample-table rows: units applied, enhanced fields preferred, and
/// <c>compressed_speed_distance</c> expanded with its distance accumulated across records (12-bit rollover), as Garmin's
/// decoder does. Cadence is stored raw (cadence + fractional); the sport decides later whether it is doubled.
/// </summary>
internal sealed class FitRecordDecoder
{
    // compressed_speed_distance distance accumulator, in 1/16 m, and the last 12-bit value seen.
    private long _accumulatedSixteenths;
    private long _lastSixteenths;

    /// <summary>Appends the reader's current record message as a row.</summary>
    public void Decode(ref FitReader reader, SampleTableBuilder table)
    {
        var layout = FitRecordLayout.For(reader.Definition);
        var p = reader.Payload;
        // Every channel of the row is assigned below, so the row needs no filling first.
        Span<double> row = stackalloc double[SampleTable.ChannelCount];

        var lat = layout.Latitude.Read(p);
        var lon = layout.Longitude.Read(p);
        var position = !double.IsNaN(lat) && !double.IsNaN(lon);
        row[(int)SampleChannel.Latitude] = position ? lat * Semicircles.DegreesPerSemicircle : double.NaN;
        row[(int)SampleChannel.Longitude] = position ? lon * Semicircles.DegreesPerSemicircle : double.NaN;

        var distance = layout.Distance.Read(p);
        var speed = layout.EnhancedSpeed.Read(p);
        if (double.IsNaN(speed)) speed = layout.Speed.Read(p);
        // Garmin's decoder expands components only for messages with a normal header: a compressed-timestamp record keeps
        // its compressed_speed_distance unexpanded (the SDK gives such records no speed or distance), and so do we.
        if (!reader.IsCompressedTimestamp)
        {
            if (!double.IsNaN(distance))
            {
                // A full distance re-bases the accumulator, in the component's units (1/16 m), truncated like the SDK.
                _accumulatedSixteenths = (long)(distance / 100.0 * 16.0);
                _lastSixteenths = _accumulatedSixteenths;
            }
            if (layout.CompressedSpeedDistance.How != FitFieldRead.Absent && layout.CompressedSpeedDistance.Size >= 3)
            {
                var csd = p.Slice(layout.CompressedSpeedDistance.Offset, 3);
                if (FitValues.HasBytes(csd))
                {
                    var speed12 = csd[0] | (csd[1] & 0x0F) << 8;
                    var distance12 = (csd[1] >> 4) | csd[2] << 4;
                    _accumulatedSixteenths += (distance12 - _lastSixteenths) & 0xFFF;
                    _lastSixteenths = distance12;
                    if (double.IsNaN(speed)) speed = speed12 * 10.0; // in mm/s, like the speed field's raw units
                    if (double.IsNaN(distance)) distance = _accumulatedSixteenths / 16.0 * 100.0;
                }
            }
        }
        row[(int)SampleChannel.Distance] = double.IsNaN(distance) ? double.NaN : distance / 100.0;
        row[(int)SampleChannel.Speed] = double.IsNaN(speed) ? double.NaN : speed / 1000.0;

        var altitude = layout.EnhancedAltitude.Read(p);
        if (double.IsNaN(altitude)) altitude = layout.Altitude.Read(p);
        row[(int)SampleChannel.Altitude] = double.IsNaN(altitude) ? double.NaN : altitude / 5.0 - 500.0;

        row[(int)SampleChannel.HeartRate] = Value(layout.HeartRate.Read(p));

        var cadence = layout.Cadence.Read(p);
        var fraction = layout.FractionalCadence.Read(p);
        row[(int)SampleChannel.Cadence] = double.IsNaN(cadence) ? double.NaN
            : double.IsNaN(fraction) ? cadence : cadence + fraction / 128.0;

        row[(int)SampleChannel.Temperature] = Value(layout.Temperature.Read(p));
        row[(int)SampleChannel.Power] = Value(layout.Power.Read(p));
        table.AddRow(reader.HasTimestamp ? reader.Timestamp + (double)FitTimestamps.EpochUnixSeconds : double.NaN, row);
    }

    // A float field may hold a NaN other than the invalid pattern: every missing value is the one NaN.
    private static double Value(double raw) => double.IsNaN(raw) ? double.NaN : raw;
}
