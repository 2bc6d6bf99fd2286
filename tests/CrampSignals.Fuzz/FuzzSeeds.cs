using System.Globalization;
using System.Text;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Gpx;
using CrampSignals.Simulation;
using CrampSignals.Text;
using CrampSignals.Weather;

namespace CrampSignals.Fuzz;

/// <summary>What a fuzz input is, which decides how it is mutated and which entry points it goes to.</summary>
public enum InputKind { Fit, Gpx, Tcx, CrampCsv, CrampJson, Weather, Table, Manifest }

/// <summary>One well-formed input the mutations start from.</summary>
public sealed record SeedFile(string Name, InputKind Kind, byte[] Bytes);

/// <summary>
/// The well-formed files mutations start from: the project's own simulated runs written as FIT, GPX and TCX, their cramp
/// logs and weather, and, when the corpus is there, the real watch files (read in place, never copied).
/// </summary>
public static class FuzzSeeds
{
    /// <summary>Samples kept of each simulated run: short runs keep the inputs small and the fuzzing fast.</summary>
    public const int SeedSamples = 900;

    private static readonly Lazy<IReadOnlyList<SeedFile>> Generated = new(Generate);

    private static readonly Lazy<IReadOnlyList<SeedFile>> Tables = new(() => [.. TableSeeds.All()]);

    /// <summary>Seeds of every kind (simulated, and the corpus when <paramref name="withCorpus"/> and it is found).</summary>
    public static IReadOnlyList<SeedFile> All(bool withCorpus)
    {
        var all = new List<SeedFile>(Generated.Value);
        all.AddRange(Tables.Value);
        if (withCorpus) all.AddRange(Corpus());
        return all;
    }

    /// <summary>A short simulated run (the first <paramref name="samples"/> seconds of a scenario).</summary>
    public static Activity ShortRun(string scenario, int seed, int samples = SeedSamples)
    {
        var run = RunSimulator.Simulate(scenario, seed);
        return Truncate(run.Activity, samples);
    }

    /// <summary>The activity with only its first <paramref name="samples"/> rows.</summary>
    public static Activity Truncate(Activity activity, int samples)
    {
        var s = activity.Samples;
        var n = Math.Min(samples, s.Count);
        var b = new SampleTableBuilder(n);
        for (var i = 0; i < n; i++) b.CopyRow(s, i);
        var end = n > 0 ? s.UnixSeconds[n - 1] : double.NaN;
        return activity with
        {
            Samples = b.Build(),
            Events = [.. activity.Events.Where(e => double.IsNaN(end) || UnixTime.FromDateTime(e.Time) <= end)],
            Laps = [],
            Sessions = [],
        };
    }

    private static IReadOnlyList<SeedFile> Generate()
    {
        var seeds = new List<SeedFile>();
        var scenarios = new[] { ("surges", 3), ("hot-long-run", 5), ("fast-start-race", 2), ("cadence-fatigue", 7), ("easy-cool", 1) };
        foreach (var (scenario, seed) in scenarios)
        {
            var run = RunSimulator.Simulate(scenario, seed);
            var activity = Truncate(run.Activity, SeedSamples);
            var name = $"{scenario}-{seed}";
            seeds.Add(new SeedFile(name + ".fit", InputKind.Fit, FitActivityWriter.ToBytes(activity)));
            using (var gpx = new MemoryStream())
            {
                GpxActivityWriter.Write(activity, gpx);
                seeds.Add(new SeedFile(name + ".gpx", InputKind.Gpx, gpx.ToArray()));
            }
            seeds.Add(new SeedFile(name + ".tcx", InputKind.Tcx, Encoding.UTF8.GetBytes(TcxText(activity))));
            var csv = new StringWriter(CultureInfo.InvariantCulture);
            CrampLogWriter.WriteCsv(run.Cramps, csv, run.Activity.UtcOffset);
            seeds.Add(new SeedFile(name + ".cramps.csv", InputKind.CrampCsv, Encoding.UTF8.GetBytes(csv.ToString())));
            using (var json = new MemoryStream())
            {
                CrampLogWriter.WriteJson(run.Cramps, json);
                seeds.Add(new SeedFile(name + ".cramps.json", InputKind.CrampJson, json.ToArray()));
            }
            var weather = new StringWriter(CultureInfo.InvariantCulture);
            if (run.Weather is not null) WeatherCsvWriter.Write(run.Weather, weather);
            if (run.Weather is not null) seeds.Add(new SeedFile(name + ".weather.csv", InputKind.Weather, Encoding.UTF8.GetBytes(weather.ToString())));
        }
        seeds.Add(new SeedFile("elapsed.cramps.csv", InputKind.CrampCsv,
            Encoding.UTF8.GetBytes("elapsed,muscle,side,severity,note\n0:12:30,calf,left,6,first\n1:02:03,hamstring,right,mild,\"late, hot\"\n")));
        seeds.Add(new SeedFile("elapsed.cramps.json", InputKind.CrampJson,
            Encoding.UTF8.GetBytes("[{\"elapsed\": 750, \"muscle\": \"calf\"},\n{\"elapsed\": \"1:02:03\", \"muscle\": \"quadriceps\", \"severity\": 7}]\n")));
        return seeds;
    }

