using System.IO.Compression;
using CrampSignals.Activities;
using CrampSignals.Cramps;
using CrampSignals.Formats;
using CrampSignals.Formats.Archives;
using CrampSignals.Formats.Exports;
using CrampSignals.Signals;
using CrampSignals.Simulation;
using CrampSignals.Simulation.Archives;

namespace CrampSignals.Tests.Simulation;

/// <summary>The simulated account exports read back through the project's own export readers, file by file and text by text.</summary>
public sealed class ArchiveSimulatorTests(ArchiveSimulatorTests.Exports exports) : IDisposable, IClassFixture<ArchiveSimulatorTests.Exports>
{
    /// <summary>One larger export per layout, shared by the tests that only read it.</summary>
    public sealed class Exports : IDisposable
    {
        private readonly string _dir = Path.Combine(Path.GetTempPath(), $"archsim-shared-{Guid.NewGuid():N}");
        private readonly Dictionary<ArchiveLayout, (ArchiveFiles Files, List<ArchiveItem> Items)> _made = [];

        internal (ArchiveFiles Files, List<ArchiveItem> Items) Get(ArchiveLayout layout)
        {
            lock (_made)
            {
                if (!_made.TryGetValue(layout, out var made))
                {
                    var (files, items, _) = ArchiveSimulator.WriteWithTruth(Path.Combine(_dir, layout.ToString()), layout, zip: false, activities: 300, seed: 5, years: 4, truthPath: null);
                    _made[layout] = made = (files, items);
                }
                return made;
            }
        }

        public void Dispose()
        {
            if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
        }
    }

    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"archsim-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private IReadOnlyList<string> _otherFiles = [];

    private (ArchiveFiles Files, List<ArchiveItem> Items) Write(string name, ArchiveLayout layout, bool zip, int activities = 150, int seed = 11)
    {
        var (files, items, other) = ArchiveSimulator.WriteWithTruth(Path.Combine(_dir, name), layout, zip, activities, seed, years: 4, truthPath: null);
        _otherFiles = other;
        return (files, items);
    }

