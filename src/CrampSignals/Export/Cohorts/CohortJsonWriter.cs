using System.Text;
using System.Text.Json;
using CrampSignals.Advice;
using CrampSignals.Analysis;
using CrampSignals.Signals;

namespace CrampSignals.Export.Cohorts;

/// <summary>
/// Writes a cohort study as JSON (docs/schemas/cohort.schema.json). Odds ratios and intervals are rounded to 3 decimals, p- and
/// q-values to 3 significant digits: more digits than the data can carry would only mislead. No number is written where the
/// statistics gave none; a <c>note</c> says why.
/// </summary>
internal static class CohortJsonWriter
{
    public static string ToJson(CohortStudyResult result)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            var s = result.Statistics;
            w.WriteStartObject();
            w.WriteNumber("runs", s.Runs);
            w.WriteNumber("runners", s.Runners);
            w.WriteNumber("runsWithCramps", s.RunsWithCramps);
            w.WriteNumber("cramps", s.Cramps);
            FileListJson.WriteDuplicates(w, result.Duplicates);
            FileListJson.WriteFailures(w, result.Failures, "reason");
            w.WriteStartArray("associations");
            foreach (var a in s.Associations)
            {
                w.WriteStartObject();
                w.WriteString("kind", a.Kind.ToId());
                w.WriteNumber("runsWith", a.RunsWith);
                w.WriteNumber("runsWithCramps", a.RunsWithCramps);
                Estimate(w, "crude", a.Crude);
                Estimate(w, "adjusted", a.Adjusted);
                Estimate(w, "mantelHaenszel", a.MantelHaenszel);
                Estimate(w, "mutuallyAdjusted", a.MutuallyAdjusted);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("caseCrossover");
            foreach (var c in s.CaseCrossover)
            {
                w.WriteStartObject();
                w.WriteString("kind", c.Kind.ToId());
                w.WriteString("referents", c.Referents);
                w.WriteNumber("hazardMinutes", c.HazardMinutes);
                w.WriteNumber("cases", c.Cases);
                EstimateFields(w, c.Estimate);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("triggeredAverages");
            foreach (var t in s.TriggeredAverages)
            {
                w.WriteStartObject();
                w.WriteString("channel", t.Channel);
                w.WriteStartArray("offsetSeconds");
                foreach (var o in t.OffsetSeconds) w.WriteNumberValue(o);
                w.WriteEndArray();
                w.WriteStartArray("crampsWithValue");
                foreach (var n in t.Cramps) w.WriteNumberValue(n);
                w.WriteEndArray();
                Series(w, "mean", t.Mean);
                Series(w, "ci95Low", t.Ci95Low);
                Series(w, "ci95High", t.Ci95High);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("notes");
            foreach (var n in s.Notes) w.WriteStringValue(n);
            w.WriteEndArray();
            w.WriteStartArray("warnings");
            foreach (var n in result.Warnings) w.WriteStringValue(n);
            w.WriteEndArray();
            w.WriteString("disclaimer", Disclaimer.Text);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Estimate(Utf8JsonWriter w, string name, OddsRatioEstimate e)
    {
        w.WriteStartObject(name);
        EstimateFields(w, e);
        if (e.QValue is double q) w.WriteNumber("qValue", Significant(q));
        if (!e.AdjustedFor.IsDefaultOrEmpty)
        {
            w.WriteStartArray("adjustedFor");
            foreach (var a in e.AdjustedFor) w.WriteStringValue(a);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>oddsRatio, ci95 (null ends where unbounded), pValue, method, note; null odds ratio when there is no estimate.</summary>
    private static void EstimateFields(Utf8JsonWriter w, OddsRatioEstimate e)
    {
        if (e.OddsRatio is double or)
        {
            w.WriteNumber("oddsRatio", Math.Round(or, 3));
            w.WriteStartArray("ci95");
            Value(w, e.Ci95Low, 3);
            Value(w, e.Ci95High, 3);
            w.WriteEndArray();
            if (e.PValue is double p) w.WriteNumber("pValue", Significant(p));
            else w.WriteNull("pValue");
        }
        else
        {
            w.WriteNull("oddsRatio");
            w.WriteNull("ci95");
            w.WriteNull("pValue");
        }
        w.WriteString("method", e.Method);
        if (e.Note is string note) w.WriteString("note", note);
    }

    private static void Series(Utf8JsonWriter w, string name, IReadOnlyList<double?> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) Value(w, v, 4);
        w.WriteEndArray();
    }

    private static void Value(Utf8JsonWriter w, double? v, int decimals)
    {
        if (v is double x && double.IsFinite(x)) w.WriteNumberValue(Math.Round(x, decimals));
        else w.WriteNullValue();
    }

    /// <summary>Three significant digits (p-values are small numbers whose magnitude matters, not their fourth decimal).</summary>
    internal static double Significant(double v)
    {
        if (v == 0 || !double.IsFinite(v)) return v;
        var digits = 2 - (int)Math.Floor(Math.Log10(Math.Abs(v)));
        return digits is >= 0 and <= 15 ? Math.Round(v, digits) : double.Parse(v.ToString("G3", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
    }
}
