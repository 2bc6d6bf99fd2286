using System.Buffers.Binary;

namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>
/// Decodes the values of a field's bytes. Every method is allocation-free, never reads outside the span it is given,
/// and reports a base type's invalid value as "no value".
/// </summary>
internal static class FitValues
{
    /// <summary>
    /// Reads element <paramref name="index"/> of a field as raw unsigned bits (sign not extended).
    /// False when the element is outside the span.
    /// </summary>
    public static bool TryReadBits(ReadOnlySpan<byte> field, FitBaseType type, bool bigEndian, int index, out ulong bits)
    {
        var size = FitBaseTypes.SizeOf(type);
        var start = index * size;
        if (index < 0 || (uint)(start + size) > (uint)field.Length)
        {
            bits = 0;
            return false;
        }
        var b = field.Slice(start, size);
        bits = size switch
        {
            1 => b[0],
            2 => bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(b) : BinaryPrimitives.ReadUInt16LittleEndian(b),
            4 => bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(b) : BinaryPrimitives.ReadUInt32LittleEndian(b),
            _ => bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(b) : BinaryPrimitives.ReadUInt64LittleEndian(b),
        };
        return true;
    }

    /// <summary>True when <paramref name="bits"/> is <paramref name="type"/>'s invalid value.</summary>
    public static bool IsInvalid(ulong bits, FitBaseType type) => bits == FitBaseTypes.InvalidBits(type);

    /// <summary>
    /// Reads element <paramref name="index"/> as a number (no scale or offset), or NaN when it is missing, outside the field,
    /// the type's invalid value, or the field is a string. 64-bit integers beyond 2^53 lose precision: use
    /// <see cref="TryReadInt64"/> or <see cref="TryReadUInt64"/> for exact values.
    /// </summary>
    public static double ReadDouble(ReadOnlySpan<byte> field, FitBaseType type, bool bigEndian, int index = 0)
    {
        // One dense switch per value: this is the decoder's innermost loop.
        switch ((int)type & 0x1F)
        {
            case 0x00 or 0x02 or 0x0D: // enum, uint8, byte
            {
                if ((uint)index >= (uint)field.Length) return double.NaN;
                var v = field[index];
                return v == 0xFF ? double.NaN : v;
            }
            case 0x0A: // uint8z
            {
                if ((uint)index >= (uint)field.Length) return double.NaN;
                var v = field[index];
                return v == 0 ? double.NaN : v;
            }
            case 0x01: // sint8
            {
                if ((uint)index >= (uint)field.Length) return double.NaN;
                var v = (sbyte)field[index];
                return v == 0x7F ? double.NaN : v;
            }
            case 0x03 or 0x04 or 0x0B: // sint16, uint16, uint16z
            {
                var at = index * 2;
                if (index < 0 || (uint)(at + 2) > (uint)field.Length) return double.NaN;
                var b = field.Slice(at, 2);
                var v = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(b) : BinaryPrimitives.ReadUInt16LittleEndian(b);
                return ((int)type & 0x1F) switch
                {
                    0x03 => v == 0x7FFF ? double.NaN : (short)v,
                    0x04 => v == 0xFFFF ? double.NaN : v,
                    _ => v == 0 ? double.NaN : v,
                };
            }
            case 0x05 or 0x06 or 0x0C or 0x08: // sint32, uint32, uint32z, float32
            {
                var at = index * 4;
                if (index < 0 || (uint)(at + 4) > (uint)field.Length) return double.NaN;
                var b = field.Slice(at, 4);
                var v = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(b) : BinaryPrimitives.ReadUInt32LittleEndian(b);
                return ((int)type & 0x1F) switch
                {
                    0x05 => v == 0x7FFF_FFFF ? double.NaN : (int)v,
                    0x06 => v == 0xFFFF_FFFF ? double.NaN : v,
                    0x0C => v == 0 ? double.NaN : v,
                    _ => v == 0xFFFF_FFFF ? double.NaN : BitConverter.UInt32BitsToSingle(v),
                };
            }
            case 0x07: // string
                return double.NaN;
            default: // 64-bit types
                if (!TryReadBits(field, type, bigEndian, index, out var bits) || IsInvalid(bits, type)) return double.NaN;
                return ToDouble(bits, type);
        }
    }

    /// <summary>Converts valid raw bits of <paramref name="type"/> to a double.</summary>
    public static double ToDouble(ulong bits, FitBaseType type) => type switch
    {
        FitBaseType.SInt8 => (sbyte)bits,
        FitBaseType.SInt16 => (short)bits,
        FitBaseType.SInt32 => (int)bits,
        FitBaseType.SInt64 => (long)bits,
        FitBaseType.Float32 => BitConverter.UInt32BitsToSingle((uint)bits),
        FitBaseType.Float64 => BitConverter.UInt64BitsToDouble(bits),
        _ => bits,
    };

    /// <summary>Reads element <paramref name="index"/> as a signed integer (sign-extended for signed types); false when missing or invalid, or a float or string.</summary>
    public static bool TryReadInt64(ReadOnlySpan<byte> field, FitBaseType type, bool bigEndian, int index, out long value)
    {
        value = 0;
        if (type is FitBaseType.String or FitBaseType.Float32 or FitBaseType.Float64) return false;
        if (!TryReadBits(field, type, bigEndian, index, out var bits) || IsInvalid(bits, type)) return false;
        value = type switch
        {
            FitBaseType.SInt8 => (sbyte)bits,
            FitBaseType.SInt16 => (short)bits,
            FitBaseType.SInt32 => (int)bits,
            _ => (long)bits,
        };
        return true;
    }

    /// <summary>Reads element <paramref name="index"/> as an unsigned integer; false when missing, invalid, negative, a float or a string.</summary>
    public static bool TryReadUInt64(ReadOnlySpan<byte> field, FitBaseType type, bool bigEndian, int index, out ulong value)
    {
        value = 0;
        if (FitBaseTypes.IsSigned(type))
        {
            if (!TryReadInt64(field, type, bigEndian, index, out var signed) || signed < 0) return false;
            value = (ulong)signed;
            return true;
        }
        if (type is FitBaseType.String or FitBaseType.Float32 or FitBaseType.Float64) return false;
        if (!TryReadBits(field, type, bigEndian, index, out value) || IsInvalid(value, type)) return false;
        return true;
    }

    /// <summary>True when a byte array holds a value (not every byte 0xFF); the protocol's rule for <see cref="FitBaseType.Byte"/>.</summary>
    public static bool HasBytes(ReadOnlySpan<byte> field) => field.IndexOfAnyExcept((byte)0xFF) >= 0;

    /// <summary>
    /// The first string of a string field: the bytes up to the first zero, or all of them when the writer left the string
    /// unterminated. Null when the field is empty or all zeros. Invalid UTF-8 becomes U+FFFD.
    /// </summary>
    public static string? ReadString(ReadOnlySpan<byte> field)
    {
        var end = field.IndexOf((byte)0);
        var text = end < 0 ? field : field[..end];
        return text.IsEmpty ? null : System.Text.Encoding.UTF8.GetString(text);
    }

    /// <summary>Every string of a string field (a field may pack several, each zero-terminated); empty ones are left out.</summary>
    public static string[] ReadStrings(ReadOnlySpan<byte> field)
    {
        var list = new List<string>();
        while (!field.IsEmpty)
        {
            var end = field.IndexOf((byte)0);
            var part = end < 0 ? field : field[..end];
            if (!part.IsEmpty) list.Add(System.Text.Encoding.UTF8.GetString(part));
            if (end < 0) break;
            field = field[(end + 1)..];
        }
        return [.. list];
    }
}
