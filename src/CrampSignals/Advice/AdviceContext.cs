namespace CrampSignals.Advice;

/// <summary>The run's own numbers the advice is personalised with. Every member is optional: a missing one makes the advice more general, never wrong.</summary>
internal sealed record AdviceContext
{
    /// <summary>Start of the run, UTC.</summary>
    public DateTime? StartUtc { get; init; }

    /// <summary>Moving time, minutes.</summary>
    public double? MovingMinutes { get; init; }

    /// <summary>Elapsed time from first to last sample, minutes.</summary>
    public double? DurationMinutes { get; init; }

    /// <summary>Typical (median moving) speed of the run, m/s.</summary>
    public double? TypicalSpeedMetersPerSecond { get; init; }

    /// <summary>Mean temperature over the run, °C.</summary>
    public double? MeanTemperatureCelsius { get; init; }

    /// <summary>Where <see cref="MeanTemperatureCelsius"/> came from ("air", "wrist sensor").</summary>
    public string? TemperatureSource { get; init; }

    /// <summary>Latitude of the start, degrees (north positive), to tell the hemisphere's summer.</summary>
    public double? Latitude { get; init; }

    /// <summary>Body mass before the run, kg.</summary>
    public double? BodyMassBeforeKg { get; init; }

    /// <summary>Body mass after the run, kg.</summary>
    public double? BodyMassAfterKg { get; init; }

    /// <summary>How many runs (this one included) had cramps, when the caller knows (a training log, a folder of runs).</summary>
    public int? RunsWithCramps { get; init; }

    /// <summary>The units the advice speaks in: paces, temperatures and which of ml or oz comes first. Metric unless set.</summary>
    public UnitSystem Units { get; init; }
}
