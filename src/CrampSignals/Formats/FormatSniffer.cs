using CrampSignals.Activities;

namespace CrampSignals.Formats;

/// <summary>Tells a file's format from its first bytes, never from its name.</summary>
internal static class FormatSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> looks at.</summary>
    public const int PrefixLength = 4096;

    /// <summary>True when the bytes start with the gzip magic number.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> prefix) => prefix.Length >= 2 && prefix[0] == 0x1F && prefix[1] == 0x8B;

    /// <summary>The format of a file starting with <paramref name="prefix"/>, or null when it is none the project reads.</summary>
    public static ActivityFormat? Detect(ReadOnlySpan<byte> prefix)
    {
        if (prefix.Length >= 12 && (prefix[0] == 12 || prefix[0] == 14) &&
            prefix[8] == (byte)'.' && prefix[9] == (byte)'F' && prefix[10] == (byte)'I' && prefix[11] == (byte)'T')
            return ActivityFormat.Fit;

        var text = DecodeXmlPrefix(prefix);
        if (text is null) return null;
        // The root element decides; a GPX or TCX document may start with a declaration, comments or a DOCTYPE.
        var gpx = IndexOfElement(text, "gpx");
        var tcx = IndexOfElement(text, "TrainingCenterDatabase");
        if (gpx >= 0 && (tcx < 0 || gpx < tcx)) return ActivityFormat.Gpx;
        if (tcx >= 0) return ActivityFormat.Tcx;
        return null;
    }

    private static string? DecodeXmlPrefix(ReadOnlySpan<byte> prefix)
    {
        if (prefix.Length >= 2 && ((prefix[0] == 0xFF && prefix[1] == 0xFE) || (prefix[0] == 0xFE && prefix[1] == 0xFF)))
        {
            var encoding = prefix[0] == 0xFF ? System.Text.Encoding.Unicode : System.Text.Encoding.BigEndianUnicode;
            return encoding.GetString(prefix[2..(prefix.Length & ~1)]);
        }
        if (prefix.Length >= 3 && prefix[0] == 0xEF && prefix[1] == 0xBB && prefix[2] == 0xBF) prefix = prefix[3..];
        var i = 0;
        while (i < prefix.Length && prefix[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        if (i >= prefix.Length || prefix[i] != (byte)'<') return null;
        return System.Text.Encoding.UTF8.GetString(prefix);
    }

    private static int IndexOfElement(string text, string localName)
    {
        var start = 0;
        while (true)
        {
            var i = text.IndexOf(localName, start, StringComparison.Ordinal);
            if (i < 0) return -1;
            var after = i + localName.Length;
            var endsName = after >= text.Length || text[after] is ' ' or '>' or '\t' or '\r' or '\n' or '/';
            // Accept <gpx ...> and <prefix:gpx ...>.
            var j = i - 1;
            if (j >= 0 && text[j] == ':')
            {
                while (j > 0 && (char.IsLetterOrDigit(text[j - 1]) || text[j - 1] is '_' or '-' or '.')) j--;
                j--;
            }
            if (endsName && j >= 0 && text[j] == '<') return i;
            start = after;
        }
    }
}
