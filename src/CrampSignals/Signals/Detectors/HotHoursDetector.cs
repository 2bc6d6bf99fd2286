namespace CrampSignals.Signals.Detectors;

/// <summary>
/// Hot hours: moving between <see cref="HeatOptions.HotHoursStartHour"/> and <see cref="HeatOptions.HotHoursEndHour"/>
/// local (or solar) time in the warm season of the run's hemisphere (May-Sep north, Nov-Mar south by default), for at
/// least <see cref="HeatOptions.HotHoursMinMoving"/> and <see cref="HeatOptions.HotHoursMinFraction"/> of the run.
/// The hemisphere comes from the mean latitude, so a run without positions is not judged.
/// </summary>
internal sealed class HotHoursDetector : ISignalDetector
{
    /// <inheritdoc/>
    public FindingKind Kind => FindingKind.HotHours;

    /// <inheritdoc/>
    public string? MissingInput(SignalContext context) =>
        context.Track.Length == 0 ? "no timed samples"
        : context.LocalTime.Source == LocalTimeSource.Unknown ? "no local time (no offset in the file and no position)"
        : double.IsNaN(context.Track.MeanLatitude) ? "no position to tell the hemisphere (indoors?)"
        : null;

    /// <inheritdoc/>
    public void Detect(SignalContext context, ICollection<Finding> findings)
    {
        var track = context.Track;
        var o = context.Options;
        var months = track.MeanLatitude >= 0 ? o.Heat.NorthernWarmMonths : o.Heat.SouthernWarmMonths;
        var offsetSeconds = context.LocalTime.Offset.TotalSeconds;
        int first = -1, last = -1, inside = 0;
        double startHour = o.Heat.HotHoursStartHour, endHour = o.Heat.HotHoursEndHour;
        // Whether the day falls in a warm month is looked up once a day, not once a second.
        var day = long.MinValue;
        var warmMonth = false;
        for (var i = 0; i < track.Length; i++)
        {
            if (!track.MovingMask[i]) continue;
            var local = Text.UnixTime.ToDateTime(track.StartUnixSeconds + i + offsetSeconds);
            var hour = local.TimeOfDay.TotalHours;
            if (local.Ticks / TimeSpan.TicksPerDay != day)
            {
                day = local.Ticks / TimeSpan.TicksPerDay;
                warmMonth = months.Contains(local.Month);
            }
            if (hour < startHour || hour >= endHour || !warmMonth) continue;
            if (first < 0) first = i;
            last = i;
            inside++;
        }
        if (inside == 0 || inside < o.Heat.HotHoursMinMoving.TotalSeconds || inside < o.Heat.HotHoursMinFraction * track.MovingSeconds) return;
        var startLocal = Text.UnixTime.ToDateTime(track.StartUnixSeconds + first + offsetSeconds);
        var minutes = inside / 60.0;
        var severity = SeverityLadder.Of(minutes, o.Heat.HotHoursModerateMoving.TotalMinutes);
        var source = context.LocalTime.Source == LocalTimeSource.Solar ? "solar time" : "local time";
        findings.Add(new Finding(Kind, track.TimeAt(first), track.TimeAt(last), severity,
        [
            new(EvidenceNames.LocalStartHour, Format.Round(startLocal.TimeOfDay.TotalHours, 2), "h"),
            new(EvidenceNames.MinutesInHotHours, Format.Round(minutes, 1), "min"),
        ],
        $"{Format.N(minutes)} min on the move between {Format.N(o.Heat.HotHoursStartHour)}:00 and {Format.N(o.Heat.HotHoursEndHour)}:00 ({source}, from {startLocal:HH:mm}) in the warm season"));
    }
}
