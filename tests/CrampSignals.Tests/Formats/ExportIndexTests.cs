using System.Globalization;
using System.Text;
using CrampSignals.Activities;
using CrampSignals.Formats.Exports;

namespace CrampSignals.Tests.Formats;

public class ExportIndexTests
{
    // Strava's header as exports write it: the summary part, then the detailed part repeating Elapsed Time and Distance.
    private static readonly string[] StravaHeader =
    [
        "Activity ID", "Activity Date", "Activity Name", "Activity Type", "Activity Description", "Elapsed Time", "Distance",
        "Max Heart Rate", "Relative Effort", "Commute", "Activity Private Note", "Activity Gear", "Filename", "Athlete Weight",
        "Bike Weight", "Elapsed Time", "Moving Time", "Distance", "Max Speed", "Workout Type",
    ];

    private sealed record Row(string Id, DateTime Start, string Type, string Name, string Description, int ElapsedSeconds, double Km,
        string Note, string File, double ElapsedDetailed, double Moving, double Meters, string WorkoutType = "");

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 || field.Length == 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

    private static string Csv(string[] header, IEnumerable<string[]> rows, string[]? extraColumns = null)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(",", header.Concat(extraColumns ?? []).Select(Quote))).Append('\n');
        foreach (var r in rows) sb.Append(string.Join(",", r.Concat((extraColumns ?? []).Select(_ => "x")).Select(Quote))).Append('\n');
        return sb.ToString();
    }

    private static string[] Fields(Row r) =>
    [
        r.Id, r.Start.ToString("MMM d, yyyy, h:mm:ss tt", CultureInfo.InvariantCulture), r.Name, r.Type, r.Description,
        r.ElapsedSeconds.ToString(CultureInfo.InvariantCulture), r.Km.ToString("0.00", CultureInfo.InvariantCulture), "171.0", "55", "false",
        r.Note, "Shoes", r.File, "", "", r.ElapsedDetailed.ToString("0.###", CultureInfo.InvariantCulture),
        r.Moving.ToString("0.###", CultureInfo.InvariantCulture), r.Meters.ToString("0.0", CultureInfo.InvariantCulture), "4.1", r.WorkoutType,
    ];

    private static (IReadOnlyList<ExportActivity> Activities, IReadOnlyList<ParseWarning> Warnings) ReadStrava(string text, long max = 1 << 20) =>
        StravaActivitiesCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "activities.csv", max);

    private static readonly (string Type, Sport Sport)[] StravaTypes =
    [
        ("Run", Sport.Running), ("Trail Run", Sport.Running), ("Virtual Run", Sport.Running), ("Ride", Sport.Cycling),
        ("Virtual Ride", Sport.Cycling), ("Walk", Sport.Walking), ("Hike", Sport.Hiking), ("Swim", Sport.Swimming),
        ("Workout", Sport.Other), ("Weight Training", Sport.Other), ("Elliptical", Sport.FitnessEquipment), ("Kitesurf", Sport.Other),
    ];

    [Fact]
    public void Strava_rows_read_by_name_with_repeated_columns_quoted_text_and_every_sport()
    {
        var t0 = new DateTime(2024, 8, 28, 5, 7, 43, DateTimeKind.Utc);
        var rows = StravaTypes.Select((t, i) => new Row(
            (11000 + i).ToString(CultureInfo.InvariantCulture), t0.AddDays(i).AddMinutes(i * 7), t.Type, $"Morning {t.Type}",
            i == 0 ? "Hot, humid; calf said \"no\"\nat 8 km,\r\nwalked home" : $"desc {i}",
            3600 + i, 10 + i / 100.0, i == 0 ? "salt, water \"2 l\"" : "", $"activities/{11000 + i}.fit.gz",
            3600.5 + i, 3500.25 + i, 10000 + i * 10.5, i == 0 ? "1" : i == 1 ? "3" : "")).ToList();
        var manual = new Row("99", t0.AddDays(-1), "Run", "Treadmill by hand", "", 1800, 5, "", "", 1800, 1800, 5000);
        var text = Csv(StravaHeader, rows.Append(manual).Select(Fields), ["Total Steps", "Media"]);

        var (activities, warnings) = ReadStrava(text);

        Assert.Empty(warnings);
        Assert.Equal(rows.Count + 1, activities.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (r, a) = (rows[i], activities[i]);
            Assert.Equal(r.Id, a.Id);
            Assert.Equal(r.Start, a.StartUtc);
            Assert.Equal(DateTimeKind.Utc, a.StartUtc!.Value.Kind);
            Assert.Equal(StravaTypes[i].Sport, a.Sport);
            Assert.Equal(r.Type, a.TypeName);
            Assert.Equal(r.Name, a.Title);
            Assert.Equal(r.Description, a.Description);
            Assert.Equal(r.Note.Length == 0 ? null : r.Note, a.PrivateNote);
            Assert.Equal(r.File, a.FileInArchive);
            // The detailed columns win: metres and fractional seconds, not the summary's km and whole seconds.
            Assert.Equal(r.Meters, a.DistanceMeters!.Value, 6);
            Assert.Equal(TimeSpan.FromSeconds(r.ElapsedDetailed), a.Elapsed);
            Assert.Equal(TimeSpan.FromSeconds(r.Moving), a.Moving);
        }
        Assert.True(activities[0].Race);
        Assert.False(activities[1].Race);
        Assert.Null(activities[2].Race);
        var m = activities[^1];
        Assert.Equal("99", m.Id);
        Assert.Null(m.FileInArchive);
        Assert.Equal(Sport.Running, m.Sport);
    }

    [Fact]
    public void Strava_summary_columns_fill_in_when_the_detailed_ones_are_missing_or_empty()
    {
        string[] header = ["Activity ID", "Activity Date", "Activity Name", "Activity Type", "Elapsed Time", "Distance", "Filename"];
        string[][] rows = [["1", "2023-05-01 06:00:00", "A", "Run", "3725", "12.34", "activities/1.gpx"]];
        var (activities, warnings) = ReadStrava(Csv(header, rows));
        Assert.Empty(warnings);
        var a = Assert.Single(activities);
        Assert.Equal(12340, a.DistanceMeters!.Value, 6);
        Assert.Equal(TimeSpan.FromSeconds(3725), a.Elapsed);
        Assert.Null(a.Moving);
        Assert.Equal(new DateTime(2023, 5, 1, 6, 0, 0, DateTimeKind.Utc), a.StartUtc);
        Assert.Null(a.Race);

        // Detailed columns present but empty on a row: the summary ones are used.
        var full = Fields(new Row("2", new DateTime(2022, 1, 2, 3, 4, 5, DateTimeKind.Utc), "Run", "B", "", 100, 1.5, "", "activities/2.tcx.gz", 0, 0, 0));
        full[15] = full[17] = "";
        var b = Assert.Single(ReadStrava(Csv(StravaHeader, [full])).Activities);
        Assert.Equal(1500, b.DistanceMeters!.Value, 6);
        Assert.Equal(TimeSpan.FromSeconds(100), b.Elapsed);
    }

    [Fact]
    public void A_strava_export_from_before_2019_reads_with_its_short_header_and_metres()
    {
        var text = "id,date,name,type,description,elapsed_time,distance,commute,gear,filename\n" +
            "1836776031,2018-09-12 15:02:23,Evening Ride,Ride,,783,3681.0,true,Merida,activities/1836776031.gpx\n" +
            "1836776032,2018-09-13 06:00:00,Morning Run,Run,\"easy, flat\",1500,5012.5,false,,activities/1836776032.gpx.gz\n";
        var (activities, warnings) = ReadStrava(text);
        Assert.Empty(warnings);
        Assert.Equal(2, activities.Count);
        Assert.Equal(3681.0, activities[0].DistanceMeters);
        Assert.Equal(Sport.Cycling, activities[0].Sport);
        Assert.Equal(new DateTime(2018, 9, 12, 15, 2, 23, DateTimeKind.Utc), activities[0].StartUtc);
        Assert.Equal(TimeSpan.FromSeconds(783), activities[0].Elapsed);
        Assert.Equal(5012.5, activities[1].DistanceMeters);
        Assert.Equal("easy, flat", activities[1].Description);
        Assert.Equal("activities/1836776032.gpx.gz", activities[1].FileInArchive);
    }

    [Theory]
    [InlineData("Aug 28, 2024, 5:07:43 AM", "2024-08-28T05:07:43")]
    [InlineData("Aug 28, 2024, 5:07:43 PM", "2024-08-28T17:07:43")]
    [InlineData("Aug 28, 2024, 5:07:43\u202FPM", "2024-08-28T17:07:43")]
    [InlineData("Dec 1, 2019 11:59:00 PM", "2019-12-01T23:59:00")]
    [InlineData("2024-08-28 05:07:43", "2024-08-28T05:07:43")]
    [InlineData("2024-08-28T05:07:43Z", "2024-08-28T05:07:43")]
    [InlineData("28 Aug 2024, 05:07:43", "2024-08-28T05:07:43")]
    public void Strava_dates_read_as_utc_in_several_forms(string text, string expected)
    {
        Assert.True(StravaActivitiesCsv.TryParseDate(text, out var t));
        Assert.Equal(DateTime.Parse(expected, CultureInfo.InvariantCulture), t);
        Assert.Equal(DateTimeKind.Utc, t.Kind);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("Aug 28, 1900, 5:07:43 AM")]
    [InlineData("2024-13-28 05:07:43")]
    public void Strava_dates_that_are_no_time_are_refused(string text) => Assert.False(StravaActivitiesCsv.TryParseDate(text, out _));

    [Fact]
    public void Bad_strava_rows_are_warnings_with_their_line_and_the_rest_is_read()
    {
        var t0 = new DateTime(2024, 1, 1, 7, 0, 0, DateTimeKind.Utc);
        var good1 = Fields(new Row("1", t0, "Run", "A", "line one\nline two\nline three", 60, 1, "", "activities/1.fit.gz", 60, 60, 1000));
        var badDate = Fields(new Row("2", t0, "Run", "B", "", 60, 1, "", "activities/2.fit.gz", 60, 60, 1000));
        badDate[1] = "not a date";
        var badDistance = Fields(new Row("3", t0, "Run", "C", "", 60, 1, "", "activities/3.fit.gz", 60, 60, 1000));
        badDistance[17] = "far";
        badDistance[6] = "-4";
        var escaping = Fields(new Row("4", t0, "Run", "D", "", 60, 1, "", "../../etc/passwd", 60, 60, 1000));
        var noId = Fields(new Row("", t0, "Run", "E", "", 60, 1, "", "activities/5.fit.gz", 60, 60, 1000));
        var good2 = Fields(new Row("6", t0, "Hike", "F", "", 60, 1, "", "activities/6.gpx", 60, 60, 1000));
        var text = Csv(StravaHeader, [good1, badDate, badDistance, escaping, noId, good2]);
        // A row with a description whose comma was not quoted: one field too many.
        text += "7,\"Jan 1, 2024, 7:00:00 AM\",G,Run,a, b,60,1,,,,false,,,activities/7.gpx,,,60,60,1000,1,\n";
        text += Csv(StravaHeader, [Fields(new Row("8", t0, "Walk", "H", "", 60, 1, "", "activities/8.gpx", 60, 60, 1000))]).Split('\n', 2)[1];
        text += "9,\"Jan 1, 2024, 7:00:00 AM\",\"never closed\n";

        var (activities, warnings) = ReadStrava(text);

        Assert.Equal(["1", "2", "3", "4", "6", "8"], activities.Select(a => a.Id));
        Assert.Null(activities[1].StartUtc);
        Assert.Null(activities[2].DistanceMeters);
        Assert.Null(activities[3].FileInArchive);
        string W(int line) => string.Join(" | ", warnings.Where(w => w.Line == line).Select(w => w.Message));
        // Line 1 is the header, row 1 spans lines 2-4, so row 2 starts on line 5.
        Assert.Contains("activity 2: Activity Date 'not a date'", W(5));
        Assert.Contains("'far'", W(6));
        Assert.Contains("'-4'", W(6));
        Assert.Contains("points outside the export", W(7));
        Assert.Contains("no activity id", W(8));
        Assert.Contains("fields where the header has 20", W(10));
        Assert.Contains("not closed", W(12));
        Assert.All(warnings, w => Assert.StartsWith("activities.csv: ", w.Message));
    }

    [Fact]
    public void A_file_that_is_not_strava_or_too_large_is_an_error_naming_it()
    {
        var e = Assert.Throws<InputFormatException>(() => ReadStrava("time,muscle\n2024-01-01,calf\n"));
        Assert.Contains("Activity ID", e.Message);
        var german = Assert.Throws<InputFormatException>(() => ReadStrava("Aktivitäts-ID,Aktivitätsdatum,Name der Aktivität\n1,x,y\n"));
        Assert.Contains("language", german.Message);
        Assert.Contains("activities.csv", e.Message);
        Assert.Throws<InputFormatException>(() => ReadStrava(""));
        var big = Csv(StravaHeader, Enumerable.Range(0, 200).Select(i => Fields(new Row($"{i}", DateTime.UnixEpoch.AddYears(40), "Run", "x", "", 1, 1, "", "", 1, 1, 1))));
        var tooLarge = Assert.Throws<InputFormatException>(() => ReadStrava(big, max: 4096));
        Assert.Contains("4096", tooLarge.Message);
        Assert.Equal(200, ReadStrava(big).Activities.Count);
    }

    private static string GarminJson(IEnumerable<string> activities) =>
        "[ {\n  \"summarizedActivitiesExport\" : [\n" + string.Join(",\n", activities) + "\n  ]\n} ]";

    private static string GarminActivity(long id, DateTime start, string type, double seconds, double meters, string extra = "") =>
        string.Create(CultureInfo.InvariantCulture,
            $"{{\"activityId\":{id},\"uuidMsb\":1,\"name\":\"Run {id}\",\"activityType\":\"{type}\",\"description\":\"hot, \\\"very\\\"\\nday\",\"userProfileId\":5,\"timeZoneId\":124,\"beginTimestamp\":{(long)(start - DateTime.UnixEpoch).TotalMilliseconds},\"eventTypeId\":9,\"rule\":\"subscribers\",\"sportType\":\"RUNNING\",\"startTimeGmt\":0,\"startTimeLocal\":1,\"duration\":{seconds * 1000},\"distance\":{meters * 100},\"elevationGain\":2500.0,\"movingDuration\":{seconds * 900},\"splitSummaries\":[{{\"distance\":1,\"noOfSplits\":1}}],\"summarizedDiveInfo\":{{\"summarizedDiveGases\":[]}}{extra}}}");

    private static (IReadOnlyList<ExportActivity> Activities, IReadOnlyList<ParseWarning> Warnings) ReadGarmin(string json) =>
        GarminSummaries.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "me_0_summarizedActivities.json");

    [Fact]
    public void Garmin_summaries_read_with_their_units()
    {
        var t0 = new DateTime(2024, 6, 1, 5, 30, 0, DateTimeKind.Utc);
        (string Type, Sport Sport)[] types =
        [
            ("running", Sport.Running), ("trail_running", Sport.Running), ("treadmill_running", Sport.Running), ("road_biking", Sport.Cycling),
            ("walking", Sport.Walking), ("hiking", Sport.Hiking), ("lap_swimming", Sport.Swimming), ("strength_training", Sport.Running),
        ];
        var json = GarminJson(types.Select((t, i) => GarminActivity(10_000_000_000 + i, t0.AddHours(i * 25), t.Type, 3000 + i, 8000 + i * 111.5)));

        var (activities, warnings) = ReadGarmin(json);

        Assert.Empty(warnings);
        Assert.Equal(types.Length, activities.Count);
        for (var i = 0; i < types.Length; i++)
        {
            var a = activities[i];
            Assert.Equal((10_000_000_000 + i).ToString(CultureInfo.InvariantCulture), a.Id);
            Assert.Equal(t0.AddHours(i * 25), a.StartUtc);
            Assert.Equal(types[i].Type, a.TypeName);
            Assert.Equal(8000 + i * 111.5, a.DistanceMeters!.Value, 6);
            Assert.Equal(TimeSpan.FromSeconds(3000 + i), a.Elapsed);
            Assert.Equal(TimeSpan.FromSeconds((3000 + i) * 0.9), a.Moving);
            Assert.Equal("hot, \"very\"\nday", a.Description);
            Assert.Null(a.FileInArchive);
        }
        // strength_training is no sport the project names, so sportType "RUNNING" decides, as Garmin's own type groups do.
        Assert.Equal(types.Select(t => t.Sport), activities.Select(a => a.Sport));
        Assert.Equal(Sport.Other, GarminSports.Map("strength_training", "TRAINING"));
        Assert.Equal(Sport.Generic, GarminSports.Map(null, null));
    }

    [Fact]
    public void Garmin_reads_a_bare_object_and_an_activity_type_object()
    {
        var json = "{\"summarizedActivitiesExport\":[{\"activityId\":\"77\",\"activityType\":{\"typeId\":1,\"typeKey\":\"running\"},\"distance\":100000}]}";
        var a = Assert.Single(ReadGarmin(json).Activities);
        Assert.Equal("77", a.Id);
        Assert.Equal(Sport.Running, a.Sport);
        Assert.Equal(1000, a.DistanceMeters);
        Assert.Null(a.StartUtc);
    }

    [Fact]
    public void Bad_garmin_activities_are_warnings_with_their_byte_offset()
    {
        var t0 = new DateTime(2024, 6, 1, 5, 30, 0, DateTimeKind.Utc);
        var good = GarminActivity(1_000_001, t0, "running", 600, 2000);
        var badDistance = GarminActivity(1_000_002, t0, "running", 600, 2000).Replace("\"distance\":200000", "\"distance\":\"far\"");
        var noId = "{\"name\":\"who\",\"distance\":5}";
        var json = GarminJson([good, badDistance, noId, "42", GarminActivity(1_000_003, t0.AddDays(1), "running", 600, 2000)]);

        var (activities, warnings) = ReadGarmin(json);

        Assert.Equal(["1000001", "1000002", "1000003"], activities.Select(a => a.Id));
        Assert.Null(activities[1].DistanceMeters);
        var distanceWarning = Assert.Single(warnings, w => w.Message.Contains("'distance' is a string"));
        Assert.Equal(json.IndexOf(badDistance, StringComparison.Ordinal), distanceWarning.ByteOffset);
        Assert.Equal(json.IndexOf(noId, StringComparison.Ordinal), Assert.Single(warnings, w => w.Message.Contains("no activityId")).ByteOffset);
        Assert.Contains(warnings, w => w.Message.Contains("is a number, not an object"));
        Assert.All(warnings, w => Assert.StartsWith("me_0_summarizedActivities.json: ", w.Message));
    }

    [Fact]
    public void Broken_garmin_json_keeps_what_came_before_or_is_an_error()
    {
        var t0 = new DateTime(2024, 6, 1, 5, 30, 0, DateTimeKind.Utc);
        var cut = GarminJson([GarminActivity(5_000_001, t0, "running", 600, 2000), GarminActivity(5_000_002, t0, "running", 600, 2000)]);
        cut = cut[..(cut.Length - 40)] + "}}}}";
        var (activities, warnings) = ReadGarmin(cut);
        Assert.Equal("5000001", Assert.Single(activities).Id);
        Assert.Contains(warnings, w => w.Message.Contains("not valid JSON") && w.ByteOffset > 0);

        var early = Assert.Throws<InputFormatException>(() => ReadGarmin("[{\"summarizedActivitiesExport\":[{\"activityId\":1,,"));
        Assert.Contains("not valid JSON", early.Message);
        Assert.NotNull(early.ByteOffset);
        Assert.Throws<InputFormatException>(() => ReadGarmin("[{\"somethingElse\":[]}]"));
        var notUtf8 = Encoding.UTF8.GetBytes("[{\"summarizedActivitiesExport\":[{\"name\":\"xx\"}]}]");
        notUtf8[35] = 0xFF;
        var e = Assert.Throws<InputFormatException>(() => GarminSummaries.Read(notUtf8, "f.json"));
        Assert.Equal(35, e.ByteOffset);
    }

    private static ExportActivity Summary(string id, DateTime? start) =>
        new(id, null, start, Sport.Running, "running", null, null, null, null, null, null, null);

    [Fact]
    public void Garmin_files_match_by_id_in_the_name_then_by_start_time_within_a_minute()
    {
        var t0 = new DateTime(2024, 3, 3, 6, 0, 0, DateTimeKind.Utc);
        ExportActivity[] summaries =
        [
            Summary("12345678901", t0), Summary("12345678902", t0.AddHours(5)), Summary("12345678903", t0.AddHours(10)),
            Summary("12345678904", t0.AddHours(20)), Summary("12345678905", null),
        ];
        var starts = new Dictionary<string, DateTime?>
        {
            ["UploadedFiles_0-_Part1/987654.fit"] = t0.AddHours(5).AddSeconds(-40),
            ["UploadedFiles_0-_Part1/987655.fit"] = t0.AddHours(10).AddSeconds(61),
            ["UploadedFiles_0-_Part1/987656.fit"] = null,
            ["UploadedFiles_0-_Part1/987657.fit"] = t0.AddHours(20).AddSeconds(59),
        };
        var probed = new List<string>();
        string[] files = ["UploadedFiles_0-_Part1/me@example.com_12345678901.fit", .. starts.Keys, "12345678905_ACTIVITY.fit"];

        var match = GarminFileMatcher.Match(summaries, files, f => { probed.Add(f); return starts[f]; });

        Assert.Equal(files[0], match.Activities[0].FileInArchive);
        Assert.Equal("UploadedFiles_0-_Part1/987654.fit", match.Activities[1].FileInArchive);
        Assert.Null(match.Activities[2].FileInArchive);
        Assert.Equal("UploadedFiles_0-_Part1/987657.fit", match.Activities[3].FileInArchive);
        Assert.Equal("12345678905_ACTIVITY.fit", match.Activities[4].FileInArchive);
        Assert.Equal(["UploadedFiles_0-_Part1/987655.fit", "UploadedFiles_0-_Part1/987656.fit"], match.UnmatchedFiles);
        Assert.Equal(2, match.MatchedByTime);
        // Files named by an activity id are never opened.
        Assert.Equal(starts.Keys.Order(), probed.Order());
    }

    [Fact]
    public void A_start_time_match_takes_the_nearest_summary_and_each_summary_once()
    {
        var t0 = new DateTime(2024, 3, 3, 6, 0, 0, DateTimeKind.Utc);
        ExportActivity[] summaries = [Summary("1", t0), Summary("2", t0.AddSeconds(50))];
        var match = GarminFileMatcher.Match(summaries, ["a.fit", "b.fit", "c.fit"],
            f => f switch { "a.fit" => t0.AddSeconds(45), "b.fit" => t0.AddSeconds(5), _ => t0 });
        Assert.Equal("b.fit", match.Activities[0].FileInArchive);
        Assert.Equal("a.fit", match.Activities[1].FileInArchive);
        Assert.Equal(["c.fit"], match.UnmatchedFiles);
    }

    [Theory]
    [InlineData("Strava", "activities.csv", "activities/1.fit.gz", "profile.csv")]
    [InlineData("Strava", "export_1234/activities.csv", "export_1234/activities/1.gpx")]
    [InlineData("Strava", ".\\activities.csv")]
    [InlineData("Garmin", "DI_CONNECT/DI-Connect-Fitness/me@x.com_0_summarizedActivities.json", "DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip")]
    [InlineData("Garmin", "garmin/DI_CONNECT/DI-Connect-Fitness/me_0_summarizedActivities.json", "activities.csv")]
    [InlineData("Plain", "runs/activities.csv/x", "a/b/activities.csv", "run.fit")]
    [InlineData("Plain", "DI_CONNECT/DI-Connect-User/user_profile.json")]
    [InlineData("Plain")]
    public void The_layout_is_told_from_entry_names(string expected, params string[] paths)
    {
        Assert.Equal(Enum.Parse<ExportKind>(expected), ExportLayout.Detect(paths));
    }

    [Fact]
    public void Upload_zips_and_ids_in_names_are_recognised()
    {
        Assert.True(ExportLayout.IsGarminUploadZip("x/DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip"));
        Assert.False(ExportLayout.IsGarminUploadZip("DI_CONNECT/DI-Connect-Fitness/a.zip"));
        Assert.Equal(["12345678901"], GarminFileMatcher.IdsIn("dir/me2024@x.com_12345678901.fit"));
        Assert.Equal(["20240101", "987654"], GarminFileMatcher.IdsIn("20240101_987654_1.fit.gz"));
    }
}
