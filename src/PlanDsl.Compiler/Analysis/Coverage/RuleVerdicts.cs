using PlanDsl.Compiler.Diagnostics;
using PlanDsl.Compiler.Syntax;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Analysis.Coverage;

/// <summary>
/// What the tables found about each written rule (by where it is written), gathered over every plan
/// version that has it: a rule never decides only if it decides in none. Overlaps are kept until then,
/// so that a rule that never decides is reported as such and not also as overlapping each rule before it.
/// </summary>
internal sealed class RuleVerdicts
{
    private sealed class Verdict(CoverageRule rule, SourceSpan span)
    {
        public CoverageRule Rule { get; } = rule;
        public SourceSpan Span { get; } = span;
        public bool Decides { get; set; }
        public bool Matched { get; set; }
        public bool Unsure { get; set; }
        public (string Ticket, SourceSpan By)? Shadow { get; set; }
    }

    private readonly Dictionary<SourceSpan, Verdict> _verdicts = new();
    private readonly List<Verdict> _order = new();
    private readonly List<(SourceSpan Earlier, SourceSpan Later, object?[] Args)> _overlaps = new();
    private readonly HashSet<(SourceSpan, SourceSpan)> _overlapPairs = new();

    /// <summary>Adds what one table found; <paramref name="spans"/> are its rules' places (none for rules the source map does not know).</summary>
    public void Add(RuleTable table, SourceSpan?[] spans, DecisionTableResult result)
    {
        var rules = table.Rules;
        foreach (var (earlier, later, ticket) in result.Overlaps)
        {
            if (spans[earlier] is not { } first || spans[later] is not { } second || !_overlapPairs.Add((first, second))) continue;
            _overlaps.Add((first, second, new object?[]
            {
                Where(first, second), DecisionTable.Decision(rules[earlier].Outcome), ticket, DecisionTable.Decision(rules[later].Outcome),
            }));
        }
        for (var r = 0; r < rules.Length; r++)
        {
            if (rules[r].Condition is null || spans[r] is not { } span) continue;
            var verdict = Of(rules[r], span);
            verdict.Decides |= result.Decides[r];
            verdict.Matched |= result.Matched[r];
            verdict.Unsure |= !result.Known[r];
            if (verdict.Shadow is null && result.ShadowedBy[r] is { } shadow && spans[shadow.Rule] is { } by) verdict.Shadow = (shadow.Ticket, by);
        }
    }

    /// <summary>A table that could not be checked: nothing is said about its rules.</summary>
    public void AddUnsure(RuleTable table, SourceSpan?[] spans)
    {
        for (var r = 0; r < table.Rules.Length; r++)
            if (table.Rules[r].Condition is not null && spans[r] is { } span) Of(table.Rules[r], span).Unsure = true;
    }

    public void Report(AnalysisContext context)
    {
        foreach (var (earlier, later, args) in _overlaps)
            if (!(_verdicts.TryGetValue(later, out var verdict) && NeverDecides(verdict)))
                context.Report(DiagnosticCodes.CoverageOverlap, later, new[] { new RelatedLocation(earlier, "the earlier rule") }, args);

        foreach (var verdict in _order.Where(NeverDecides))
        {
            if (verdict.Matched && verdict.Shadow is { } shadow)
                context.Report(DiagnosticCodes.CoverageRuleShadowed, verdict.Span, new[] { new RelatedLocation(shadow.By, "decides first") },
                    shadow.Ticket, Where(shadow.By, verdict.Span));
            else if (!verdict.Matched)
                context.Report(DiagnosticCodes.CoverageConditionNeverTrue, verdict.Span, verdict.Rule.Condition!.Describe());
        }
    }

    private static bool NeverDecides(Verdict verdict) => !verdict.Decides && !verdict.Unsure;

    private Verdict Of(CoverageRule rule, SourceSpan span)
    {
        if (!_verdicts.TryGetValue(span, out var verdict))
        {
            _verdicts[span] = verdict = new Verdict(rule, span);
            _order.Add(verdict);
        }
        return verdict;
    }

    /// <summary>"line 12", or "line 12 of shared.plan" when the other rule is in another file.</summary>
    public static string Where(SourceSpan other, SourceSpan here) =>
        other.Path == here.Path ? $"line {other.Line}" : $"line {other.Line} of {other.Path}";
}
