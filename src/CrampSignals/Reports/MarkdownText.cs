using System.Globalization;
using System.Text;

namespace CrampSignals.Reports;

/// <summary>
/// The one escaping every Markdown writer applies to text it did not write itself (file and device names, cramp notes,
/// warnings, failure messages, and the rest for good measure).
/// </summary>
/// <remarks>
/// A cramp note is typed by anyone; rendered unescaped, <c>[x](javascript:...)</c> would be a live link,
/// <c>![x](http://...)</c> a remote image, a line break a heading or a table row of the note's choosing. Every Markdown
/// and GFM punctuation character is backslash-escaped, HTML's three specials become entities, line breaks become
/// spaces, and other control, bidirectional and invisible formatting characters become a visible <c>\uXXXX</c>, so the
/// text renders as written, on one line, with nothing live in it.
/// </remarks>
internal static class MarkdownText
{
    /// <summary><paramref name="text"/> safe to place anywhere in a line of Markdown (heading, table cell, list item, paragraph).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var b = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': b.Append("&amp;"); break;
                case '<': b.Append("&lt;"); break;
                case '>': b.Append("&gt;"); break;
                // Link, image, emphasis, code, table, heading, strikethrough and math syntax.
                case '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '!' or '#' or '|' or '~' or '$' or '@':
                    b.Append('\\').Append(c);
                    break;
                // GFM links bare "http://", "www." and e-mail addresses ('@' above) by itself; breaking the pattern
                // with an escape leaves the text as written.
                case ':' when i + 1 < text.Length && text[i + 1] == '/':
                case '.' when i >= 3 && text.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase):
                    b.Append('\\').Append(c);
                    break;
                case '\r' or '\n' or '\t' or '\u0085' or '\u2028' or '\u2029': b.Append(' '); break;
                default:
                    if (IsHidden(c)) b.Append("\\\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else b.Append(c);
                    break;
            }
        }
        EscapeLineStart(b);
        return b.ToString();
    }

    /// <summary>
    /// True for characters that would act instead of show: C0 and C1 controls, DEL, bidirectional overrides and
    /// isolates, and zero-width characters.
    /// </summary>
    internal static bool IsHidden(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F'
        || c is '\u061C' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    // Text that starts a line could open a list ("- ", "+ ", "1. "), a setext underline ("===") or a quote; a
    // backslash before that first character makes it plain text.
    private static void EscapeLineStart(StringBuilder b)
    {
        var i = 0;
        while (i < b.Length && b[i] == ' ') i++;
        if (i > 0) b.Remove(0, i);
        if (b.Length == 0) return;
        if (b[0] is '-' or '+' or '=') { b.Insert(0, '\\'); return; }
        var digits = 0;
        while (digits < b.Length && char.IsAsciiDigit(b[digits])) digits++;
        if (digits > 0 && digits < b.Length && b[digits] == '.') b.Insert(digits, '\\');
    }
}
