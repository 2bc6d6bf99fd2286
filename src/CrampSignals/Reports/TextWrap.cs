using System.Text;

namespace CrampSignals.Reports;

/// <summary>Word-wraps text for a terminal, with a hanging indent.</summary>
internal static class TextWrap
{
    public static IEnumerable<string> Lines(string text, int width, string firstPrefix, string restPrefix)
    {
        var line = new StringBuilder(firstPrefix);
        var prefixLength = firstPrefix.Length;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > prefixLength && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear().Append(restPrefix);
                prefixLength = restPrefix.Length;
            }
            if (line.Length > prefixLength) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > prefixLength) yield return line.ToString();
    }

    public static void Write(TextWriter o, string text, int width, string firstPrefix, string restPrefix)
    {
        foreach (var l in Lines(text, width, firstPrefix, restPrefix)) o.WriteLine(l);
    }

    /// <summary>A fixed-width table: a header row, a rule, the rows; the last column is free width.</summary>
    public static void Table(TextWriter o, string indent, string[] header, IReadOnlyList<string[]> rows)
    {
        var widths = new int[header.Length];
        for (var c = 0; c < header.Length; c++)
            widths[c] = Math.Max(header[c].Length, rows.Count == 0 ? 0 : rows.Max(r => r[c].Length));
        string Row(string[] cells) => indent + string.Join("  ", cells.Select((x, c) => c == cells.Length - 1 ? x : x.PadRight(widths[c]))).TrimEnd();
        o.WriteLine(Row(header));
        o.WriteLine(indent + string.Join("  ", widths.Select((w, c) => new string('-', c == widths.Length - 1 ? Math.Min(w, 40) : w))));
        foreach (var r in rows) o.WriteLine(Row(r));
    }
}
