using System.Globalization;
using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit.Model;

/// <summary>
/// A developer field of a decoded <see cref="FitMessage"/>. When the file described it (a <c>field_description</c>), its
/// name, units, type and scale are known; otherwise only its raw bytes are.
/// </summary>
public sealed class FitDeveloperField
{
    internal FitDeveloperField(FitDeveloperFieldDefinition definition, ReadOnlyMemory<byte> bytes, bool isBigEndian, FitDeveloperFieldDescription? description)
    {
        DeveloperDataIndex = definition.DeveloperDataIndex;
        Number = definition.Number;
        Bytes = bytes;
        IsBigEndian = isBigEndian;
        Description = description;
        var type = description?.BaseType ?? FitBaseType.Byte;
        BaseType = bytes.Length % FitBaseTypes.SizeOf(type) == 0 ? type : FitBaseType.Byte;
    }

    /// <summary>The developer (<c>developer_data_index</c>).</summary>
    public byte DeveloperDataIndex { get; }

    /// <summary>The developer's field number.</summary>
    public byte Number { get; }

    /// <summary>The file's description of the field; null when the file never described it.</summary>
    internal FitDeveloperFieldDescription? Description { get; }

    /// <summary>The described name, or <c>developer_INDEX_NUM</c>.</summary>
    public string Name => Description?.Name ?? string.Create(CultureInfo.InvariantCulture, $"developer_{DeveloperDataIndex}_{Number}");

    /// <summary>The described units, empty when none.</summary>
    public string Units => Description?.Units ?? "";

    /// <summary>The type the bytes are read as (<see cref="FitBaseType.Byte"/> when undescribed).</summary>
    public FitBaseType BaseType { get; }

    /// <summary>True when the message's multi-byte values are big-endian.</summary>
    public bool IsBigEndian { get; }

    /// <summary>The field's bytes as stored.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The first element with the description's scale and offset; NaN when undescribed, invalid or text.</summary>
    public double Value => Description is null ? double.NaN : Description.Apply(FitValues.ReadDouble(Bytes.Span, BaseType, IsBigEndian));

    /// <summary>The text of a string field, else null.</summary>
    public string? Text => BaseType == FitBaseType.String ? FitValues.ReadString(Bytes.Span) : null;

    /// <summary>"name=value units".</summary>
    public override string ToString() =>
        BaseType == FitBaseType.String ? $"{Name}=\"{Text}\""
        : Description is null || BaseType == FitBaseType.Byte ? $"{Name}=0x{Convert.ToHexString(Bytes.Span)}"
        : $"{Name}={Value.ToString("R", CultureInfo.InvariantCulture)} {Units}".TrimEnd();
}
