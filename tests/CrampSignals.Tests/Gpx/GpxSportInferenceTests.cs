using System.Text;
using CrampSignals.Activities;
using CrampSignals.Formats;
using CrampSignals.Formats.Gpx;
using CrampSignals.Runs;
using CrampSignals.Tests.TestKit;

namespace CrampSignals.Tests.Gpx;

/// <summary>A GPX without a track <c>type</c>: its sport from its names or its pace, and a run never taken for anything else.</summary>
public class GpxSportInferenceTests
{
    private static string Xml(TestRun run, string? trackName = null)
    {
        using var stream = new MemoryStream();
        GpxActivityWriter.Write(run.Build(), stream);
        var xml = Encoding.UTF8.GetString(stream.ToArray());
        Assert.DoesNotContain("<type>", xml, StringComparison.Ordinal);
        return trackName is null ? xml : xml.Replace("<trk>", $"<trk><name>{trackName}</name>", StringComparison.Ordinal);
    }

    private static Activity Load(string xml, string fileName) =>
        ActivityFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(xml)), fileName);

    // An open-water swim as a watch's GPX export writes it: no type, no cadence, 0.6 m/s (27:47/km) for half an hour.
    private static TestRun Swim(int seconds = 1800) =>
        new() { Sport = Sport.Generic, Seconds = seconds, Speed = _ => 0.6, SpeedNoise = 0.02, Cadence = null, HeartRate = _ => 125, SpeedChannel = false };

    [Fact]
    public void A_file_without_a_sport_at_a_pace_nobody_runs_and_no_cadence_is_not_analysed_as_a_run()
    {
        var activity = Load(Xml(Swim()), "activity_4470177355.gpx");
        Assert.Equal(Sport.Other, activity.Sport);
        Assert.Contains(activity.Warnings, w => w.Message.Contains("no cadence is no run", StringComparison.Ordinal));

        var report = CrampAnalyzer.Analyze(activity);
        Assert.Equal(RunLegs.NotARun(Sport.Other), report.Summary.NotARun);
        Assert.Empty(report.Signals.Findings);
        Assert.Empty(report.Advice);
        Assert.NotNull(report.Summary.DistanceMeters);
    }

    [Theory]
    [InlineData("swim-6090674952.gpx", null, Sport.Swimming)]
    [InlineData("activity.gpx", "Morning Swim", Sport.Swimming)]
    [InlineData("activity.gpx", "Evening Ride", Sport.Cycling)]
    [InlineData("2024-06-02 Walk with the dog.gpx", null, Sport.Walking)]
    public void A_file_without_a_sport_takes_it_from_its_name(string fileName, string? trackName, Sport expected)
    {
        // At a running pace, with a cadence: the name alone tells.
        var activity = Load(Xml(new TestRun { Sport = Sport.Generic, Seconds = 1200 }, trackName), fileName);
        Assert.Equal(expected, activity.Sport);
        Assert.Contains(activity.Warnings, w => w.Message.StartsWith($"the file names no sport; read as {expected.ToString().ToLowerInvariant()}", StringComparison.Ordinal));
        Assert.NotNull(CrampAnalyzer.Analyze(activity).Summary.NotARun);
    }

    [Theory]
    [InlineData("run.gpx", null, "a run at 3 m/s with cadence")]
    [InlineData("slow-run.gpx", null, "a running word in the file name wins over the pace")]
    [InlineData("activity.gpx", "Swim then run", "a running word wins over any other")]
    [InlineData("activity.gpx", "Bike and swim", "names that disagree tell nothing")]
    public void A_file_without_a_sport_stays_a_run_unless_something_tells_otherwise(string fileName, string? trackName, string why)
    {
        var run = fileName == "run.gpx" ? new TestRun { Sport = Sport.Generic, Seconds = 1800 } : Swim();
        var activity = Load(Xml(run, trackName), fileName);
        Assert.True(activity.Sport == Sport.Generic, why);
        Assert.DoesNotContain(activity.Warnings, w => w.Message.Contains("names no sport", StringComparison.Ordinal));
        Assert.Null(CrampAnalyzer.Analyze(activity).Summary.NotARun);
    }

    [Fact]
    public void A_few_slow_minutes_are_not_enough_to_tell()
    {
        var activity = Load(Xml(Swim(seconds: 480)), "activity.gpx");
        Assert.Equal(Sport.Generic, activity.Sport);
    }
}
