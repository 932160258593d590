using NodaTime;
using PlanDsl.Runtime.Coverage;
using PlanDsl.Runtime.Model;

namespace PlanDsl.Runtime.Tickets;

/// <summary>
/// Listens to <see cref="TicketEvaluator"/> deciding a ticket, step by step, for explanations
/// (<see cref="TicketExplainer"/>). Optional: without one the evaluator runs exactly as before.
/// Clock events (<see cref="IClockTrace"/>) between <see cref="ClockStarted"/> and
/// <see cref="MetricJudged"/> belong to that metric.
/// </summary>
public interface ITicketTrace : IClockTrace
{
    /// <summary>The plan version in force on <paramref name="openedDay"/> (the opening read in the catalog's zone).</summary>
    void VersionChosen(PlanModel plan, PlanVersion version, LocalDate openedDay);

    /// <summary>The severity as the ticket states it and the catalog's severity it names (null without severities).</summary>
    void SeverityResolved(string? stated, string? severity);

    /// <summary>A severity-changed event, as stated, and the catalog's severity it names.</summary>
    void SeverityChanged(TicketEvent change, string? severity);

    /// <summary>The targets row of the final severity and kind; null when the version has none.</summary>
    void TargetsChosen(string? severity, string? kind, TargetRow? row);

    /// <summary>The intervals during which the ticket waited on the customer (one ending at <see cref="Instant.MaxValue"/> never resumed).</summary>
    void PausesFound(IReadOnlyList<Interval> pauses);

    /// <summary>A committed metric's clock starts counting <paramref name="target"/> from <paramref name="start"/>.</summary>
    void ClockStarted(Metric metric, TargetValue target, Instant start);

    /// <summary>A status update is not owed: the ticket was resolved before it would have been due (<paramref name="due"/>, null if never).</summary>
    void StatusUpdateNotOwed(Instant? due, Instant resolved);

    /// <summary>A metric's verdict (every metric, committed or not).</summary>
    void MetricJudged(MetricResult result);

    /// <summary>The coverage decision for the attributes the rules were given (the ticket's, plus severity, kind, channel).</summary>
    void CoverageDecided(IReadOnlyDictionary<string, object?> attributes, CoverageResult result);
}
