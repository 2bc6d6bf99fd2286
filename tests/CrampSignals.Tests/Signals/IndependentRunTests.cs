using CrampSignals.Activities;
using CrampSignals.Signals;
using CrampSignals.Simulation;
using Xunit.Abstractions;

using CrampSignals.Text;
namespace CrampSignals.Tests.Signals;

/// <summary>
/// The surge and cadence-drop detectors on runs from a second, independent generator (this file's own): other
/// runners' hill responses, ramp lengths, walk breaks, GPS speed spikes and stops, so that passing the simulator's
/// evaluation is not just fitting one generator.
/// </summary>
// Generates and analyses whole runs: behind the Slow trait so `dotnet test --filter "Category!=Slow"` is a quick loop.
[Trait("Category", "Slow")]
public class IndependentRunTests(ITestOutputHelper output)
{
    internal sealed record Truth(FindingKind Kind, int Start);

    internal static (Activity Activity, List<Truth> Truth) Make(int seed)
    {
        var rng = new Random(seed * 7919 + 13);
        var seconds = 3000 + rng.Next(2400);
        var pace = 2.6 + 1.4 * rng.NextDouble();
        var warmUp = rng.Next(2) == 0 ? 0 : 300 + rng.Next(300);
        var hillResponse = 0.6 + 0.4 * rng.NextDouble();
        var hill = rng.NextDouble() * 15;
        var wavelength = 800 + rng.Next(1500);
        var truth = new List<Truth>();
        var effort = new double[seconds];
        var cadenceFactor = new double[seconds];
        var walking = new bool[seconds];
        Array.Fill(effort, 1.0);
        Array.Fill(cadenceFactor, 1.0);
        for (var t = 0; t < warmUp; t++) effort[t] = 0.8;

        // Events at least 9 min apart, from minute 16 on, each either a surge, a cadence drop or a walk break.
        for (var at = 960 + rng.Next(200); at < seconds - 400; at += 540 + rng.Next(400))
        {
            var kind = rng.Next(3);
            var length = 80 + rng.Next(200);
            var ramp = 4 + rng.Next(16);
            if (kind == 0)
            {
                var size = 0.13 + 0.17 * rng.NextDouble();
                for (var t = at; t < Math.Min(seconds, at + length); t++) effort[t] = 1 + size * Math.Min(1, Math.Min(t - at, at + length - t) / (double)ramp);
                truth.Add(new Truth(FindingKind.PaceSurge, at));
            }
            else if (kind == 1)
            {
                var size = 0.07 + 0.05 * rng.NextDouble();
                for (var t = at; t < Math.Min(seconds, at + length); t++) cadenceFactor[t] = 1 - size * Math.Min(1, Math.Min(t - at, at + length - t) / (double)ramp);
                truth.Add(new Truth(FindingKind.CadenceDrop, at));
            }
            else
            {
                for (var t = at; t < Math.Min(seconds, at + 60 + rng.Next(120)); t++) walking[t] = true;
            }
        }

        var b = new SampleTableBuilder(seconds);
        const double start = 1_718_000_000;
        double d = 0, ar = 0, baro = 0;
        for (var t = 0; t < seconds; t++)
        {
            var grade = hill * 2 * Math.PI / wavelength * Math.Cos(2 * Math.PI * d / wavelength);
            var rel = CrampSignals.Signals.Track.RunningCost.JoulesPerKilogramMeter(grade) / 3.6;
            // Effort wanders by about 4 % over tens of seconds, as a runner holding a pace by feel does.
            ar = 0.95 * ar + 0.012 * Draw.Normal(rng);
            var v = walking[t] ? 1.4 : pace * effort[t] * Math.Pow(rel, -hillResponse) * (1 + ar);
            d += v;
            baro = 0.97 * baro + 0.05 * Draw.Normal(rng);
            b.AddRow(start + t);
            var spike = rng.NextDouble() < 1.0 / 600;
            b.Set(SampleChannel.Speed, spike ? 8 + 25 * rng.NextDouble() : v + 0.05 * Draw.Normal(rng));
            b.Set(SampleChannel.Distance, d);
            b.Set(SampleChannel.Altitude, Math.Round((200 + hill * Math.Sin(2 * Math.PI * d / wavelength) + baro) * 5) / 5);
            var cadence = walking[t] ? 108 : (150 + 7 * pace * effort[t]) * cadenceFactor[t];
            b.Set(SampleChannel.Cadence, Math.Round(cadence + Draw.Normal(rng)));
            b.Set(SampleChannel.HeartRate, Math.Round(140 + 15 * (effort[t] - 1) + Draw.Normal(rng)));
        }
        return (new Activity { Sport = Sport.Running, StartTime = UnixTime.ToDateTime(start), Samples = b.Build() }, truth);
    }

    [Fact]
    public void Surges_and_cadence_drops_of_another_generator_are_found_at_the_right_time()
    {
        var counts = new Dictionary<FindingKind, int[]>();
        foreach (var kind in new[] { FindingKind.PaceSurge, FindingKind.CadenceDrop }) counts[kind] = new int[3];
        for (var seed = 1; seed <= 60; seed++)
        {
            var (activity, truth) = Make(seed);
            var findings = SignalAnalyzer.Analyze(activity).Findings;
            var t0 = activity.StartTime!.Value;
            foreach (var (kind, c) in counts)
            {
                var found = findings.Where(f => f.Kind == kind).ToList();
                var used = new bool[found.Count];
                var injected = truth.Where(x => x.Kind == kind).ToList();
                foreach (var x in injected)
                {
                    var k = found.FindIndex(f => !used[found.IndexOf(f)] && Math.Abs((f.Start - t0).TotalSeconds - x.Start) <= 60);
                    if (k >= 0) used[k] = true;
                    else output.WriteLine($"seed {seed}: missed {kind.ToId()} at {x.Start} s");
                }
                for (var k = 0; k < found.Count; k++)
                    if (!used[k]) output.WriteLine($"seed {seed}: extra {kind.ToId()} at {(found[k].Start - t0).TotalSeconds} s: {found[k].Summary}");
                c[0] += injected.Count;
                c[1] += found.Count;
                c[2] += used.Count(u => u);
            }
        }
        foreach (var (kind, c) in counts)
        {
            var recall = c[0] == 0 ? 1 : c[2] / (double)c[0];
            var precision = c[1] == 0 ? 1 : c[2] / (double)c[1];
            output.WriteLine($"{kind.ToId()}: injected {c[0]}, found {c[1]}, recall {recall:0.000}, precision {precision:0.000}");
            Assert.True(c[0] > 30, $"{kind.ToId()}: too few injected to judge");
            Assert.True(recall >= 0.9, $"{kind.ToId()}: recall {recall:0.000}");
            Assert.True(precision >= 0.9, $"{kind.ToId()}: precision {precision:0.000}");
        }
    }
}
