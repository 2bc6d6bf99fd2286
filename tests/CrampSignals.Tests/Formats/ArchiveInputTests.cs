using System.IO.Compression;
using CrampSignals.Activities;
using CrampSignals.Formats;
using CrampSignals.Formats.Archives;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Gpx;
using CrampSignals.Formats.Tcx;
using CrampSignals.Tests.TestKit;

namespace CrampSignals.Tests.Formats;

/// <summary>Zip archives (nested ones too) are read in memory, under caps, one activity at a time.</summary>
public class ArchiveInputTests
{
    private static readonly Activity Run = new TestRun { Seconds = 900 }.Build();

    internal static byte[] Fit() => FitActivityWriter.ToBytes(Run);

    internal static byte[] Gpx() { var m = new MemoryStream(); GpxActivityWriter.Write(Run, m); return m.ToArray(); }

    internal static byte[] Tcx() { var m = new MemoryStream(); TcxActivityWriter.Write(Run, m); return m.ToArray(); }

    internal static byte[] Gzip(byte[] content)
    {
        var m = new MemoryStream();
        using (var gz = new GZipStream(m, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(content);
        return m.ToArray();
    }

    internal static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        var m = new MemoryStream();
        using (var zip = new ZipArchive(m, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                s.Write(content);
            }
        return m.ToArray();
    }

    private static Activity Load(byte[] bytes, string name = "export.zip") => ActivityFile.Load(new MemoryStream(bytes), name);

    [Theory]
    [InlineData("fit")]
    [InlineData("gpx")]
    [InlineData("tcx")]
    [InlineData("fit.gz")]
    public void A_zip_of_one_activity_loads_it(string kind)
    {
        var content = kind switch { "fit" => Fit(), "gpx" => Gpx(), "tcx" => Tcx(), _ => Gzip(Fit()) };
        var activity = Load(Zip(("summary.json", "{}"u8.ToArray()), ($"12345_ACTIVITY.{kind}", content)));
        Assert.Equal(Run.Samples.Count, activity.Samples.Count);
        Assert.Equal($"export.zip!/12345_ACTIVITY.{kind}", activity.Source?.FileName);
        Assert.Empty(activity.Warnings.Where(w => w.Message.Contains("zip", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_zip_in_a_zip_in_a_gzip_is_read_through()
    {
        var inner = Zip(("a/run.fit", Fit()));
        var activity = Load(Gzip(Zip(("inner.zip", inner))), "export.zip.gz");
        Assert.Equal(Run.Samples.Count, activity.Samples.Count);
        Assert.Equal("export.zip.gz!/inner.zip!/a/run.fit", activity.Source?.FileName);
    }

    [Fact]
    public void A_zip_of_several_activities_says_how_many()
    {
        var e = Assert.Throws<InputFormatException>(() => Load(Zip(("a.fit", Fit()), ("b.gpx", Gpx()), ("c.zip", Zip(("d.tcx", Tcx()))))));
        Assert.Contains("export.zip", e.Message);
        Assert.Contains("holds 3 activity files", e.Message);
    }

    [Fact]
    public void A_zip_of_no_activity_says_so_instead_of_not_a_fit_file()
    {
        var e = Assert.Throws<InputFormatException>(() => Load(Zip(("notes.txt", "hello"u8.ToArray()))));
        Assert.Contains("holds no FIT, GPX or TCX file", e.Message);
    }

    [Fact]
    public void A_damaged_zip_is_a_clear_error()
    {
        var zip = Zip(("a.fit", Fit()));
        var e = Assert.Throws<InputFormatException>(() => Load(zip[..(zip.Length / 2)]));
        Assert.Contains("zip archive is damaged", e.Message);
    }

    [Fact]
    public void Path_escaping_entries_are_refused_and_listed_and_the_good_entry_is_read()
    {
        var activity = Load(Zip(("../../etc/evil.fit", Fit()), ("/abs.fit", Fit()), ("C:/win.fit", Fit()), ("ok/run.fit", Fit())));
        Assert.Equal("export.zip!/ok/run.fit", activity.Source?.FileName);
        var zipWarnings = activity.Warnings.Where(w => w.Message.StartsWith("zip entry not read", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, zipWarnings.Count);
        Assert.Contains(zipWarnings, w => w.Message.Contains("../../etc/evil.fit", StringComparison.Ordinal) && w.Message.Contains("climbs out", StringComparison.Ordinal));
        Assert.Contains(zipWarnings, w => w.Message.Contains("absolute path", StringComparison.Ordinal));
        Assert.Contains(zipWarnings, w => w.Message.Contains("drive letter", StringComparison.Ordinal));
    }

    [Fact]
    public void A_zip_bomb_entry_is_refused_by_its_ratio_and_never_sinks_the_archive()
    {
        var bomb = new byte[64 * 1024 * 1024];
        var before = GC.GetAllocatedBytesForCurrentThread();
        var zip = Zip(("bomb.gpx", bomb), ("run.fit", Fit()));
        var built = GC.GetAllocatedBytesForCurrentThread();
        var activity = Load(zip);
        var read = GC.GetAllocatedBytesForCurrentThread() - built;
        Assert.True(zip.Length < 1024 * 1024, $"the bomb compressed to {zip.Length} bytes");
        Assert.Equal("export.zip!/run.fit", activity.Source?.FileName);
        Assert.Contains(activity.Warnings, w => w.Message.Contains("bomb.gpx", StringComparison.Ordinal) && w.Message.Contains("zip bomb", StringComparison.Ordinal));
        // Reading the archive did not decode the 64 MiB entry.
        Assert.True(read < 16 * 1024 * 1024, $"{read} bytes allocated reading the archive (building it took {built - before})");
    }

    [Fact]
    public void The_walker_caps_entries_and_depth()
    {
        var many = Zip([.. Enumerable.Range(0, 50).Select(i => ($"n{i}.txt", new byte[] { 1 }))]);
        var walker = new ZipArchiveWalker(new ZipLimits(1 << 20, MaxEntries: 20));
        var e = Assert.Throws<InputFormatException>(() => walker.Walk(many, "many.zip").ToList());
        Assert.Contains("declares 50 entries", e.Message);

        var nested = Zip(("run.fit", Fit()));
        for (var i = 0; i < 5; i++) nested = Zip(($"level{i}.zip", nested));
        var deep = new ZipArchiveWalker(new ZipLimits(1 << 24, MaxDepth: 4));
        Assert.Empty(deep.Walk(nested, "deep.zip"));
        Assert.Contains(deep.Failures, f => f.Reason.Contains("nested 5 deep", StringComparison.Ordinal));
        var deepEnough = new ZipArchiveWalker(new ZipLimits(1 << 24, MaxDepth: 7));
        Assert.Single(deepEnough.Walk(nested, "deep.zip"));
    }

    [Fact]
    public void Many_entries_are_walked_and_only_activities_are_found()
    {
        var entries = Enumerable.Range(0, 2000).Select(i => ($"notes/{i}.txt", new byte[] { (byte)i })).Append(("run.gpx", Gpx())).ToArray();
        var walker = new ZipArchiveWalker(new ZipLimits(1 << 24));
        var found = Assert.Single(walker.Walk(Zip(entries), "many.zip"));
        Assert.Equal("many.zip!/run.gpx", found.Name);
        Assert.Equal(2000, walker.Ignored);
        Assert.Equal(2001, walker.EntriesSeen);
    }

    [Theory]
    [InlineData("a/b.fit", null)]
    [InlineData("a/../b.fit", "climbs")]
    [InlineData("..\\b.fit", "climbs")]
    [InlineData("\\b.fit", "absolute")]
    [InlineData("d:b.fit", "drive")]
    [InlineData("a..b.fit", null)]
    public void Escaping_paths_are_told(string path, string? why)
    {
        var reason = ZipArchiveWalker.EscapingPath(path);
        if (why is null) Assert.Null(reason);
        else Assert.Contains(why, reason);
    }
}
