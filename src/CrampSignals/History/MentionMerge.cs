using CrampSignals.Cramps;
using CrampSignals.Formats.Exports;

namespace CrampSignals.History;

/// <summary>
/// One cramp told twice is one cramp: a title's "Krampf!" and a description's "Krampf in der Wade bei km 18" speak of the same
/// event, and so do a description and a private note naming the same muscle at the same place.
/// </summary>
internal static class MentionMerge
{
    /// <summary>The cramps an export's entry tells of in its title, description and private note, repeats left out; none without an entry.</summary>
    public static List<(CrampMention Mention, CrampSource Source)> Told(ExportActivity? export)
    {
        if (export is null) return [];
        var told = new List<(CrampMention, CrampSource)>();
        foreach (var (text, source) in new[] { (export.Title, CrampSource.Title), (export.Description, CrampSource.Description), (export.PrivateNote, CrampSource.PrivateNote) })
            told.AddRange(CrampMentions.Read(text).Select(m => (m, source)));
        return Distinct(told);
    }

    /// <summary>The mentions of one run with repeats left out, in order: a bare cry (no muscle, no place) gives way to any other mention, and two mentions saying the same muscle and place are one.</summary>
    public static List<(CrampMention Mention, CrampSource Source)> Distinct(List<(CrampMention Mention, CrampSource Source)> mentions)
    {
        if (mentions.Count < 2) return mentions;
        var told = mentions.Where(m => !IsBare(m.Mention)).ToList();
        if (told.Count == 0) return [mentions[0]];
        var kept = new List<(CrampMention, CrampSource)>();
        var seen = new HashSet<(Muscle?, double?, double?, TimeSpan?, bool)>();
        foreach (var m in told)
            if (seen.Add(Key(m.Mention))) kept.Add(m);
        return kept;
    }

    private static bool IsBare(CrampMention m) =>
        m is { Muscle: null, AtMeters: null, FromEndMeters: null, Elapsed: null, AfterRun: false };

    private static (Muscle?, double?, double?, TimeSpan?, bool) Key(CrampMention m) => (m.Muscle, m.AtMeters, m.FromEndMeters, m.Elapsed, m.AfterRun);
}
