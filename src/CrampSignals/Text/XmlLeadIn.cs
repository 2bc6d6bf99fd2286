namespace CrampSignals.Text;

/// <summary>
/// Passes over white space before an XML document's first markup. XML allows none before an <c>&lt;?xml</c>
/// declaration, yet real files have it (Strava's TCX export starts with spaces, other tools with blank lines), and
/// refusing a whole run for it helps no one.
/// </summary>
internal static class XmlLeadIn
{
    private const int MaxLeadIn = 64 * 1024;

    /// <summary>
    /// The document from its byte-order mark (kept, so the encoding is still detected) and first non-space character,
    /// and how many lines and columns were passed over, for the reader's line numbers to stay those of the file.
    /// </summary>
    public static (Stream Input, int Lines, int Column) Skip(Stream stream)
    {
        var prefix = new byte[MaxLeadIn];
        var length = 0;
        int n;
        while (length < prefix.Length && (n = stream.Read(prefix, length, prefix.Length - length)) > 0) length += n;
        var bytes = prefix.AsSpan(0, length);

        var (bom, unit, bigEndian) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (3, 1, false),
            [0xFF, 0xFE, ..] => (2, 2, false),
            [0xFE, 0xFF, ..] => (2, 2, true),
            _ => (0, 1, false),
        };
        int lines = 0, column = 0, at = bom;
        while (at + unit <= length)
        {
            var c = unit == 1 ? bytes[at] : bigEndian ? (bytes[at] << 8) | bytes[at + 1] : bytes[at] | (bytes[at + 1] << 8);
            if (c is ' ' or '\t') column++;
            else if (c == '\n') { if (!(at >= unit && Previous(bytes, at, unit, bigEndian) == '\r')) lines++; column = 0; }
            else if (c == '\r') { lines++; column = 0; }
            else break;
            at += unit;
        }
        if (at == bom) return (new PrefixedStream(prefix.AsMemory(0, length), stream), 0, 0);
        var kept = new byte[length - at + bom];
        bytes[..bom].CopyTo(kept);
        bytes[at..].CopyTo(kept.AsSpan(bom));
        return (new PrefixedStream(kept, stream), lines, column);
    }

    private static int Previous(ReadOnlySpan<byte> bytes, int at, int unit, bool bigEndian) =>
        unit == 1 ? bytes[at - 1] : bigEndian ? (bytes[at - 2] << 8) | bytes[at - 1] : bytes[at - 2] | (bytes[at - 1] << 8);
}
