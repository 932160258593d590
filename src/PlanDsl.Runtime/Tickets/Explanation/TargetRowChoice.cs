using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>What the resolved model can tell about where a targets row was written.</summary>
public enum TargetRowSource
{
    /// <summary>The version has no row for this severity and kind.</summary>
    NoRow,
    /// <summary>The version writes this row itself.</summary>
    StatedInThisVersion,
    /// <summary>The version writes no row for this severity and kind: it comes from the parent plan or the previous version.</summary>
    Inherited,
}

/// <summary>The targets row of the final severity and kind in the version applied.</summary>
public sealed record TargetRowChoice(string? Severity, string? Kind, TargetRow? Row, TargetRowSource Source);
