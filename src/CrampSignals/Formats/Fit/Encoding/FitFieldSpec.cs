using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit.Encoding;

/// <summary>A field for <see cref="FitWriter.Define"/>.</summary>
/// <param name="Number">Field number.</param>
/// <param name="Type">Base type.</param>
/// <param name="Size">Size in bytes; 0 means one value of <paramref name="Type"/>.</param>
/// <param name="TypeByte">The base type byte to write, when it should differ from <paramref name="Type"/> (to build odd files).</param>
public readonly record struct FitFieldSpec(byte Number, FitBaseType Type, byte Size = 0, byte? TypeByte = null)
{
    /// <summary>The size in bytes written into the definition.</summary>
    public byte EffectiveSize => Size == 0 ? (byte)FitBaseTypes.SizeOf(Type) : Size;
}

/// <summary>A developer field for <see cref="FitWriter.Define"/>.</summary>
/// <param name="Number">The developer's field number.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="DeveloperDataIndex">The developer.</param>
/// <param name="Type">How the writer encodes values given for it.</param>
public readonly record struct FitDeveloperFieldSpec(byte Number, byte Size, byte DeveloperDataIndex, FitBaseType Type = FitBaseType.Byte);
