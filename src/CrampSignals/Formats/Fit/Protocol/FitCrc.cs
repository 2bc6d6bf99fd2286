using System.Runtime.InteropServices;

namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>The FIT CRC-16 (polynomial 0xA001, computed a nibble at a time as the protocol describes).</summary>
internal static class FitCrc
{
    private static ReadOnlySpan<ushort> Table =>
    [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
        0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ];

    /// <summary>Folds one byte into a running CRC.</summary>
    public static ushort Update(ushort crc, byte value)
    {
        var table = Table;
        var tmp = table[crc & 0xF];
        crc = (ushort)((crc >> 4) & 0x0FFF);
        crc = (ushort)(crc ^ tmp ^ table[value & 0xF]);
        tmp = table[crc & 0xF];
        crc = (ushort)((crc >> 4) & 0x0FFF);
        return (ushort)(crc ^ tmp ^ table[(value >> 4) & 0xF]);
    }

    // The same CRC a byte at a time (the nibble steps folded into a 256-entry table built from Update itself), and
    // sixteen bytes at a time with fifteen more tables derived from it ("slicing by 16", table k at [256 k, 256 k + 256)):
    // the file CRC is a pass over every byte of the file, so it sets the floor of a read.
    private static readonly ushort[] Tables = BuildTables();

    private static ushort[] BuildTables()
    {
        var t = new ushort[16 * 256];
        for (var i = 0; i < 256; i++) t[i] = Update(0, (byte)i);
        for (var k = 1; k < 16; k++)
            for (var i = 0; i < 256; i++)
            {
                var previous = t[(k - 1) * 256 + i];
                t[k * 256 + i] = (ushort)((previous >> 8) ^ t[previous & 0xFF]);
            }
        return t;
    }

    /// <summary>The CRC of <paramref name="data"/>, continuing from <paramref name="seed"/>.</summary>
    public static ushort Compute(ReadOnlySpan<byte> data, ushort seed = 0) =>
        data.Length >= FitCrcFolding.MinimumLength && FitCrcFolding.IsSupported
            ? FitCrcFolding.Compute(data, seed)
            : ComputeByTables(data, seed);

    /// <summary>The CRC by table lookups alone: short data, machines without carry-less multiplication, and the reference.</summary>
    internal static ushort ComputeByTables(ReadOnlySpan<byte> data, ushort seed = 0)
    {
        var crc = (uint)seed;
        ReadOnlySpan<ushort> t = Tables;
        if (BitConverter.IsLittleEndian)
        {
            while (data.Length >= 16)
            {
                var a = MemoryMarshal.Read<ulong>(data) ^ crc;
                var b = MemoryMarshal.Read<ulong>(data[8..]);
                crc = (uint)(t[15 * 256 + (int)(a & 0xFF)] ^ t[14 * 256 + (int)((a >> 8) & 0xFF)]
                    ^ t[13 * 256 + (int)((a >> 16) & 0xFF)] ^ t[12 * 256 + (int)((a >> 24) & 0xFF)]
                    ^ t[11 * 256 + (int)((a >> 32) & 0xFF)] ^ t[10 * 256 + (int)((a >> 40) & 0xFF)]
                    ^ t[9 * 256 + (int)((a >> 48) & 0xFF)] ^ t[8 * 256 + (int)(a >> 56)]
                    ^ t[7 * 256 + (int)(b & 0xFF)] ^ t[6 * 256 + (int)((b >> 8) & 0xFF)]
                    ^ t[5 * 256 + (int)((b >> 16) & 0xFF)] ^ t[4 * 256 + (int)((b >> 24) & 0xFF)]
                    ^ t[3 * 256 + (int)((b >> 32) & 0xFF)] ^ t[2 * 256 + (int)((b >> 40) & 0xFF)]
                    ^ t[256 + (int)((b >> 48) & 0xFF)] ^ t[(int)(b >> 56)]);
                data = data[16..];
            }
        }
        foreach (var b in data) crc = (crc >> 8) ^ t[(int)((crc ^ b) & 0xFF)];
        return (ushort)crc;
    }
}
