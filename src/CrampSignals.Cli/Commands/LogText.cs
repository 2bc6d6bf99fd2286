using System.Globalization;
using System.Text;

namespace CrampSignals.Cli.Commands;

/// <summary>
/// The one escaping for text from the input (file names, warnings, failure messages) that the tool prints a line at a
/// time: a file name holding a line break could otherwise forge a line of the tool's own, and a terminal control
/// sequence or a bidirectional override could rewrite what is shown.
/// </summary>
internal static class LogText
{
    /// <summary>
    /// <paramref name="text"/> with CR, LF and tab as <c>\r</c>, <c>\n</c>, <c>\t</c>, and every other control,
    /// line-separator, bidirectional or zero-width character as <c>\uXXXX</c>; a backslash is left as it is, so
    /// Windows paths stay readable.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        if (!text.AsSpan().ContainsAny(Hidden)) return text;
        var b = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                default:
                    if (Hidden.Contains(c)) b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else b.Append(c);
                    break;
            }
        }
        return b.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Hidden = System.Buffers.SearchValues.Create(
        Range('\0', '\u001F') + Range('\u007F', '\u009F') + "\u061C\u200B\u200C\u200D\u200E\u200F\u2028\u2029\u2060\uFEFF"
        + Range('\u202A', '\u202E') + Range('\u2066', '\u2069'));

    private static string Range(char first, char last) =>
        new([.. Enumerable.Range(first, last - first + 1).Select(i => (char)i)]);
}
