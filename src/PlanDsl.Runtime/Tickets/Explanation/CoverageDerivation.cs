using System.Collections.Immutable;
using PlanDsl.Runtime.Coverage;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>
/// The coverage decision: the facts the rules were given (the ticket's attributes plus its severity, kind
/// and channel; values as text, sorted by name), the version's rules in the order they are tried, and the
/// result (rules before the deciding one that are not among its unknown rules were false).
/// </summary>
public sealed record CoverageDerivation(IReadOnlyList<KeyValuePair<string, string>> Facts, ImmutableArray<CoverageRule> Rules, CoverageResult Result)
{
    public int RuleCount => Rules.Length;
}
