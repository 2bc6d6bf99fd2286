namespace CrampSignals.Cramps;

/// <summary>
/// Finds the cramps a runner wrote about in a run's title, description and private note, in English, German, French,
/// Spanish, Italian, Dutch and Portuguese: "calf cramp at km 31", "Wadenkrampf bei km 18", "crampe au mollet après l'arrivée".
/// Denials ("no cramps", "kein Krampf"), prevention ("to avoid cramps") and worries or questions are not cramps.
/// </summary>
internal static class CrampMentions
{
    private const int NegationReach = 4;
    private const int IntentionReachBefore = 4;
    private const int IntentionReachAfter = 3;
    private const int HypotheticalReach = 5;

    /// <summary>The cramps in a run's title, description and private note, in that order (any may be null).</summary>
    public static List<CrampMention> Read(string? title, string? description, string? note) =>
        [.. Read(title), .. Read(description), .. Read(note)];

    /// <summary>The cramps in one free text, one per clause that tells of a cramp; empty for null or blank text.</summary>
    public static List<CrampMention> Read(string? text)
    {
        var mentions = new List<CrampMention>();
        if (string.IsNullOrWhiteSpace(text)) return mentions;
        var sentences = MentionText.Sentences(text);
        for (var k = 0; k < sentences.Count; k++)
        {
            if (sentences[k].IsQuestion) continue;
            var found = FromSentence(sentences[k]);
            if (found.Count == 1 && k + 1 < sentences.Count && IsBareCry(sentences[k], found[0]) && !HasCrampWord(sentences[k + 1]))
                found[0] = Completed(found[0], sentences[k + 1]);
            mentions.AddRange(found);
        }
        return mentions;
    }

    // "CRAMPS!!! both calves at mile 18": a cry of a word or two tells its muscle and place in the next sentence.
    private static bool IsBareCry(MentionSentence sentence, CrampMention mention) =>
        sentence.Clauses.Sum(c => c.Tokens.Count) <= 2 && mention.Muscle is null
        && mention is { AtMeters: null, FromEndMeters: null, Elapsed: null, AfterRun: false };

    private static bool HasCrampWord(MentionSentence sentence) =>
        sentence.Clauses.Any(c => c.Tokens.Any(t => MentionLexicon.CrampLanguage(t) is not null));

    private static CrampMention Completed(CrampMention mention, MentionSentence next)
    {
        var muscle = next.Clauses.Select(c => MuscleIn(c, -1)).FirstOrDefault(m => m is not null);
        var position = next.Clauses.Aggregate(default(MentionPosition), (p, c) => p.Or(PositionOf(c)));
        if (muscle is null && !position.IsStated) return mention;
        return mention with
        {
            Text = mention.Text + " " + next.Original, Muscle = muscle, AtMeters = position.AtMeters,
            FromEndMeters = position.FromEndMeters, Elapsed = position.Elapsed, AfterRun = position.AfterRun,
        };
    }

    private static List<CrampMention> FromSentence(MentionSentence sentence)
    {
        var clauses = sentence.Clauses;
        var found = new List<(int Clause, int Token, string Language)>();
        for (var c = 0; c < clauses.Count; c++)
            if (FirstCramp(clauses, c) is (int token, string language)) found.Add((c, token, language));
        if (found.Count == 0) return [];

        // Several cramp clauses in a sentence are several cramps only when each says its own muscle or place
        // ("calf cramp at km 30, hamstring cramp at km 38"); "cramps, cramps, cramps at km 40" is one.
        var told = found.Where(f => MuscleIn(clauses[f.Clause], f.Token) is not null || PositionOf(clauses[f.Clause]).IsStated).ToList();
        var kept = told.Count > 0 ? told : [found[0]];
        return kept.Select(f => Mention(sentence, f.Clause, f.Token, f.Language, kept.Count == 1)).ToList();
    }

    private static CrampMention Mention(MentionSentence sentence, int clause, int token, string language, bool wholeSentence)
    {
        var own = sentence.Clauses[clause];
        var plain = PlainClausesByNearness(sentence.Clauses, clause);
        var muscle = MuscleIn(own, token) ?? plain.Select(c => MuscleIn(c, -1)).FirstOrDefault(m => m is not null);
        var position = PositionOf(own);
        foreach (var c in plain) position = position.Or(PositionOf(c));
        var text = wholeSentence ? sentence.Original : own.Original;
        return new CrampMention(text, muscle, position.AtMeters, position.FromEndMeters, position.Elapsed, position.AfterRun, language);
    }

