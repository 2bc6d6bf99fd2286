using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit.Decoding;

/// <summary>Where one profile field sits in the data messages of one definition, and the type to read it as.</summary>
internal readonly struct FitFieldSlot
{
    private readonly int _offset;
    private readonly int _size;
    private readonly FitBaseType _type;

    private FitFieldSlot(int offset, int size, FitBaseType type)
    {
        _offset = offset;
        _size = size;
        _type = type;
        IsPresent = true;
    }

    /// <summary>True when the definition has the field in a readable type.</summary>
    public bool IsPresent { get; }

    /// <summary>Locates field <paramref name="number"/> of <paramref name="definition"/>, typed as the profile says where sizes allow.</summary>
    public static FitFieldSlot Find(FitMessageDefinition definition, byte number, FitBaseType profileType)
    {
        var i = definition.IndexOf(number);
        if (i < 0) return default;
        var f = definition.Fields[i];
        return FitReader.ProfileReadType(f.BaseType, profileType) is FitBaseType t && f.Size >= FitBaseTypes.SizeOf(t)
            ? new FitFieldSlot(f.Offset, f.Size, t)
            : default;
    }

    /// <summary>The first element as a raw number; NaN when absent or invalid.</summary>
    public double Read(ReadOnlySpan<byte> payload, bool bigEndian) =>
        IsPresent ? FitValues.ReadDouble(payload.Slice(_offset, _size), _type, bigEndian) : double.NaN;

    /// <summary>The field's bytes (empty when absent).</summary>
    public ReadOnlySpan<byte> Bytes(ReadOnlySpan<byte> payload) => IsPresent ? payload.Slice(_offset, _size) : default;
}
