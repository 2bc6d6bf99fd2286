using CrampSignals.Activities;

namespace CrampSignals.Formats.Fit.Decoding;

/// <summary>A session's sport and the time it covers, in Unix seconds, for deciding how to count each record's cadence.</summary>
internal readonly record struct FitSportSpan(Sport Sport, double StartUnixSeconds, double EndUnixSeconds)
{
    public bool Covers(double t) => t >= StartUnixSeconds && t <= EndUnixSeconds;
}
