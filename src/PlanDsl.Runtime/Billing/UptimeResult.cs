using System.Collections.Immutable;
using NodaTime;

namespace PlanDsl.Runtime.Billing;

/// <summary>
/// A month's uptime: the month as instants (local midnights of the catalog's zone), the downtime
/// intervals that count (unplanned outages merged, clipped to the month, less planned maintenance),
/// the planned maintenance inside the month, and the uptime percentage, unrounded.
/// </summary>
public sealed record UptimeResult(
    YearMonth Month,
    Interval Period,
    ImmutableArray<Interval> DowntimeIntervals,
    Duration PlannedMaintenance,
    decimal Percent)
{
    public Duration MonthLength => Period.Duration;

    public Duration Downtime => IntervalMath.Total(DowntimeIntervals);
}
