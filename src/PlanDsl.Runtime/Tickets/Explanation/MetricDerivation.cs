using NodaTime;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>
/// How one metric (one occurrence of a status update) was decided. <see cref="Result"/> is the evaluator's
/// verdict. When a clock ran (<see cref="Target"/> set): it counted <see cref="Target"/> on
/// <see cref="Calendar"/> from <see cref="Start"/> (<see cref="StartPoint"/>); the first running instant is
/// <see cref="ClockStart"/>; <see cref="Counted"/> lists every interval counted, <see cref="ClosedDays"/>
/// the dates skipped, <see cref="Pauses"/> the pauses that held it; <see cref="StoppedAt"/> is set when a
/// pause never resumed stopped it for good.
/// </summary>
public sealed record MetricDerivation(
    Metric Metric,
    int Occurrence,
    MetricResult Result,
    MetricStartPoint StartPoint,
    TargetValue? Target,
    CalendarDescription? Calendar,
    Instant? Start,
    Instant? ClockStart,
    bool ClosedAtStart,
    bool PausedAtStart,
    BusinessDayCount? BusinessDays,
    IReadOnlyList<CountedInterval> Counted,
    IReadOnlyList<ClosedDay> ClosedDays,
    IReadOnlyList<PauseApplied> Pauses,
    Instant? StoppedAt)
{
    /// <summary>Total running time counted.</summary>
    public Duration CountedTime => Counted.Aggregate(Duration.Zero, (sum, i) => sum + i.Length);

    /// <summary>
    /// The instant the counting reached: the end of the last interval counted (or the business-day rule's
    /// answer when no pause pushed it); null when no clock ran or a pause stopped it. Equals
    /// <see cref="MetricResult.Due"/> (tests hold the two together).
    /// </summary>
    public Instant? ReachedAt =>
        Target is null || StoppedAt is not null ? null
        : BusinessDays is { } days && days.PausedOpenTime == Duration.Zero ? days.RuleDue
        : Counted.Count > 0 ? Counted[^1].End : null;
}
