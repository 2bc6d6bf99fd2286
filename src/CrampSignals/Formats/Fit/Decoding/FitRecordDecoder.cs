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
        Span<double> raw = stackalloc double[FitRecordLayout.SlotCount];
        raw.Fill(double.NaN);
        layout.Read(p, raw);
        Span<double> row = stackalloc double[SampleTable.ChannelCount];
        row.Fill(double.NaN);

        var lat = raw[FitRecordLayout.Latitude];
        var lon = raw[FitRecordLayout.Longitude];
        if (!double.IsNaN(lat) && !double.IsNaN(lon))
        {
            row[(int)SampleChannel.Latitude] = lat * Semicircles.DegreesPerSemicircle;
            row[(int)SampleChannel.Longitude] = lon * Semicircles.DegreesPerSemicircle;
        }

        var distance = raw[FitRecordLayout.Distance];
        var speed = raw[FitRecordLayout.EnhancedSpeed];
        if (double.IsNaN(speed)) speed = raw[FitRecordLayout.Speed];
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
            if (layout.CompressedSpeedDistanceOffset >= 0 && layout.CompressedSpeedDistanceSize >= 3)
            {
                var csd = p.Slice(layout.CompressedSpeedDistanceOffset, 3);
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
        if (!double.IsNaN(distance)) row[(int)SampleChannel.Distance] = distance / 100.0;
        if (!double.IsNaN(speed)) row[(int)SampleChannel.Speed] = speed / 1000.0;

        var altitude = raw[FitRecordLayout.EnhancedAltitude];
        if (double.IsNaN(altitude)) altitude = raw[FitRecordLayout.Altitude];
        if (!double.IsNaN(altitude)) row[(int)SampleChannel.Altitude] = altitude / 5.0 - 500.0;

        row[(int)SampleChannel.HeartRate] = Value(raw[FitRecordLayout.HeartRate]);

        var cadence = raw[FitRecordLayout.Cadence];
        if (!double.IsNaN(cadence))
        {
            var fraction = raw[FitRecordLayout.FractionalCadence];
            row[(int)SampleChannel.Cadence] = double.IsNaN(fraction) ? cadence : cadence + fraction / 128.0;
        }

        row[(int)SampleChannel.Temperature] = Value(raw[FitRecordLayout.Temperature]);
        row[(int)SampleChannel.Power] = Value(raw[FitRecordLayout.Power]);
        table.AddRow(reader.HasTimestamp ? reader.Timestamp + (double)FitTimestamps.EpochUnixSeconds : double.NaN, row);
    }

    // A float field may hold a NaN other than the invalid pattern: every missing value is the one NaN.
    private static double Value(double raw) => double.IsNaN(raw) ? double.NaN : raw;
}
