using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Fit.Encoding;
using CrampSignals.Formats.Fit.Protocol;

using CrampSignals.Text;
namespace CrampSignals.Tests.Fit;

public class FitRecordDecodingTests
{
    private static readonly FitFieldSpec[] AllChannels =
    [
        new(253, FitBaseType.UInt32), new(0, FitBaseType.SInt32), new(1, FitBaseType.SInt32), new(2, FitBaseType.UInt16),
        new(3, FitBaseType.UInt8), new(4, FitBaseType.UInt8), new(5, FitBaseType.UInt32), new(6, FitBaseType.UInt16),
        new(7, FitBaseType.UInt16), new(13, FitBaseType.SInt8), new(53, FitBaseType.UInt8),
    ];

    [Fact]
    public void Record_fields_get_their_profile_units()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, AllChannels);
        // 2^30 semicircles = 90 degrees; altitude (raw / 5) - 500; distance / 100; speed / 1000; fractional cadence / 128.
        w.Write(0, FitTestData.BaseTime, 1 << 30, -(1 << 29), 2600, 152, 85, 123456, 3250, 301, -4, 64);
        w.EndFile();
        var s = FitActivityReader.Read(w.ToArray(), "r.fit").Samples;
        Assert.Equal(FitTestData.BaseTime + 631065600.0, s.UnixSeconds[0]);
        Assert.Equal(90.0, s.Latitude[0]);
        Assert.Equal(-45.0, s.Longitude[0]);
        Assert.Equal(20.0, s.AltitudeMeters[0]);
        Assert.Equal(152, s.HeartRateBpm[0]);
        Assert.Equal(85.5, s.Cadence[0]); // generic sport: rpm as stored, fraction included
        Assert.Equal(1234.56, s.DistanceMeters[0], 9);
        Assert.Equal(3.25, s.SpeedMetersPerSecond[0]);
        Assert.Equal(301, s.PowerWatts[0]);
        Assert.Equal(-4, s.TemperatureCelsius[0]);
    }

    [Fact]
    public void Enhanced_speed_and_altitude_win_over_the_plain_fields_which_fill_in_when_they_are_missing()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record,
            [new(253, FitBaseType.UInt32), new(6, FitBaseType.UInt16), new(73, FitBaseType.UInt32), new(2, FitBaseType.UInt16), new(78, FitBaseType.UInt32)]);
        w.Write(0, FitTestData.BaseTime, 1000, 70000, 3000, 15000);
        w.Write(0, FitTestData.BaseTime + 1, 2000, FitValue.Invalid, 3000, FitValue.Invalid);
        w.EndFile();
        var s = FitActivityReader.Read(w.ToArray(), "e.fit").Samples;
        Assert.Equal(70.0, s.SpeedMetersPerSecond[0]);
        Assert.Equal(2500.0, s.AltitudeMeters[0]);
        Assert.Equal(2.0, s.SpeedMetersPerSecond[1]);
        Assert.Equal(100.0, s.AltitudeMeters[1]);
    }

    private static byte[] Csd(int speedHundredths, int distanceSixteenths) =>
        [(byte)speedHundredths, (byte)((speedHundredths >> 8) & 0x0F | (distanceSixteenths & 0x0F) << 4), (byte)(distanceSixteenths >> 4)];

    [Fact]
    public void Compressed_speed_distance_accumulates_distance_across_the_12_bit_rollover()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, [new(253, FitBaseType.UInt32), new(8, FitBaseType.Byte, 3)]);
        // Distances in 1/16 m: 4000, then 4090 -> wraps to 10 (+16), then 200 (+190).
        w.Write(0, FitTestData.BaseTime, Csd(354, 4000));
        w.Write(0, FitTestData.BaseTime + 1, Csd(410, 4090));
        w.Write(0, FitTestData.BaseTime + 2, Csd(4095, 10));
        w.Write(0, FitTestData.BaseTime + 3, Csd(0, 200));
        w.EndFile();
        var s = FitActivityReader.Read(w.ToArray(), "csd.fit").Samples;
        Assert.Equal([3.54, 4.10, 40.95, 0], s.SpeedMetersPerSecond.ToArray());
        Assert.Equal([4000 / 16.0, 4090 / 16.0, (4090 + 16) / 16.0, (4090 + 16 + 190) / 16.0], s.DistanceMeters.ToArray());
    }

    [Fact]
    public void A_full_distance_rebases_the_compressed_distance_and_direct_fields_win()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, [new(253, FitBaseType.UInt32), new(5, FitBaseType.UInt32), new(6, FitBaseType.UInt16), new(8, FitBaseType.Byte, 3)]);
        w.Write(0, FitTestData.BaseTime, 100000, 2500, Csd(300, 16000 & 0xFFF)); // 1000 m stated directly, and wins
        w.Write(0, FitTestData.BaseTime + 1, FitValue.Invalid, FitValue.Invalid, Csd(310, (16000 + 48) & 0xFFF)); // +3 m
        w.Write(0, FitTestData.BaseTime + 2, FitValue.Invalid, FitValue.Invalid, new byte[] { 0xFF, 0xFF, 0xFF });
        w.EndFile();
        var s = FitActivityReader.Read(w.ToArray(), "csd.fit").Samples;
        Assert.Equal(1000.0, s.DistanceMeters[0]);
        Assert.Equal(2.5, s.SpeedMetersPerSecond[0]);
        Assert.Equal(1003.0, s.DistanceMeters[1]);
        Assert.Equal(3.1, s.SpeedMetersPerSecond[1]);
        // All bytes 0xFF is the byte type's "no value": nothing is made up from it.
        Assert.True(double.IsNaN(s.DistanceMeters[2]));
        Assert.True(double.IsNaN(s.SpeedMetersPerSecond[2]));
    }

    [Fact]
    public void Compressed_speed_distance_in_a_compressed_timestamp_message_is_not_expanded_as_in_garmins_decoder()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, [new(253, FitBaseType.UInt32), new(8, FitBaseType.Byte, 3)]);
        w.Define(1, FitMessageNumbers.Record, [new(8, FitBaseType.Byte, 3), new(3, FitBaseType.UInt8)]);
        w.Write(0, FitTestData.BaseTime, Csd(354, 160));
        w.WriteCompressed(1, 1, Csd(360, 176), 120);
        w.EndFile();
        var s = FitActivityReader.Read(w.ToArray(), "csd.fit").Samples;
        Assert.Equal(10.0, s.DistanceMeters[0]);
        Assert.True(double.IsNaN(s.DistanceMeters[1]));
        Assert.True(double.IsNaN(s.SpeedMetersPerSecond[1]));
        Assert.Equal(120, s.HeartRateBpm[1]);
    }

    [Fact]
    public void A_field_declared_wider_than_the_profile_type_is_ignored_and_a_narrower_one_is_read()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, [new(253, FitBaseType.UInt32), new(3, FitBaseType.UInt16), new(7, FitBaseType.UInt8)]);
        w.Write(0, FitTestData.BaseTime, 150, 200);
        w.EndFile();
        var s = FitActivityReader.Read(w.ToArray(), "types.fit").Samples;
        Assert.True(double.IsNaN(s.HeartRateBpm[0]));
        Assert.Equal(200, s.PowerWatts[0]);
    }

    private static byte[] WithSessions(params (int Sport, uint Start, uint Elapsed)[] sessions)
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, [new(253, FitBaseType.UInt32), new(4, FitBaseType.UInt8), new(53, FitBaseType.UInt8)]);
        for (uint t = 0; t < 20; t++) w.Write(0, FitTestData.BaseTime + t, 80, 32);
        w.Define(1, FitMessageNumbers.Session, [new(253, FitBaseType.UInt32), new(2, FitBaseType.UInt32), new(5, FitBaseType.Enum), new(7, FitBaseType.UInt32)]);
        foreach (var (sport, start, elapsed) in sessions)
            w.Write(1, FitTestData.BaseTime + start + elapsed, FitTestData.BaseTime + start, sport, elapsed * 1000);
        w.EndFile();
        return w.ToArray();
    }

    [Fact]
    public void Running_cadence_is_doubled_into_steps_per_minute_even_though_the_session_comes_after_the_records()
    {
        var activity = FitActivityReader.Read(WithSessions((1, 0, 19)), "run.fit");
        Assert.Equal(Sport.Running, activity.Sport);
        Assert.All(activity.Samples.Cadence.ToArray(), c => Assert.Equal(2 * (80 + 0.25), c));
    }

    [Fact]
    public void Cycling_cadence_stays_in_revolutions_per_minute()
    {
        var activity = FitActivityReader.Read(WithSessions((2, 0, 19)), "ride.fit");
        Assert.All(activity.Samples.Cadence.ToArray(), c => Assert.Equal(80.25, c));
    }

    [Fact]
    public void In_a_multisport_file_each_record_follows_the_session_covering_it()
    {
        var activity = FitActivityReader.Read(WithSessions((2, 0, 9), (1, 10, 9)), "brick.fit");
        var cadence = activity.Samples.Cadence.ToArray();
        Assert.All(cadence[..10], c => Assert.Equal(80.25, c));
        Assert.All(cadence[10..], c => Assert.Equal(160.5, c));
    }

    [Fact]
    public void Records_outside_every_session_follow_the_first_session()
    {
        var activity = FitActivityReader.Read(WithSessions((11, 0, 4)), "walk.fit");
        Assert.All(activity.Samples.Cadence.ToArray(), c => Assert.Equal(160.5, c));
    }

    [Fact]
    public void Without_sessions_the_sport_message_decides()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.Record, [new(253, FitBaseType.UInt32), new(4, FitBaseType.UInt8)]);
        w.Write(0, FitTestData.BaseTime, 90);
        w.Define(1, FitMessageNumbers.Sport, [new(0, FitBaseType.Enum), new(1, FitBaseType.Enum)]);
        w.Write(1, 1, 0);
        w.EndFile();
        var activity = FitActivityReader.Read(w.ToArray(), "sport.fit");
        Assert.Equal(Sport.Running, activity.Sport);
        Assert.Equal(180, activity.Samples.Cadence[0]);
    }

    [Fact]
    public void Laps_sessions_events_device_and_utc_offset_are_read()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, FitMessageNumbers.FileId, [new(0, FitBaseType.Enum), new(1, FitBaseType.UInt16), new(2, FitBaseType.UInt16), new(4, FitBaseType.UInt32)]);
        w.Write(0, 4, 1, 2697, FitTestData.BaseTime);
        w.Define(1, FitMessageNumbers.Event, [new(253, FitBaseType.UInt32), new(0, FitBaseType.Enum), new(1, FitBaseType.Enum), new(2, FitBaseType.UInt16)]);
        w.Write(1, FitTestData.BaseTime, 0, 0, 7);
        w.Define(2, FitMessageNumbers.Lap, [new(253, FitBaseType.UInt32), new(2, FitBaseType.UInt32), new(7, FitBaseType.UInt32), new(8, FitBaseType.UInt32), new(9, FitBaseType.UInt32)]);
        w.Write(2, FitTestData.BaseTime + 60, FitTestData.BaseTime, 60500, 59000, 25012);
        w.Define(3, FitMessageNumbers.Session,
        [
            new(253, FitBaseType.UInt32), new(2, FitBaseType.UInt32), new(5, FitBaseType.Enum), new(6, FitBaseType.Enum), new(7, FitBaseType.UInt32),
            new(8, FitBaseType.UInt32), new(9, FitBaseType.UInt32), new(16, FitBaseType.UInt8), new(18, FitBaseType.UInt8),
            new(57, FitBaseType.SInt8), new(58, FitBaseType.SInt8),
        ]);
        w.Write(3, FitTestData.BaseTime + 60, FitTestData.BaseTime, 1, 3, 60500, 59000, 25012, 151, 88, 24, 29);
        w.Define(4, FitMessageNumbers.Activity, [new(253, FitBaseType.UInt32), new(5, FitBaseType.UInt32)]);
        w.Write(4, FitTestData.BaseTime + 60, FitTestData.BaseTime + 60 + 7200);
        w.EndFile();
        var a = FitActivityReader.Read(w.ToArray(), "all.fit");
        var start = UnixTime.ToDateTime(FitTestData.BaseTime + 631065600.0);
        Assert.Equal(new Device(1, 2697, "Garmin fenix5"), a.Device);
        Assert.Equal(start, a.StartTime);
        Assert.Equal(TimeSpan.FromHours(2), a.UtcOffset);
        Assert.Equal(new ActivityEvent(start, 0, 0, 7), Assert.Single(a.Events));
        Assert.Equal(new Lap(start, 60.5, 59, 250.12), Assert.Single(a.Laps));
        Assert.Equal(new ActivitySession(start, Sport.Running, 3, 60.5, 59, 250.12, 151, 88, 24, 29), Assert.Single(a.Sessions));
        Assert.Equal(1, a.Source!.Counts["session"]);
    }
}