    private static Dictionary<string, byte[]> Entries(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        });
    }

    [Fact]
    public void A_strava_zip_reads_back_with_every_activity_and_file_accounted_for()
    {
        var (files, items) = Write("strava.zip", ArchiveLayout.Strava, zip: true);
        Assert.Equal(Path.Combine(_dir, "strava.truth.json"), files.Truth);
        Assert.True(File.Exists(files.Truth));
        var entries = Entries(files.Archive);
        Assert.Equal(ExportKind.Strava, ExportLayout.Detect(entries.Keys));

        var (read, warnings) = StravaActivitiesCsv.Read(new MemoryStream(entries["activities.csv"]), "activities.csv");
        Assert.Empty(warnings);
        Assert.Equal(items.Count, read.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var (want, got) = (items[i], read[i]);
            Assert.Equal(want.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), got.Id);
            Assert.Equal(want.StartUtc, got.StartUtc);
            Assert.Equal(want.Title, got.Title);
            Assert.Equal(want.Description, got.Description);
            Assert.Equal(want.PrivateNote, got.PrivateNote);
            Assert.Equal(want.File, got.FileInArchive);
            Assert.Equal(want.Sport.IsRun, got.Sport == Sport.Running);
            Assert.Equal(want.DistanceMeters, got.DistanceMeters!.Value, 1);
            Assert.Equal(want.ElapsedSeconds, got.Elapsed!.Value.TotalSeconds, 1);
            Assert.Equal(want.Race, got.Race == true);
        }
        Assert.Contains(items, i => i.Manual && i.File is null);
        Assert.Contains(items, i => i.DuplicateFile is not null);
        Assert.Contains(read, a => a.Description?.Contains('\n') == true);
        Assert.Contains(read, a => (a.Description ?? a.PrivateNote ?? "").Contains('"'));

        // Every entry is the index or a file the truth names; the walker finds each activity file and no other.
        var expected = items.SelectMany(i => new[] { i.File, i.DuplicateFile }).OfType<string>().ToHashSet();
        Assert.Equal(expected.Append("activities.csv").Order(), entries.Keys.Order());
        var walker = new ZipArchiveWalker(new ZipLimits(1 << 26));
        var found = walker.Walk(File.ReadAllBytes(files.Archive), "strava.zip").Select(e => e.Name).ToList();
        Assert.Empty(walker.Failures);
        Assert.Equal(expected.Select(f => "strava.zip!/" + f).Order(), found.Order());

        foreach (var item in items.Where(i => i.File is not null))
        {
            var activity = ActivityFile.Load(new MemoryStream(entries[item.File!]), item.File!);
            Assert.True(activity.Samples.Count > 0, item.File);
            Assert.Equal(item.StartUtc, activity.Samples.TimeAt(0));
        }
    }

    [Fact]
    public void A_strava_folder_holds_the_same_export_and_its_tcx_files_start_with_blanks()
    {
        var (zipped, _) = Write("strava.zip", ArchiveLayout.Strava, zip: true, activities: 60);
        var (folder, items) = Write("strava", ArchiveLayout.Strava, zip: false, activities: 60);
        Assert.True(Directory.Exists(folder.Archive));
        Assert.Equal(Path.Combine(_dir, "strava.truth.json"), folder.Truth);
        Assert.Equal(Entries(zipped.Archive)["activities.csv"], File.ReadAllBytes(Path.Combine(folder.Archive, "activities.csv")));
        var onDisk = Directory.GetFiles(folder.Archive, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder.Archive, f).Replace('\\', '/')).Order();
        Assert.Equal(items.SelectMany(i => new[] { i.File, i.DuplicateFile }).OfType<string>().Append("activities.csv").Order(), onDisk);

        var tcx = items.Where(i => i.FileKind == ArchiveFileKind.TcxGz).ToList();
        Assert.NotEmpty(tcx);
        foreach (var item in tcx)
        {
            var path = Path.Combine(folder.Archive, item.File!);
            using (var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress))
            using (var reader = new StreamReader(gz))
            {
                var text = reader.ReadToEnd();
                Assert.True(char.IsWhiteSpace(text[0]), item.File);
                Assert.StartsWith("<?xml", text.TrimStart());
            }
            var activity = ActivityFile.Load(path);
            Assert.Equal(ActivityFormat.Tcx, activity.Source?.Format);
            Assert.Equal(item.StartUtc, activity.Samples.TimeAt(0));
        }
        Assert.Contains(items, i => i.FileKind == ArchiveFileKind.Gpx);
        Assert.Contains(items, i => i.FileKind == ArchiveFileKind.GpxGz);
        Assert.Contains(items, i => i.FileKind == ArchiveFileKind.FitGz);
    }

    [Fact]
    public void A_garmin_export_reads_back_and_every_uploaded_file_is_matched_to_its_activity()
    {
        var (files, items) = Write("garmin.zip", ArchiveLayout.Garmin, zip: true);
        var bytes = File.ReadAllBytes(files.Archive);
        var entries = Entries(files.Archive);
        Assert.Equal(ExportKind.Garmin, ExportLayout.Detect(entries.Keys));
        var summaryName = Assert.Single(entries.Keys, ExportLayout.IsGarminSummary);
        Assert.EndsWith("_0_summarizedActivities.json", summaryName);
        Assert.Contains(entries.Keys, ExportLayout.IsGarminUploadZip);

        var (summaries, warnings) = GarminSummaries.Read(entries[summaryName], summaryName);
        Assert.Empty(warnings);
        Assert.Equal(items.Count, summaries.Count);
        for (var i = 0; i < items.Count; i++)
        {
            Assert.Equal(items[i].StartUtc, summaries[i].StartUtc);
            Assert.Equal(items[i].Title, summaries[i].Title);
            Assert.Equal(items[i].Description, summaries[i].Description);
            Assert.Equal(items[i].Sport.IsRun, summaries[i].Sport == Sport.Running);
            Assert.Equal(items[i].Sport.GarminType, summaries[i].TypeName);
            Assert.Equal(items[i].DistanceMeters, summaries[i].DistanceMeters!.Value, 1);
            Assert.InRange(summaries[i].Elapsed!.Value.TotalSeconds - items[i].ElapsedSeconds, 0, 1);
            Assert.InRange(summaries[i].Moving!.Value.TotalSeconds - items[i].MovingSeconds, -1, 1);
        }

        var walker = new ZipArchiveWalker(new ZipLimits(1 << 28));
        var loaded = new Dictionary<string, Activity>();
        foreach (var entry in walker.Walk(bytes, "garmin.zip"))
            loaded[entry.Name] = ActivityFile.Load(entry.Read()!.Value, entry.Name);
        Assert.Empty(walker.Failures);
        var match = GarminFileMatcher.Match(summaries, loaded.Keys, f => loaded[f].Samples.TimeAt(0));
        // The settings files are FIT but hold no activity: they are the files no summary takes.
        Assert.Equal(2, _otherFiles.Count);
        Assert.Equal(_otherFiles.Select(f => "garmin.zip!/" + f).Order(), match.UnmatchedFiles.Order());
        Assert.All(_otherFiles, f => Assert.Equal(0, loaded["garmin.zip!/" + f].Samples.Count));
        Assert.True(match.MatchedByTime > 0);
        Assert.True(match.MatchedByTime < loaded.Count);
        for (var i = 0; i < items.Count; i++)
            Assert.Equal(items[i].File is null ? null : "garmin.zip!/" + items[i].File, match.Activities[i].FileInArchive);
        Assert.Contains(items, i => i.Manual);
    }

    [Theory]
    [InlineData(ArchiveLayout.Strava)]
    [InlineData(ArchiveLayout.Garmin)]
    public void Every_planted_cramp_is_read_where_it_was_planted_and_no_decoy_is_read(ArchiveLayout layout)
    {
        var (_, items) = exports.Get(layout);
        var problems = new List<string>();
        var planted = items.SelectMany(i => i.Cramps).ToList();
        Assert.True(planted.Count >= 7, $"only {planted.Count} cramps planted");
        Assert.Equal(CrampPhrases.Languages.Order(), planted.Select(c => c.Language).Distinct().Order());
        foreach (var item in items)
        {
            var mentions = CrampMentions.Read(item.Title, item.Description, item.PrivateNote);
            if (mentions.Count != item.Cramps.Count)
                problems.Add($"{item.Id}: {item.Cramps.Count} planted, {mentions.Count} read in '{item.Title}' / '{item.Description}' / '{item.PrivateNote}'");
            foreach (var c in item.Cramps)
            {
                var m = mentions.FirstOrDefault(m => m.Text.Contains(c.Text.TrimEnd('.'), StringComparison.Ordinal));
                if (m is null) { problems.Add($"{item.Id}: '{c.Text}' not read"); continue; }
                if (Misread(c, m) is string why) problems.Add($"{item.Id}: '{c.Text}' {why}");
            }
            foreach (var (_, text) in item.Decoys)
                if (CrampMentions.Read(text).Count > 0) problems.Add($"{item.Id}: decoy '{text}' read as a cramp");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(items, i => i.Decoys.Count > 0);
    }

    [Fact]
    public void Every_phrase_and_decoy_the_generator_can_plant_reads_as_planted()
    {
        var problems = new List<string>();
        foreach (var t in CrampPhrases.Templates)
        {
            var c = new PlantedCramp(t, TextSource.Description) { Number = t.Position == PhrasePosition.LastKm ? 2 : 17, ElapsedSeconds = t.Position == PhrasePosition.Clock ? 6300 : null };
            c.Text = CrampPhrases.Render(t, c.Number, 6300);
            var m = CrampMentions.Read(c.Text);
            if (m.Count != 1) problems.Add($"'{c.Text}': {m.Count} mentions");
            else if (Misread(c, m[0]) is string why) problems.Add($"'{c.Text}' {why}");
        }
        foreach (var (_, text) in CrampPhrases.Decoys.Concat(CrampPhrases.Fillers.Select(f => ("", f))))
            if (CrampMentions.Read(text).Count > 0) problems.Add($"'{text}' read as a cramp");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        foreach (var language in CrampPhrases.Languages)
            Assert.Contains(CrampPhrases.Templates, t => t.Language == language && t.Position == PhrasePosition.AtKm);
    }

    private static string? Misread(PlantedCramp c, CrampMention m)
    {
        if (m.Language != c.Language) return $"read as {m.Language}";
        if (c.Muscle is Muscle muscle && m.Muscle != muscle) return $"muscle {m.Muscle} instead of {muscle}";
        var expected = c.Position switch
        {
            PhrasePosition.AtKm or PhrasePosition.KmMarker => m.AtMeters == c.Number * 1000.0,
            PhrasePosition.AtMile => m.AtMeters is double d && Math.Abs(d - c.Number * 1609.344) < 0.01,
            PhrasePosition.Clock => m.Elapsed is TimeSpan e && Math.Abs(e.TotalSeconds - c.ElapsedSeconds!.Value) < 60,
            PhrasePosition.LastKm => m.FromEndMeters == c.Number * 1000.0,
            PhrasePosition.AfterFinish or PhrasePosition.Night => m.AfterRun,
            _ => m is { AtMeters: null, FromEndMeters: null, Elapsed: null, AfterRun: false },
        };
        return expected ? null : $"placed at {m.AtMeters} m / {m.FromEndMeters} m from the end / {m.Elapsed} / after {m.AfterRun}, planted {c.Position} {c.Number}";
    }

    [Theory]
    [InlineData(ArchiveLayout.Strava)]
    [InlineData(ArchiveLayout.Garmin)]
    public void A_cramp_placed_by_distance_is_where_the_written_file_reaches_that_distance(ArchiveLayout layout)
    {
        var (files, items) = exports.Get(layout);
        var entries = layout == ArchiveLayout.Garmin ? GarminFits(files.Archive) : null;
        var checkedCount = 0;
        foreach (var item in items.Where(i => i.File is not null && i.FileKind is not (ArchiveFileKind.Gpx or ArchiveFileKind.GpxGz)))
        {
            var placed = item.Cramps.Where(c => c.Position is PhrasePosition.AtKm or PhrasePosition.KmMarker or PhrasePosition.AtMile or PhrasePosition.LastKm or PhrasePosition.Clock).ToList();
            if (placed.Count == 0) continue;
            var activity = entries is null ? ActivityFile.Load(Path.Combine(files.Archive, item.File!)) : ActivityFile.Load(entries[item.File!], item.File!);
            var s = activity.Samples;
            var total = ChannelStatistics.Last(s.DistanceMeters);
            foreach (var c in placed)
            {
                var at = c.ElapsedSeconds!.Value;
                if (c.Position != PhrasePosition.Clock)
                {
                    var meters = c.Position switch { PhrasePosition.AtMile => c.Number * 1609.344, PhrasePosition.LastKm => total - c.Number * 500.0, _ => c.Number * 1000.0 };
                    Assert.InRange(ArchiveActivityBuilder.TimeAtDistance(s, meters), at - 10, at + 10);
                }
                if (c.Position == PhrasePosition.LastKm) Assert.InRange(total - DistanceAt(s, at), 0, c.Number * 1000.0);
                else
                {
                    // The cramp stops the runner: a few seconds on, they are walking or standing, not running.
                    var after = Enumerable.Range(0, s.Count).First(i => s.UnixSeconds[i] - s.UnixSeconds[0] >= at + 8);
                    Assert.True(s.SpeedMetersPerSecond[after] < 1.8, $"{item.Id}: {s.SpeedMetersPerSecond[after]} m/s after '{c.Text}'");
                }
                checkedCount++;
            }
        }
        Assert.True(checkedCount >= 3, $"only {checkedCount} cramps placed by distance or time");
    }

    private static double DistanceAt(SampleTable s, double elapsed)
    {
        for (var i = 0; i < s.Count; i++)
            if (s.UnixSeconds[i] - s.UnixSeconds[0] >= elapsed) return s.DistanceMeters[i];
        return double.NaN;
    }

    private static Dictionary<string, ReadOnlyMemory<byte>> GarminFits(string folder)
    {
        var result = new Dictionary<string, ReadOnlyMemory<byte>>();
        foreach (var part in Directory.GetFiles(Path.Combine(folder, "DI_CONNECT", "DI-Connect-Uploaded-Files"), "*.zip"))
            foreach (var (name, bytes) in Entries(part))
                result[$"DI_CONNECT/DI-Connect-Uploaded-Files/{Path.GetFileName(part)}!/{name}"] = bytes;
        return result;
    }

    [Fact]
    public void Long_hot_runs_cramp_far_more_often_and_their_files_read_hot()
    {
        var runner = ArchivePlanner.Runner(3);
        var plan = ArchivePlanner.Plan(runner, ArchiveLayout.Strava, 2000, 3, 10).Where(i => i.Sport.IsRun && !i.Manual).ToList();
        var hotLong = plan.Where(i => i.IsHot && i.IsLong).ToList();
        var other = plan.Where(i => !(i.IsHot && i.IsLong)).ToList();
        Assert.True(hotLong.Count >= 40, $"{hotLong.Count} long hot runs");
        var hotShare = hotLong.Count(i => i.Cramps.Count > 0) / (double)hotLong.Count;
        var otherShare = other.Count(i => i.Cramps.Count > 0) / (double)other.Count;
        Assert.InRange(hotShare, 0.35, 0.65);
        Assert.InRange(otherShare, 0.02, 0.08);

        // The heat is in the files: the heat detector fires on the hot runs' wrist temperature and not on the cold ones.
        var (_, items) = Write("export", ArchiveLayout.Strava, zip: false, activities: 120, seed: 3);
        var hot = items.Where(i => i.Sport.IsRun && i.IsHot && i.IsLong && !i.Manual).Take(3).ToList();
        var cold = items.Where(i => i.Sport.IsRun && i.AirCelsius < 15 && !i.Manual).Take(3).ToList();
        Assert.NotEmpty(hot);
        Assert.NotEmpty(cold);
        foreach (var item in hot) Assert.True(HasHeat(item), $"{item.Id} at {item.AirCelsius} °C");
        foreach (var item in cold) Assert.False(HasHeat(item), $"{item.Id} at {item.AirCelsius} °C");
    }

    private bool HasHeat(ArchiveItem item)
    {
        var activity = ActivityFile.Load(Path.Combine(_dir, "export", item.File!));
        return SignalAnalyzer.Analyze(activity).Findings.Any(f => f.Kind == FindingKind.HeatExposure);
    }

    [Fact]
    public void The_same_seed_writes_the_same_index_and_another_seed_another()
    {
        var a = Write("a", ArchiveLayout.Strava, zip: false, activities: 40, seed: 21).Files;
        var b = Write("b", ArchiveLayout.Strava, zip: false, activities: 40, seed: 21).Files;
        var c = Write("c", ArchiveLayout.Strava, zip: false, activities: 40, seed: 22).Files;
        var csv = (ArchiveFiles f) => File.ReadAllBytes(Path.Combine(f.Archive, "activities.csv"));
        Assert.Equal(csv(a), csv(b));
        Assert.NotEqual(csv(a), csv(c));
        var files = (ArchiveFiles f) => Directory.GetFiles(f.Archive, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(f.Archive, p)).Order().ToList();
        Assert.Equal(files(a), files(b));
        foreach (var name in files(a)) Assert.Equal(File.ReadAllBytes(Path.Combine(a.Archive, name)), File.ReadAllBytes(Path.Combine(b.Archive, name)));
        Assert.Equal(File.ReadAllText(a.Truth).Replace(a.Archive, "X"), File.ReadAllText(b.Truth).Replace(b.Archive, "X"));
    }

    [Fact]
    public void Bad_counts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ArchiveSimulator.Write(Path.Combine(_dir, "x"), ArchiveLayout.Strava, activities: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ArchiveSimulator.Write(Path.Combine(_dir, "x"), ArchiveLayout.Garmin, years: 0));
    }
}
