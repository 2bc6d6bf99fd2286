using CrampSignals.Activities;
using CrampSignals.Formats;
using Xunit.Abstractions;

namespace CrampSignals.Conformance.Tests.Signals;

/// <summary>
/// One activity exported as FIT, GPX and TCX has one cadence: steps per minute for a run whatever the format counted
/// (FIT cadence + fractional_cadence, TCX RunCadence, GPX cad are all one foot's strides), revolutions per minute for a
/// ride. Compared second by second where the files share a time, and on the median while moving.
/// </summary>
public class CadenceAgreementTests(ITestOutputHelper output)
{
    /// <summary>Exports of one activity: the corpus files, and the range the moving median must fall in.</summary>
    public static TheoryData<string[], double, double> Exports => new()
    {
        { ["sportslib/fit/runs-6782987395.fit", "sportslib/gpx/runs-6782987395.gpx", "sportslib/tcx/runs-6782987395.tcx"], 150, 200 },
        { ["sportslib/fit/runs-6860622783.fit", "sportslib/tcx/runs-6860622783.tcx"], 150, 200 },
        // A run with long stretches of walking (110-120 steps a minute) beside its running (150-170).
        { ["sportslib/fit/runs-2067489619.fit", "sportslib/gpx/runs-2067489619.gpx"], 110, 200 },
        { ["sportslib/fit/rides-3939576645.fit", "sportslib/gpx/rides-3939576645.gpx"], 50, 110 },
    };

    [CorpusTheory]
    [MemberData(nameof(Exports))]
    public void Every_export_of_an_activity_gives_one_cadence(string[] files, double low, double high)
    {
        var activities = files.Select(f => ActivityFile.Load(Path.Combine(Corpus.RequireDirectory(), f))).ToArray();
        var medians = activities.Select(MovingMedian).ToArray();
        output.WriteLine(string.Join("; ", files.Select((f, k) => $"{Path.GetFileName(f)} {activities[k].Sport} median {medians[k]:F1}")));
        foreach (var m in medians) Assert.InRange(m, low, high);
        Assert.True(medians.Max() - medians.Min() <= 1, $"the exports' moving medians differ: {string.Join(", ", medians.Select(m => m.ToString("F1")))}");

        // Second by second: the FIT file carries half-strides (fractional cadence), the XML exports whole strides, so
        // a run's steps may differ by one step a minute (two halves of a stride rounded), a ride's revolutions by one.
        var reference = ByTime(activities[0]);
        for (var k = 1; k < activities.Length; k++)
        {
            int shared = 0, off = 0;
            foreach (var (t, c) in ByTime(activities[k]))
            {
                if (!reference.TryGetValue(t, out var r)) continue;
                shared++;
                if (Math.Abs(r - c) > 2.01) off++;
            }
            output.WriteLine($"{Path.GetFileName(files[k])}: {shared} shared seconds, {off} differ by more than 2");
            Assert.True(shared > 100, $"{files[k]} shares only {shared} timed cadence values with {files[0]}");
            Assert.True(off <= shared / 100, $"{files[k]}: {off} of {shared} seconds differ from {files[0]} by more than 2");
        }
    }

    [CorpusFact]
    public void A_polar_run_s_plain_cadence_is_in_steps_per_minute()
    {
        // Polar writes one foot's count in the plain <Cadence> of a Running activity (values about 60 to 85).
        var activity = ActivityFile.Load(Corpus.PathOf("tcx", "3173437224.tcx"));
        Assert.Equal(Sport.Running, activity.Sport);
        Assert.InRange(MovingMedian(activity), 110, 180);
    }

    private static double MovingMedian(Activity a)
    {
        var values = a.Samples.Cadence.ToArray().Where(c => c >= 40).Order().ToArray();
        return values.Length == 0 ? double.NaN : values[values.Length / 2];
    }

    private static Dictionary<long, double> ByTime(Activity a)
    {
        var result = new Dictionary<long, double>();
        var s = a.Samples;
        for (var i = 0; i < s.Count; i++)
            if (double.IsFinite(s.UnixSeconds[i]) && double.IsFinite(s.Cadence[i])) result.TryAdd((long)Math.Round(s.UnixSeconds[i]), s.Cadence[i]);
        return result;
    }
}
