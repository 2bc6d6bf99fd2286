using System.CommandLine;
using System.Text.Json;
using CrampSignals.Activities;
using CrampSignals.Formats;
using CrampSignals.Reports;

namespace CrampSignals.Cli.Commands;

/// <summary><c>samples FILE</c>: the sample table as CSV or JSON.</summary>
internal static class SamplesCommand
{
    public static Command Create(CliContext context)
    {
        var file = CommonOptions.FileArgument();
        var format = CommonOptions.Format("csv", "csv", "json");
        var command = new Command("samples", "Print the sample table, one row per record or trackpoint in file order (chained FIT files included). " +
            "Units: cadence is steps per minute (both feet) for running, walking and hiking, whatever the file counted, " +
            "and as written (revolutions per minute) for rides and other sports; altitude_m is the altitude as recorded, " +
            "before the spike filter the reports use.")
        {
            file, format,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var activity = ActivityFile.Load(path);
            if (parse.GetValue(format) == "json") WriteJson(activity.Samples, context.Out);
            else SampleCsvWriter.Write(activity.Samples, context.Out);
            WarningPrinter.Print(activity, path, context.Error);
            return CliApp.Success;
        });
        return command;
    }

    private static readonly (string Name, SampleChannel Channel)[] Columns =
    [
        ("lat", SampleChannel.Latitude), ("lon", SampleChannel.Longitude), ("distance_m", SampleChannel.Distance),
        ("speed_mps", SampleChannel.Speed), ("altitude_m", SampleChannel.Altitude), ("heart_rate_bpm", SampleChannel.HeartRate),
        ("cadence", SampleChannel.Cadence), ("temperature_c", SampleChannel.Temperature), ("power_w", SampleChannel.Power),
    ];

    /// <summary>Bytes of JSON held before they go to the output: the peak memory of the command does not grow with the file.</summary>
    private const int FlushBytes = 64 * 1024;

    private static void WriteJson(SampleTable samples, TextWriter o)
    {
        using var stream = new MemoryStream(2 * FlushBytes);
        var chars = new char[System.Text.Encoding.UTF8.GetMaxCharCount(4 * FlushBytes)];
        var decoder = System.Text.Encoding.UTF8.GetDecoder();
        void Drain(Utf8JsonWriter w)
        {
            w.Flush();
            var n = decoder.GetChars(stream.GetBuffer(), 0, (int)stream.Length, chars, 0, flush: false);
            o.Write(chars, 0, n);
            stream.SetLength(0);
        }
        using (var w = new Utf8JsonWriter(stream))
        {
            var time = samples.UnixSeconds;
            var first = samples.FirstUnixSeconds;
            w.WriteStartArray();
            for (var i = 0; i < samples.Count; i++)
            {
                w.WriteStartObject();
                if (double.IsNaN(time[i])) { w.WriteNull("time"); w.WriteNull("elapsed_s"); }
                else { w.WriteString("time", UtcText.Format(time[i])); w.WriteNumber("elapsed_s", time[i] - first); }
                foreach (var (name, channel) in Columns)
                {
                    // JSON has no infinities; the readers already make them missing, this keeps the writer safe on any table.
                    var v = samples[channel][i];
                    if (!double.IsFinite(v)) w.WriteNull(name); else w.WriteNumber(name, v);
                }
                w.WriteEndObject();
                if (w.BytesPending + stream.Length >= FlushBytes) Drain(w);
            }
            w.WriteEndArray();
            Drain(w);
        }
        o.WriteLine();
    }
}
