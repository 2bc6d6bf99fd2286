using System.Collections.Immutable;
using CrampSignals.Activities;
using CrampSignals.Formats.Fit;
using CrampSignals.Formats.Fit.Encoding;
using CrampSignals.Formats.Fit.Profile;
using CrampSignals.Formats.Fit.Protocol;
using CrampSignals.Tests.Fit;

namespace CrampSignals.Tests.Activities;

// The FIT reader leaves the message counts to be made when first asked for; callers must not be able to tell.
public class ActivitySourceCountsTests
{
    private static ActivitySourceInfo ReadSource() =>
        FitActivityReader.Read(FitTestData.SimpleFile(records: 5), "counts.fit").Source!;

    [Fact]
    public void Counts_made_later_are_the_messages_read()
    {
        var counts = ReadSource().Counts;
        Assert.Equal(["file_id", "record"], counts.Keys);
        Assert.Equal(5, counts["record"]);
        Assert.Equal(1, counts["file_id"]);
    }

    [Fact]
    public void Message_numbers_either_side_of_the_direct_table_are_counted()
    {
        var w = new FitWriter();
        w.BeginFile();
        FitTestData.WriteFileId(w);
        foreach (var (local, number, times) in new (byte, ushort, int)[] { (1, 255, 2), (2, 256, 3), (3, 65280, 1), (4, 311, 4) })
        {
            w.Define(local, number, [new(0, FitBaseType.UInt8)]);
            for (var i = 0; i < times; i++) w.Write(local, i);
        }
        w.EndFile();
        var counts = FitActivityReader.Read(w.ToArray(), "numbers.fit").Source!.Counts;
        Assert.Equal(2, counts[FitProfile.MessageNameOrNumber(255)]);
        Assert.Equal(3, counts[FitProfile.MessageNameOrNumber(256)]);
        Assert.Equal(1, counts[FitProfile.MessageNameOrNumber(65280)]);
        Assert.Equal(4, counts[FitProfile.MessageNameOrNumber(311)]);
        Assert.Equal(5, counts.Count);
    }

    [Fact]
    public void A_copy_stays_equal_to_its_original_whichever_is_asked_first()
    {
        var original = ReadSource();
        var copy = original with { FileName = original.FileName };
        _ = copy.Counts;
        Assert.Equal(original, copy);
        Assert.Equal(original.GetHashCode(), copy.GetHashCode());
        Assert.Same(original.Counts, copy.Counts);
        // Two reads of one file are two sets of counts, as two dictionaries built eagerly were.
        Assert.NotEqual(original, ReadSource());
    }

    [Fact]
    public void Counts_given_are_kept_as_given()
    {
        var given = ImmutableSortedDictionary<string, int>.Empty.Add("trackpoint", 3);
        var a = new ActivitySourceInfo { FileName = "a.gpx", Format = ActivityFormat.Gpx, Counts = given };
        Assert.Same(given, a.Counts);
        Assert.Equal(a, new ActivitySourceInfo { FileName = "a.gpx", Format = ActivityFormat.Gpx, Counts = given });
        Assert.Empty(new ActivitySourceInfo { FileName = "b.gpx", Format = ActivityFormat.Gpx }.Counts);
        Assert.Throws<ArgumentNullException>(() => new ActivitySourceInfo { FileName = "c", Format = ActivityFormat.Gpx, Counts = null! });
    }

    [Fact]
    public void Threads_asking_at_once_all_get_one_instance()
    {
        for (var round = 0; round < 50; round++)
        {
            var source = ReadSource();
            using var start = new Barrier(4);
            var seen = new ImmutableSortedDictionary<string, int>[4];
            var threads = Enumerable.Range(0, 4).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                seen[i] = source.Counts;
            })).ToArray();
            foreach (var t in threads) t.Start();
            foreach (var t in threads) t.Join();
            Assert.All(seen, s => Assert.Same(seen[0], s));
        }
    }
}
