using System.Globalization;

namespace CrampSignals.Formats.Fit.Protocol;

/// <summary>
/// A header's versions as text, kept once made: the files of one watch repeat the same two versions, and formatting
/// them anew took a tenth of the read of a file of a few hundred bytes.
/// </summary>
internal static class FitVersionText
{
    private static readonly string?[] Protocols = new string?[256];
    private static ProfileText? s_lastProfile;

    /// <summary>Protocol version byte as "major.minor" ("2.0").</summary>
    public static string Protocol(byte version) =>
        Protocols[version] ??= string.Create(CultureInfo.InvariantCulture, $"{version >> 4}.{version & 0xF}");

    /// <summary>Profile version as "major.minor" ("21.40").</summary>
    public static string Profile(ushort version)
    {
        // One entry, swapped whole, so a reader on another thread sees a version with its own text.
        if (s_lastProfile is { } last && last.Version == version) return last.Text;
        var made = new ProfileText(version, string.Create(CultureInfo.InvariantCulture, $"{version / 100}.{version % 100:00}"));
        s_lastProfile = made;
        return made.Text;
    }

    private sealed record ProfileText(ushort Version, string Text);
}
