using System.Collections.Immutable;

namespace CrampSignals.Advice;

/// <summary>
/// The prevention and care rules, as data: ids, titles, the source article's section, the concrete numbers (with
/// metric equivalents), the actions and an honest note on the evidence. Written in the project's own words.
/// </summary>
internal static class RuleBook
{
    /// <summary>The article section on easing a cramp during a run.</summary>
    public const string SectionSoothe = "How to Soothe a Leg Muscle Cramp While Running";
    /// <summary>The article section on warming up, pacing, cooling down, drinking and heat.</summary>
    public const string SectionWarmUpCoolDown = "Warm Up And Cool Down Properly";
    /// <summary>The article section on electrolytes.</summary>
    public const string SectionElectrolytes = "Replace Electrolytes";
    /// <summary>The article section on pacing and race-pace training.</summary>
    public const string SectionRacing = "Racing Right";

    /// <summary>Ounces of water per pound of body mass lost that the hydration rule asks for, at least.</summary>
    public const double OuncesPerPoundLost = 20;

    /// <summary>The nine rules, in the order a runner meets them: during a cramp, then prevention.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new(RuleIds.ImmediateCare,
            "When a cramp strikes: ease off, stretch, rub, restart gently",
            SectionSoothe,
            [],
            [
                "Let the pace fall away step by step and come to a halt; do not run on through the spasm.",
                "For a calf: face a wall or a tree, put the cramping leg back, keep that heel flat on the ground and lean in until the calf lengthens.",
                "If it will not let go: lie on your back, lift the cramping leg so it is higher than your head, and draw the toes back toward you.",
                "Knead the muscle: begin at the sorest point and work along the length of the muscle to bring blood in and loosen the knot.",
                "When it has settled, set off again at a gentle jog and only build speed back up little by little.",
                "If it keeps coming back despite all of this, call the run off for today and head home.",
            ],
            EvidenceStrength.Moderate,
            "Gently lengthening a cramping muscle is the most dependable way to end a cramp: stretch reflexes from the tendon calm the "
            + "misfiring nerve. That rests on physiology and clinical experience rather than on controlled trials; massage is plausible "
            + "but untested, and nothing here prevents the next cramp."),

        new(RuleIds.SeeADoctor,
            "Get checked when tightness lingers for days or cramps keep returning",
            SectionSoothe,
            [],
            [
                "If a muscle is still tight or sore days after a cramp, book a visit to a doctor.",
                "Bring the list of medicines you take: cramps are a known side effect of some of them.",
                "Ask whether a vitamin or mineral shortfall, or an underlying condition, could explain the cramps.",
                "Cramps on run after run are worth a check as well, even when each one passes quickly.",
            ],
            EvidenceStrength.ExpertOpinion,
            "Ordinary clinical caution, not a tested intervention. Frequent or lasting cramps are sometimes tied to medicines "
            + "(for example statins or diuretics), low minerals, or nerve and blood-vessel problems that only an examination can rule out."),

        new(RuleIds.WarmUp,
            "Start every run with five easy minutes",
            SectionWarmUpCoolDown,
            [new("easy jogging before the run proper", 5, 5, "min", "5 min")],
            [
                "Jog slowly for about five minutes before settling into your planned pace, breathing deeply and letting the legs loosen.",
                "Follow with a few brisk, dynamic moves such as leg swings, skips and high knees.",
                "Do not force a cold muscle into a deep stretch; long holds belong after the run.",
            ],
            EvidenceStrength.Weak,
            "No study has shown that warming up prevents cramps. A warm-up raises muscle temperature and brings heart rate and "
            + "breathing up gradually, which is sound practice anyway and matters most before races and fast sessions."),

        new(RuleIds.PaceYourself,
            "Run within your fitness, above all in the first kilometres",
            SectionWarmUpCoolDown,
            [],
            [
                "Set off slower than the pace you hope to average and let the opening kilometres feel easy.",
                "Hold an even effort: no sudden surges to pass people or to win back a slow split.",
                "Choose a target pace that your recent training has proven, not one you hope for on the day.",
            ],
            EvidenceStrength.Moderate,
            "The best-supported rule here. Prospective studies of endurance races (a 56 km road race, Ironman triathlons, 161 km "
            + "ultramarathons) found that athletes who cramped had more often gone faster than their training suggested, early on in "
            + "particular, and had cramped before; body-mass loss and blood sodium did not set them apart (Schwellnus and colleagues, "
            + "Br J Sports Med 2011). These are associations, not proof that slower starts prevent cramps."),

        new(RuleIds.CoolDown,
            "Ease down instead of stopping dead",
            SectionWarmUpCoolDown,
            [],
            [
                "At the end, drop to an easy jog and then walk for a few minutes while your breathing settles.",
                "Once stopped, stretch the calves, hamstrings and quadriceps without bouncing.",
                "Use a foam roller on the legs afterwards.",
                "Start drinking to replace what you lost (see the hydration rule).",
            ],
            EvidenceStrength.Weak,
            "Cool-downs and stretching after a run have not been shown to prevent cramps, and studies of regular stretching give "
            + "mixed results. An easy finish does no harm and lets heart rate and breathing come down gradually."),

        new(RuleIds.Hydrate,
            "Drink on a schedule, not on thirst",
            SectionWarmUpCoolDown,
            [
                new("water shortly before the run", 4, 8, "oz", "120-240 ml"),
                new("water during long runs, per drink", 4, 6, "oz", "120-180 ml"),
                new("minutes between drinks on long runs", 15, 20, "min", "15-20 min"),
                new("water after the run per pound of body mass lost, at least", OuncesPerPoundLost, OuncesPerPoundLost, "oz/lb", "about 1.3 L per kg"),
            ],
            [
                "Drink 4-8 oz (about 120-240 ml) of water shortly before you head out.",
                "On long runs, take 4-6 oz (about 120-180 ml) every 15-20 minutes.",
                "Weigh yourself before and after a run; for each pound lost drink at least 20 oz afterwards (about 1.3 L for each kilogram).",
                "Do not wait to feel thirsty: by the time thirst shows up you are already short of water.",
                "Needs vary with effort, body size, weather and clothing; adjust the amounts to what your scale tells you.",
            ],
            EvidenceStrength.Mixed,
            "Losing water reduces blood flow to working muscles and makes heat harder to bear, so drinking enough is sensible. "
            + "But in studies of endurance races the runners who cramped were no more dehydrated than the others. Drinking far more "
            + "than you lose carries its own danger (low blood sodium): replace losses, do not exceed them."),

        new(RuleIds.AvoidMiddayHeat,
            "Stay out of the midday heat in summer",
            SectionWarmUpCoolDown,
            [new("local hours to avoid on summer days", 10, 16, "h", "10:00-16:00")],
            [
                "On summer days, run before 10:00 or after 16:00 local time.",
                "When there is no way around the heat, slow the pace, shorten the run and carry something to drink.",
            ],
            EvidenceStrength.Moderate,
            "Well supported for heat illness (sports-medicine heat guidance agrees on avoiding the hottest hours). The link to "
            + "cramps is indirect: heat raises the effort a given pace costs and the water and salt lost in sweat."),

        new(RuleIds.ReplaceElectrolytes,
            "Top up salts when you sweat heavily or run long",
            SectionElectrolytes,
            [],
            [
                "On hot runs, make some of your drinks a sports drink with electrolytes.",
                "No sports drink to hand: mix your own from water with a pinch of salt and a little sugar or juice.",
                "Eat a banana for potassium.",
                "The longer the run, the more sodium and potassium sweat takes away: plan more salt for long efforts.",
            ],
            EvidenceStrength.Mixed,
            "Sweat carries sodium and potassium away, and in the heat an ordinary diet may not make up for heavy losses. Still, "
            + "the blood salts of athletes who cramp are usually normal, and trials of salt or electrolyte supplements against "
            + "exercise cramps are few and inconclusive; heavy, salty sweaters may gain the most."),

        new(RuleIds.RacePaceTraining,
            "Teach your legs the pace you race at",
            SectionRacing,
            [],
            [
                "In the months before a race, run part of your training at your goal race pace.",
                "Race-pace intervals: repeats at goal pace with easy jogging in between.",
                "Progression runs: start easy and get a little quicker every few kilometres.",
                "Fast-finish runs: end an easy run with its last stretch at a clearly quicker pace.",
            ],
            EvidenceStrength.Weak,
            "Fits the leading explanation of exercise cramps (tired muscles whose nerve control goes awry) and the race studies in "
            + "which cramping athletes went faster than their training. No trial has tested whether such training prevents cramps."),
    ];

    /// <summary>The rule with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No rule has that id.</exception>
    public static Rule Get(string id) =>
        All.FirstOrDefault(r => r.Id == id) ?? throw new KeyNotFoundException($"No rule with id '{id}'.");

    /// <summary>The ids of all rules, in book order.</summary>
    public static ImmutableArray<string> Ids { get; } = [.. All.Select(r => r.Id)];
}
