using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>What the resolved model can tell about where a targets row was written.</summary>
public enum TargetRowSource
{
    /// <summary>The version has no row for this severity and kind.</summary>
    NoRow,
    /// <summary>The plan's first version, extending no plan: nothing could be inherited, so the row is its own.</summary>
    StatedInThisVersion,
    /// <summary>The version builds on a parent plan or an earlier version; the flattened model does not record whether this row is restated or inherited.</summary>
    NotRecorded,
}

/// <summary>The targets row of the final severity and kind in the version applied.</summary>
public sealed record TargetRowChoice(string? Severity, string? Kind, TargetRow? Row, TargetRowSource Source);
