using System.Globalization;

namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>A header's versions as text, made once for the versions a watch keeps writing.</summary>
internal static class FitVersionText
{
    private static readonly string?[] Protocols = new string?[256];

    private static readonly FitLastMade<ushort, string> Profiles =
        new(version => string.Create(CultureInfo.InvariantCulture, $"{version / 100}.{version % 100:00}"));

    /// <summary>Protocol version byte as "major.minor" ("2.0").</summary>
    public static string Protocol(byte version) =>
        Protocols[version] ??= string.Create(CultureInfo.InvariantCulture, $"{version >> 4}.{version & 0xF}");

    /// <summary>Profile version as "major.minor" ("21.40").</summary>
    public static string Profile(ushort version) => Profiles.Get(version);
}