    /// <summary>The first cramp word of a clause that is told as having happened, with its language, or null.</summary>
    private static (int Token, string Language)? FirstCramp(IReadOnlyList<MentionClause> clauses, int c)
    {
        var tokens = clauses[c].Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (MentionLexicon.CrampLanguage(tokens[i]) is not string language) continue;
            if (IsToldAsHappened(tokens, i) && !IsDeniedByNextClause(clauses, c, i)) return (i, language);
        }
        return null;
    }

    private static bool IsToldAsHappened(IReadOnlyList<string> tokens, int i) =>
        !MentionLexicon.IsNotACrampCompound(tokens[i])
        && !MentionLexicon.IsCrampedPlace(tokens, i)
        && !IsNegatedBefore(tokens, i)
        && !(i + 1 < tokens.Count && MentionLexicon.NegatorsAfter.Contains(tokens[i + 1]))
        && !AnyBefore(tokens, i, IntentionReachBefore, MentionLexicon.Intentions)
        && !AnyAfter(tokens, i, IntentionReachAfter, MentionLexicon.Intentions)
        && !AnyBefore(tokens, i, HypotheticalReach, MentionLexicon.Hypotheticals);

    // "Cramps: none" – the denial is the next clause.
    private static bool IsDeniedByNextClause(IReadOnlyList<MentionClause> clauses, int c, int i) =>
        i == clauses[c].Tokens.Count - 1 && c + 1 < clauses.Count && MentionLexicon.NegatorsAfter.Contains(clauses[c + 1].Tokens[0]);

    // A negator reaches a few words on, but not over "and"/"so", and "no km 15" (Portuguese for "at km 15") is a place.
    private static bool IsNegatedBefore(IReadOnlyList<string> tokens, int i)
    {
        for (var j = i - 1; j >= Math.Max(0, i - NegationReach); j--)
        {
            if (MentionLexicon.Resets.Contains(tokens[j])) return false;
            if (!MentionLexicon.NegatorsBefore.Contains(tokens[j])) continue;
            if (j + 1 < tokens.Count && MentionLexicon.DistanceWords.Contains(tokens[j + 1])) continue;
            return true;
        }
        return false;
    }

    private static bool AnyBefore(IReadOnlyList<string> tokens, int i, int reach, HashSet<string> words)
    {
        for (var j = i - 1; j >= Math.Max(0, i - reach); j--)
        {
            if (MentionLexicon.Resets.Contains(tokens[j])) return false;
            if (words.Contains(tokens[j])) return true;
        }
        return false;
    }

    private static bool AnyAfter(IReadOnlyList<string> tokens, int i, int reach, HashSet<string> words)
    {
        for (var j = i + 1; j <= Math.Min(tokens.Count - 1, i + reach); j++)
        {
            if (MentionLexicon.Resets.Contains(tokens[j])) return false;
            if (words.Contains(tokens[j])) return true;
        }
        return false;
    }

    /// <summary>The muscle named in a clause nearest to word <paramref name="near"/> (any when -1); a thigh with "back" is a hamstring.</summary>
    private static Muscle? MuscleIn(MentionClause clause, int near)
    {
        var tokens = clause.Tokens;
        Muscle? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (MentionLexicon.MuscleOf(tokens[i]) is not Muscle m) continue;
            if (m == Muscle.Quadriceps && MentionLexicon.IsBackOfThigh(tokens, i)) m = Muscle.Hamstring;
            var distance = near < 0 ? i : Math.Abs(i - near);
            if (distance < bestDistance) (best, bestDistance) = (m, distance);
        }
        return best;
    }

    private static MentionPosition PositionOf(MentionClause clause) => MentionPositions.Read(clause.Folded);

    // Clauses without a cramp word of their own lend their muscle and place: "At km 31, my calf cramped".
    private static List<MentionClause> PlainClausesByNearness(IReadOnlyList<MentionClause> clauses, int from) =>
        Enumerable.Range(0, clauses.Count)
            .Where(c => c != from && !clauses[c].Tokens.Any(t => MentionLexicon.CrampLanguage(t) is not null))
            .OrderBy(c => Math.Abs(c - from)).ThenBy(c => c)
            .Select(c => clauses[c]).ToList();
}
