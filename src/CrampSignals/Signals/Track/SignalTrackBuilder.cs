using System.Runtime.CompilerServices;
using CrampSignals.Activities;

using CrampSignals.Text;
namespace CrampSignals.Signals.Track;

/// <summary>
/// Turns an activity's samples into a 1 Hz <see cref="SignalTrack"/>: resample without bridging gaps, mark pauses,
/// remove GPS spikes, smooth robustly, take grade and grade-adjusted speed, and mark the running seconds.
/// </summary>
internal static class SignalTrackBuilder
{
    /// <summary>Builds the track of <paramref name="activity"/>; caveats go to <paramref name="notes"/> when given.</summary>
    public static SignalTrack Build(Activity activity, TrackOptions? options = null, ICollection<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var o = options ?? TrackOptions.Default;
        using var rows = TimedRows.From(activity.Samples).Near(o.MaxLength.TotalSeconds, out var stray);
        if (stray > 0) notes?.Add($"{stray} sample(s) with a time far from the rest of the run were left out");
        if (rows.Count == 0) return new SignalTrack(0, double.NaN);

        var t0 = rows.Time[0];
        var span = rows.Time[rows.Count - 1] - t0;
        var maxLength = o.MaxLength.TotalSeconds;
        var truncated = span > maxLength;
        var n = (int)Math.Floor(Math.Min(span, maxLength)) + 1;
        var track = new SignalTrack(n, t0) { Truncated = truncated };
        if (truncated) notes?.Add($"the activity is longer than {o.MaxLength.TotalHours:0.#} h; only its first {o.MaxLength.TotalHours:0.#} h were examined");

        using var scratch = new Scratch(n);
        var gap = GapMask(rows, t0, n, o.MaxSampleGap.TotalSeconds, scratch.Flags());
        var timerPaused = TimerPauses(activity.Events, t0, n, scratch.Flags());
        var off = scratch.Flags();
        for (var i = 0; i < n; i++) off[i] = gap[i] || timerPaused[i];

        PositionSummary(activity.Samples, track);
        var rawSpeed = RawSpeed(activity, rows, t0, o, track, scratch, notes);
        var hasSpeed = track.SpeedSource != SpeedSource.None;
        for (var i = 0; i < n; i++) if (off[i]) rawSpeed[i] = double.NaN;

        if (hasSpeed)
        {
            var med = scratch.Space();
            Rolling.Median(rawSpeed.AsSpan(0, n), med.AsSpan(0, n), (int)o.SpeedMedianWindow.TotalSeconds, fillHoles: true);
            for (var i = 0; i < n; i++) if (off[i]) med[i] = double.NaN;
            MarkMildSpikes(rawSpeed, med, track);
            Rolling.Mean(med.AsSpan(0, n), track.Speed, (int)o.SpeedMeanWindow.TotalSeconds);
        }
        track.SpikeCount = CountRuns(track.SpikeMask);

        // Cadence, heart rate and temperature.
        var cadence = Resample(rows, activity.Samples.Cadence, t0, scratch, o.MaxSampleGap.TotalSeconds);
        for (var i = 0; i < n; i++)
        {
            var c = cadence[i];
            if (off[i] || c < SensorLimits.MinCadence || c > SensorLimits.MaxCadence) cadence[i] = double.NaN;
        }
        track.HasCadence = HasAny(cadence, n);
        if (track.HasCadence && UnitUnknown(activity) && LooksLikeStrides(cadence, rawSpeed, n, activity.Sport, o, scratch))
        {
            for (var i = 0; i < n; i++) cadence[i] *= 2;
            track.CadenceWasDoubled = true;
            notes?.Add("cadence was recorded per foot (strides per minute) and was doubled to steps per minute");
        }
        SmoothInto(cadence, track.HasCadence, track.CadenceColumn, (int)o.SpeedMedianWindow.TotalSeconds, (int)o.SpeedMeanWindow.TotalSeconds, scratch);

        var hr = Resample(rows, activity.Samples.HeartRateBpm, t0, scratch, o.MaxSampleGap.TotalSeconds);
        for (var i = 0; i < n; i++) if (off[i] || hr[i] < SensorLimits.MinHeartRateBpm || hr[i] > SensorLimits.MaxHeartRateBpm) hr[i] = double.NaN;
        track.HasHeartRate = HasAny(hr, n);
        SmoothInto(hr, track.HasHeartRate, track.HeartRate, (int)o.HeartRateSmoothingWindow.TotalSeconds, (int)o.HeartRateSmoothingWindow.TotalSeconds, scratch);

        var temp = Resample(rows, activity.Samples.TemperatureCelsius, t0, scratch, o.MaxSampleGap.TotalSeconds);
        for (var i = 0; i < n; i++) if (gap[i] || temp[i] < SensorLimits.MinTemperatureCelsius || temp[i] > SensorLimits.MaxTemperatureCelsius) temp[i] = double.NaN;
        track.HasTemperature = HasAny(temp, n);
        SmoothInto(temp, track.HasTemperature, track.Temperature, (int)o.TemperatureSmoothingWindow.TotalSeconds, (int)o.TemperatureSmoothingWindow.TotalSeconds, scratch);

        var alt = Resample(rows, activity.Samples.AltitudeMeters, t0, scratch, o.MaxSampleGap.TotalSeconds);
        for (var i = 0; i < n; i++) if (gap[i] || alt[i] < SensorLimits.MinAltitudeMeters || alt[i] > SensorLimits.MaxAltitudeMeters) alt[i] = double.NaN;
        track.HasAltitude = HasAny(alt, n);
        SmoothInto(alt, track.HasAltitude, track.Altitude, (int)o.AltitudeSmoothingWindow.TotalSeconds, (int)o.AltitudeSmoothingWindow.TotalSeconds, scratch);

        // Standing still is a pause too.
        var speed = track.Speed;
        var trackCadence = track.CadenceColumn;
        var heartRate = track.HeartRate;
        var distance = track.Distance;
        for (var i = 0; i < n; i++)
        {
            var v = speed[i];
            var still = hasSpeed && (double.IsNaN(v) || v < o.StillSpeedMetersPerSecond);
            track.PausedMask[i] = off[i] || still;
            track.MovingMask[i] = !track.PausedMask[i];
            if (track.PausedMask[i]) { speed[i] = double.NaN; trackCadence[i] = double.NaN; heartRate[i] = double.NaN; }
        }

        // Distance integrates the cleaned speed so GPS jumps add nothing; paused seconds add nothing.
        var d = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (track.MovingMask[i] && !double.IsNaN(speed[i])) d += speed[i];
            distance[i] = d;
        }

