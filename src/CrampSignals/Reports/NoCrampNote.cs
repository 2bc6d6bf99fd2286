using CrampSignals.Cohorts;

namespace CrampSignals.Reports;

/// <summary>
/// What a folder report says instead of association numbers when no run has a cramp: with no cramps every share is 0 and
/// every odds ratio is made of the 0.5 added to empty cells, numbers that look like findings and mean nothing.
/// </summary>
internal static class NoCrampNote
{
    /// <summary>The sentence every format prints in place of the association columns.</summary>
    public const string Text = "no cramp log was found for these runs, or none of its cramps fell in one: no association numbers (give a log with --cramps, or put cramps.csv next to the runs)";

    /// <summary>True when the report has no cramp to associate findings with.</summary>
    public static bool Applies(CohortReport cohort) => cohort.RunsWithCramps == 0 && cohort.Cramps == 0;
}
