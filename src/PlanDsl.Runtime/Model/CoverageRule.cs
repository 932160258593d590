using System.Collections.Immutable;

namespace PlanDsl.Runtime.Model;

public enum CoverageDecision
{
    Included,
    Excluded,
    Refused,
    Billable,
}

/// <summary>The decision of a rule, with its rate (billable) and its reason (work item, obligation or text).</summary>
public sealed record CoverageOutcome(CoverageDecision Decision, PriceModel? Rate, string? ReasonRef, LocalizedText ReasonText)
{
    public string Describe()
    {
        var s = Decision.ToString().ToLowerInvariant();
        if (Rate is not null) s += " at " + Rate.Describe();
        if (ReasonRef is not null) s += " " + ReasonRef;
        if (!ReasonText.IsEmpty) s += " " + ModelDump.Quote(ReasonText);
        return s;
    }
}

/// <summary>Where a rule came from: the plan's work lists, a plan's rules, or the catalog's rules.</summary>
public sealed record CoverageRule(ConditionNode? Condition, CoverageOutcome Outcome, string Origin)
{
    public string Describe() => (Condition is null ? "otherwise" : "when " + Condition.Describe()) + " -> " + Outcome.Describe() + $"  [{Origin}]";
}
