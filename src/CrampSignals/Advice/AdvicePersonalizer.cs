using CrampSignals.Activities;
using System.Collections.Immutable;
using System.Globalization;
using CrampSignals.Cramps;
using CrampSignals.Signals;
using CrampSignals.Text;
using static CrampSignals.Advice.Units;

namespace CrampSignals.Advice;

/// <summary>Fills a rule with the run's own numbers: a headline and the personalised steps that go before the rule's general ones.</summary>
internal sealed class AdvicePersonalizer(SignalReport report, AdviceContext context, AdviceOptions options)
{
    private readonly ReasonText _text = new(context.StartUtc);

    // Shadow the static SI formats: every pace, temperature and amount below speaks the runner's units.
    private string Pace(double secondsPerKm) => UnitFormat.Pace(secondsPerKm, context.Units);

    private string Temp(double celsius) => $"{Num(UnitFormat.Temperature(celsius, context.Units))} {UnitFormat.TemperatureUnit(context.Units)}";

    private string Fluid(double ouncesLow, double ouncesHigh) => UnitFormat.FluidRange(ouncesLow, ouncesHigh, context.Units);

    public (string Headline, ImmutableArray<string> Personal) For(Rule rule, ImmutableArray<AdviceReason> why)
    {
        var findings = why.Where(r => r.IsFinding).Select(r => report.Findings[r.Index]).ToList();
        var cramps = why.Where(r => r.IsCramp).Select(r => report.Cramps[r.Index]).ToList();
        var personal = new List<string>();
        var headline = rule.Id switch
        {
            RuleIds.ImmediateCare => ImmediateCare(cramps, personal),
            RuleIds.SeeADoctor => SeeADoctor(cramps, personal),
            RuleIds.WarmUp => WarmUp(findings, personal),
            RuleIds.PaceYourself => PaceYourself(findings, personal),
            RuleIds.CoolDown => CoolDown(findings, cramps, personal),
            RuleIds.Hydrate => Hydrate(findings, cramps, personal),
            RuleIds.AvoidMiddayHeat => AvoidMiddayHeat(findings, personal),
            RuleIds.ReplaceElectrolytes => ReplaceElectrolytes(findings, personal),
            RuleIds.RacePaceTraining => RacePaceTraining(findings, personal),
            _ => rule.Title,
        };
        return (headline, [.. personal]);
    }

    private string ImmediateCare(List<CrampContext> cramps, List<string> personal)
    {
        var list = string.Join(", ", cramps.Select(c => $"{c.Cramp.Muscle.ToString().ToLowerInvariant()} at {_text.When(c.Time)}"));
        foreach (var muscle in cramps.Select(c => c.Cramp.Muscle).Distinct())
        {
            var line = muscle switch
            {
                Muscle.Hamstring => "For a hamstring: lie on your back, raise the straight leg and draw the toes toward you until the back of the thigh lengthens.",
                Muscle.Quadriceps => "For a quadriceps: stand on one leg (hold on to something), take the other ankle and draw the heel toward your buttock.",
                Muscle.Foot => "For the foot: pull the toes up toward the shin and hold until the arch lets go.",
                _ => null,
            };
            if (line is not null) personal.Add(line);
        }
        return cramps.Count == 1
            ? $"You logged a cramp ({list}). When the next one strikes, slow to a stop, lengthen the muscle, rub it and restart gently."
            : $"You logged {cramps.Count} cramps ({list}). When the next one strikes, slow to a stop, lengthen the muscle, rub it and restart gently.";
    }

    private string SeeADoctor(List<CrampContext> cramps, List<string> personal)
    {
        var lasting = cramps.Where(c => AdviceEngine.HasLastingTightness(c.Cramp.Note, options)).ToList();
        var parts = new List<string>();
        if (lasting.Count > 0) parts.Add($"your note \"{lasting[0].Cramp.Note!.Trim()}\" says the tightness lasted");
        if (context.RunsWithCramps is int runs && runs >= options.RecurringCrampRuns) parts.Add($"cramps came in {runs} runs");
        if (report.Cramps.Length >= options.RecurringCrampsInOneRun) parts.Add($"{report.Cramps.Length} cramps came in this one run");
        if (parts.Count == 0) parts.Add("the cramps keep returning");
        personal.Add("Tell the doctor when the cramps strike (which muscle, how far into a run, how hot it was): the report below lists them.");
        return char.ToUpperInvariant(parts[0][0]) + string.Join("; ", parts)[1..] + ": worth a doctor's check.";
    }

