using System.Globalization;
using CrampSignals.Activities;
using CrampSignals.Text;

namespace CrampSignals.Weather;

/// <summary>
/// Reads a weather CSV: a header row naming <c>time</c>, <c>temperature_c</c> (or <c>air_temperature_c</c>),
/// <c>humidity_pct</c> (or <c>relative_humidity</c>) and optionally <c>wind_mps</c>, then one observation per line.
/// Bad lines become warnings with their line number; the good lines are kept.
/// </summary>
internal static class WeatherCsvReader
{
    private static readonly string[] TimeNames = ["time", "timestamp", "time_utc", "datetime"];
    private static readonly string[] TemperatureNames = ["temperature_c", "air_temperature_c", "temperature", "air_temperature", "temp_c"];
    private static readonly string[] HumidityNames = ["humidity_pct", "relative_humidity", "relative_humidity_pct", "humidity", "rh", "rh_pct"];
    private static readonly string[] WindNames = ["wind_mps", "wind_speed_mps", "wind", "wind_speed"];

    /// <summary>Largest weather file read: a year of observations every minute is about 25 MB.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Most observations kept from one source: a year at one a minute, with room to spare.</summary>
    public const int MaxObservations = 1_000_000;

    /// <summary>Reads the weather CSV at <paramref name="path"/>.</summary>
    /// <exception cref="InputFormatException">No usable header, not one readable observation, or larger than <see cref="MaxFileBytes"/>.</exception>
    public static WeatherSeries Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var info = new FileInfo(path);
        if (info.Exists && info.Length > MaxFileBytes)
            throw new InputFormatException(path, $"the weather file is {info.Length} bytes, more than the {MaxFileBytes} a weather series for runs can plausibly be");
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads weather CSV text; <paramref name="fileName"/> names it in warnings and errors.</summary>
    /// <exception cref="InputFormatException">No usable header, or not one readable observation.</exception>
    public static WeatherSeries Read(TextReader reader, string fileName = "<weather>")
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var records = CsvRecordReader.Read(reader).GetEnumerator();
        var header = CsvHeader.Read(records);
        if (header is null) throw new InputFormatException(fileName, "the weather file is empty (expected a header row: time,temperature_c,humidity_pct[,wind_mps])");
        var columns = header.Names.Count;
        var time = header.IndexOf(TimeNames);
        var temp = header.IndexOf(TemperatureNames);
        var hum = header.IndexOf(HumidityNames);
        var wind = header.IndexOf(WindNames);
        if (time < 0 || temp < 0)
            throw new InputFormatException(fileName,
                $"the header '{header.Text}' has no {(time < 0 ? "'time'" : "'temperature_c'")} column (expected time,temperature_c,humidity_pct[,wind_mps])",
                line: header.Record.Line, position: 1);

        var observations = new List<WeatherObservation>();
        var warnings = new WarningCap();
        var lines = 0;
        while (records.MoveNext())
        {
            if (observations.Count >= MaxObservations)
            {
                warnings.Add(new ParseWarning($"{fileName}: more than {MaxObservations} observations; the rest of the file is not read", Line: records.Current.Line));
                break;
            }
            var r = records.Current;
            if (CsvHeader.IsComment(r)) continue;
            lines++;
            if (r.Error is not null) { warnings.Add(new ParseWarning($"{fileName}: {r.Error}; line skipped", Line: r.Line)); continue; }
            if (r.Fields.Count > columns)
            {
                warnings.Add(new ParseWarning($"{fileName}: {r.Fields.Count} fields where the header has {columns}; line skipped", Line: r.Line));
                continue;
            }
            var at = IsoTime.TryParseUtc(CsvHeader.Field(r, time), IsoZonePolicy.OffsetRequired, out var timeError);
            if (at is null) { warnings.Add(new ParseWarning($"{fileName}: {timeError}; line skipped", Line: r.Line)); continue; }
            if (!TryNumber(CsvHeader.Field(r, temp), required: true, -90, 70, out var t, out var why))
            {
                warnings.Add(new ParseWarning($"{fileName}: temperature {why}; line skipped", Line: r.Line));
                continue;
            }
            var rh = double.NaN;
            if (hum >= 0 && !TryNumber(CsvHeader.Field(r, hum), required: false, 0, 100, out rh, out why))
            {
                warnings.Add(new ParseWarning($"{fileName}: humidity {why}; humidity left out", Line: r.Line));
                rh = double.NaN;
            }
            var w = double.NaN;
            if (wind >= 0 && !TryNumber(CsvHeader.Field(r, wind), required: false, 0, 120, out w, out why))
            {
                warnings.Add(new ParseWarning($"{fileName}: wind {why}; wind left out", Line: r.Line));
                w = double.NaN;
            }
            observations.Add(new WeatherObservation(at.Value, t, rh, w));
        }
        if (observations.Count == 0 && lines > 0)
            throw new InputFormatException(fileName, $"none of the {lines} weather lines could be read; first problem: {warnings.First}");
        return new WeatherSeries(observations, warnings.ToImmutable(), fileName);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static bool TryNumber(string text, bool required, double min, double max, out double value, out string? why)
    {
        value = double.NaN;
        why = null;
        if (text.Length == 0)
        {
            if (required) why = "is empty";
            return !required;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || double.IsNaN(value) || double.IsInfinity(value))
        {
            why = $"'{Shorten(text)}' is not a number";
            return false;
        }
        if (value < min || value > max)
        {
            why = $"{Shorten(text)} is outside {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}";
            return false;
        }
        return true;
    }
}