    /// <summary>A minimal Training Center XML of the activity (the project writes no TCX, and the fuzzer needs well-formed ones).</summary>
    public static string TcxText(Activity activity)
    {
        var s = activity.Samples;
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\" xmlns:ns3=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\">\n");
        var start = s.Count > 0 ? IsoUtc.Format(s.UnixSeconds[0]) : "2024-06-01T08:00:00Z";
        sb.Append(CultureInfo.InvariantCulture, $"<Activities><Activity Sport=\"Running\"><Id>{start}</Id><Lap StartTime=\"{start}\"><TotalTimeSeconds>{s.Count}</TotalTimeSeconds><DistanceMeters>0</DistanceMeters><Track>\n");
        for (var i = 0; i < s.Count; i++)
        {
            sb.Append("<Trackpoint>");
            if (!double.IsNaN(s.UnixSeconds[i])) sb.Append(CultureInfo.InvariantCulture, $"<Time>{IsoUtc.Format(s.UnixSeconds[i])}</Time>");
            if (!double.IsNaN(s.Latitude[i])) sb.Append(CultureInfo.InvariantCulture, $"<Position><LatitudeDegrees>{s.Latitude[i]:R}</LatitudeDegrees><LongitudeDegrees>{s.Longitude[i]:R}</LongitudeDegrees></Position>");
            if (!double.IsNaN(s.AltitudeMeters[i])) sb.Append(CultureInfo.InvariantCulture, $"<AltitudeMeters>{s.AltitudeMeters[i]:R}</AltitudeMeters>");
            if (!double.IsNaN(s.DistanceMeters[i])) sb.Append(CultureInfo.InvariantCulture, $"<DistanceMeters>{s.DistanceMeters[i]:R}</DistanceMeters>");
            if (!double.IsNaN(s.HeartRateBpm[i])) sb.Append(CultureInfo.InvariantCulture, $"<HeartRateBpm><Value>{s.HeartRateBpm[i]:0}</Value></HeartRateBpm>");
            sb.Append("<Extensions><ns3:TPX>");
            if (!double.IsNaN(s.SpeedMetersPerSecond[i])) sb.Append(CultureInfo.InvariantCulture, $"<ns3:Speed>{s.SpeedMetersPerSecond[i]:R}</ns3:Speed>");
            if (!double.IsNaN(s.Cadence[i])) sb.Append(CultureInfo.InvariantCulture, $"<ns3:RunCadence>{s.Cadence[i] / 2:0}</ns3:RunCadence>");
            sb.Append("</ns3:TPX></Extensions></Trackpoint>\n");
        }
        sb.Append("</Track></Lap><Creator><Name>CrampSignals simulator</Name></Creator></Activity></Activities></TrainingCenterDatabase>\n");
        return sb.ToString();
    }

    /// <summary>The corpus's readable files (FIT, GPX, TCX), when the corpus is found; read, never copied.</summary>
    public static IEnumerable<SeedFile> Corpus()
    {
        var root = CorpusRoot();
        if (root is null) yield break;
        foreach (var (folder, kind) in new[] { ("fit", InputKind.Fit), ("fit-invalid", InputKind.Fit), ("gpx", InputKind.Gpx), ("tcx", InputKind.Tcx) })
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            {
                // Big files make each iteration slow and add little the small ones do not already cover.
                if (new FileInfo(file).Length > 400_000) continue;
                yield return new SeedFile("corpus-" + Path.GetFileName(file), kind, File.ReadAllBytes(file));
            }
        }
    }

    /// <summary>CRAMPSIGNALS_CORPUS, else ../shared/corpus above the repository; null when neither exists.</summary>
    public static string? CorpusRoot()
    {
        var env = Environment.GetEnvironmentVariable("CRAMPSIGNALS_CORPUS");
        if (!string.IsNullOrEmpty(env)) return Directory.Exists(env) ? env : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "CrampSignals.sln"))) continue;
            // ../shared/corpus from the repository, or from any folder above it (a worktree sits deeper than a clone).
            for (var up = dir.Parent; up is not null; up = up.Parent)
            {
                var candidate = Path.Combine(up.FullName, "shared", "corpus");
                if (Directory.Exists(candidate)) return candidate;
            }
            return null;
        }
        return null;
    }
}
