using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Tests.Fit;

public class FitBaseTypesTests
{
    // The base type table of the FIT protocol: number, size of one value.
    public static TheoryData<byte, FitBaseType, int> Protocol => new()
    {
        { 0x00, FitBaseType.Enum, 1 }, { 0x01, FitBaseType.SInt8, 1 }, { 0x02, FitBaseType.UInt8, 1 },
        { 0x83, FitBaseType.SInt16, 2 }, { 0x84, FitBaseType.UInt16, 2 }, { 0x85, FitBaseType.SInt32, 4 },
        { 0x86, FitBaseType.UInt32, 4 }, { 0x07, FitBaseType.String, 1 }, { 0x88, FitBaseType.Float32, 4 },
        { 0x89, FitBaseType.Float64, 8 }, { 0x0A, FitBaseType.UInt8z, 1 }, { 0x8B, FitBaseType.UInt16z, 2 },
        { 0x8C, FitBaseType.UInt32z, 4 }, { 0x0D, FitBaseType.Byte, 1 }, { 0x8E, FitBaseType.SInt64, 8 },
        { 0x8F, FitBaseType.UInt64, 8 }, { 0x90, FitBaseType.UInt64z, 8 },
    };

    [Theory]
    [MemberData(nameof(Protocol))]
    public void A_definition_byte_names_its_type_whatever_its_top_bits(byte number, FitBaseType type, int size)
    {
        // Only the low five bits number the type: the endian bit and the reserved bits do not change it.
        foreach (var top in new byte[] { 0x00, 0x20, 0x40, 0x60, 0x80, 0xA0, 0xC0, 0xE0 })
            Assert.Equal(type, FitBaseTypes.FromByte((byte)((number & 0x1F) | top)));
        Assert.Equal(size, FitBaseTypes.SizeOf(type));
    }

    [Fact]
    public void Numbers_past_the_table_name_no_type_and_values_outside_the_enum_are_one_byte()
    {
        for (var low = 0x11; low <= 0x1F; low++) Assert.Null(FitBaseTypes.FromByte((byte)low));
        // A value that is not one of the enum's (the right low bits, the wrong top bit) is not taken for its neighbour.
        Assert.Equal(1, FitBaseTypes.SizeOf((FitBaseType)0x03));
        Assert.Equal(1, FitBaseTypes.SizeOf((FitBaseType)0x09));
        Assert.Equal(1, FitBaseTypes.SizeOf((FitBaseType)0xFF));
    }
}
