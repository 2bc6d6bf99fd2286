namespace CrampSignals.Signals;

/// <summary>One detector: finds one kind of finding in a prepared run.</summary>
internal interface ISignalDetector
{
    /// <summary>The kind of finding it reports.</summary>
    FindingKind Kind { get; }

    /// <summary>Why the detector cannot judge this run ("no cadence"), or null when it can.</summary>
    string? MissingInput(SignalContext context);

    /// <summary>Adds what it finds to <paramref name="findings"/>.</summary>
    void Detect(SignalContext context, ICollection<Finding> findings);
}
