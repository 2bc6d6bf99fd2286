using System.Globalization;
using CrampSignals.Formats.Fit.Profile;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit.Model;

/// <summary>One field of a decoded <see cref="FitMessage"/>: its bytes, and their values with the profile's scale and offset.</summary>
public sealed class FitField
{
    internal FitField(FitFieldDefinition definition, ReadOnlyMemory<byte> bytes, bool isBigEndian, FitProfileField? profile)
    {
        Number = definition.Number;
        DeclaredBaseType = definition.BaseTypeByte;
        Bytes = bytes;
        IsBigEndian = isBigEndian;
        Profile = profile;
        // Read as the profile says where the declared size allows, the way Garmin's decoder does.
        BaseType = profile is null ? definition.BaseType : FitReader.ProfileReadType(definition.BaseType, profile.BaseType) ?? definition.BaseType;
        if (bytes.Length % FitBaseTypes.SizeOf(BaseType) != 0) BaseType = FitBaseType.Byte;
    }

    /// <summary>Field number.</summary>
    public byte Number { get; }

    /// <summary>Profile name ("heart_rate"), or <c>field_NUM</c> when the profile subset does not know the field.</summary>
    public string Name => Profile?.Name ?? "field_" + Number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Units from the profile ("bpm"), empty when none or unknown.</summary>
    public string Units => Profile?.Units ?? "";

    /// <summary>The profile's description of the field, when known.</summary>
    internal FitProfileField? Profile { get; }

    /// <summary>The type the bytes are read as.</summary>
    public FitBaseType BaseType { get; }

    /// <summary>The base type byte as the file's definition gave it.</summary>
    public byte DeclaredBaseType { get; }

    /// <summary>True when the message's multi-byte values are big-endian.</summary>
    public bool IsBigEndian { get; }

    /// <summary>The field's bytes as stored.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>Number of elements (1 for a single value; strings and byte arrays count bytes).</summary>
    public int Count => Bytes.Length / FitBaseTypes.SizeOf(BaseType);

    /// <summary>True when at least one element holds a value (is not the type's invalid value).</summary>
    public bool HasValue
    {
        get
        {
            if (BaseType == FitBaseType.String) return Bytes.Span.IndexOfAnyExcept((byte)0) >= 0;
            if (BaseType == FitBaseType.Byte) return FitValues.HasBytes(Bytes.Span);
            for (var i = 0; i < Count; i++) if (!double.IsNaN(RawValue(i))) return true;
            return false;
        }
    }

    /// <summary>Element <paramref name="index"/> without scale or offset; NaN when invalid.</summary>
    public double RawValue(int index = 0) => FitValues.ReadDouble(Bytes.Span, BaseType, IsBigEndian, index);

    /// <summary>The first element with scale and offset applied, in <see cref="Units"/>; NaN when invalid or text.</summary>
    public double Value => Scaled(RawValue());

    /// <summary>Every element with scale and offset applied (NaN where invalid).</summary>
    public double[] Values
    {
        get
        {
            var values = new double[BaseType == FitBaseType.String ? 0 : Count];
            for (var i = 0; i < values.Length; i++) values[i] = Scaled(RawValue(i));
            return values;
        }
    }

    /// <summary>The first element as an exact integer; null when invalid or not an integer type.</summary>
    public long? Integer => FitValues.TryReadInt64(Bytes.Span, BaseType, IsBigEndian, 0, out var v) ? v : null;

    /// <summary>The text of a string field (up to the first zero byte, or all of it when unterminated); null otherwise.</summary>
    public string? Text => BaseType == FitBaseType.String ? FitValues.ReadString(Bytes.Span) : null;

    private double Scaled(double raw) => Profile is null ? raw : Profile.Apply(raw);

    /// <summary>"name=value units" for logs and the CLI.</summary>
    public override string ToString()
    {
        if (BaseType == FitBaseType.String) return $"{Name}=\"{Text}\"";
        if (BaseType == FitBaseType.Byte) return $"{Name}=0x{Convert.ToHexString(Bytes.Span)}";
        var values = Values;
        var text = values.Length == 1
            ? values[0].ToString("R", CultureInfo.InvariantCulture)
            : "[" + string.Join(", ", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "]";
        return Units.Length == 0 ? $"{Name}={text}" : $"{Name}={text} {Units}";
    }
}
