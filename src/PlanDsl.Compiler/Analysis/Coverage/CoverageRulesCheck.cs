using System.Collections.Immutable;
using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Coverage;

/// <summary>
/// Rule <c>coverage-rules</c>: each plan version's coverage rules checked as a decision table
/// (<see cref="DecisionTable"/>) over the tickets that give every attribute the rules test: a ticket no
/// rule decides (PD0845, a gap), two rules of one declaration that match a ticket and decide it
/// differently (PD0846, an overlap: the earlier wins), a rule that never decides because earlier rules
/// take every ticket it matches (PD0847) or because no ticket matches it (PD0848), and a table too large
/// to search in full (PD0849). Versions with the same rules are tried once; a rule is reported as never
/// deciding only when it decides nothing in every plan version that has it. A version without rules
/// says nothing about coverage and is not a table with a gap.
/// </summary>
public sealed class CoverageRulesCheck : ICatalogCheck
{
    /// <summary>Steps of search for one table before giving up (PD0849).</summary>
    public const int MaxSteps = 20_000;

    public AnalysisRule Rule { get; } = AnalysisRule.Create("coverage-rules", "Coverage rules as decision tables",
        DiagnosticCodes.CoverageGap, DiagnosticCodes.CoverageOverlap, DiagnosticCodes.CoverageRuleShadowed,
        DiagnosticCodes.CoverageConditionNeverTrue, DiagnosticCodes.CoverageCheckCapped);

    private sealed class RuleState(CoverageRule rule, SourceSpan span)
    {
        public CoverageRule Rule { get; } = rule;
        public SourceSpan Span { get; } = span;
        public bool Decides { get; set; }
        public bool Matched { get; set; }
        public bool Unsure { get; set; }
        public (string Ticket, SourceSpan By)? Shadow { get; set; }
    }

    public void Run(AnalysisContext context)
    {
        var sources = context.Sources;
        var tables = new List<(List<PlanVersionRef> Versions, ImmutableArray<CoverageRule> Rules)>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var version in PlanVersionRef.All(context.Catalog))
        {
            var rules = version.Version.Coverage;
            if (rules.Length == 0) continue;
            var key = string.Join("\n", rules.Select(r => sources.Rule(r) + " " + DecisionTable.Decision(r.Outcome)));
            if (byKey.TryGetValue(key, out var index)) tables[index].Versions.Add(version);
            else
            {
                byKey[key] = tables.Count;
                tables.Add((new List<PlanVersionRef> { version }, rules));
            }
        }

        var declarations = new Dictionary<SourceSpan, SourceSpan>();
        SourceSpan Declaration(CoverageRule rule)
        {
            var span = sources.Rule(rule);
            if (!declarations.TryGetValue(span, out var declaration)) declarations[span] = declaration = sources.RuleDeclaration(rule);
            return declaration;
        }

        var states = new Dictionary<SourceSpan, RuleState>();
        var order = new List<RuleState>();
        var overlaps = new List<(SourceSpan Earlier, SourceSpan Later, object?[] Args)>();
        var overlapPairs = new HashSet<(SourceSpan, SourceSpan)>();
        foreach (var (versions, rules) in tables)
        {
            var spans = rules.Select(sources.Rule).ToArray();
            DecisionTable table;
            DecisionTableResult result;
            try
            {
                table = new DecisionTable(context.Catalog, rules);
                result = table.Analyse(MaxSteps, (i, j) => Known(spans[i]) && Known(spans[j]) && Declaration(rules[i]) == Declaration(rules[j]));
            }
            catch (ArithmeticException)
            {
                // Values at the edge of what a number or duration can hold: the check cannot decide, so it says nothing.
                foreach (var rule in rules) if (Known(sources.Rule(rule)) && rule.Condition is not null) Unsure(rule, sources.Rule(rule));
                continue;
            }
            var label = Label(versions);
            if (result.Capped)
                context.Report(DiagnosticCodes.CoverageCheckCapped, sources.Plan(versions[0].Id, versions[0].Index), label, table.Combinations, MaxSteps);
            if (result.Gap is { } gap)
                context.Report(DiagnosticCodes.CoverageGap, spans[^1], label, gap);
            foreach (var (earlier, later, ticket) in result.Overlaps)
            {
                if (!overlapPairs.Add((spans[earlier], spans[later]))) continue;
                overlaps.Add((spans[earlier], spans[later],
                    new object?[] { Where(spans[earlier], spans[later]), DecisionTable.Decision(rules[earlier].Outcome), ticket, DecisionTable.Decision(rules[later].Outcome) }));
            }
            for (var r = 0; r < rules.Length; r++)
            {
                if (rules[r].Condition is null || !Known(spans[r])) continue;
                if (!states.TryGetValue(spans[r], out var state))
                {
                    states[spans[r]] = state = new RuleState(rules[r], spans[r]);
                    order.Add(state);
                }
                state.Decides |= result.Decides[r];
                state.Matched |= result.Matched[r];
                state.Unsure |= !result.Known[r];
                if (state.Shadow is null && result.ShadowedBy[r] is { } shadow) state.Shadow = (shadow.Ticket, spans[shadow.Rule]);
            }
        }

        // A rule that never decides is reported as such, not also as overlapping each rule before it.
        bool NeverDecides(SourceSpan span) => states.TryGetValue(span, out var state) && !state.Decides && !state.Unsure;
        foreach (var (earlier, later, args) in overlaps)
            if (!NeverDecides(later))
                context.Report(DiagnosticCodes.CoverageOverlap, later, new[] { new RelatedLocation(earlier, "the earlier rule") }, args);

        foreach (var state in order)
        {
            if (state.Decides || state.Unsure) continue;
            if (state.Matched && state.Shadow is { } shadow)
                context.Report(DiagnosticCodes.CoverageRuleShadowed, state.Span, new[] { new RelatedLocation(shadow.By, "decides first") },
                    shadow.Ticket, Where(shadow.By, state.Span));
            else if (!state.Matched)
                context.Report(DiagnosticCodes.CoverageConditionNeverTrue, state.Span, state.Rule.Condition!.Describe());
        }

        bool Known(SourceSpan span) => span != sources.Catalog;

        void Unsure(CoverageRule rule, SourceSpan span)
        {
            if (!states.TryGetValue(span, out var state))
            {
                states[span] = state = new RuleState(rule, span);
                order.Add(state);
            }
            state.Unsure = true;
        }
    }

    /// <summary>"plan 'gold'", or "plans 'silver', 'gold'" for versions that share their rules.</summary>
    private static string Label(List<PlanVersionRef> versions) =>
        versions.Count == 1 ? versions[0].Label : "plans " + string.Join(", ", versions.Select(v => v.Label["plan ".Length..]));

    /// <summary>"line 12", or "line 12 of shared.plan" when the other rule is in another file.</summary>
    private static string Where(SourceSpan other, SourceSpan here) =>
        other.Path == here.Path ? $"line {other.Line}" : $"line {other.Line} of {other.Path}";
}
