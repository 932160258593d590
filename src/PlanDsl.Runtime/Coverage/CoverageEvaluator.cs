using System.Collections.Immutable;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Coverage;

/// <summary>
/// A ticket's coverage under a plan version: the first rule of <see cref="PlanVersion.Coverage"/> whose
/// condition is true decides (the compiler has ordered them: the plan's work lists, the plan's own
/// rules, inherited rules, the catalog's rules; <c>otherwise</c> is always true). A condition that
/// needs an attribute the ticket lacks is unknown (<see cref="ConditionEvaluator"/>): an unknown rule
/// does not match, is passed over and is reported in <see cref="CoverageResult.UnknownRules"/>.
/// No matching rule: <see cref="CoverageVerdict.Undecided"/>.
/// </summary>
public static class CoverageEvaluator
{
    public static CoverageResult Evaluate(ResolvedCatalog catalog, PlanVersion version, IReadOnlyDictionary<string, object?>? attributes, string? language = null) =>
        Evaluate(catalog, version, TicketFacts.From(catalog, attributes), language);

    public static CoverageResult Evaluate(ResolvedCatalog catalog, PlanVersion version, TicketFacts facts, string? language = null)
    {
        var unknown = ImmutableArray.CreateBuilder<UnknownRule>();
        for (var index = 0; index < version.Coverage.Length; index++)
        {
            var rule = version.Coverage[index];
            var missing = new List<string>();
            var truth = rule.Condition is null ? Truth.True : ConditionEvaluator.Evaluate(rule.Condition, facts, missing);
            if (truth == Truth.True)
            {
                var outcome = rule.Outcome;
                return new CoverageResult(Verdict(outcome.Decision), outcome.Decision == CoverageDecision.Billable ? outcome.Rate : null,
                    ReasonResolver.For(catalog, rule, facts, language ?? catalog.DefaultLanguage), index, rule, unknown.ToImmutable());
            }
            if (truth == Truth.Unknown) unknown.Add(new UnknownRule(index, rule, missing.ToImmutableArray()));
        }
        return new CoverageResult(CoverageVerdict.Undecided, null, null, null, null, unknown.ToImmutable());
    }

    private static CoverageVerdict Verdict(CoverageDecision decision) => decision switch
    {
        CoverageDecision.Included => CoverageVerdict.Included,
        CoverageDecision.Excluded => CoverageVerdict.Excluded,
        CoverageDecision.Refused => CoverageVerdict.Refused,
        _ => CoverageVerdict.Billable,
    };
}
