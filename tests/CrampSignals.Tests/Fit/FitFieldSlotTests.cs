using CrampSignals.Formats.Fit.Decoding;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Tests.Fit;

public class FitFieldSlotTests
{
    private static readonly FitBaseType[] NumberTypes =
    [
        FitBaseType.Enum, FitBaseType.SInt8, FitBaseType.UInt8, FitBaseType.SInt16, FitBaseType.UInt16, FitBaseType.SInt32,
        FitBaseType.UInt32, FitBaseType.Float32, FitBaseType.Float64, FitBaseType.UInt8z, FitBaseType.UInt16z,
        FitBaseType.UInt32z, FitBaseType.Byte, FitBaseType.SInt64, FitBaseType.UInt64, FitBaseType.UInt64z,
    ];

    // Every type, either byte order, at every position of payloads of 1 to 12 bytes (fields before and after it, arrays
    // of it), with bytes that are random, all set, all clear, or the type's invalid value: the slot reads what the
    // general reader reads, bit for bit.
    [Fact]
    public void Reads_what_the_general_reader_reads_for_every_type_position_and_byte_order()
    {
        var random = new Random(20261206);
        var checkedReads = 0;
        foreach (var type in NumberTypes)
        {
            var width = FitBaseTypes.SizeOf(type);
            foreach (var big in new[] { false, true })
                for (var before = 0; before <= 8; before++)
                    for (var count = 1; count <= 2; count++)
                        for (var after = 0; after <= 4; after++)
                        {
                            var size = width * count;
                            var payload = new byte[before + size + after];
                            var definition = Definition(type, big, before, size, after);
                            var slot = FitFieldSlot.Find(definition, 7, type);
                            Assert.NotEqual(FitFieldRead.Absent, slot.How);
                            for (var fill = 0; fill < 12; fill++)
                            {
                                random.NextBytes(payload);
                                var field = payload.AsSpan(before, size);
                                if (fill == 1) field.Fill(0xFF);
                                if (fill == 2) field.Clear();
                                if (fill == 3) WriteInvalid(field[..width], type, big);
                                var expected = FitValues.ReadDouble(field, type, big);
                                var actual = slot.Read(payload);
                                Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual),
                                    $"{type} {(big ? "big" : "little")}-endian at {before} of {payload.Length}: expected {expected}, read {actual}");
                                checkedReads++;
                            }
                        }
        }
        Assert.True(checkedReads > 10_000);
    }

    [Fact]
    public void A_missing_field_or_a_type_wider_than_the_profile_reads_as_no_value()
    {
        var definition = Definition(FitBaseType.UInt32, false, 4, 4, 0);
        Assert.Equal(FitFieldRead.Absent, FitFieldSlot.Find(definition, 8, FitBaseType.UInt32).How);
        // A uint32 where the profile has a uint16 is ignored, as Garmin's decoder ignores it.
        var wider = FitFieldSlot.Find(definition, 7, FitBaseType.UInt16);
        Assert.Equal(FitFieldRead.Absent, wider.How);
        Assert.True(double.IsNaN(wider.Read(new byte[8])));
    }

    [Theory]
    [InlineData(FitBaseType.UInt16, false, new byte[] { 1, 2, 3, 4, 0x34, 0x12 }, 0x1234)]
    [InlineData(FitBaseType.UInt16, true, new byte[] { 1, 2, 3, 4, 0x12, 0x34 }, 0x1234)]
    [InlineData(FitBaseType.SInt16, false, new byte[] { 1, 2, 3, 4, 0xFE, 0xFF }, -2)]
    [InlineData(FitBaseType.SInt8, false, new byte[] { 0x80, 9, 9, 9 }, -128)]
    [InlineData(FitBaseType.SInt32, true, new byte[] { 0xFF, 0xFF, 0xFF, 0xFD, 7 }, -3)]
    public void Reads_known_values(FitBaseType type, bool big, byte[] payload, double expected)
    {
        var width = FitBaseTypes.SizeOf(type);
        var before = type == FitBaseType.SInt8 || type == FitBaseType.SInt32 ? 0 : 4;
        var definition = Definition(type, big, before, width, payload.Length - before - width);
        Assert.Equal(expected, FitFieldSlot.Find(definition, 7, type).Read(payload));
    }

    // Field 7 of the given type and size, with one-byte fields before and after it.
    private static FitMessageDefinition Definition(FitBaseType type, bool big, int before, int size, int after)
    {
        var fields = new List<FitFieldDefinition>();
        var offset = 0;
        for (var i = 0; i < before; i++) fields.Add(new FitFieldDefinition((byte)(20 + i), 1, 0x02, FitBaseType.UInt8, offset++));
        fields.Add(new FitFieldDefinition(7, (byte)size, (byte)type, type, offset));
        offset += size;
        for (var i = 0; i < after; i++) fields.Add(new FitFieldDefinition((byte)(40 + i), 1, 0x02, FitBaseType.UInt8, offset++));
        return new FitMessageDefinition(0, 20, big, [.. fields], [], [], 0);
    }

    private static void WriteInvalid(Span<byte> field, FitBaseType type, bool big)
    {
        ulong bits = type switch
        {
            FitBaseType.SInt8 => 0x7F,
            FitBaseType.SInt16 => 0x7FFF,
            FitBaseType.SInt32 => 0x7FFF_FFFF,
            FitBaseType.SInt64 => 0x7FFF_FFFF_FFFF_FFFF,
            FitBaseType.UInt8z or FitBaseType.UInt16z or FitBaseType.UInt32z or FitBaseType.UInt64z => 0,
            _ => ulong.MaxValue,
        };
        for (var i = 0; i < field.Length; i++)
            field[big ? field.Length - 1 - i : i] = (byte)(bits >> (8 * i));
    }
}
