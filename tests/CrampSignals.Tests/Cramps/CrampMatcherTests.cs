using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Signals;

using CrampSignals.Text;
namespace CrampSignals.Tests.Cramps;

public class CrampMatcherTests
{
    private static readonly DateTime Day1 = new(2024, 5, 1, 6, 0, 0, DateTimeKind.Utc);

    private static Activity Run(DateTime start, int minutes)
    {
        var b = new SampleTableBuilder();
        for (var i = 0; i <= minutes * 60; i += 10) b.AddRow(UnixTime.FromDateTime(start) + i);
        return new Activity { StartTime = start, Samples = b.Build() };
    }

    private static CrampEntry At(DateTime t, Muscle m = Muscle.Calf) => new(t, null, m, null, null, null);

    [Fact]
    public void A_cramp_belongs_to_a_run_during_it_or_up_to_twelve_hours_after()
    {
        var run = Run(Day1, 60);
        var log = new CrampLog(
        [
            At(Day1.AddMinutes(-5)),
            At(Day1.AddMinutes(30)),
            At(Day1.AddMinutes(60 + 11 * 60)),
            At(Day1.AddMinutes(60 + 13 * 60)),
            new CrampEntry(null, TimeSpan.FromMinutes(45), Muscle.Foot, null, null, null),
        ], [new ParseWarning("kept", Line: 9)]);
        var matched = CrampMatcher.ForRun(log, run);
        Assert.Equal([Day1.AddMinutes(30), Day1.AddMinutes(45), Day1.AddMinutes(60 + 11 * 60)],
            matched.Entries.Select(e => CrampMatcher.TimeIn(e, run)!.Value).ToArray());
        Assert.Single(matched.Warnings);

        var shortWindow = CrampMatcher.ForRun(log, run, TimeSpan.FromHours(1));
        Assert.Equal(2, shortWindow.Entries.Length);
    }

    [Fact]
    public void A_multi_run_log_is_split_over_runs_preferring_the_run_a_cramp_struck_during()
    {
        var r1 = Run(Day1, 60);
        var r2 = Run(Day1.AddHours(8), 45);
        var r3 = Run(Day1.AddDays(3), 90);
        var during2 = At(Day1.AddHours(8).AddMinutes(20), Muscle.Hamstring);
        var after1 = At(Day1.AddHours(4));
        var after2 = At(Day1.AddHours(8 + 11));
        var orphan = At(Day1.AddDays(2));
        var during3 = At(Day1.AddDays(3).AddMinutes(80), Muscle.Quadriceps);
        var elapsed = new CrampEntry(null, TimeSpan.FromMinutes(10), Muscle.Foot, null, null, null, Line: 7);
        var log = new CrampLog([during3, after2, during2, after1, orphan, elapsed], []);

        var split = CrampMatcher.Assign(log, [r1, r2, r3]);
        Assert.Equal([after1], split.PerRun[0].Entries.ToArray());
        Assert.Equal([during2, after2], split.PerRun[1].Entries.ToArray());
        Assert.Equal([during3], split.PerRun[2].Entries.ToArray());
        Assert.Equal([orphan, elapsed], split.Unmatched.ToArray());
        Assert.Equal(2, split.Warnings.Length);
        Assert.Equal(7, split.Warnings[1].Line);
    }

    [Fact]
    public void A_run_without_time_matches_only_elapsed_entries()
    {
        var run = new Activity();
        var log = new CrampLog([At(Day1), new CrampEntry(null, TimeSpan.FromMinutes(3), Muscle.Calf, null, null, null)], []);
        Assert.Null(CrampMatcher.Span(run));
        var e = Assert.Single(CrampMatcher.ForRun(log, run).Entries);
        Assert.Null(CrampMatcher.TimeIn(e, run));
    }
}
