namespace CrampSignals.Cramps;

/// <summary>
/// The folded words (see <see cref="MentionText.Fold"/>) that say cramp, no cramp, not yet a cramp and which muscle,
/// in English, German, French, Spanish, Italian, Dutch and Portuguese.
/// </summary>
internal static class MentionLexicon
{
    /// <summary>The language of a cramp word ("cramped" → en, "wadenkrampf" → de, "caibras" → pt), or null when the word is none.</summary>
    public static string? CrampLanguage(string token)
    {
        if (token.Contains("krampfader", StringComparison.Ordinal)) return null; // varicose vein
        if (token.Contains("krampf", StringComparison.Ordinal)) return "de";
        if (token.Contains("kramp", StringComparison.Ordinal)) return "nl";
        if (token.Contains("calambr", StringComparison.Ordinal)) return "es";
        if (token.Contains("caibr", StringComparison.Ordinal) || token.Contains("caimbr", StringComparison.Ordinal)) return "pt";
        if (token is "crampe" or "crampes" or "crampee" or "crampees") return "fr";
        if (token is "crampo" or "crampi") return "it";
        if (token.StartsWith("cramp", StringComparison.Ordinal) && !token.StartsWith("crampon", StringComparison.Ordinal)) return "en";
        return null;
    }

    /// <summary>True for a cramp word that is itself a negation or a risk ("cramp-free" written as one, "krampffrei", "Krampfgefahr").</summary>
    public static bool IsNotACrampCompound(string token) =>
        token.Length > 6 && (token.EndsWith("free", StringComparison.Ordinal) || token.EndsWith("frei", StringComparison.Ordinal)
            || token.EndsWith("los", StringComparison.Ordinal) || token.EndsWith("gefahr", StringComparison.Ordinal)
            || token.EndsWith("risiko", StringComparison.Ordinal) || token.EndsWith("vrij", StringComparison.Ordinal));

    /// <summary>Words that, shortly before a cramp word, deny it ("no", "kein", "sans", "sin", "senza", "geen", "sem").</summary>
    public static readonly HashSet<string> NegatorsBefore =
    [
        "no", "not", "without", "zero", "never", "none", "didnt", "dont", "wasnt", "nor", "free", "0", "nary", "avoided", "escaped",
        "kein", "keine", "keinen", "keinem", "keiner", "keinerlei", "nicht", "ohne", "nie", "niemals", "null",
        "pas", "sans", "aucune", "aucun", "jamais", "ni", "zero",
        "sin", "ningun", "ninguno", "ninguna", "nunca", "cero",
        "nessun", "nessuno", "nessuna", "senza", "niente", "mai", "non",
        "geen", "zonder", "nooit", "niet", "nul",
        "sem", "nenhuma", "nenhum", "nao", "nem",
    ];

    /// <summary>Words that, just after a cramp word, deny it ("cramp-free", "cramps: none", "Krämpfe: keine").</summary>
    public static readonly HashSet<string> NegatorsAfter =
    [
        "free", "none", "nope", "zero", "0", "frei", "keine", "aucune", "ninguno", "ninguna", "nessuno", "geen", "vrij", "nenhuma", "nenhum", "libre", "libres",
    ];

    /// <summary>Words of prevention near a cramp word: "to avoid cramps", "um Krämpfe zu vermeiden", "om kramp te voorkomen".</summary>
    public static readonly HashSet<string> Intentions =
    [
        "avoid", "avoiding", "prevent", "preventing", "prevention", "against", "anti", "ward", "stave", "avoided", "prevented",
        "vermeiden", "vermieden", "vorbeugen", "vorzubeugen", "vorbeugend", "vorbeugung", "verhindern", "verhindert", "gegen",
        "eviter", "evite", "prevenir", "contre", "prevention",
        "evitar", "evitado", "prevencion", "contra",
        "evitare", "evitato", "prevenire", "contro", "prevenzione",
        "voorkomen", "vermijden", "vermeden", "tegen",
        "prevencao",
    ];

