using System.Text;
using CrampSignals.Activities;
using CrampSignals.Formats.Fit;

using CrampSignals.Text;
namespace CrampSignals.Fuzz;

/// <summary>Large inputs for the memory measurements in docs/limits.md: made, never stored.</summary>
public static class LargeInputs
{
    /// <summary>A FIT run of <paramref name="records"/> one-second records with every channel a watch records.</summary>
    public static void WriteFit(string path, int records)
    {
        var b = new SampleTableBuilder(records);
        var start = UnixTime.FromDateTime(new DateTime(2024, 6, 1, 6, 0, 0, DateTimeKind.Utc));
        double distance = 0;
        for (var i = 0; i < records; i++)
        {
            var speed = 3 + 0.5 * Math.Sin(i / 300.0);
            distance += speed;
            b.AddRow(start + i);
            b.Set(SampleChannel.Latitude, 45 + distance / 111_000 % 1);
            b.Set(SampleChannel.Longitude, 9 + Math.Sin(i / 1000.0) * 0.01);
            b.Set(SampleChannel.Distance, distance);
            b.Set(SampleChannel.Speed, speed);
            b.Set(SampleChannel.Altitude, 200 + 50 * Math.Sin(i / 1800.0));
            b.Set(SampleChannel.HeartRate, 140 + 10 * Math.Sin(i / 600.0));
            b.Set(SampleChannel.Cadence, 170 + 4 * Math.Sin(i / 120.0));
            b.Set(SampleChannel.Temperature, 20 + 5 * Math.Sin(i / 43_200.0));
            b.Set(SampleChannel.Power, 250 + 30 * Math.Sin(i / 90.0));
        }
        var activity = new Activity { Sport = Sport.Running, StartTime = UnixTime.ToDateTime(start), Samples = b.Build() };
        using var file = File.Create(path);
        FitActivityWriter.Write(activity, file);
    }

    /// <summary>A weather CSV of a valid header and <paramref name="megabytes"/> MB of lines that are not observations.</summary>
    public static void WriteGarbageWeather(string path, int megabytes)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.Write("time,temperature_c,humidity_pct\n");
        var rng = new Random(7);
        var line = new char[60];
        long written = 0;
        while (written < megabytes * 1_000_000L)
        {
            for (var i = 0; i < line.Length; i++) line[i] = (char)rng.Next(33, 127);
            line[10] = ',';
            line[25] = ',';
            w.Write(line);
            w.Write('\n');
            written += line.Length + 1;
        }
    }
}
