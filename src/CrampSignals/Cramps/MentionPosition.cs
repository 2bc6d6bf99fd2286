using System.Globalization;
using System.Text.RegularExpressions;

namespace CrampSignals.Cramps;

/// <summary>Where in (or after) a run a clause places a cramp; every part is null/false when the clause says nothing.</summary>
internal readonly record struct MentionPosition(double? AtMeters, double? FromEndMeters, TimeSpan? Elapsed, bool AfterRun)
{
    /// <summary>True when any part was stated.</summary>
    public bool IsStated => AtMeters is not null || FromEndMeters is not null || Elapsed is not null || AfterRun;

    /// <summary>This position, with the parts it lacks taken from <paramref name="other"/>.</summary>
    public MentionPosition Or(MentionPosition other) =>
        new(AtMeters ?? other.AtMeters, FromEndMeters ?? other.FromEndMeters, Elapsed ?? other.Elapsed, AfterRun || other.AfterRun);
}

/// <summary>Reads positions from folded text (see <see cref="MentionText.Fold"/>): "at km 31", "mile 18", "at 1:45", "in the last 2 km", "after the finish".</summary>
internal static partial class MentionPositions
{
    private const double MetersPerMile = 1609.344;

    /// <summary>The position a folded clause states; nothing is guessed when it states none.</summary>
    public static MentionPosition Read(string folded)
    {
        var rest = folded;
        var fromEnd = FromEnd(ref rest);
        return new MentionPosition(AtDistance(rest), fromEnd, Elapsed(rest), AfterRun(folded));
    }

    // Read first and blanked out, so the "2 km" of "the last 2 km" is not also read as "at 2 km".
    private static double? FromEnd(ref string folded)
    {
        // "les 5 derniers km" before "last km", so its 5 is not lost.
        var m = NumberThenLast().Match(folded);
        if (!m.Success) m = LastDistance().Match(folded);
        if (!m.Success) m = DistanceToGo().Match(folded);
        if (!m.Success) return null;
        folded = folded.Remove(m.Index, m.Length).Insert(m.Index, new string(' ', m.Length));
        var amount = m.Groups["n"].Success ? Number(m.Groups["n"].Value) : 1;
        return amount * UnitMeters(m.Groups["u"].Value);
    }

    private static double? AtDistance(string folded)
    {
        var m = MarkerThenNumber().Match(folded);
        if (!m.Success) m = PrepositionNumberUnit().Match(folded);
        return m.Success ? Number(m.Groups["n"].Value) * UnitMeters(m.Groups["u"].Value) : null;
    }

    private static TimeSpan? Elapsed(string folded)
    {
        var clock = Clock().Match(folded);
        if (clock.Success)
        {
            var h = int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture);
            var min = int.Parse(clock.Groups["m"].Value, CultureInfo.InvariantCulture);
            var s = clock.Groups["s"].Success ? int.Parse(clock.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
            return min < 60 && s < 60 ? new TimeSpan(h, min, s) : null;
        }
        var minutes = Minutes().Match(folded);
        return minutes.Success ? TimeSpan.FromMinutes(Number(minutes.Groups["n"].Value)) : null;
    }

    private static bool AfterRun(string folded) => AfterFinish().IsMatch(folded) || Night().IsMatch(folded);

    private static double Number(string text) => double.Parse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double UnitMeters(string unit) => unit.StartsWith("mi", StringComparison.Ordinal) ? MetersPerMile : 1000;

    private const string Num = @"(?<n>\d{1,3}(?:[.,]\d{1,2})?)";
    private const string Unit = @"(?<u>km|kms|k|kilometers?|kilometres?|kilometern?|kilometri|kilometros?|chilometri|chilometro|quilometros?|miles?|mi|milhas?)";

    [GeneratedRegex(@"\b(?:last|final|letzten|letzte|dernier|derniers|ultimos|ultimo|ultimi|laatste)\s+(?:" + Num + @"\s*)?" + Unit + @"\b")]
    private static partial Regex LastDistance();

    [GeneratedRegex(@"\b" + Num + @"\s*" + Unit + @"\s+(?:before\s+the\s+(?:finish|end)|from\s+the\s+(?:finish|end)|to\s+go|left|vor\s+dem\s+ziel|avant\s+larrivee|de\s+larrivee|antes\s+de\s+la\s+meta|de\s+la\s+meta|prima\s+del\s+traguardo|dal\s+traguardo|dallarrivo|voor\s+de\s+finish|antes\s+da\s+chegada|da\s+chegada)|\b(?:a\s+falta\s+de|faltando|faltavam|mancavano|mancando|noch)\s+" + Num + @"\s*" + Unit + @"\b(?!\s+(?:in|into|nach|de\s+carrera))")]
    private static partial Regex DistanceToGo();

