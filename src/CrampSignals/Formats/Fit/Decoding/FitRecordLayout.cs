using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit.Decoding;

/// <summary>
/// The record fields the sample table needs, as they sit in one record definition: only the fields the definition has,
/// each with its read decided (<see cref="FitFieldSlot"/>). Computed once per definition and cached on it, so a record
/// costs one loop over a few slots.
/// </summary>
internal sealed class FitRecordLayout
{
    /// <summary>Slots of the raw row <see cref="Read"/> fills (raw FIT units, NaN when absent or invalid).</summary>
    public const int Latitude = 0, Longitude = 1, Altitude = 2, HeartRate = 3, Cadence = 4, Distance = 5, Speed = 6, Power = 7,
        Temperature = 8, FractionalCadence = 9, EnhancedSpeed = 10, EnhancedAltitude = 11, SlotCount = 12;

    private readonly FitFieldSlot[] _slots;

    public FitRecordLayout(FitMessageDefinition d)
    {
        var slots = new List<FitFieldSlot>(SlotCount);
        void Add(byte number, FitBaseType type, int target)
        {
            if (FitFieldSlot.TryFind(d, number, type, target, out var slot)) slots.Add(slot);
        }
        Add(0, FitBaseType.SInt32, Latitude);
        Add(1, FitBaseType.SInt32, Longitude);
        Add(2, FitBaseType.UInt16, Altitude);
        Add(3, FitBaseType.UInt8, HeartRate);
        Add(4, FitBaseType.UInt8, Cadence);
        Add(5, FitBaseType.UInt32, Distance);
        Add(6, FitBaseType.UInt16, Speed);
        Add(7, FitBaseType.UInt16, Power);
        Add(13, FitBaseType.SInt8, Temperature);
        Add(53, FitBaseType.UInt8, FractionalCadence);
        Add(73, FitBaseType.UInt32, EnhancedSpeed);
        Add(78, FitBaseType.UInt32, EnhancedAltitude);
        _slots = [.. slots];
        if (FitFieldSlot.TryFind(d, 8, FitBaseType.Byte, -1, out var csd))
        {
            CompressedSpeedDistanceOffset = csd.Offset;
            CompressedSpeedDistanceSize = csd.Size;
        }
    }

    /// <summary>Returns the layout cached on <paramref name="definition"/>, computing it the first time.</summary>
    public static FitRecordLayout For(FitMessageDefinition definition)
    {
        if (definition.DecoderCache is FitRecordLayout layout) return layout;
        layout = new FitRecordLayout(definition);
        definition.DecoderCache = layout;
        return layout;
    }

    /// <summary>Offset of <c>compressed_speed_distance</c> in the payload, or -1 when the definition lacks it.</summary>
    public int CompressedSpeedDistanceOffset { get; } = -1;

    /// <summary>Size of <c>compressed_speed_distance</c> in bytes (0 when absent).</summary>
    public int CompressedSpeedDistanceSize { get; }

    /// <summary>Fills the slots of <paramref name="raw"/> this definition has from <paramref name="payload"/>; leaves the others.</summary>
    public void Read(ReadOnlySpan<byte> payload, Span<double> raw)
    {
        foreach (var slot in _slots) raw[slot.Target] = slot.Read(payload);
    }
}
