namespace CrampSignals.Signals;

/// <summary>How the runner's own response to hills (how much speed they give back uphill and gain downhill) is fitted. Part of <see cref="SignalOptions"/>.</summary>
public sealed record HillResponseOptions
{
    /// <summary>The defaults.</summary>
    public static HillResponseOptions Default { get; } = new();

    /// <summary>Least downhill response fitted (runners who gain little speed on descents: braking, footing). Default 0.3.</summary>
    public double MinDownhill { get; init; } = 0.3;

    /// <summary>
    /// Least uphill response fitted. Holding flat speed up a climb costs far more power (the cost rises by about 5 % per
    /// 1 % of grade), so every runner at a steady effort gives back a good part of it; a fit below this has mistaken an
    /// effort made on a climb for the runner's way of taking hills. Default 0.5.
    /// </summary>
    public double MinUphill { get; init; } = 0.5;

    /// <summary>Width of the rolling mean over both grade cost and speed before the hill response is fitted. Default 31 s.</summary>
    public TimeSpan SmoothingWindow { get; init; } = TimeSpan.FromSeconds(31);

    /// <summary>Least spread (standard deviation) of ln(C(grade)/C(0)) for the hill response to be fitted; flatter runs use 1. Default 0.03.</summary>
    public double MinCostSpread { get; init; } = 0.03;

    /// <summary>
    /// The fitted hill responses are kept this many standard errors towards following the cost curve fully, so a noisy
    /// fit cannot invent hill efforts. Default 2.
    /// </summary>
    public double ShrinkStandardErrors { get; init; } = 1;
}
