namespace CrampSignals.Text;

/// <summary>
/// The header row of a side-car CSV file (cramp log, weather): found past comment lines, its names compared without
/// case, surrounding space or a byte-order mark, so that a file saved by a spreadsheet reads like one typed by hand.
/// </summary>
internal sealed class CsvHeader
{
    private CsvHeader(CsvRecord record)
    {
        Record = record;
        Names = [.. record.Fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant())];
    }

    /// <summary>The header row as read.</summary>
    public CsvRecord Record { get; }

    /// <summary>The column names, lower case, trimmed.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The column names as written, joined with commas (for messages); the first ten at most, cut at 200 characters.</summary>
    public string Text
    {
        get
        {
            var text = string.Join(",", Record.Fields.Take(10)) + (Record.Fields.Count > 10 ? ",…" : "");
            return text.Length <= 200 ? text : text[..200] + "…";
        }
    }

    /// <summary>Reads records up to the first that is not a comment: the header; null when the file holds none.</summary>
    public static CsvHeader? Read(IEnumerator<CsvRecord> records)
    {
        while (records.MoveNext())
            if (!IsComment(records.Current)) return new CsvHeader(records.Current);
        return null;
    }

    /// <summary>The index of the first of <paramref name="wanted"/> (in order of preference) that is a column; -1 when none is.</summary>
    public int IndexOf(IEnumerable<string> wanted)
    {
        foreach (var w in wanted)
            for (var i = 0; i < Names.Count; i++)
                if (Names[i] == w) return i;
        return -1;
    }

    /// <summary>A line whose first field starts with <c>#</c> is a comment, in the header's place or among the data.</summary>
    public static bool IsComment(CsvRecord record) => record.Fields.Count >= 1 && record.Fields[0].StartsWith('#');

    /// <summary>Field <paramref name="index"/> of <paramref name="record"/>, empty when the line is shorter.</summary>
    public static string Field(CsvRecord record, int index) => index >= 0 && index < record.Fields.Count ? record.Fields[index] : "";
}
