namespace CrampSignals.Formats.Fit.Decoding;

/// <summary>
/// How a <see cref="FitFieldSlot"/> reads its first value. The base type's width, sign, invalid value and byte order are
/// folded into the slot's shifts, so the 8-, 16- and 32-bit types all take one read of four bytes.
/// </summary>
internal enum FitFieldRead : byte
{
    /// <summary>The definition lacks the field (or it cannot be read as a number): always no value.</summary>
    Absent,
    /// <summary>enum, byte, uint8(z), uint16(z), uint32(z).</summary>
    Unsigned,
    /// <summary>sint8, sint16, sint32.</summary>
    Signed,
    /// <summary>float32.</summary>
    Float32,
    /// <summary>Anything else (64-bit types, or a payload under four bytes): read through <see cref="Protocol.FitValues.ReadDouble"/>.</summary>
    Other,
}
