using System.Collections.Immutable;

namespace CrampSignals.Activities;

/// <summary>What a reader learnt about the file itself, for <c>inspect</c>: counts, checksums, chaining.</summary>
public sealed record ActivitySourceInfo
{
    /// <summary>The file name or stream name given to the reader.</summary>
    public required string FileName { get; init; }

    /// <summary>The format read.</summary>
    public required ActivityFormat Format { get; init; }

    /// <summary>Size of the file in bytes (after gzip decompression), when known.</summary>
    public long? SizeBytes { get; init; }

    /// <summary>
    /// Count of data messages by FIT message name (<c>record</c>, <c>event</c>, <c>lap</c>, ...; unknown ones as
    /// <c>unknown_NNN</c>), or of XML elements by kind for GPX/TCX (<c>trackpoint</c>, <c>track</c>, <c>segment</c>,
    /// <c>route_point</c>, <c>waypoint</c>, <c>lap</c>, ...).
    /// </summary>
    public ImmutableSortedDictionary<string, int> Counts
    {
        get => _counts.Value;
        init => _counts = new DeferredCounts(value);
    }

    private readonly DeferredCounts _counts = DeferredCounts.Empty;

    /// <summary>Makes <see cref="Counts"/> when it is first asked for, not now (see <see cref="DeferredCounts"/>).</summary>
    internal Func<ImmutableSortedDictionary<string, int>> CountsWhenAsked
    {
        init => _counts = new DeferredCounts(value);
    }

    /// <summary>Header CRC of each chained FIT file, in order (empty for XML formats).</summary>
    public ImmutableArray<ChecksumStatus> HeaderCrc { get; init; } = [];

    /// <summary>File CRC of each chained FIT file, in order (empty for XML formats).</summary>
    public ImmutableArray<ChecksumStatus> FileCrc { get; init; } = [];

    /// <summary>How many FIT files were chained in the file (1 for an ordinary FIT file, 0 for XML).</summary>
    public int ChainedFiles { get; init; }

    /// <summary>FIT protocol and profile versions of the first header ("2.0", "21.40"), when FIT.</summary>
    public string? ProtocolVersion { get; init; }

    /// <summary>FIT profile version of the first header, when FIT.</summary>
    public string? ProfileVersion { get; init; }

    /// <summary>The GPX version ("1.0", "1.1"), when GPX.</summary>
    public string? XmlVersion { get; init; }
}