    [GeneratedRegex(@"\b" + Num + @"\s+(?:derniers|ultimos|ultimi|laatste|last)\s+" + Unit + @"\b")]
    private static partial Regex NumberThenLast();

    [GeneratedRegex(@"\b(?<u>km|kms|kilometer|kilometre|kilometro|chilometro|quilometro|mile|mi|milha)\s*\.?\s*" + Num + @"\b(?!\s*(?:km|k|mi)\b)")]
    private static partial Regex MarkerThenNumber();

    // "21 km" alone is often the race ("my 21 km"), so it counts only after a word of place: "at 31 km", "bei 18 km", "after 30k".
    [GeneratedRegex(@"\b(?:at|around|after|by|near|bei|nach|ab|um|au|vers|apres|al|alla|dopo|bij|rond|na|aos|ao|depois\s+de|a\s+los|op)\s+(?:the\s+|dem\s+|den\s+|le\s+|el\s+|los\s+|il\s+|het\s+|o\s+|os\s+)?" + Num + @"\s*" + Unit + @"\b")]
    private static partial Regex PrepositionNumberUnit();

    // A clock after a word of time, not a pace ("at 4:30/km", "4:45 pace") nor a time of day ("um 7:30 Uhr", "at 6:30am").
    [GeneratedRegex(@"\b(?:at|around|after|bei|nach|um|ca|apres|vers|a|a\s+las|a\s+la|al|alle|dopo|na|om|bij|as|aos|depois\s+de|rond)\s+(?<h>\d{1,2})[:h](?<m>\d{2})(?::(?<s>\d{2}))?\b(?!\s*(?:/|min|am\b|pm\b|uhr|pace|per\b|tempo|ritmo|rythme))")]
    private static partial Regex Clock();

    [GeneratedRegex(@"\b(?:at|around|after|bei|nach|apres|a\s+los|al|dopo|na|bij|aos|depois\s+de)\s+" + Num + @"\s*(?:min|mins|minutes|minuten|minutos|minuti)\b")]
    private static partial Regex Minutes();

    [GeneratedRegex(@"\b(?:after\s+(?:the\s+)?(?:finish|finishing|race|run|marathon)|post\s*(?:race|run|marathon)|after\s+crossing|at\s+the\s+finish|nach\s+dem\s+(?:ziel|lauf|rennen|zieleinlauf)|im\s+ziel|nach\s+zieleinlauf|apres\s+(?:larrivee|la\s+course|la\s+ligne)|a\s+larrivee|despues\s+de\s+(?:la\s+meta|la\s+carrera|cruzar)|tras\s+(?:la\s+meta|la\s+carrera)|en\s+meta|dopo\s+(?:larrivo|la\s+gara|il\s+traguardo)|al\s+traguardo|na\s+(?:de\s+)?(?:finish|finnish|wedstrijd|afloop)|depois\s+da\s+(?:chegada|prova|corrida)|apos\s+a\s+(?:chegada|prova|corrida)|na\s+chegada)\b")]
    private static partial Regex AfterFinish();

    [GeneratedRegex(@"\b(?:that\s+night|all\s+night|ganze\s+nacht|ganzen\s+nacht|toute\s+la\s+nuit|toda\s+la\s+noche|tutta\s+la\s+notte|hele\s+nacht|a\s+noite\s+toda|at\s+night|in\s+the\s+night|overnight|last\s+night|during\s+the\s+night|in\s+bed|woke\s+(?:me\s+)?up|in\s+der\s+nacht|nachts|heute\s+nacht|im\s+bett|la\s+nuit|cette\s+nuit|dans\s+la\s+nuit|au\s+lit|por\s+la\s+noche|esa\s+noche|de\s+noche|en\s+la\s+cama|di\s+notte|la\s+notte|stanotte|nel\s+letto|s\s+nachts|vannacht|in\s+de\s+nacht|in\s+bed|a\s+noite|de\s+noite|durante\s+a\s+noite|na\s+cama)\b")]
    private static partial Regex Night();
}
