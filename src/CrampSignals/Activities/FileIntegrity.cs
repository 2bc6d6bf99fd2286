namespace CrampSignals.Activities;

/// <summary>The result of a checksum check.</summary>
public enum ChecksumStatus
{
    /// <summary>The format has no checksum here (or the header's CRC field is zero, meaning "not computed").</summary>
    NotPresent,
    /// <summary>The checksum matched.</summary>
    Valid,
    /// <summary>The checksum did not match; data was still read.</summary>
    Invalid,
    /// <summary>The file ended before the checksum.</summary>
    Missing,
}
