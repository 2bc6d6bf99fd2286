using CrampSignals.Cramps;

namespace CrampSignals.Simulation.Archives;

/// <summary>Where a planted cramp text places the cramp.</summary>
internal enum PhrasePosition
{
    /// <summary>"at km 31": a distance into the run.</summary>
    AtKm,
    /// <summary>"km 21" with no word of place.</summary>
    KmMarker,
    /// <summary>"at mile 18".</summary>
    AtMile,
    /// <summary>"at 1:45": hours and minutes into the run.</summary>
    Clock,
    /// <summary>"in the last 2 km".</summary>
    LastKm,
    /// <summary>"after the finish".</summary>
    AfterFinish,
    /// <summary>"that night".</summary>
    Night,
    /// <summary>No position stated.</summary>
    None,
}

/// <summary>A cramp text with a hole for its number: <c>{n}</c> (km, miles) or <c>{clock}</c> (h:mm; French writes 1h45).</summary>
internal sealed record PhraseTemplate(string Language, PhrasePosition Position, Muscle? Muscle, string Text);

/// <summary>
/// The cramp texts a runner writes, in the seven languages the project reads, and texts about cramps that are not one.
/// Worded like the project's phrase table (tests/…/cramp-phrases.tsv), varied within what its reader understands.
/// </summary>
internal static class CrampPhrases
{
    public static readonly string[] Languages = ["en", "de", "fr", "es", "it", "nl", "pt"];

    public static readonly PhraseTemplate[] Templates =
    [
        new("en", PhrasePosition.AtKm, Muscle.Calf, "Calf cramp at km {n}, had to walk for a bit"),
        new("en", PhrasePosition.AtKm, Muscle.Calf, "my calf cramped up around km {n} and I had to stop and stretch"),
        new("en", PhrasePosition.AtKm, Muscle.Hamstring, "Hamstring cramped at km {n}, hobbled on"),
        new("en", PhrasePosition.AtKm, null, "Cramped up bad @ km {n}, walked it off"),
        new("en", PhrasePosition.KmMarker, Muscle.Calf, "calf cramp km {n}"),
        new("en", PhrasePosition.AtMile, Muscle.Hamstring, "cramp in right hamstring at mile {n}"),
        new("en", PhrasePosition.AtMile, Muscle.Calf, "Left calf cramped at mile {n}"),
        new("en", PhrasePosition.Clock, Muscle.Quadriceps, "Quad cramped at {clock} into the run"),
        new("en", PhrasePosition.Clock, Muscle.Foot, "Nasty foot cramp at {clock}"),
        new("en", PhrasePosition.LastKm, Muscle.Hamstring, "Hamstring cramping in the last {n} km, limped home"),
        new("en", PhrasePosition.LastKm, Muscle.Calf, "Calf cramp in the last {n} km"),
        new("en", PhrasePosition.AfterFinish, Muscle.Foot, "Foot cramp after the finish, toes curled up"),
        new("en", PhrasePosition.AfterFinish, Muscle.Calf, "Both calves cramped after the run"),
        new("en", PhrasePosition.Night, Muscle.Calf, "Woke up that night with a horrible calf cramp"),
        new("en", PhrasePosition.None, Muscle.Calf, "Crampy calves the whole second half"),

        new("de", PhrasePosition.AtKm, Muscle.Calf, "Wadenkrampf bei km {n}, musste kurz gehen"),
        new("de", PhrasePosition.AtKm, Muscle.Calf, "Krampf in der Wade bei km {n}"),
        new("de", PhrasePosition.AtKm, Muscle.Foot, "Fußkrampf bei km {n}"),
        new("de", PhrasePosition.Clock, Muscle.Quadriceps, "KRAMPF im Oberschenkel bei {clock}"),
        new("de", PhrasePosition.LastKm, Muscle.Quadriceps, "Oberschenkel krampfte in den letzten {n} km"),
        new("de", PhrasePosition.AfterFinish, Muscle.Calf, "Krämpfe in beiden Waden nach dem Ziel"),
        new("de", PhrasePosition.Night, Muscle.Calf, "In der Nacht Wadenkrampf, furchtbar"),
        new("de", PhrasePosition.None, Muscle.Calf, "Hatte wieder Krämpfe, Wade links"),

        new("fr", PhrasePosition.AtKm, Muscle.Calf, "Crampe au mollet au km {n}"),
        new("fr", PhrasePosition.AtKm, Muscle.Calf, "Vers le km {n} crampe aux mollets, dur dur"),
        new("fr", PhrasePosition.LastKm, Muscle.Calf, "Crampes au mollet dans les {n} derniers km"),
        new("fr", PhrasePosition.Clock, Muscle.Quadriceps, "Crampe à la cuisse vers {clock}"),
        new("fr", PhrasePosition.AfterFinish, Muscle.Calf, "Crampes aux mollets après l'arrivée"),
        new("fr", PhrasePosition.Night, Muscle.Foot, "Crampe au pied la nuit"),

        new("es", PhrasePosition.AtKm, Muscle.Calf, "Calambre en el gemelo en el km {n}"),
        new("es", PhrasePosition.AtKm, Muscle.Quadriceps, "Me dio un calambre en el cuádriceps al km {n}"),
        new("es", PhrasePosition.LastKm, Muscle.Hamstring, "Calambres en los isquiotibiales en los últimos {n} km"),
        new("es", PhrasePosition.Clock, null, "Me acalambré a las {clock}"),
        new("es", PhrasePosition.AfterFinish, Muscle.Foot, "Calambre en el pie después de la meta"),
        new("es", PhrasePosition.Night, Muscle.Calf, "Por la noche calambres en las pantorrillas"),
        new("es", PhrasePosition.None, Muscle.Calf, "Calambrazo en el gemelo derecho"),

        new("it", PhrasePosition.AtKm, Muscle.Calf, "Crampo al polpaccio al km {n}"),
        new("it", PhrasePosition.AtKm, Muscle.Hamstring, "Crampo agli ischiocrurali al km {n}"),
        new("it", PhrasePosition.LastKm, Muscle.Calf, "Crampi ai polpacci negli ultimi {n} km"),
        new("it", PhrasePosition.Clock, Muscle.Quadriceps, "Crampo alla coscia alle {clock}"),
        new("it", PhrasePosition.AfterFinish, Muscle.Quadriceps, "Crampo al quadricipite dopo l'arrivo"),
        new("it", PhrasePosition.Night, Muscle.Foot, "Di notte crampi al piede"),
        new("it", PhrasePosition.None, Muscle.Calf, "Un crampo tremendo al polpaccio destro"),

        new("nl", PhrasePosition.AtKm, Muscle.Calf, "Kramp in mijn kuit bij km {n}"),
        new("nl", PhrasePosition.AtKm, Muscle.Calf, "Kuitkramp bij km {n}"),
        new("nl", PhrasePosition.AtKm, Muscle.Calf, "Kramp in beide kuiten rond km {n}"),
        new("nl", PhrasePosition.LastKm, Muscle.Hamstring, "Kramp in mijn hamstring in de laatste {n} km"),
        new("nl", PhrasePosition.AfterFinish, Muscle.Quadriceps, "Krampen in mijn bovenbeen na de finish"),
        new("nl", PhrasePosition.Night, Muscle.Foot, "'s Nachts kramp in mijn voet"),

        new("pt", PhrasePosition.AtKm, Muscle.Calf, "Cãibra na panturrilha no km {n}"),
        new("pt", PhrasePosition.AtKm, Muscle.Quadriceps, "Câimbra na coxa aos {n} km"),
        new("pt", PhrasePosition.LastKm, Muscle.Hamstring, "Cãibras nos isquiotibiais nos últimos {n} km"),
        new("pt", PhrasePosition.Clock, Muscle.Calf, "Cãibra no gémeo às {clock}"),
        new("pt", PhrasePosition.AfterFinish, Muscle.Foot, "Cãibra no pé depois da chegada"),
        new("pt", PhrasePosition.Night, Muscle.Calf, "Cãibras à noite na panturrilha"),
        new("pt", PhrasePosition.None, Muscle.Calf, "Cãibra forte na panturrilha direita"),
    ];

