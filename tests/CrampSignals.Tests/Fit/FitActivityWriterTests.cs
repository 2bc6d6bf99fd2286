using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Fit.Model;
using CrampSignals.Formats.Fit.Protocol;

using CrampSignals.Text;
namespace CrampSignals.Tests.Fit;

public class FitActivityWriterTests
{
    internal static Activity MakeRun(int seconds, int seed = 1, Sport sport = Sport.Running)
    {
        var random = new Random(seed);
        var b = new SampleTableBuilder(seconds);
        var start = 1_700_000_000.0;
        double distance = 0, lat = 46.05, lon = 14.5;
        for (var i = 0; i < seconds; i++)
        {
            b.AddRow(start + i);
            var speed = 2.5 + random.NextDouble();
            distance += speed;
            lat += random.NextDouble() * 1e-5;
            lon -= random.NextDouble() * 1e-5;
            b.Set(SampleChannel.Latitude, lat);
            b.Set(SampleChannel.Longitude, lon);
            b.Set(SampleChannel.Distance, distance);
            b.Set(SampleChannel.Speed, speed);
            b.Set(SampleChannel.Altitude, 300 + 20 * Math.Sin(i / 100.0));
            if (i % 50 != 7) b.Set(SampleChannel.HeartRate, 120 + random.Next(50));
            b.Set(SampleChannel.Cadence, 2 * (80 + random.Next(12) + random.Next(128) / 128.0));
            b.Set(SampleChannel.Temperature, 18 + random.Next(10));
            b.Set(SampleChannel.Power, 200 + random.Next(150));
        }
        var startTime = UnixTime.ToDateTime(start);
        return new Activity
        {
            Sport = sport,
            StartTime = startTime,
            UtcOffset = TimeSpan.FromHours(-4),
            Samples = b.Build(),
            Sessions = [new ActivitySession(startTime, sport, 0, seconds - 1, seconds - 1, distance, 150, 85, 22, 27)],
            Laps = [new Lap(startTime, seconds - 1, seconds - 1, distance)],
        };
    }

    [Fact]
    public void The_reader_gets_back_what_the_writer_wrote_to_the_stated_precision()
    {
        var original = MakeRun(600);
        var bytes = FitActivityWriter.ToBytes(original);
        var back = FitActivityReader.Read(bytes, "rt.fit");

        Assert.Empty(back.Warnings);
        Assert.Equal([ChecksumStatus.Valid], back.Source!.FileCrc.ToArray());
        Assert.Equal([ChecksumStatus.Valid], back.Source.HeaderCrc.ToArray());
        Assert.Equal("2.0", back.Source.ProtocolVersion);
        var a = original.Samples;
        var b = back.Samples;
        Assert.Equal(a.Count, b.Count);
        for (var i = 0; i < a.Count; i++)
        {
            Assert.Equal(a.UnixSeconds[i], b.UnixSeconds[i]);
            Assert.InRange(Math.Abs(a.Latitude[i] - b.Latitude[i]), 0, 180.0 / 2147483648.0);
            Assert.InRange(Math.Abs(a.Longitude[i] - b.Longitude[i]), 0, 180.0 / 2147483648.0);
            Assert.InRange(Math.Abs(a.DistanceMeters[i] - b.DistanceMeters[i]), 0, 0.01);
            Assert.InRange(Math.Abs(a.SpeedMetersPerSecond[i] - b.SpeedMetersPerSecond[i]), 0, 0.001);
            Assert.InRange(Math.Abs(a.AltitudeMeters[i] - b.AltitudeMeters[i]), 0, 0.2);
            Assert.Equal(a.HeartRateBpm[i], b.HeartRateBpm[i]);
            Assert.Equal(a.Cadence[i], b.Cadence[i]); // steps per minute survive the halving into cadence + fraction
            Assert.Equal(a.TemperatureCelsius[i], b.TemperatureCelsius[i]);
            Assert.Equal(a.PowerWatts[i], b.PowerWatts[i]);
        }
        Assert.Equal(original.Sport, back.Sport);
        Assert.Equal(original.StartTime, back.StartTime);
        Assert.Equal(original.UtcOffset, back.UtcOffset);
        Assert.Equal(original.Sessions[0] with { DistanceMeters = 0 }, back.Sessions[0] with { DistanceMeters = 0 });
        Assert.InRange(Math.Abs(original.Sessions[0].DistanceMeters - back.Sessions[0].DistanceMeters), 0, 0.01);
        Assert.Equal(original.Laps[0].Start, back.Laps[0].Start);
        Assert.True(back.Events[0].IsTimerStart);
        Assert.True(back.Events[^1].IsTimerStop);
        Assert.Equal(1, back.Source.Counts["activity"]);
        Assert.Equal(600, back.Source.Counts["record"]);
    }

    [Fact]
    public void Cycling_cadence_is_written_as_is()
    {
        var ride = MakeRun(30, 3, Sport.Cycling);
        var back = FitActivityReader.Read(FitActivityWriter.ToBytes(ride), "ride.fit");
        Assert.Equal(ride.Samples.Cadence.ToArray(), back.Samples.Cadence.ToArray());
        var raw = FitFile.Read(FitActivityWriter.ToBytes(ride)).OfType(FitMessageNumbers.Record).First();
        Assert.Equal(Math.Floor(ride.Samples.Cadence[0]), raw["cadence"]!.Value);
    }

    [Fact]
    public void Missing_channels_are_left_out_and_missing_values_stay_missing()
    {
        var b = new SampleTableBuilder();
        b.AddRow(1_700_000_000);
        b.Set(SampleChannel.HeartRate, 100);
        b.AddRow(1_700_000_001);
        var activity = new Activity { Samples = b.Build() };
        var bytes = FitActivityWriter.ToBytes(activity);
        var back = FitActivityReader.Read(bytes, "sparse.fit");
        Assert.Equal([100.0, double.NaN], back.Samples.HeartRateBpm.ToArray());
        Assert.Equal([SampleChannel.HeartRate], back.Samples.PresentChannels.ToArray());
        var record = FitFile.Read(bytes).OfType(FitMessageNumbers.Record).First();
        Assert.Equal([(byte)253, (byte)3], record.Fields.Select(f => f.Number).ToArray());
        Assert.Null(back.UtcOffset);
    }

    [Fact]
    public void Writing_an_empty_activity_gives_a_valid_file()
    {
        var back = FitActivityReader.Read(FitActivityWriter.ToBytes(new Activity()), "empty.fit");
        Assert.Equal(0, back.Samples.Count);
        Assert.Empty(back.Warnings);
        Assert.Equal(1, back.Source!.Counts["file_id"]);
    }
}
