using NodaTime;

namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>A pause that fell inside a metric's count, and how much of the calendar's open time it kept from counting there.</summary>
public sealed record PauseApplied(PauseSpan Pause, Duration OpenTimeNotCounted);
