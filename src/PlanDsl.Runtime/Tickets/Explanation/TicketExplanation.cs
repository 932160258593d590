using NodaTime;

namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>
/// Why a ticket gets the answers it gets, step by step: the version, the severity, the targets row, the
/// pauses, each metric's clock (start, intervals counted, days skipped, due instant, verdict) and the
/// coverage decision. <see cref="Evaluation"/> is the <see cref="TicketEvaluator"/>'s own answer; the
/// steps are what it did to reach it.
/// </summary>
public sealed record TicketExplanation(
    string Catalog,
    DateTimeZone CatalogZone,
    Ticket Ticket,
    TicketEvaluation Evaluation,
    VersionChoice Version,
    SeverityChoice Severity,
    TargetRowChoice Targets,
    IReadOnlyList<PauseSpan> Pauses,
    IReadOnlyList<MetricDerivation> Metrics,
    SkippedStatusUpdate? StatusUpdateNotOwed,
    CoverageDerivation Coverage);
