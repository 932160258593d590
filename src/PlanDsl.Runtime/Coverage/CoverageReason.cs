namespace PlanDsl.Runtime.Coverage;

public enum CoverageReasonKind
{
    /// <summary>A work item: the rule's reason, or the ticket's work item tested by a reasonless rule (work lists).</summary>
    WorkItem,
    /// <summary>A group of work items.</summary>
    WorkGroup,
    /// <summary>A customer obligation.</summary>
    Obligation,
    /// <summary>The rule's own text.</summary>
    RuleText,
}

/// <summary>Why a rule decided: <see cref="Ref"/> (the id of a work item, group or obligation; null for a rule's text), its title and text in the requested language.</summary>
public sealed record CoverageReason(CoverageReasonKind Kind, string? Ref, string Title, string? Text);