    /// <summary>Texts that speak of cramps without one: denials, prevention, worry, and words that only look like cramp.</summary>
    public static readonly (string Language, string Text)[] Decoys =
    [
        ("en", "Felt great, no cramps today"), ("en", "Cramp-free long run finally!"), ("en", "Finished without cramping for once"),
        ("en", "zero cramps, salt tabs every 45 min worked"), ("en", "Stretched well to avoid cramps"),
        ("en", "Took two salt caps to prevent cramps"), ("en", "Worried about cramps in the heat tomorrow"),
        ("en", "Side stitch at km 5 but no cramps"), ("en", "Crampons on, icy trail"), ("en", "The start corral was really cramped"),
        ("en", "Never cramped once, legs were solid"),
        ("de", "Kein Krampf heute, endlich!"), ("de", "Keine Krämpfe trotz Hitze"), ("de", "Viel getrunken, um Krämpfe zu vermeiden"),
        ("de", "Lockerer Lauf ohne Krampf"),
        ("fr", "Pas de crampe aujourd'hui, super sortie"), ("fr", "Sans crampe pour la première fois"), ("fr", "Étirements pour éviter les crampes"),
        ("es", "Sin calambres, muy contento"), ("es", "Estiramientos para evitar calambres"), ("es", "Ningún calambre en toda la carrera"),
        ("it", "Nessun crampo oggi"), ("it", "Senza crampi, gara perfetta"), ("it", "Integratori per evitare i crampi"),
        ("nl", "Geen kramp vandaag!"), ("nl", "Veel gestretcht om kramp te voorkomen"), ("nl", "Zonder kramp gefinisht"),
        ("pt", "Sem cãibras hoje!"), ("pt", "Alonguei bem para evitar cãibras"), ("pt", "Nenhuma cãibra, que alívio"),
    ];

    /// <summary>Lines of a description that say nothing of cramps, with the commas, quotes and line breaks real ones have.</summary>
    public static readonly string[] Fillers =
    [
        "Route: river path, park loop, back home.",
        "Shoes \"Pegasus 40\", felt fine.",
        "Fuelled with 2 gels, 500 ml water.",
        "Windy on the way out, calm on the way back.",
        "Legs a bit heavy from yesterday, otherwise ok.",
        "Ran with Anna and \"the usual crew\".",
        "Splits were even, heart rate steady.",
    ];

    /// <summary>The template's text with its number filled in.</summary>
    public static string Render(PhraseTemplate template, int number, int clockSeconds)
    {
        var h = clockSeconds / 3600;
        var m = clockSeconds % 3600 / 60;
        var clock = template.Language == "fr" ? $"{h}h{m:00}" : $"{h}:{m:00}";
        return template.Text.Replace("{n}", number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Replace("{clock}", clock);
    }
}