    private string WarmUp(List<Finding> findings, List<string> personal)
    {
        var f = findings.FirstOrDefault(x => x.Kind == FindingKind.NoWarmUp);
        var minutes = f?.Get(EvidenceNames.WarmUpMinutes) ?? 5;
        var pct = f?.Get(EvidenceNames.WarmUpSpeedPercentOfTypical);
        // The finding's own speeds first: the advice then quotes the very paces the finding printed.
        var warm = f?.Get(EvidenceNames.Speed);
        if ((f?.Get(EvidenceNames.BaselineSpeed) ?? context.TypicalSpeedMetersPerSecond) is double typical && typical > 0)
        {
            var typicalPace = PaceText.SecondsPerKm(typical);
            var slow = Pace(PaceText.SecondsPerKm(typical * options.WarmUpSpeedLowFraction));
            var fast = Pace(PaceText.SecondsPerKm(typical * options.WarmUpSpeedHighFraction));
            var first = pct is double p && p > 0 ? $"Your first {Num(minutes)} min averaged {Pace(PaceText.SecondsPerKm(warm is double w && w > 0 ? w : typical * p / 100))} ({Num(p)} % of your typical speed, {Pace(typicalPace)})" : $"Your first {Num(minutes)} min were not easier than your typical {Pace(typicalPace)}";
            personal.Add($"Jog the first 5 min at about {fast} to {slow}, {Num(100 - 100 * options.WarmUpSpeedHighFraction)}-{Num(100 - 100 * options.WarmUpSpeedLowFraction)} % slower than your typical pace, before settling in.");
            return $"{first}: jog them easily, at about {fast} to {slow}.";
        }
        return pct is double q
            ? $"Your first {Num(minutes)} min ran at {Num(q)} % of your typical speed: make them a slow jog."
            : $"Your first {Num(minutes)} min were not easier than the rest: make them a slow jog.";
    }

    private string PaceYourself(List<Finding> findings, List<string> personal)
    {
        string? headline = null;
        var start = findings.FirstOrDefault(f => f.Kind == FindingKind.FastStart);
        if (start is not null)
        {
            var firstPace = start.Get(EvidenceNames.FirstPartPace);
            var restPace = start.Get(EvidenceNames.RestPace);
            var km = start.Get(EvidenceNames.FirstPartDistanceKm);
            var split = start.Get(EvidenceNames.PositiveSplitPercent);
            if (firstPace is double fp && restPace is double rp && rp > fp)
            {
                var perKm = rp - fp;
                var unit = UnitFormat.DistanceUnit(context.Units);
                var distance = km is double d && d > 0 ? $"first {Num(UnitFormat.Distance(1000 * d, context.Units), 1)} {unit}" : "opening part";
                var total = km is double d2 && d2 > 0 ? $", about {Num(perKm * d2)} s in all over those {Num(UnitFormat.Distance(1000 * d2, context.Units), 1)} {unit}" : "";
                var pct = split is double s ? $", {Num(s, 1)} % faster than" : " against";
                headline = $"Your {distance} averaged {Pace(fp)}{pct} the {Pace(rp)} you held afterwards: start at {Pace(rp)} or slower.";
                personal.Add($"Run the {distance} about {Num(UnitFormat.PaceSeconds(perKm, context.Units))} s{UnitFormat.PaceUnit(context.Units)} slower than you did ({Pace(rp)} or slower instead of {Pace(fp)}){total}.");
            }
            else headline = $"Your run started fast: {start.Summary}.";
        }
        var surges = findings.Where(f => f.Kind == FindingKind.PaceSurge).ToList();
        if (surges.Count > 0)
        {
            var biggest = surges.MaxBy(f => f.Get(EvidenceNames.SpeedIncreasePercent) ?? 0)!;
            var inc = biggest.Get(EvidenceNames.SpeedIncreasePercent);
            var size = inc is double i ? $"+{Num(i)} % over your steady pace" : "above your steady pace";
            var line = surges.Count == 1
                ? $"One surge at {_text.When(biggest.Start)}: {size} for {Clock(biggest.Duration)}. Hold an even effort instead of surging."
                : $"{surges.Count} surges; the biggest at {_text.When(biggest.Start)}: {size} for {Clock(biggest.Duration)}. Hold an even effort instead of surging.";
            personal.Add(line);
            headline ??= line;
        }
        var drops = findings.Where(f => f.Kind == FindingKind.CadenceDrop).ToList();
        if (drops.Count > 0)
        {
            var first = drops[0];
            var drop = first.Get(EvidenceNames.CadenceDropPercent);
            var baseline = first.Get(EvidenceNames.BaselineCadence);
            var cadence = first.Get(EvidenceNames.Cadence);
            var detail = drop is double dp
                ? baseline is double b && cadence is double c ? $"fell {Num(dp)} % (from {Num(b)} to {Num(c)} spm)" : $"fell {Num(dp)} %"
                : "fell";
            var line = $"Your cadence {detail} at {_text.When(first.Start)} while you kept running: the legs were tiring. A slightly easier first half keeps something in reserve for later.";
            personal.Add(line);
            headline ??= line;
        }
        return headline ?? "Keep an even effort from the start.";
    }

