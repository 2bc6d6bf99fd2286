using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CrampSignals.Cramps;

/// <summary>One clause of a sentence: its original words and the folded form the lexicon matches.</summary>
internal sealed record MentionClause(string Original, string Folded, IReadOnlyList<string> Tokens);

/// <summary>One sentence cut into clauses; <see cref="IsQuestion"/> when it ends in '?' without '!'.</summary>
internal sealed record MentionSentence(string Original, IReadOnlyList<MentionClause> Clauses, bool IsQuestion);

/// <summary>Cuts free text into sentences and clauses, and folds words so "Krämpfe", "KRAMPFE" and "krampfe" match alike.</summary>
internal static partial class MentionText
{
    /// <summary>The sentences of <paramref name="text"/>, each cut into non-empty clauses.</summary>
    public static List<MentionSentence> Sentences(string text)
    {
        var result = new List<MentionSentence>();
        foreach (var (sentence, question) in SplitSentences(text))
        {
            var clauses = new List<MentionClause>();
            foreach (var part in SplitClauses(sentence))
                foreach (var piece in Conjunction().Split(part))
                    if (Clause(piece) is MentionClause c) clauses.Add(c);
            if (clauses.Count > 0) result.Add(new MentionSentence(sentence.Trim(), clauses, question));
        }
        return result;
    }

    /// <summary>Lower case, no diacritics, ß as ss, apostrophes dropped ("didn't" → didnt, "l'arrivée" → larrivee).</summary>
    public static string Fold(string text)
    {
        // The library runs with invariant globalization, where string.Normalize cannot decompose, so accents are mapped by hand.
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\'' or '’' or '‘' or '`' or 'ʼ') continue;
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (Unaccented(lower) is string plain) sb.Append(plain);
            else sb.Append(lower);
        }
        return sb.ToString();
    }

    private static string? Unaccented(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā' => "a",
        'ç' => "c",
        'è' or 'é' or 'ê' or 'ë' or 'ē' => "e",
        'ì' or 'í' or 'î' or 'ï' or 'ī' => "i",
        'ñ' => "n",
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ō' => "o",
        'ù' or 'ú' or 'û' or 'ü' or 'ū' => "u",
        'ý' or 'ÿ' => "y",
        'ß' or 'ẞ' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        _ => null,
    };

    /// <summary>The words and numbers of a folded text, in order.</summary>
    public static List<string> Tokens(string folded) => Word().Matches(folded).Select(m => m.Value).ToList();

    private static MentionClause? Clause(string original)
    {
        var trimmed = original.Trim();
        if (trimmed.Length == 0) return null;
        var folded = Fold(trimmed);
        var tokens = Tokens(folded);
        return tokens.Count == 0 ? null : new MentionClause(trimmed, folded, tokens);
    }

    private static IEnumerable<(string Text, bool Question)> SplitSentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsSentenceEnd(text, i)) continue;
            var end = i;
            while (end + 1 < text.Length && IsSentenceEnd(text, end + 1)) end++;
            var marks = text[i..(end + 1)];
            yield return (text[start..i], marks.Contains('?') && !marks.Contains('!'));
            start = end + 1;
            i = end;
        }
        if (start < text.Length) yield return (text[start..], false);
    }

    private static IEnumerable<string> SplitClauses(string sentence)
    {
        var start = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            var width = ClauseBreakWidth(sentence, i);
            if (width == 0) continue;
            yield return sentence[start..i];
            start = i + width;
            i = start - 1;
        }
        if (start < sentence.Length) yield return sentence[start..];
    }

    // '.' ends a sentence unless it sits between digits ("21.5").
    private static bool IsSentenceEnd(string s, int i) => s[i] switch
    {
        '!' or '?' or '…' or ';' or '\n' or '\r' => true,
        '.' => !BetweenDigits(s, i),
        _ => false,
    };

    // Commas and colons between digits are a decimal comma or a clock ("km 21,5", "at 1:45"), not a break.
    // Emoji and other symbols, brackets and spaced dashes break a clause so "No PB 😭 cramps at km 35" is not read as "no cramps".
    private static int ClauseBreakWidth(string s, int i)
    {
        var c = s[i];
        if (c is ',' or ':') return BetweenDigits(s, i) ? 0 : 1;
        if (c is '(' or ')' or '[' or ']' or '"' or '“' or '”' or '«' or '»' or '|') return 1;
        if (c is '–' or '—') return 1;
        if (c == '-' && i > 0 && i + 1 < s.Length && s[i - 1] == ' ' && s[i + 1] == ' ') return 1;
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) return 2;
        if (char.IsSurrogate(c)) return 1;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol ? 1 : 0;
    }

    private static bool BetweenDigits(string s, int i) =>
        i > 0 && i + 1 < s.Length && char.IsDigit(s[i - 1]) && char.IsDigit(s[i + 1]);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    // Words that turn a sentence to another matter: "stretched to avoid cramps but cramped at km 30" is two clauses.
    [GeneratedRegex(@"\b(?:but|though|although|however|then|aber|dann|mais|puis|pero|sino|luego|ma|poi|però|maar|daarna|porém|contudo)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conjunction();
}