    /// <summary>Words of worry, chance or a near miss: "worried about cramps", "Angst vor Krämpfen", "almost cramped".</summary>
    public static readonly HashSet<string> Hypotheticals =
    [
        "worried", "worry", "worrying", "afraid", "fear", "feared", "scared", "nervous", "risk", "hoping", "hope", "hopefully", "case", "if",
        "whether", "might", "almost", "nearly", "threatening", "threatened", "verge",
        "angst", "sorge", "sorgen", "befurchtet", "falls", "ob", "risiko", "gefahr", "beinahe", "drohte", "drohten",
        "peur", "crainte", "cas", "risque", "presque",
        "miedo", "temor", "caso", "riesgo", "quizas", "casi",
        "paura", "timore", "rischio", "forse", "quasi",
        "bang", "geval", "risico", "misschien", "bijna",
        "medo", "receio", "risco", "talvez", "quase",
    ];

    /// <summary>Words after which a new thought starts, ending a negation's reach ("no gels and cramped at km 30").</summary>
    public static readonly HashSet<string> Resets = ["and", "so", "und", "also", "et", "donc", "y", "e", "en", "entonces", "quindi", "dus", "entao"];

    /// <summary>Words naming a distance marker; "no km 15" (Portuguese "at km 15") is no negation.</summary>
    public static readonly HashSet<string> DistanceWords = ["km", "kms", "mile", "mi", "milha", "kilometer", "kilometre", "kilometro", "quilometro", "chilometro"];

    // "cramped" also means small: "a cramped start corral" is no cramp.
    private static readonly HashSet<string> CrampedPlaces =
        ["quarters", "room", "space", "corral", "corrals", "bus", "car", "plane", "seat", "seats", "hotel", "tent", "conditions", "start", "apartment", "flat"];

    /// <summary>True when "cramped" stands near a place ("cramped start corral", "the bus was cramped") and so is about space.</summary>
    public static bool IsCrampedPlace(IReadOnlyList<string> tokens, int i)
    {
        if (tokens[i] != "cramped") return false;
        for (var j = Math.Max(0, i - 3); j < Math.Min(tokens.Count, i + 3); j++)
            if (CrampedPlaces.Contains(tokens[j])) return true;
        return false;
    }

    private static readonly Dictionary<string, Muscle> MuscleWords = new()
    {
        ["calf"] = Muscle.Calf, ["calves"] = Muscle.Calf, ["calfs"] = Muscle.Calf, ["wade"] = Muscle.Calf, ["waden"] = Muscle.Calf,
        ["mollet"] = Muscle.Calf, ["mollets"] = Muscle.Calf, ["gemelo"] = Muscle.Calf, ["gemelos"] = Muscle.Calf,
        ["pantorrilla"] = Muscle.Calf, ["pantorrillas"] = Muscle.Calf, ["polpaccio"] = Muscle.Calf, ["polpacci"] = Muscle.Calf,
        ["gemelli"] = Muscle.Calf, ["kuit"] = Muscle.Calf, ["kuiten"] = Muscle.Calf, ["panturrilha"] = Muscle.Calf,
        ["panturrilhas"] = Muscle.Calf, ["gemeo"] = Muscle.Calf, ["gemeos"] = Muscle.Calf, ["soleo"] = Muscle.Calf, ["kuitspier"] = Muscle.Calf,
        ["hamstring"] = Muscle.Hamstring, ["hamstrings"] = Muscle.Hamstring, ["hammies"] = Muscle.Hamstring,
        ["ischio"] = Muscle.Hamstring, ["ischios"] = Muscle.Hamstring, ["ischiojambiers"] = Muscle.Hamstring, ["jambiers"] = Muscle.Hamstring,
        ["isquiotibiales"] = Muscle.Hamstring, ["isquiotibial"] = Muscle.Hamstring, ["isquio"] = Muscle.Hamstring, ["isquios"] = Muscle.Hamstring, ["femoral"] = Muscle.Hamstring,
        ["ischiocrurali"] = Muscle.Hamstring, ["ischiotibiali"] = Muscle.Hamstring, ["bicipite"] = Muscle.Hamstring,
        ["isquiotibiais"] = Muscle.Hamstring, ["oberschenkelruckseite"] = Muscle.Hamstring, ["beinbeuger"] = Muscle.Hamstring,
        ["quadriceps"] = Muscle.Quadriceps, ["quadrizeps"] = Muscle.Quadriceps, ["oberschenkel"] = Muscle.Quadriceps,
        ["cuadriceps"] = Muscle.Quadriceps, ["quadricipite"] = Muscle.Quadriceps, ["quadricipiti"] = Muscle.Quadriceps,
        ["bovenbeen"] = Muscle.Quadriceps, ["bovenbenen"] = Muscle.Quadriceps, ["dijbeen"] = Muscle.Quadriceps, ["quadri"] = Muscle.Quadriceps,
        ["thigh"] = Muscle.Quadriceps, ["thighs"] = Muscle.Quadriceps, ["cuisse"] = Muscle.Quadriceps, ["cuisses"] = Muscle.Quadriceps,
        ["muslo"] = Muscle.Quadriceps, ["coscia"] = Muscle.Quadriceps, ["coxa"] = Muscle.Quadriceps,
        ["fuss"] = Muscle.Foot, ["fusse"] = Muscle.Foot, ["fusssohle"] = Muscle.Foot, ["zeh"] = Muscle.Foot, ["zehen"] = Muscle.Foot,
        ["pied"] = Muscle.Foot, ["pieds"] = Muscle.Foot, ["orteil"] = Muscle.Foot, ["orteils"] = Muscle.Foot, ["pie"] = Muscle.Foot,
        ["pies"] = Muscle.Foot, ["piede"] = Muscle.Foot, ["piedi"] = Muscle.Foot, ["voet"] = Muscle.Foot, ["voeten"] = Muscle.Foot,
        ["voetzool"] = Muscle.Foot, ["tenen"] = Muscle.Foot, ["pe"] = Muscle.Foot, ["pes"] = Muscle.Foot, ["dedos"] = Muscle.Foot,
        ["adductor"] = Muscle.Other, ["adductors"] = Muscle.Other, ["groin"] = Muscle.Other, ["glute"] = Muscle.Other, ["hip"] = Muscle.Other,
        ["shin"] = Muscle.Other, ["stomach"] = Muscle.Other, ["abs"] = Muscle.Other, ["adduktoren"] = Muscle.Other, ["leiste"] = Muscle.Other,
        ["bauch"] = Muscle.Other, ["adducteur"] = Muscle.Other, ["adducteurs"] = Muscle.Other, ["aductor"] = Muscle.Other,
        ["aductores"] = Muscle.Other, ["adduttore"] = Muscle.Other, ["adduttori"] = Muscle.Other, ["lies"] = Muscle.Other, ["virilha"] = Muscle.Other,
    };

