using PlanDsl.Runtime.Model;

namespace PlanDsl.Compiler.Comparison;

/// <summary>What a change touches.</summary>
public enum ChangeKind
{
    PlanAdded,
    PlanRemoved,
    HoursChanged,
    ChannelChanged,
    TargetChanged,
    EntitlementChanged,
    PriceChanged,
    CreditChanged,
    UptimeTargetChanged,
    WorkChanged,
    CoverageChanged,
}

/// <summary>What a change means for the plan's customers.</summary>
public enum Impact
{
    /// <summary>Customers get more, sooner or cheaper.</summary>
    Better,
    /// <summary>Customers get less, later or pay more.</summary>
    Worse,
    /// <summary>Written differently, the same for customers.</summary>
    Neutral,
    /// <summary>Better in some respect and worse in another, or not comparable by rule: a person must judge.</summary>
    Unclear,
}

/// <summary>
/// One difference between two versions of a plan (or a plan added or removed), classified for customers.
/// </summary>
/// <param name="Kind">The area.</param>
/// <param name="Plan">The plan id.</param>
/// <param name="Subject">What changed, for people: <c>critical response</c>, <c>failure response</c>, an entitlement,
/// price, channel or work item id, <c>hours</c>, <c>credits</c>, <c>uptime target</c>, <c>coverage</c>, or the plan.</param>
/// <param name="Old">The old value as the model describes it; <c>-</c> when there was none.</param>
/// <param name="New">The new value; <c>-</c> when there is none.</param>
/// <param name="Impact">Better, worse, neutral or unclear for customers.</param>
/// <param name="Reason">Why the change is classified so (the rule applied, the measurement).</param>
public sealed record Change(ChangeKind Kind, string Plan, string Subject, string Old, string New, Impact Impact, string Reason)
{
    /// <summary>The severity of a target change (null: the catalog has none, or not a target).</summary>
    public string? Severity { get; init; }

    /// <summary>The request kind of a target change (null: the catalog has none, or not a target).</summary>
    public string? RequestKind { get; init; }

    /// <summary>The metric of a target change.</summary>
    public Metric? Metric { get; init; }

    /// <summary>The entitlement, price, channel or work item id, where the change is about one.</summary>
    public string? ItemId { get; init; }

    public override string ToString() => $"{Plan}: {Subject}: {Old} -> {New} ({Impact}: {Reason})";
}
