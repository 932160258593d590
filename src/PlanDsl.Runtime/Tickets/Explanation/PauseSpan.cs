using NodaTime;

namespace PlanDsl.Runtime.Tickets.Explanation;

/// <summary>A stretch during which the ticket waited on the customer; <see cref="End"/> null: never resumed.</summary>
public sealed record PauseSpan(Instant Start, Instant? End)
{
    public static PauseSpan From(Interval pause) => new(pause.Start, pause.End == Instant.MaxValue ? null : pause.End);
}
