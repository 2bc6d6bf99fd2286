namespace CrampSignals.Tests.Probe;

/// <summary>How a runner moves, by elapsed second: walk, jog or run, stop for lights, take walk breaks, surge.</summary>
internal enum Gait
{
    Stopped,
    Walking,
    Running,
}

/// <summary>A surge: the runner's effort (grade-adjusted speed) rises by <c>Boost</c> for <c>Seconds</c>, easing in over <c>RampSeconds</c>.</summary>
internal sealed record SurgePlan(int StartSecond, int Seconds, double Boost, int RampSeconds, string Note);

/// <summary>The runner's intentions for one run; the world turns them into speed through the terrain.</summary>
internal sealed class RunPlan
{
    public int WarmUpWalkSeconds { get; set; }
    public int WarmUpJogSeconds { get; set; }
    public double WarmUpJogFactor { get; set; } = 0.8;
    public int MainSeconds { get; set; }
    public int CoolDownJogSeconds { get; set; }
    public double CoolDownJogFactor { get; set; } = 0.78;
    public int CoolDownWalkSeconds { get; set; }

    /// <summary>Seconds standing still with the watch still recording after an abrupt stop.</summary>
    public int StandSeconds { get; set; }

    public double FastStartFraction { get; set; }
    public double FastStartBoost { get; set; }

    /// <summary>How much slower than planned the runner is at the very end after going out too fast (0.04 = 4 %).</summary>
    public double FadeAtEnd { get; set; }

    public List<(int Start, int Seconds)> WalkBreaks { get; } = [];
    public List<(int Start, int Seconds)> Stops { get; } = [];
    public List<SurgePlan> Surges { get; } = [];

    /// <summary>Stretches run easier than planned (a recovery after a cramp or a stop, a limp to the finish): effort times <c>Factor</c>.</summary>
    public List<(int Start, int Seconds, double Factor)> Easings { get; } = [];

    public int MainStart => WarmUpWalkSeconds + WarmUpJogSeconds;
    public int MainEnd => MainStart + MainSeconds;
    public int TotalSeconds => MainEnd + CoolDownJogSeconds + CoolDownWalkSeconds + StandSeconds;

    public bool HasWarmUp => WarmUpJogSeconds >= 300;
    public bool HasCoolDown => CoolDownJogSeconds + CoolDownWalkSeconds >= 120;

    public Gait GaitAt(int t)
    {
        if (t < WarmUpWalkSeconds) return Gait.Walking;
        if (t >= MainEnd)
        {
            var c = t - MainEnd;
            if (c < CoolDownJogSeconds) return Gait.Running;
            if (c < CoolDownJogSeconds + CoolDownWalkSeconds) return Gait.Walking;
            return Gait.Stopped;
        }
        foreach (var (s, n) in Stops) if (t >= s && t < s + n) return Gait.Stopped;
        foreach (var (s, n) in WalkBreaks) if (t >= s && t < s + n) return Gait.Walking;
        return Gait.Running;
    }

    /// <summary>Planned grade-adjusted speed as a fraction of the runner's easy speed, while running.</summary>
    public double EffortAt(int t)
    {
        if (t < MainStart) return WarmUpJogFactor;
        if (t >= MainEnd) return CoolDownJogFactor;
        var m = (t - MainStart) / (double)MainSeconds;
        var f = 1.0;
        if (FastStartBoost > 0)
        {
            // Out too fast, then the fade: the rest slides below plan towards the end.
            if (m < FastStartFraction) f = 1 + FastStartBoost * (m < FastStartFraction - 0.03 ? 1 : (FastStartFraction - m) / 0.03);
            else f = 1 - FadeAtEnd * (m - FastStartFraction) / (1 - FastStartFraction);
        }
        foreach (var (s, n, factor) in Easings) if (t >= s && t < s + n) f *= factor;
        foreach (var s in Surges)
        {
            var x = t - s.StartSecond;
            if (x < 0 || x >= s.Seconds) continue;
            var ramp = Math.Min(1, Math.Min((x + 1) / (double)s.RampSeconds, (s.Seconds - x) / (double)s.RampSeconds));
            f *= 1 + s.Boost * ramp;
        }
        return f;
    }

    public bool Busy(int from, int to) =>
        WalkBreaks.Concat(Stops).Any(w => w.Start < to && w.Start + w.Seconds > from) ||
        Easings.Any(w => w.Start < to && w.Start + w.Seconds > from) ||
        Surges.Any(s => s.StartSecond < to && s.StartSecond + s.Seconds > from);
}
