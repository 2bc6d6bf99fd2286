using System.Collections.Frozen;
using System.Globalization;

namespace CrampSignals.Formats.Fit.Profile;

/// <summary>Profile names (snake_case) of FIT messages and of the enumerations the project shows: sport, event, manufacturer, ...</summary>
internal static class FitNames
{
    private static readonly Lazy<FrozenDictionary<int, string>> Messages = Table(FitNameTables.MessageNames);
    private static readonly Lazy<FrozenDictionary<int, string>> Sports = Table(FitNameTables.SportNames);
    private static readonly Lazy<FrozenDictionary<int, string>> SubSports = Table(FitNameTables.SubSportNames);
    private static readonly Lazy<FrozenDictionary<int, string>> Events = Table(FitNameTables.EventNames);
    private static readonly Lazy<FrozenDictionary<int, string>> EventTypes = Table(FitNameTables.EventTypeNames);
    private static readonly Lazy<FrozenDictionary<int, string>> FileTypes = Table(FitNameTables.FileTypeNames);
    private static readonly Lazy<FrozenDictionary<int, string>> Manufacturers = Table(FitNameTables.ManufacturerNames);
    private static readonly Lazy<FrozenDictionary<int, string>> GarminProducts = Table(FitNameTables.GarminProductNames);

    /// <summary>Message name ("record"), or null.</summary>
    public static string? Message(int globalNumber) => Messages.Value.GetValueOrDefault(globalNumber);
    /// <summary>Sport name ("running"), or null.</summary>
    public static string? Sport(int value) => Sports.Value.GetValueOrDefault(value);
    /// <summary>Sub-sport name ("trail"), or null.</summary>
    public static string? SubSport(int value) => SubSports.Value.GetValueOrDefault(value);
    /// <summary>Event name ("timer"), or null.</summary>
    public static string? Event(int value) => Events.Value.GetValueOrDefault(value);
    /// <summary>Event type name ("stop_all"), or null.</summary>
    public static string? EventType(int value) => EventTypes.Value.GetValueOrDefault(value);
    /// <summary>File type name ("activity"), or null.</summary>
    public static string? FileType(int value) => FileTypes.Value.GetValueOrDefault(value);
    /// <summary>Manufacturer name ("garmin"), or null.</summary>
    public static string? Manufacturer(int value) => Manufacturers.Value.GetValueOrDefault(value);
    /// <summary>Garmin product name ("fenix5"), or null.</summary>
    public static string? GarminProduct(int value) => GarminProducts.Value.GetValueOrDefault(value);

    private static Lazy<FrozenDictionary<int, string>> Table(string text) => new(() =>
    {
        var d = new Dictionary<int, string>();
        foreach (var entry in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = entry.IndexOf('=');
            d.TryAdd(int.Parse(entry.AsSpan(0, eq), CultureInfo.InvariantCulture), entry[(eq + 1)..]);
        }
        return d.ToFrozenDictionary();
    });
}
