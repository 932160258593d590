using NodaTime;

namespace PlanDsl.Runtime.Tickets;

/// <summary>
/// Everything a ticket is owed under the plan version in force when it was opened, judged metric by
/// metric against its history.
/// </summary>
public sealed record TicketEvaluation(
    string Plan,
    LocalDate? VersionEffective,
    string? Severity,
    string? Kind,
    Instant ClockStart,
    MetricResult Response,
    IReadOnlyList<MetricResult> StatusUpdates,
    MetricResult FollowUp,
    MetricResult Resolution,
    PlanDsl.Runtime.Coverage.CoverageResult Coverage)
{
    /// <summary>The next status update due while the ticket is open (the first one not yet given).</summary>
    public MetricResult? NextStatusUpdate => StatusUpdates.FirstOrDefault(u => u.Actual is null) ?? StatusUpdates.LastOrDefault();
}