    private string CoolDown(List<Finding> findings, List<CrampContext> cramps, List<string> personal)
    {
        string? headline = null;
        var stop = findings.FirstOrDefault(f => f.Kind == FindingKind.NoCoolDown);
        if (stop is not null)
        {
            var speed = stop.Get(EvidenceNames.SpeedBeforeStop);
            var ease = stop.Get(EvidenceNames.EaseDownSeconds);
            var from = speed is double v && v > 0 ? $"from {Pace(PaceText.SecondsPerKm(v))}" : "from running pace";
            var within = ease is double e ? $" within {Num(e)} s" : "";
            headline = $"You went {from} to a stop{within} at {_text.When(stop.Start)}: jog easily, then walk a few minutes before stopping.";
        }
        var after = cramps.Where(c => c.AfterRun).ToList();
        if (after.Count > 0)
        {
            var c = after[0];
            var line = $"Your {c.Cramp.Muscle.ToString().ToLowerInvariant()} cramp came after the run ({_text.When(c.Time)}): stretch and foam-roll the legs once home, and drink to replace what you lost.";
            personal.Add(line);
            headline ??= line;
        }
        return headline ?? "Ease down to a jog and a walk before you stop.";
    }

    /// <summary>
    /// The run's length in minutes: the time on the move the findings quote ("187 min on the move") when one does, so the
    /// advice never names a different length for the same run; else the caller's moving or elapsed time.
    /// </summary>
    private double? RunMinutes(IEnumerable<Finding> findings) =>
        findings.Concat(report.Findings).Select(f => f.Get(EvidenceNames.RunMinutes)).FirstOrDefault(v => v is not null)
        ?? context.MovingMinutes ?? context.DurationMinutes;

    /// <summary>The run's one temperature (the caller's, which the summary shows), else a heat finding's mean.</summary>
    private double? Temperature(IEnumerable<Finding> findings) =>
        context.MeanTemperatureCelsius
        ?? findings.Concat(report.Findings).Where(f => f.Kind == FindingKind.HeatExposure)
            .Select(f => f.Get(EvidenceNames.MeanTemperature) ?? f.Get(EvidenceNames.MaxTemperature)).FirstOrDefault(v => v is not null);

    private string RunPhrase(double? minutes, double? temperature)
    {
        var run = minutes is double m ? $"your {Num(m)}-minute run" : "your run";
        return temperature is double t ? $"{run} at {Temp(t)}{(context.TemperatureSource is { } source ? $" ({source})" : "")}" : run;
    }

