using CrampSignals.Activities;
using CrampSignals.Cramps;

using CrampSignals.Text;
namespace CrampSignals.Tests.Cramps;

public class CrampMarkersTests
{
    private static readonly DateTime Start = new(2024, 5, 1, 6, 0, 0, DateTimeKind.Utc);

    private static Activity Run()
    {
        var b = new SampleTableBuilder();
        for (var i = 0; i < 600; i++)
        {
            b.AddRow(UnixTime.FromDateTime(Start) + i);
            b.Set(SampleChannel.Latitude, 47.0 + i * 0.00003);
            b.Set(SampleChannel.Longitude, 8.0);
        }
        return new Activity
        {
            StartTime = Start,
            Samples = b.Build(),
            Events =
            [
                new ActivityEvent(Start, ActivityEvent.TimerEvent, ActivityEvent.StartType, 0),
                new ActivityEvent(Start.AddSeconds(200), ActivityEvent.UserMarkerEvent, CrampMarkers.MarkerEventType, null),
                new ActivityEvent(Start.AddSeconds(300), 9, 1, null),
                new ActivityEvent(Start.AddSeconds(599), ActivityEvent.TimerEvent, ActivityEvent.StopAllType, 0),
            ],
            Waypoints =
            [
                new Waypoint(Start.AddSeconds(400), 47.012, 8.0, "Cramp: right calf", "severe, had to stop"),
                new Waypoint(null, 47.0 + 500 * 0.00003, 8.0, "stop", "Hamstring CRAMP"),
                new Waypoint(Start.AddSeconds(100), 47.003, 8.0, "Water", "fountain"),
                new Waypoint(null, 10.0, 10.0, "cramp far away", null),
            ],
        };
    }

    [Fact]
    public void Reads_fit_user_markers_and_cramp_waypoints_with_muscle_side_and_severity()
    {
        var log = CrampMarkers.FromActivity(Run());
        Assert.Equal(3, log.Entries.Length);
        var marker = log.Entries[0];
        Assert.Equal((Start.AddSeconds(200), CrampSource.FitMarker, Muscle.Other), (marker.Time!.Value, marker.Source, marker.Muscle));
        var calf = log.Entries[1];
        Assert.Equal((Start.AddSeconds(400), Muscle.Calf, "right", 9, CrampSource.GpxWaypoint), (calf.Time!.Value, calf.Muscle, calf.Side!, calf.Severity!.Value, calf.Source));
        var hamstring = log.Entries[2];
        Assert.Equal((Start.AddSeconds(500), Muscle.Hamstring), (hamstring.Time!.Value, hamstring.Muscle));
        var w = Assert.Single(log.Warnings);
        Assert.Contains("cramp far away", w.Message);
    }

    [Fact]
    public void Sources_are_opt_in()
    {
        Assert.Empty(CrampMarkers.FromActivity(Run(), CrampMarkerSources.None).Entries);
        Assert.All(CrampMarkers.FromActivity(Run(), CrampMarkerSources.FitMarkers).Entries, e => Assert.Equal(CrampSource.FitMarker, e.Source));
        Assert.Equal(2, CrampMarkers.FromActivity(Run(), CrampMarkerSources.GpxWaypoints).Entries.Length);
    }

    [Theory]
    [InlineData("left calf cramp at km 18", Muscle.Calf, "left")]
    [InlineData("Quads both legs", Muscle.Quadriceps, "both")]
    [InlineData("cramp in the right hammy", Muscle.Hamstring, "right")]
    [InlineData("toes curled", Muscle.Foot, null)]
    [InlineData("cramp", null, null)]
    public void Muscle_and_side_are_found_in_free_text(string text, Muscle? muscle, string? side)
    {
        Assert.Equal(muscle, MuscleNames.Find(text));
        Assert.Equal(side, MuscleNames.FindSide(text));
    }
}
