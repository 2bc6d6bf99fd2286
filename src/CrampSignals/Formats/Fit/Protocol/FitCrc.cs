namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>The FIT CRC-16 (polynomial 0xA001, computed a nibble at a time as the protocol describes).</summary>
public static class FitCrc
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

    // The same CRC a byte at a time: the nibble steps folded into one 256-entry table, built from Update itself.
    private static readonly ushort[] ByteTable = BuildByteTable();

    private static ushort[] BuildByteTable()
    {
        var t = new ushort[256];
        for (var i = 0; i < 256; i++) t[i] = Update(0, (byte)i);
        return t;
    }

    /// <summary>The CRC of <paramref name="data"/>, continuing from <paramref name="seed"/>.</summary>
    public static ushort Compute(ReadOnlySpan<byte> data, ushort seed = 0)
    {
        var crc = seed;
        var table = ByteTable;
        foreach (var b in data) crc = (ushort)((crc >> 8) ^ table[(crc ^ b) & 0xFF]);
        return crc;
    }
}
