using CrampSignals.Activities;
using CrampSignals.Formats;
using CrampSignals.Tests.Cli;

namespace CrampSignals.Tests.Formats;

/// <summary>Tests that change <see cref="ActivityFile.DecodedSizeLimit"/>, which is process-wide: run alone.</summary>
[CollectionDefinition(nameof(DecodedSizeLimitTests), DisableParallelization = true)]
public sealed class DecodedSizeLimitCollection;

/// <summary>gzip and zip entries are refused as soon as they decode past the cap, without decoding them in full.</summary>
[Collection(nameof(DecodedSizeLimitTests))]
public class DecodedSizeLimitTests
{
    private static readonly byte[] Bomb = ArchiveInputTests.Gzip(new byte[48 * 1024 * 1024]);

    private static T WithLimit<T>(long limit, Func<T> action)
    {
        var before = ActivityFile.DecodedSizeLimit;
        ActivityFile.DecodedSizeLimit = limit;
        try { return action(); }
        finally { ActivityFile.DecodedSizeLimit = before; }
    }

    [Fact]
    public void A_gzip_bomb_is_refused_at_the_cap_with_bounded_memory()
    {
        // The trailer is blanked so that the size it states cannot give the bomb away: decoding must stop at the cap.
        var bomb = (byte[])Bomb.Clone();
        bomb.AsSpan(bomb.Length - 4).Clear();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var e = WithLimit(1 << 20, () => Assert.Throws<InputFormatException>(() => ActivityFile.Load(new MemoryStream(bomb), "bomb.gpx.gz")));
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.Contains("bomb.gpx.gz", e.Message);
        Assert.Contains("decodes to more than 1 MiB", e.Message);
        Assert.True(allocated < 8 * 1024 * 1024, $"{allocated} bytes allocated refusing a 48 MiB bomb at 1 MiB");
    }

    [Fact]
    public void A_gzip_whose_trailer_states_more_than_the_cap_is_refused_unread()
    {
        var e = WithLimit(1 << 20, () => Assert.Throws<InputFormatException>(() => ActivityFile.Load(new MemoryStream(Bomb), "bomb.fit.gz")));
        Assert.Contains("says it decodes to 50331648 bytes", e.Message);
    }

    [Fact]
    public void The_default_cap_reads_what_is_under_it()
    {
        Assert.Equal(ActivityFile.MaxDecodedBytes, ActivityFile.DecodedSizeLimit);
        var run = ArchiveInputTests.Gzip(ArchiveInputTests.Fit());
        Assert.True(ActivityFile.Load(new MemoryStream(run), "run.fit.gz").Samples.Count > 0);
    }

    [Fact]
    public void A_zip_entry_past_the_cap_is_a_listed_failure()
    {
        var zip = ArchiveInputTests.Zip(("big.gpx", new byte[3 << 20].Select((_, i) => (byte)('a' + i % 7)).ToArray()), ("run.fit", ArchiveInputTests.Fit()));
        var activity = WithLimit(1 << 20, () => ActivityFile.Load(new MemoryStream(zip), "export.zip"));
        Assert.Contains(activity.Warnings, w => w.Message.Contains("big.gpx", StringComparison.Ordinal) && w.Message.Contains("over the cap of 1048576 bytes", StringComparison.Ordinal));
    }

    [Fact]
    public void The_tool_takes_the_cap_as_an_option_and_puts_it_back()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bomb-{Guid.NewGuid():N}.gpx.gz");
        File.WriteAllBytes(path, Bomb);
        try
        {
            var (code, _, error) = CliRunner.Run("inspect", path, "--max-decoded-mb", "1");
            Assert.Equal(1, code);
            Assert.Contains("more than 1 MiB", error);
            Assert.Equal(ActivityFile.MaxDecodedBytes, ActivityFile.DecodedSizeLimit);
            Assert.Equal(2, CliRunner.Run("inspect", path, "--max-decoded-mb", "0").ExitCode);
        }
        finally { File.Delete(path); }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100_000)]
    public void A_file_that_grows_past_the_cap_while_it_is_read_is_refused(int grownBy)
    {
        // It says it is exactly at the cap, and holds more: read in one go up to the cap, the rest must still be refused.
        const int cap = 1 << 20;
        var content = new byte[cap + grownBy];
        var e = WithLimit(cap, () => Record.Exception(() => ActivityFile.Load(new StreamLengthTests.Misreported(content, cap), "growing.fit")));
        // Zeros are no activity: at the cap they fail as that, not for their size.
        if (grownBy == 0) Assert.DoesNotContain("larger than", e?.Message ?? string.Empty);
        else
        {
            var refused = Assert.IsType<InputFormatException>(e);
            Assert.Contains("growing.fit", refused.Message);
            Assert.Contains("larger than 1 MiB", refused.Message);
        }
    }
}