    private string Hydrate(List<Finding> findings, List<CrampContext> cramps, List<string> personal)
    {
        var minutes = RunMinutes(findings);
        var phrase = RunPhrase(minutes, Temperature(findings));
        var plan = FluidPlan.For(minutes ?? 0, context.BodyMassBeforeKg, context.BodyMassAfterKg);
        var drink = Fluid(FluidPlan.DrinkOuncesLow, FluidPlan.DrinkOuncesHigh);
        var before = Fluid(FluidPlan.BeforeOuncesLow, FluidPlan.BeforeOuncesHigh);
        string headline;
        if (minutes is null)
            headline = $"Drink {before} before you start and {drink} every 15-20 min on long runs.";
        else if (plan.DrinksHigh == 0)
            headline = $"{Capital(phrase)} was short: {before} before it is enough.";
        else
        {
            var count = plan.DrinksLow == plan.DrinksHigh ? $"{plan.DrinksLow}" : $"{plan.DrinksLow}-{plan.DrinksHigh}";
            headline = $"{Capital(phrase)}: about {count} drinks of {drink}, one every 15-20 min, plus {before} before.";
            personal.Add($"That is {Fluid(plan.DuringOuncesLow, plan.DuringOuncesHigh)} during the run: carry a bottle or plan a loop past water.");
        }
        if (plan.MassLossKg is double loss)
        {
            var pct = plan.MassLossPercent(context.BodyMassBeforeKg);
            var share = pct is double p ? $" ({Num(p, 1)} % of your body mass)" : "";
            if (plan.ReplaceAfterMillilitersAtLeast is double ml)
                personal.Add($"You lost {UnitFormat.Mass(loss, context.Units)}{share}: drink at least {UnitFormat.Volume(ml, context.Units)} over the next hours.");
            else if (loss < 0)
                personal.Add($"You gained {UnitFormat.Mass(-loss, context.Units)} over the run: you drank more than you sweated. Drink a little less next time; far too much water dilutes blood sodium.");
            else personal.Add("Your mass did not change over the run: your drinking matched your sweat.");
        }
        var drift = findings.FirstOrDefault(f => f.Kind == FindingKind.CardiacDrift);
        if (drift?.Get(EvidenceNames.DecouplingPercent) is double dec)
        {
            var hr = drift.Get(EvidenceNames.HeartRateStart) is double a && drift.Get(EvidenceNames.HeartRateEnd) is double b ? $" ({Num(a)} to {Num(b)} bpm)" : "";
            personal.Add($"Your heart rate drifted {Num(dec, 1)} % against your pace{hr}: a sign of heat strain or running short of water.");
        }
        if (cramps.Any(c => c.AfterRun)) personal.Add("A cramp came after the run: start replacing fluid as soon as you finish.");
        return headline;
    }

    private string AvoidMiddayHeat(List<Finding> findings, List<string> personal)
    {
        var offset = report.LocalTime.Offset;
        var sourceNote = report.LocalTime.Source switch
        {
            LocalTimeSource.File => "local time from the file",
            LocalTimeSource.Zone => $"local time of {report.LocalTime.ZoneId}, the time zone estimated from where you ran",
            LocalTimeSource.Solar => "solar time from the longitude; your clock may differ by an hour or more",
            _ => "the file gives no local time or position, so these are UTC times",
        };
        var utcFrom = new DateTime(2000, 1, 1, 10, 0, 0) - offset;
        var utcTo = new DateTime(2000, 1, 1, 16, 0, 0) - offset;
        var hot = findings.FirstOrDefault(f => f.Kind == FindingKind.HotHours);
        var inHot = hot?.Get(EvidenceNames.MinutesInHotHours);
        string headline;
        if (context.StartUtc is DateTime start)
        {
            var local = UnixTime.Shift(start, offset);
            var end = context.DurationMinutes is double d && double.IsFinite(d) ? $" to {UnixTime.Shift(local, TimeSpan.FromMinutes(Math.Clamp(d, 0, 1e7))):HH:mm}" : "";
            var month = local.ToString("MMMM", CultureInfo.InvariantCulture);
            var season = Season(local.Month, context.Latitude);
            var inside = inHot is double m ? $", {Num(m)} min of it between 10:00 and 16:00" : "";
            headline = $"You ran from {local:HH:mm}{end} local time in {month}{season}{inside}: on warm days go before 10:00 or after 16:00.";
        }
        else headline = inHot is double m2
            ? $"{Num(m2)} min of your run fell between 10:00 and 16:00 local time: on warm days go earlier or later."
            : "On warm days go before 10:00 or after 16:00 local time.";
        personal.Add(string.Create(CultureInfo.InvariantCulture, $"Here 10:00-16:00 local is {utcFrom:HH:mm}-{utcTo:HH:mm} UTC ({sourceNote})."));
        var heat = findings.FirstOrDefault(f => f.Kind == FindingKind.HeatExposure);
        if (heat is not null)
        {
            var max = heat.Get(EvidenceNames.MaxTemperature);
            var above = heat.Get(EvidenceNames.MinutesAboveThreshold);
            var threshold = heat.Get(EvidenceNames.ThresholdTemperature);
            if (above is double a && threshold is double t)
                personal.Add($"{Num(a)} min of the run were above {Temp(t)}{(max is double mx ? $" (up to {Temp(mx)})" : "")}.");
        }
        return headline;
    }

