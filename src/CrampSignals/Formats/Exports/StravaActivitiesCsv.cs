using System.Globalization;
using System.Text;
using CrampSignals.Activities;
using CrampSignals.Text;

namespace CrampSignals.Formats.Exports;

/// <summary>
/// Reads <c>activities.csv</c> of a Strava bulk export. Columns are found by name, so columns newer exports add (at the end
/// or anywhere) do not matter. Some names come twice: the summary part of the header has <c>Elapsed Time</c> (whole
/// seconds) and <c>Distance</c> (kilometres, as the athlete's page shows it); the detailed part further right repeats them
/// as <c>Elapsed Time</c> (seconds, may have decimals) and <c>Distance</c> (metres). The detailed ones are preferred when
/// given; the summary ones fill in when the detailed column is missing or empty. <c>Activity Date</c> is UTC.
/// Exports made before mid-2019 have a short snake-case header (<c>id,date,name,type,description,elapsed_time,distance,
/// commute,gear,filename</c>) with the distance in metres and dates like <c>2018-09-12 15:02:23</c>; they are read too.
/// Headers in other languages (Strava writes them in the account's language) are not: the error says so.
/// A row that cannot be read is a warning naming the file and line; the other rows are still read.
/// </summary>
internal static class StravaActivitiesCsv
{
    private const string IdName = "activity id";

    // Strava writes "Aug 28, 2024, 5:07:43 AM"; older exports and re-saved spreadsheets use the others.
    private static readonly string[] DateFormats =
    [
        "MMM d, yyyy, h:mm:ss tt", "MMM d, yyyy h:mm:ss tt", "MMM d, yyyy, H:mm:ss", "MMM d, yyyy H:mm:ss",
        "d MMM yyyy, HH:mm:ss", "d MMM yyyy HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd H:mm:ss", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd HH:mm", "M/d/yyyy h:mm:ss tt", "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm",
    ];

