namespace CrampSignals.Weather;

/// <summary>
/// The flag colours race organisers fly for the wet-bulb globe temperature (ACSM bands, °C):
/// below 10 white, 10 to below 18 green, 18 to below 23 yellow, 23 to 28 red, above 28 black.
/// </summary>
internal enum WbgtFlag
{
    /// <summary>WBGT below 10 °C: cold is the bigger risk.</summary>
    White,
    /// <summary>WBGT 10 to below 18 °C: low heat risk.</summary>
    Green,
    /// <summary>WBGT 18 to below 23 °C: moderate heat risk.</summary>
    Yellow,
    /// <summary>WBGT 23 to 28 °C: high heat risk.</summary>
    Red,
    /// <summary>WBGT above 28 °C: extreme heat risk; hard running is best called off.</summary>
    Black,
}
