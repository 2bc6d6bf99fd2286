namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>Facts about <see cref="FitBaseType"/> values: size, signedness, and which raw numbers are known.</summary>
internal static class FitBaseTypes
{
    /// <summary>The base type a definition byte names, or null when the byte names none (the low 5 bits pick the type).</summary>
    public static FitBaseType? FromByte(byte value)
    {
        var number = value & 0x1F;
        return number < ByNumber.Length ? (FitBaseType)ByNumber[number] : null;
    }

    /// <summary>Size in bytes of one value of <paramref name="type"/> (1 for strings and bytes, which come as arrays).</summary>
    public static int SizeOf(FitBaseType type)
    {
        // A definition names a type per field, so these two run for every field of every definition: tables, not switches.
        var number = (byte)type & 0x1F;
        return number < ByNumber.Length && ByNumber[number] == (byte)type ? Sizes[number] : 1;
    }

    // Indexed by the type's number (its low 5 bits).
    private static ReadOnlySpan<byte> ByNumber =>
    [
        (byte)FitBaseType.Enum, (byte)FitBaseType.SInt8, (byte)FitBaseType.UInt8, (byte)FitBaseType.SInt16,
        (byte)FitBaseType.UInt16, (byte)FitBaseType.SInt32, (byte)FitBaseType.UInt32, (byte)FitBaseType.String,
        (byte)FitBaseType.Float32, (byte)FitBaseType.Float64, (byte)FitBaseType.UInt8z, (byte)FitBaseType.UInt16z,
        (byte)FitBaseType.UInt32z, (byte)FitBaseType.Byte, (byte)FitBaseType.SInt64, (byte)FitBaseType.UInt64,
        (byte)FitBaseType.UInt64z,
    ];

    private static ReadOnlySpan<byte> Sizes => [1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8];

    /// <summary>True for the signed integer types.</summary>
    public static bool IsSigned(FitBaseType type) =>
        type is FitBaseType.SInt8 or FitBaseType.SInt16 or FitBaseType.SInt32 or FitBaseType.SInt64;

    /// <summary>True for the types that hold numbers (all but strings).</summary>
    public static bool IsNumeric(FitBaseType type) => type != FitBaseType.String;

    /// <summary>True for the floating-point types.</summary>
    public static bool IsFloat(FitBaseType type) => type is FitBaseType.Float32 or FitBaseType.Float64;

    /// <summary>The profile name of the type ("uint16", "uint32z", ...).</summary>
    public static string Name(FitBaseType type) => type switch
    {
        FitBaseType.Enum => "enum",
        FitBaseType.SInt8 => "sint8",
        FitBaseType.UInt8 => "uint8",
        FitBaseType.SInt16 => "sint16",
        FitBaseType.UInt16 => "uint16",
        FitBaseType.SInt32 => "sint32",
        FitBaseType.UInt32 => "uint32",
        FitBaseType.String => "string",
        FitBaseType.Float32 => "float32",
        FitBaseType.Float64 => "float64",
        FitBaseType.UInt8z => "uint8z",
        FitBaseType.UInt16z => "uint16z",
        FitBaseType.UInt32z => "uint32z",
        FitBaseType.Byte => "byte",
        FitBaseType.SInt64 => "sint64",
        FitBaseType.UInt64 => "uint64",
        FitBaseType.UInt64z => "uint64z",
        _ => "unknown",
    };

    /// <summary>The raw bits of the invalid ("no value") value of <paramref name="type"/>, as stored in an unsigned 64-bit integer.</summary>
    public static ulong InvalidBits(FitBaseType type) => type switch
    {
        FitBaseType.SInt8 => 0x7F,
        FitBaseType.SInt16 => 0x7FFF,
        FitBaseType.SInt32 => 0x7FFF_FFFF,
        FitBaseType.SInt64 => 0x7FFF_FFFF_FFFF_FFFF,
        FitBaseType.UInt16 => 0xFFFF,
        FitBaseType.UInt32 or FitBaseType.Float32 => 0xFFFF_FFFF,
        FitBaseType.UInt64 or FitBaseType.Float64 => 0xFFFF_FFFF_FFFF_FFFF,
        FitBaseType.UInt8z or FitBaseType.UInt16z or FitBaseType.UInt32z or FitBaseType.UInt64z or FitBaseType.String => 0,
        _ => 0xFF,
    };
}
