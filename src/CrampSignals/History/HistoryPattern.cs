using CrampSignals.Cohorts;

namespace CrampSignals.History;

/// <summary>
/// One group of a runner's runs by a circumstance they ask about (the season, the temperature, the run's length, the time of
/// day, races against training), with how often it held a cramp, against all the runner's other runs.
/// </summary>
/// <param name="Dimension"><c>season</c>, <c>temperature</c>, <c>length</c>, <c>time-of-day</c> or <c>race</c>.</param>
/// <param name="Group">The group's label ("summer", "23-28 °C", "over 2 h", "10:00-16:00", "race").</param>
/// <param name="Runs">Runs in the group.</param>
/// <param name="RunsWithCramps">Of those, runs with a cramp.</param>
/// <param name="Estimate">The odds ratio of a cramp in this group against the runner's other runs of known value, with its interval; no number where the data cannot give one.</param>
public sealed record HistoryPattern(string Dimension, string Group, int Runs, int RunsWithCramps, OddsRatioEstimate Estimate)
{
    /// <summary>Share of the group's runs with a cramp.</summary>
    public double CrampShare => Runs == 0 ? 0 : RunsWithCramps / (double)Runs;
}
