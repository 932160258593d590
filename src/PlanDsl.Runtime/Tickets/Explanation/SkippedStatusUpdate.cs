using NodaTime;

namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>A status update that is not owed: the ticket was resolved before it would have been due (<see cref="Due"/>; null: never, a pause stopped the clock).</summary>
public sealed record SkippedStatusUpdate(Instant From, Instant? Due, Instant Resolved);
