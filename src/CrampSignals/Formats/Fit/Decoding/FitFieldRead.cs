namespace CrampSignals.Formats.Fit.Decoding;

/// <summary>
/// How a <see cref="FitFieldSlot"/> reads its first value: the base type and byte order folded into one code, so the
/// per-record read is a single switch with no type or endianness tests left to make.
/// </summary>
internal enum FitFieldRead : byte
{
    /// <summary>The definition lacks the field (or it cannot be read as a number): always no value.</summary>
    Absent,
    /// <summary>enum, uint8 or byte; 0xFF is no value.</summary>
    UInt8,
    /// <summary>uint8z; 0 is no value.</summary>
    UInt8z,
    /// <summary>sint8; 0x7F is no value.</summary>
    SInt8,
    /// <summary>uint16, little-endian.</summary>
    UInt16,
    /// <summary>uint16z, little-endian.</summary>
    UInt16z,
    /// <summary>sint16, little-endian.</summary>
    SInt16,
    /// <summary>uint32, little-endian.</summary>
    UInt32,
    /// <summary>uint32z, little-endian.</summary>
    UInt32z,
    /// <summary>sint32, little-endian.</summary>
    SInt32,
    /// <summary>float32, little-endian.</summary>
    Float32,
    /// <summary>uint16, big-endian.</summary>
    UInt16Big,
    /// <summary>uint16z, big-endian.</summary>
    UInt16zBig,
    /// <summary>sint16, big-endian.</summary>
    SInt16Big,
    /// <summary>uint32, big-endian.</summary>
    UInt32Big,
    /// <summary>uint32z, big-endian.</summary>
    UInt32zBig,
    /// <summary>sint32, big-endian.</summary>
    SInt32Big,
    /// <summary>float32, big-endian.</summary>
    Float32Big,
    /// <summary>Anything else (64-bit types): read through <see cref="Protocol.FitValues.ReadDouble"/>.</summary>
    Other,
}