    private static string Season(int month, double? latitude)
    {
        if (latitude is not double lat) return "";
        var north = lat >= 0;
        var summer = north ? month is >= 6 and <= 8 : month is 12 or 1 or 2;
        var warm = north ? month is >= 5 and <= 9 : month is >= 11 or <= 3;
        var hemisphere = north ? "northern" : "southern";
        return summer ? $" ({hemisphere} summer)" : warm ? $" (the {hemisphere} warm season)" : $" (outside the {hemisphere} warm season)";
    }

    private string ReplaceElectrolytes(List<Finding> findings, List<string> personal)
    {
        var minutes = RunMinutes(findings);
        var phrase = RunPhrase(minutes, Temperature(findings));
        var hot = findings.Any(f => f.Kind is FindingKind.HeatExposure or FindingKind.HotHours);
        var plan = FluidPlan.For(minutes ?? 0);
        var drinks = plan.DrinksHigh > 0 ? $" of those {(plan.DrinksLow == plan.DrinksHigh ? $"{plan.DrinksLow}" : $"{plan.DrinksLow}-{plan.DrinksHigh}")} drinks" : " of your drinks";
        personal.Add(hot
            ? "In this heat, take a sports drink (or water with a pinch of salt) rather than water alone for part of the run."
            : "On a run this long, plan on salt as well as water: a sports drink, or a salty snack on the way.");
        return $"{Capital(phrase)}: make some{drinks} a sports drink or a home-made salty one, and eat a banana afterwards.";
    }

    private string RacePaceTraining(List<Finding> findings, List<string> personal)
    {
        string? headline = null;
        var start = findings.FirstOrDefault(f => f.Kind == FindingKind.FastStart);
        if (start?.Get(EvidenceNames.RestPace) is double rp)
        {
            headline = $"Practise {Pace(rp)}, the pace you could hold here: race-pace intervals, progression and fast-finish runs.";
            personal.Add($"Race-pace intervals: e.g. 4-6 × 1 {UnitFormat.DistanceUnit(context.Units)} at {Pace(rp)} with 2-3 min of easy jogging between.");
        }
        var surges = findings.Where(f => f.Kind == FindingKind.PaceSurge).ToList();
        if (surges.Count > 0)
        {
            var speeds = surges.Select(f => f.Get(EvidenceNames.Speed)).Where(v => v is > 0).Select(v => v!.Value).ToList();
            var line = speeds.Count > 0
                ? $"Your surges reached {Pace(PaceText.SecondsPerKm(speeds.Max()))}: end progression runs at that pace so it is familiar."
                : "Your surges went well above your steady pace: progression and fast-finish runs make faster running familiar.";
            personal.Add(line);
            headline ??= line;
        }
        var drop = findings.FirstOrDefault(f => f.Kind == FindingKind.CadenceDrop);
        if (drop is not null)
        {
            var line = $"Your cadence gave way at {_text.When(drop.Start)}: fast-finish runs teach the legs to hold their rhythm when tired.";
            personal.Add(line);
            headline ??= line;
        }
        return headline ?? "Make your race pace familiar in training.";
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
