using System.Buffers;

namespace CrampSignals.Signals.Track;

/// <summary>Where a track's speed came from.</summary>
internal enum SpeedSource
{
    /// <summary>No speed, distance or position in the file.</summary>
    None,
    /// <summary>The file's speed channel (GPS Doppler or foot pod), for files without fixes worth following.</summary>
    SpeedChannel,
    /// <summary>Differences of the file's distance channel (also a foot pod's on a treadmill), for files without fixes or speed.</summary>
    Distance,
    /// <summary>
    /// The path estimated from the GPS positions (a Kalman filter and smoother), for every file whose fixes cover the run,
    /// whatever else it holds: a FIT file and its GPX or TCX export then give one track.
    /// </summary>
    Positions,
}

/// <summary>
/// A run prepared for the detectors: one row per second from the first sample, columns cleaned and smoothed, pauses
/// marked (and never interpolated across), grade and grade-adjusted speed, and which seconds were running.
/// </summary>
/// <remarks>Columns hold NaN where nothing is known (a pause, a gap, a channel the file lacks).</remarks>
internal sealed class SignalTrack
{
    internal SignalTrack(int length, double startUnixSeconds)
    {
        Length = length;
        StartUnixSeconds = startUnixSeconds;
        // One block from the shared pool for the nine number columns: a 4-hour track's columns are each on the large-object
        // heap, and allocating them afresh for every run costs the pass more than several of its filters (fresh pages, and
        // the full collections that large allocations bring on). Release gives the block back once the track is done with.
        _block = ArrayPool<double>.Shared.Rent(Math.Max(1, NumberColumns * length));
        _block.AsSpan(0, NumberColumns * length).Fill(double.NaN);
        GradeColumn.Clear();
        Distance.Clear();
        PausedMask = new bool[length];
        MovingMask = new bool[length];
        RunningMask = new bool[length];
        SpikeMask = new bool[length];
    }

    private const int NumberColumns = 9;
    private double[] _block;

    private Span<double> ColumnAt(int k) => _block.AsSpan(k * Length, Length);

    /// <summary>
    /// Gives the number columns back to the shared pool. The track must not be read afterwards: every number column then
    /// throws, so a late reader fails loudly instead of reading another run's values.
    /// </summary>
    internal void Release()
    {
        var block = _block;
        if (block.Length == 0) return;
        _block = [];
        ArrayPool<double>.Shared.Return(block);
    }

    internal Span<double> Speed => ColumnAt(0);
    internal Span<double> GradeAdjusted => ColumnAt(1);
    internal Span<double> Effort => ColumnAt(2);
    internal Span<double> GradeColumn => ColumnAt(3);
    internal Span<double> Distance => ColumnAt(4);
    internal Span<double> Altitude => ColumnAt(5);
    internal Span<double> CadenceColumn => ColumnAt(6);
    internal Span<double> HeartRate => ColumnAt(7);
    internal Span<double> Temperature => ColumnAt(8);
    internal readonly bool[] PausedMask, MovingMask, RunningMask, SpikeMask;

    /// <summary><see cref="Effort"/> where a local function or lambda reads it (a span cannot be captured).</summary>
    internal ArraySegment<double> EffortSegment => new(_block, 2 * Length, Length);

    /// <summary><see cref="CadenceColumn"/> where a local function or lambda reads it.</summary>
    internal ArraySegment<double> CadenceSegment => new(_block, 6 * Length, Length);

    /// <summary>Number of seconds (rows).</summary>
    public int Length { get; }

    /// <summary>Unix seconds (UTC) of row 0; row i is i seconds later.</summary>
    public double StartUnixSeconds { get; }

    /// <summary>Smoothed speed in m/s, spikes removed; NaN in pauses and gaps.</summary>
    public ReadOnlySpan<double> SpeedMetersPerSecond => Speed;

    /// <summary>Grade-adjusted speed in m/s (Minetti et al. 2002): the flat speed of the same effort.</summary>
    public ReadOnlySpan<double> GradeAdjustedSpeedMetersPerSecond => GradeAdjusted;

    /// <summary>
    /// Hill-neutral speed in m/s: speed × (C(grade)/C(0))^k, k = <see cref="HillResponse"/> on climbs and
    /// <see cref="HillResponseDownhill"/> on descents. Minetti's cost scaled to how much this runner actually slows on
    /// climbs and speeds up downhill, so steady effort over hills reads as steady.
    /// Equal to <see cref="GradeAdjustedSpeedMetersPerSecond"/> for a runner who follows the cost curve fully.
    /// </summary>
    public ReadOnlySpan<double> EffortSpeedMetersPerSecond => Effort;

    /// <summary>
    /// How far this runner's speed follows the cost of climbs: speed ∝ (C(grade)/C(0))^−k, k fitted over the run's
    /// running seconds (1 = fully, as Minetti's metabolic cost predicts; most runners give back less). 1 when the run
    /// climbs too little to tell.
    /// </summary>
    public double HillResponse { get; internal set; } = 1;

    /// <summary>As <see cref="HillResponse"/> for descents, fitted on its own: runners gain less downhill than the cost curve offers.</summary>
    public double HillResponseDownhill { get; internal set; } = 1;

