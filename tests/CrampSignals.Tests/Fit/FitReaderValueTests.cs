using CrampSignals.Formats.Fit.Encoding;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Tests.Fit;

public class FitReaderValueTests
{
    // An unknown message number, so no profile typing interferes with the raw base types.
    private const ushort Scratch = 0xFF10;

    private static double ReadBack(FitBaseType type, FitValue value, bool bigEndian, out ulong bits)
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, Scratch, [new(1, type)], bigEndian);
        w.Write(0, value);
        w.EndFile();
        var reader = new FitReader(w.ToArray());
        while (reader.Read() && reader.TokenType != FitTokenType.Data) { }
        Assert.Equal(FitTokenType.Data, reader.TokenType);
        var bytes = reader.GetFieldBytes(1);
        bits = 0;
        for (var i = 0; i < bytes.Length; i++) bits |= (ulong)bytes[bigEndian ? bytes.Length - 1 - i : i] << (8 * i);
        return reader.GetDouble(1);
    }

    [Theory]
    [InlineData(FitBaseType.Enum, 7)]
    [InlineData(FitBaseType.SInt8, -100)]
    [InlineData(FitBaseType.UInt8, 200)]
    [InlineData(FitBaseType.UInt8z, 200)]
    [InlineData(FitBaseType.SInt16, -30000)]
    [InlineData(FitBaseType.UInt16, 60000)]
    [InlineData(FitBaseType.UInt16z, 60000)]
    [InlineData(FitBaseType.SInt32, -2_000_000_000)]
    [InlineData(FitBaseType.UInt32, 4_000_000_000)]
    [InlineData(FitBaseType.UInt32z, 4_000_000_000)]
    [InlineData(FitBaseType.SInt64, -9_000_000_000_000)]
    [InlineData(FitBaseType.UInt64, 9_000_000_000_000)]
    [InlineData(FitBaseType.UInt64z, 9_000_000_000_000)]
    [InlineData(FitBaseType.Float32, 12.5)]
    [InlineData(FitBaseType.Float64, -1234.0625)]
    [InlineData(FitBaseType.Byte, 0x42)]
    public void Every_base_type_reads_back_in_both_byte_orders(FitBaseType type, double value)
    {
        Assert.Equal(value, ReadBack(type, value, bigEndian: false, out var little));
        Assert.Equal(value, ReadBack(type, value, bigEndian: true, out var big));
        Assert.Equal(little, big);
    }

    [Theory]
    [InlineData(FitBaseType.Enum, 0xFFul)]
    [InlineData(FitBaseType.SInt8, 0x7Ful)]
    [InlineData(FitBaseType.UInt8, 0xFFul)]
    [InlineData(FitBaseType.UInt8z, 0ul)]
    [InlineData(FitBaseType.SInt16, 0x7FFFul)]
    [InlineData(FitBaseType.UInt16, 0xFFFFul)]
    [InlineData(FitBaseType.UInt16z, 0ul)]
    [InlineData(FitBaseType.SInt32, 0x7FFFFFFFul)]
    [InlineData(FitBaseType.UInt32, 0xFFFFFFFFul)]
    [InlineData(FitBaseType.UInt32z, 0ul)]
    [InlineData(FitBaseType.SInt64, 0x7FFFFFFFFFFFFFFFul)]
    [InlineData(FitBaseType.UInt64, 0xFFFFFFFFFFFFFFFFul)]
    [InlineData(FitBaseType.UInt64z, 0ul)]
    [InlineData(FitBaseType.Float32, 0xFFFFFFFFul)]
    [InlineData(FitBaseType.Float64, 0xFFFFFFFFFFFFFFFFul)]
    [InlineData(FitBaseType.Byte, 0xFFul)]
    public void Each_base_types_invalid_value_is_missing(FitBaseType type, ulong invalidBits)
    {
        foreach (var bigEndian in new[] { false, true })
        {
            Assert.True(double.IsNaN(ReadBack(type, FitValue.Invalid, bigEndian, out var bits)));
            Assert.Equal(invalidBits, bits);
        }
    }

    [Fact]
    public void Big_endian_bytes_are_laid_out_most_significant_first()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, Scratch, [new(1, FitBaseType.UInt16), new(2, FitBaseType.UInt32)], bigEndian: true);
        w.Write(0, 0x1234, 0x0A0B0C0Du);
        w.EndFile();
        var reader = new FitReader(w.ToArray());
        while (reader.Read() && reader.TokenType != FitTokenType.Data) { }
        Assert.Equal(new byte[] { 0x12, 0x34, 0x0A, 0x0B, 0x0C, 0x0D }, reader.Payload.ToArray());
        Assert.True(reader.Definition.IsBigEndian);
        Assert.Equal(0x1234, reader.GetDouble(1));
        Assert.Equal(0x0A0B0C0D, reader.GetDouble(2));
    }

    [Fact]
    public void Arrays_give_each_element_and_invalid_elements_are_missing()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, Scratch, [new(1, FitBaseType.UInt16, Size: 6)]);
        w.Write(0, FitValue.Array(5, double.NaN, 65534));
        w.EndFile();
        var file = FitTestData.Decode(w.ToArray());
        var field = file.Messages[0][1]!;
        Assert.Equal(3, field.Count);
        Assert.Equal(5, field.RawValue(0));
        Assert.True(double.IsNaN(field.RawValue(1)));
        Assert.Equal(65534, field.RawValue(2));
        Assert.True(double.IsNaN(field.RawValue(3)));
    }

    [Fact]
    public void A_size_that_is_not_a_multiple_of_the_type_is_read_as_bytes()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, Scratch, [new(1, FitBaseType.UInt32, Size: 3), new(2, FitBaseType.UInt8)]);
        w.Write(0, new byte[] { 1, 2, 3 }, 9);
        w.EndFile();
        var reader = new FitReader(w.ToArray());
        while (reader.Read() && reader.TokenType != FitTokenType.Data) { }
        Assert.True(reader.TryGetFieldDefinition(1, out var f));
        Assert.Equal(FitBaseType.Byte, f.BaseType);
        Assert.Equal((byte)FitBaseType.UInt32, f.BaseTypeByte);
        Assert.Equal(new byte[] { 1, 2, 3 }, reader.GetFieldBytes(1).ToArray());
        Assert.Equal(9, reader.GetDouble(2));
    }

    [Fact]
    public void An_unknown_base_type_is_read_as_bytes()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, Scratch, [new(1, FitBaseType.Byte, Size: 2, TypeByte: 0x1F)]);
        w.Write(0, new byte[] { 7, 8 });
        w.EndFile();
        var message = FitTestData.Decode(w.ToArray()).Messages[0];
        Assert.Equal(FitBaseType.Byte, message[1]!.BaseType);
        Assert.Equal(new byte[] { 7, 8 }, message[1]!.Bytes.ToArray());
    }

    [Theory]
    [InlineData("Forerunner", 16, "Forerunner")]
    [InlineData("Forerunner", 10, "Forerunner")] // exactly fills the field: no terminator
    [InlineData("Forerunner", 4, "Fore")]         // the writer cut it: still no terminator
    [InlineData("Läufer", 12, "Läufer")]
    public void Strings_read_terminated_or_not(string text, byte size, string expected)
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, Scratch, [new(1, FitBaseType.String, size)]);
        w.Write(0, text);
        w.EndFile();
        var message = FitTestData.Decode(w.ToArray()).Messages[0];
        Assert.Equal(expected, message[1]!.Text);
    }

    [Fact]
    public void An_all_zero_string_has_no_value()
    {
        var w = new FitWriter();
        w.BeginFile();
        w.Define(0, Scratch, [new(1, FitBaseType.String, 8)]);
        w.Write(0, FitValue.Invalid);
        w.EndFile();
        var field = FitTestData.Decode(w.ToArray()).Messages[0][1]!;
        Assert.Null(field.Text);
        Assert.False(field.HasValue);
    }

    [Fact]
    public void Several_strings_in_one_field_are_all_readable()
    {
        Assert.Equal(["ab", "cd"], FitValues.ReadStrings("ab\0cd\0\0"u8));
    }
}