        GradeFromAltitude(track, o);
        var grade = track.GradeColumn;
        var gradeAdjusted = track.GradeAdjusted;
        for (var i = 0; i < n; i++)
            gradeAdjusted[i] = double.IsNaN(speed[i]) ? double.NaN : RunningCost.GradeAdjustedSpeed(speed[i], grade[i]);

        MarkRunning(track, o, hasSpeed, scratch);
        HillResponseFit.Apply(track, o, scratch);
        return track;
    }

    private static void SmoothInto(double[] raw, bool hasValues, Span<double> target, int medianWidth, int meanWidth, Scratch scratch)
    {
        var n = scratch.Length;
        // A channel the file does not record (no heart-rate strap, no thermometer) smooths to what it was: missing.
        if (!hasValues) { target[..n].Fill(double.NaN); return; }
        // The rolling median writes every second: the column needs no filling first (nor do the buffers below that are
        // read only as far as they were written).
        var med = scratch.Space();
        Rolling.Median(raw.AsSpan(0, n), med.AsSpan(0, n), medianWidth, fillHoles: true);
        Rolling.Mean(med.AsSpan(0, n), target[..n], meanWidth);
    }

    private static bool HasAny(double[] column, int n)
    {
        foreach (var v in column.AsSpan(0, n)) if (!double.IsNaN(v)) return true;
        return false;
    }

    private static int CountRuns(bool[] mask)
    {
        var count = 0;
        for (var i = 0; i < mask.Length; i++) if (mask[i] && (i == 0 || !mask[i - 1])) count++;
        return count;
    }

    /// <summary>Seconds not covered by two samples at most <paramref name="maxGap"/> apart (nor by a sample itself), marked in <paramref name="gap"/>.</summary>
    private static bool[] GapMask(TimedRows rows, double t0, int n, double maxGap, bool[] gap)
    {
        gap.AsSpan(0, n).Fill(true);
        var time = rows.Time;
        for (var r = 0; r < time.Length; r++)
        {
            var g = (int)Math.Round(time[r] - t0);
            if ((uint)g < (uint)n) gap[g] = false;
            if (r == 0) continue;
            var a = time[r - 1] - t0;
            var b = time[r] - t0;
            if (b - a > maxGap) continue;
            for (var k = (int)Math.Ceiling(a); k <= Math.Min(n - 1, (int)Math.Floor(b)); k++) if (k >= 0) gap[k] = false;
        }
        return gap;
    }

    /// <summary>Seconds between a timer stop and the next timer start, marked in <paramref name="paused"/> (clear on entry).</summary>
    private static bool[] TimerPauses(IEnumerable<ActivityEvent> events, double t0, int n, bool[] paused)
    {
        double? stoppedAt = null;
        foreach (var e in events.Where(e => e.IsTimerStart || e.IsTimerStop).OrderBy(e => e.Time))
        {
            var t = UnixTime.FromDateTime(e.Time) - t0;
            if (e.IsTimerStop) { stoppedAt ??= t; continue; }
            if (stoppedAt is double s) Fill(paused, n, s, t);
            stoppedAt = null;
        }
        if (stoppedAt is double last) Fill(paused, n, last, n);
        return paused;

        static void Fill(bool[] mask, int n, double from, double to)
        {
            // The sample written at the stop itself still belongs to the running before it.
            for (var k = Math.Max(0, (int)Math.Floor(from) + 1); k < Math.Min(n, (int)Math.Ceiling(to)); k++) mask[k] = true;
        }
    }

    // AggressiveOptimization on this file's loops over every second or record: compiled optimised at the first call, not
    // once unoptimised and again when hot (docs/tuning-log.md, "optimised from the first call").
    /// <summary>Linear interpolation of one column onto the 1 Hz grid, only between samples at most <paramref name="maxGap"/> apart.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double[] Resample(TimedRows rows, ReadOnlySpan<double> column, double t0, Scratch scratch, double maxGap)
    {
        var n = scratch.Length;
        var result = scratch.Column();
        var grid = result.AsSpan(0, n);
        var index = rows.Index;
        var time = rows.Time;
        // The previous valid sample's time and value ride in locals: each row reads only its own.
        var havePrev = false;
        double ta = 0, va = 0;
        for (var j = 0; j < index.Length; j++)
        {
            var v = column[index[j]];
            if (double.IsNaN(v) || double.IsInfinity(v)) continue;
            var tb = time[j] - t0;
            var g = (int)Math.Round(tb);
            if ((uint)g < (uint)grid.Length && Math.Abs(tb - g) < 0.5) grid[g] = v;
            if (havePrev)
            {
                var dt = tb - ta;
                if (dt > 0 && dt <= maxGap)
                {
                    var from = Math.Max(0, (int)Math.Ceiling(ta));
                    var to = Math.Min(n - 1, (int)Math.Floor(tb));
                    var rise = v - va;
                    // Dividing by exactly 1 s (a 1 Hz file) changes no bit, and a division costs as much as the rest.
                    if (dt == 1) for (var k = from; k <= to; k++) grid[k] = va + rise * (k - ta);
                    else for (var k = from; k <= to; k++) grid[k] = va + rise * (k - ta) / dt;
                }
            }
            havePrev = true;
            ta = tb;
            va = v;
        }
        return result;
    }

    private static void PositionSummary(SampleTable samples, SignalTrack track)
    {
        double lat = 0, lon = 0;
        var count = 0;
        var la = samples.Latitude;
        var lo = samples.Longitude;
        for (var i = 0; i < samples.Count; i++)
        {
            if (!ValidPosition(la[i], lo[i])) continue;
            lat += la[i];
            lon += lo[i];
            count++;
        }
        if (count == 0) return;
        track.MeanLatitude = lat / count;
        track.MeanLongitude = lon / count;
    }

    private static bool ValidPosition(double lat, double lon) => PathSmoother.ValidPosition(lat, lon);

    /// <summary>Speed before smoothing: the path smoothed from the fixes, else the speed channel, else distance differences; absurd values removed.</summary>
    private static double[] RawSpeed(Activity activity, TimedRows rows, double t0, TrackOptions o, SignalTrack track, Scratch scratch, ICollection<string>? notes)
    {
        var n = scratch.Length;
        var s = activity.Samples;
        var maxSpeed = MaxPlausibleSpeed(activity.Sport, o);
        var gapLimit = o.MaxSampleGap.TotalSeconds;
        var speedCoverage = Coverage(rows, s.SpeedMetersPerSecond);
        var distanceCoverage = activity.DistanceFromPositions ? 0 : Coverage(rows, s.DistanceMeters);
        double[] speed;
        if (PositionsTellTheSpeed(activity, rows, gapLimit, speedCoverage, distanceCoverage, scratch, notes) is { } path)
        {
            // One estimator for every export: a watch's FIT file and the GPX or TCX made from it hold the same fixes but
            // not the same speed column (GPX has none), so the speed read from the fixes is what lets one run tell one
            // story whatever file it comes in.
            track.SpeedSource = SpeedSource.Positions;
            speed = Resample(rows, path.SpeedMetersPerSecond, t0, scratch, gapLimit);
        }
        else if (speedCoverage >= MinCoverage)
        {
            track.SpeedSource = SpeedSource.SpeedChannel;
            speed = Resample(rows, s.SpeedMetersPerSecond, t0, scratch, gapLimit);
        }
        else if (distanceCoverage >= MinCoverage)
        {
            track.SpeedSource = SpeedSource.Distance;
            speed = Differentiate(Resample(rows, s.DistanceMeters, t0, scratch, gapLimit), scratch);
        }
        else
        {
            var none = scratch.Column();
            none.AsSpan(0, n).Clear();
            return none;
        }

        for (var i = 0; i < n; i++)
        {
            var v = speed[i];
            if (v < 0 || v > maxSpeed) { speed[i] = double.NaN; track.SpikeMask[i] = true; }
        }
        // A position jump is a spike even when the speed channel (a foot pod, Doppler) looks fine.
        MarkPositionJumps(rows, s, t0, n, maxSpeed, speed, track);
        return speed;
    }

    internal static double MaxPlausibleSpeed(Sport sport, TrackOptions o) => sport switch
    {
        Sport.Cycling => 30,
        Sport.Swimming => 3,
        Sport.Generic or Sport.Other or Sport.Multisport or Sport.Transition or Sport.FitnessEquipment => Math.Max(o.MaxPlausibleFootSpeedMetersPerSecond, 30),
        _ => o.MaxPlausibleFootSpeedMetersPerSecond,
    };

    private const double MinCoverage = 0.1;
    // A channel of the device's own that covers clearly more of the run than the fixes do (GPS lost indoors, switched
    // off half-way) is the better account of the run.
    private const double MinPositionShare = 0.9;
    // Fixes that cover less than half the distance the device itself recorded did not follow the runner: a treadmill or
    // track run with GPS on, a watch that kept one fix.
    private const double MinPathToRecordedDistance = 0.5;

    /// <summary>The path smoothed from the fixes, or null when the file has none worth following (see the constants).</summary>
    private static SmoothedPath? PositionsTellTheSpeed(Activity activity, TimedRows rows, double gapLimit, double speedCoverage, double distanceCoverage,
        Scratch scratch, ICollection<string>? notes)
    {
        var s = activity.Samples;
        var positions = Coverage(rows, s.Latitude);
        if (positions < MinCoverage) return null;
        if (positions < MinPositionShare * Math.Max(speedCoverage, distanceCoverage))
        {
            notes?.Add($"GPS positions cover {positions:P0} of the samples; the speed comes from the file's own {(speedCoverage >= distanceCoverage ? "speed" : "distance")} channel");
            return null;
        }
        if (PathSmoother.Smooth(rows, s, gapLimit, scratch) is not { } path) return null;
        var recorded = RecordedDistance(rows, s, gapLimit, speedCoverage >= MinCoverage, distanceCoverage >= MinCoverage);
        if (recorded > 0 && path.TotalMeters < MinPathToRecordedDistance * recorded)
        {
            notes?.Add($"the GPS positions span {path.TotalMeters / 1000:0.##} km where the file's own speed or distance says {recorded / 1000:0.##} km (indoors?); the speed comes from the file's own channel");
            return null;
        }
        return path;
    }

    /// <summary>The distance the device itself recorded: its distance channel's span, else its speed integrated over the rows; 0 when it has neither.</summary>
    private static double RecordedDistance(TimedRows rows, SampleTable s, double gapLimit, bool hasSpeed, bool hasDistance)
    {
        if (hasDistance)
        {
            double first = double.NaN, last = double.NaN;
            var distance = s.DistanceMeters;
            foreach (var r in rows.Index)
            {
                var d = distance[r];
                if (double.IsNaN(d)) continue;
                if (double.IsNaN(first)) first = d;
                last = d;
            }
            return double.IsNaN(first) ? 0 : Math.Max(0, last - first);
        }
        if (!hasSpeed) return 0;
        var total = 0.0;
        var index = rows.Index;
        var time = rows.Time;
        var speed = s.SpeedMetersPerSecond;
        for (var j = 1; j < index.Length; j++)
        {
            var dt = time[j] - time[j - 1];
            var v = speed[index[j]];
            if (dt > 0 && dt <= gapLimit && v >= 0) total += v * dt;
        }
        return total;
    }

    private static double Coverage(TimedRows rows, ReadOnlySpan<double> column)
    {
        if (rows.Count == 0) return 0;
        var count = 0;
        foreach (var r in rows.Index) if (!double.IsNaN(column[r])) count++;
        return count / (double)rows.Count;
    }

    private static double[] Differentiate(double[] distance, Scratch scratch)
    {
        var speed = scratch.Column();
        for (var i = 1; i < scratch.Length; i++)
            if (!double.IsNaN(distance[i]) && !double.IsNaN(distance[i - 1])) speed[i] = distance[i] - distance[i - 1];
        return speed;
    }

    private static void MarkPositionJumps(TimedRows rows, SampleTable s, double t0, int n, double maxSpeed, double[] speed, SignalTrack track)
    {
        var la = s.Latitude;
        var lo = s.Longitude;
        var index = rows.Index;
        var time = rows.Time;
        int prev = -1;
        for (var j = 0; j < index.Length; j++)
        {
            var r = index[j];
            if (!ValidPosition(la[r], lo[r])) continue;
            if (prev >= 0)
            {
                var p = index[prev];
                var dt = time[j] - time[prev];
                // A jump is long and fast; a step the cheap bound already shows to be neither needs no haversine.
                if (dt > 0 && IsJump(GreatCircle.DistanceBoundMeters(la[p], lo[p], la[r], lo[r]), dt, maxSpeed)
                    && IsJump(GreatCircle.DistanceMeters(la[p], lo[p], la[r], lo[r]), dt, maxSpeed))
                {
                    var g = (int)Math.Round(time[j] - t0);
                    if ((uint)g < (uint)n) { speed[g] = double.NaN; track.SpikeMask[g] = true; }
                }
            }
            prev = j;
        }
    }

    private static bool IsJump(double metres, double seconds, double maxSpeed) =>
        metres > SensorLimits.PositionJumpMinMeters && metres / Math.Max(seconds, 1) > maxSpeed;

    /// <summary>Marks seconds where the raw speed stood far off its rolling median: short spikes the median removed.</summary>
    private static void MarkMildSpikes(double[] raw, double[] median, SignalTrack track)
    {
        for (var i = 0; i < track.Length; i++)
        {
            if (double.IsNaN(raw[i]) || double.IsNaN(median[i])) continue;
            if (Math.Abs(raw[i] - median[i]) > Math.Max(2.0, 0.6 * median[i])) track.SpikeMask[i] = true;
        }
    }

    /// <summary>
    /// True when nobody has decided what the cadence counts: a reader puts a foot sport's cadence in steps per minute
    /// (the CadenceConvention, which also knows when a device doubled it already), and a ride's is revolutions, so
    /// guessing again here could only double a doubled value. What is left is an activity built in memory, or a file
    /// without a sport.
    /// </summary>
    private static bool UnitUnknown(Activity activity)
    {
        if (activity.Sport == Sport.Cycling) return false;
        var fromFile = activity.Source is { Format: not ActivityFormat.Memory };
        return !(fromFile && activity.Sport.IsOnFoot());
    }

    private static bool LooksLikeStrides(double[] cadence, double[] rawSpeed, int n, Sport sport, TrackOptions o, Scratch scratch)
    {
        var atRunningSpeed = scratch.Space();
        var any = scratch.Space();
        int running = 0, all = 0;
        for (var i = 0; i < n; i++)
        {
            if (double.IsNaN(cadence[i])) continue;
            any[all++] = cadence[i];
            if (rawSpeed[i] >= SensorLimits.SurelyRunningMetersPerSecond) atRunningSpeed[running++] = cadence[i];
        }
        // The scratch copies are read no further: each median reorders its own in place instead of copying it again.
        var median = running >= 60 ? Rolling.MedianInPlace(atRunningSpeed.AsSpan(0, running))
            : sport == Sport.Running && all >= 60 ? Rolling.MedianInPlace(any.AsSpan(0, all))
            : double.NaN;
        return median >= 50 && median < o.StrideCadenceBelow;
    }

    private static void GradeFromAltitude(SignalTrack track, TrackOptions o)
    {
        var n = track.Length;
        var dist = track.Distance;
        var alt = track.Altitude;
        var gradeColumn = track.GradeColumn;
        var halfWindow = o.GradeWindowMeters / 2;
        int j = 0, k = 0;
        for (var i = 0; i < n; i++)
        {
            while (j < i && dist[i] - dist[j + 1] >= halfWindow) j++;
            if (k < i) k = i;
            while (k < n - 1 && dist[k] - dist[i] < halfWindow) k++;
            var run = dist[k] - dist[j];
            double grade = 0;
            if (run >= halfWindow && !double.IsNaN(alt[j]) && !double.IsNaN(alt[k]))
                grade = Math.Clamp((alt[k] - alt[j]) / run, -o.MaxAbsGrade, o.MaxAbsGrade);
            gradeColumn[i] = grade;
        }
    }

    /// <summary>
    /// The lowest cadence still counted as running: <see cref="TrackOptions.RunningMinCadence"/>, lowered for a runner
    /// whose own cadence is low to <see cref="TrackOptions.RunningMinCadenceFraction"/> of the median cadence over the
    /// seconds at running speed. Only with a speed, which tells walks apart on its own.
    /// </summary>
    private static double CadenceFloor(SignalTrack track, TrackOptions o, bool hasSpeed, Scratch scratch)
    {
        if (!hasSpeed || !track.HasCadence) return o.RunningMinCadence;
        var cadences = scratch.Space();
        var count = 0;
        var speed = track.Speed;
        var cadence = track.CadenceColumn;
        for (var i = 0; i < track.Length; i++)
            if (track.MovingMask[i] && speed[i] >= o.RunningMinSpeedMetersPerSecond && !double.IsNaN(cadence[i])) cadences[count++] = cadence[i];
        if (count == 0) return o.RunningMinCadence;
        return Math.Min(o.RunningMinCadence, o.RunningMinCadenceFraction * Rolling.MedianInPlace(cadences.AsSpan(0, count)));
    }

    private static void MarkRunning(SignalTrack track, TrackOptions o, bool hasSpeed, Scratch scratch)
    {
        var n = track.Length;
        var floor = CadenceFloor(track, o, hasSpeed, scratch);
        var speed = track.Speed;
        var cadence = track.CadenceColumn;
        var gradeAdjusted = track.GradeAdjusted;
        track.RunningCadenceFloor = floor;
        var first = scratch.Space();
        var firstCount = 0;
        for (var i = 0; i < n; i++)
        {
            if (!track.MovingMask[i]) continue;
            var c = cadence[i];
            var cadenceOk = !track.HasCadence || double.IsNaN(c) || c >= floor;
            bool run;
            if (hasSpeed) run = speed[i] >= o.RunningMinSpeedMetersPerSecond && cadenceOk;
            else run = track.HasCadence && !double.IsNaN(c) && c >= o.RunningMinCadence;
            track.RunningMask[i] = run;
            if (run && hasSpeed) first[firstCount++] = speed[i];
        }
        if (hasSpeed && firstCount > 0)
        {
            var typicalRaw = Rolling.MedianInPlace(first.AsSpan(0, firstCount));
            for (var i = 0; i < n; i++)
                if (track.RunningMask[i] && speed[i] < o.RunningMinFractionOfTypical * typicalRaw) track.RunningMask[i] = false;
        }

        var gas = scratch.Space();
        var movingSpeeds = scratch.Space();
        int running = 0, moving = 0, gasCount = 0, movingCount = 0;
        for (var i = 0; i < n; i++)
        {
            if (track.MovingMask[i]) { moving++; if (!double.IsNaN(speed[i])) movingSpeeds[movingCount++] = speed[i]; }
            if (!track.RunningMask[i]) continue;
            running++;
            if (!double.IsNaN(gradeAdjusted[i])) gas[gasCount++] = gradeAdjusted[i];
        }
        track.RunningSeconds = running;
        track.MovingSeconds = moving;
        track.TypicalSpeedMetersPerSecond = Rolling.MedianInPlace(gas.AsSpan(0, gasCount));
        track.MedianMovingSpeedMetersPerSecond = Rolling.MedianOf(movingSpeeds.AsSpan(0, movingCount));
        track.FastMovingSpeedMetersPerSecond = Rolling.QuantileOf(movingSpeeds.AsSpan(0, movingCount), 0.95);
    }
}
