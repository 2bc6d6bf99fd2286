namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>The FIT base types, by the number a field definition carries (endian-capable types have bit 7 set).</summary>
public enum FitBaseType : byte
{
    /// <summary>Enumeration, 1 byte; invalid 0xFF.</summary>
    Enum = 0x00,
    /// <summary>Signed 8-bit integer; invalid 0x7F.</summary>
    SInt8 = 0x01,
    /// <summary>Unsigned 8-bit integer; invalid 0xFF.</summary>
    UInt8 = 0x02,
    /// <summary>Signed 16-bit integer; invalid 0x7FFF.</summary>
    SInt16 = 0x83,
    /// <summary>Unsigned 16-bit integer; invalid 0xFFFF.</summary>
    UInt16 = 0x84,
    /// <summary>Signed 32-bit integer; invalid 0x7FFFFFFF.</summary>
    SInt32 = 0x85,
    /// <summary>Unsigned 32-bit integer; invalid 0xFFFFFFFF.</summary>
    UInt32 = 0x86,
    /// <summary>Null-terminated UTF-8 string; an all-zero field is invalid.</summary>
    String = 0x07,
    /// <summary>IEEE 754 single; invalid when all bits are set.</summary>
    Float32 = 0x88,
    /// <summary>IEEE 754 double; invalid when all bits are set.</summary>
    Float64 = 0x89,
    /// <summary>Unsigned 8-bit integer whose invalid value is 0.</summary>
    UInt8z = 0x0A,
    /// <summary>Unsigned 16-bit integer whose invalid value is 0.</summary>
    UInt16z = 0x8B,
    /// <summary>Unsigned 32-bit integer whose invalid value is 0.</summary>
    UInt32z = 0x8C,
    /// <summary>Array of bytes; invalid when every byte is 0xFF.</summary>
    Byte = 0x0D,
    /// <summary>Signed 64-bit integer; invalid 0x7FFFFFFFFFFFFFFF.</summary>
    SInt64 = 0x8E,
    /// <summary>Unsigned 64-bit integer; invalid 0xFFFFFFFFFFFFFFFF.</summary>
    UInt64 = 0x8F,
    /// <summary>Unsigned 64-bit integer whose invalid value is 0.</summary>
    UInt64z = 0x90,
}
