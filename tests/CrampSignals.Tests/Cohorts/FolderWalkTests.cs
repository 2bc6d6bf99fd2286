using System.Diagnostics;
using CrampSignals.Cohorts;
using CrampSignals.Cramps;
using CrampSignals.Formats;
using CrampSignals.Formats.Fit;
using CrampSignals.Runs;

namespace CrampSignals.Tests.Cohorts;

/// <summary>
/// The walk over folders given to analyze and cohort, on trees built here: link loops, clashing names, unreadable folders,
/// paths too long to open, and cramps reaching a run from several logs. Each tree is a generated run plus the one edit that
/// broke the walk before.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FolderWalkTests : IDisposable
{
    private static readonly DateTime Day = new(2024, 5, 4, 7, 0, 0, DateTimeKind.Utc);
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("crampsignals-walk-");

    public void Dispose()
    {
        // Trees deeper than the path limit cannot be removed by name: rm walks them relative to each folder.
        using var rm = Process.Start("rm", ["-rf", _root.FullName]);
        rm.WaitForExit();
    }

    private string PathOf(string relative) => Path.Combine(_root.FullName, relative);

    private string Run(string relative, int day = 0, int minutes = 20)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var activity = new TestRun { Start = Day.AddDays(day), Seconds = minutes * 60, Seed = day + 1 }.Build();
        File.WriteAllBytes(path, FitActivityWriter.ToBytes(activity));
        return path;
    }

    private void Text(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    /// <summary>Fails (rather than hangs) when the work takes over a minute.</summary>
    private static T Within60s<T>(Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(TimeSpan.FromSeconds(60)), "the walk did not finish within 60 s");
        return task.Result;
    }

    [Fact]
    public void Two_links_to_a_parent_folder_neither_hang_nor_multiply_the_runs()
    {
        Run("cohort/r1/a.fit", 0);
        Run("cohort/r1/b.fit", 1);
        Text("cohort/r1/cramps.csv", $"time,muscle\n{Day.AddMinutes(10):yyyy-MM-ddTHH:mm:ssZ},calf\n");
        File.CreateSymbolicLink(PathOf("cohort/r1/up"), "..");
        File.CreateSymbolicLink(PathOf("cohort/r1/again"), "..");

        foreach (var follow in new[] { false, true })
        {
            var map = Within60s(() => CohortAnalyzer.Map([PathOf("cohort")], new CohortOptions { FollowLinks = follow }));
            Assert.Equal(2, map.Records.Length);
            Assert.Empty(map.Duplicates);
            Assert.Equal(1, map.Records.Sum(r => r.Cramps.Length));
            Assert.All(map.Records, r => Assert.DoesNotContain("up/", r.File, StringComparison.Ordinal));
            Assert.Contains(map.Warnings, w => w.Contains("link", StringComparison.Ordinal));
        }
        var analyzed = Within60s(() => CohortAnalyzer.AnalyzeMany([PathOf("cohort")], cohort: new CohortOptions { FollowLinks = true }));
        Assert.Equal(2, analyzed.Runs.Length);
        Assert.Equal(1, analyzed.Cramps);
    }

    [Fact]
    public void A_single_file_inside_a_looping_tree_reads_only_itself_and_its_side_cars()
    {
        var file = Run("tree/r1/a.fit");
        Run("tree/r2/b.fit", 1);
        Text("tree/cramps.csv", $"time,muscle\n{Day.AddMinutes(5):yyyy-MM-ddTHH:mm:ssZ},calf\n");
        Text("tree/r1/a.cramps.csv", $"time,muscle\n{Day.AddMinutes(12):yyyy-MM-ddTHH:mm:ssZ},hamstring\n");
        File.CreateSymbolicLink(PathOf("tree/r1/loop"), "..");

        var map = Within60s(() => CohortAnalyzer.Map([file]));
        var run = Assert.Single(map.Records);
        var cramp = Assert.Single(run.Cramps);
        Assert.Equal("hamstring", cramp.Muscle, ignoreCase: true);
    }

    [Fact]
    public void Folders_sharing_a_name_keep_every_run_apart_by_position()
    {
        foreach (var year in new[] { "2023", "2024" })
        {
            Run($"{year}/cohort/r1/run.fit", year == "2023" ? 0 : 400);
            Run($"{year}/cohort/r2/run.fit", year == "2023" ? 1 : 401);
        }
        var map = CohortAnalyzer.Map([PathOf("2023/cohort"), PathOf("2024/cohort")]);
        Assert.Equal(4, map.Records.Length);
        Assert.Equal(["cohort#1/r1/run.fit", "cohort#1/r2/run.fit", "cohort#2/r1/run.fit", "cohort#2/r2/run.fit"], map.Records.Select(r => r.File));
        // Runners stay per folder level and per argument.
        Assert.Equal(4, map.Records.Select(r => (r.File[..8], r.Runner)).Distinct().Count());
    }

    [Fact]
    public void Files_sharing_a_name_are_both_counted()
    {
        var a = Run("a/run.fit", 0);
        var b = Run("b/run.fit", 3);
        var map = CohortAnalyzer.Map([a, b]);
        Assert.Equal(["run.fit#1", "run.fit#2"], map.Records.Select(r => r.File));
        Assert.Equal(2, CohortAnalyzer.AnalyzeMany([a, b]).Runs.Length);
    }

    [Fact]
    public void One_file_reached_by_two_arguments_is_read_once_with_a_note()
    {
        var file = Run("c/r1/run.fit");
        Run("c/r1/other.fit", 2);
        var map = CohortAnalyzer.Map([PathOf("c"), file]);
        Assert.Equal(2, map.Records.Length);
        Assert.Contains(map.Warnings, w => w.Contains("read once", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_that_cannot_be_listed_is_a_failure_and_the_rest_goes_on()
    {
        Run("u/r1/a.fit");
        Run("u/locked/b.fit", 1);
        var walker = new FolderWalker(lister: folder => folder.EndsWith("locked", StringComparison.Ordinal)
            ? throw new UnauthorizedAccessException($"Access to the path '{folder}' is denied.")
            : FolderWalker.ListFolder(folder));
        var found = walker.Walk([PathOf("u")]).ToList();
        Assert.Equal(["r1/a.fit"], found.Select(f => f.Relative));
        var failure = Assert.Single(walker.Failures);
        Assert.EndsWith("locked", failure.Path, StringComparison.Ordinal);
        Assert.Contains("permission denied", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_the_right_to_read_it_is_listed_as_a_failure()
    {
        Run("p/r1/a.fit");
        Run("p/locked/b.fit", 1);
        File.SetUnixFileMode(PathOf("p/locked"), UnixFileMode.None);
        try
        {
            // The super-user reads every folder whatever its mode; the injected lister above covers the same path for it.
            if (Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root") return;
            var map = CohortAnalyzer.Map([PathOf("p")]);
            Assert.Single(map.Records);
            Assert.Contains(map.Failures, f => f.Path.EndsWith("locked", StringComparison.Ordinal));
            Assert.Equal(2, map.Files);
        }
        finally { File.SetUnixFileMode(PathOf("p/locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute); }
    }

    [Fact]
    public void A_path_past_the_system_limit_is_a_failure_not_the_end_of_the_job()
    {
        Run("deep/r1/a.fit");
        // Built a folder at a time, each step relative to the last, as no single path that long can be opened.
        var segment = new string('d', 200);
        var script = $"cd '{PathOf("deep")}' && for i in $(seq 1 22); do mkdir {segment} && cd {segment}; done && cp '{PathOf("deep/r1/a.fit")}' b.fit";
        using (var bash = Process.Start("bash", ["-c", script])) bash.WaitForExit();

        var map = Within60s(() => CohortAnalyzer.Map([PathOf("deep")]));
        Assert.Single(map.Records);
        Assert.NotEmpty(map.Failures);
        Assert.Equal(map.Records.Length + map.Failures.Length, map.Files);
    }

    [Fact]
    public void Side_car_cramps_far_from_the_run_are_left_out_with_a_warning_as_folder_logs_are()
    {
        Run("s/r1/run.fit", 0, minutes: 30);
        Text("s/r1/run.cramps.csv", string.Join('\n',
            "time,muscle",
            $"{Day.AddMinutes(15):yyyy-MM-ddTHH:mm:ssZ},calf",
            $"{Day.AddHours(3):yyyy-MM-ddTHH:mm:ssZ},foot",
            $"{new DateTime(2010, 5, 4, 7, 10, 0):yyyy-MM-ddTHH:mm:ssZ},calf",
            $"{Day.AddDays(41):yyyy-MM-ddTHH:mm:ssZ},hamstring") + "\n");
        var map = CohortAnalyzer.Map([PathOf("s")]);
        var run = Assert.Single(map.Records);
        Assert.Equal(["calf", "foot"], run.Cramps.Select(c => c.Muscle!.ToLowerInvariant()));
        Assert.Equal(2, map.Warnings.Count(w => w.Contains("not counted", StringComparison.Ordinal)));

        var analyzed = CohortAnalyzer.AnalyzeMany([PathOf("s")], cohort: new CohortOptions { CrampLogFor = SideCarFiles.CrampLogFor });
        Assert.Equal(2, analyzed.Cramps);
    }

    [Fact]
    public void The_same_cramp_from_several_logs_counts_once_and_names_them()
    {
        Run("d/r1/run.fit");
        Run("d/r1/next.fit", 2);
        var log = $"time,muscle\n{Day.AddMinutes(8):yyyy-MM-ddTHH:mm:ssZ},calf\n{Day.AddDays(2).AddMinutes(9):yyyy-MM-ddTHH:mm:ssZ},calf\n";
        Text("d/cramps.csv", log);
        Text("d/r1/cramps.csv", log);
        Text("d/r1/run.cramps.csv", log.Split('\n')[0] + "\n" + log.Split('\n')[1] + "\n");
        var shared = CrampLogReader.Read(System.Text.Encoding.UTF8.GetBytes(log), "given.csv");

        var map = CohortAnalyzer.Map([PathOf("d")], new CohortOptions { Cramps = shared });
        Assert.Equal(2, map.Records.Sum(r => r.Cramps.Length));
        var note = Assert.Single(map.Warnings, w => w.StartsWith("r1/run.fit", StringComparison.Ordinal) && w.Contains("counted once", StringComparison.Ordinal));
        Assert.Contains("--cramps", note, StringComparison.Ordinal);
        Assert.Contains("r1/cramps.csv", note, StringComparison.Ordinal);
        Assert.Contains("run.cramps.csv", note, StringComparison.Ordinal);

        var analyzed = CohortAnalyzer.AnalyzeMany([PathOf("d")], shared, cohort: new CohortOptions { CrampLogFor = SideCarFiles.CrampLogFor });
        Assert.Equal(2, analyzed.Cramps);
    }

    [Fact]
    public void An_empty_side_car_log_or_a_weather_file_without_a_header_keeps_the_run_with_a_warning()
    {
        Run("e/r1/run.fit");
        Run("e/r1/hot.fit", 1);
        Text("e/r1/run.cramps.csv", "");
        Text("e/r1/hot.weather.csv", "2024-05-05T07:00:00Z,31,40\n");
        var map = CohortAnalyzer.Map([PathOf("e")]);
        Assert.Equal(2, map.Records.Length);
        Assert.Empty(map.Failures);
        Assert.Contains(map.Warnings, w => w.StartsWith("r1/run.fit: its cramp log cannot be read", StringComparison.Ordinal));
        Assert.Contains(map.Warnings, w => w.StartsWith("r1/hot.fit: its weather file cannot be read", StringComparison.Ordinal));

        var analyzed = CohortAnalyzer.AnalyzeMany([PathOf("e")], cohort: new CohortOptions { CrampLogFor = SideCarFiles.CrampLogFor, WeatherFor = SideCarFiles.WeatherFor });
        Assert.Equal(2, analyzed.Runs.Length);
        Assert.Empty(analyzed.Failures);
    }

    [Fact]
    public void A_file_that_reads_as_no_samples_is_unreadable_not_a_run()
    {
        var good = Run("z/r1/run.fit");
        // The header alone: a reader gets a file id of nothing, warnings and no records.
        File.WriteAllBytes(PathOf("z/r1/header-only.fit"), File.ReadAllBytes(good)[..14]);
        var map = CohortAnalyzer.Map([PathOf("z")]);
        Assert.Single(map.Records);
        Assert.Contains(map.Failures, f => f.Path.EndsWith("header-only.fit", StringComparison.Ordinal));
        var analyzed = CohortAnalyzer.AnalyzeMany([PathOf("z")]);
        Assert.Single(analyzed.Runs);
        Assert.Contains(analyzed.Failures, f => f.Path.EndsWith("header-only.fit", StringComparison.Ordinal));
        Assert.Equal(analyzed.Files, analyzed.Runs.Length + analyzed.Failures.Length + analyzed.Skipped.Length + analyzed.Duplicates.Length);
    }
}
