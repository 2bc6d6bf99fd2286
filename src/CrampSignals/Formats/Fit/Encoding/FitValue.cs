using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit.Encoding;

/// <summary>
/// A value for <see cref="FitWriter"/> to encode into a field: a number (scaled already, i.e. raw), text, raw bytes, an
/// array of numbers, or <see cref="Invalid"/> (the field's "no value").
/// </summary>
public readonly struct FitValue
{
    private enum Kind : byte { Invalid, Signed, Unsigned, Real, Text, Bytes, Array }

    private readonly Kind _kind;
    private readonly long _signed;
    private readonly ulong _unsigned;
    private readonly double _real;
    private readonly object? _reference;

    private FitValue(Kind kind, long signed = 0, ulong unsigned = 0, double real = 0, object? reference = null)
    {
        _kind = kind;
        _signed = signed;
        _unsigned = unsigned;
        _real = real;
        _reference = reference;
    }

    /// <summary>The field's invalid value ("no value").</summary>
    public static FitValue Invalid => default;

    /// <summary>A signed integer.</summary>
    public static implicit operator FitValue(long value) => new(Kind.Signed, signed: value);
    /// <summary>A signed integer.</summary>
    public static implicit operator FitValue(int value) => new(Kind.Signed, signed: value);
    /// <summary>An unsigned integer.</summary>
    public static implicit operator FitValue(uint value) => new(Kind.Unsigned, unsigned: value);
    /// <summary>An unsigned integer.</summary>
    public static implicit operator FitValue(ulong value) => new(Kind.Unsigned, unsigned: value);
    /// <summary>A real number (rounded for integer fields); NaN is <see cref="Invalid"/>.</summary>
    public static implicit operator FitValue(double value) => double.IsNaN(value) ? Invalid : new(Kind.Real, real: value);
    /// <summary>Text, UTF-8 encoded and zero-padded to the field size (null is <see cref="Invalid"/>).</summary>
    public static implicit operator FitValue(string? value) => value is null ? Invalid : new(Kind.Text, reference: value);
    /// <summary>Raw bytes, copied as they are and padded with the type's invalid bytes (null is <see cref="Invalid"/>).</summary>
    public static implicit operator FitValue(byte[]? value) => value is null ? Invalid : new(Kind.Bytes, reference: value);

    /// <summary>An array of numbers, one per element of the field (NaN elements are invalid).</summary>
    public static FitValue Array(params double[] values) => new(Kind.Array, reference: values);

    /// <summary>Encodes the value into <paramref name="field"/> (the field's bytes) as <paramref name="type"/>.</summary>
    internal void Encode(Span<byte> field, FitBaseType type, bool bigEndian)
    {
        var size = FitBaseTypes.SizeOf(type);
        switch (_kind)
        {
            case Kind.Text:
                field.Clear();
                var text = System.Text.Encoding.UTF8.GetBytes((string)_reference!);
                text.AsSpan(0, Math.Min(text.Length, field.Length)).CopyTo(field);
                return;
            case Kind.Bytes:
                var bytes = (byte[])_reference!;
                FillInvalid(field, type, bigEndian);
                bytes.AsSpan(0, Math.Min(bytes.Length, field.Length)).CopyTo(field);
                return;
            case Kind.Array:
                var values = (double[])_reference!;
                FillInvalid(field, type, bigEndian);
                for (var i = 0; i < values.Length && (i + 1) * size <= field.Length; i++)
                    ((FitValue)values[i]).Encode(field.Slice(i * size, size), type, bigEndian);
                return;
            case Kind.Invalid:
                FillInvalid(field, type, bigEndian);
                return;
        }
        // One number: the first element; any further elements of an array field are invalid.
        FillInvalid(field, type, bigEndian);
        if (field.Length < size) return;
        WriteBits(field[..size], Bits(type), size, bigEndian);
    }

    private ulong Bits(FitBaseType type)
    {
        if (type == FitBaseType.Float32)
            return BitConverter.SingleToUInt32Bits((float)AsDouble());
        if (type == FitBaseType.Float64)
            return BitConverter.DoubleToUInt64Bits(AsDouble());
        return _kind switch
        {
            Kind.Signed => (ulong)_signed,
            Kind.Unsigned => _unsigned,
            _ => (ulong)(long)Math.Round(_real, MidpointRounding.AwayFromZero),
        };
    }

    private double AsDouble() => _kind switch
    {
        Kind.Signed => _signed,
        Kind.Unsigned => _unsigned,
        _ => _real,
    };

    private static void FillInvalid(Span<byte> field, FitBaseType type, bool bigEndian)
    {
        var size = FitBaseTypes.SizeOf(type);
        var invalid = FitBaseTypes.InvalidBits(type);
        if (field.Length % size != 0)
        {
            field.Fill(0xFF);
            return;
        }
        for (var i = 0; i + size <= field.Length; i += size) WriteBits(field.Slice(i, size), invalid, size, bigEndian);
    }

    private static void WriteBits(Span<byte> target, ulong bits, int size, bool bigEndian)
    {
        for (var i = 0; i < size; i++)
        {
            var b = (byte)(bits >> (8 * i));
            target[bigEndian ? size - 1 - i : i] = b;
        }
    }
}
