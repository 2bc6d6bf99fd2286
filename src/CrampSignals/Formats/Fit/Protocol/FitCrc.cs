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
    // eight bytes at a time with seven more tables derived from it ("slicing by 8"): the file CRC then costs little.
    private static readonly ushort[][] Tables = BuildTables();

    private static ushort[][] BuildTables()
    {
        var t = new ushort[8][];
        t[0] = new ushort[256];
        for (var i = 0; i < 256; i++) t[0][i] = Update(0, (byte)i);
        for (var k = 1; k < 8; k++)
        {
            t[k] = new ushort[256];
            for (var i = 0; i < 256; i++) t[k][i] = (ushort)((t[k - 1][i] >> 8) ^ t[0][t[k - 1][i] & 0xFF]);
        }
        return t;
    }

    /// <summary>The CRC of <paramref name="data"/>, continuing from <paramref name="seed"/>.</summary>
    public static ushort Compute(ReadOnlySpan<byte> data, ushort seed = 0)
    {
        var crc = (uint)seed;
        var t = Tables;
        ushort[] t0 = t[0], t1 = t[1], t2 = t[2], t3 = t[3], t4 = t[4], t5 = t[5], t6 = t[6], t7 = t[7];
        while (data.Length >= 8)
        {
            crc = (uint)(t7[(data[0] ^ crc) & 0xFF] ^ t6[(data[1] ^ (crc >> 8)) & 0xFF] ^ t5[data[2]] ^ t4[data[3]]
                ^ t3[data[4]] ^ t2[data[5]] ^ t1[data[6]] ^ t0[data[7]]);
            data = data[8..];
        }
        foreach (var b in data) crc = (crc >> 8) ^ t0[(crc ^ b) & 0xFF];
        return (ushort)crc;
    }
}
