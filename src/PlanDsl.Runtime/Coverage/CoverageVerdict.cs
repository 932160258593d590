namespace PlanDsl.Runtime.Coverage;

/// <summary>A ticket's coverage: the decision of the first matching rule, or <see cref="Undecided"/>.</summary>
public enum CoverageVerdict
{
    Included,
    Excluded,
    Refused,
    Billable,
    /// <summary>No rule matched (or every rule that might have was unknown for lack of attributes).</summary>
    Undecided,
}
