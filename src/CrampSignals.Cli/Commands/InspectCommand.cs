using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CrampSignals.Activities;
using CrampSignals.Formats;

namespace CrampSignals.Cli.Commands;

/// <summary><c>inspect FILE</c>: what a file is and what it holds.</summary>
internal static class InspectCommand
{
    public static Command Create(CliContext context)
    {
        var file = CommonOptions.FileArgument();
        var format = CommonOptions.Format("text", "text", "json");
        var command = new Command("inspect", "Show a file's format, device, sports, start, duration, message or point counts, checksums and warnings.")
        {
            file, format,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var activity = ActivityFile.Load(path);
            if (parse.GetValue(format) == "json") WriteJson(activity, path, context.Out);
            else WriteText(activity, path, context.Out);
            WarningPrinter.Print(activity, path, context.Error);
            return CliApp.Success;
        });
        return command;
    }

    internal static IEnumerable<Sport> Sports(Activity activity) =>
        activity.Sessions.IsEmpty ? [activity.Sport] : activity.Sessions.Select(s => s.Sport).Distinct();

    private static void WriteText(Activity a, string path, TextWriter o)
    {
        var s = a.Source;
        o.WriteLine($"file:        {LogText.Escape(path)}");
        o.WriteLine($"format:      {FormatName(a)}");
        if (s?.SizeBytes is long size) o.WriteLine($"size:        {size} bytes");
        o.WriteLine($"device:      {DeviceText(a.Device)}");
        o.WriteLine($"sports:      {string.Join(", ", Sports(a).Select(SportName))}");
        o.WriteLine($"start:       {(a.StartTime is DateTime t ? UtcText.FormatWholeSeconds(t) : "unknown")}");
        if (a.UtcOffset is TimeSpan off) o.WriteLine($"utc offset:  {FormatOffset(off)}");
        o.WriteLine($"duration:    {(a.Duration is TimeSpan d ? $"{DurationText.Format(d)} ({d.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s)" : "unknown")}");
        o.WriteLine($"samples:     {a.Samples.Count}");
        o.WriteLine($"channels:    {string.Join(", ", a.Samples.PresentChannels.Select(c => c.ToString().ToLowerInvariant()))}");
        o.WriteLine($"laps:        {a.Laps.Length}   sessions: {a.Sessions.Length}   events: {a.Events.Length}");
        if (s is not null && s.Format == ActivityFormat.Fit)
        {
            o.WriteLine($"chained:     {s.ChainedFiles} FIT file(s)");
            o.WriteLine($"header crc:  {string.Join(", ", s.HeaderCrc.Select(CrcName))}");
            o.WriteLine($"file crc:    {string.Join(", ", s.FileCrc.Select(CrcName))}");
        }
        if (s is not null && !s.Counts.IsEmpty)
        {
            o.WriteLine(s.Format == ActivityFormat.Fit ? "messages:" : "counts:");
            var width = s.Counts.Keys.Max(k => k.Length);
            foreach (var (name, count) in s.Counts) o.WriteLine($"  {name.PadRight(width)}  {count,8}");
        }
        o.WriteLine($"warnings:    {a.Warnings.Length}");
        foreach (var w in a.Warnings) o.WriteLine($"  {LogText.Escape(w.ToString())}");
    }

    private static void WriteJson(Activity a, string path, TextWriter o)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            var s = a.Source;
            w.WriteStartObject();
            w.WriteString("file", path);
            w.WriteString("format", FormatName(a));
            if (s?.SizeBytes is long size) w.WriteNumber("sizeBytes", size);
            w.WriteStartObject("device");
            if (a.Device.Manufacturer is int m) w.WriteNumber("manufacturer", m); else w.WriteNull("manufacturer");
            if (a.Device.Product is int p) w.WriteNumber("product", p); else w.WriteNull("product");
            w.WriteString("name", a.Device.Name);
            w.WriteEndObject();
            w.WriteStartArray("sports");
            foreach (var sport in Sports(a)) w.WriteStringValue(SportName(sport));
            w.WriteEndArray();
            if (a.StartTime is DateTime t) w.WriteString("start", UtcText.FormatWholeSeconds(t)); else w.WriteNull("start");
            if (a.UtcOffset is TimeSpan off) w.WriteNumber("utcOffsetMinutes", off.TotalMinutes); else w.WriteNull("utcOffsetMinutes");
            if (a.Duration is TimeSpan d) w.WriteNumber("durationSeconds", d.TotalSeconds); else w.WriteNull("durationSeconds");
            w.WriteNumber("samples", a.Samples.Count);
            w.WriteNumber("laps", a.Laps.Length);
            w.WriteNumber("sessions", a.Sessions.Length);
            w.WriteNumber("events", a.Events.Length);
            w.WriteStartObject(s?.Format == ActivityFormat.Fit ? "messageCounts" : "pointCounts");
            if (s is not null) foreach (var (name, count) in s.Counts) w.WriteNumber(name, count);
            w.WriteEndObject();
            if (s is not null && s.Format == ActivityFormat.Fit)
            {
                w.WriteNumber("chainedFiles", s.ChainedFiles);
                w.WriteStartArray("headerCrc");
                foreach (var c in s.HeaderCrc) w.WriteStringValue(CrcName(c));
                w.WriteEndArray();
                w.WriteStartArray("fileCrc");
                foreach (var c in s.FileCrc) w.WriteStringValue(CrcName(c));
                w.WriteEndArray();
                if (s.ProtocolVersion is not null) w.WriteString("protocolVersion", s.ProtocolVersion);
                if (s.ProfileVersion is not null) w.WriteString("profileVersion", s.ProfileVersion);
            }
            if (s?.XmlVersion is not null) w.WriteString("version", s.XmlVersion);
            w.WriteStartArray("warnings");
            foreach (var warning in a.Warnings) w.WriteStringValue(warning.ToString());
            w.WriteEndArray();
            w.WriteEndObject();
        }
        o.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    internal static string FormatName(Activity a) => (a.Source?.Format ?? ActivityFormat.Memory).ToString().ToLowerInvariant();

    internal static string SportName(Sport sport) => Enum.IsDefined(sport) ? sport.ToString().ToLowerInvariant() : ((int)sport).ToString(CultureInfo.InvariantCulture);

    private static string CrcName(ChecksumStatus status) => status switch
    {
        ChecksumStatus.NotPresent => "not-present",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string DeviceText(Device d)
    {
        var parts = new List<string>();
        if (d.Name is not null) parts.Add(LogText.Escape(d.Name));
        if (d.Manufacturer is int m) parts.Add($"manufacturer {m}");
        if (d.Product is int p) parts.Add($"product {p}");
        return parts.Count == 0 ? "unknown" : string.Join(", ", parts);
    }


    private static string FormatOffset(TimeSpan off) => (off < TimeSpan.Zero ? "-" : "+") + off.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);
}
