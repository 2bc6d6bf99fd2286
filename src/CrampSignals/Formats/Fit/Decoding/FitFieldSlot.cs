using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit.Decoding;

/// <summary>
/// One profile field as it sits in the data messages of one definition: its offset, how to read it (type and byte order
/// decided once, see <see cref="FitFieldRead"/>) and whether it is there at all.
/// </summary>
/// <remarks>
/// A field of up to four bytes is read as the four bytes of the payload around it (a window that stays inside the payload),
/// shifted left so that the field's most significant byte is on top, then shifted right to its width: arithmetically for
/// a signed type. Width, position, sign and byte order are then data, not branches, so a record's dozen reads take the
/// same few instructions each.
/// </remarks>
internal readonly struct FitFieldSlot
{
    private readonly FitBaseType _type;
    private readonly bool _bigEndian;
    private readonly int _window;
    private readonly int _alignShift;
    private readonly int _widthShift;
    private readonly uint _invalid;

    private FitFieldSlot(int offset, int size, int payloadSize, FitBaseType type, bool bigEndian)
    {
        Offset = offset;
        Size = size;
        _type = type;
        _bigEndian = bigEndian;
        var width = FitBaseTypes.SizeOf(type);
        How = width > 4 || payloadSize < 4 ? FitFieldRead.Other
            : type == FitBaseType.Float32 ? FitFieldRead.Float32
            : FitBaseTypes.IsSigned(type) ? FitFieldRead.Signed
            : FitFieldRead.Unsigned;
        if (How == FitFieldRead.Other) return;
        _window = Math.Clamp(offset + width - 4, 0, payloadSize - 4);
        var at = offset - _window;
        // Little-endian, the field's last byte is its most significant; big-endian (bytes reversed first), its first.
        _alignShift = 8 * (bigEndian ? at : 4 - at - width);
        _widthShift = 32 - 8 * width;
        _invalid = (uint)FitBaseTypes.InvalidBits(type); // a type of four bytes or fewer here
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
        return new FitFieldSlot(f.Offset, f.Size, definition.PayloadSize, t, definition.IsBigEndian);
    }

    /// <summary>
    /// The first value as a raw number; NaN when it is the type's invalid value or the field is absent. The same values as
    /// <see cref="FitValues.ReadDouble"/> with the slot's type and byte order. <paramref name="payload"/> is a whole payload
    /// of the slot's definition.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Read(ReadOnlySpan<byte> payload)
    {
        // Inlined at each call site, so each site's branches on How are predicted for its own field.
        if (How == FitFieldRead.Absent) return double.NaN;
        if (How == FitFieldRead.Other) return ReadOther(payload);
        var raw = BinaryPrimitives.ReadUInt32LittleEndian(payload.Slice(_window));
        if (_bigEndian) raw = BinaryPrimitives.ReverseEndianness(raw);
        var top = raw << _alignShift;
        var bits = top >> _widthShift;
        if (bits == _invalid) return double.NaN;
        if (How == FitFieldRead.Unsigned) return bits;
        if (How == FitFieldRead.Signed) return (int)top >> _widthShift;
        return BitConverter.UInt32BitsToSingle(bits);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private double ReadOther(ReadOnlySpan<byte> payload) => FitValues.ReadDouble(payload.Slice(Offset, Size), _type, _bigEndian);
}
