using System.Globalization;

namespace CrampSignals.Cli.Cohorts;

/// <summary>
/// A table read by <see cref="TableReader"/>, with accessors that widen between number types where the meaning allows
/// (an int64 count, a double that holds a whole number) and check each value's range. A column of the wrong kind is an
/// error for the whole file (<see cref="InvalidDataException"/>); a value out of range rejects its row
/// (<see cref="RejectedRowException"/>), which the caller counts and reports as a warning.
/// </summary>
internal sealed class TableData(string path, int rows, Dictionary<string, ColumnData> columns)
{
    public string Path { get; } = path;

    public int Rows { get; } = rows;

    /// <summary>Throws when a column the statistics cannot do without is missing.</summary>
    public void Require(params string[] names)
    {
        foreach (var name in names)
            if (!columns.ContainsKey(name)) throw TableReader.Bad(Path, null, $"no column \"{name}\"; is it a cohort table?");
    }

    /// <summary>Text; null when missing. Any other type in the column is an error.</summary>
    public string? Text(string column, int row) => Column(column, ColumnKind.Text) is { } c ? ((string?[])c.Values)[row] : null;

    /// <summary>Text that the row cannot do without.</summary>
    public string RequiredText(string column, int row) => Text(column, row) ?? throw new RejectedRowException(column, "no value");

    /// <summary>A whole number from any integer column, or from a floating-point one holding a whole number; NaN is no value.</summary>
    public long? Integer(string column, int row, long min, long max)
    {
        var c = Column(column, ColumnKind.Integer, ColumnKind.Real);
        long? value;
        if (c is null) return null;
        if (c.Kind == ColumnKind.Integer) value = ((long?[])c.Values)[row];
        else
        {
            var d = ((double?[])c.Values)[row];
            if (d is null || double.IsNaN(d.Value)) return null;
            if (!double.IsFinite(d.Value) || Math.Round(d.Value) != d.Value || Math.Abs(d.Value) > 9e15)
                throw new RejectedRowException(column, $"{Show(d.Value)} is not a whole number");
            value = (long)d.Value;
        }
        if (value is long v && (v < min || v > max)) throw new RejectedRowException(column, $"{v} is outside {min} to {max}");
        return value;
    }

    /// <summary>A count or index that fits an int.</summary>
    public int? Int(string column, int row, int min = 0, int max = int.MaxValue) => (int?)Integer(column, row, min, max);

    /// <summary>A number from any numeric column; NaN is no value, infinities and values outside the range reject the row.</summary>
    public double? Real(string column, int row, double min, double max)
    {
        var c = Column(column, ColumnKind.Real, ColumnKind.Integer);
        if (c is null) return null;
        double? value = c.Kind == ColumnKind.Real ? ((double?[])c.Values)[row] : ((long?[])c.Values)[row];
        if (value is not double v || double.IsNaN(v)) return null;
        if (!double.IsFinite(v) || v < min || v > max) throw new RejectedRowException(column, $"{Show(v)} is outside {Show(min)} to {Show(max)}");
        return v;
    }

    /// <summary>A number the row cannot do without.</summary>
    public double RequiredReal(string column, int row, double min, double max) => Real(column, row, min, max) ?? throw new RejectedRowException(column, "no value");

    /// <summary>A boolean, or an integer 0 or 1.</summary>
    public bool? Flag(string column, int row)
    {
        var c = Column(column, ColumnKind.Flag, ColumnKind.Integer);
        if (c is null) return null;
        if (c.Kind == ColumnKind.Flag) return ((bool?[])c.Values)[row];
        return ((long?[])c.Values)[row] switch
        {
            null => null,
            0 => false,
            1 => true,
            var v => throw new RejectedRowException(column, $"{v} is not 0 or 1"),
        };
    }

    /// <summary>A UTC instant between 1980 and a day after now, the range the activity readers keep.</summary>
    public DateTime? Time(string column, int row)
    {
        if (Column(column, ColumnKind.Time) is not { } c) return null;
        var t = ((DateTime?[])c.Values)[row];
        if (t is DateTime v && (v < MinTime || v > DateTime.UtcNow.AddDays(1)))
            throw new RejectedRowException(column, $"{v.ToString("O", CultureInfo.InvariantCulture)} is outside 1980 to now");
        return t;
    }

    private static readonly DateTime MinTime = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private ColumnData? Column(string name, params ColumnKind[] kinds)
    {
        if (!columns.TryGetValue(name, out var c)) return null;
        if (!kinds.Contains(c.Kind))
            throw TableReader.Bad(Path, name, $"holds {c.Type}, not {string.Join(" or ", kinds.Select(Describe))}");
        return c;
    }

    private static string Describe(ColumnKind kind) => kind switch
    {
        ColumnKind.Integer => "integers",
        ColumnKind.Real => "numbers",
        ColumnKind.Flag => "booleans",
        ColumnKind.Time => "timestamps",
        _ => "strings",
    };

    private static string Show(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>One row holds a value the statistics cannot use; the row is left out and counted.</summary>
internal sealed class RejectedRowException(string column, string reason) : Exception($"{column}: {reason}")
{
    public string Column { get; } = column;
}
