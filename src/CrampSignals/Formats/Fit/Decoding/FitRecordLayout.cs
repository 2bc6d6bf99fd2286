using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit.Decoding;

/// <summary>
/// Where the record fields the sample table needs sit in one record definition, each with its read decided
/// (<see cref="FitFieldSlot"/>; absent fields read as no value). Computed once per definition and cached on it.
/// </summary>
internal sealed class FitRecordLayout
{
    public FitRecordLayout(FitMessageDefinition d)
    {
        Latitude = FitFieldSlot.Find(d, 0, FitBaseType.SInt32);
        Longitude = FitFieldSlot.Find(d, 1, FitBaseType.SInt32);
        Altitude = FitFieldSlot.Find(d, 2, FitBaseType.UInt16);
        HeartRate = FitFieldSlot.Find(d, 3, FitBaseType.UInt8);
        Cadence = FitFieldSlot.Find(d, 4, FitBaseType.UInt8);
        Distance = FitFieldSlot.Find(d, 5, FitBaseType.UInt32);
        Speed = FitFieldSlot.Find(d, 6, FitBaseType.UInt16);
        Power = FitFieldSlot.Find(d, 7, FitBaseType.UInt16);
        CompressedSpeedDistance = FitFieldSlot.Find(d, 8, FitBaseType.Byte);
        Temperature = FitFieldSlot.Find(d, 13, FitBaseType.SInt8);
        FractionalCadence = FitFieldSlot.Find(d, 53, FitBaseType.UInt8);
        EnhancedSpeed = FitFieldSlot.Find(d, 73, FitBaseType.UInt32);
        EnhancedAltitude = FitFieldSlot.Find(d, 78, FitBaseType.UInt32);
    }

    /// <summary>Returns the layout cached on <paramref name="definition"/>, computing it the first time.</summary>
    public static FitRecordLayout For(FitMessageDefinition definition)
    {
        if (definition.DecoderCache is FitRecordLayout layout) return layout;
        layout = new FitRecordLayout(definition);
        definition.DecoderCache = layout;
        return layout;
    }

    // Fields, not properties: the slots are read in place, never copied.
    public readonly FitFieldSlot Latitude;
    public readonly FitFieldSlot Longitude;
    public readonly FitFieldSlot Altitude;
    public readonly FitFieldSlot HeartRate;
    public readonly FitFieldSlot Cadence;
    public readonly FitFieldSlot Distance;
    public readonly FitFieldSlot Speed;
    public readonly FitFieldSlot Power;
    public readonly FitFieldSlot CompressedSpeedDistance;
    public readonly FitFieldSlot Temperature;
    public readonly FitFieldSlot FractionalCadence;
    public readonly FitFieldSlot EnhancedSpeed;
    public readonly FitFieldSlot EnhancedAltitude;
}
