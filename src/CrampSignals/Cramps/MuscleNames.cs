namespace CrampSignals.Cramps;

/// <summary>The names cramp logs use for a <see cref="Muscle"/>, and reading them back from a runner's own words.</summary>
internal static class MuscleNames
{
    /// <summary>The lower-case id written to logs: <c>calf</c>, <c>hamstring</c>, <c>quadriceps</c>, <c>foot</c>, <c>other</c>.</summary>
    public static string ToId(this Muscle muscle) => muscle switch
    {
        Muscle.Calf => "calf",
        Muscle.Hamstring => "hamstring",
        Muscle.Quadriceps => "quadriceps",
        Muscle.Foot => "foot",
        _ => "other",
    };

    /// <summary>
    /// The muscle a log field names (case-insensitive; plurals and common words such as "quad", "calves", "hammy",
    /// "toes" and "arch" accepted), or null when the word is not one of them.
    /// </summary>
    public static Muscle? Parse(string text)
    {
        var n = text.Trim().ToLowerInvariant();
        return n switch
        {
            "calf" or "calves" or "gastrocnemius" or "soleus" or "gastroc" => Muscle.Calf,
            "hamstring" or "hamstrings" or "hammy" or "hamstring muscle" => Muscle.Hamstring,
            "quadriceps" or "quad" or "quads" or "quadricep" => Muscle.Quadriceps,
            "foot" or "feet" or "toe" or "toes" or "arch" or "sole" => Muscle.Foot,
            "other" or "" => Muscle.Other,
            _ => null,
        };
    }

    /// <summary>The first muscle a free text mentions ("left calf cramp at km 18" → calf), or null.</summary>
    public static Muscle? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (var w in Words(text))
            if (w != "other" && Parse(w) is Muscle m) return m;
        return null;
    }

    /// <summary>"left", "right" or "both" from a log field ("L", "R", "left leg", "both legs"), null when empty; throws nothing, returns null for anything else.</summary>
    public static string? ParseSide(string text)
    {
        var n = text.Trim().ToLowerInvariant();
        return n switch
        {
            "left" or "l" or "left leg" or "lt" => "left",
            "right" or "r" or "right leg" or "rt" => "right",
            "both" or "b" or "both legs" or "bilateral" => "both",
            _ => null,
        };
    }

    /// <summary>The side a free text mentions ("right calf" → right, "(left)" → left), or null.</summary>
    public static string? FindSide(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = Words(text);
        var left = words.Contains("left");
        var right = words.Contains("right");
        return words.Contains("both") || (left && right) ? "both" : left ? "left" : right ? "right" : null;
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', ';', ':', '.', '-', '_', '/', '(', ')', '!', '?', '"', '\'', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
}
