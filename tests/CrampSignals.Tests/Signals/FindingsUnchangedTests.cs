using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Formats;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Gpx;
using CrampSignals.Reports;
using CrampSignals.Signals;
using CrampSignals.Simulation;
using CrampSignals.Tests.Architecture;
using CrampSignals.Tests.TestKit;
using CrampSignals.Weather;

namespace CrampSignals.Tests.Signals;

/// <summary>
/// The findings of a fixed set of generated runs, as <c>signals --format json</c> writes them, byte for byte against the
/// files under <c>Signals/Expected/</c>. Work on the speed of the signal pass must not move a single finding; a change
/// of behaviour that does is made on purpose and rewrites the files.
/// </summary>
/// <remarks>
/// To rewrite the expected files from the current code (after an intended change of findings, reviewed in the diff):
/// <c>CRAMPSIGNALS_REWRITE_FINDINGS=1 dotnet test tests/CrampSignals.Tests -c Release --filter "FullyQualifiedName~FindingsUnchangedTests"</c>.
/// </remarks>
public sealed class FindingsUnchangedTests
{
    /// <summary>Set to 1 to write the expected files instead of comparing with them.</summary>
    public const string RewriteVariable = "CRAMPSIGNALS_REWRITE_FINDINGS";

    private static bool Rewriting => Environment.GetEnvironmentVariable(RewriteVariable) == "1";

    /// <summary>The names of the runs; each is built by <see cref="Build"/>.</summary>
    public static TheoryData<string> Runs()
    {
        var data = new TheoryData<string>();
        foreach (var scenario in RunSimulator.Scenarios)
            for (var seed = 1; seed <= 3; seed++) data.Add($"{scenario}-{seed}");
        foreach (var name in new[] { "hot-long-run-4.fit", "cadence-fatigue-6.fit", "surges-5.gpx", "fast-start-race-2.gpx-no-weather",
                     "four-hours", "four-hours.fit", "four-hours-positions-only", "gaps-spikes-hills-heat", "no-speed-channel-pauses" })
            data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void The_findings_json_of_a_generated_run_is_byte_identical_to_its_expected_file(string name)
    {
        var (activity, cramps, weather) = Build(name);
        var json = SignalReportJson.ToJson(SignalAnalyzer.Analyze(activity, cramps, weather)).ReplaceLineEndings("\n") + "\n";
        var path = Path.Combine(LayerTests.RepositoryRoot(), "tests", "CrampSignals.Tests", "Signals", "Expected", name + ".json");
        if (Rewriting)
        {
            File.WriteAllText(path, json);
            return;
        }
        Assert.True(File.Exists(path), $"{name}: no expected file {path} ({RewriteVariable}=1 writes it)");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == json) return;
        var at = 0;
        while (at < Math.Min(expected.Length, json.Length) && expected[at] == json[at]) at++;
        var line = expected.AsSpan(0, Math.Min(at, expected.Length)).Count('\n') + 1;
        Assert.Fail($"{name}: the findings JSON differs from {Path.GetFileName(path)} at line {line} (char {at}):\n" +
                    $"expected: {Around(expected, at)}\n" +
                    $"actual:   {Around(json, at)}\n" +
                    $"({RewriteVariable}=1 rewrites the expected files when the change is intended)");
    }

    private static string Around(string text, int at) =>
        at >= text.Length ? "<end>" : text.Substring(Math.Max(0, at - 60), Math.Min(text.Length, at + 60) - Math.Max(0, at - 60)).ReplaceLineEndings("⏎");

    private static (Activity, CrampLog?, WeatherSeries?) Build(string name)
    {
        switch (name)
        {
            case "hot-long-run-4.fit": return Fit(RunSimulator.Simulate("hot-long-run", 4));
            case "cadence-fatigue-6.fit": return Fit(RunSimulator.Simulate("cadence-fatigue", 6));
            case "surges-5.gpx": return Gpx(RunSimulator.Simulate("surges", 5), weather: true);
            case "fast-start-race-2.gpx-no-weather": return Gpx(RunSimulator.Simulate("fast-start-race", 2), weather: false);
            case "four-hours": return FourHours();
            case "four-hours.fit":
            {
                var (run, cramps, weather) = FourHours();
                return (ActivityFile.Load(FitActivityWriter.ToBytes(run), "four-hours.fit"), cramps, weather);
            }
            case "four-hours-positions-only":
            {
                var (run, cramps, weather) = FourHours();
                return (PositionsOnlyExport.Of(run, 2, 1), cramps, weather);
            }
            case "gaps-spikes-hills-heat":
                // Recording gaps, single-sample speed spikes, a GPS jump, rolling hills and a hot, slowly fading run.
                return (new TestRun
                {
                    Seconds = 2 * 3600 + 600,
                    Speed = t => t < 600 ? 2.4 : t is > 3000 and < 3180 ? 3.9 : 3.1 - t / 36000.0,
                    Cadence = t => t < 5400 ? 172 : 163,
                    HeartRate = t => 130 + t / 240.0,
                    Temperature = t => 24 + t / 900.0,
                    AltitudeAtDistance = d => 400 + 25 * Math.Sin(d / 700),
                    Skip = t => t is > 1800 and < 1830 or > 4000 and < 4004,
                    SpeedOverride = t => t % 997 == 0 ? 14.0 : null,
                    NorthJumpMeters = t => t is 2500 or 2501 ? 180 : 0,
                    Seed = 11,
                }.Build(), null, null);
            case "no-speed-channel-pauses":
                // Speed only from the fixes, with timer stops and a walk.
                return (new TestRun
                {
                    Seconds = 5400,
                    Speed = t => t is > 1200 and < 1260 ? 0 : t is > 3000 and < 3120 ? 1.3 : 2.9,
                    SpeedChannel = false,
                    DistanceChannel = false,
                    Skip = t => t is > 2000 and < 2090,
                    HeartRate = t => 140 + 10 * Math.Sin(t / 500.0),
                    Seed = 12,
                }.Build(), null, null);
        }
        var cut = name.LastIndexOf('-');
        var sim = RunSimulator.Simulate(name[..cut], int.Parse(name[(cut + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        return (sim.Activity, sim.Cramps, sim.Weather);
    }

    private static (Activity, CrampLog?, WeatherSeries?) Fit(SimulatedRun run) =>
        (ActivityFile.Load(FitActivityWriter.ToBytes(run.Activity), run.Scenario + ".fit"), run.Cramps, run.Weather);

    private static (Activity, CrampLog?, WeatherSeries?) Gpx(SimulatedRun run, bool weather)
    {
        using var stream = new MemoryStream();
        GpxActivityWriter.Write(run.Activity, stream);
        return (ActivityFile.Load(stream.ToArray(), run.Scenario + ".gpx"), run.Cramps, weather ? run.Weather : null);
    }

    /// <summary>The signal-pass benchmark's run: three simulated runs joined end to end and cut at 4 hours.</summary>
    private static (Activity, CrampLog?, WeatherSeries?) FourHours()
    {
        var parts = new[] { RunSimulator.Simulate("hot-long-run", 3), RunSimulator.Simulate("surges", 3), RunSimulator.Simulate("cadence-fatigue", 3) };
        return (parts[0].Activity with { Samples = JoinedRuns.Join(parts.Select(p => p.Activity.Samples), 4 * 3600), Events = [] }, parts[0].Cramps, parts[0].Weather);
    }
}
