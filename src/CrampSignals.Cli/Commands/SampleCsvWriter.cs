using System.Globalization;
using CrampSignals.Activities;

namespace CrampSignals.Cli.Commands;

/// <summary>Writes a <see cref="SampleTable"/> as CSV: invariant culture, ISO-8601 UTC times, empty cells where a value is missing.</summary>
internal static class SampleCsvWriter
{
    /// <summary>The header line, in column order.</summary>
    public const string Header = "time,elapsed_s,lat,lon,distance_m,speed_mps,altitude_m,heart_rate_bpm,cadence,temperature_c,power_w";

    private static readonly SampleChannel[] Columns =
    [
        SampleChannel.Latitude, SampleChannel.Longitude, SampleChannel.Distance, SampleChannel.Speed, SampleChannel.Altitude,
        SampleChannel.HeartRate, SampleChannel.Cadence, SampleChannel.Temperature, SampleChannel.Power,
    ];

    /// <summary>Writes the header and one line per sample, in file order.</summary>
    public static void Write(SampleTable samples, TextWriter output)
    {
        output.Write(Header);
        output.Write('\n');
        var time = samples.UnixSeconds;
        var first = samples.FirstUnixSeconds;
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < samples.Count; i++)
        {
            var t = time[i];
            if (!double.IsNaN(t))
            {
                output.Write(UtcText.Format(t));
                output.Write(',');
                WriteNumber(output, t - first, buffer);
            }
            else
            {
                output.Write(',');
            }
            foreach (var column in Columns)
            {
                output.Write(',');
                WriteNumber(output, samples[column][i], buffer);
            }
            output.Write('\n');
        }
    }

    private static void WriteNumber(TextWriter output, double value, Span<char> buffer)
    {
        if (!double.IsFinite(value)) return;
        // Scaled FIT values carry binary noise (502.2 - 500 = 2.1999999999999886); nine decimals is far below
        // any sensor's resolution (1e-9 degrees is 0.1 mm) and prints what the device meant.
        value = Math.Round(value, 9);
        if (value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture)) output.Write(buffer[..written]);
        else output.Write(value.ToString("R", CultureInfo.InvariantCulture));
    }
}
