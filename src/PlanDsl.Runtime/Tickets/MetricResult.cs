using NodaTime;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Tickets;

/// <summary>
/// One metric of one ticket: what is committed, when it is due (null unless <see cref="Commitment.Due"/>),
/// on which calendar, when it actually happened, whether it was met, and the running clock time used.
/// <see cref="Met"/> is null while the outcome is still open (not yet happened, not yet late).
/// </summary>
public sealed record MetricResult(
    Metric Metric,
    Commitment Commitment,
    DurationSpec Target,
    string? Calendar,
    Instant? Due,
    Instant? Actual,
    bool? Met,
    Instant? BreachedAt,
    Duration ClockTimeUsed)
{
    public static MetricResult NotCommitted(Metric metric, Commitment commitment) =>
        new(metric, commitment, default, null, null, null, null, null, Duration.Zero);
}
