using System.Text;

namespace CrampSignals.Text;

/// <summary>One CSV record: its fields, the 1-based line it starts on, and what was wrong with it (null when fine).</summary>
internal sealed record CsvRecord(IReadOnlyList<string> Fields, int Line, string? Error);

/// <summary>
/// Reads RFC 4180 style CSV from a <see cref="TextReader"/>: comma separated, double-quoted fields with doubled quotes
/// inside, line breaks inside quotes, CR, LF or CRLF line ends. Unquoted fields are trimmed.
/// </summary>
internal static class CsvRecordReader
{
    /// <summary>Longest record accepted: a side-car line is a few hundred characters, this keeps a damaged file from eating memory.</summary>
    public const int MaxRecordChars = 64 * 1024;

    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var quoted = false;
        var length = 0;
        var tooLong = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (++length > MaxRecordChars && !tooLong) tooLong = true;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); Append(field, '"', tooLong); }
                    else inQuotes = false;
                }
                else
                {
                    if (ch == '\n' || (ch == '\r' && reader.Peek() != '\n')) line++;
                    Append(field, ch, tooLong);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when !quoted && field.ToString().Trim().Length == 0:
                    field.Clear();
                    inQuotes = quoted = any = true;
                    break;
                case ',':
                    // Past the length limit the record is only read through, so a line of a million commas holds no million fields.
                    if (!tooLong) fields.Add(Finish(field, quoted));
                    else field.Clear();
                    quoted = false;
                    any = true;
                    break;
                case '\r' or '\n':
                    if (ch == '\r' && reader.Peek() == '\n') reader.Read();
                    if (any || field.Length > 0)
                    {
                        fields.Add(Finish(field, quoted));
                        yield return new CsvRecord(fields.ToArray(), recordLine, tooLong ? TooLong : null);
                    }
                    fields.Clear();
                    quoted = any = tooLong = false;
                    length = 0;
                    line++;
                    recordLine = line;
                    break;
                default:
                    Append(field, ch, tooLong);
                    if (!char.IsWhiteSpace(ch)) any = true;
                    break;
            }
        }
        if (inQuotes)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(fields.ToArray(), recordLine, "a quoted field is not closed before the end of the file");
        }
        else if (any || field.Length > 0)
        {
            fields.Add(Finish(field, quoted));
            yield return new CsvRecord(fields.ToArray(), recordLine, tooLong ? TooLong : null);
        }
    }

    private const string TooLong = "the line is longer than 65536 characters";

    private static void Append(StringBuilder field, char ch, bool tooLong)
    {
        if (!tooLong) field.Append(ch);
    }

    private static string Finish(StringBuilder field, bool quoted)
    {
        var s = quoted ? field.ToString() : field.ToString().Trim();
        field.Clear();
        return s;
    }
}
