namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>One field of a definition message, with where its bytes sit in each data message.</summary>
/// <param name="Number">Field definition number (profile field number).</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="BaseTypeByte">The base type byte exactly as the definition gives it.</param>
/// <param name="BaseType">
/// The base type the bytes are read as: the declared one, or <see cref="FitBaseType.Byte"/> when the declared type is unknown
/// or the size is not a multiple of its size.
/// </param>
/// <param name="Offset">Offset of the field in the data message's payload (after the record header byte).</param>
internal readonly record struct FitFieldDefinition(byte Number, byte Size, byte BaseTypeByte, FitBaseType BaseType, int Offset)
{
    /// <summary>Number of values in the field (1 for a single value, more for an array; strings and bytes count bytes).</summary>
    public int Count => Size / FitBaseTypes.SizeOf(BaseType);
}
