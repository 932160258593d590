namespace PlanDsl.Runtime.Model;

public enum Metric
{
    Response,
    StatusUpdate,
    FollowUp,
    Resolution,
}

public enum Commitment
{
    /// <summary>No target for this metric.</summary>
    None,
    /// <summary>A committed time, measured on <see cref="TargetValue.Calendar"/>.</summary>
    Due,
    /// <summary>Worked on without a committed time.</summary>
    BestEffort,
    /// <summary>Given when the work is done (e.g. a status update at the end).</summary>
    WhenDone,
}

/// <summary>One target: what is committed, how long, on which calendar's clock.</summary>
public sealed record TargetValue(Commitment Commitment, DurationSpec Duration, string? Calendar)
{
    public static TargetValue None { get; } = new(Commitment.None, default, null);

    public string Describe() => Commitment switch
    {
        Commitment.None => "-",
        Commitment.BestEffort => "best effort",
        Commitment.WhenDone => "when done",
        _ => $"{Duration} on {Calendar}",
    };
}

/// <summary>
/// The targets of one severity (and request kind) in a plan, every metric spelt out. <see cref="Inherited"/>:
/// the version writes no row for this severity and kind, so the row comes from its parent plan or its
/// previous version.
/// </summary>
public sealed record TargetRow(string? Severity, string? Kind, TargetValue Response, TargetValue StatusUpdate, TargetValue FollowUp, TargetValue Resolution, bool Inherited = false)
{
    public TargetValue Get(Metric metric) => metric switch
    {
        Metric.Response => Response,
        Metric.StatusUpdate => StatusUpdate,
        Metric.FollowUp => FollowUp,
        _ => Resolution,
    };
}
