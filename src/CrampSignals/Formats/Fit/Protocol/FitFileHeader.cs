using CrampSignals.Activities;

namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>The header of one FIT file (a chained file has one per part).</summary>
/// <param name="Offset">Byte offset of the header in the data.</param>
/// <param name="HeaderSize">12 or 14.</param>
/// <param name="ProtocolVersion">Protocol version byte (major in the high nibble: 0x10 = 1.0, 0x20 = 2.0).</param>
/// <param name="ProfileVersion">Profile version times 100 (2140 = 21.40).</param>
/// <param name="DataSize">Size of the messages in bytes as the header states (0: unknown, read to the end).</param>
/// <param name="HeaderCrc">The header's CRC field (14-byte headers), 0 when absent or not computed.</param>
/// <param name="HeaderCrcStatus">Whether the header CRC matched.</param>
internal readonly record struct FitFileHeader(
    long Offset, int HeaderSize, byte ProtocolVersion, ushort ProfileVersion, uint DataSize, ushort HeaderCrc, ChecksumStatus HeaderCrcStatus)
{
    /// <summary>The 4 signature bytes ".FIT".</summary>
    public static ReadOnlySpan<byte> Signature => ".FIT"u8;

    /// <summary>Protocol version as "major.minor" (e.g. "2.0").</summary>
    public string ProtocolVersionText => FitVersionText.Protocol(ProtocolVersion);

    /// <summary>Profile version as "major.minor" (e.g. "21.40").</summary>
    public string ProfileVersionText => FitVersionText.Profile(ProfileVersion);

    /// <summary>
    /// Parses a header at the start of <paramref name="data"/>. Returns null with a reason when the bytes are not a FIT header
    /// (too short, header size other than 12 or 14, no ".FIT" signature).
    /// </summary>
    public static FitFileHeader? TryParse(ReadOnlySpan<byte> data, long offset, out string? problem)
    {
        problem = null;
        if (data.Length < 12)
        {
            problem = $"{data.Length} bytes are too few for a FIT file header (12 or 14 bytes)";
            return null;
        }
        var size = data[0];
        if (size != 12 && size != 14)
        {
            problem = $"header size {size} is not 12 or 14: not a FIT file header";
            return null;
        }
        if (!data.Slice(8, 4).SequenceEqual(Signature))
        {
            problem = "no \".FIT\" signature in the file header";
            return null;
        }
        if (data.Length < size)
        {
            problem = $"the {size}-byte file header is cut off after {data.Length} bytes";
            return null;
        }
        var protocol = data[1];
        var profile = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(data[2..]);
        var dataSize = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
        ushort crc = 0;
        var status = ChecksumStatus.NotPresent;
        if (size == 14)
        {
            crc = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(data[12..]);
            if (crc != 0) status = FitCrc.Compute(data[..12]) == crc ? ChecksumStatus.Valid : ChecksumStatus.Invalid;
        }
        return new FitFileHeader(offset, size, protocol, profile, dataSize, crc, status);
    }
}
