namespace CrampSignals.Activities;

/// <summary>The device that recorded an activity, as far as the file tells.</summary>
/// <param name="Manufacturer">FIT manufacturer number (1 = Garmin), when known.</param>
/// <param name="Product">FIT product number, when known.</param>
/// <param name="Name">A readable name: the GPX <c>creator</c>, the TCX <c>Creator/Name</c>, or a FIT product name.</param>
public sealed record Device(int? Manufacturer, int? Product, string? Name)
{
    /// <summary>No device information.</summary>
    public static Device Unknown { get; } = new(null, null, null);

    /// <summary>The device's serial number (FIT <c>file_id.serial_number</c>), when the file gives it: what tells one runner's watch from another's.</summary>
    public long? SerialNumber { get; init; }
}
