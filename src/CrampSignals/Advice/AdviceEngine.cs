using System.Collections.Immutable;
using CrampSignals.Signals;

namespace CrampSignals.Advice;

/// <summary>
/// Turns a run's findings and cramps into ranked advice: every item names the findings or cramps it answers,
/// carries the run's own numbers, and no rule is given without a reason.
/// </summary>
internal static class AdviceEngine
{
    /// <summary>Advice for the run behind <paramref name="report"/>, most important first.</summary>
    /// <param name="report">The run's findings and cramps.</param>
    /// <param name="context">The run's own numbers to personalise with; null gives general amounts.</param>
    /// <param name="options">Thresholds; null for the defaults.</param>
    public static ImmutableArray<AdviceItem> Advise(SignalReport report, AdviceContext? context = null, AdviceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        context ??= new AdviceContext();
        options ??= AdviceOptions.Default;
        var text = new ReasonText(context.StartUtc);
        var reasons = new Dictionary<string, List<AdviceReason>>();

        void Add(string ruleId, AdviceReason reason)
        {
            if (!reasons.TryGetValue(ruleId, out var list)) reasons[ruleId] = list = [];
            if (!list.Any(r => r.Reference == reason.Reference)) list.Add(reason);
        }

        for (var i = 0; i < report.Cramps.Length; i++)
        {
            var cramp = report.Cramps[i];
            var reason = text.ForCramp(i, cramp);
            foreach (var rule in FindingRules.ForCramp) Add(rule, reason);
            if (cramp.AfterRun) foreach (var rule in FindingRules.ForCrampAfterRun) Add(rule, reason);
            if (HasLastingTightness(cramp.Cramp.Note, options)) foreach (var rule in FindingRules.ForRecurringOrLasting) Add(rule, reason);
        }
        var recurring = report.Cramps.Length > 0
            && (report.Cramps.Length >= options.RecurringCrampsInOneRun || context.RunsWithCramps >= options.RecurringCrampRuns);
        if (recurring)
            for (var i = 0; i < report.Cramps.Length; i++)
                foreach (var rule in FindingRules.ForRecurringOrLasting) Add(rule, text.ForCramp(i, report.Cramps[i]));

        for (var i = 0; i < report.Findings.Length; i++)
        {
            var finding = report.Findings[i];
            var reason = text.ForFinding(i, finding);
            foreach (var rule in FindingRules.For(finding.Kind)) Add(rule, reason);
        }

        var preceded = PrecedingIndices(report);
        var personalizer = new AdvicePersonalizer(report, context, options);
        var drafts = reasons
            .Select(kv => Draft(RuleBook.Get(kv.Key), [.. kv.Value.OrderBy(r => r.Time)], report, preceded))
            .OrderBy(d => d.Tier)
            .ThenByDescending(d => d.Share)
            .ThenByDescending(d => d.Severity)
            .ThenByDescending(d => d.Count)
            .ThenBy(d => RuleBook.Ids.IndexOf(d.Rule.Id))
            .ToList();

        var items = ImmutableArray.CreateBuilder<AdviceItem>(drafts.Count);
        foreach (var d in drafts)
        {
            var (headline, personal) = personalizer.For(d.Rule, d.Why);
            // A step that only restates the headline (a rule without numbers of its own) would be read twice.
            var actions = personal.Concat(d.Rule.Actions.Select(a => UnitFormat.FluidFirst(a, context.Units))).Where(a => !SameSentence(a, headline));
            items.Add(new AdviceItem(d.Rule, d.Why, headline, [.. actions], d.Share, items.Count + 1));
        }
        return items.MoveToImmutable();
    }

    private static bool SameSentence(string a, string b) =>
        string.Equals(a.Trim().TrimEnd('.', '!'), b.Trim().TrimEnd('.', '!'), StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="note"/> says the tightness lasted (see <see cref="AdviceOptions.LastingTightnessPhrases"/>).</summary>
    public static bool HasLastingTightness(string? note, AdviceOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(note)) return false;
        options ??= AdviceOptions.Default;
        return options.LastingTightnessPhrases.Any(p => note.Contains(p, StringComparison.OrdinalIgnoreCase));
    }

    private sealed record DraftItem(Rule Rule, ImmutableArray<AdviceReason> Why, int Tier, double Share, int Severity, int Count);

    private static DraftItem Draft(Rule rule, ImmutableArray<AdviceReason> why, SignalReport report, IReadOnlyList<HashSet<int>> preceded)
    {
        // Care during a cramp comes first whenever cramps were logged, then the doctor's check; the rest by how much they explain.
        var tier = rule.Id switch { RuleIds.ImmediateCare => 0, RuleIds.SeeADoctor => 1, _ => 2 };
        var findings = why.Where(r => r.IsFinding).Select(r => r.Index).ToHashSet();
        var cramps = why.Where(r => r.IsCramp).Select(r => r.Index).ToHashSet();
        var explained = 0;
        for (var c = 0; c < report.Cramps.Length; c++)
            if (cramps.Contains(c) || preceded[c].Overlaps(findings)) explained++;
        var share = report.Cramps.Length == 0 ? 0 : explained / (double)report.Cramps.Length;
        var severity = findings.Count == 0 ? 0 : findings.Max(i => (int)report.Findings[i].Severity);
        return new DraftItem(rule, why, tier, share, severity, why.Length);
    }

    /// <summary>For each cramp, the indices of the findings in its lookback window.</summary>
    private static List<HashSet<int>> PrecedingIndices(SignalReport report)
    {
        var result = new List<HashSet<int>>(report.Cramps.Length);
        foreach (var cramp in report.Cramps)
        {
            var set = new HashSet<int>();
            foreach (var p in cramp.Preceding)
            {
                var index = IndexOf(report.Findings, p.Finding);
                if (index >= 0) set.Add(index);
            }
            result.Add(set);
        }
        return result;
    }

    internal static int IndexOf(ImmutableArray<Finding> findings, Finding finding)
    {
        for (var i = 0; i < findings.Length; i++) if (ReferenceEquals(findings[i], finding)) return i;
        for (var i = 0; i < findings.Length; i++)
        {
            var f = findings[i];
            if (f.Kind == finding.Kind && f.Start == finding.Start && f.End == finding.End) return i;
        }
        return -1;
    }
}
