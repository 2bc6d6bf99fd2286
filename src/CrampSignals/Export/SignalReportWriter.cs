using CrampSignals.Signals;

namespace CrampSignals.Export;

/// <summary>
/// Writes a <see cref="SignalReport"/> as the <c>crampsignals signals</c> command does: JSON (its schema is
/// docs/schemas/signals.schema.json) or a readable table.
/// </summary>
public static class SignalReportWriter
{
    /// <summary>
    /// The report as indented JSON: <c>findings</c>, <c>cramps</c>, <c>notMeasured</c>, <c>localTime</c> and
    /// <c>notes</c>, times ISO-8601 UTC ending in Z.
    /// </summary>
    public static string ToJson(SignalReport report) => SignalReportJson.ToJson(report);

    /// <summary>Writes the report as a table: findings, cramps with what came before, what could not be measured, notes.</summary>
    public static void WriteText(TextWriter output, SignalReport report) => SignalReportText.Write(output, report);
}