    /// <summary>Grade (rise over run) from smoothed altitude over <see cref="TrackOptions.GradeWindowMeters"/>, clamped; 0 where unknown.</summary>
    public ReadOnlySpan<double> Grade => GradeColumn;

    /// <summary>Distance from the start in metres, integrated from the cleaned speed (no GPS jumps).</summary>
    public ReadOnlySpan<double> DistanceMeters => Distance;

    /// <summary>Smoothed altitude in metres.</summary>
    public ReadOnlySpan<double> AltitudeMeters => Altitude;

    /// <summary>Smoothed cadence in steps per minute; NaN in pauses.</summary>
    public ReadOnlySpan<double> CadenceStepsPerMinute => CadenceColumn;

    /// <summary>Smoothed heart rate in beats per minute; NaN in pauses.</summary>
    public ReadOnlySpan<double> HeartRateBpm => HeartRate;

    /// <summary>Smoothed temperature of the recording device in °C (a wrist sensor reads warm).</summary>
    public ReadOnlySpan<double> TemperatureCelsius => Temperature;

    /// <summary>True where the runner was paused: timer stopped, a gap in the recording, or standing still.</summary>
    public ReadOnlySpan<bool> Paused => PausedMask;

    /// <summary>True where the runner was moving (not paused, speed known).</summary>
    public ReadOnlySpan<bool> Moving => MovingMask;

    /// <summary>True where the runner was running: moving at running speed (and cadence, when recorded), not walking.</summary>
    public ReadOnlySpan<bool> Running => RunningMask;

    /// <summary>True where a GPS spike was removed (an absurd speed or position jump).</summary>
    public ReadOnlySpan<bool> Spikes => SpikeMask;

    /// <summary>Where the speed came from.</summary>
    public SpeedSource SpeedSource { get; internal set; }

    /// <summary>True when there is a usable speed.</summary>
    public bool HasSpeed => SpeedSource != SpeedSource.None;

    /// <summary>True when cadence was recorded.</summary>
    public bool HasCadence { get; internal set; }

    /// <summary>True when heart rate was recorded.</summary>
    public bool HasHeartRate { get; internal set; }

    /// <summary>True when the device recorded temperature.</summary>
    public bool HasTemperature { get; internal set; }

    /// <summary>True when altitude was recorded (otherwise grade is taken as flat).</summary>
    public bool HasAltitude { get; internal set; }

    /// <summary>True when the file's cadence was strides (one foot) per minute and was doubled to steps.</summary>
    public bool CadenceWasDoubled { get; internal set; }

    /// <summary>True when the activity was longer than <see cref="TrackOptions.MaxLength"/> and was cut.</summary>
    public bool Truncated { get; internal set; }

    /// <summary>Mean latitude of the positions in degrees, NaN when none.</summary>
    public double MeanLatitude { get; internal set; } = double.NaN;

    /// <summary>Mean longitude of the positions in degrees, NaN when none.</summary>
    public double MeanLongitude { get; internal set; } = double.NaN;

    /// <summary>Median grade-adjusted speed over the running seconds (the run's typical pace), NaN when none.</summary>
    public double TypicalSpeedMetersPerSecond { get; internal set; } = double.NaN;

    /// <summary>Median smoothed speed over the moving seconds, NaN when none.</summary>
    public double MedianMovingSpeedMetersPerSecond { get; internal set; } = double.NaN;

    /// <summary>The 95th percentile of the smoothed speed over the moving seconds, NaN when none.</summary>
    public double FastMovingSpeedMetersPerSecond { get; internal set; } = double.NaN;

    /// <summary>Lowest cadence in steps per minute counted as running on this run (the runner's own floor; see <see cref="TrackOptions.RunningMinCadenceFraction"/>).</summary>
    internal double RunningCadenceFloor { get; set; } = double.NaN;

    /// <summary>Number of running seconds.</summary>
    public int RunningSeconds { get; internal set; }

    /// <summary>Number of moving seconds (running or walking).</summary>
    public int MovingSeconds { get; internal set; }

    /// <summary>Number of GPS spikes removed.</summary>
    public int SpikeCount { get; internal set; }

    /// <summary>The UTC time of row <paramref name="index"/>.</summary>
    public DateTime TimeAt(int index) => UnixTimeAt(index);

    /// <summary>The UTC time of a fractional row position.</summary>
    public DateTime UnixTimeAt(double index) => Text.UnixTime.ToDateTime(StartUnixSeconds + index);

    /// <summary>The row of <paramref name="time"/>, clamped to the track.</summary>
    public int IndexOf(DateTime time)
    {
        var i = (int)Math.Round(Text.UnixTime.FromDateTime(time) - StartUnixSeconds);
        return Math.Clamp(i, 0, Math.Max(0, Length - 1));
    }

    /// <summary>The first running row, or -1.</summary>
    public int FirstRunningIndex => Array.IndexOf(RunningMask, true);

    /// <summary>The last running row, or -1.</summary>
    public int LastRunningIndex => Array.LastIndexOf(RunningMask, true);

    /// <summary>The first moving row, or -1.</summary>
    public int FirstMovingIndex => Array.IndexOf(MovingMask, true);

    /// <summary>The last moving row, or -1.</summary>
    public int LastMovingIndex => Array.LastIndexOf(MovingMask, true);
}
