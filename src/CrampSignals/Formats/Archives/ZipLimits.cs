namespace CrampSignals.Formats.Archives;

/// <summary>The caps a zip archive is read under, whatever it claims about itself.</summary>
/// <param name="MaxEntryBytes">Decoded size of one entry (a nested zip included, which is held in memory to be read).</param>
/// <param name="MaxEntries">Entries counted over the archive and every zip nested in it.</param>
/// <param name="MaxDepth">Zips inside zips: 1 reads only the outer archive's entries.</param>
/// <param name="MaxRatio">Decoded bytes per compressed byte; deflate cannot pass about 1,032, so beyond 1,000 is a bomb.</param>
internal sealed record ZipLimits(long MaxEntryBytes, int MaxEntries = 100_000, int MaxDepth = 4, double MaxRatio = 1000)
{
    /// <summary>Below this many decoded bytes the ratio is not judged: tiny entries have ratios that mean nothing.</summary>
    public const long RatioFloorBytes = 64 * 1024;

    /// <summary>The most an entry of <paramref name="compressed"/> bytes may decode to under the ratio and size caps.</summary>
    public long MaxDecodedFor(long compressed) =>
        (long)Math.Min(MaxEntryBytes, Math.Max(RatioFloorBytes, Math.Max(compressed, 1) * MaxRatio));
}
