using CrampSignals.Activities;
using CrampSignals.Cramps;

namespace CrampSignals.Tests.Cramps;

public class CrampLogCsvTests
{
    private static CrampLog Read(string text) => CrampLogReader.ReadCsv(new StringReader(text), "log.csv");

    [Fact]
    public void Reads_every_column_with_offsets_aliases_and_quoted_notes()
    {
        var log = Read(
            "time,muscle,side,severity,note\n" +
            "2024-07-14T09:31:05+02:00,calf,left,7,plain note\n" +
            "2024-07-14T07:40:00Z,Quads,R,moderate,\"after the hill, \"\"big\"\" one\"\n" +
            "2024-07-14T08:00:00-03:30,calves,both,severe,\"two\nlines\"\n" +
            "2024-07-14T08:10:00+00:00,Hamstring,,mild,\n");
        Assert.Empty(log.Warnings);
        Assert.Equal(4, log.Entries.Length);
        var a = log.Entries[0];
        Assert.Equal(new DateTime(2024, 7, 14, 7, 31, 5, DateTimeKind.Utc), a.Time);
        Assert.Equal(DateTimeKind.Utc, a.Time!.Value.Kind);
        Assert.Equal((Muscle.Calf, "left", 7, "plain note", 2), (a.Muscle, a.Side, a.Severity, a.Note, a.Line));
        var b = log.Entries[1];
        Assert.Equal((Muscle.Quadriceps, "right", 6, "after the hill, \"big\" one"), (b.Muscle, b.Side, b.Severity, b.Note));
        var c = log.Entries[2];
        Assert.Equal(new DateTime(2024, 7, 14, 11, 30, 0, DateTimeKind.Utc), c.Time);
        Assert.Equal((Muscle.Calf, "both", 9, "two\nlines", 4), (c.Muscle, c.Side, c.Severity, c.Note, c.Line));
        var d = log.Entries[3];
        Assert.Equal((Muscle.Hamstring, (string?)null, 3, (string?)null, 6), (d.Muscle, d.Side, d.Severity, d.Note, d.Line));
        Assert.All(log.Entries, e => Assert.Equal(CrampSource.Log, e.Source));
    }

    [Theory]
    [InlineData("1:02:03", 3723)]
    [InlineData("0:45:10", 2710)]
    [InlineData("45:10", 2710)]
    [InlineData("75:00", 4500)]
    [InlineData("2:00:05.5", 7205.5)]
    public void Reads_elapsed_times(string text, double seconds)
    {
        var log = Read($"elapsed,muscle\n{text},foot\n");
        var e = Assert.Single(log.Entries);
        Assert.Null(e.Time);
        Assert.Equal(TimeSpan.FromSeconds(seconds), e.Elapsed);
        Assert.Equal(Muscle.Foot, e.Muscle);
    }

    [Theory]
    [InlineData("2024-07-14T09:31:05 CEST,calf", "not an ISO-8601 date and time")]
    [InlineData("yesterday 9am +02:00,calf", "not an ISO-8601")]
    [InlineData("2024-13-14T09:31:05Z,calf", "not an ISO-8601")]
    [InlineData(",calf", "neither a time nor an elapsed")]
    [InlineData("2024-07-14T09:31:05Z,calf,left,5,note,extra", "6 fields where the header has 5")]
    [InlineData("2024-07-14T09:31:05Z,calf,left,5,\"never closed", "not closed")]
    public void Bad_lines_become_warnings_with_the_line_number_and_the_good_lines_are_kept(string bad, string reason)
    {
        var log = Read("time,muscle,side,severity,note\n2024-07-14T09:00:00Z,calf,left,5,ok\n" + bad + "\n2024-07-14T10:00:00Z,foot,right,2,also ok\n");
        var warning = Assert.Single(log.Warnings);
        Assert.Equal(3, warning.Line);
        Assert.Contains(reason, warning.Message);
        Assert.Contains("log.csv", warning.Message);
        if (reason.Contains("not closed")) Assert.Single(log.Entries);
        else Assert.Equal(new[] { "ok", "also ok" }, log.Entries.Select(e => e.Note ?? "").ToArray());
    }

    [Theory]
    [InlineData("1:75:00")]
    [InlineData("ten minutes")]
    [InlineData("12")]
    [InlineData("-5:00")]
    public void Bad_elapsed_times_skip_the_line(string elapsed)
    {
        var log = Read($"elapsed,muscle\n10:00,calf\n{elapsed},calf\n");
        Assert.Single(log.Entries);
        Assert.Equal(3, Assert.Single(log.Warnings).Line);
    }

