namespace CrampSignals.Cramps;

/// <summary>One cramp a runner wrote about in a run's title, description or private note.</summary>
/// <param name="Text">The original words it was read from (the sentence, or the clause when a sentence holds several).</param>
/// <param name="Muscle">The muscle named, or null when none was.</param>
/// <param name="AtMeters">Distance into the run ("at km 31", "mile 18"), or null.</param>
/// <param name="FromEndMeters">Distance before the end ("in the last 2 km"), or null.</param>
/// <param name="Elapsed">Time into the run ("at 1:45"), or null.</param>
/// <param name="AfterRun">True when written as after the run ("after the finish", "that night").</param>
/// <param name="Language">Two-letter code of the cramp word's language: en, de, fr, es, it, nl or pt.</param>
internal sealed record CrampMention(
    string Text, Muscle? Muscle, double? AtMeters, double? FromEndMeters, TimeSpan? Elapsed, bool AfterRun, string Language);
