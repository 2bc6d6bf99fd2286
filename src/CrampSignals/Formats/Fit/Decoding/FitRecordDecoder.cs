using System.Runtime.CompilerServices;
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

    // AggressiveOptimization on this file's loops over every second or record: compiled optimised at the first call, not
    // once unoptimised and again when hot (docs/tuning-log.md, "optimised from the first call").
    /// <summary>Appends the reader's current record message as a row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Decode(ref FitReader reader, SampleTableBuilder table)
    {
        var layout = FitRecordLayout.For(reader.Definition);
        var p = reader.Payload;
        // A new row is all missing: only the values the record has are written.
        table.AddRow(reader.HasTimestamp ? reader.Timestamp + (double)FitTimestamps.EpochUnixSeconds : double.NaN);

        var lat = layout.Latitude.Read(p);
        var lon = layout.Longitude.Read(p);
        if (!double.IsNaN(lat) && !double.IsNaN(lon))
        {
            table.Set(SampleChannel.Latitude, lat * Semicircles.DegreesPerSemicircle);
            table.Set(SampleChannel.Longitude, lon * Semicircles.DegreesPerSemicircle);
        }

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
        if (!double.IsNaN(distance)) table.Set(SampleChannel.Distance, distance / 100.0);
        if (!double.IsNaN(speed)) table.Set(SampleChannel.Speed, speed / 1000.0);

        var altitude = layout.EnhancedAltitude.Read(p);
        if (double.IsNaN(altitude)) altitude = layout.Altitude.Read(p);
        if (!double.IsNaN(altitude)) table.Set(SampleChannel.Altitude, altitude / 5.0 - 500.0);

        var hr = layout.HeartRate.Read(p);
        if (!double.IsNaN(hr)) table.Set(SampleChannel.HeartRate, hr);

        var cadence = layout.Cadence.Read(p);
        if (!double.IsNaN(cadence))
        {
            var fraction = layout.FractionalCadence.Read(p);
            table.Set(SampleChannel.Cadence, double.IsNaN(fraction) ? cadence : cadence + fraction / 128.0);
        }

        var temperature = layout.Temperature.Read(p);
        if (!double.IsNaN(temperature)) table.Set(SampleChannel.Temperature, temperature);
        var power = layout.Power.Read(p);
        if (!double.IsNaN(power)) table.Set(SampleChannel.Power, power);
    }
}