    // Words for "back" that turn a thigh into a hamstring: "back of the thigh", "arrière de la cuisse", "hinterer Oberschenkel".
    private static readonly HashSet<string> BackWords = ["back", "rear", "posterior", "hinterer", "hinteren", "hintere", "arriere", "achterkant", "posteriore", "trasero", "hinten"];

    /// <summary>The muscle a folded word names, compounds included ("wadenkrampf", "kuitkramp"), or null.</summary>
    public static Muscle? MuscleOf(string token)
    {
        if (token.Length == 0 || token == "other") return null;
        if (MuscleWords.TryGetValue(token, out var m)) return m;
        if (MuscleNames.Parse(token) is Muscle english) return english;
        if (token.Contains("wade", StringComparison.Ordinal) || token.StartsWith("kuit", StringComparison.Ordinal)) return Muscle.Calf;
        if (token.StartsWith("oberschenkel", StringComparison.Ordinal)) return Muscle.Quadriceps;
        if (token.StartsWith("fuss", StringComparison.Ordinal) || token.StartsWith("voet", StringComparison.Ordinal)) return Muscle.Foot;
        // Folding drops apostrophes, so an elided article sticks to its noun: "l'ischio" reads "lischio", "all'adduttore" "alladduttore".
        foreach (var article in ElidedArticles)
            if (token.Length > article.Length + 2 && token.StartsWith(article, StringComparison.Ordinal)
                && MuscleWords.TryGetValue(token[article.Length..], out var elided)) return elided;
        return null;
    }

    // French and Italian articles and prepositions that elide before a vowel, longest first.
    private static readonly string[] ElidedArticles = ["dell", "nell", "sull", "all", "dall", "un", "l", "d"];

    /// <summary>True when a back word stands within two words before a thigh word, making it a hamstring.</summary>
    public static bool IsBackOfThigh(IReadOnlyList<string> tokens, int thigh)
    {
        for (var j = Math.Max(0, thigh - 3); j < thigh; j++)
            if (BackWords.Contains(tokens[j])) return true;
        for (var j = thigh + 1; j < Math.Min(tokens.Count, thigh + 2); j++)
            if (BackWords.Contains(tokens[j])) return true;
        return false;
    }
}
