using CrampSignals.Formats.Fit.Protocol;

namespace CrampSignals.Formats.Fit.Profile;

/// <summary>A field of a profile message: its name, type, scale, offset and units.</summary>
/// <param name="Number">Field number.</param>
/// <param name="Name">Profile name in snake_case ("heart_rate").</param>
/// <param name="BaseType">The profile's base type for the field.</param>
/// <param name="Scale">Scale: value = raw / scale - offset.</param>
/// <param name="Offset">Offset: value = raw / scale - offset.</param>
/// <param name="Units">Units ("m", "bpm", ...), empty when none.</param>
internal sealed record FitProfileField(byte Number, string Name, FitBaseType BaseType, double Scale, double Offset, string Units)
{
    /// <summary>Applies scale and offset to a raw number.</summary>
    public double Apply(double raw) => Scale == 1 && Offset == 0 ? raw : raw / Scale - Offset;
}
