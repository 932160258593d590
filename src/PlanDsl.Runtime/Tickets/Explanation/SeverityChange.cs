using NodaTime;

namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>A severity-changed event: when, the severity as the event states it, and the catalog's severity that names.</summary>
public sealed record SeverityChange(Instant At, string? Stated, string? Severity);
