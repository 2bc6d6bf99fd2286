using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit.Decoding;

/// <summary>
/// One profile field as it sits in the data messages of one definition: its offset, how to read it (type and byte order
/// decided once, see <see cref="FitFieldRead"/>) and whether it is there at all.
/// </summary>
internal readonly struct FitFieldSlot
{
    private readonly FitBaseType _type;
    private readonly bool _bigEndian;

    private FitFieldSlot(int offset, int size, FitBaseType type, bool bigEndian)
    {
        Offset = offset;
        Size = size;
        _type = type;
        _bigEndian = bigEndian;
        How = ReadOf(type, bigEndian);
    }

    /// <summary>Offset of the field in the payload.</summary>
    public int Offset { get; }

    /// <summary>Size of the field in bytes.</summary>
    public int Size { get; }

    /// <summary>How the first value is read.</summary>
    public FitFieldRead How { get; }


    /// <summary>
    /// Locates field <paramref name="number"/> of <paramref name="definition"/>, typed as the profile says where sizes allow
    /// (see <see cref="FitReader.ProfileReadType"/>); an <see cref="FitFieldRead.Absent"/> slot when the definition lacks
    /// it or it cannot be read as a number.
    /// </summary>
    public static FitFieldSlot Find(FitMessageDefinition definition, byte number, FitBaseType profileType)
    {
        var i = definition.IndexOf(number);
        if (i < 0) return default;
        var f = definition.Fields[i];
        if (FitReader.ProfileReadType(f.BaseType, profileType) is not FitBaseType t || f.Size < FitBaseTypes.SizeOf(t)) return default;
        return new FitFieldSlot(f.Offset, f.Size, t, definition.IsBigEndian);
    }

    // AggressiveOptimization on this file's loops over every second or record: compiled optimised at the first call, not
    // once unoptimised and again when hot (docs/tuning-log.md, "optimised from the first call").
    /// <summary>The first value as a raw number; NaN when it is the type's invalid value or the field is absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Read(ReadOnlySpan<byte> payload)
    {
        // The same rules as FitValues.ReadDouble, with the type and byte order already decided.
        var b = payload.Slice(Offset);
        switch (How)
        {
            case FitFieldRead.Absent: return double.NaN;
            case FitFieldRead.UInt8: { var v = b[0]; return v == 0xFF ? double.NaN : v; }
            case FitFieldRead.UInt8z: { var v = b[0]; return v == 0 ? double.NaN : v; }
            case FitFieldRead.SInt8: { var v = (sbyte)b[0]; return v == 0x7F ? double.NaN : v; }
            case FitFieldRead.UInt16: { var v = BinaryPrimitives.ReadUInt16LittleEndian(b); return v == 0xFFFF ? double.NaN : v; }
            case FitFieldRead.UInt16z: { var v = BinaryPrimitives.ReadUInt16LittleEndian(b); return v == 0 ? double.NaN : v; }
            case FitFieldRead.SInt16: { var v = BinaryPrimitives.ReadInt16LittleEndian(b); return v == 0x7FFF ? double.NaN : v; }
            case FitFieldRead.UInt32: { var v = BinaryPrimitives.ReadUInt32LittleEndian(b); return v == 0xFFFF_FFFF ? double.NaN : v; }
            case FitFieldRead.UInt32z: { var v = BinaryPrimitives.ReadUInt32LittleEndian(b); return v == 0 ? double.NaN : v; }
            case FitFieldRead.SInt32: { var v = BinaryPrimitives.ReadInt32LittleEndian(b); return v == 0x7FFF_FFFF ? double.NaN : v; }
            case FitFieldRead.Float32: { var v = BinaryPrimitives.ReadUInt32LittleEndian(b); return v == 0xFFFF_FFFF ? double.NaN : BitConverter.UInt32BitsToSingle(v); }
            case FitFieldRead.UInt16Big: { var v = BinaryPrimitives.ReadUInt16BigEndian(b); return v == 0xFFFF ? double.NaN : v; }
            case FitFieldRead.UInt16zBig: { var v = BinaryPrimitives.ReadUInt16BigEndian(b); return v == 0 ? double.NaN : v; }
            case FitFieldRead.SInt16Big: { var v = BinaryPrimitives.ReadInt16BigEndian(b); return v == 0x7FFF ? double.NaN : v; }
            case FitFieldRead.UInt32Big: { var v = BinaryPrimitives.ReadUInt32BigEndian(b); return v == 0xFFFF_FFFF ? double.NaN : v; }
            case FitFieldRead.UInt32zBig: { var v = BinaryPrimitives.ReadUInt32BigEndian(b); return v == 0 ? double.NaN : v; }
            case FitFieldRead.SInt32Big: { var v = BinaryPrimitives.ReadInt32BigEndian(b); return v == 0x7FFF_FFFF ? double.NaN : v; }
            case FitFieldRead.Float32Big: { var v = BinaryPrimitives.ReadUInt32BigEndian(b); return v == 0xFFFF_FFFF ? double.NaN : BitConverter.UInt32BitsToSingle(v); }
            default: return FitValues.ReadDouble(b[..Size], _type, _bigEndian);
        }
    }

    private static FitFieldRead ReadOf(FitBaseType type, bool big) => type switch
    {
        FitBaseType.Enum or FitBaseType.UInt8 or FitBaseType.Byte => FitFieldRead.UInt8,
        FitBaseType.UInt8z => FitFieldRead.UInt8z,
        FitBaseType.SInt8 => FitFieldRead.SInt8,
        FitBaseType.UInt16 => big ? FitFieldRead.UInt16Big : FitFieldRead.UInt16,
        FitBaseType.UInt16z => big ? FitFieldRead.UInt16zBig : FitFieldRead.UInt16z,
        FitBaseType.SInt16 => big ? FitFieldRead.SInt16Big : FitFieldRead.SInt16,
        FitBaseType.UInt32 => big ? FitFieldRead.UInt32Big : FitFieldRead.UInt32,
        FitBaseType.UInt32z => big ? FitFieldRead.UInt32zBig : FitFieldRead.UInt32z,
        FitBaseType.SInt32 => big ? FitFieldRead.SInt32Big : FitFieldRead.SInt32,
        FitBaseType.Float32 => big ? FitFieldRead.Float32Big : FitFieldRead.Float32,
        _ => FitFieldRead.Other,
    };
}
