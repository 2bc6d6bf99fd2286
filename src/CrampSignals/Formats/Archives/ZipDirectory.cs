using System.Buffers.Binary;

namespace CrampSignals.Formats.Archives;

/// <summary>
/// Reads how many entries a zip archive declares, from its end-of-central-directory record, before
/// <see cref="System.IO.Compression.ZipArchive"/> builds an object for every one of them.
/// </summary>
internal static class ZipDirectory
{
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;

    /// <summary>True when the bytes start like a zip archive (a local entry, or the end record of an empty archive).</summary>
    public static bool IsZip(ReadOnlySpan<byte> prefix) =>
        prefix.Length >= 4 && prefix[0] == (byte)'P' && prefix[1] == (byte)'K' &&
        ((prefix[2] == 3 && prefix[3] == 4) || (prefix[2] == 5 && prefix[3] == 6));

    /// <summary>The entry count the archive declares, or null when no end record is found (the archive is damaged).</summary>
    public static long? DeclaredEntries(ReadOnlySpan<byte> zip)
    {
        // The end record is 22 bytes plus a comment of at most 65,535.
        var from = Math.Max(0, zip.Length - 22 - 65535);
        for (var at = zip.Length - 22; at >= from; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip[at..]) != EndSignature) continue;
            long count = BinaryPrimitives.ReadUInt16LittleEndian(zip[(at + 10)..]);
            if (count != 0xFFFF || at < 20) return count;
            var locator = zip[(at - 20)..];
            if (BinaryPrimitives.ReadUInt32LittleEndian(locator) != Zip64LocatorSignature) return count;
            var offset = BinaryPrimitives.ReadUInt64LittleEndian(locator[8..]);
            if (offset > (ulong)(zip.Length - 56)) return null;
            return Zip64Entries(zip[(int)offset..]);
        }
        return null;
    }

    /// <summary>The entry count of a zip64 end record at the start of <paramref name="record"/>, or null when it is not one.</summary>
    public static long? Zip64Entries(ReadOnlySpan<byte> record)
    {
        if (record.Length < 56 || BinaryPrimitives.ReadUInt32LittleEndian(record) != Zip64EndSignature) return null;
        var count64 = BinaryPrimitives.ReadUInt64LittleEndian(record[32..]);
        return count64 > long.MaxValue ? long.MaxValue : (long)count64;
    }

    /// <summary>
    /// Where the zip64 end record is, as the locator before the end record in <paramref name="tail"/> (the file's last bytes)
    /// says: an offset from the file's start, for a file too large to hold in memory; null without a zip64 locator.
    /// </summary>
    public static long? Zip64EndOffset(ReadOnlySpan<byte> tail)
    {
        var from = Math.Max(0, tail.Length - 22 - 65535);
        for (var at = tail.Length - 22; at >= from; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail[at..]) != EndSignature) continue;
            if (at < 20 || BinaryPrimitives.ReadUInt32LittleEndian(tail[(at - 20)..]) != Zip64LocatorSignature) return null;
            var offset = BinaryPrimitives.ReadUInt64LittleEndian(tail[(at - 20 + 8)..]);
            return offset > long.MaxValue ? null : (long)offset;
        }
        return null;
    }
}
