using System.Globalization;
using CrampSignals.Cramps;
using Xunit.Abstractions;

namespace CrampSignals.Tests.Cramps;

public class CrampMentionTests(ITestOutputHelper output)
{
    private sealed record Phrase(int Line, string Text, bool IsCramp, string Muscle, string Position);

    private static List<Phrase> Phrases()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Cramps", "cramp-phrases.tsv");
        var phrases = new List<Phrase>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#') || lines[i].StartsWith("text\t", StringComparison.Ordinal)) continue;
            var f = lines[i].Split('\t');
            Assert.True(f.Length == 4, $"cramp-phrases.tsv line {i + 1}: 4 columns expected, got {f.Length}");
            Assert.True(f[1] is "cramp" or "none", $"cramp-phrases.tsv line {i + 1}: expected is '{f[1]}'");
            phrases.Add(new Phrase(i + 1, f[0], f[1] == "cramp", f[2], f[3]));
        }
        return phrases;
    }

    [Fact]
    public void The_phrase_table_is_large_and_holds_every_language_with_mentions_and_denials()
    {
        var phrases = Phrases();
        Assert.True(phrases.Count >= 150, $"{phrases.Count} phrases");
        Assert.True(phrases.Count(p => p.IsCramp) >= 60);
        Assert.True(phrases.Count(p => !p.IsCramp) >= 60);
        var languages = phrases.SelectMany(p => CrampMentions.Read(p.Text)).Select(m => m.Language).ToHashSet();
        Assert.Equal(["de", "en", "es", "fr", "it", "nl", "pt"], languages.Order());
    }

    [Fact]
    public void Detection_has_precision_and_recall_of_at_least_95_percent()
    {
        int tp = 0, fp = 0, fn = 0;
        var misses = new List<string>();
        foreach (var p in Phrases())
        {
            var found = CrampMentions.Read(p.Text).Count > 0;
            if (found && p.IsCramp) tp++;
            else if (found) { fp++; misses.Add($"line {p.Line} false cramp: {p.Text}"); }
            else if (p.IsCramp) { fn++; misses.Add($"line {p.Line} missed: {p.Text}"); }
        }
        var precision = tp / (double)(tp + fp);
        var recall = tp / (double)(tp + fn);
        output.WriteLine($"{tp + fn} cramp phrases, {fp} false, {fn} missed: precision {precision:0.000}, recall {recall:0.000}");
        Assert.True(precision >= 0.95 && recall >= 0.95,
            $"precision {precision:0.000}, recall {recall:0.000}\n" + string.Join("\n", misses));
    }

    [Fact]
    public void Muscle_and_position_are_read_exactly_where_labelled()
    {
        var wrong = new List<string>();
        foreach (var p in Phrases().Where(p => p.IsCramp))
        {
            var mentions = CrampMentions.Read(p.Text);
            if (mentions.Count == 0) continue; // counted by the detection test
            var m = mentions[0];
            if (p.Muscle.Length > 0 && MuscleLabel(m.Muscle) != p.Muscle)
                wrong.Add($"line {p.Line} muscle {MuscleLabel(m.Muscle)}, labelled {p.Muscle}: {p.Text}");
            if (p.Position.Length > 0 && !PositionMatches(m, p.Position))
                wrong.Add($"line {p.Line} position {Describe(m)}, labelled {p.Position}: {p.Text}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Labelled_rows_check_muscles_and_every_kind_of_position()
    {
        var labelled = Phrases().Where(p => p.IsCramp).ToList();
        foreach (var muscle in new[] { "calf", "hamstring", "quadriceps", "foot", "other", "none" })
            Assert.Contains(labelled, p => p.Muscle == muscle);
        foreach (var kind in new[] { "at=", "end=", "t=", "after", "none" })
            Assert.Contains(labelled, p => p.Position.StartsWith(kind, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Calf cramp at km 31", "en")]
    [InlineData("Wadenkrampf bei km 18", "de")]
    [InlineData("Crampe au mollet", "fr")]
    [InlineData("Calambre en el gemelo", "es")]
    [InlineData("Crampo al polpaccio", "it")]
    [InlineData("Kramp in mijn kuit", "nl")]
    [InlineData("Cãibra na panturrilha", "pt")]
    [InlineData("Câimbra na coxa", "pt")]
    public void The_language_is_that_of_the_cramp_word(string text, string language) =>
        Assert.Equal(language, Assert.Single(CrampMentions.Read(text)).Language);

    [Fact]
    public void The_text_is_the_original_sentence_with_its_accents()
    {
        var m = Assert.Single(CrampMentions.Read("Belle sortie. Crampes aux mollets après l'arrivée !"));
        Assert.Equal("Crampes aux mollets après l'arrivée", m.Text);
        Assert.Equal(Muscle.Calf, m.Muscle);
        Assert.True(m.AfterRun);
    }

    [Fact]
    public void Each_clause_that_names_its_own_muscle_and_place_is_a_mention()
    {
        var ms = CrampMentions.Read("Calf cramp at km 30, hamstring cramp at km 38. Quads fine.");
        Assert.Equal(2, ms.Count);
        Assert.Equal((Muscle.Calf, 30_000.0), (ms[0].Muscle!.Value, ms[0].AtMeters!.Value));
        Assert.Equal((Muscle.Hamstring, 38_000.0), (ms[1].Muscle!.Value, ms[1].AtMeters!.Value));
        Assert.Equal("hamstring cramp at km 38", ms[1].Text);
    }

    [Fact]
    public void Repeated_cramp_words_in_one_sentence_are_one_mention()
    {
        var m = Assert.Single(CrampMentions.Read("Cramps, cramps, cramps at km 40"));
        Assert.Equal(40_000, m.AtMeters);
    }

    [Fact]
    public void Title_description_and_note_are_all_read_in_order()
    {
        var ms = CrampMentions.Read("Cramp city", "Calf went at km 31", "Krampf im Fuß in der Nacht");
        Assert.Equal(2, ms.Count);
        Assert.Equal("en", ms[0].Language);
        Assert.Equal(Muscle.Foot, ms[1].Muscle);
        Assert.True(ms[1].AfterRun);
        Assert.Empty(CrampMentions.Read(null, "", "   "));
    }

    [Fact]
    public void No_stated_position_means_no_position()
    {
        var m = Assert.Single(CrampMentions.Read("Marathon in 3:05:12, 42.2 km, calf cramped badly"));
        Assert.Null(m.AtMeters);
        Assert.Null(m.FromEndMeters);
        Assert.Null(m.Elapsed);
        Assert.False(m.AfterRun);
    }

    [Fact]
    public void A_pace_or_a_clock_time_of_day_is_not_a_time_into_the_run()
    {
        Assert.Null(Assert.Single(CrampMentions.Read("Calf cramp at 4:30/km pace")).Elapsed);
        Assert.Null(Assert.Single(CrampMentions.Read("Wadenkrampf um 7:30 Uhr")).Elapsed);
        Assert.Equal(TimeSpan.FromMinutes(105), Assert.Single(CrampMentions.Read("Calf cramp at 1:45")).Elapsed);
    }

    [Fact]
    public void A_denial_or_a_prevention_ends_at_but()
    {
        var m = Assert.Single(CrampMentions.Read("Stretched to avoid cramps but still cramped at km 30"));
        Assert.Equal(30_000, m.AtMeters);
        Assert.Equal("Stretched to avoid cramps but still cramped at km 30", m.Text);
    }

    [Theory]
    [InlineData("Cramp at km 30?")]
    [InlineData("no cramps")]
    [InlineData("Kein Krampf")]
    [InlineData("sans crampe")]
    [InlineData("sin calambres")]
    [InlineData("senza crampi")]
    [InlineData("geen kramp")]
    [InlineData("sem cãibras")]
    [InlineData("om kramp te voorkomen")]
    [InlineData("per evitare i crampi")]
    public void Questions_denials_and_intentions_are_no_cramps(string text) => Assert.Empty(CrampMentions.Read(text));

    [Theory]
    [InlineData("Calf cramp at km 21,5", 21_500.0)]
    [InlineData("Calf cramp at km 21.5", 21_500.0)]
    [InlineData("Wadenkrampf bei 18,5 km", 18_500.0)]
    [InlineData("cramp at mile 20", 32_186.88)]
    public void Distances_accept_decimal_commas_and_miles(string text, double meters) =>
        Assert.Equal(meters, Assert.Single(CrampMentions.Read(text)).AtMeters!.Value, 6);

    [Fact]
    public void Any_text_is_read_without_failing()
    {
        var random = new Random(20);
        var alphabet = "cramp krampf Wade km 21,5 1:45 no ! ? . , : ( ) – 😩 é ß ' \n\t0123456789abcdefghij";
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            foreach (var m in CrampMentions.Read(new string(chars)))
            {
                Assert.False(string.IsNullOrWhiteSpace(m.Text));
                Assert.Contains(m.Language, new[] { "en", "de", "fr", "es", "it", "nl", "pt" });
            }
        }
        var lone = new string('\uD83D', 3) + "cramp" + "\uDE29";
        Assert.Single(CrampMentions.Read(lone));
    }

    private static string MuscleLabel(Muscle? m) => m is Muscle x ? x.ToId() : "none";

    private static bool PositionMatches(CrampMention m, string label)
    {
        if (label == "none") return m is { AtMeters: null, FromEndMeters: null, Elapsed: null, AfterRun: false };
        if (label == "after") return m.AfterRun && m.AtMeters is null && m.Elapsed is null;
        var value = label[(label.IndexOf('=') + 1)..];
        return label[..label.IndexOf('=')] switch
        {
            "at" => m.AtMeters is double a && Math.Abs(a - Meters(value)) < 0.01,
            "end" => m.FromEndMeters is double e && Math.Abs(e - Meters(value)) < 0.01,
            "t" => m.Elapsed == TimeSpan.Parse(value, CultureInfo.InvariantCulture),
            _ => throw new InvalidDataException($"unknown position label '{label}'"),
        };
    }

    private static double Meters(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static string Describe(CrampMention m) =>
        $"at={m.AtMeters?.ToString(CultureInfo.InvariantCulture)} end={m.FromEndMeters?.ToString(CultureInfo.InvariantCulture)} t={m.Elapsed} after={m.AfterRun}";
}
