using System.Text.Json;
using CrampSignals.Cramps;
using CrampSignals.Text;

namespace CrampSignals.Simulation.Archives;

/// <summary>Writes what a simulated account holds: each activity, its file, the cramps planted in its texts and where they struck, the decoys, and the planted pattern.</summary>
internal static class ArchiveTruthJson
{
    public static void Write(Stream output, ArchiveLayout layout, string archive, int seed, int years, ArchiveRunner runner, IReadOnlyList<ArchiveItem> items, IReadOnlyList<string> otherFiles)
    {
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("layout", layout == ArchiveLayout.Strava ? "strava" : "garmin");
        w.WriteString("archive", archive);
        w.WriteNumber("seed", seed);
        w.WriteNumber("years", years);
        w.WriteString("place", runner.Place.Name);
        w.WriteString("email", runner.Email);
        w.WriteStartObject("pattern");
        w.WriteString("description", $"a run whose mean air temperature is at least {ArchivePlanner.HotAirCelsius} °C and that lasts at least {ArchivePlanner.LongMinutes} min cramps with probability {ArchivePlanner.HotLongCrampProbability}; any other run with {ArchivePlanner.OtherCrampProbability}; other sports never");
        w.WriteNumber("hotAirCelsius", ArchivePlanner.HotAirCelsius);
        w.WriteNumber("longMinutes", ArchivePlanner.LongMinutes);
        w.WriteNumber("hotLongCrampProbability", ArchivePlanner.HotLongCrampProbability);
        w.WriteNumber("otherCrampProbability", ArchivePlanner.OtherCrampProbability);
        var runs = items.Where(i => i.Sport.IsRun).ToList();
        Count(w, "hotLongRuns", runs.Where(r => r.IsHot && r.IsLong));
        Count(w, "otherRuns", runs.Where(r => !(r.IsHot && r.IsLong)));
        w.WriteEndObject();
        w.WriteStartArray("otherFiles");
        foreach (var f in otherFiles) w.WriteStringValue(f);
        w.WriteEndArray();
        w.WriteStartArray("activities");
        foreach (var a in items)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("sport", a.Sport.Id);
            w.WriteString("type", layout == ArchiveLayout.Strava ? a.Sport.StravaType : a.Sport.GarminType);
            w.WriteBoolean("isRun", a.Sport.IsRun);
            w.WriteBoolean("manual", a.Manual);
            w.WriteBoolean("race", a.Race);
            if (a.File is null) w.WriteNull("file");
            else w.WriteString("file", a.File);
            if (a.DuplicateFile is not null) w.WriteString("duplicateFile", a.DuplicateFile);
            w.WriteString("startUtc", IsoUtc.Format(a.StartUtc));
            w.WriteNumber("elapsedSeconds", a.ElapsedSeconds);
            w.WriteNumber("distanceMeters", a.DistanceMeters);
            w.WriteNumber("airCelsius", a.AirCelsius);
            w.WriteBoolean("hot", a.IsHot);
            w.WriteBoolean("long", a.IsLong);
            w.WriteNumber("crampProbability", a.CrampProbability);
            w.WriteStartArray("cramps");
            foreach (var c in a.Cramps)
            {
                w.WriteStartObject();
                w.WriteString("language", c.Language);
                w.WriteString("text", c.Text);
                w.WriteString("source", SourceName(c.Source));
                if (c.Muscle is Muscle m) w.WriteString("muscle", m.ToId());
                else w.WriteNull("muscle");
                w.WriteString("position", PositionName(c.Position));
                if (c.ElapsedSeconds is double t) w.WriteNumber("elapsedSeconds", t);
                else w.WriteNull("elapsedSeconds");
                w.WriteBoolean("afterRun", c.AfterRun);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("decoys");
            foreach (var (_, text) in a.Decoys) w.WriteStringValue(text);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Count(Utf8JsonWriter w, string name, IEnumerable<ArchiveItem> runs)
    {
        var list = runs.ToList();
        w.WriteStartObject(name);
        w.WriteNumber("runs", list.Count);
        w.WriteNumber("withCramps", list.Count(r => r.Cramps.Count > 0));
        w.WriteEndObject();
    }

    public static string SourceName(TextSource s) => s switch
    {
        TextSource.Title => "title",
        TextSource.Description => "description",
        _ => "private-note",
    };

    public static string PositionName(PhrasePosition p) => p switch
    {
        PhrasePosition.AtKm => "at-km",
        PhrasePosition.KmMarker => "km",
        PhrasePosition.AtMile => "at-mile",
        PhrasePosition.Clock => "clock",
        PhrasePosition.LastKm => "last-km",
        PhrasePosition.AfterFinish => "after-finish",
        PhrasePosition.Night => "night",
        _ => "none",
    };
}
