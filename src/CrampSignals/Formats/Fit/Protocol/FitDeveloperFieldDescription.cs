namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>
/// What a <c>field_description</c> message (206) says about a developer field: who defined it, its type, name, units
/// and scale. Developer fields are found by (<see cref="DeveloperDataIndex"/>, <see cref="FieldNumber"/>).
/// </summary>
/// <param name="DeveloperDataIndex">The developer (field 0).</param>
/// <param name="FieldNumber">The developer's field number (field 1).</param>
/// <param name="BaseType">How the field's bytes are typed (field 2).</param>
/// <param name="Name">The field name (field 3), when given.</param>
/// <param name="Units">The units (field 8), when given.</param>
/// <param name="Scale">Scale (field 6), when given: value = raw / scale - offset.</param>
/// <param name="Offset">Offset (field 7), when given.</param>
/// <param name="NativeMessageNumber">The profile message this field stands in for (field 14), when given.</param>
/// <param name="NativeFieldNumber">The profile field this field stands in for (field 15), when given.</param>
internal sealed record FitDeveloperFieldDescription(
    byte DeveloperDataIndex, byte FieldNumber, FitBaseType BaseType, string? Name, string? Units,
    double? Scale, double? Offset, ushort? NativeMessageNumber, byte? NativeFieldNumber)
{
    /// <summary>Applies <see cref="Scale"/> and <see cref="Offset"/> to a raw number.</summary>
    public double Apply(double raw) => raw / (Scale is > 0 ? Scale.Value : 1) - (Offset ?? 0);
}