    [Theory]
    [InlineData("shin", null, null, "muscle 'shin'")]
    [InlineData("calf", "middle", null, "side 'middle'")]
    [InlineData("calf", "left", "11", "severity '11'")]
    [InlineData("calf", "left", "agonising", "severity 'agonising'")]
    [InlineData("calf", "left", "0", "severity '0'")]
    public void A_bad_optional_field_keeps_the_cramp_and_warns(string muscle, string? side, string? severity, string reason)
    {
        var log = Read($"time,muscle,side,severity\n2024-07-14T09:00:00Z,{muscle},{side},{severity}\n");
        var e = Assert.Single(log.Entries);
        var w = Assert.Single(log.Warnings);
        Assert.Contains(reason, w.Message);
        Assert.Equal(2, w.Line);
        if (reason.StartsWith("muscle")) Assert.Equal(Muscle.Other, e.Muscle);
        if (reason.StartsWith("side")) Assert.Null(e.Side);
        if (reason.StartsWith("severity")) Assert.Null(e.Severity);
    }

    [Fact]
    public void Crlf_comments_and_blank_lines_keep_line_numbers_right()
    {
        var log = Read("# my cramps\r\ntime,muscle\r\n\r\n2024-07-14T09:00:00Z,calf\r\nnot a time,calf\r\n");
        Assert.Equal(4, Assert.Single(log.Entries).Line);
        Assert.Equal(5, Assert.Single(log.Warnings).Line);
    }

    [Fact]
    public void Unknown_columns_and_a_missing_muscle_column_are_warned_about_once()
    {
        var log = Read("time,mood\n2024-07-14T09:00:00Z,grumpy\n2024-07-14T10:00:00Z,fine\n");
        Assert.Equal(2, log.Entries.Length);
        Assert.All(log.Entries, e => Assert.Equal(Muscle.Other, e.Muscle));
        Assert.Equal(2, log.Warnings.Length);
        Assert.All(log.Warnings, w => Assert.Equal(1, w.Line));
    }

    [Fact]
    public void A_header_only_log_is_an_empty_log()
    {
        var log = Read("time,muscle,side,severity,note\n");
        Assert.Empty(log.Entries);
        Assert.Empty(log.Warnings);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n\n", "empty")]
    [InlineData("muscle,side\ncalf,left\n", "'time' or 'elapsed'")]
    [InlineData("2024-07-14T09:00:00Z,calf\n", "'time' or 'elapsed'")]
    [InlineData("time,muscle\nnope,calf\nnever,calf\n", "none of the 2 cramp lines")]
    public void An_unreadable_log_throws_naming_the_file(string text, string reason)
    {
        var e = Assert.Throws<InputFormatException>(() => CrampLogReader.Read(System.Text.Encoding.UTF8.GetBytes(text), "mine.csv"));
        Assert.Equal("mine.csv", e.FileName);
        Assert.Contains("mine.csv", e.Message);
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void Binary_content_is_refused_with_its_offset()
    {
        var e = Assert.Throws<InputFormatException>(() => CrampLogReader.Read([0x0E, 0x10, 0x00, 0x01, 0x2E, 0x46, 0x49, 0x54], "run.fit"));
        Assert.Equal(2, e.ByteOffset);
    }

    [Fact]
    public void Files_are_loaded_by_path_with_a_byte_order_mark()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cramps-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("time,muscle\n2024-07-14T09:00:00Z,foot\n")]);
            Assert.Equal(Muscle.Foot, Assert.Single(CrampLogReader.Load(path).Entries).Muscle);
        }
        finally { File.Delete(path); }
        Assert.Throws<FileNotFoundException>(() => CrampLogReader.Load(path));
    }

    [Fact]
    public void The_writer_output_reads_back_to_the_same_cramps()
    {
        var log = new CrampLog(
        [
            new CrampEntry(new DateTime(2024, 7, 14, 7, 31, 5, DateTimeKind.Utc), null, Muscle.Calf, "left", 7, "tight, then \"locked\""),
            new CrampEntry(null, TimeSpan.FromSeconds(5025), Muscle.Hamstring, null, null, null),
            new CrampEntry(new DateTime(2024, 7, 14, 9, 0, 0, DateTimeKind.Utc), null, Muscle.Quadriceps, "both", 9, " leading space"),
        ], []);
        foreach (var offset in new TimeSpan?[] { null, TimeSpan.FromHours(-5.5) })
        {
            var text = new StringWriter();
            CrampLogWriter.WriteCsv(log, text, offset);
            var back = Read(text.ToString());
            Assert.Empty(back.Warnings);
            Assert.Equal(log.Entries.ToArray(), back.Entries.Select(e => e with { Line = null }).ToArray());
        }
    }
}