    /// <summary>Reads the index from <paramref name="stream"/>; <paramref name="fileName"/> names it in warnings and errors.</summary>
    /// <exception cref="InputFormatException">The file is too large, binary, empty, or its header has no <c>Activity ID</c> column.</exception>
    public static (IReadOnlyList<ExportActivity> Activities, IReadOnlyList<ParseWarning> Warnings) Read(Stream stream, string fileName, long maxBytes = ExportInput.MaxIndexBytes)
    {
        var bytes = ExportInput.ReadAll(stream, fileName, maxBytes);
        var zero = Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 4096));
        if (zero >= 0) throw new InputFormatException(fileName, "the activities index is binary, not CSV text", byteOffset: zero);
        return Read(new StringReader(new UTF8Encoding(false).GetString(bytes)), fileName);
    }

    /// <summary>Reads the index from CSV text.</summary>
    /// <exception cref="InputFormatException">The text is empty or its header has no <c>Activity ID</c> column.</exception>
    public static (IReadOnlyList<ExportActivity> Activities, IReadOnlyList<ParseWarning> Warnings) Read(TextReader reader, string fileName)
    {
        using var records = CsvRecordReader.Read(reader).GetEnumerator();
        var header = CsvHeader.Read(records) ?? throw new InputFormatException(fileName, "the activities index is empty (expected a header row starting 'Activity ID,Activity Date,…')");
        var columns = new Columns(header.Names);
        if (columns.Id < 0)
            throw new InputFormatException(fileName,
                $"the first line '{header.Text}' is not the header of Strava's activities.csv: it has no 'Activity ID' column (an export in another language has translated column names: set Strava's language to English and export again)",
                line: header.Record.Line, position: 1);
        var warnings = new WarningCap();
        var activities = new List<ExportActivity>();
        while (records.MoveNext())
        {
            var r = records.Current;
            if (r.Error is not null) { warnings.Add(Warn(fileName, r.Line, $"{r.Error}; row skipped")); continue; }
            if (r.Fields.Count < header.Names.Count)
            {
                warnings.Add(Warn(fileName, r.Line, $"{r.Fields.Count} fields where the header has {header.Names.Count} (a description with an unquoted comma or line break?); row skipped"));
                continue;
            }
            if (r.Fields.Count > header.Names.Count)
            {
                warnings.Add(Warn(fileName, r.Line, $"{r.Fields.Count} fields where the header has {header.Names.Count} (a description with an unquoted comma?); row skipped"));
                continue;
            }
            var id = CsvHeader.Field(r, columns.Id).Trim();
            if (id.Length == 0) { warnings.Add(Warn(fileName, r.Line, "no activity id; row skipped")); continue; }
            activities.Add(ReadRow(r, id, columns, fileName, warnings));
        }
        return (activities, warnings.ToImmutable());
    }

    private static ExportActivity ReadRow(CsvRecord r, string id, Columns c, string fileName, WarningCap warnings)
    {
        string? Text(int i) => CsvHeader.Field(r, i) is { Length: > 0 } s ? s : null;
        void Bad(string what, string value) => warnings.Add(Warn(fileName, r.Line, $"activity {id}: {what} '{Shorten(value)}' is not understood; left out"));

        DateTime? start = null;
        if (Text(c.Date) is string date)
        {
            if (TryParseDate(date, out var t)) start = t;
            else Bad("Activity Date", date);
        }
        double? Number(int i, string what)
        {
            if (Text(i) is not string s) return null;
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= 0) return v;
            Bad(what, s);
            return null;
        }
        var meters = Number(c.DistanceDetailed, "Distance (m)") ?? Number(c.DistanceSummary, c.SummaryInMeters ? "distance (m)" : "Distance (km)") * (c.SummaryInMeters ? 1 : 1000);
        var elapsedSeconds = Number(c.ElapsedDetailed, "Elapsed Time") ?? Number(c.ElapsedSummary, "Elapsed Time");
        var movingSeconds = Number(c.Moving, "Moving Time");
        var type = Text(c.Type)?.Trim();
        var sport = StravaSports.Map(type);
        return new ExportActivity(id, FileName(Text(c.FileName), id, fileName, r.Line, warnings), start, sport, type,
            Text(c.Name), Text(c.Description), Text(c.PrivateNote), meters, Duration(elapsedSeconds), Duration(movingSeconds),
            Race(Text(c.WorkoutType), sport));
    }

    /// <summary>Parses an <c>Activity Date</c> as UTC, in Strava's form or another common one.</summary>
    public static bool TryParseDate(string text, out DateTime utc)
    {
        // .NET and newer exports put a narrow no-break space before AM/PM.
        var s = text.Trim().Replace('\u202F', ' ').Replace('\u00A0', ' ');
        var ok = DateTime.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out utc);
        return ok && PlausibleTime.Contains(utc);
    }

    // Strava's workout types: 1 is a race for runs, 11 for rides; 0/10 default, 2 long run, 3/12 workout.
    private static bool? Race(string? workoutType, Sport sport)
    {
        if (workoutType is null || !int.TryParse(workoutType.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var w)) return null;
        return sport == Sport.Cycling ? w == 11 : w == 1;
    }

    private static TimeSpan? Duration(double? seconds) =>
        seconds is double s && s < TimeSpan.FromDays(366).TotalSeconds ? TimeSpan.FromSeconds(s) : null;

    // The file name is joined to the export's folder by callers: one that climbs out of it or is absolute is refused here.
    private static string? FileName(string? name, string id, string fileName, int line, WarningCap warnings)
    {
        if (name is null) return null;
        var n = name.Trim().Replace('\\', '/');
        if (n.StartsWith('/') || n.Contains(':') || n.Split('/').Contains(".."))
        {
            warnings.Add(Warn(fileName, line, $"activity {id}: Filename '{Shorten(name)}' points outside the export; left out"));
            return null;
        }
        return n.Length == 0 ? null : n;
    }

    private static ParseWarning Warn(string fileName, int line, string message) => new($"{fileName}: {message}", Line: line);

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";

    /// <summary>Where each known column is; -1 when absent. Repeated names are taken in header order.</summary>
    private sealed class Columns
    {
        public Columns(IReadOnlyList<string> names)
        {
            int Nth(string name, int n)
            {
                for (var i = 0; i < names.Count; i++)
                    if (names[i] == name && n-- == 0) return i;
                return -1;
            }
            Id = Nth(IdName, 0);
            Date = Nth("activity date", 0);
            Name = Nth("activity name", 0);
            Type = Nth("activity type", 0);
            Description = Nth("activity description", 0);
            PrivateNote = Nth("activity private note", 0);
            FileName = Nth("filename", 0);
            ElapsedSummary = Nth("elapsed time", 0);
            ElapsedDetailed = Nth("elapsed time", 1);
            DistanceSummary = Nth("distance", 0);
            DistanceDetailed = Nth("distance", 1);
            if (Id < 0 && Nth("id", 0) >= 0 && Nth("elapsed_time", 0) >= 0)
            {
                // The header before mid-2019: no detailed part, distance in metres.
                Id = Nth("id", 0);
                Date = Nth("date", 0);
                Name = Nth("name", 0);
                Type = Nth("type", 0);
                Description = Nth("description", 0);
                ElapsedSummary = Nth("elapsed_time", 0);
                SummaryInMeters = true;
            }
            Moving = Nth("moving time", 0);
            WorkoutType = Nth("workout type", 0);
        }

        public bool SummaryInMeters { get; }
        public int Id { get; }
        public int Date { get; }
        public int Name { get; }
        public int Type { get; }
        public int Description { get; }
        public int PrivateNote { get; }
        public int FileName { get; }
        public int ElapsedSummary { get; }
        public int ElapsedDetailed { get; }
        public int DistanceSummary { get; }
        public int DistanceDetailed { get; }
        public int Moving { get; }
        public int WorkoutType { get; }
    }
}
