using System.Collections.Immutable;
using CrampSignals.Cramps;
using CrampSignals.Signals;

namespace CrampSignals.Tests.Advice;

/// <summary>Builds signal reports by hand, so the advice tests do not depend on the detectors.</summary>
internal sealed class TestReports
{
    public static readonly DateTime Start = new(2025, 7, 12, 9, 30, 0, DateTimeKind.Utc);

    private readonly List<Finding> _findings = [];
    private readonly List<(CrampEntry Entry, DateTime Time, bool AfterRun, FindingKind[] Preceding)> _cramps = [];
    private LocalTimeInfo _local = new(TimeSpan.FromHours(2), LocalTimeSource.File);

    public static DateTime At(double minutes) => Start.AddMinutes(minutes);

    public TestReports Finding(FindingKind kind, double fromMinute, double toMinute, Severity severity = Severity.Moderate, params (string Name, double Value)[] evidence)
    {
        _findings.Add(new Finding(kind, At(fromMinute), At(toMinute), severity,
            [.. evidence.Select(e => new Evidence(e.Name, e.Value, ""))], $"{kind.ToId()} test finding"));
        return this;
    }

    public TestReports Cramp(double minute, Muscle muscle = Muscle.Calf, string? note = null, bool afterRun = false, params FindingKind[] preceding)
    {
        _cramps.Add((new CrampEntry(At(minute), null, muscle, "left", 6, note), At(minute), afterRun, preceding));
        return this;
    }

    public TestReports LocalTime(TimeSpan offset, LocalTimeSource source)
    {
        _local = new LocalTimeInfo(offset, source);
        return this;
    }

    public SignalReport Build()
    {
        var findings = _findings.OrderBy(f => f.Start).ToImmutableArray();
        var cramps = _cramps.Select(c => new CrampContext(c.Entry, c.Time, c.AfterRun,
            [.. findings.Where(f => c.Preceding.Contains(f.Kind) && f.Start <= c.Time)
                .Select(f => new PrecedingFinding(f, (c.Time - f.Start).TotalSeconds))],
            [])).ToImmutableArray();
        return new SignalReport(findings, cramps, [], _local, []);
    }
}
